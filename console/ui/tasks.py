"""Run slow work (file writing, backups) off the GUI thread and hear back on it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


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
        # RuntimeError: the page that asked was closed meanwhile, nobody to tell.
        with contextlib.suppress(RuntimeError):
            outcome.emit(value)


def run_in_background(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> None:
    """Start ``work`` on the thread pool; its result or error arrives on the GUI thread.

    The relay belongs to ``owner``, so closing the owner also silences the answer.
    ``work`` must not touch widgets and must open its own database session if it needs one.
    """
    relay = _Relay(owner)
    relay.done.connect(on_done)
    relay.failed.connect(on_failed)
    relay.done.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Job(work, relay))
