"""The one bar chart of Ducha's PDFs: horizontal bars, the first category at the top, each
bar labelled with its value, a light grid, an optional legend and a caption under it
(vector graphics, every text in an embedded face).

The monthly bulletin's squad scores and the inspection bulletin's findings by topic are
both drawn by ``bar_chart``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.pdf_common import MUTED, Fonts, chart_label, face_for

BAR = colors.HexColor("#3A6EA5")
GRAVE_BAR = colors.HexColor("#C00000")
GRID = colors.HexColor("#D5DAE0")
LABEL_SIZE = 8.5


@dataclass(frozen=True)
class Series:
    values: Sequence[float]
    colour: colors.Color = BAR
    legend: str = ""  # shown under the chart when there are several series


def nice_step(span: float, most: int = 10) -> int:
    """A round axis step that gives at most ``most`` intervals over the span."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if span / step <= most:
            return step
    return 10_000


def one_face(fonts: Fonts, texts: Sequence[str]) -> str:
    """A chart's labels share one face: the body face if it draws them all."""
    return (
        fonts.body
        if all(face_for(t, fonts.body, fonts) == fonts.body for t in texts)
        else fonts.fallback
    )


def bar_chart(
    fonts: Fonts,
    categories: Sequence[str],
    series: Sequence[Series],
    width: float,
    *,
    caption: str,
    value_label: Callable[[float], str] | str = "%.0f",
    axis_min: float | None = 0,
    row: float = 15,
) -> Drawing:
    """Horizontal bars, one group per category, the first at the top.

    ``axis_min`` None starts the axis just under the smallest value (scores that all lie
    near 100 would otherwise be bars of equal length; the caption then says where the
    axis starts); by default it starts at zero.
    """
    names = [chart_label(c) for c in categories]
    label_face = one_face(fonts, names)
    label_width = max((stringWidth(n, label_face, LABEL_SIZE) for n in names), default=0) + 8
    legends = [s for s in series if s.legend] if len(series) > 1 else []
    bottom = 30 + (12 if legends else 0)
    plot_height = row * len(categories)
    # Its own initial font: the default would put Helvetica (not embedded) in the file.
    drawing = Drawing(width, plot_height + bottom + 22, initialFontName=fonts.body)
    values = [v for s in series for v in s.values] or [0.0]
    high = math.ceil(max(values))
    low = math.floor(min(values)) - 1 if axis_min is None else math.floor(axis_min)
    high = max(high, low + 1)
    step = nice_step(high - low)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = bottom
    chart.width = width - label_width - 40
    chart.height = plot_height
    chart.data = [list(s.values) for s in series]
    axis = chart.categoryAxis
    axis.categoryNames = names
    axis.reverseDirection = 1  # the first category at the top
    axis.labels.fontName = label_face
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.boxAnchor = "e"
    axis.labels.dx = -4
    axis.strokeColor = colors.black
    axis.tickLeft = 0
    scale = chart.valueAxis
    scale.valueMin = low
    if axis_min is None:
        scale.valueMax = high + 1
    else:
        scale.valueMax = low + step * math.ceil((high - low) / step)
    scale.valueStep = step
    scale.labels.fontName = fonts.body
    scale.labels.fontSize = 8
    scale.labelTextFormat = "%d"
    scale.visibleGrid = 1
    scale.gridStrokeColor = GRID
    scale.gridStrokeWidth = 0.4
    scale.strokeColor = colors.black
    for i, s in enumerate(series):
        chart.bars[i].fillColor = s.colour
    chart.bars.strokeColor = None
    bar = min(9.0, (row - 4) / len(series)) if series else 9.0
    chart.barWidth = bar
    chart.barSpacing = 0
    chart.groupSpacing = row - bar * len(series)
    chart.barLabelFormat = value_label
    chart.barLabels.fontName = fonts.body
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    for i, s in enumerate(legends):
        x = width / 2 - 60 * len(legends) + i * 120
        drawing.add(Rect(x, 17, 8, 8, fillColor=s.colour, strokeColor=None))
        drawing.add(
            String(x + 12, 18, s.legend, fontName=face_for(s.legend, fonts.body, fonts), fontSize=8)
        )
    drawing.add(
        String(
            width / 2,
            4,
            caption,
            fontName=face_for(caption, fonts.body, fonts),
            fontSize=LABEL_SIZE,
            textAnchor="middle",
            fillColor=MUTED,
        )
    )
    return drawing
