"""Run slow work (file writing, backups) off the GUI thread and hear back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from console.core.errors import DuchaError
from console.ui import crash


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


def expected(exc: BaseException) -> bool:
    """A failure the page explains itself: the core's refusal, or a file it could not
    write (open in Excel, a read-only folder). Anything else is a bug."""
    return isinstance(exc, DuchaError | OSError)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # shown to the user; never lost in a worker thread
            outcome, value = self.relay.failed, exc
        else:
            outcome, value = self.relay.done, result
        try:
            outcome.emit(value)
        except RuntimeError:
            # The page that asked was closed meanwhile: nobody to tell, but a bug is still
            # reported (the handler takes it over to the GUI thread).
            if isinstance(value, Exception) and not expected(value):
                crash.report(value)


def run_in_background(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> None:
    """Start ``work`` on the thread pool; its result or error arrives on the GUI thread.

    The relay belongs to ``owner``, so closing the owner also silences the answer.
    ``work`` must not touch widgets and must open its own database session if it needs one.
    ``on_failed`` hears every failure, so that the page can recover (buttons enabled
    again); one that is not ``expected`` then also goes to the application's exception
    handler, with the worker's traceback: a dialog and the log file (in tests: it fails
    the test).
    """
    relay = _Relay(owner)

    def failed(exc: Exception) -> None:
        try:
            on_failed(exc)
        finally:
            if not expected(exc):
                crash.report(exc)

    relay.done.connect(on_done)
    relay.failed.connect(failed)
    relay.done.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Job(work, relay))
