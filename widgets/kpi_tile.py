"""A key-figure tile: a caption, a big number and a line of context."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class KpiTile(QFrame):
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

    def value_text(self) -> str:
        return self._value.text()


def tile_row(*tiles: KpiTile) -> QHBoxLayout:
    """Tiles side by side, sharing the width equally."""
    row = QHBoxLayout()
    row.setSpacing(10)
    for tile in tiles:
        row.addWidget(tile, 1)
    return row
