"""The audit viewer's core: filters, keyset paging, differences in the users' words, export."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from console.core.audit_log import (
    EVENT,
    AuditFilter,
    audit_page,
    export_audit_log,
    iter_entries,
)
from console.core.database import Database
from console.core.workspace import Workspace
from db.audit import AuditLog, record_event
from db.base import utcnow
from db.org import Person
from exports.audit_xlsx import write_audit_log
from glossary import AuditAction
from tests.factories import Bureau, make_bureau

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def bureau(db: Database) -> Bureau:
    with db.sessions() as session:
        return make_bureau(session)


@pytest.fixture
def changed(db: Database, bureau: Bureau) -> Bureau:
    """张伟 renamed and moved to 城西中队 by the 督察队长; a backup event by the system
    administrator."""
    person_id, west = bureau.people[0].id, bureau.west.id

    def edit(session: Session) -> None:
        person = session.get(Person, person_id)
        assert person is not None
        person.name, person.unit_id = "张卫", west
        session.flush()

    Workspace(db, bureau.admin).run(edit)
    Workspace(db, bureau.sysadmin).run(
        lambda s: record_event(s, "backup", {"file": "b.sqlite", "result": "ok"})
    )
    return bureau


def _read(db: Database, b: Bureau, f: AuditFilter, after: int | None = None, size: int = 200):  # type: ignore[no-untyped-def]
    return Workspace(db, b.auditor).read(audit_page, b.auditor, f, after, size)


def test_an_update_shows_field_by_field_in_the_users_words(db: Database, changed: Bureau) -> None:
    person = changed.people[0]
    page = _read(db, changed, AuditFilter(table="person", record_id=person.id, action="update"))
    assert len(page.entries) == 1
    entry = page.entries[0]
    assert entry.username == "admin" and entry.action_label == "Changed"
    assert entry.object_label == f"Person {person.id}"
    diff = {c.label: (c.before, c.after) for c in entry.changes}
    # Labels, not column names; units by name, not by id; bookkeeping left out.
    assert diff["Full name"] == ("张伟", "张卫")
    assert diff["Unit"] == ("城东中队", "城西中队")
    assert "row_version" not in {c.field for c in entry.changes}


def test_filters_by_user_table_action_and_time(db: Database, changed: Bureau) -> None:
    by_admin = _read(db, changed, AuditFilter(username="admin")).entries
    assert by_admin and {e.username for e in by_admin} == {"admin"}
    units = _read(db, changed, AuditFilter(table="unit", action=AuditAction.INSERT)).entries
    assert len(units) == 4 and {e.table for e in units} == {"unit"}
    events = _read(db, changed, AuditFilter(action=EVENT)).entries
    assert [(e.object_label, e.username, e.result) for e in events] == [
        ("Backup", "sysadmin", "Done")
    ]
    assert {c.label: c.after for c in events[0].changes}["File"] == "b.sqlite"
    future = utcnow() + timedelta(days=1)
    assert not _read(db, changed, AuditFilter(since=future)).entries
    assert _read(db, changed, AuditFilter(until=future)).entries
    assert not _read(db, changed, AuditFilter(until=utcnow() - timedelta(days=1))).entries


def test_pages_follow_each_other_without_gaps_or_repeats(db: Database, changed: Bureau) -> None:
    everything = _read(db, changed, AuditFilter(), size=10_000).entries
    seen: list[int] = []
    after = None
    while True:
        page = _read(db, changed, AuditFilter(), after, size=7)
        seen += [e.id for e in page.entries]
        if page.next_after_id is None:
            break
        after = page.next_after_id
    assert seen == [e.id for e in everything] == sorted(seen, reverse=True)
    assert len(seen) > 14  # several pages were read


def test_export_writes_the_selection_and_is_itself_audited(
    db: Database, changed: Bureau, tmp_path: Path
) -> None:
    ws = Workspace(db, changed.auditor)
    f = AuditFilter(table="person")
    target = tmp_path / "审计日志.xlsx"
    rows = export_audit_log(
        ws, f, lambda entries: write_audit_log(entries, target, "审计日志")[1], target.name
    )
    expected = len(ws.read(lambda s: list(iter_entries(s, changed.auditor, f))))
    assert rows == expected > 0
    sheet = load_workbook(target).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert len(values) == rows
    assert any("Full name: 张伟 → 张卫" in str(v[6]) for v in values)
    exports = ws.read(audit_page, changed.auditor, AuditFilter(table="audit_export")).entries
    assert len(exports) == 1 and exports[0].username == "auditor"
    with db.sessions() as session:
        details = json.loads(
            session.scalars(
                select(AuditLog.after).where(AuditLog.table_name == "audit_export")
            ).one()
            or "{}"
        )
    assert details["rows"] == rows and details["filter"] == {"table": "person"}


def test_export_by_anyone_else_is_refused_and_writes_nothing(
    db: Database, changed: Bureau, tmp_path: Path
) -> None:
    from console.core.errors import PermissionDenied

    target = tmp_path / "x.xlsx"
    with pytest.raises(PermissionDenied):
        export_audit_log(
            Workspace(db, changed.admin),
            AuditFilter(),
            lambda entries: write_audit_log(entries, target, "x")[1],
            target.name,
        )
    assert not target.exists()


def test_a_row_edited_outside_the_application_is_shown_not_trusted(
    db: Database, changed: Bureau
) -> None:
    with db.sessions() as session, session.begin():
        session.execute(update(AuditLog).where(AuditLog.id == 1).values(after="not json"))
    entries = _read(db, changed, AuditFilter(), size=10_000).entries
    assert [c.after for c in entries[-1].changes] == ["not json"]


def test_no_code_path_deletes_audit_rows() -> None:
    """The log only grows: nothing in the application deletes or rewrites its rows."""
    pattern = re.compile(
        r"delete\(\s*AuditLog|DELETE\s+FROM\s+audit_log|update\(\s*AuditLog|"
        r"UPDATE\s+audit_log|drop_table\(\s*['\"]audit_log|TRUNCATE",
        re.IGNORECASE,
    )
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("console", "db", "exports", "widgets")
        for path in (ROOT / folder).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
        and "migrations/versions/0001" not in str(path)
    ]
    assert offenders == []


def test_sign_ins_lockouts_and_seals_read_in_the_users_words(db: Database, changed: Bureau) -> None:
    from console.core.auth import LoginFailed
    from console.core.sign_in import sign_in

    for _ in range(5):
        with pytest.raises(LoginFailed):
            sign_in(db, "sup", "not-the-password")
    with pytest.raises(LoginFailed):
        sign_in(db, "nobody", "not-the-password")
    events = _read(db, changed, AuditFilter(action=EVENT)).entries
    seen = [(e.object_label, e.username, e.result) for e in events]
    assert ("Sign-in", "sup", "Wrong password") in seen
    assert ("Lockout", "sup", "Locked out") in seen
    assert ("Sign-in", "nobody", "Unknown user name") in seen
    lockout = next(e for e in events if e.object_label == "Lockout")
    details = {c.label: c.after for c in lockout.changes}
    assert details["Account"] == "sup" and details["Failed attempts"] == "5"
    # No event subject, result or detail is shown as a developer's word.
    for e in events:
        assert "_" not in e.object_label and "_" not in e.result
        assert all("_" not in c.label for c in e.changes)
