"""Every change to a business record leaves a chained audit row, in the same transaction."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from console.core.people import PersonInput, add_person, update_person
from db.audit import AuditLog, _after_flush, verify_chain
from db.engine import make_session_factory
from db.org import Person
from glossary import Category
from tests.factories import make_bureau

TODAY = date(2026, 11, 22)


def _rows(session: Session, table: str) -> list[AuditLog]:
    return list(
        session.scalars(select(AuditLog).where(AuditLog.table_name == table).order_by(AuditLog.id))
    )


def test_insert_update_delete_are_audited_with_before_and_after(db, workspace) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        b = make_bureau(session)
    # The workspace names the author once; the services never set it themselves.
    ws = workspace(b.admin)
    added = ws.run(
        add_person, b.admin, PersonInput("A0100", "赵敏", b.east.id, Category.OFFICER), TODAY
    )
    with db.session() as session:
        insert = _rows(session, "person")[-1]
    assert insert.action == "insert"
    assert insert.row_id == added.id
    assert insert.username == "admin" and insert.user_id == b.admin.id
    assert insert.before is None
    assert json.loads(insert.after)["name"] == "赵敏"

    ws.run(
        update_person,
        b.admin,
        added.id,
        PersonInput("A0100", "赵敏敏", b.east.id, Category.OFFICER),
        TODAY,
        seen_version=added.row_version,
    )
    with db.session() as session:
        update = _rows(session, "person")[-1]
    assert update.action == "update"
    assert update.username == "admin"
    before, after = json.loads(update.before), json.loads(update.after)
    assert (before["name"], after["name"]) == ("赵敏", "赵敏敏")
    assert set(before) == set(after) <= {"name", "row_version"}  # only what changed

    with db.session() as session:
        session.delete(session.get(Person, added.id))
    with db.session() as session:
        delete = _rows(session, "person")[-1]
    assert delete.action == "delete"
    assert json.loads(delete.before)["staff_no"] == "A0100"
    assert delete.after is None


def test_password_hash_never_reaches_the_log(session: Session) -> None:
    make_bureau(session)
    for row in _rows(session, "user_account"):
        assert "password_hash" not in (row.after or "")
        assert "argon2" not in (row.after or "")


def test_rolled_back_change_leaves_no_audit_row(session: Session) -> None:
    b = make_bureau(session)
    before = session.scalar(select(AuditLog.id).order_by(AuditLog.id.desc()).limit(1))
    person = session.get(Person, b.people[0].id)
    assert person is not None
    person.name = "不应保存"
    session.flush()
    session.rollback()
    after = session.scalar(select(AuditLog.id).order_by(AuditLog.id.desc()).limit(1))
    assert after == before


def test_chain_verifies_and_detects_tampering(session: Session) -> None:
    make_bureau(session)
    checked, breaks = verify_chain(session)
    assert checked > 5 and breaks == []
    # Someone edits the log directly in the database file.
    session.execute(text("UPDATE audit_log SET username = 'nobody' WHERE id = 3"))
    session.commit()
    _, breaks = verify_chain(session)
    assert [b.audit_id for b in breaks] == [3]


def test_deleting_a_log_row_breaks_the_chain(session: Session) -> None:
    make_bureau(session)
    session.execute(text("DELETE FROM audit_log WHERE id = 2"))
    session.commit()
    _, breaks = verify_chain(session)
    assert breaks and breaks[0].audit_id == 3


@pytest.mark.parametrize("field", ["name"])
def test_no_audit_row_for_unchanged_save(session: Session, field: str) -> None:
    b = make_bureau(session)
    count = len(_rows(session, "person"))
    person = session.get(Person, b.people[0].id)
    assert person is not None
    setattr(person, field, getattr(person, field))
    session.commit()
    assert len(_rows(session, "person")) == count


def test_memberships_and_json_edits_are_audited(session: Session) -> None:
    from db.integrity import Inspection
    from glossary import InspectionKind

    b = make_bureau(session)
    insp = Inspection(
        inspection_date=TODAY, kind=InspectionKind.ROUTINE, title="例行检查", topics=["着装风纪"]
    )
    insp.units.append(b.east)
    session.add(insp)
    session.commit()
    created = json.loads(_rows(session, "inspection")[-1].after)
    assert created["units_ids"] == [b.east.id]

    person = session.get(Person, b.people[0].id)
    assert insp.people == []  # loaded now: a lazy load mid-edit would autoflush
    insp.units.append(b.west)
    insp.people.append(person)
    insp.topics.append("执法记录仪使用")  # in place: must be saved and logged
    session.commit()
    change = _rows(session, "inspection")[-1]
    before, after = json.loads(change.before), json.loads(change.after)
    assert before["units_ids"] == [b.east.id]
    assert after["units_ids"] == sorted([b.east.id, b.west.id])
    assert after["people_ids"] == [b.people[0].id]
    assert before["people_ids"] == []
    assert after["topics"] == ["着装风纪", "执法记录仪使用"]
    session.expire_all()
    assert session.get(Inspection, insp.id).topics == ["着装风纪", "执法记录仪使用"]  # type: ignore[union-attr]


def test_every_new_session_factory_is_audited() -> None:
    """A database opened after another was closed (a restore, a second file) gets a new
    session factory, often at the freed one's address; it must be audited all the same."""
    engine = create_engine("sqlite://")
    for _ in range(5):
        factory = make_session_factory(engine)
        session = factory()
        assert _after_flush in list(session.dispatch.after_flush)
        session.close()
        del session, factory
