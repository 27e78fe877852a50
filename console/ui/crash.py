"""An exception never vanishes: whatever a slot, a timer, a background task or a thread
raises without handling it is written, with its traceback, to a rotating log file in the
user's data folder, and told to the user in a dialog whose details can be copied.

PySide6 hands an exception raised in a slot or timer to ``sys.excepthook`` (and then goes
on); a plain Python thread hands it to ``threading.excepthook``. ``install`` points both
here. It is called by ``run_gui`` only: under pytest-qt ``sys.excepthook`` is pytest-qt's,
which fails the test that let an exception escape.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from db.private import own_dir, private_dir, private_file

LOG_NAME = "ducha.log"
LOG_BYTES = 1_000_000
LOG_FILES = 5


def default_log_file() -> Path:
    return own_dir(user_log_path("Ducha", appauthor=False, ensure_exists=True)) / LOG_NAME


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A log readable by its user only: each file (the first, and the new one after a
    rollover) is created owner-only before anything is written to it (db.private)."""

    def _open(self):  # type: ignore[no-untyped-def]
        private_file(Path(self.baseFilename))
        return super()._open()


class CrashReporter(QObject):
    """Logs an unhandled exception and shows it; one dialog at a time."""

    # An exception from another thread: logged there, shown on the GUI thread.
    _arrived = Signal(str, str)

    def __init__(self, log_file: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file or default_log_file()
        private_dir(self.log_file.parent)
        self.file_handler = PrivateRotatingFileHandler(
            self.log_file, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
        self.file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        # A logger of its own, outside logging's tree: the report reaches the file whatever
        # another library did to the root logger's level or handlers.
        self.log = logging.Logger("ducha.crash", logging.INFO)
        self.log.addHandler(self.file_handler)
        self.showing = False
        self.missed = 0  # reported while a dialog was open: logged, not shown again
        self.last_box: QMessageBox | None = None
        self._arrived.connect(self._show)

    # --- the hooks --------------------------------------------------------------------
    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report(exc, tb)

    def threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return  # a thread that ended itself on purpose
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_value, args.exc_traceback, where=f"thread {name}")

    # --- reporting --------------------------------------------------------------------
    def report(self, exc: BaseException, tb: TracebackType | None = None, where: str = "") -> None:
        """Log ``exc`` with its traceback, then show it (from any thread)."""
        details = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
        self.log.error("Unhandled exception%s\n%s", f" in {where}" if where else "", details)
        if sys.stderr is not None:  # a windowed Windows build has no console
            print(details, file=sys.stderr)
        summary = f"{type(exc).__name__}: {exc}".strip()
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            self._show(summary, details)
        else:
            self._arrived.emit(summary, details)  # queued to the GUI thread

    def _show(self, summary: str, details: str) -> None:
        if self.showing:
            # A timer failing every second must not bury the user under dialogs; each one
            # is in the log.
            self.missed += 1
            return
        self.showing = True
        try:
            self._ask(summary, details)
        finally:
            self.showing = False

    def _ask(self, summary: str, details: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        self.last_box = box
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("crash", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "crash",
                "Something went wrong in Ducha and the last action could not be finished. "
                "What was saved before is safe; check whether the last change was saved.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "crash",
                "The error was written to Ducha's log file. If it happens again, press "
                "“Copy details” and send them to whoever looks after Ducha.\n\nError: {error}",
            ).format(error=_shorten(summary))
        )
        # The path is for whoever looks after Ducha: in the details, not the main text.
        log_line = QCoreApplication.translate("crash", "Log file: {path}").format(
            path=self.log_file
        )
        box.setDetailedText(f"{log_line}\n\n{details}")
        copy = box.addButton(
            QCoreApplication.translate("crash", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        # Any button closes a QMessageBox; "Copy details" copies and opens it again.
        while True:
            box.exec()
            if box.clickedButton() is not copy:
                break
            QApplication.clipboard().setText(f"{summary}\n{log_line}\n\n{details}")
            copy.setText(QCoreApplication.translate("crash", "Copied"))
        self.last_box = None

    def close(self) -> None:
        self.log.removeHandler(self.file_handler)
        self.file_handler.close()


def _shorten(text: str, limit: int = 300) -> str:
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def install(log_file: Path | None = None) -> CrashReporter:
    """Send every unhandled exception of the application to the reporter (run_gui only).

    Warnings and errors that other modules log go to the same file."""
    reporter = CrashReporter(log_file, QCoreApplication.instance())
    root = logging.getLogger()
    root.addHandler(reporter.file_handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.threading_hook
    return reporter


def report(exc: BaseException) -> None:
    """Hand an exception that was caught, but not expected, to the application's handler:
    the installed reporter in the application, pytest-qt's capture in the tests."""
    sys.excepthook(type(exc), exc, exc.__traceback__)
