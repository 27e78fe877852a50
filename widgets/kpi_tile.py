"""A key-figure tile: a caption, a big number and a line of context; a tile that can
open the records behind its figure is clickable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class KpiTile(QFrame):
    clicked = Signal()  # only once made clickable

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self._caption = QLabel(caption)
        self._caption.setObjectName("KpiCaption")
        self._value = QLabel("—")
        self._value.setObjectName("KpiValue")
        self._value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._detail = QLabel("")
        self._detail.setObjectName("KpiDetail")
        self._detail.setWordWrap(True)
        for w in (self._caption, self._value, self._detail):
            layout.addWidget(w)

    def set_value(self, value: str, detail: str = "") -> None:
        self._value.setText(value)
        self._detail.setText(detail)

    def set_clickable(self, tip: str) -> None:
        """The tile opens its records when clicked; ``tip`` says which."""
        self._clickable = True
        # A selectable number would take the click for itself: the whole tile opens.
        self._value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if getattr(self, "_clickable", False) and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def detail_text(self) -> str:
        return self._detail.text()

    def value_text(self) -> str:
        return self._value.text()


def tile_row(*tiles: KpiTile) -> QHBoxLayout:
    """Tiles side by side, sharing the width equally."""
    row = QHBoxLayout()
    row.setSpacing(10)
    for tile in tiles:
        row.addWidget(tile, 1)
    return row
