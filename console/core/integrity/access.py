"""Who keeps the integrity records: supervisors and administrators write, squad leaders
read their own units' records, leaders (viewers) read everything."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from console.core.auth import User
from console.core.errors import FieldError, NotFound, PermissionDenied, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import current, require_user, visible_unit_ids
from db.org import Person, Unit
from glossary import PersonStatus, Role

_t = tr_context("integrity")
M = TypeVar("M")

WRITERS = frozenset({Role.ADMIN, Role.SUPERVISOR})


def can_keep_records(user: User) -> bool:
    return user.role in WRITERS


def require_keeper(session: Session, user: User | None) -> User:
    user = current(session, user)
    if not can_keep_records(user):
        raise PermissionDenied(_t("Integrity records are kept by supervisors and administrators."))
    return user


def reader_scope(session: Session, user: User | None) -> set[int] | None:
    """Units whose records the user may read; None means all."""
    return visible_unit_ids(session, require_user(user))


def in_scope(
    scope: set[int] | None,
    unit_col: InstrumentedAttribute[int | None] | InstrumentedAttribute[int],
    person_col: InstrumentedAttribute[int | None] | None = None,
) -> ColumnElement[bool] | None:
    """A record is in a squad leader's scope if its unit is, or the person it names is."""
    if scope is None:
        return None
    if person_col is None:
        return unit_col.in_(scope)
    people = select(Person.id).where(Person.unit_id.in_(scope))
    return or_(unit_col.in_(scope), person_col.in_(people))


def check_person(
    session: Session, person_id: int | None, errors: list[FieldError], field: str = "person"
) -> Person | None:
    if person_id is None:
        return None
    person = session.get(Person, person_id)
    if person is None:
        errors.append(FieldError(field, _t("No such person.")))
    return person


def check_unit(
    session: Session, unit_id: int | None, errors: list[FieldError], field: str = "unit"
) -> Unit | None:
    if unit_id is None:
        return None
    unit = session.get(Unit, unit_id)
    if unit is None:
        errors.append(FieldError(field, _t("No such unit.")))
    return unit


def get_or_404(session: Session, model: type[M], record_id: int, message: str) -> M:
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(message)
    return record


def clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def active_people_ids(session: Session, unit_ids: set[int] | None) -> list[int]:
    stmt = select(Person.id).where(Person.status == PersonStatus.ACTIVE)
    if unit_ids is not None:
        stmt = stmt.where(Person.unit_id.in_(unit_ids))
    return list(session.scalars(stmt))
