"""Bar and pie charts (reportlab graphics) that stay readable in black and white.

Bars and slices use clearly different greys with a black outline, every bar and slice carries
its value as text, and pie slices are labelled with name, count and share, so nothing depends
on colour.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from nfg_desktop.reports.fonts import BOLD, REGULAR
from nfg_desktop.reports.language import GERMAN_TEXTS, Texts
from nfg_desktop.reports.text import ellipsize

# Greys far enough apart to tell slices apart on a laser printer.
SHADES = [0.25, 0.85, 0.55, 1.0, 0.4, 0.7]


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # never fall back to a base-14 font
    drawing.initialFontSize = 8
    return drawing


def _grey(level: float) -> colors.Color:
    return colors.Color(level, level, level)


def whole_percentages(values: list[float]) -> list[int]:
    """Shares in whole per cent that add up to exactly 100 (largest remainder method).

    Every share is rounded down, then the points still missing go to the largest remainders
    (the earlier value first on a tie), so a pie's legend never says 98 % or 101 %.
    """
    total = sum(values)
    if total <= 0:
        return [0 for _ in values]
    exact = [100 * value / total for value in values]
    shares = [int(share) for share in exact]
    by_remainder = sorted(range(len(values)), key=lambda i: (-(exact[i] - shares[i]), i))
    for index in by_remainder[: 100 - sum(shares)]:
        shares[index] += 1
    return shares


def _hatch(drawing: Drawing, x: float, y: float, width: float, height: float) -> None:
    """Diagonal lines over a bar, so the bar reads as "filled" even on a pale print."""
    step = 5.0
    offset = 0.0
    while offset < width + height:
        x1, y1 = x + max(0.0, offset - height), y + min(offset, height)
        x2, y2 = x + min(offset, width), y + max(0.0, offset - width)
        drawing.add(Line(x1, y1, x2, y2, strokeColor=_grey(0.45), strokeWidth=0.4))
        offset += step


def _nice_top(value: float) -> float:
    """The next round number above ``value`` (1, 2, 2.5, 5 times a power of ten)."""
    if value <= 0:
        return 4.0
    power = 10 ** max(0, len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 4, 5, 8, 10):
        if step * power >= value * 1.1:
            return float(step * power)
    return float(10 * power)


def _step(top: float) -> float:
    for parts in (4, 5, 2):
        step = top / parts
        if step.is_integer() and (step % 5 == 0 or step <= 2):
            return step
    return top / 4


def horizontal_bars(
    data: dict[str, float],
    width: float,
    label_width: float = 200,
    bar_height: float = 13,
    t: Texts = GERMAN_TEXTS,
) -> Drawing:
    """One bar per category, category names on the left, values at the bar ends."""
    labels = list(data)
    values = [data[k] for k in labels]
    height = max(1, len(labels)) * bar_height + 20
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 10
    chart.width = width - label_width - 40
    chart.height = height - 20
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = [
        ellipsize(label, REGULAR, 8, label_width - 10) for label in reversed(labels)
    ] or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visible = False
    chart.valueAxis.forceZero = 1
    chart.bars[0].fillColor = _grey(0.55)
    chart.bars[0].strokeColor = colors.black
    chart.bars[0].strokeWidth = 0.5
    chart.barLabelFormat = t.number
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    chart.barSpacing = 2
    drawing.add(chart)
    return drawing


def vertical_bars(
    data: dict[str, float],
    width: float,
    height: float = 150,
    hatch: bool = False,
    t: Texts = GERMAN_TEXTS,
) -> Drawing:
    """Columns with the category below and the value on top."""
    labels = list(data)
    values = [data[k] for k in labels]
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 30
    chart.y = 22
    chart.width = width - 40
    chart.height = height - 40
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dy = -2
    top = _nice_top(max(values, default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = _step(top)
    chart.barWidth = 10
    chart.groupSpacing = 5
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = t.number
    chart.valueAxis.gridStrokeColor = _grey(0.85)
    chart.valueAxis.visibleGrid = 1
    chart.bars[0].fillColor = _grey(0.7)
    chart.bars[0].strokeColor = colors.black
    chart.bars[0].strokeWidth = 0.5
    chart.barLabelFormat = t.number
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    drawing.add(chart)
    if hatch:
        # One series: each category slot holds a bar of 10 units and 5 units of spacing.
        slot = chart.width / max(1, len(values))
        for index, value in enumerate(values):
            if value <= 0:
                continue
            bar_height = chart.height * value / top
            x = chart.x + slot * index + slot * 2.5 / 15
            _hatch(drawing, x, chart.y, slot * 10 / 15, bar_height)
    return drawing


def pie(
    data: dict[str, float], width: float, height: float = 150, t: Texts = GERMAN_TEXTS
) -> Drawing:
    """A pie with a labelled legend: name, count and share next to each grey."""
    labels = [k for k, v in data.items() if v > 0]
    values = [data[k] for k in labels]
    shares = whole_percentages(values)
    drawing = _drawing(width, height)
    size = height - 20
    chart = Pie()
    chart.x = 10
    chart.y = 10
    chart.width = size
    chart.height = size
    chart.data = values or [1]
    chart.labels = [t.number(v) for v in values] or [""]
    chart.simpleLabels = 1
    chart.slices.strokeColor = colors.black
    chart.slices.strokeWidth = 0.6
    chart.slices.fontName = BOLD
    chart.slices.fontSize = 8
    chart.slices.labelRadius = 0.7
    chart.startAngle = 90
    chart.direction = "clockwise"
    for index in range(len(values)):
        shade = SHADES[index % len(SHADES)]
        chart.slices[index].fillColor = _grey(shade)
        chart.slices[index].fontColor = colors.white if shade < 0.5 else colors.black
    drawing.add(chart)
    # Legend: a swatch in the slice's grey, then "name: count (share)".
    legend_x = 10 + size + 25
    y = 10 + size - 12
    for index, (label, value, share) in enumerate(zip(labels, values, shares, strict=True)):
        shade = SHADES[index % len(SHADES)]
        drawing.add(
            Rect(
                legend_x,
                y - 2,
                10,
                10,
                fillColor=_grey(shade),
                strokeColor=colors.black,
                strokeWidth=0.6,
            )
        )
        text = f"{label}: {t.number(value)} ({t.percent(share)})"
        drawing.add(
            String(
                legend_x + 16,
                y,
                ellipsize(text, REGULAR, 9, width - legend_x - 20),
                fontName=REGULAR,
                fontSize=9,
            )
        )
        y -= 16
    return drawing
