"""People: roles and scope are enforced in the core; bad input is refused whole."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.errors import PermissionDenied, ValidationError
from console.core.people import (
    PersonInput,
    add_person,
    deactivate_person,
    get_person,
    list_people,
    reactivate_person,
    transfer_person,
    update_person,
)
from console.core.units import list_units
from db.org import Person, PersonTransfer, Unit
from glossary import Category, PersonStatus
from tests.factories import PASSWORD, make_bureau

TODAY = date(2026, 11, 22)


def _count(session: Session) -> int:
    return session.scalar(select(func.count(Person.id))) or 0


def test_viewer_cannot_add_a_person(session: Session) -> None:
    b = make_bureau(session)
    before = _count(session)
    with pytest.raises(PermissionDenied, match="administrators"):
        add_person(session, b.viewer, PersonInput("V1", "某某", b.east.id, Category.OFFICER), TODAY)
    assert _count(session) == before


def test_squad_leader_sees_only_their_unit(session: Session) -> None:
    b = make_bureau(session)
    rows = list_people(session, b.leader)
    assert {r.name for r in rows} == {"张伟", "王芳"}
    assert {u.id for u in list_units(session, b.leader)} == {b.east.id}
    assert len(list_people(session, b.supervisor)) == 5


def test_squad_leader_cannot_touch_another_unit(session: Session) -> None:
    b = make_bureau(session)
    other = b.people[2]  # 李娜, west squad
    with pytest.raises(PermissionDenied):
        get_person(session, b.leader, other.id)
    with pytest.raises(PermissionDenied):
        update_person(
            session,
            b.leader,
            other.id,
            PersonInput(other.staff_no, "改名", None, Category.OFFICER),
            TODAY,
        )
    with pytest.raises(PermissionDenied):
        add_person(session, b.leader, PersonInput("X9", "某某", b.west.id, Category.OFFICER), TODAY)


def test_bad_input_lists_every_problem_and_writes_nothing(session: Session) -> None:
    b = make_bureau(session)
    before = _count(session)
    data = PersonInput(
        staff_no="T0001",  # taken by 张伟
        name="   ",
        unit_id=b.east.id,
        category=Category.OFFICER,
        birth_date=date(2030, 1, 1),
    )
    with pytest.raises(ValidationError) as err:
        add_person(session, b.admin, data, TODAY)
    fields = {e.field: e.message for e in err.value.errors}
    assert set(fields) == {"staff_no", "name", "birth_date"}
    assert "张伟" in fields["staff_no"]
    assert "future" in fields["birth_date"]
    assert _count(session) == before


def test_add_and_edit_a_person(session: Session) -> None:
    b = make_bureau(session)
    row = add_person(
        session,
        b.admin,
        PersonInput(
            " A0200 ",
            " 周杰 ",
            b.west.id,
            Category.AUXILIARY,
            position="执法队员",
            birth_date=date(1995, 6, 1),
            hire_date=date(2020, 1, 1),
        ),
        TODAY,
    )
    assert (row.staff_no, row.name, row.unit_name) == ("A0200", "周杰", "城西中队")
    edited = update_person(
        session,
        b.admin,
        row.id,
        PersonInput("A0200", "周杰伦", b.east.id, Category.OFFICER, position="中队长"),
        TODAY,
    )
    # Editing never moves a person: that is a transfer, kept in the history.
    assert edited.unit_id == b.west.id
    assert (edited.name, edited.category, edited.position) == ("周杰伦", Category.OFFICER, "中队长")


def test_hire_before_sixteenth_birthday_is_refused(session: Session) -> None:
    b = make_bureau(session)
    with pytest.raises(ValidationError) as err:
        add_person(
            session,
            b.admin,
            PersonInput(
                "A1",
                "某某",
                b.east.id,
                Category.OFFICER,
                birth_date=date(2000, 1, 1),
                hire_date=date(2010, 1, 1),
            ),
            TODAY,
        )
    assert [e.field for e in err.value.errors] == ["hire_date"]


def test_transfer_keeps_history(session: Session) -> None:
    b = make_bureau(session)
    p = b.people[0]
    row = transfer_person(session, b.admin, p.id, b.west.id, date(2026, 10, 1), "轮岗", TODAY)
    assert row.unit_id == b.west.id
    history = session.scalars(select(PersonTransfer)).all()
    assert [(h.from_unit_id, h.to_unit_id, h.reason) for h in history] == [
        (b.east.id, b.west.id, "轮岗")
    ]
    with pytest.raises(ValidationError):
        transfer_person(session, b.admin, p.id, b.west.id, TODAY, None, TODAY)


def test_squad_leader_cannot_transfer_out_of_their_unit(session: Session) -> None:
    b = make_bureau(session)
    with pytest.raises(PermissionDenied):
        transfer_person(session, b.leader, b.people[0].id, b.west.id, TODAY, None, TODAY)


def test_deactivate_and_reactivate(session: Session) -> None:
    b = make_bureau(session)
    p = b.people[1]
    with pytest.raises(ValidationError) as err:
        deactivate_person(session, b.admin, p.id, PersonStatus.LEFT, TODAY, "", TODAY)
    assert [e.field for e in err.value.errors] == ["reason"]
    row = deactivate_person(session, b.admin, p.id, PersonStatus.LEFT, TODAY, "辞职", TODAY)
    assert row.status == PersonStatus.LEFT and row.left_date == TODAY
    assert p.id not in {r.id for r in list_people(session, b.admin, include_inactive=False)}
    assert reactivate_person(session, b.admin, p.id).status == PersonStatus.ACTIVE


def test_only_admins_shape_the_unit_tree(session: Session) -> None:
    from console.core.units import add_unit, rename_unit
    from glossary import UnitKind

    b = make_bureau(session)
    with pytest.raises(PermissionDenied):
        add_unit(session, b.supervisor, "城中中队", UnitKind.SQUAD, b.bureau.id)
    row = add_unit(session, b.admin, " 城中中队 ", UnitKind.SQUAD, b.bureau.id)
    assert row.name == "城中中队"
    assert row.id in {u.id for u in list_units(session, b.admin)}
    with pytest.raises(ValidationError) as err:
        add_unit(session, b.admin, "城东中队", UnitKind.SQUAD, b.bureau.id)
    assert [e.field for e in err.value.errors] == ["name"]
    with pytest.raises(ValidationError):
        rename_unit(session, b.admin, row.id, "城西中队")
    rename_unit(session, b.admin, row.id, "城中执法中队")
    assert {u.name for u in list_units(session, b.admin)} >= {"城中执法中队"}


def test_supervisor_reads_people_but_does_not_maintain_them(session: Session) -> None:
    b = make_bureau(session)
    assert len(list_people(session, b.supervisor)) == 5
    with pytest.raises(PermissionDenied):
        add_person(
            session, b.supervisor, PersonInput("S1", "某某", b.east.id, Category.OFFICER), TODAY
        )


def test_squad_leader_maintains_their_own_people(session: Session) -> None:
    b = make_bureau(session)
    row = add_person(
        session, b.leader, PersonInput("E9", "东队新人", b.east.id, Category.AUXILIARY), TODAY
    )
    assert row.unit_id == b.east.id


def test_staff_numbers_ignore_case(session: Session) -> None:
    b = make_bureau(session)
    with pytest.raises(ValidationError) as err:
        add_person(
            session, b.admin, PersonInput("t0001", "某某", b.east.id, Category.OFFICER), TODAY
        )
    assert "张伟" in err.value.errors[0].message
    row = add_person(
        session, b.admin, PersonInput("lj77", "某某", b.east.id, Category.OFFICER), TODAY
    )
    assert row.staff_no == "LJ77"


def test_transfer_cannot_predate_hire_or_last_move(session: Session) -> None:
    b = make_bureau(session)
    p = b.people[0]  # hired 2010-03-01
    with pytest.raises(ValidationError, match="hire date"):
        transfer_person(session, b.admin, p.id, b.west.id, date(2009, 1, 1), None, TODAY)
    transfer_person(session, b.admin, p.id, b.west.id, date(2020, 1, 1), None, TODAY)
    with pytest.raises(ValidationError, match="last transfer"):
        transfer_person(session, b.admin, p.id, b.east.id, date(2019, 1, 1), None, TODAY)


def test_disabled_account_is_refused_at_once(session: Session) -> None:
    from console.core.accounts import set_account_active

    b = make_bureau(session)
    set_account_active(session, b.sysadmin, b.leader.id, False)
    # The squad leader's window still holds the old User: the core asks the database.
    with pytest.raises(PermissionDenied, match="disabled"):
        add_person(session, b.leader, PersonInput("E8", "某某", b.east.id, Category.OFFICER), TODAY)


def test_position_longer_than_the_column_is_refused(session: Session) -> None:
    b = make_bureau(session)
    with pytest.raises(ValidationError) as err:
        add_person(
            session,
            b.admin,
            PersonInput("P1", "某某", b.east.id, Category.OFFICER, position="长" * 41),
            TODAY,
        )
    assert [e.field for e in err.value.errors] == ["position"]


def test_first_run_creates_bureau_and_admin_together(session: Session) -> None:
    from console.core.setup import first_run

    with pytest.raises(ValidationError) as err:
        first_run(session, " ", "chief", "队长", PASSWORD)
    assert [e.field for e in err.value.errors] == ["bureau"]
    assert session.scalars(select(Unit.id)).all() == []  # nothing written: no half setup
    chief = first_run(session, "江南区综合行政执法局", "chief", "队长", PASSWORD)
    units = list_units(session, chief)
    assert [(u.name, u.parent_id) for u in units] == [("江南区综合行政执法局", None)]
    with pytest.raises(ValidationError):
        first_run(session, "另一个局", "chief2", "队长", PASSWORD)


def test_transfer_needs_a_chosen_unit(session: Session) -> None:
    b = make_bureau(session)
    with pytest.raises(ValidationError) as err:
        transfer_person(session, b.admin, b.people[0].id, None, TODAY, None, TODAY)
    assert [e.field for e in err.value.errors] == ["unit"]


def test_only_admins_back_up(db, workspace) -> None:  # type: ignore[no-untyped-def]
    from console.core.backups import back_up

    with db.session() as s:
        b = make_bureau(s)
    with pytest.raises(PermissionDenied):
        back_up(workspace(b.viewer))
    with pytest.raises(PermissionDenied):
        back_up(workspace(b.leader))
    assert back_up(workspace(b.admin)).exists()


def test_first_administrator_and_their_sign_ins_are_recorded_under_their_name(db) -> None:  # type: ignore[no-untyped-def]
    from console.core.auth import LoginFailed
    from console.core.setup import first_run
    from console.core.sign_in import sign_in
    from console.core.user import own_actor
    from console.core.workspace import Workspace
    from db.audit import AuditLog

    def audit() -> list[AuditLog]:
        with db.session() as s:
            return list(s.scalars(select(AuditLog).order_by(AuditLog.id)))

    as_chief = Workspace(db, None, actor=own_actor(" chief "))
    chief = as_chief.run(first_run, "江南区综合行政执法局", " chief ", "队长", PASSWORD)
    rows = audit()
    assert {(r.table_name, r.username) for r in rows} == {
        ("unit", "chief"),
        ("user_account", "chief"),
    }
    with pytest.raises(LoginFailed):
        sign_in(db, "chief", "wrong")
    refused = audit()[-1]
    assert (refused.table_name, refused.username) == ("sign_in", "chief")
    assert '"wrong_password"' in (refused.after or "")
    assert sign_in(db, "chief", PASSWORD).user == chief
    signed_in = audit()[-1]
    # A sign-in is an event: the account's row (and its row_version) stays as it was.
    assert (signed_in.table_name, signed_in.row_id, signed_in.username) == (
        "sign_in",
        None,
        "chief",
    )
    assert '"success"' in (signed_in.after or "")
    assert not [r for r in audit()[len(rows) :] if r.table_name == "user_account"]
