"""Run slow work (file writing, backups, checks) off the GUI thread and hear back on it.

A worker thread touches no Qt object that the GUI thread may delete. It runs the work,
drops its own references to the work and its result, leaves the outcome in a locked
mailbox and emits one signal, by job number, on a relay that lives as long as the
application. Everything else (who asked, the callbacks, the work itself) stays in a table
that only the GUI thread reads and writes. An earlier relay per job, parented to the
page that asked, was deleted by the GUI thread while the finished worker was still
releasing its Python wrapper: a segmentation fault about one run in three on a loaded
machine.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from console.core.errors import DuchaError
from console.ui import crash


def expected(exc: BaseException) -> bool:
    """A failure the page explains itself: the core's refusal, or a file it could not
    write (open in Excel, a read-only folder). Anything else is a bug."""
    return isinstance(exc, DuchaError | OSError)


@dataclass
class _Asked:
    """A job as the GUI thread knows it. Holding ``work`` here keeps its last reference
    on the GUI thread: whatever it captured is released there, not in the worker."""

    owner: QObject
    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_failed: Callable[[Exception], None]


class _Relay(QObject):
    finished = Signal(int)  # the job's number; its outcome waits in the mailbox


_numbers = itertools.count(1)
_asked: dict[int, _Asked] = {}  # GUI thread only
_mailbox: dict[int, tuple[bool, Any]] = {}  # job number -> (succeeded, result or error)
_mailbox_lock = threading.Lock()
_relay: _Relay | None = None  # created on first use, on the GUI thread; never deleted


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.finished.connect(_deliver)
    return _relay


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.number = number
        self.work: Callable[[], Any] | None = work
        self.relay = relay

    def run(self) -> None:
        work, self.work = self.work, None
        assert work is not None
        try:
            outcome: tuple[bool, Any] = (True, work())
        except Exception as exc:  # shown to the user; never lost in a worker thread
            outcome = (False, exc)
        del work
        with _mailbox_lock:
            _mailbox[self.number] = outcome
        del outcome
        self.relay.finished.emit(self.number)


def _deliver(number: int) -> None:
    """On the GUI thread: hand the outcome to whoever asked, if they are still there."""
    with _mailbox_lock:
        succeeded, value = _mailbox.pop(number)
    asked = _asked.pop(number)
    if not shiboken6.isValid(asked.owner):
        # The page that asked was closed meanwhile: nobody to tell, but a bug is still
        # reported.
        if not succeeded and not expected(value):
            crash.report(value)
        return
    if succeeded:
        asked.on_done(value)
        return
    try:
        asked.on_failed(value)
    finally:
        if not expected(value):
            crash.report(value)


def run_in_background(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> None:
    """Start ``work`` on the thread pool; its result or error arrives on the GUI thread.

    If ``owner`` has been deleted by then, the answer is dropped. ``work`` must not touch
    widgets and must open its own database session if it needs one. ``on_failed`` hears
    every failure, so that the page can recover (buttons enabled again); one that is not
    ``expected`` then also goes to the application's exception handler, with the
    worker's traceback: a dialog and the log file (in tests: it fails the test).
    Call it on the GUI thread.
    """
    number = next(_numbers)
    _asked[number] = _Asked(owner, work, on_done, on_failed)
    QThreadPool.globalInstance().start(_Job(number, work, _the_relay()))
