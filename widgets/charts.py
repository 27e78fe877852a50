"""Small pyqtgraph charts: labelled bars and a line over labelled points, with hover values."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QWidget

ACCENT = "#2f6fb2"


def _style(plot: pg.PlotWidget) -> None:
    plot.setBackground("w")
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen("#444")
        plot.getAxis(axis).setPen("#999")


class BarChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None, horizontal: bool = False) -> None:
        super().__init__(parent)
        _style(self)
        self._horizontal = horizontal
        self._labels: list[str] = []
        self._values: list[float] = []
        self._tip = pg.TextItem(color="#222", anchor=(0.5, 1.2), fill=pg.mkBrush(255, 255, 240))
        self._tip.setZValue(10)
        self.scene().sigMouseMoved.connect(self._hover)

    def set_data(self, labels: Sequence[str], values: Sequence[float]) -> None:
        self.clear()
        self._labels, self._values = list(labels), [float(v) for v in values]
        xs = list(range(len(self._values)))
        if self._horizontal:
            bars = pg.BarGraphItem(x0=0, y=xs, height=0.65, width=self._values, brush=ACCENT)
            self.getAxis("left").setTicks([list(zip(xs, self._labels, strict=True))])
            self.getAxis("bottom").setTicks(None)
            self.getViewBox().invertY(True)
        else:
            bars = pg.BarGraphItem(x=xs, height=self._values, width=0.65, brush=ACCENT)
            self.getAxis("bottom").setTicks([list(zip(xs, self._labels, strict=True))])
        self.addItem(bars)
        self.addItem(self._tip)
        self._tip.hide()
        self.autoRange()

    def _hover(self, pos: QPointF) -> None:
        if not self._values:
            return
        point = self.getViewBox().mapSceneToView(pos)
        i = round(point.y() if self._horizontal else point.x())
        if 0 <= i < len(self._values) and self.sceneBoundingRect().contains(pos):
            v = self._values[i]
            self._tip.setText(f"{self._labels[i]}: {v:g}")
            self._tip.setPos(*((v, i) if self._horizontal else (i, v)))
            self._tip.show()
        else:
            self._tip.hide()


class LineChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _style(self)
        self._labels: list[str] = []
        self._values: list[float | None] = []
        self._tip = pg.TextItem(color="#222", anchor=(0.5, 1.3), fill=pg.mkBrush(255, 255, 240))
        self._tip.setZValue(10)
        self.scene().sigMouseMoved.connect(self._hover)

    def set_data(self, labels: Sequence[str], values: Sequence[float | None]) -> None:
        self.clear()
        self._labels, self._values = list(labels), list(values)
        pts = [(i, v) for i, v in enumerate(self._values) if v is not None]
        if pts:
            xs, ys = zip(*pts, strict=True)
            self.plot(
                list(xs),
                list(ys),
                pen=pg.mkPen(ACCENT, width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=ACCENT,
                symbolPen=None,
            )
        self.getAxis("bottom").setTicks([list(enumerate(self._labels))])
        self.addItem(self._tip)
        self._tip.hide()
        self.autoRange()

    def _hover(self, pos: QPointF) -> None:
        if not self._values:
            return
        point = self.getViewBox().mapSceneToView(pos)
        i = round(point.x())
        if 0 <= i < len(self._values) and self._values[i] is not None:
            v = self._values[i]
            assert v is not None
            self._tip.setText(f"{self._labels[i]}: {v:.2f}")
            self._tip.setPos(i, v)
            self._tip.show()
        else:
            self._tip.hide()
