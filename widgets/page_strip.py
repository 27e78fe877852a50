"""Pages of a document, already rasterised, one under the other at a chosen width.

Only the pages in view are scaled and painted, each once per width: a report of 64 pages
opens at once, where Qt's own print preview recorded every page at the printer's
resolution first (two seconds with the window frozen).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

GAP = 12  # between pages, and around them
DESK = "#8a8f96"  # the grey the pages lie on
SCALED_KEPT = 8  # scaled pages kept for scrolling back and forth


class PageStrip(QWidget):
    def __init__(self, pages: list[QImage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.page_width = 600
        self._scaled: dict[int, QPixmap] = {}  # page → its image at page_width
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(DESK))
        self.setPalette(palette)
        self._resize()

    def set_page_width(self, width: int) -> None:
        width = max(100, width)
        if width != self.page_width:
            self.page_width = width
            self._scaled.clear()
            self._resize()
            self.update()

    def page_height(self, index: int) -> int:
        image = self.pages[index]
        return round(image.height() * self.page_width / max(1, image.width()))

    def page_rect(self, index: int) -> QRect:
        top = GAP + sum(self.page_height(i) + GAP for i in range(index))
        return QRect(GAP, top, self.page_width, self.page_height(index))

    def _resize(self) -> None:
        height = GAP + sum(self.page_height(i) + GAP for i in range(len(self.pages)))
        self.setFixedSize(QSize(self.page_width + 2 * GAP, height))

    def _pixmap(self, index: int) -> QPixmap:
        pixmap = self._scaled.get(index)
        if pixmap is None:
            if len(self._scaled) >= SCALED_KEPT:
                self._scaled.pop(next(iter(self._scaled)))  # the oldest scaled
            image = self.pages[index].scaledToWidth(
                self.page_width, Qt.TransformationMode.SmoothTransformation
            )
            pixmap = self._scaled[index] = QPixmap.fromImage(image)
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        exposed = event.rect()
        painter = QPainter(self)
        try:
            top = GAP
            for index in range(len(self.pages)):
                height = self.page_height(index)
                rect = QRect(GAP, top, self.page_width, height)
                top += height + GAP
                if rect.bottom() < exposed.top():
                    continue
                if rect.top() > exposed.bottom():
                    break
                painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 60))  # a shadow
                painter.drawPixmap(rect.topLeft(), self._pixmap(index))
        finally:
            painter.end()
