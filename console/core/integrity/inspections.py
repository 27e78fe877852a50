"""Inspections (督察检查): when, what kind, whom (units and people), by whom, on which
checklist topics. Findings are recorded against an inspection (``rectification``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from console.core.auth import User
from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound
from console.core.i18n import tr_context
from console.core.integrity.access import clean, get_or_404, raise_if, reader_scope, require_keeper
from console.core.integrity.topics import TOPICS
from db.integrity import Finding, Inspection, inspection_person, inspection_unit
from db.org import Person, Unit
from glossary import FindingStatus, InspectionKind

_t = tr_context("integrity")


@dataclass(frozen=True)
class InspectionRow:
    id: int
    inspection_date: date
    kind: InspectionKind
    title: str
    inspectors: str
    topics: tuple[str, ...]
    notes: str
    unit_ids: tuple[int, ...]
    unit_names: str
    person_ids: tuple[int, ...]
    person_names: str
    findings: int  # not void
    # As loaded; an edit states it (``seen_version``) so a change made meanwhile on
    # another desktop is reported, not overwritten.
    row_version: int = 0


@dataclass
class InspectionInput:
    inspection_date: date | None
    kind: InspectionKind | None
    title: str
    unit_ids: Sequence[int] = ()
    person_ids: Sequence[int] = ()
    inspectors: str | None = None
    topics: Sequence[str] = field(default_factory=list)
    notes: str | None = None


def list_inspections(
    session: Session,
    user: User,
    date_from: date | None = None,
    date_to: date | None = None,
    ids: Sequence[int] | None = None,
) -> list[InspectionRow]:
    """Inspections between the dates (inclusive) — for a squad leader, those that visited
    one of their units or checked one of their people."""
    scope = reader_scope(session, user)
    stmt = select(Inspection).order_by(Inspection.inspection_date.desc(), Inspection.id.desc())
    if date_from is not None:
        stmt = stmt.where(Inspection.inspection_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Inspection.inspection_date <= date_to)
    if ids is not None:
        stmt = stmt.where(Inspection.id.in_(list(ids)))
    if scope is not None:
        stmt = stmt.where(
            or_(
                exists().where(
                    inspection_unit.c.inspection_id == Inspection.id,
                    inspection_unit.c.unit_id.in_(scope),
                ),
                exists().where(
                    inspection_person.c.inspection_id == Inspection.id,
                    inspection_person.c.person_id == Person.id,
                    Person.unit_id.in_(scope),
                ),
            )
        )
    inspections = list(session.scalars(stmt))
    if not inspections:
        return []
    wanted = [i.id for i in inspections]
    units: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for iid, uid, name in session.execute(
        select(inspection_unit.c.inspection_id, Unit.id, Unit.name)
        .join(Unit, Unit.id == inspection_unit.c.unit_id)
        .where(inspection_unit.c.inspection_id.in_(wanted))
        .order_by(Unit.sort_order, Unit.id)
    ):
        units[iid].append((uid, name))
    people: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for iid, pid, name in session.execute(
        select(inspection_person.c.inspection_id, Person.id, Person.name)
        .join(Person, Person.id == inspection_person.c.person_id)
        .where(inspection_person.c.inspection_id.in_(wanted))
        .order_by(Person.staff_no)
    ):
        people[iid].append((pid, name))
    counts = dict(
        session.execute(
            select(Finding.inspection_id, func.count(Finding.id))
            .where(Finding.inspection_id.in_(wanted), Finding.status != FindingStatus.VOID)
            .group_by(Finding.inspection_id)
        ).all()
    )
    return [
        InspectionRow(
            id=i.id,
            inspection_date=i.inspection_date,
            kind=i.kind,
            title=i.title,
            inspectors=i.inspectors or "",
            topics=tuple(i.topics or ()),
            notes=i.notes or "",
            unit_ids=tuple(u for u, _ in units[i.id]),
            unit_names="、".join(n for _, n in units[i.id]),
            person_ids=tuple(p for p, _ in people[i.id]),
            person_names="、".join(n for _, n in people[i.id]),
            findings=int(counts.get(i.id, 0)),
            row_version=i.row_version,
        )
        for i in inspections
    ]


def get_inspection(session: Session, user: User, inspection_id: int) -> InspectionRow:
    rows = list_inspections(session, user, ids=[inspection_id])
    if not rows:
        raise NotFound(_t("No such inspection."))
    return rows[0]


def _validate(session: Session, data: InspectionInput, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if data.inspection_date is None:
        errors.append(FieldError("date", _t("Give the date of the inspection.")))
    elif data.inspection_date > today:
        errors.append(FieldError("date", _t("The date is in the future.")))
    if data.kind is None:
        errors.append(FieldError("kind", _t("Choose the kind of inspection.")))
    title = (data.title or "").strip()
    if not title:
        errors.append(FieldError("title", _t("Give the inspection a title.")))
    elif len(title) > 120:
        errors.append(FieldError("title", _t("The title is longer than 120 characters.")))
    if len((data.inspectors or "").strip()) > 200:
        errors.append(
            FieldError("inspectors", _t("The inspectors are longer than 200 characters."))
        )
    if not data.unit_ids and not data.person_ids:
        errors.append(FieldError("units", _t("Choose the units or people inspected.")))
    if data.unit_ids:
        found = session.scalar(select(func.count(Unit.id)).where(Unit.id.in_(set(data.unit_ids))))
        if found != len(set(data.unit_ids)):
            errors.append(FieldError("units", _t("No such unit.")))
    if data.person_ids:
        found = session.scalar(
            select(func.count(Person.id)).where(Person.id.in_(set(data.person_ids)))
        )
        if found != len(set(data.person_ids)):
            errors.append(FieldError("people", _t("No such person.")))
    if not data.topics:
        errors.append(FieldError("topics", _t("Tick at least one checklist topic.")))
    elif any(t not in TOPICS for t in data.topics):
        errors.append(FieldError("topics", _t("Unknown checklist topic.")))
    return errors


def save_inspection(
    session: Session,
    user: User,
    data: InspectionInput,
    today: date,
    inspection_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> InspectionRow:
    """Add an inspection, or edit the one given (``seen_version``: its row_version in
    the user's form)."""
    user = require_keeper(session, user)
    inspection = (
        Inspection()
        if inspection_id is None
        else get_or_404(session, Inspection, inspection_id, _t("No such inspection."))
    )
    if inspection_id is not None:
        require_seen(session, inspection, seen_version)
    raise_if(_validate(session, data, today))
    assert data.inspection_date is not None and data.kind is not None
    links_before = (
        None
        if inspection_id is None
        else ({u.id for u in inspection.units}, {p.id for p in inspection.people})
    )
    inspection.inspection_date = data.inspection_date
    inspection.kind = data.kind
    inspection.title = data.title.strip()
    inspection.inspectors = clean(data.inspectors)
    # In checklist order, and a new list (not edited in place) so the audit has both.
    inspection.topics = [t for t in TOPICS if t in set(data.topics)]
    inspection.notes = clean(data.notes)
    inspection.units = list(session.scalars(select(Unit).where(Unit.id.in_(set(data.unit_ids)))))
    inspection.people = list(
        session.scalars(select(Person).where(Person.id.in_(set(data.person_ids))))
    )
    if links_before is not None and links_before != (set(data.unit_ids), set(data.person_ids)):
        # Only the link tables changed: no UPDATE of the inspection itself would bump its
        # row_version, and another desktop's form would not notice. Touch it.
        flag_modified(inspection, "title")
    if inspection_id is None:
        session.add(inspection)
    session.flush()
    return get_inspection(session, user, inspection.id)
