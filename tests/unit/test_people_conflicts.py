"""Two desks, one person (or unit, or account): an edit states the row_version its form
showed; the one that comes second is refused with who changed the record, and nothing of
it is written. On SQLite and on PostgreSQL alike."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from console.core.accounts import list_accounts, set_account_active
from console.core.conflicts import Conflict
from console.core.database import Database
from console.core.people import (
    PersonInput,
    PersonRow,
    deactivate_person,
    get_person,
    reactivate_person,
    transfer_person,
    update_person,
)
from console.core.units import list_units, rename_unit
from console.core.workspace import Workspace
from db.audit import AuditLog
from db.org import PersonTransfer
from glossary import PersonStatus
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)


@pytest.fixture
def bureau(any_db: Database) -> Bureau:
    with any_db.session() as s:
        return make_bureau(s)


def _input(row: PersonRow, **changes: object) -> PersonInput:
    """The form's contents for ``row``, with some fields changed."""
    data = PersonInput(
        staff_no=row.staff_no,
        name=row.name,
        unit_id=row.unit_id,
        category=row.category,
        position=row.position,
        gender=row.gender,
        birth_date=row.birth_date,
        hire_date=row.hire_date,
        legal_qualification=row.legal_qualification,
        phone=row.phone,
        note=row.note,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def _audit_rows(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(AuditLog.id))) or 0


def test_second_edit_of_a_person_is_refused_and_names_the_first(
    any_db: Database, bureau: Bureau
) -> None:
    admin, leader = Workspace(any_db, bureau.admin), Workspace(any_db, bureau.leader)
    pid = bureau.people[0].id
    # Both desks open the same person.
    on_admin = admin.read(get_person, bureau.admin, pid)
    on_leader = leader.read(get_person, bureau.leader, pid)
    assert on_admin.row_version == on_leader.row_version

    saved = admin.run(
        update_person,
        bureau.admin,
        pid,
        _input(on_admin, phone="13800000001"),
        TODAY,
        seen_version=on_admin.row_version,
    )
    assert saved.row_version == on_admin.row_version + 1
    audit_before = _audit_rows(any_db)
    with pytest.raises(Conflict, match="admin") as refused:
        leader.run(
            update_person,
            bureau.leader,
            pid,
            _input(on_leader, name="张卫"),
            TODAY,
            seen_version=on_leader.row_version,
        )
    assert "Nothing was saved" in str(refused.value)
    now = admin.read(get_person, bureau.admin, pid)
    assert (now.name, now.phone) == ("张伟", "13800000001")  # the first edit, and only it
    assert now.row_version == saved.row_version
    assert _audit_rows(any_db) == audit_before


def test_saving_a_person_unchanged_writes_nothing(any_db: Database, bureau: Bureau) -> None:
    admin = Workspace(any_db, bureau.admin)
    pid = bureau.people[1].id
    shown = admin.read(get_person, bureau.admin, pid)
    audit_before = _audit_rows(any_db)
    saved = admin.run(
        update_person, bureau.admin, pid, _input(shown), TODAY, seen_version=shown.row_version
    )
    assert saved == shown
    assert _audit_rows(any_db) == audit_before


def test_an_edit_after_the_person_left_is_refused(any_db: Database, bureau: Bureau) -> None:
    admin, leader = Workspace(any_db, bureau.admin), Workspace(any_db, bureau.leader)
    pid = bureau.people[0].id
    form = leader.read(get_person, bureau.leader, pid)
    admin.run(
        deactivate_person,
        bureau.admin,
        pid,
        PersonStatus.LEFT,
        TODAY,
        "辞职",
        TODAY,
        seen_version=form.row_version,
    )
    with pytest.raises(Conflict, match="admin"):
        leader.run(
            update_person,
            bureau.leader,
            pid,
            _input(form, position="中队长"),
            TODAY,
            seen_version=form.row_version,
        )
    # A reactivation stated from the same old copy is refused too.
    with pytest.raises(Conflict):
        leader.run(reactivate_person, bureau.leader, pid, seen_version=form.row_version)
    now = admin.read(get_person, bureau.admin, pid)
    assert now.status == PersonStatus.LEFT and now.position is None


