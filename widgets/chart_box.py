"""A place in a layout for a chart made later.

pyqtgraph's plot widgets take about ten milliseconds each to build, and the library a
fifth of a second to import: a tab of charts makes them when first shown, into boxes laid
out with the rest of the tab when it is built."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


def chart_box() -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    return box


def put_chart(box: QWidget, chart: QWidget) -> None:
    """Put the chart, now made, in its box."""
    layout = box.layout()
    assert layout is not None  # chart_box gave it one
    layout.addWidget(chart)
