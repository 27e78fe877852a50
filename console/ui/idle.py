"""The idle lock's clock: notices when nobody has touched the console for a while.

Every key press, click, wheel turn or mouse move in any of the application's windows
counts as activity. The clock is injectable (a function returning seconds), so tests
move time on instead of waiting a quarter of an hour.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

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
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._paused and event.type() in _ACTIVITY:
            self._last = self._clock()
        return False  # only watching: every event goes on to where it was going

    def check(self) -> None:
        if not self._paused and self._clock() - self._last >= self.limit:
            self._paused = True  # locked: no second signal until resumed
            self.idle.emit()

    def resume(self) -> None:
        """Start counting again (after the password was given)."""
        self._last = self._clock()
        self._paused = False

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
