"""What a page is: a titled widget that reloads its data when shown after a change."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from console.ui.context import AppContext


class Page(QWidget):
    """Subclasses build their widgets in ``__init__`` and load data in ``reload``.

    A page reloads only when it is visible; a change while hidden marks it stale and it
    reloads when next shown, so one change never recomputes every page.
    """

    def __init__(self, ctx: AppContext, title: str) -> None:
        super().__init__()
        self.ctx = ctx
        self._stale = True
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(title)
        heading.setObjectName("PageTitle")
        self.layout_.addWidget(heading)
        ctx.period_changed.connect(lambda _p: self.mark_stale())
        ctx.data_changed.connect(lambda _area: self.mark_stale())

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.reload()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def reload(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError
