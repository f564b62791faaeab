"""Netzwerkkarte: a one-page picture of the network.

Focus areas are the hubs in the middle, projects sit on a ring around them, partners on the
outer ring, ordered by focus area so that each hub faces its partners. Lines show who works in
which project; partners without a project are tied to their focus area with a dotted line.
Font sizes follow the number of partners and every label is shortened to the room it has, so 40
partners read easily and 200 still stay orderly on one landscape page.
"""

from __future__ import annotations

import math

from sqlalchemy.orm import Session

from nfg_desktop.reports.fonts import BOLD, REGULAR
from nfg_desktop.reports.options import ReportOptions
from nfg_desktop.reports.page import Frame, ReportCanvas, ReportInfo, draw_empty, render_canvas
from nfg_desktop.reports.text import ellipsize, fit_lines
from nfg_desktop.services import reporting
from nfg_desktop.services.reporting import NO_FOCUS, MapPartner, NetworkGraph

TITLE = "Netzwerkkarte"
LEGEND_HEIGHT = 30.0
STATUS_FILL = {"aktiv": 0.0, "angefragt": 1.0, "ruhend": 0.6}

Point = tuple[float, float]


def _spread(wanted: list[float], low: float, high: float, gap: float) -> list[float]:
    """Positions near ``wanted`` (sorted, top to bottom) at least ``gap`` apart in [low, high]."""
    if not wanted:
        return []
    count = len(wanted)
    if gap * (count - 1) > high - low:
        gap = (high - low) / max(1, count - 1)
    placed: list[float] = []
    for value in wanted:  # from the top (high y) down
        value = min(value, high - gap * len(placed)) if not placed else min(value, placed[-1] - gap)
        placed.append(value)
    overflow = low - placed[-1]
    if overflow > 0:  # pushed below the bottom: move everything up as far as needed
        placed = [p + overflow for p in placed]
        for index in range(1, count):
            placed[index] = min(placed[index], placed[index - 1] - gap)
    return [min(high, max(low, p)) for p in placed]


