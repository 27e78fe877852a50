"""PySide6 6.12 on Python 3.11 takes a reference away from None with every void call and
from True with every signal emitted; the console keeps these objects alive regardless
(console/ui/singletons.py), so a long event-pumping loop or session never aborts the
interpreter with "deallocating None" or "deallocating True or False"."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

import console.ui  # noqa: F401  (the import is what keeps None, True and False alive)

ROOT = Path(__file__).resolve().parents[2]
CALLS = 10_000


class _Emitter(QObject):
    said = Signal(bool)


def test_void_calls_do_not_spend_nones(qapp: QApplication) -> None:
    for _ in range(CALLS):
        QCoreApplication.processEvents()  # returns None: one reference lost per call
    # Without the fix a few tens of thousands, and CALLS fewer after every such loop.
    assert sys.getrefcount(None) > 1 << 30


def test_emits_leave_true_and_false_alive(qapp: QApplication) -> None:
    emitter = _Emitter()
    emitter.said.connect(lambda _: None)
    for _ in range(CALLS):
        emitter.said.emit(False)  # emit() returns True: one reference lost per call
    assert sys.getrefcount(True) > 1 << 30
    assert sys.getrefcount(False) > 1 << 30


PUMP = """
    import console.ui
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QWidget

    class Emitter(QObject):
        said = Signal(bool)

    app = QApplication([])
    window = QWidget()
    window.show()
    emitter = Emitter()
    emitter.said.connect(lambda _: None)
    for _ in range(200_000):
        QCoreApplication.processEvents()
        emitter.said.emit(True)
    t = QTimer()
    t.setSingleShot(True)
    t.start(20)
    while t.isActive():
        app.processEvents()
    window.close()
    print("survived")
"""


def test_a_long_pumping_loop_survives_to_a_clean_exit() -> None:
    # In a child: without the fix the child aborts (SIGABRT) in the loop or at exit.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(PUMP)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Fatal Python error" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
