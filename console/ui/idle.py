"""The idle lock's clock: notices when nobody has touched the console for a while.

A key press, click, wheel turn or mouse move in the main window counts as activity, and
so does the mouse pointer having moved anywhere since the last look (someone working in
a dialog). The events are watched on the main window's own native window, not on the
whole application: a Python filter asked about every event of every object would also be
asked about objects in the middle of being destroyed. The clock is injectable (a
function returning seconds), so tests move time on instead of waiting a quarter of an
hour.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QCursor, QWindow

Clock = Callable[[], float]

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    idle = Signal()  # once per idle spell, when the limit is reached

    def __init__(
        self,
        limit_seconds: float,
        clock: Clock = time.monotonic,
        check_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.limit = limit_seconds
        self._clock = clock
        self._last = clock()
        self._paused = False
        self._pointer: QPoint = QCursor.pos()
        self._window: QWindow | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def watch(self, window: QWindow | None) -> None:
        """Count the input events of this native window (the main window's, once shown)."""
        if window is None or window is self._window:
            return
        self._unwatch()
        window.installEventFilter(self)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._paused and event.type() in _ACTIVITY:
            self._last = self._clock()
        return False  # only watching: every event goes on to where it was going

    def check(self) -> None:
        if self._paused:
            return
        pointer = QCursor.pos()
        if pointer != self._pointer:  # moved since the last look: someone is there
            self._pointer = pointer
            self._last = self._clock()
        elif self._clock() - self._last >= self.limit:
            self._paused = True  # locked: no second signal until resumed
            self.idle.emit()

    def resume(self) -> None:
        """Start counting again (after the password was given)."""
        self._last = self._clock()
        self._pointer = QCursor.pos()
        self._paused = False

    def stop(self) -> None:
        self._timer.stop()
        self._unwatch()

    def _unwatch(self) -> None:
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