class _Layout:
    """Partners in columns on the left and right, projects next to them, hubs in the middle."""

    def __init__(self, graph: NetworkGraph, frame: Frame) -> None:
        self.graph = graph
        self.frame = frame
        self.top = frame.top - 4
        self.bottom = frame.bottom + LEGEND_HEIGHT
        height = self.top - self.bottom
        partners = self._ordered_partners()
        half = (len(partners) + 1) // 2
        sides = [partners[:half], partners[half:]]
        per_side = max(1, half)
        self.columns = 1 if per_side <= height / 7.5 else (2 if per_side <= 2 * height / 5 else 3)
        rows = math.ceil(per_side / self.columns)
        self.leading = min(22.0, height / max(1, rows))
        self.font_size = max(3.6, min(8.5, self.leading * 0.82))
        self.center_width = min(frame.width * 0.42, 340.0 if self.columns == 1 else 300.0)
        self.side_width = (frame.width - self.center_width) / 2
        self.column_width = self.side_width / self.columns
        self.dot: dict[int, Point] = {}
        self.label_right: dict[int, bool] = {}
        for side, members in enumerate(sides):
            for index, partner in enumerate(members):
                column, row = divmod(index, rows)  # column 0 is next to the middle
                y = self.top - (row + 0.5) * self.leading
                if side == 0:
                    x = frame.left + self.side_width - column * self.column_width - 4
                else:
                    x = frame.right - self.side_width + column * self.column_width + 4
                self.dot[partner.id] = (x, y)
                self.label_right[partner.id] = side == 1
        self.project_point: dict[int, Point] = {}
        self.project_width = (self.center_width - 80) / 2 - 10
        self._place_projects()
        self.hub_point: dict[str, Point] = {}
        self._place_hubs()

    def _ordered_partners(self) -> list[MapPartner]:
        graph = self.graph
        first_project: dict[int, str] = {}
        for project in graph.projects:
            for partner_id in project.partner_ids:
                first_project.setdefault(partner_id, project.title.casefold())
        order = {focus: index for index, focus in enumerate(graph.focus_areas)}
        return sorted(
            graph.partners,
            key=lambda p: (
                order.get(p.focus_areas[0], 99) if p.focus_areas else 100,
                first_project.get(p.id, "\uffff"),
                p.name.casefold(),
            ),
        )

    def _place_projects(self) -> None:
        frame = self.frame
        middle = (frame.left + frame.right) / 2
        wanted: list[tuple[float, float, int]] = []
        for project in self.graph.projects:
            points = [self.dot[p] for p in project.partner_ids if p in self.dot]
            if points:
                x = sum(p[0] for p in points) / len(points)
                y = sum(p[1] for p in points) / len(points)
            else:
                x, y = middle, (self.top + self.bottom) / 2
            wanted.append((x, y, project.id))
        wanted.sort()
        half = (len(wanted) + 1) // 2
        height = self.top - self.bottom
        self.project_gap = min(40.0, height / max(1, half))
        self.project_font = max(4.5, min(8.0, self.project_gap / 3.4))
        self.project_lines = max(1, min(3, int((self.project_gap - 4) / (self.project_font * 1.2))))
        for side, members in enumerate((wanted[:half], wanted[half:])):
            x = middle + (1 if side else -1) * (40 + 10 + self.project_width / 2)
            members = sorted(members, key=lambda m: -m[1])
            gap = self.project_gap
            ys = _spread([m[1] for m in members], self.bottom + gap / 2, self.top - gap / 2, gap)
            for (_x, _y, project_id), y in zip(members, ys, strict=True):
                self.project_point[project_id] = (x, y)

    def _place_hubs(self) -> None:
        frame = self.frame
        middle = (frame.left + frame.right) / 2
        wanted = []
        for focus in self.graph.focus_areas:
            ys = [
                self.project_point[p.id][1] for p in self.graph.projects if focus in p.focus_areas
            ] + [self.dot[p.id][1] for p in self.graph.partners if p.focus_areas[:1] == (focus,)]
            wanted.append((sum(ys) / len(ys) if ys else (self.top + self.bottom) / 2, focus))
        if any(not p.focus_areas for p in self.graph.partners):
            ys = [self.dot[p.id][1] for p in self.graph.partners if not p.focus_areas]
            wanted.append((sum(ys) / len(ys), NO_FOCUS))
        wanted.sort(reverse=True)
        ys = _spread([y for y, _ in wanted], self.bottom + 34, self.top - 34, 74)
        for (_, focus), y in zip(wanted, ys, strict=True):
            self.hub_point[focus] = (middle, y)


def _draw_lines(canvas: ReportCanvas, layout: _Layout) -> None:
    graph = layout.graph
    canvas.saveState()
    canvas.setLineWidth(0.35)
    canvas.setStrokeGray(0.6)
    linked: set[int] = set()
    for project in graph.projects:
        px, py = layout.project_point[project.id]
        for partner_id in project.partner_ids:
            linked.add(partner_id)
            x, y = layout.dot[partner_id]
            canvas.line(px, py, x, y)
    canvas.setDash(1, 2)
    canvas.setStrokeGray(0.55)
    for partner in graph.partners:
        if partner.id in linked:
            continue
        x, y = layout.dot[partner.id]
        hx, hy = layout.hub_point[partner.focus_areas[0] if partner.focus_areas else NO_FOCUS]
        canvas.line(hx, hy, x, y)
    canvas.setDash()
    canvas.setLineWidth(1.2)
    canvas.setStrokeGray(0.15)
    for project in graph.projects:
        px, py = layout.project_point[project.id]
        for focus in project.focus_areas:
            hx, hy = layout.hub_point[focus]
            canvas.line(hx, hy, px, py)
    canvas.restoreState()


def _draw_partners(canvas: ReportCanvas, layout: _Layout) -> None:
    size = layout.font_size
    radius = max(1.5, min(3.0, size * 0.36))
    room = layout.column_width - 2 * radius - 8
    for partner in layout.graph.partners:
        x, y = layout.dot[partner.id]
        label = ellipsize(partner.name, REGULAR, size, room)
        width = canvas.stringWidth(label, REGULAR, size)
        right = layout.label_right[partner.id]
        text_x = x + radius + 2.5 if right else x - radius - 2.5 - width
        # A white ground keeps the label readable where lines of outer columns pass behind it.
        canvas.setFillGray(1)
        canvas.rect(text_x - 1, y - size * 0.45, width + 2, size * 1.05, stroke=0, fill=1)
        canvas.setFillGray(0)
        canvas.setFont(REGULAR, size)
        canvas.drawString(text_x, y - size * 0.35, label)
        canvas.setLineWidth(0.6)
        canvas.setStrokeGray(0)
        canvas.setFillGray(STATUS_FILL.get(partner.status, 0.3))
        canvas.circle(x, y, radius, stroke=1, fill=1)


