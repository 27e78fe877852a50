"""The audit viewer as the audit administrator uses it: filters, the differences, export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from console.core.database import Database
from console.core.workspace import Workspace
from console.ui.main_window import MainWindow
from console.ui.pages.audit import AuditLogPage
from db.audit import record_event
from db.org import Person
from tests.factories import Bureau


def _changed(db: Database, b: Bureau) -> int:
    """张伟 renamed by the 督察队长, and a backup recorded by the system administrator."""
    person_id = b.people[0].id

    def rename(session) -> None:  # type: ignore[no-untyped-def]
        person = session.get(Person, person_id)
        person.name = "张卫"
        session.flush()

    Workspace(db, b.admin).run(rename)
    Workspace(db, b.sysadmin).run(lambda s: record_event(s, "backup", {"file": "b.sqlite"}))
    return person_id


def _page(qtbot: QtBot, make_ctx, user) -> AuditLogPage:  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(user))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(window.page_kinds.index("console.ui.pages.audit.AuditLogPage"))
    page = window.current_page()
    assert isinstance(page, AuditLogPage)
    return page


def _choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def test_only_the_audit_administrator_has_the_page(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    for user in (bureau.admin, bureau.sysadmin, bureau.secadmin, bureau.viewer):
        window = MainWindow(make_ctx(user))
        qtbot.addWidget(window)
        assert "console.ui.pages.audit.AuditLogPage" not in window.page_kinds
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Audit log" not in titles
    assert isinstance(_page(qtbot, make_ctx, bureau.auditor), AuditLogPage)


def test_filters_and_the_field_by_field_difference(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    person_id = _changed(db, bureau)
    page = _page(qtbot, make_ctx, bureau.auditor)
    assert page.entries.rowCount() > 5  # everything, newest first
    assert page.entries.row(0).object_label == "Backup"

    page.user.setEditText("admin")
    _choose(page.table_choice, "person")
    page.record.setText(str(person_id))
    _choose(page.action, "update")
    page.apply_button.click()
    assert page.entries.rowCount() == 1
    entry = page.entries.row(0)
    assert (entry.username, entry.action_label) == ("admin", "Changed")
    # The selected entry's changes, by label: what it was and what it became.
    rows = {
        page.changes.item(i, 0).text(): (
            page.changes.item(i, 1).text(),
            page.changes.item(i, 2).text(),
        )
        for i in range(page.changes.rowCount())
    }
    assert rows == {"Full name": ("张伟", "张卫")}
    assert page.changes.item(0, 2).font().bold()

    # Events: the backup, with its subject, object and result.
    page.user.setEditText("")
    page.record.clear()
    _choose(page.table_choice, None)
    _choose(page.action, "event")
    page.apply_button.click()
    shown = [page.entries.row(i) for i in range(page.entries.rowCount())]
    assert [(e.username, e.object_label, e.result) for e in shown] == [
        ("sysadmin", "Backup", "Done")
    ]

    # A time range before anything happened selects nothing.
    _choose(page.action, None)
    page.since.setDate(QDate(2001, 1, 1))
    page.until.setDate(QDate(2001, 12, 31))
    page.apply_button.click()
    assert page.entries.rowCount() == 0
    assert page.status.text() == "0 entries"


def test_pages_load_more_below_the_last_one(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, make_ctx, bureau.auditor)
    page.page_size = 3
    page.apply_button.click()
    assert page.entries.rowCount() == 3 and page.more_button.isEnabled()
    first = [page.entries.row(i).id for i in range(3)]
    page.more_button.click()
    ids = [page.entries.row(i).id for i in range(page.entries.rowCount())]
    assert ids[:3] == first and len(ids) == 6 and ids == sorted(ids, reverse=True)


def test_export_writes_the_selection_and_shows_in_the_log(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _changed(db, bureau)
    page = _page(qtbot, make_ctx, bureau.auditor)
    _choose(page.table_choice, "person")
    page.apply_button.click()
    shown = page.entries.rowCount()
    target = tmp_path / "审计"
    page.export_to(target)
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=10_000)
    written = target.with_suffix(".xlsx")
    assert page.export_result.text() == f"{shown} entries written to {written}"
    sheet = load_workbook(written).active
    assert sheet is not None and sheet.max_row == shown + 2  # title and header rows
    # The export itself is now in the log, under the audit administrator's name.
    _choose(page.table_choice, "audit_export")
    page.apply_button.click()
    assert page.entries.rowCount() == 1
    assert page.entries.row(0).username == "auditor"
