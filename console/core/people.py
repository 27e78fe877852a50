"""People (人员): list, add, edit, transfer, deactivate — with validation and scope."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound, PermissionDenied, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_people_editor, visible_unit_ids
from console.core.units import UnitRow, list_units
from console.core.user import User
from db.org import Person, PersonTransfer, Unit
from glossary import Category, Gender, PersonStatus

_t = tr_context("people")

STAFF_NO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")
MIN_AGE, MAX_AGE = 16, 75
PHONE = re.compile(r"[0-9+\- ]{5,20}")


@dataclass(frozen=True)
class PersonRow:
    id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    category: Category
    position: str | None
    gender: Gender | None
    birth_date: date | None
    hire_date: date | None
    status: PersonStatus
    legal_qualification: bool
    phone: str | None
    left_date: date | None
    note: str | None
    row_version: int  # as loaded: an edit states it, and is refused if it moved on


@dataclass
class PersonInput:
    """What the person dialog (or an import row) supplies."""

    staff_no: str
    name: str
    unit_id: int | None
    category: Category | None
    position: str | None = None
    gender: Gender | None = None
    birth_date: date | None = None
    hire_date: date | None = None
    legal_qualification: bool = False
    phone: str | None = None
    note: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


_COLUMNS = (
    Person.id,
    Person.staff_no,
    Person.name,
    Person.unit_id,
    Unit.name,
    Person.category,
    Person.position,
    Person.gender,
    Person.birth_date,
    Person.hire_date,
    Person.status,
    Person.legal_qualification,
    Person.phone,
    Person.left_date,
    Person.note,
    Person.row_version,
)


def list_people(
    session: Session,
    user: User,
    unit_ids: set[int] | None = None,
    include_inactive: bool = True,
) -> list[PersonRow]:
    """Every person the user may see (optionally only some units), in staff-number order.

    One joined query: 10,000 rows come back in a few tens of milliseconds, and the
    table's proxy model does search, filter and sort in memory from there.
    """
    stmt = select(*_COLUMNS).join(Unit, Person.unit_id == Unit.id).order_by(Person.staff_no)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        unit_ids = scope if unit_ids is None else unit_ids & scope
    if unit_ids is not None:
        stmt = stmt.where(Person.unit_id.in_(unit_ids))
    if not include_inactive:
        stmt = stmt.where(Person.status == PersonStatus.ACTIVE)
    return [PersonRow(*tuple(r)) for r in session.execute(stmt).all()]


@dataclass(frozen=True)
class PeopleView:
    """What the People & Units page shows: the unit tree and the people, read together."""

    units: list[UnitRow]
    people: list[PersonRow]


def people_view(session: Session, user: User) -> PeopleView:
    return PeopleView(list_units(session, user), list_people(session, user))


def get_person(session: Session, user: User, person_id: int) -> PersonRow:
    row = session.execute(
        select(*_COLUMNS).join(Unit, Person.unit_id == Unit.id).where(Person.id == person_id)
    ).first()
    if row is None:
        raise NotFound(_t("No such person."))
    person = PersonRow(*tuple(row))
    scope = visible_unit_ids(session, user)
    if scope is not None and person.unit_id not in scope:
        raise PermissionDenied(_t("This person is outside your unit."))
    return person


def person_field_errors(data: PersonInput, today: date) -> list[FieldError]:
    """The rules of a person's own fields, that need no database: the person dialog and
    the roster import both check these (one copy), the database checks come on top."""
    errors: list[FieldError] = []
    staff_no = normalise_staff_no(data.staff_no)
    if not staff_no:
        errors.append(FieldError("staff_no", _t("Staff number is required.")))
    elif not STAFF_NO.match(staff_no):
        errors.append(FieldError("staff_no", _t("Use letters, digits and hyphens (at most 20).")))
    name = data.name.strip()
    if not name:
        errors.append(FieldError("name", _t("Name is required.")))
    elif len(name) > 40:
        errors.append(FieldError("name", _t("Name is too long (at most 40 characters).")))
    if data.position and len(data.position.strip()) > 40:
        errors.append(FieldError("position", _t("Position is too long (at most 40 characters).")))
    if data.category is None:
        errors.append(FieldError("category", _t("Choose a category.")))
    if data.birth_date is not None:
        if data.birth_date > today:
            errors.append(FieldError("birth_date", _t("Birth date is in the future.")))
        elif not MIN_AGE <= _age(data.birth_date, today) <= MAX_AGE:
            errors.append(FieldError("birth_date", _t("Age must be between 16 and 75 years.")))
    if data.hire_date is not None:
        if data.hire_date > today:
            errors.append(FieldError("hire_date", _t("Hire date is in the future.")))
        elif data.birth_date is not None and _age(data.birth_date, data.hire_date) < MIN_AGE:
            errors.append(
                FieldError("hire_date", _t("Hire date must be at least 16 years after birth."))
            )
    if data.phone and not PHONE.fullmatch(data.phone.strip()):
        errors.append(FieldError("phone", _t("Phone number may hold digits, +, - and spaces.")))
    return errors


def validate_person(
    session: Session, data: PersonInput, today: date, person_id: int | None = None
) -> list[FieldError]:
    """The field rules, then what only the database knows: the staff number is free, the
    unit exists and is active."""
    errors = person_field_errors(data, today)
    staff_no = normalise_staff_no(data.staff_no)
    if staff_no and STAFF_NO.match(staff_no):
        clash = session.execute(
            select(Person.id, Person.name).where(func.upper(Person.staff_no) == staff_no)
        ).first()
        if clash is not None and clash.id != person_id:
            errors.append(
                FieldError(
                    "staff_no",
                    _t("Staff number {no} already belongs to {name}.").format(
                        no=staff_no, name=clash.name
                    ),
                )
            )
    if data.unit_id is None:
        errors.append(FieldError("unit", _t("Choose a unit.")))
    else:
        unit = session.get(Unit, data.unit_id)
        if unit is None:
            errors.append(FieldError("unit", _t("No such unit.")))
        elif not unit.active:
            errors.append(FieldError("unit", _t("This unit is no longer active.")))
    return errors


def normalise_staff_no(text: str) -> str:
    """Staff numbers are compared and stored in capitals: lj0001 and LJ0001 are one person."""
    return text.strip().upper()


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def clean_text(text: str | None) -> str | None:
    """Stored text: trimmed, and blank is None."""
    text = (text or "").strip()
    return text or None


def add_person(session: Session, user: User, data: PersonInput, today: date) -> PersonRow:
    user = require_people_editor(session, user, data.unit_id)
    errors = validate_person(session, data, today)
    if errors:
        raise ValidationError(errors)
    person = new_person(data)
    session.add(person)
    _flush(session, data)
    return get_person(session, user, person.id)


def new_person(data: PersonInput) -> Person:
    """The record of a person joining, from checked input (the dialog's and the roster's)."""
    assert data.unit_id is not None and data.category is not None
    return Person(
        staff_no=normalise_staff_no(data.staff_no),
        name=data.name.strip(),
        unit_id=data.unit_id,
        category=data.category,
        position=clean_text(data.position),
        gender=data.gender,
        birth_date=data.birth_date,
        hire_date=data.hire_date,
        legal_qualification=data.legal_qualification,
        phone=clean_text(data.phone),
        note=clean_text(data.note),
        status=PersonStatus.ACTIVE,
    )


def _flush(session: Session, data: PersonInput) -> None:
    """Write now: another desktop may have taken the staff number since we validated.

    The error is raised, not rolled back here: the workspace rolls the whole change back.
    """
    try:
        session.flush()
    except IntegrityError as exc:
        message = _t("Staff number {no} was just taken on another desk.").format(
            no=normalise_staff_no(data.staff_no)
        )
        raise ValidationError([FieldError("staff_no", message)]) from exc


def _editable(
    session: Session, user: User, person_id: int, seen_version: int | None
) -> tuple[Person, User]:
    """The person to change, if the user may, and if it is still as the form showed it
    (``seen_version``: its row_version then; None states nothing)."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(_t("No such person."))
    user = require_people_editor(session, user, person.unit_id)
    require_seen(session, person, seen_version)
    return person, user