def _draw_projects(canvas: ReportCanvas, layout: _Layout) -> None:
    size = layout.project_font
    width = layout.project_width - 6
    for project in layout.graph.projects:
        x, y = layout.project_point[project.id]
        lines = fit_lines(project.title, BOLD, size, width, layout.project_lines)
        box_width = max(canvas.stringWidth(line, BOLD, size) for line in lines) + 6
        box_height = len(lines) * size * 1.2 + 3
        canvas.setLineWidth(0.8)
        canvas.setStrokeGray(0)
        canvas.setFillGray(1)
        canvas.roundRect(
            x - box_width / 2, y - box_height / 2, box_width, box_height, 3, stroke=1, fill=1
        )
        canvas.setFillGray(0)
        canvas.setFont(BOLD, size)
        baseline = y + box_height / 2 - 1.5 - size
        for line in lines:
            canvas.drawCentredString(x, baseline + size * 0.2, line)
            baseline -= size * 1.2


def _draw_hubs(canvas: ReportCanvas, layout: _Layout) -> None:
    for focus, (x, y) in layout.hub_point.items():
        radius = 34
        canvas.setLineWidth(1)
        canvas.setStrokeGray(0)
        canvas.setFillGray(0.2 if focus != NO_FOCUS else 0.8)
        canvas.circle(x, y, radius, stroke=1, fill=1)
        canvas.setFillGray(1 if focus != NO_FOCUS else 0)
        canvas.setFont(BOLD, 7.5)
        lines = fit_lines(focus, BOLD, 7.5, radius * 2 - 6, 3)
        baseline = y + (len(lines) - 1) * 9 / 2 - 2.5
        for line in lines:
            canvas.drawCentredString(x, baseline, line)
            baseline -= 9


def _draw_legend(canvas: ReportCanvas, layout: _Layout) -> None:
    frame = layout.frame
    y = frame.bottom + 8
    x = frame.left
    canvas.setFont(REGULAR, 7.5)
    for status, fill in STATUS_FILL.items():
        canvas.setFillGray(fill)
        canvas.setStrokeGray(0)
        canvas.circle(x + 3, y + 2.5, 3, stroke=1, fill=1)
        canvas.setFillGray(0)
        canvas.drawString(x + 9, y, f"Partner {status}")
        x += 80
    canvas.setLineWidth(1.2)
    canvas.line(x, y + 2.5, x + 20, y + 2.5)
    canvas.drawString(x + 24, y, "Schwerpunkt – Projekt")
    x += 120
    canvas.setLineWidth(0.35)
    canvas.setStrokeGray(0.5)
    canvas.line(x, y + 2.5, x + 20, y + 2.5)
    canvas.drawString(x + 24, y, "arbeitet im Projekt mit")
    x += 120
    canvas.setDash(1, 2)
    canvas.line(x, y + 2.5, x + 20, y + 2.5)
    canvas.setDash()
    canvas.drawString(x + 24, y, "Schwerpunkt (ohne Projekt)")
    graph = layout.graph
    canvas.setFont(BOLD, 7.5)
    canvas.drawRightString(
        frame.right, y, f"{len(graph.partners)} Partner · {len(graph.projects)} Projekte"
    )


def build(session: Session, options: ReportOptions) -> bytes:
    graph = reporting.network_graph(
        session, status=options.status, focus=options.focus, ids=options.ids
    )
    info = ReportInfo(
        title=TITLE,
        network=reporting.network_name(session),
        logo=reporting.network_logo(session),
        today=options.today,
        landscape=True,
    )

    def draw(canvas: ReportCanvas, frame: Frame) -> None:
        if not graph.partners and not graph.projects:
            draw_empty(canvas, frame)
            return
        layout = _Layout(graph, frame)
        _draw_lines(canvas, layout)
        _draw_hubs(canvas, layout)
        _draw_projects(canvas, layout)
        _draw_partners(canvas, layout)
        _draw_legend(canvas, layout)

    return render_canvas(info, draw)
