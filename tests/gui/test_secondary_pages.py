"""The Performance, Integrity, Training, Reports and Settings pages on a small bureau."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.core.auth import User
from console.core.database import Database
from console.core.units import list_units
from console.ui import tables
from console.ui.context import AppContext
from console.ui.pages.integrity import ALL_OPEN, OVERDUE_COLOUR, IntegrityPage
from console.ui.pages.performance import PerformancePage
from console.ui.pages.reports import ReportsPage
from console.ui.pages.settings import AccountDialog, SettingsPage
from console.ui.pages.training import TrainingPage
from console.ui.settings_store import stored_language
from db.accounts import UserAccount
from db.audit import AuditLog
from glossary import EventStatus, FindingStatus, Role
from tests.factories import PASSWORD, Bureau
from tests.records import Records, populate

MakeCtx = Callable[[User], AppContext]  # tests/gui/conftest.py: the context of a user


@pytest.fixture
def records(db: Database, bureau: Bureau) -> Records:
    """The month of tests/unit/test_pages_services.py on the GUI tests' bureau."""
    with db.session() as session:
        return populate(session, bureau)


def cells(page: Any, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


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
    # The box after an export (with 打开文件 / 打开所在文件夹) is an information too.
    monkeypatch.setattr(
        tables, "show_written", lambda _p, _path, text: shown.append(("information", text))
    )
    return shown


# --- Performance -------------------------------------------------------------------


def test_performance_page_lists_the_months_events(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, records: Records
) -> None:
    page = PerformancePage(make_ctx(bureau.supervisor))
    qtbot.addWidget(page)
    page.refresh()
    page.tabs.setCurrentWidget(page.entries_tab)  # the ledger is read when its tab shows
    entries = page.entries_tab
    assert entries.model.rowCount() == 6
    assert cells(entries, 2) == ["张伟", "王芳", "李娜", "", "", "刘洋"]
    assert cells(entries, 7) == ["+2.00", "-1.00", "+4.00", "-3.00", "+2.00", "+2.00"]
    summary = entries.summary.text()
    assert summary.startswith("6 entries in 2026-11")
    assert "approved awards +8.00, approved deductions -3.00" in summary
    assert "1 awaiting approval" in summary
    assert page.pending_tile.value_text() == "1"
    assert page.average_tile.value_text() == "101.50"

    entries.status.setCurrentIndex(entries.status.findData(EventStatus.PENDING))
    assert cells(entries, 2) == ["王芳"]
    entries.status.setCurrentIndex(0)
    entries.search.setText("城西")
    assert cells(entries, 2) == ["李娜", "", "刘洋"]
    assert entries.count.text() == "3 of 6 entries"


def test_performance_page_of_a_squad_leader(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, records: Records
) -> None:
    page = PerformancePage(make_ctx(bureau.leader))
    qtbot.addWidget(page)
    page.refresh()
    page.tabs.setCurrentWidget(page.entries_tab)
    assert sorted(cells(page.entries_tab, 2)) == ["", "张伟", "王芳"]
    assert set(cells(page.entries_tab, 3)) == {"城东中队"}


# --- Integrity ---------------------------------------------------------------------


def test_integrity_page_findings_and_figures(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, records: Records
) -> None:
    page = IntegrityPage(make_ctx(bureau.admin))
    qtbot.addWidget(page)
    page.refresh()
    # It opens on the open and overdue findings, of whatever month.
    assert page.findings.scope.currentData() == ALL_OPEN
    assert page.model.rowCount() == 5
    page.findings.scope.setCurrentIndex(page.findings.scope.findData("month"))
    assert page.model.rowCount() == 2  # found this month: F1, F2
    assert page.inspections_tile.value_text() == "3"
    assert page.overdue_tile.value_text() == "2"
    assert page.rate_tile.value_text() == "33%"
    assert page.pledge_tile.value_text() == "75%"

    page.findings.scope.setCurrentIndex(page.findings.scope.findData(ALL_OPEN))
    assert page.model.rowCount() == 5
    ids = [page.proxy.row_at(r).id for r in range(page.proxy.rowCount())]
    overdue = {records.findings["F1"], records.findings["F6"]}
    for r, finding_id in enumerate(ids):
        brush = page.proxy.index(r, 1).data(Qt.ItemDataRole.ForegroundRole)
        if finding_id in overdue:
            assert brush.color().name() == OVERDUE_COLOUR
        else:
            assert brush is None

    page.findings.status.setCurrentIndex(page.findings.status.findData(FindingStatus.SENT_BACK))
    assert page.proxy.rowCount() == 2  # F6 and F5


def test_integrity_page_of_a_squad_leader(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, records: Records
) -> None:
    page = IntegrityPage(make_ctx(bureau.leader))
    qtbot.addWidget(page)
    page.findings.scope.setCurrentIndex(page.findings.scope.findData(ALL_OPEN))
    page.refresh()
    assert set(cells(page.findings, 1)) == {"城东中队"}
    assert page.proxy.rowCount() == 3


# --- Training ----------------------------------------------------------------------


def test_training_page_lists_the_years_sessions(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, records: Records
) -> None:
    page = TrainingPage(make_ctx(bureau.viewer))
    qtbot.addWidget(page)
    page.refresh()
    sessions = page.sessions_tab
    assert cells(sessions, 2) == ["行政处罚法专题", "执法技能练兵", "年终法律培训"]
    assert cells(sessions, 7) == ["2", "2", "0"]  # present
    assert cells(sessions, 8) == ["1", "0", "0"]  # absent
    assert page.sessions_tile.value_text() == "2"
    assert page.attendance_tile.value_text() == "4"
    # 14 hours over the four people on strength (刘洋 has left).
    assert page.hours_tile.value_text() == "3.5 h"
    # Officers 张伟 (4 legal hours) and 李娜 (none): both behind on 22 November.
    assert page.pace_tile.value_text() == "0.0%"


# --- Reports -----------------------------------------------------------------------


def test_reports_page_exports_the_roster(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    bureau: Bureau,
    records: Records,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    page = ReportsPage(make_ctx(bureau.supervisor))
    qtbot.addWidget(page)
    page.refresh()
    assert "4 people on strength" in page.description.text()
    target = tmp_path / "export" / "roster"  # no suffix: the page adds .xlsx
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    written = target.with_suffix(".xlsx")
    assert messages == [("information", f"The roster was written to\n{written}")]
    assert page.export_button.isEnabled()
    ws = load_workbook(written).active
    assert ws is not None
    assert ws["A1"].value.startswith("测试市综合行政执法局 personnel roster")
    names = [ws.cell(row=r, column=2).value for r in range(3, ws.max_row + 1)]
    assert names == ["张伟", "王芳", "李娜", "陈静"]  # 刘洋 has left
    # The export is in the audit log: who took the roster out, to which file, how many.
    with page.ctx.database.session() as session:
        after = session.scalars(
            select(AuditLog.after).where(
                AuditLog.table_name == "export", AuditLog.username == "sup"
            )
        ).one()
    assert '"file": "roster.xlsx"' in (after or "") and '"rows": 4' in (after or "")


def test_reports_page_shows_why_a_roster_could_not_be_written(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    bureau: Bureau,
    records: Records,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    page = ReportsPage(make_ctx(bureau.supervisor))
    qtbot.addWidget(page)
    page.refresh()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    target = blocker / "roster.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_roster()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    kind, text = messages[0]
    assert kind == "warning" and f"Cannot write {target}" in text
    assert page.export_button.isEnabled()


def test_cancelled_export_writes_nothing(
    qtbot: QtBot,
    db: Database,
    make_ctx: MakeCtx,
    bureau: Bureau,
    records: Records,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    page = ReportsPage(make_ctx(bureau.supervisor))
    qtbot.addWidget(page)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    page.export_roster()
    assert messages == [] and page.last_written is None


# --- Settings ----------------------------------------------------------------------


def account_count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(UserAccount.id))) or 0


def is_active(db: Database, account_id: int) -> bool:
    with db.session() as session:
        acc = session.get(UserAccount, account_id)
        assert acc is not None
        return acc.active


def test_settings_page_lists_accounts_and_toggles_them(
    qtbot: QtBot,
    db: Database,
    make_ctx: MakeCtx,
    bureau: Bureau,
    records: Records,
    messages: list[tuple[str, str]],
) -> None:
    page = SettingsPage(make_ctx(bureau.sysadmin))
    qtbot.addWidget(page)
    page.refresh()
    assert [page.accounts_proxy.index(r, 0).data() for r in range(7)] == [
        "admin",
        "auditor",
        "lead",
        "secadmin",
        "sup",
        "sysadmin",
        "view",
    ]
    assert page.accounts_proxy.index(2, 2).data() == "Squad leader"
    assert page.accounts_proxy.index(1, 3).data() == "Audit administrator"
    assert not page.disable_button.isEnabled()  # nothing selected yet

    page.select_account(bureau.supervisor.id)
    assert page.disable_button.isEnabled() and not page.enable_button.isEnabled()
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert not is_active(db, bureau.supervisor.id)
    assert page.current_account().id == bureau.supervisor.id  # still selected after the reload
    assert page.enable_button.isEnabled()
    qtbot.mouseClick(page.enable_button, Qt.MouseButton.LeftButton)
    assert is_active(db, bureau.supervisor.id)

    page.select_account(bureau.sysadmin.id)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert messages == [("warning", "• You cannot disable your own account.")]
    assert is_active(db, bureau.sysadmin.id)


def test_settings_page_is_read_only_for_others(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, records: Records
) -> None:
    for user in (bureau.viewer, bureau.admin, bureau.auditor):
        page = SettingsPage(make_ctx(user))
        qtbot.addWidget(page)
        page.refresh()
        assert page.accounts.rowCount() == 7
        for button in (
            page.add_account_button,
            page.disable_button,
            page.enable_button,
            page.role_button,
        ):
            assert button.isHidden()
        assert not page.combined.isEnabled()


def fill(dialog: AccountDialog, username: str, password: str, repeat: str) -> None:
    dialog.username.setText(username)
    dialog.display_name.setText("新督察员")
    dialog.password.setText(password)
    dialog.repeat.setText(repeat)


def test_account_dialog_refuses_bad_input_without_writing(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, records: Records
) -> None:
    ctx = make_ctx(bureau.sysadmin)
    with db.session() as session:
        units = list_units(session, bureau.sysadmin)
    dialog = AccountDialog(ctx, units)
    qtbot.addWidget(dialog)
    before = account_count(db)

    fill(dialog, "newsup", PASSWORD, "secret2")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.errors["repeat"].isHidden()
    assert dialog.errors["repeat"].text() == "The two passwords differ."
    assert account_count(db) == before

    fill(dialog, "sup", PASSWORD, PASSWORD)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["repeat"].isHidden()
    assert dialog.errors["username"].text() == "This user name is taken."
    assert account_count(db) == before

    # The system administrator adds accounts; their roles are the security administrator's.
    fill(dialog, "lead2", PASSWORD, PASSWORD)
    assert not dialog.role.isEnabled() and dialog.role.currentData() == Role.VIEWER
    dialog.unit.setCurrentIndex(dialog.unit.findData(bureau.east.id))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.unit_id == bureau.east.id
    assert dialog.created.role == Role.VIEWER
    assert account_count(db) == before + 1


def test_language_choice_is_stored_for_the_next_start(
    qtbot: QtBot, make_ctx: MakeCtx, bureau: Bureau, records: Records
) -> None:
    page = SettingsPage(make_ctx(bureau.viewer))
    qtbot.addWidget(page)
    page.refresh()
    assert stored_language() is None and page.language.currentData() is None
    page.language.setCurrentIndex(page.language.findData("en"))
    assert stored_language() == "en"
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    assert stored_language() == "zh_CN"
    page.refresh()
    assert page.language.currentData() == "zh_CN"
    page.language.setCurrentIndex(0)
    assert stored_language() is None


def test_database_facts_and_backup(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau, records: Records
) -> None:
    supervisors_page = SettingsPage(make_ctx(bureau.supervisor))
    qtbot.addWidget(supervisors_page)
    supervisors_page.refresh()
    assert supervisors_page.backup_button.isHidden()  # a backup copies every unit's data
    page = SettingsPage(make_ctx(bureau.admin))
    qtbot.addWidget(page)
    page.refresh()
    assert page.backend_value.text() == "SQLite"
    assert page.location_value.text() == db.description
    assert page.people_value.text() == "5"
    assert page.events_value.text() == "7"
    number = int(str(db.upgrade.to_revision).split("_", 1)[0])
    assert page.revision_value.text() == f"Version {number}"  # no migration's file name
    assert page.backup_button.isEnabled()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=10_000)
    text = page.backup_result.text()
    assert text.startswith("Backup written to ")
    backup = Path(text.removeprefix("Backup written to "))
    assert backup.exists() and backup.parent == Path(db.url.database).parent / "backups"


def test_admin_sets_the_grade_scheme(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau
) -> None:
    from console.core.scoring.settings import THRESHOLD, load_settings

    page = SettingsPage(make_ctx(bureau.admin))
    qtbot.addWidget(page)
    page.refresh()
    panel = page.scoring
    panel.fail_below.setValue(96)  # above the basic-pass line: refused, nothing saved
    panel.save()
    assert not panel.form.errors["thresholds"].isHidden()
    panel.fail_below.setValue(85)
    panel.mode.setCurrentIndex(panel.mode.findData(THRESHOLD))
    panel.save()
    with db.session() as s:
        saved = load_settings(s)
    assert (saved.grade_mode, saved.fail_below) == (THRESHOLD, 85)
    viewer_page = SettingsPage(make_ctx(bureau.viewer))
    qtbot.addWidget(viewer_page)
    viewer_page.refresh()
    assert not viewer_page.scoring.mode.isEnabled()
    assert viewer_page.scoring.save_button.isHidden()
