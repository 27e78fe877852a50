"""Settings → Accounts for the separated administrators: roles and duties, the combined
setting, and a bureau's first system administrator."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.core.auth import create_account
from console.core.database import Database
from console.core.units import list_units
from console.ui.dialogs.account_role import AccountRoleDialog, FirstAdministratorDialog
from console.ui.pages.settings import SettingsPage
from db.accounts import UserAccount
from glossary import Duty, Role
from tests.factories import PASSWORD, Bureau


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes recorded instead of shown: (kind, text)."""
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Any:
        def box(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def _stored(db: Database, username: str) -> tuple[Role, str]:
    with db.session() as session:
        acc = session.scalar(select(UserAccount).where(UserAccount.username == username))
        assert acc is not None
        return acc.role, acc.duties


def _row(page: SettingsPage, username: str):  # type: ignore[no-untyped-def]
    return next(a for a in page.accounts.rows() if a.username == username)


def test_security_administrator_gives_a_role_in_the_dialog(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(bureau.secadmin)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.role_button.isHidden()
    assert page.add_account_button.isHidden()  # adding accounts is not theirs
    with db.session() as session:
        units = list_units(session, bureau.secadmin)

    dialog = AccountRoleDialog(ctx, _row(page, "view"), units)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SQUAD_LEADER))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.errors["unit"].text() == "A squad leader must be given a unit."
    dialog.unit.setCurrentIndex(dialog.unit.findData(bureau.east.id))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _stored(db, "view") == (Role.SQUAD_LEADER, "")

    # Two duties for one person: refused beside the field while the bureau keeps them apart.
    page.refresh()
    dialog = AccountRoleDialog(ctx, _row(page, "sysadmin"), units)
    qtbot.addWidget(dialog)
    dialog.duty_boxes[Duty.AUDIT].setChecked(True)
    assert not dialog.role.isEnabled() and dialog.role.currentData() == Role.VIEWER
    dialog.save()
    assert "only one administrator duty" in dialog.form.errors["duties"].text()
    assert _stored(db, "sysadmin") == (Role.VIEWER, "system")


def test_the_combined_setting_is_a_checkbox_and_refuses_while_doubled(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx, messages
) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(make_ctx(bureau.sysadmin))
    qtbot.addWidget(page)
    page.refresh()
    assert page.combined.isEnabled() and not page.combined.isChecked()
    page.combined.click()
    assert page.combined.isChecked()
    with db.session() as session:
        acc = session.scalar(select(UserAccount).where(UserAccount.username == "auditor"))
        assert acc is not None
        acc.duties = "audit,security"
        session.commit()
    page.combined.click()  # turning it off while the auditor holds two
    assert page.combined.isChecked()
    assert messages and "auditor" in messages[-1][1]


def test_the_chief_appoints_the_first_system_administrator(
    qtbot: QtBot, db: Database, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    from db.org import Unit
    from glossary import UnitKind

    with db.session() as session:
        session.add(Unit(name="某局", kind=UnitKind.BUREAU, sort_order=0))
        session.commit()
        chief = create_account(session, None, "chief", "队长", PASSWORD, Role.ADMIN)
        session.commit()
    ctx = make_ctx(chief)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.appoint_button.isHidden()
    dialog = FirstAdministratorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.username.setText("it")
    dialog.display_name.setText("信息员")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _stored(db, "it") == (Role.VIEWER, "security,system")
    page.refresh()
    assert page.appoint_button.isHidden() and page.combined.isChecked()


def test_first_run_creates_the_chief_and_the_system_administrator(
    qtbot: QtBot, db: Database
) -> None:
    from console.ui.dialogs.login import FirstAdminDialog

    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.bureau.setText("江北区综合行政执法局")
    dialog.display_name.setText("队长")
    dialog.password.setText("Long-Pass-2026")
    dialog.repeat.setText("Long-Pass-2026")
    dialog.admin_username.setText("it")
    dialog.admin_password.setText("Other-Pass-2026")
    dialog.admin_repeat.setText("Other-Pass-202")
    dialog.defaults.setChecked(False)
    dialog.attempt()
    assert dialog.user is None and "two passwords differ" in dialog.error.text()
    dialog.admin_repeat.setText("Other-Pass-2026")
    dialog.attempt()
    assert dialog.user is not None and dialog.user.role == Role.ADMIN
    assert _stored(db, "it") == (Role.VIEWER, "security,system")
