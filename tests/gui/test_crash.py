"""An exception never vanishes: in the application it is logged and shown; in the tests an
exception escaping a slot, a timer or a background task fails the test (pytest-qt)."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from console.core.errors import DuchaError
from console.ui import crash
from console.ui.crash import CrashReporter
from console.ui.tasks import run_in_background
from tests.gui.conftest import on_modal


def a_failing_step() -> None:
    raise KeyError("unit 42")


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[CrashReporter]:
    r = CrashReporter(tmp_path / "logs" / "ducha.log")
    yield r
    r.close()


def test_the_tests_keep_pytest_qts_hook(qapp: QApplication) -> None:
    """ensure_app (what the tests use) installs no handler of ours: pytest-qt's stays."""
    assert not isinstance(getattr(sys.excepthook, "__self__", None), CrashReporter)


def test_a_slot_exception_is_caught_by_pytest_qt(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(a_failing_step)
    with qtbot.captureExceptions() as exceptions:
        button.click()
    assert [type(e[1]) for e in exceptions] == [KeyError]


def test_a_timer_exception_is_caught_by_pytest_qt(qtbot: QtBot) -> None:
    with qtbot.captureExceptions() as exceptions:
        QTimer.singleShot(0, a_failing_step)
        qtbot.waitUntil(lambda: bool(exceptions))
    assert type(exceptions[0][1]) is KeyError


def test_a_background_bug_reaches_the_handler_after_the_page_recovers(qtbot: QtBot) -> None:
    owner = QObject()
    heard: list[Exception] = []
    with qtbot.captureExceptions() as exceptions:
        run_in_background(owner, a_failing_step, lambda _r: None, heard.append)
        qtbot.waitUntil(lambda: bool(exceptions))
    assert [type(e) for e in heard] == [KeyError]  # the page got it back first
    exc_type, exc, tb = exceptions[0]
    assert exc_type is KeyError and exc is heard[0]
    # The worker's traceback came along: the handler shows where it failed.
    assert "a_failing_step" in "".join(traceback.format_tb(tb))


def test_a_refusal_in_the_background_goes_to_the_page_only(qtbot: QtBot) -> None:
    owner = QObject()
    heard: list[Exception] = []

    def refused() -> None:
        raise DuchaError("the month is locked")

    with qtbot.captureExceptions() as exceptions:
        run_in_background(owner, refused, lambda _r: None, heard.append)
        qtbot.waitUntil(lambda: bool(heard))
        qtbot.wait(50)
    assert [str(e) for e in heard] == ["the month is locked"]
    assert exceptions == []


def test_an_answer_for_a_closed_page_is_dropped_but_a_bug_is_still_reported(
    qtbot: QtBot,
) -> None:
    import threading

    from shiboken6 import delete

    release = threading.Event()
    heard: list[object] = []

    def slow_failure() -> None:
        release.wait(5)
        a_failing_step()

    owner = QObject()
    with qtbot.captureExceptions() as exceptions:
        run_in_background(owner, slow_failure, heard.append, heard.append)
        delete(owner)  # the page is closed while the work is still running
        release.set()
        qtbot.waitUntil(lambda: bool(exceptions))
    assert heard == []  # nobody left to tell
    assert exceptions[0][0] is KeyError  # but the bug reaches the handler and the log


def test_the_handler_logs_the_traceback_and_shows_a_dialog_whose_details_copy(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    seen: dict[str, str] = {}

    def copy_details(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text() + box.informativeText()
        seen["details"] = box.detailedText()
        # A second failure while the dialog is open is logged, not stacked on top of it.
        try:
            a_failing_step()
        except KeyError as exc:
            reporter.excepthook(KeyError, exc, exc.__traceback__)
        button = next(b for b in box.buttons() if b.text() == "Copy details")
        on_modal(close)  # the dialog opens again after copying
        button.click()

    def close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen["button after copying"] = next(
            b.text() for b in box.buttons() if b.text().startswith("Cop")
        )
        box.button(QMessageBox.StandardButton.Close).click()

    on_modal(copy_details)
    try:
        a_failing_step()
    except KeyError as exc:
        reporter.excepthook(KeyError, exc, exc.__traceback__)

    assert "could not be finished" in seen["text"] and "KeyError: 'unit 42'" in seen["text"]
    # The log file's path is for the details, not for the main text.
    assert str(reporter.log_file) not in seen["text"]
    assert str(reporter.log_file) in seen["details"] and "a_failing_step" in seen["details"]
    assert seen["button after copying"] == "Copied"
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "a_failing_step" in copied
    log = reporter.log_file.read_text(encoding="utf-8")
    assert log.count("ERROR ducha.crash: Unhandled exception") == 2
    assert "a_failing_step" in log and "KeyError: 'unit 42'" in log
    assert reporter.missed == 1 and not reporter.showing


def test_an_exception_in_a_python_thread_is_logged_and_shown_on_the_gui_thread(
    qtbot: QtBot, reporter: CrashReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(threading, "excepthook", reporter.threading_hook)
    shown: list[str] = []

    def note_and_close(box: QDialog) -> None:
        shown.append(box.windowTitle())
        box.reject()

    worker = threading.Thread(target=a_failing_step, name="exporter")
    worker.start()
    worker.join()
    # The report crosses to the GUI thread as a queued call: the box can only open once
    # the event loop runs below, by which time the watcher is waiting for it.
    on_modal(note_and_close, attempts=1500)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown == ["Unexpected error"]
    log = reporter.log_file.read_text(encoding="utf-8")
    assert "in thread exporter" in log and "a_failing_step" in log


def test_install_routes_both_hooks_and_the_root_logger_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Restored afterwards, so that pytest-qt's hook is back for the next test.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    monkeypatch.setattr(root, "level", root.level)
    installed = crash.install(tmp_path / "ducha.log")
    try:
        assert getattr(sys.excepthook, "__self__", None) is installed
        assert getattr(threading.excepthook, "__self__", None) is installed
        logging.getLogger("console.somewhere").warning("a file could not be read")
        installed.file_handler.flush()
        assert "a file could not be read" in (tmp_path / "ducha.log").read_text(encoding="utf-8")
    finally:
        root.removeHandler(installed.file_handler)
        installed.close()
        installed.deleteLater()
