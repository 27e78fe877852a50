"""What a page is: a titled widget that reloads its data when shown after a change.

A page whose reading can be slow on a large bureau splits its reload in two: ``fetch``
returns the reading (run on a worker thread) and ``show_data`` puts its result on screen
(on the GUI thread). Shown from the navigation or after a month change, such a page reads
in the background behind a busy indicator, and the window keeps answering meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from console.core.errors import DuchaError
from console.ui.context import AppContext
from console.ui.errors import show_error
from console.ui.tasks import run_in_background


class Page(QWidget):
    """Subclasses build their widgets in ``__init__`` and load data in ``reload`` — or in
    ``fetch`` (the reading, off the GUI thread) and ``show_data`` (the showing).

    A page reloads only when it is visible; a change while hidden marks it stale and it
    reloads when next shown, so one change never recomputes every page.
    """

    def __init__(self, ctx: AppContext, title: str) -> None:
        super().__init__()
        self.ctx = ctx
        self._stale = True
        self._loading = 0  # the number of the reading under way; 0: none
        self._readings = 0
        self._background = False  # reload() runs for a show or a month change
        self._parts = 0  # slow parts of a reload still being read (read_later)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        heading = QLabel(title)
        heading.setObjectName("PageTitle")
        header.addWidget(heading)
        header.addStretch(1)
        # The busy indicator: shown while the page's figures are read on a worker.
        # A fixed context: self.tr() in a base class would look in the subclass's.
        self.busy_label = QLabel(QCoreApplication.translate("Page", "Reading…"))
        self.busy_label.setObjectName("Hint")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no end known: Qt animates it
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(120)
        for widget in (self.busy_label, self.busy_bar):
            widget.hide()
            header.addWidget(widget)
        self.layout_.addLayout(header)
        ctx.period_changed.connect(lambda _p: self.mark_stale())
        ctx.data_changed.connect(lambda _area: self.mark_stale())

    # --- what subclasses provide -------------------------------------------------------
    def fetch(self) -> Callable[[], Any] | None:
        """The page's reading, to run on a worker thread (it may only call
        ``ctx.read``, which opens a session of its own, and must not touch widgets);
        None for a page that reads in ``reload``."""
        return None

    def show_data(self, data: Any) -> None:  # pragma: no cover - pages with fetch override it
        raise NotImplementedError

    def reload(self) -> None:
        """Read and show at once, on the GUI thread."""
        work = self.fetch()
        if work is None:  # pragma: no cover - every page overrides one or the other
            raise NotImplementedError
        self.show_data(work())

    # --- when to read -----------------------------------------------------------------
    def busy(self) -> bool:
        """Whether the page's figures are being read on a worker."""
        return self._loading != 0 or self._parts != 0

    def read_later(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """A slow part of ``reload`` (a count over millions of rows): read on a worker
        when the page is being shown or the month changed, at once when refreshed."""
        if not self._background:
            done(work())
            return
        self._parts += 1
        self._show_busy(True)

        def finished(data: Any) -> None:
            self._part_over()
            done(data)

        def failed(exc: Exception) -> None:
            self._part_over()
            if isinstance(exc, DuchaError):  # anything else goes to the crash handler
                show_error(self, exc)

        run_in_background(self, work, finished, failed)

    def _part_over(self) -> None:
        self._parts -= 1
        if not self.busy():
            self._show_busy(False)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_in_background()

    def refresh(self) -> None:
        """Read and show now (after the user's own change, the figures must be there)."""
        self._stale = False
        self._loading = 0  # a reading still under way is superseded
        self._show_busy(self._parts != 0)
        self.reload()

    def refresh_if_stale(self, background: bool = False) -> None:
        if self._stale:
            self.refresh_in_background() if background else self.refresh()

    def refresh_in_background(self) -> None:
        """Read on a worker when the page can, behind the busy indicator; else now."""
        work = self.fetch()
        if work is None:
            self._background = True
            try:
                self.refresh()
            finally:
                self._background = False
            return
        self._stale = False
        self._readings += 1
        number = self._loading = self._readings
        self._show_busy(True)
        run_in_background(
            self,
            work,
            lambda data: self._reading_done(number, data),
            lambda exc: self._reading_failed(number, exc),
        )

    def _reading_done(self, number: int, data: Any) -> None:
        if number != self._loading:  # a newer reading (another month) was asked for
            return
        self._loading = 0
        self._show_busy(self.busy())
        self.show_data(data)

    def _reading_failed(self, number: int, exc: Exception) -> None:
        if number != self._loading:
            return
        self._loading = 0
        self._show_busy(self.busy())
        self._stale = True  # read again when next shown
        if isinstance(exc, DuchaError):  # anything else goes to the crash handler
            show_error(self, exc)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
