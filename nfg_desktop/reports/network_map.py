"""Netzwerkkarte: who works in which project, and which focus areas the projects serve.

Three columns: partners on the left and on the right, the projects in the middle, grouped under
a dark header per focus area (a project with several focus areas sits under its first one and
names the others). A partner without a project is tied to the header of its focus area with a
dotted line. Every connector runs straight through the empty corridor between a partner column
and the middle column, from the partner's dot to the edge of its box, so no line ever passes
under a box or a name. Names wrap inside their column and are never shortened; the font shrinks
within readable limits, and a network too large for one page continues on further pages, section
by section (a partner then appears on every page with one of its projects).

``layout_pages()`` returns the computed geometry (boxes and connectors), which the drawing uses
and the tests check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import PartnerStatus
from nfg_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from nfg_desktop.reports.language import GERMAN_TEXTS, Texts, texts
from nfg_desktop.reports.options import ReportOptions
from nfg_desktop.reports.page import Frame, ReportCanvas, ReportInfo, draw_empty, render_canvas
from nfg_desktop.reports.text import width_of, wrap
from nfg_desktop.services import letterhead, reporting
from nfg_desktop.services.report_rows import NO_FOCUS
from nfg_desktop.services.reporting import MapPartner, MapProject, NetworkGraph

TITLE = "Netzwerkkarte"
LEGEND_HEIGHT = 30.0
STATUS_FILL = {PartnerStatus.AKTIV: 0.0, PartnerStatus.ANGEFRAGT: 1.0, PartnerStatus.RUHEND: 0.6}
# Partner font sizes tried for a one-page map, largest first; below the last one the map
# continues on more pages instead.
PARTNER_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)
PAGED_SIZE = 7.5
NODE_SIZE = 8.0
NOTE_SIZE = 7.0  # a project's other focus areas
LEADING = 1.2
LABEL_PAD = 1.5  # white ground around a partner's name
NODE_PAD = 3.0
NODE_GAP = 3.0  # least room between two boxes of the middle column
ROW_GAP = 1.0  # least room between two names of a partner column
DOT_RADIUS = 2.6
DOT_OFFSET = 4.0  # from a name's edge to its dot's centre

Point = tuple[float, float]


@dataclass(frozen=True)
class Box:
    """A rectangle with text: a partner's name, a project or a focus-area header."""

    kind: str  # "partner", "project" or "focus"
    key: int | str  # partner or project id, or the focus area (plus a page suffix)
    x: float
    y: float  # bottom
    width: float
    height: float
    lines: tuple[tuple[str, str, float], ...]  # (text, font, size), top to bottom
    align: str = "centre"  # "left", "right" or "centre"

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def text(self) -> str:
        return " ".join(line for line, _font, _size in self.lines)


@dataclass(frozen=True)
class Connector:
    """A straight line from a partner's dot to the edge of a project or focus-area box."""

    start: Point
    end: Point
    partner: Box
    node: Box
    dotted: bool


@dataclass
class MapPage:
    boxes: list[Box] = field(default_factory=list)
    connectors: list[Connector] = field(default_factory=list)
    dots: list[tuple[Point, str]] = field(default_factory=list)  # (centre, partner status)
    caption: str = ""


@dataclass
class _Node:
    """An entry of the middle column and the partners tied to it."""

    kind: str  # "project" or "focus"
    key: int | str
    title: str
    note: str  # the project's other focus areas
    partner_ids: list[int]


Fits = Callable[[list[_Node]], bool]


@dataclass(frozen=True)
class _Geometry:
    frame: Frame
    top: float
    bottom: float
    column_width: float  # room for a partner's name
    middle_left: float
    middle_width: float

    @property
    def height(self) -> float:
        return self.top - self.bottom


def _geometry(frame: Frame) -> _Geometry:
    middle_width = min(200.0, frame.width * 0.25)
    corridor = frame.width * 0.13
    column_width = (frame.width - middle_width - 2 * corridor) / 2
    return _Geometry(
        frame=frame,
        top=frame.top - 4,
        bottom=frame.bottom + LEGEND_HEIGHT,
        column_width=column_width - 2 * LABEL_PAD,
        middle_left=frame.left + (frame.width - middle_width) / 2,
        middle_width=middle_width,
    )


# --- the middle column ---------------------------------------------------------------------


def _sections(graph: NetworkGraph, t: Texts) -> list[list[_Node]]:
    """Per focus area: its header (with the partners without a project), then its projects."""
    linked = {pid for project in graph.projects for pid in project.partner_ids}
    areas = list(graph.focus_areas)
    by_area: dict[str, list[MapProject]] = {}
    for project in graph.projects:
        area = project.focus_areas[0] if project.focus_areas else NO_FOCUS
        by_area.setdefault(area, []).append(project)
    unlinked: dict[str, list[int]] = {}
    for partner in graph.partners:
        if partner.id not in linked:
            area = partner.focus_areas[0] if partner.focus_areas else NO_FOCUS
            unlinked.setdefault(area, []).append(partner.id)
    if (NO_FOCUS in by_area or NO_FOCUS in unlinked) and NO_FOCUS not in areas:
        areas.append(NO_FOCUS)
    sections = []
    for area in areas:
        nodes = [_Node("focus", area, t.value(area), "", unlinked.get(area, []))]
        for project in by_area.get(area, []):
            others = t.values(project.focus_areas[1:])
            nodes.append(
                _Node(
                    "project",
                    project.id,
                    project.title,
                    t("auch: {others}", others=others) if others else "",
                    list(project.partner_ids),
                )
            )
        sections.append(nodes)
    return sections


def _node_lines(node: _Node, width: float, size: float) -> list[tuple[str, str, float]]:
    """(text, font, size) of the lines inside a node's box; ``size`` of the partners' names."""
    room = width - 2 * NODE_PAD
    size = min(NODE_SIZE, size)  # a crowded map shrinks the boxes with the names
    lines = [(line, BOLD, size) for line in _wrap_fitting(node.title, BOLD, size, room)]
    if node.note:
        small = min(NOTE_SIZE, size)
        lines += [(line, REGULAR, small) for line in _wrap_fitting(node.note, REGULAR, small, room)]
    return lines


def _node_height(node: _Node, width: float, size: float) -> float:
    lines = _node_lines(node, width, size)
    return sum(line_size * LEADING for _t, _f, line_size in lines) + 2 * NODE_PAD