def update_person(
    session: Session,
    user: User,
    person_id: int,
    data: PersonInput,
    today: date,
    seen_version: int | None = None,
) -> PersonRow:
    """Edit a person's details. A change of unit goes through ``transfer_person``.

    Saving the form unchanged writes nothing (the ORM only updates what differs).
    """
    person, user = _editable(session, user, person_id, seen_version)
    data.unit_id = person.unit_id
    errors = validate_person(session, data, today, person_id=person_id)
    if errors:
        raise ValidationError(errors)
    assert data.category is not None
    person.staff_no = normalise_staff_no(data.staff_no)
    person.name = data.name.strip()
    person.category = data.category
    person.position = clean_text(data.position)
    person.gender = data.gender
    person.birth_date = data.birth_date
    person.hire_date = data.hire_date
    person.legal_qualification = data.legal_qualification
    person.phone = clean_text(data.phone)
    person.note = clean_text(data.note)
    _flush(session, data)
    return get_person(session, user, person_id)


def transfer_person(
    session: Session,
    user: User,
    person_id: int,
    to_unit_id: int | None,
    on: date,
    reason: str | None,
    today: date,
    seen_version: int | None = None,
) -> PersonRow:
    """Move a person to another unit; the move is kept in the transfer history."""
    person, user = _editable(session, user, person_id, seen_version)
    require_people_editor(session, user, to_unit_id)
    errors: list[FieldError] = []
    target = session.get(Unit, to_unit_id) if to_unit_id is not None else None
    if target is None or not target.active:
        errors.append(FieldError("unit", _t("Choose an active unit to transfer to.")))
    elif to_unit_id == person.unit_id:
        errors.append(FieldError("unit", _t("The person is already in this unit.")))
    if person.status != PersonStatus.ACTIVE:
        errors.append(FieldError("status", _t("Only an active person can be transferred.")))
    last_move = session.scalar(
        select(func.max(PersonTransfer.transfer_date)).where(PersonTransfer.person_id == person.id)
    )
    errors += transfer_date_errors(on, today, person.hire_date, last_move)
    if errors or target is None:
        raise ValidationError(errors)
    record_transfer(session, person, target.id, on, reason)
    session.flush()
    return get_person(session, user, person_id)


