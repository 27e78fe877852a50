"""Small pyqtgraph charts: labelled bars and a line over labelled points, with hover values.

Both are honest by construction: a bar's length is its value (the value axis starts at
zero) and each bar carries its value as a label; a line may mark its last point as
partial (a month still running), drawn apart from the line as a hollow marker with its
value and a note, on the whole months' axis, so that it never reads as a fall. A click
on a bar or a point emits its index, for drill-downs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QWidget

ACCENT = "#2f6fb2"
PARTIAL = "#8a8f98"
# Room past the longest bar for its value label, as a share of the longest bar.
LABEL_ROOM = 0.18


MIN_SPAN = 0.05  # a line's value axis spans at least this share of its level


def _style(plot: pg.PlotWidget) -> None:
    plot.setBackground("w")
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen("#444")
        plot.getAxis(axis).setPen("#999")


def plain_number(value: float) -> str:
    """A count as a whole number, anything else to two decimals at most: 12, 99.25."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


class BarChart(pg.PlotWidget):
    clicked = Signal(int)  # the index of the bar clicked

    def __init__(
        self,
        parent: QWidget | None = None,
        horizontal: bool = False,
        fmt: Callable[[float], str] = plain_number,
    ) -> None:
        super().__init__(parent)
        _style(self)
        self._horizontal = horizontal
        self._fmt = fmt
        self._labels: list[str] = []
        self._values: list[float] = []
        self.value_labels: list[pg.TextItem] = []
        self._tip = pg.TextItem(color="#222", anchor=(0.5, 1.2), fill=pg.mkBrush(255, 255, 240))
        self._tip.setZValue(10)
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)

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
        self.value_labels = []
        for i, v in enumerate(self._values):
            # Past the end of the bar, outside it, so a short bar's label stays legible.
            anchor = (0, 0.5) if self._horizontal else (0.5, 1)
            text = pg.TextItem(self._fmt(v), color="#333", anchor=anchor)
            text.setPos(*((v, i) if self._horizontal else (i, v)))
            self.addItem(text)
            self.value_labels.append(text)
        self.addItem(self._tip)
        self._tip.hide()
        self._fit()

    def _fit(self) -> None:
        """The value axis from zero (or from the most negative value) to the longest bar
        and its label: never cut, so bar lengths compare as the values do."""
        n = len(self._values)
        low = min([0.0, *self._values])
        high = max([0.0, *self._values])
        span = (high - low) or 1.0
        value_range = (low - (LABEL_ROOM * span if low < 0 else 0), high + LABEL_ROOM * span)
        if self._horizontal:
            self.setXRange(*value_range, padding=0)
            self.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        else:
            self.setYRange(*value_range, padding=0)
            self.setXRange(-0.6, max(n, 1) - 0.4, padding=0)

    def value_axis_range(self) -> tuple[float, float]:
        """The shown range of the value axis (for tests and for the eye)."""
        x, y = self.getViewBox().viewRange()
        low, high = x if self._horizontal else y
        return float(low), float(high)

    def _index_at(self, pos: QPointF) -> int | None:
        if not self._values or not self.sceneBoundingRect().contains(pos):
            return None
        point = self.getViewBox().mapSceneToView(pos)
        i = round(point.y() if self._horizontal else point.x())
        return i if 0 <= i < len(self._values) else None

    def _hover(self, pos: QPointF) -> None:
        i = self._index_at(pos)
        if i is None:
            self._tip.hide()
            return
        v = self._values[i]
        self._tip.setText(f"{self._labels[i]}: {self._fmt(v)}")
        self._tip.setPos(*((v, i) if self._horizontal else (i, v)))
        self._tip.show()

    def _click(self, event: object) -> None:
        button = getattr(event, "button", lambda: None)()
        scene_pos = getattr(event, "scenePos", lambda: None)()
        if button != Qt.MouseButton.LeftButton or scene_pos is None:
            return
        i = self._index_at(scene_pos)
        if i is not None:
            self.clicked.emit(i)


def _whole_months_axis(values: Sequence[float]) -> tuple[float, float]:
    """A line's value axis: the whole months' values, so that a running month's low
    total does not stretch it into what looks like a plunge; spanning at least MIN_SPAN
    of their level, so that averages near 108 moving by 0.7 do not read as swings."""
    low, high = min(values), max(values)
    centre, span = (low + high) / 2, max(high - low, abs(low + high) / 2 * MIN_SPAN)
    low, high = min(low, centre - span / 2), max(high, centre + span / 2)
    pad = (high - low) * 0.15 or 1.0
    return low - pad, high + pad


