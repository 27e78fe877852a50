"""Every edit made outside the application (raw SQL on the database) is caught by
``ducha audit verify`` and named by table, id and field; normal use raises no alarm."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select, text

from console.cli import main
from console.commands.audit import check_file
from console.core.backups import back_up, restore
from console.core.bureau import save_bureau_language
from console.core.database import Database, open_database
from console.core.default_rules import install_default_rules
from console.core.demo import demo_workspace, generate_demo
from console.core.imports.cases import import_cases, read_cases
from console.core.imports.events import import_events, read_events
from console.core.people import PersonInput, add_person, update_person
from console.core.scoring.locking import finalise_month, reopen_month
from console.core.tamper import Difference, StateCheck, check_state
from console.core.workspace import Workspace
from db.audit import AuditLog, _hashed_fields, row_digest, verify_chain
from db.scoring import MonthlyResult, PointEvent
from glossary import Category, YearMonth
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo bureau (imports in bulk, finalised months, accounts), never touched:
    each test tampers with its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    demo_workspace(database).run(generate_demo, today=TODAY, people=120, months=14)
    database.close()
    return path


@pytest.fixture
def copy(demo: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.sqlite3"
    with sqlite3.connect(demo) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def raw(path: Path, *statements: str) -> None:
    """An edit outside the application: plain SQL on the file."""
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def one(path: Path, sql: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def named(check: StateCheck) -> set[tuple[str, object, str, str | None]]:
    return {(d.table, d.key, d.kind, d.field) for d in check.differences}


def test_the_demo_bureau_verifies_clean(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check = check_file(demo)
    assert check.ok and check.records > 10_000, check.differences[:5]
    assert main(["audit", "verify", "--db", str(demo)]) == 0
    assert "Records match the audit log" in capsys.readouterr().out


def test_an_entrys_points_changed_outside_are_named(copy: Path) -> None:
    entry = one(copy, "SELECT MAX(id) FROM point_event WHERE status = 'approved'")
    points = one(copy, f"SELECT points FROM point_event WHERE id = {entry}")
    raw(copy, f"UPDATE point_event SET points = points + 5 WHERE id = {entry}")
    check = check_file(copy)
    assert (
        Difference(
            "point_event",
            entry,
            "changed",
            "points",
            f"{Decimal(str(points)):.2f}",
            f"{Decimal(str(points)) + 5:.2f}",
        )
        in check.differences
    )
    assert check.total == 1  # the tally followed the entry (its triggers): one difference


def test_a_persons_name_changed_outside_is_named(copy: Path) -> None:
    name = one(copy, "SELECT name FROM person WHERE id = 7")
    raw(copy, "UPDATE person SET name = '王五' WHERE id = 7")
    check = check_file(copy)
    assert check.differences == [Difference("person", 7, "changed", "name", name, "王五")]


def test_rows_inserted_or_deleted_outside_are_named(copy: Path) -> None:
    gone = one(copy, "SELECT MIN(id) FROM attendance")
    raw(
        copy,
        "INSERT INTO pledge (id, person_id, year, signed_date, row_version, created_at) "
        "VALUES (90001, 3, 2031, '2031-01-05', 1, '2031-01-05 09:00:00')",
        f"DELETE FROM attendance WHERE id = {gone}",
    )
    assert named(check_file(copy)) == {
        ("pledge", 90001, "added", None),
        ("attendance", gone, "deleted", None),
    }


def test_a_whole_number_made_fractional_is_named(copy: Path) -> None:
    """SQLite keeps 7.25 in an integer column: the entry no longer counts for person 7."""
    entry = one(copy, "SELECT MAX(id) FROM point_event WHERE status = 'approved'")
    person = one(copy, f"SELECT person_id FROM point_event WHERE id = {entry}")
    raw(copy, f"UPDATE point_event SET person_id = person_id + 0.25 WHERE id = {entry}")
    assert ("point_event", entry, "changed", "person_id") in named(check_file(copy))
    assert person is not None


def test_an_id_moved_far_away_is_named_without_exhausting_memory(copy: Path) -> None:
    moved = one(copy, "SELECT MAX(id) FROM attendance")
    raw(
        copy,
        f"UPDATE attendance SET id = 4000000000000 WHERE id = {moved}",
        "UPDATE person SET name = '王伟' WHERE id = 2",
    )
    found = named(check_file(copy))
    assert ("attendance", 4000000000000, "added", None) in found
    assert ("attendance", moved, "deleted", None) in found
    assert ("person", 2, "changed", "name") in found


def test_a_row_version_alone_is_bookkeeping_not_a_difference(copy: Path) -> None:
    raw(copy, "UPDATE person SET row_version = row_version + 1 WHERE id = 3")
    assert check_file(copy).ok


def test_a_viewer_made_admin_is_named(copy: Path) -> None:
    viewer = one(copy, "SELECT id FROM user_account WHERE role = 'viewer' LIMIT 1")
    raw(copy, f"UPDATE user_account SET role = 'admin' WHERE id = {viewer}")
    assert named(check_file(copy)) == {("user_account", viewer, "changed", "role")}


def test_a_swapped_password_hash_is_named_without_showing_it(copy: Path) -> None:
    admin_hash = one(copy, "SELECT password_hash FROM user_account WHERE role = 'admin' LIMIT 1")
    other = one(copy, "SELECT id FROM user_account WHERE role <> 'admin' LIMIT 1")
    raw(copy, f"UPDATE user_account SET password_hash = '{admin_hash}' WHERE id = {other}")
    check = check_file(copy)
    assert named(check) == {("user_account", other, "changed", "password_sha256")}
    assert "argon2" not in json.dumps([str(d) for d in check.differences])


def test_the_whole_audit_table_deleted_is_a_failure(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw(copy, "DELETE FROM audit_log")
    check = check_file(copy)
    assert check.log_missing and not check.ok
    assert check.unlogged["person"] == one(copy, "SELECT COUNT(*) FROM person")
    assert main(["audit", "verify", "--db", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "The audit log holds nothing about the" in out and "Person:" in out


def test_the_last_audit_rows_deleted_leave_records_without_images(copy: Path) -> None:
    # The newest rows from the last finalised month's saved results on (bulk batches, and
    # whatever came just before and after them: the demo's contractors and star levels).
    rows = one(copy, "SELECT MAX(id) FROM audit_log WHERE table_name = 'monthly_result'")
    raw(copy, f"DELETE FROM audit_log WHERE id > {rows} - 10")  # type: ignore[operator]
    check = check_file(copy)
    assert not check.ok
    assert "monthly_result" in check.unlogged
    assert {d.kind for d in check.differences if d.table == "monthly_result"} == {"added"}


def _rechain(path: Path, from_id: int) -> None:
    """Recompute every hash from ``from_id`` on, as someone who knows the (keyless)
    algorithm would after editing a row."""
    database = open_database(path)
    try:
        with database.engine.begin() as conn:
            prev = conn.scalar(select(AuditLog.hash).where(AuditLog.id == from_id - 1))
            later = select(AuditLog).where(AuditLog.id >= from_id).order_by(AuditLog.id)
            for row in conn.execute(later).mappings().all():
                digest = row_digest(prev, _hashed_fields(dict(row)))
                conn.execute(
                    text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :i"),
                    {"p": prev, "h": digest, "i": row["id"]},
                )
                prev = digest
    finally:
        database.close()


def test_an_audit_row_rewritten_with_its_chain_is_caught_by_the_records(copy: Path) -> None:
    # The image of one bulk-loaded entry says other points; the chain is made whole again.
    audit_id, after = (
        sqlite3.connect(copy)
        .execute(
            "SELECT id, after FROM audit_log WHERE table_name = 'point_event' "
            "AND after LIKE '%\"rows\"%' ORDER BY id LIMIT 1"
        )
        .fetchone()
    )
    batch = json.loads(after)
    points_at = batch["columns"].index("points")
    entry = batch["rows"][0][0]
    batch["rows"][0][points_at] = "99.00"
    conn = sqlite3.connect(copy)
    conn.execute(
        "UPDATE audit_log SET after = ? WHERE id = ?",
        (json.dumps(batch, sort_keys=True, ensure_ascii=False), audit_id),
    )
    conn.commit()
    conn.close()
    _rechain(copy, audit_id)
    database = open_database(copy)
    try:
        with database.session() as s:
            assert verify_chain(s)[1] == []  # the chain alone sees nothing
    finally:
        database.close()
    check = check_file(copy)
    assert [(d.table, d.key, d.field, d.expected) for d in check.differences] == [
        ("point_event", entry, "points", "99.00")
    ]


def test_a_finalised_months_results_and_lock_edited_are_named(copy: Path) -> None:
    result = one(copy, "SELECT id FROM monthly_result WHERE rank > 100 LIMIT 1")
    lock = one(copy, "SELECT MIN(id) FROM period_lock")
    raw(
        copy,
        f"UPDATE monthly_result SET rank = 1 WHERE id = {result}",
        f"UPDATE period_lock SET locked = 0 WHERE id = {lock}",
    )
    assert named(check_file(copy)) == {
        ("monthly_result", result, "changed", "rank"),
        ("period_lock", lock, "changed", "locked"),
    }


def test_an_edited_tally_is_recomputed_and_named(copy: Path) -> None:
    period, person, rule = (
        sqlite3.connect(copy)
        .execute("SELECT period, person_id, rule_id FROM point_tally WHERE cents > 0 LIMIT 1")
        .fetchone()
    )
    raw(
        copy,
        f"UPDATE point_tally SET cents = cents + 5000 WHERE period = {period} "
        f"AND person_id = {person} AND rule_id = {rule}",
    )
    check = check_file(copy)
    assert [(d.table, d.key, d.field) for d in check.differences] == [
        ("point_tally", f"{period}/{person}/{rule}", "cents")
    ]
    assert check.differences[0].found - check.differences[0].expected == 50  # type: ignore[operator]


def test_verify_lists_the_differences_as_json_and_fails(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw(copy, "UPDATE person SET name = '王五' WHERE id = 7")
    assert main(["audit", "verify", "--db", str(copy), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    (d,) = report["records"]["differences"]
    assert (d["table"], d["id"], d["field"], d["found"]) == ("person", 7, "name", "王五")
    assert main(["audit", "verify", "--db", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "Person #7: Full name was changed outside the application: recorded as" in out


# --- normal use raises no alarm, on SQLite and PostgreSQL -----------------------------------


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def used(any_db: Database, tmp_path: Path) -> Iterator[tuple[Database, Bureau]]:
    """A bureau after a month of ordinary work through the services."""
    with any_db.session() as s:
        b = make_bureau(s)
        install_default_rules(s, date(2026, 1, 1))
    admin = Workspace(any_db, b.admin)
    sup = Workspace(any_db, b.supervisor)
    added = admin.run(
        add_person, b.admin, PersonInput("A0100", "赵敏", b.east.id, Category.OFFICER), TODAY
    )
    admin.run(
        update_person,
        b.admin,
        added.id,
        PersonInput("A0100", "赵敏敏", b.west.id, Category.OFFICER),
        TODAY,
        seen_version=added.row_version,
    )
    cases = _xlsx(
        tmp_path / "cases.xlsx",
        [
            ["工号", "姓名", "月份", "简易程序", "一般程序", "非现场", "重大案件"],
            ["T0001", "张伟", "2026-10", 25, 2, 0, 1],
            ["T0003", "李娜", "2026-10", 3, 1, 0, 0],
        ],
    )
    sup.run(import_cases, b.supervisor, read_cases(cases), TODAY)
    sup.run(import_cases, b.supervisor, read_cases(cases), TODAY)  # replaces: voids, re-adds
    events = _xlsx(
        tmp_path / "events.xlsx",
        [
            ["工号", "单位", "日期", "细则编号", "数量", "备注", "凭证"],
            ["T0002", "", "2026-10-12", "FW01", 1, "群众表扬", ""],
            ["T0004", "", "2026-10-13", "XC01", 2, None, None],
        ],
    )
    sup.run(import_events, b.supervisor, read_events(events), TODAY)
    admin.run(finalise_month, b.admin, YearMonth(2026, 10), TODAY)
    admin.run(reopen_month, b.admin, YearMonth(2026, 10), "复核更正")
    admin.run(finalise_month, b.admin, YearMonth(2026, 10), TODAY)
    Workspace(any_db, b.sysadmin).run(save_bureau_language, b.sysadmin, "en")
    Workspace(any_db, b.sysadmin).run(save_bureau_language, b.sysadmin, "zh_CN")
    yield any_db, b


def test_normal_use_verifies_clean(used: tuple[Database, Bureau]) -> None:
    database, _ = used
    with database.session() as s:
        assert s.scalar(select(MonthlyResult.id).limit(1)) is not None
        assert s.scalar(select(PointEvent.id).limit(1)) is not None
    check = Workspace(database, None).read(check_state)
    assert check.ok, check.differences[:5]


def test_an_edit_outside_is_named_on_either_database(used: tuple[Database, Bureau]) -> None:
    database, b = used
    person = b.people[2].id
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE person SET phone = '13800000000' WHERE id = :i"), {"i": person})
        conn.execute(
            text("UPDATE monthly_result SET total = total + 10 WHERE person_id = :i"),
            {"i": person},
        )
    check = Workspace(database, None).read(check_state)
    found = {(d.table, d.field) for d in check.differences}
    assert ("person", "phone") in found and ("monthly_result", "total") in found
    assert {d.key for d in check.differences if d.table == "person"} == {person}


def test_a_restored_backup_verifies_clean(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        b = make_bureau(s)
    ws = Workspace(db, b.admin)
    ws.run(add_person, b.admin, PersonInput("A0100", "赵敏", b.east.id, Category.OFFICER), TODAY)
    saved = back_up(ws, tmp_path / "backups")
    ws.run(add_person, b.admin, PersonInput("A0101", "钱多", b.east.id, Category.OFFICER), TODAY)
    restored = restore(db, b.admin, saved, tmp_path / "kept").database
    try:
        assert Workspace(restored, None).read(check_state).ok
    finally:
        restored.close()


def test_rows_loaded_in_bulk_by_an_earlier_version_are_noted_not_alarmed(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An earlier version logged bulk loads as a count only: turn the attendance batches
    # into such rows (and keep the chain whole), then add one row past that count.
    conn = sqlite3.connect(copy)
    batches = conn.execute(
        "SELECT id, after FROM audit_log WHERE table_name = 'attendance' ORDER BY id"
    ).fetchall()
    for audit_id, after in batches:
        count = json.loads(after)["bulk_rows"]
        legacy = json.dumps({"bulk_rows": count, "note": "demo seed 2026"}, sort_keys=True)
        conn.execute("UPDATE audit_log SET after = ? WHERE id = ?", (legacy, audit_id))
    conn.commit()
    conn.close()
    _rechain(copy, batches[0][0])
    loaded = one(copy, "SELECT COUNT(*) FROM attendance")
    check = check_file(copy)
    assert check.ok and check.unverifiable == {"attendance": loaded}
    assert main(["audit", "verify", "--db", str(copy)]) == 0
    assert f"{loaded} records (Attendance record) were loaded in bulk" in capsys.readouterr().out
    # One more than the old log counted cannot hide among them.
    session_id, person_id = (
        sqlite3.connect(copy)
        .execute(
            "SELECT session_id, MAX(person_id) + 1 FROM attendance GROUP BY session_id LIMIT 1"
        )
        .fetchone()
    )
    raw(
        copy,
        "INSERT INTO attendance (session_id, person_id, status, hours) "
        f"VALUES ({session_id}, {person_id}, 'attended', 2)",
    )
    check = check_file(copy)
    assert not check.ok and check.unlogged == {"attendance": loaded + 1}  # type: ignore[operator]