def transfer_date_errors(
    on: date, today: date, hire_date: date | None, last_move: date | None
) -> list[FieldError]:
    """When a transfer may be dated: not in the future, not before the person was hired
    nor before their last move (the history stays in order)."""
    if on > today:
        return [FieldError("date", _t("The transfer date is in the future."))]
    if hire_date and on < hire_date:
        return [FieldError("date", _t("The date is before the hire date."))]
    if last_move and on < last_move:
        message = _t("The date is before the last transfer ({date}).")
        return [FieldError("date", message.format(date=last_move.isoformat()))]
    return []


def record_transfer(
    session: Session, person: Person, to_unit_id: int, on: date, reason: str | None
) -> None:
    """Move the person, keeping the move in the transfer history (checked by the caller)."""
    session.add(
        PersonTransfer(
            person_id=person.id,
            from_unit_id=person.unit_id,
            to_unit_id=to_unit_id,
            transfer_date=on,
            reason=clean_text(reason),
        )
    )
    person.unit_id = to_unit_id


def deactivate_person(
    session: Session,
    user: User,
    person_id: int,
    status: PersonStatus,
    on: date,
    reason: str | None,
    today: date,
    seen_version: int | None = None,
) -> PersonRow:
    """Mark a person as left or transferred out of the bureau. Their records stay."""
    person, user = _editable(session, user, person_id, seen_version)
    errors: list[FieldError] = []
    if status == PersonStatus.ACTIVE:
        errors.append(FieldError("status", _t("Choose 'left' or 'transferred out'.")))
    if person.status != PersonStatus.ACTIVE:
        errors.append(FieldError("status", _t("This person is already inactive.")))
    errors += departure_date_errors(on, today, person.hire_date)
    if not (reason or "").strip():
        errors.append(FieldError("reason", _t("Give the reason.")))
    if errors:
        raise ValidationError(errors)
    record_departure(person, status, on, reason or "")
    session.flush()
    return get_person(session, user, person_id)


def departure_date_errors(on: date, today: date, hire_date: date | None) -> list[FieldError]:
    """When a person may be marked as gone: not in the future, not before they were hired."""
    errors: list[FieldError] = []
    if on > today:
        errors.append(FieldError("date", _t("The date is in the future.")))
    if hire_date and on < hire_date:
        errors.append(FieldError("date", _t("The date is before the hire date.")))
    return errors


def record_departure(person: Person, status: PersonStatus, on: date, reason: str) -> None:
    """Mark the person as left or transferred out on ``on`` (checked by the caller)."""
    person.status = status
    person.left_date = on
    # Dated, so that the note still explains itself after a later return and departure.
    note = f"{on.isoformat()}: {reason.strip()}"
    person.note = f"{person.note}\n{note}" if person.note else note


def reactivate_person(
    session: Session, user: User, person_id: int, seen_version: int | None = None
) -> PersonRow:
    person, user = _editable(session, user, person_id, seen_version)
    if person.status == PersonStatus.ACTIVE:
        raise ValidationError([FieldError("status", _t("This person is already active."))])
    person.status = PersonStatus.ACTIVE
    person.left_date = None
    session.flush()
    return get_person(session, user, person_id)