def _wrap_fitting(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrapped lines; words are never split (the caller's width holds every real word)."""
    return wrap(text, font, size, width) or [""]


# --- partner columns -----------------------------------------------------------------------


def _label_lines(name: str, size: float, width: float) -> list[str]:
    return wrap(name, REGULAR, size, width)


def _label_height(lines: int, size: float) -> float:
    return lines * size * LEADING + 2 * LABEL_PAD


def _spread(items: list[tuple[float, float]], low: float, high: float) -> list[float]:
    """Centres near the wanted ones for items (wanted centre, height), in order from the top.

    Neighbours keep at least ROW_GAP between them and everything stays in [low, high] when the
    heights allow it.
    """
    centres: list[float] = []
    limit = high
    for wanted, height in items:  # from the top down: never above the previous item
        centre = min(wanted, limit - height / 2)
        centres.append(centre)
        limit = centre - height / 2 - ROW_GAP
    floor = low
    for index in range(len(items) - 1, -1, -1):  # from the bottom up: never below the floor
        height = items[index][1]
        centres[index] = max(centres[index], floor + height / 2)
        floor = centres[index] + height / 2 + ROW_GAP
    return centres


def _column_bound(heights: list[float]) -> float:
    """The height neither partner column exceeds (``_choose_sides`` keeps to it)."""
    rows = [height + ROW_GAP for height in heights]
    return (sum(rows) + max(rows, default=0.0)) / 2


def _choose_sides(heights: list[float], targets: list[list[float]]) -> list[int]:
    """Side (0 left, 1 right) of each partner, taken in order from the top.

    ``targets`` are the heights of the boxes each partner's lines go to. Each partner goes to
    the side where its lines cross fewer lines of the partners placed so far, as long as that
    side stays within the bound; so both columns fill evenly enough and lines cross less.
    """
    bound = _column_bound(heights)
    used = [0.0, 0.0]
    placed: list[list[tuple[float, list[float]]]] = [[], []]
    sides = []
    for height, ends in zip(heights, targets, strict=True):
        centre = sum(ends) / len(ends)

        def crossings(side: int, centre: float = centre, ends: list[float] = ends) -> int:
            return sum(
                1
                for other, other_ends in placed[side]
                for end in ends
                for other_end in other_ends
                if (centre - other) * (end - other_end) < 0
            )

        costs = [(crossings(side), used[side], side) for side in (0, 1)]
        side = min(costs)[2]
        if used[side] + height + ROW_GAP > bound:
            side = 1 - side
        sides.append(side)
        used[side] += height + ROW_GAP
        placed[side].append((centre, ends))
    return sides


# --- one page ------------------------------------------------------------------------------


def _page_fits(nodes: list[_Node], graph: NetworkGraph, geo: _Geometry, size: float) -> bool:
    middle = sum(_node_height(n, geo.middle_width, size) + NODE_GAP for n in nodes) - NODE_GAP
    if middle > geo.height:
        return False
    names = {p.id: p.name for p in graph.partners}
    ids = dict.fromkeys(pid for node in nodes for pid in node.partner_ids)
    heights = [
        _label_height(len(_label_lines(names[pid], size, geo.column_width)), size) for pid in ids
    ]
    return _column_bound(heights) - ROW_GAP <= geo.height


def _layout_page(
    nodes: list[_Node], partners: dict[int, MapPartner], geo: _Geometry, size: float
) -> MapPage:
    page = MapPage()
    # The middle column: boxes spread over the height, in section order.
    heights = [_node_height(node, geo.middle_width, size) for node in nodes]
    free = geo.height - sum(heights)
    # A section's header gets twice the room above it, so the sections read as groups.
    weights = [2.0 if node.kind == "focus" else 1.0 for node in nodes[1:]]
    gap = min(30.0, free / sum(weights)) if weights else 0.0
    y = geo.top - max(0.0, (free - gap * sum(weights)) / 2)
    node_box: dict[int, Box] = {}
    for index, (node, height) in enumerate(zip(nodes, heights, strict=True)):
        if index:
            y -= gap * weights[index - 1]
        content = tuple(_node_lines(node, geo.middle_width, size))
        box = Box(
            node.kind, node.key, geo.middle_left, y - height, geo.middle_width, height, content
        )
        node_box[index] = box
        page.boxes.append(box)
        y -= height
    # Partners in the order of where their lines go, then shared out between the two sides.
    wanted: dict[int, list[float]] = {}
    for index, node in enumerate(nodes):
        box = node_box[index]
        for pid in node.partner_ids:
            wanted.setdefault(pid, []).append(box.y + box.height / 2)
    order = sorted(wanted, key=lambda pid: (-sum(wanted[pid]) / len(wanted[pid]), pid))
    lines_of = {pid: _label_lines(partners[pid].name, size, geo.column_width) for pid in order}
    label_heights = [_label_height(len(lines_of[pid]), size) for pid in order]
    sides = _choose_sides(label_heights, [wanted[pid] for pid in order])
    frame = geo.frame
    dot_of: dict[int, tuple[Point, Box, int]] = {}
    for side in (0, 1):
        members = [
            (pid, height)
            for pid, height, s in zip(order, label_heights, sides, strict=True)
            if s == side
        ]
        centres = _spread(
            [(sum(wanted[pid]) / len(wanted[pid]), height) for pid, height in members],
            geo.bottom,
            geo.top,
        )
        for (pid, height), centre in zip(members, centres, strict=True):
            lines = lines_of[pid]
            width = max(width_of(line, REGULAR, size) for line in lines) + 2 * LABEL_PAD
            if side == 0:
                x = frame.left + geo.column_width + 2 * LABEL_PAD - width
                dot = (x + width + DOT_OFFSET, centre)
            else:
                x = frame.right - geo.column_width - 2 * LABEL_PAD
                dot = (x - DOT_OFFSET, centre)
            box = Box(
                "partner",
                pid,
                x,
                centre - height / 2,
                width,
                height,
                tuple((line, REGULAR, size) for line in lines),
                "right" if side == 0 else "left",
            )
            page.boxes.append(box)
            page.dots.append((dot, partners[pid].status))
            dot_of[pid] = (dot, box, side)
    # Connectors end on the box edge that faces the partner, at points spread along the edge
    # in the order of the partners' heights, so lines into one box do not cross each other.
    for index, node in enumerate(nodes):
        box = node_box[index]
        for side in (0, 1):
            ends = sorted(
                (dot_of[pid] for pid in node.partner_ids if dot_of[pid][2] == side),
                key=lambda item: -item[0][1],
            )
            inner = box.height - 2 * NODE_PAD
            for number, (dot, partner_box, _side) in enumerate(ends):
                y = box.top - NODE_PAD - inner * (number + 1) / (len(ends) + 1)
                end = (box.x if side == 0 else box.right, y)
                page.connectors.append(
                    Connector(dot, end, partner_box, box, dotted=node.kind == "focus")
                )
    return page


def _pages_of(sections: list[list[_Node]], fits: Fits, t: Texts) -> list[list[_Node]]:
    """Nodes shared out on pages in order; a section that goes on repeats its header."""
    pages: list[list[_Node]] = []
    current: list[_Node] = []
    for section in sections:
        header = section[0]
        for index, node in enumerate(section):
            pieces = [node]
            if node.kind == "focus" and not fits([node]):
                pieces = _split_header(node, fits, t)
            for piece in pieces:
                if fits([*current, piece]):
                    current.append(piece)
                    continue
                if current:
                    pages.append(current)
                current = [piece]
                if piece.kind == "project" and index > 0:
                    go_on = _Node("focus", f"{header.key}+{len(pages)}", header.title, "", [])
                    go_on.title = t("{title} (Fortsetzung)", title=header.title)
                    if fits([go_on, piece]):
                        current.insert(0, go_on)
    if current:
        pages.append(current)
    return pages


def _split_header(node: _Node, fits: Fits, t: Texts) -> list[_Node]:
    """A focus area with more partners without a project than fit on a page, in pieces."""
    pieces: list[_Node] = []
    rest = list(node.partner_ids)
    while rest:
        count = len(rest)
        while count > 1 and not fits([_Node("focus", node.key, node.title, "", rest[:count])]):
            count = max(1, count * 3 // 4)
        title = node.title if not pieces else t("{title} (Fortsetzung)", title=node.title)
        pieces.append(_Node("focus", f"{node.key}#{len(pieces)}", title, "", rest[:count]))
        rest = rest[count:]
    return pieces


def layout_pages(graph: NetworkGraph, frame: Frame, t: Texts = GERMAN_TEXTS) -> list[MapPage]:
    """The map's pages: one when the network fits at a readable size, more when it does not."""
    register_fonts()  # the layout measures text
    geo = _geometry(frame)
    sections = _sections(graph, t)
    every = [node for section in sections for node in section]
    size = next((s for s in PARTNER_SIZES if _page_fits(every, graph, geo, s)), None)
    partners = {p.id: p for p in graph.partners}
    if size is not None:
        return [_layout_page(every, partners, geo, size)]

    def fits(nodes: list[_Node]) -> bool:
        return _page_fits(nodes, graph, geo, PAGED_SIZE)

    pages = [
        _layout_page(nodes, partners, geo, PAGED_SIZE) for nodes in _pages_of(sections, fits, t)
    ]
    for number, page in enumerate(pages, start=1):
        page.caption = t("Teil {number} von {total}", number=number, total=len(pages))
    return pages


# --- drawing -------------------------------------------------------------------------------


def _draw_connectors(canvas: ReportCanvas, connectors: Iterable[Connector]) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.5)
    for dotted in (True, False):
        canvas.setStrokeGray(0.55 if dotted else 0.35)
        if dotted:
            canvas.setDash(1, 2)
        else:
            canvas.setDash()
        for connector in connectors:
            if connector.dotted == dotted:
                canvas.line(*connector.start, *connector.end)
    canvas.restoreState()


def _draw_box(canvas: ReportCanvas, box: Box) -> None:
    if box.kind == "partner":
        # A white ground: the name stays readable wherever it is printed.
        canvas.setFillGray(1)
        canvas.rect(box.x, box.y, box.width, box.height, stroke=0, fill=1)
        canvas.setFillGray(0)
        pad = LABEL_PAD
    else:
        focus = box.kind == "focus"
        canvas.setLineWidth(0.8)
        canvas.setStrokeGray(0)
        canvas.setFillGray(0.25 if focus else 1)
        canvas.rect(box.x, box.y, box.width, box.height, stroke=1, fill=1)
        canvas.setFillGray(1 if focus else 0)
        pad = NODE_PAD
    top = box.top - pad
    for text, font, size in box.lines:
        baseline = top - size * 0.95  # the cap height below the top of the line
        canvas.setFont(font, size)
        if box.align == "left":
            canvas.drawString(box.x + pad, baseline, text)
        elif box.align == "right":
            canvas.drawRightString(box.right - pad, baseline, text)
        else:
            canvas.drawCentredString(box.x + box.width / 2, baseline, text)
        top -= size * LEADING
    canvas.setFillGray(0)


def _draw_dots(canvas: ReportCanvas, dots: Iterable[tuple[Point, str]]) -> None:
    canvas.setLineWidth(0.6)
    canvas.setStrokeGray(0)
    for (x, y), status in dots:
        canvas.setFillGray(STATUS_FILL.get(status, 0.3))
        canvas.circle(x, y, DOT_RADIUS, stroke=1, fill=1)


def _draw_legend(
    canvas: ReportCanvas, frame: Frame, graph: NetworkGraph, caption: str, t: Texts
) -> None:
    y = frame.bottom + 4
    x = frame.left
    size = 7.5

    def label(text: str, at: float) -> float:
        canvas.setFillGray(0)
        canvas.drawString(at, y, text)
        return at + width_of(text, REGULAR, size) + 14

    canvas.setFont(REGULAR, size)
    canvas.setLineWidth(0.6)
    canvas.setStrokeGray(0)
    for status, fill in STATUS_FILL.items():
        canvas.setFillGray(fill)
        canvas.circle(x + DOT_RADIUS, y + 2.5, DOT_RADIUS, stroke=1, fill=1)
        x = label(t("Partner {status}", status=t.value(status)), x + 2 * DOT_RADIUS + 4)
    for text, fill in ((t("Schwerpunkt"), 0.25), (t("Projekt"), 1.0)):
        canvas.setFillGray(fill)
        canvas.rect(x, y - 1.5, 14, 8, stroke=1, fill=1)
        x = label(text, x + 18)
    canvas.setLineWidth(0.5)
    for text, dotted in (
        (t("arbeitet im Projekt mit"), False),
        (t("Schwerpunkt, ohne Projekt"), True),
    ):
        canvas.setStrokeGray(0.55 if dotted else 0.35)
        if dotted:
            canvas.setDash(1, 2)
        canvas.line(x, y + 2.5, x + 20, y + 2.5)
        canvas.setDash()
        x = label(text, x + 24)
    canvas.setFont(BOLD, size)
    counts = (
        t.count(len(graph.partners), "Partner", "Partner")
        + " · "
        + t.count(len(graph.projects), "Projekt", "Projekte")
    )
    if caption:
        counts = f"{caption} · {counts}"
    if frame.right - width_of(counts, BOLD, size) < x:  # no room left: one line higher
        y += size * 1.4
    canvas.drawRightString(frame.right, y, counts)


def build(session: Session, options: ReportOptions) -> bytes:
    graph = reporting.network_graph(
        session, status=options.status, focus=options.focus, ids=options.ids
    )
    t = texts(options.language)
    head = letterhead.read(session)
    info = ReportInfo(
        title=t(TITLE),
        network=head.network,
        logo=head.logo,
        today=options.today,
        landscape=True,
        language=options.language,
    )

    def draw(canvas: ReportCanvas, frame: Frame) -> None:
        if not graph.partners and not graph.projects:
            draw_empty(canvas, frame)
            return
        pages = layout_pages(graph, frame, t)
        for number, page in enumerate(pages):
            if number:
                canvas.showPage()
            _draw_connectors(canvas, page.connectors)
            for box in page.boxes:
                _draw_box(canvas, box)
            _draw_dots(canvas, page.dots)
            _draw_legend(canvas, frame, graph, page.caption, t)

    return render_canvas(info, draw)
