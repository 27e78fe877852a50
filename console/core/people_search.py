"""Finding a person by what a user types: name, staff number or pinyin initials.

Every person picker of the desktop is fed by ``person_choices`` (one query), and a typed
text is resolved by ``resolve_person`` — so that each picker finds people the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import NotFound
from console.core.i18n import tr_context
from console.core.people import normalise_staff_no
from console.core.permissions import require_user, visible_unit_ids
from console.core.pinyin import initials
from db.org import Person, Unit
from glossary import PersonStatus

_t = tr_context("people")


def search_key(name: str, staff_no: str, initials: str, unit_name: str) -> str:
    """What a typed text is matched against (case-insensitively, anywhere in it): the
    same for every picker, so that 周波浩, A0012 and zbh find the same person anywhere."""
    return f"{name} {staff_no} {initials} {unit_name}".lower()


@dataclass(frozen=True)
class PersonChoice:
    id: int
    staff_no: str
    name: str
    unit_name: str
    initials: str  # pinyin initials, "" without the pinyin library
    active: bool

    @property
    def search_key(self) -> str:
        return search_key(self.name, self.staff_no, self.initials, self.unit_name)

    def matches(self, text: str) -> bool:
        return text.strip().lower() in self.search_key


def person_choices(session: Session, user: User) -> list[PersonChoice]:
    """The people the user may see, on strength first, in staff-number order."""
    require_user(user)
    stmt = (
        select(Person.id, Person.staff_no, Person.name, Unit.name, Person.status)
        .join(Unit, Unit.id == Person.unit_id)
        .order_by(Person.staff_no)
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(Person.unit_id.in_(scope))
    rows = [
        PersonChoice(pid, no, name, unit, initials(name), status == PersonStatus.ACTIVE)
        for pid, no, name, unit, status in session.execute(stmt)
    ]
    return sorted(rows, key=lambda c: not c.active)


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def resolve_person(session: Session, text: str) -> int:
    """The person a typed text names: their staff number (case does not matter), else
    their exact name if only one person bears it. NotFound says what was not found."""
    typed = text.strip()
    wanted = normalise_staff_no(typed)
    person_id = session.scalar(select(Person.id).where(func.upper(Person.staff_no) == wanted))
    if person_id is not None:
        return person_id
    named = session.scalars(select(Person.id).where(Person.name == typed).limit(2)).all()
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise NotFound(
            _t("More than one person is named {name}; give the staff number.").format(name=typed)
        )
    if _has_cjk(typed):
        raise NotFound(_t("Nobody is named {name}.").format(name=typed))
    raise NotFound(_t("No person has staff number {staff_no}.").format(staff_no=wanted))
