"""Open a window at its preferred size, but never larger than the screen's free area.

Office desktops run 1366×768 with a taskbar; a dialog opened taller than that hides its
OK button below the screen's edge.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

# Room left for the window's title bar and frame, which the size excludes.
FRAME_ALLOWANCE = 40


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    free = widget.screen().availableGeometry()
    widget.resize(min(width, free.width()), min(height, free.height() - FRAME_ALLOWANCE))


def scrolling_body(owner: QWidget) -> QWidget:
    """A body for ``owner`` that scrolls when the space is short: ``owner`` is filled by
    a frameless scroll area holding the returned widget, which the caller lays out.

    For tall content (rows of charts) that would otherwise make the whole window too
    tall for the screen."""
    area = QScrollArea(owner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    area.setWidget(body)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return body
