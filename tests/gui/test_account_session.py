"""The session on the desktop: forced password change before the console opens, the
expiry warning, the idle lock (driven by an injected clock), sign-out, and an
administrator unlocking and resetting accounts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.core.auth import LoginFailed, create_account
from console.core.database import Database
from console.core.sign_in import sign_in
from console.core.workspace import Workspace
from console.ui.dialogs.login import LoginDialog
from console.ui.dialogs.password import ChangePasswordDialog
from console.ui.main_window import MainWindow
from console.ui.pages.settings import SettingsPage
from db.accounts import UserAccount
from db.audit import AuditLog
from db.base import utcnow
from glossary import Role
from tests.factories import PASSWORD, Bureau
from tests.gui.conftest import on_modal


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _window(qtbot: QtBot, make_ctx, user, clock: FakeClock) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(user), clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _subjects(db: Database) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(r.table_name, r.username) for r in s.scalars(select(AuditLog))]


def test_idle_lock_hides_the_data_and_asks_for_the_password(
    qtbot: QtBot, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    window = _window(qtbot, make_ctx, bureau.supervisor, clock)
    clock.now += 14 * 60
    window.idle.check()
    assert not window.locked
    clock.now += 2 * 60  # 16 minutes untouched: over the default 15
    window.idle.check()
    assert window.locked
    assert not window.stack.isVisible() and not window.nav.isVisible()
    assert not window.menuBar().isEnabled()
    window.lock_screen.password.setText("not-it")
    window.lock_screen.unlock()
    assert window.locked and "Wrong user name or password" in window.lock_screen.error.text()
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.unlock()
    assert not window.locked and window.stack.isVisible() and window.menuBar().isEnabled()
    assert ("session_unlock", "sup") in _subjects(window.ctx.database)
    # Activity keeps it open: the clock restarts from the unlock, and from each key.
    clock.now += 10 * 60
    window.idle.check()
    assert not window.locked
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down)
    clock.now += 10 * 60  # 20 minutes since the unlock, 10 since the key
    window.idle.check()
    assert not window.locked


def test_sign_out_records_it_and_closes_for_the_next_sign_in(
    qtbot: QtBot, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.supervisor, FakeClock())
    window.sign_out_action.trigger()
    assert window.signed_out and not window.isVisible()
    assert ("sign_out", "sup") in _subjects(window.ctx.database)


def test_an_account_made_by_an_admin_changes_its_password_before_the_console_opens(
    qtbot: QtBot, db: Database, bureau: Bureau
) -> None:
    Workspace(db, bureau.sysadmin).run(
        create_account, bureau.sysadmin, "newsup", "新督察员", "Chosen-By-Admin1", Role.VIEWER
    )
    dialog = LoginDialog(db, "newsup", "Chosen-By-Admin1")
    qtbot.addWidget(dialog)

    def choose(change: QDialog) -> None:
        assert isinstance(change, ChangePasswordDialog)
        change.new.setText("Mine-Only-2026")
        change.repeat.setText("Mine-Only-2026")
        change.save()

    on_modal(choose)
    dialog.attempt()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.username == "newsup"
    with pytest.raises(LoginFailed):
        sign_in(db, "newsup", "Chosen-By-Admin1")


def test_refusing_the_forced_change_keeps_the_console_closed(
    qtbot: QtBot, db: Database, bureau: Bureau
) -> None:
    Workspace(db, bureau.sysadmin).run(
        create_account, bureau.sysadmin, "newsup", "新督察员", "Chosen-By-Admin1", Role.VIEWER
    )
    dialog = LoginDialog(db, "newsup", "Chosen-By-Admin1")
    qtbot.addWidget(dialog)
    on_modal(lambda change: change.reject())
    dialog.attempt()
    assert dialog.user is None and "administrator set this password" in dialog.error.text()


def test_the_expiry_warning_shows_in_the_last_days(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        acc = s.get(UserAccount, bureau.supervisor.id)
        assert acc is not None
        acc.password_changed_at = utcnow() - timedelta(days=86)
    dialog = LoginDialog(db, "sup", PASSWORD)
    qtbot.addWidget(dialog)
    dialog.attempt()
    assert dialog.user is not None and dialog.expires_in_days == 4
    window = _window(qtbot, make_ctx, dialog.user, FakeClock())
    window.warn_password_expiry(dialog.expires_in_days)
    assert window.password_warning.isVisible()
    assert "expires in 4 day" in window.password_warning.text()


def test_changing_ones_own_password_from_the_menu(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.supervisor, FakeClock())

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        dialog.old.setText(PASSWORD)
        dialog.new.setText("Next#Season-27")
        dialog.repeat.setText("Next#Season-27")
        dialog.save()

    on_modal(change)
    window.change_password_action.trigger()
    assert sign_in(db, "sup", "Next#Season-27").user.username == "sup"


def test_an_administrator_unlocks_a_locked_account_from_settings(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        with pytest.raises(LoginFailed):
            sign_in(db, "sup", "wrong-again")
    page = SettingsPage(make_ctx(bureau.secadmin))
    qtbot.addWidget(page)
    page.refresh()
    page.select_account(bureau.supervisor.id)
    assert page.unlock_button.isEnabled()
    row = page.current_account()
    assert row is not None and "Locked until" in page._sign_in_state(row)
    page.unlock_button.click()
    assert not page.unlock_button.isEnabled()
    assert ("account_unlock", "secadmin") in _subjects(db)
    assert sign_in(db, "sup", PASSWORD).user.username == "sup"


def test_an_administrator_sets_the_policy_and_the_idle_lock_follows_it(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(make_ctx(bureau.secadmin))
    qtbot.addWidget(page)
    page.refresh()
    panel = page.account_policy
    assert panel.fields["max_failures"].value() == 5
    panel.fields["idle_minutes"].setValue(5)
    panel.save()
    assert panel.saved.text() == "Saved." and not panel.errors.text()
    clock = FakeClock()
    window = _window(qtbot, make_ctx, bureau.supervisor, clock)
    clock.now += 5 * 60
    window.idle.check()
    assert window.locked
    viewer = SettingsPage(make_ctx(bureau.viewer))
    qtbot.addWidget(viewer)
    viewer.refresh()
    assert viewer.account_policy.save_button.isHidden()


def test_an_administrator_resets_a_password_from_settings(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    from console.core.auth import PasswordChangeRequired
    from console.ui.dialogs.password import ResetPasswordDialog

    page = SettingsPage(make_ctx(bureau.secadmin))
    qtbot.addWidget(page)
    page.refresh()
    page.select_account(bureau.supervisor.id)

    def reset(dialog: QDialog) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        dialog.password.setText("123456")
        dialog.repeat.setText("123456")
        dialog.save()  # refused: the rules apply to a temporary password too
        assert "at least 8 characters" in dialog.error.text()
        dialog.password.setText("Temporary-Pass9")
        dialog.repeat.setText("Temporary-Pass9")
        dialog.save()

    on_modal(reset)
    page.reset_password_button.click()
    row = page.current_account()
    assert row is not None and page._sign_in_state(row) == "Must change password"
    with pytest.raises(PasswordChangeRequired):
        sign_in(db, "sup", "Temporary-Pass9")
