"""The unit tree (bureau → squads, departments, town teams, branches)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_unit_manager, require_user, visible_unit_ids
from console.core.user import User
from db.org import Person, Unit
from glossary import PersonStatus, UnitKind

_t = tr_context("units")


@dataclass(frozen=True)
class UnitRow:
    id: int
    parent_id: int | None
    name: str
    short_name: str | None
    kind: UnitKind
    sort_order: int
    active: bool
    headcount: int  # active people directly in this unit
    row_version: int  # as loaded: a rename states it, and is refused if it moved on


def list_units(session: Session, user: User) -> list[UnitRow]:
    """Units the user may see, parents before children, in the bureau's own order."""
    require_user(user)
    counts = dict(
        session.execute(
            select(Person.unit_id, func.count(Person.id))
            .where(Person.status == PersonStatus.ACTIVE)
            .group_by(Person.unit_id)
        ).all()
    )
    units = session.execute(
        select(
            Unit.id,
            Unit.parent_id,
            Unit.name,
            Unit.short_name,
            Unit.kind,
            Unit.sort_order,
            Unit.active,
            Unit.row_version,
        ).order_by(Unit.sort_order, Unit.id)
    ).all()
    scope = visible_unit_ids(session, user)
    rows = [
        UnitRow(
            u.id,
            u.parent_id,
            u.name,
            u.short_name,
            u.kind,
            u.sort_order,
            u.active,
            counts.get(u.id, 0),
            u.row_version,
        )
        for u in units
        if scope is None or u.id in scope
    ]
    return _parents_first(rows)


def _parents_first(rows: list[UnitRow]) -> list[UnitRow]:
    by_parent: dict[int | None, list[UnitRow]] = {}
    ids = {r.id for r in rows}
    for r in rows:
        # A squad leader's root has a parent outside their scope: treat it as a root.
        key = r.parent_id if r.parent_id in ids else None
        by_parent.setdefault(key, []).append(r)
    ordered: list[UnitRow] = []
    stack = list(reversed(by_parent.get(None, [])))
    while stack:
        row = stack.pop()
        ordered.append(row)
        stack.extend(reversed(by_parent.get(row.id, [])))
    return ordered


def unit_path(session: Session, unit_id: int) -> str:
    """'临江市综合行政执法局 / 城东中队' — for the profile and reports."""
    names: list[str] = []
    current: int | None = unit_id
    while current is not None:
        unit = session.get(Unit, current)
        if unit is None:
            break
        names.append(unit.name)
        current = unit.parent_id
    return " / ".join(reversed(names))


def _validate_name(
    session: Session, name: str, parent_id: int | None, unit_id: int | None = None
) -> list[FieldError]:
    if not name:
        return [FieldError("name", _t("Unit name is required."))]
    if len(name) > 80:
        return [FieldError("name", _t("Unit name is too long (at most 80 characters)."))]
    siblings = select(Unit.id).where(Unit.name == name)
    siblings = siblings.where(
        Unit.parent_id.is_(None) if parent_id is None else Unit.parent_id == parent_id
    )
    clash = session.scalar(siblings)
    if clash is not None and clash != unit_id:
        return [FieldError("name", _t("A unit of this name already exists here."))]
    return []


def has_bureau(session: Session) -> bool:
    return session.scalar(select(Unit.id).where(Unit.parent_id.is_(None)).limit(1)) is not None


def validate_unit(
    session: Session, name: str, kind: UnitKind, parent_id: int | None
) -> list[FieldError]:
    errors: list[FieldError] = []
    if kind == UnitKind.BUREAU:
        if parent_id is not None or has_bureau(session):
            errors.append(FieldError("kind", _t("The bureau is the root; add squads or teams.")))
    elif parent_id is None or session.get(Unit, parent_id) is None:
        errors.append(FieldError("parent", _t("Choose the unit this one belongs to.")))
    return errors + _validate_name(session, name.strip(), parent_id)


def add_unit(
    session: Session,
    user: User,
    name: str,
    kind: UnitKind,
    parent_id: int | None,
    short_name: str | None = None,
) -> UnitRow:
    """Add a unit under ``parent_id`` (admins only). It goes last among its siblings.

    The bureau itself is the one unit without a parent: it can be added only while the
    database has no bureau yet (a new installation).
    """
    require_unit_manager(session, user)
    name = name.strip()
    errors = validate_unit(session, name, kind, parent_id)
    if errors:
        raise ValidationError(errors)
    order = session.scalar(select(func.coalesce(func.max(Unit.sort_order), 0))) or 0
    unit = Unit(
        name=name,
        kind=kind,
        parent_id=parent_id,
        short_name=(short_name or "").strip() or None,
        sort_order=order + 1,
    )
    session.add(unit)
    session.flush()
    return UnitRow(
        unit.id,
        unit.parent_id,
        unit.name,
        unit.short_name,
        unit.kind,
        unit.sort_order,
        unit.active,
        0,
        unit.row_version,
    )


def rename_unit(
    session: Session, user: User, unit_id: int, name: str, seen_version: int | None = None
) -> None:
    """Rename a unit (admins only), if it is still as the user's tree showed it."""
    require_unit_manager(session, user)
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound(_t("No such unit."))
    require_seen(session, unit, seen_version)
    name = name.strip()
    errors = _validate_name(session, name, unit.parent_id, unit_id)
    if errors:
        raise ValidationError(errors)
    unit.name = name


def find_unit(session: Session, name: str) -> int | None:
    """The unit of this name (the command line names units), or None."""
    return session.scalar(select(Unit.id).where(Unit.name == name.strip()).order_by(Unit.id))


def bureau_name(session: Session) -> str:
    """The name reports are issued under: the root of the unit tree."""
    name = session.scalar(
        select(Unit.name).where(Unit.parent_id.is_(None)).order_by(Unit.id).limit(1)
    )
    return name or ""
