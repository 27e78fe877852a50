"""At start, the audit check runs in the background and warns, naming what differs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from console.core.database import Database
from console.ui.tamper_warning import TamperWarning
from tests.factories import Bureau

MakeCtx = Callable[..., object]


@pytest.fixture(autouse=True)
def settle(qtbot: QtBot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)


def _raw(db: Database, sql: str, row: int) -> None:
    """An edit outside the application."""
    with db.engine.begin() as conn:
        conn.execute(text(sql), {"i": row})


def _check(qtbot: QtBot, make_ctx: MakeCtx, user: object) -> TamperWarning:
    window = QWidget()
    qtbot.addWidget(window)
    warning = TamperWarning(make_ctx(user), window)  # type: ignore[arg-type]
    with qtbot.waitSignal(warning.finished, timeout=20_000):
        warning.start()
    return warning


def test_all_well_shows_nothing(qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau) -> None:
    warning = _check(qtbot, make_ctx, bureau.admin)
    assert warning.box is None


def test_an_edit_outside_is_named_in_a_warning(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, db: Database
) -> None:
    _raw(db, "UPDATE person SET name = '王五' WHERE id = :i", bureau.people[0].id)
    _raw(db, "UPDATE user_account SET role = 'admin' WHERE id = :i", bureau.viewer.id)
    warning = _check(qtbot, make_ctx, bureau.admin)
    assert warning.box is not None and warning.box.isVisible()
    assert not warning.box.isModal()  # the window stays usable
    shown = warning.box.informativeText()
    assert f"Person #{bureau.people[0].id}: Full name was changed" in shown and "王五" in shown
    assert f"Account #{bureau.viewer.id}: Role was changed" in shown


def test_others_learn_of_it_without_the_values(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, db: Database
) -> None:
    _raw(db, "UPDATE person SET name = '王五' WHERE id = :i", bureau.people[0].id)
    warning = _check(qtbot, make_ctx, bureau.viewer)
    assert warning.box is not None
    shown = warning.box.informativeText()
    assert "1 differences from the audit log" in shown and "王五" not in shown


def test_the_audit_administrator_reads_what_differs(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, db: Database
) -> None:
    _raw(db, "UPDATE person SET name = '王五' WHERE id = :i", bureau.people[0].id)
    warning = _check(qtbot, make_ctx, bureau.auditor)
    assert warning.box is not None and "王五" in warning.box.informativeText()


def test_a_check_that_cannot_finish_warns_instead_of_passing_in_silence(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.ui import tamper_warning

    def broken(session: object) -> None:
        # An expected failure (a database that cannot be read); an unexpected one also
        # reaches the crash handler.
        raise OSError("disk I/O error")

    monkeypatch.setattr(tamper_warning, "verify_audit", broken)
    window = QWidget()
    qtbot.addWidget(window)
    warning = TamperWarning(make_ctx(bureau.admin), window)  # type: ignore[arg-type]
    with qtbot.waitSignal(warning.finished, timeout=20_000):
        warning.start()
    assert warning.box is not None and warning.box.isVisible()
    assert "could not finish" in warning.box.text()


def test_asked_from_the_help_menu_a_clean_check_says_so(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    warning = TamperWarning(make_ctx(bureau.admin), window, report_ok=True)  # type: ignore[arg-type]
    with qtbot.waitSignal(warning.finished, timeout=20_000):
        warning.start()
    assert warning.box is not None and "every record matches it" in warning.box.text()
