"""Control characters are refused at the door: any form, any service, through the Workspace.

Text pasted from another program can carry invisible control characters; they would print
as nothing and make two look-alike names differ. A change holding one is refused whole,
with a message that names the field in the form's words and shows where the character is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.database import Database
from console.core.errors import ValidationError
from console.core.people import PersonInput, add_person, get_person, update_person
from console.core.text_guard import problem
from console.core.units import add_unit
from console.core.workspace import Workspace
from db.org import Person, Unit
from glossary import Category, UnitKind
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)
Workspaces = Callable[[User | None], Workspace]


@pytest.fixture
def b(session: Session) -> Bureau:
    return make_bureau(session)


def people(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Person)) or 0


def refused(work: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        work()
    return caught.value


def test_a_control_character_in_a_name_is_refused_and_nothing_written(
    db: Database, workspace: Workspaces, b: Bureau
) -> None:
    before = people(db)
    error = refused(
        lambda: workspace(b.admin).run(
            add_person,
            b.admin,
            PersonInput("A0300", "张\x07三", b.east.id, Category.OFFICER),
            TODAY,
        )
    )
    assert [e.field for e in error.errors] == ["name"]  # the form puts it under the name
    message = error.errors[0].message
    assert message.startswith("Name contains an invisible control character")
    assert "“张□三”" in message  # where it is, in the text the user typed
    assert people(db) == before


def test_every_field_at_fault_is_named_at_once(
    db: Database, workspace: Workspaces, b: Bureau
) -> None:
    before = people(db)
    data = PersonInput(
        "A0301", "李\x1b四", b.east.id, Category.OFFICER, position="队员\x00", note="备注\x7f"
    )
    error = refused(lambda: workspace(b.admin).run(add_person, b.admin, data, TODAY))
    assert sorted(e.field for e in error.errors) == ["name", "note", "position"]
    assert people(db) == before


def test_a_unit_name_is_checked_too(db: Database, workspace: Workspaces, b: Bureau) -> None:
    error = refused(
        lambda: workspace(b.admin).run(
            add_unit, b.admin, "城南\x85中队", UnitKind.SQUAD, b.bureau.id
        )
    )
    assert [e.field for e in error.errors] == ["name"]
    assert error.errors[0].message.startswith("Unit name contains")
    assert "城南□中队" in error.errors[0].message
    with db.session() as s:
        assert s.scalar(select(Unit).where(Unit.name.like("城南%"))) is None


def test_an_edited_note_is_checked_and_the_person_left_as_it_was(
    db: Database, workspace: Workspaces, b: Bureau
) -> None:
    zhang = b.people[0]
    note = "第一行\n第二行\t缩进\r\n" + "x" * 30 + "\x0c末尾"
    data = PersonInput(zhang.staff_no, "张伟伟", zhang.unit_id, Category.OFFICER, note=note)
    error = refused(lambda: workspace(b.admin).run(update_person, b.admin, zhang.id, data, TODAY))
    assert [e.field for e in error.errors] == ["note"]
    message = error.errors[0].message
    # A long note is quoted around the character only.
    assert "“…" + "x" * 12 + "□末尾”" in message
    row = workspace(b.admin).read(get_person, b.admin, zhang.id)
    assert (row.name, row.note) == ("张伟", None)  # the name changed with it is not saved


def test_tabs_and_line_breaks_are_ordinary_text(workspace: Workspaces, b: Bureau) -> None:
    zhang = b.people[0]
    note = "第一行\n第二行\t缩进\r\n第三行"
    data = PersonInput(zhang.staff_no, zhang.name, zhang.unit_id, Category.OFFICER, note=note)
    workspace(b.admin).run(update_person, b.admin, zhang.id, data, TODAY)
    assert workspace(b.admin).read(get_person, b.admin, zhang.id).note == note


def test_an_old_value_does_not_block_a_new_edit(
    db: Database, session: Session, workspace: Workspaces, b: Bureau
) -> None:
    """A name that slipped in before the guard (an old import) does not stop a supervisor
    from correcting the phone number: only what the user changes now is checked."""
    wang = b.people[1]
    session.execute(Person.__table__.update().where(Person.id == wang.id).values(name="王\x01芳"))
    session.commit()

    def change_phone(s: Session) -> None:
        person = s.get(Person, wang.id)
        assert person is not None
        person.phone = "13900000000"

    workspace(b.admin).run(change_phone)
    with db.session() as s:
        assert s.get(Person, wang.id).phone == "13900000000"  # type: ignore[union-attr]


def test_every_control_character_but_tab_and_line_breaks_is_refused() -> None:
    refused_chars = [chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n\r"]
    assert all(problem("note", f"a{ch}b") is not None for ch in refused_chars)
    assert problem("note", "a\tb\nc\rd 𠀀😀 <b>=1+1") is None
    # A field no form shows is still named in words, never by its key.
    unknown = problem("source_ref", "a\x01b")
    assert unknown is not None and "source_ref" not in unknown.message
