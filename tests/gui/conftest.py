"""GUI fixtures: the application set up as users get it, on a small bureau."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from console.core.database import Database
from console.ui.app import ensure_app
from console.ui.context import AppContext
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="session")
def qapp():  # type: ignore[no-untyped-def]
    return ensure_app("en")


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> None:
    """Preferences go to a temp folder, never to the tester's own configuration."""
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "settings"))


@pytest.fixture
def bureau(db: Database) -> Bureau:
    with db.session() as s:
        return make_bureau(s)


@pytest.fixture
def make_ctx(db: Database) -> Iterator[Callable[..., AppContext]]:
    def build(user) -> AppContext:  # type: ignore[no-untyped-def]
        return AppContext(db, user, today=TODAY)

    yield build


_current_test = [0]  # which test is running: on_modal's polls end with their own test


@pytest.fixture(autouse=True)
def _numbered_test() -> None:
    _current_test[0] += 1


def on_modal(action: Callable[[QDialog], None], attempts: int = 50) -> None:
    """Run ``action`` on the next modal dialog once it is showing (exec() blocks the test).

    A poll left over from a test whose dialog never came stops there: it would otherwise
    act on the next test's modal dialog (a busy indicator, say) a moment later."""
    test = _current_test[0]

    def poll(left: int = attempts) -> None:
        if _current_test[0] != test:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            action(dialog)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