class LineChart(pg.PlotWidget):
    clicked = Signal(int)  # the index of the point clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _style(self)
        self._labels: list[str] = []
        self._values: list[float | None] = []
        self.partial_note = ""  # set when the last point is partial
        self.note_item: pg.TextItem | None = None
        self._tip = pg.TextItem(color="#222", anchor=(0.5, 1.3), fill=pg.mkBrush(255, 255, 240))
        self._tip.setZValue(10)
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)

    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[float | None],
        partial_note: str = "",
        from_zero: bool = False,
    ) -> None:
        """Draw the points; with ``partial_note`` the last one is a running month's,
        drawn apart (see ``_draw_partial``) with the note (e.g. "截至 5 日").
        ``from_zero`` for amounts compared with none (hours in a month): the axis then
        starts at zero and every point, the partial one too, sits at its value."""
        self.clear()
        self._labels, self._values = list(labels), list(values)
        pts = [(i, v) for i, v in enumerate(self._values) if v is not None]
        last = len(self._values) - 1
        partial = pts[-1] if partial_note and pts and pts[-1][0] == last else None
        self.partial_note = partial_note if partial is not None else ""
        whole = pts[:-1] if partial is not None else pts
        if whole:
            xs, ys = zip(*whole, strict=True)
            self.plot(
                list(xs),
                list(ys),
                pen=pg.mkPen(ACCENT, width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=ACCENT,
                symbolPen=None,
            )
        self.note_item = None
        if partial is not None:
            self._draw_partial(partial, [] if from_zero else [p[1] for p in whole], partial_note)
        self.getAxis("bottom").setTicks([list(enumerate(self._labels))])
        self.addItem(self._tip)
        self._tip.hide()
        self.autoRange()
        # Half a step of room either side, so the first and last month labels show.
        self.setXRange(-0.5, max(len(self._values), 1) - 0.5, padding=0)
        if from_zero:
            top = max((p[1] for p in pts), default=0.0)
            self.setYRange(0, top * 1.1 or 1, padding=0)
        elif whole:
            self.setYRange(*_whole_months_axis([p[1] for p in whole]), padding=0)

    def _draw_partial(self, point: tuple[int, float], whole: list[float], note: str) -> None:
        """The running month apart from the line: no segment joins it (a segment down to
        a partial total is what reads as a fall), a hollow grey marker, and its value
        written out with the note. Outside the whole months' range the marker sits at
        the edge and the written value says where it really is."""
        x, value = point
        shown = value
        if whole:
            bottom, top = _whole_months_axis(whole)
            inset = (top - bottom) * 0.03  # the whole marker inside the plot
            shown = min(max(value, bottom + inset), top - inset)
        self.partial_marker = self.plot(
            [x],
            [shown],
            pen=None,
            symbol="o",
            symbolSize=9,
            symbolBrush=pg.mkBrush("w"),
            symbolPen=pg.mkPen(PARTIAL, width=2),
        )
        self.note_item = pg.TextItem(
            f"{note}: {plain_number(value)}", color=PARTIAL, anchor=(1, 1.2)
        )
        self.note_item.setPos(x, shown)
        self.addItem(self.note_item)

    def value_axis_range(self) -> tuple[float, float]:
        low, high = self.getViewBox().viewRange()[1]
        return float(low), float(high)

    def _index_at(self, pos: QPointF) -> int | None:
        if not self._values or not self.sceneBoundingRect().contains(pos):
            return None
        i = round(self.getViewBox().mapSceneToView(pos).x())
        if 0 <= i < len(self._values) and self._values[i] is not None:
            return i
        return None

    def _hover(self, pos: QPointF) -> None:
        i = self._index_at(pos)
        if i is None:
            self._tip.hide()
            return
        v = self._values[i]
        assert v is not None
        text = f"{self._labels[i]}: {v:.2f}"
        if i == len(self._values) - 1 and self.partial_note:
            text += f" ({self.partial_note})"
        self._tip.setText(text)
        self._tip.setPos(i, v)
        self._tip.show()

    def _click(self, event: object) -> None:
        button = getattr(event, "button", lambda: None)()
        scene_pos = getattr(event, "scenePos", lambda: None)()
        if button != Qt.MouseButton.LeftButton or scene_pos is None:
            return
        i = self._index_at(scene_pos)
        if i is not None:
            self.clicked.emit(i)