def test_two_transfers_of_one_person_leave_one_move(any_db: Database, bureau: Bureau) -> None:
    first, second = Workspace(any_db, bureau.admin), Workspace(any_db, bureau.admin)
    pid = bureau.people[0].id
    seen = first.read(get_person, bureau.admin, pid).row_version
    first.run(
        transfer_person,
        bureau.admin,
        pid,
        bureau.west.id,
        TODAY,
        "轮岗",
        TODAY,
        seen_version=seen,
    )
    with pytest.raises(Conflict):
        second.run(
            transfer_person,
            bureau.admin,
            pid,
            bureau.office.id,
            TODAY,
            "借调",
            TODAY,
            seen_version=seen,
        )
    with any_db.session() as s:
        moves = s.execute(select(PersonTransfer.to_unit_id, PersonTransfer.reason)).all()
    assert [tuple(m) for m in moves] == [(bureau.west.id, "轮岗")]
    assert first.read(get_person, bureau.admin, pid).unit_id == bureau.west.id


def test_simultaneous_edits_exactly_one_wins(any_db: Database, bureau: Bureau) -> None:
    pid = bureau.people[2].id
    shown = Workspace(any_db, bureau.admin).read(get_person, bureau.admin, pid)
    outcomes: dict[str, str] = {}

    def edit(name: str) -> None:
        try:
            Workspace(any_db, bureau.admin).run(
                update_person,
                bureau.admin,
                pid,
                _input(shown, name=name),
                TODAY,
                seen_version=shown.row_version,
            )
            outcomes[name] = "saved"
        except Conflict:
            outcomes[name] = "conflict"

    threads = [threading.Thread(target=edit, args=(n,)) for n in ("李娜甲", "李娜乙")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes.values()) == ["conflict", "saved"]
    winner = next(n for n, o in outcomes.items() if o == "saved")
    now = Workspace(any_db, bureau.admin).read(get_person, bureau.admin, pid)
    assert now.name == winner and now.row_version == shown.row_version + 1


def test_a_command_stating_no_version_acts_on_what_it_reads(
    any_db: Database, bureau: Bureau
) -> None:
    admin = Workspace(any_db, bureau.admin)
    pid = bureau.people[3].id
    shown = admin.read(get_person, bureau.admin, pid)
    admin.run(update_person, bureau.admin, pid, _input(shown, phone="12345"), TODAY)
    saved = admin.run(update_person, bureau.admin, pid, _input(shown, phone="54321"), TODAY)
    assert saved.phone == "54321"


def test_second_rename_of_a_unit_is_refused(any_db: Database, bureau: Bureau) -> None:
    admin = Workspace(any_db, bureau.admin)
    unit = next(u for u in admin.read(list_units, bureau.admin) if u.id == bureau.east.id)
    admin.run(rename_unit, bureau.admin, unit.id, "城东执法中队", seen_version=unit.row_version)
    with pytest.raises(Conflict, match="admin"):
        admin.run(rename_unit, bureau.admin, unit.id, "东城中队", seen_version=unit.row_version)
    names = {u.name for u in admin.read(list_units, bureau.admin)}
    assert "城东执法中队" in names and "东城中队" not in names


def test_an_account_changed_meanwhile_is_not_switched_blindly(
    any_db: Database, bureau: Bureau
) -> None:
    admin = Workspace(any_db, bureau.sysadmin)
    listed = {a.username: a for a in admin.read(list_accounts, bureau.sysadmin)}
    sup = listed["sup"]
    disabled = admin.run(
        set_account_active, bureau.sysadmin, sup.id, False, seen_version=sup.row_version
    )
    assert not disabled.active and disabled.row_version == sup.row_version + 1
    # The other desk, still showing the account enabled, tries to switch it too.
    with pytest.raises(Conflict, match="sysadmin"):
        admin.run(set_account_active, bureau.sysadmin, sup.id, True, seen_version=sup.row_version)
    now = {a.username: a for a in admin.read(list_accounts, bureau.sysadmin)}["sup"]
    assert not now.active and now.row_version == disabled.row_version
