"""The integrity registers (廉政台账): risk points by position, pledges per person per
year (and who has not signed), integrity talks, and major-matter reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound
from console.core.i18n import tr_context
from console.core.integrity.access import (
    check_person,
    check_unit,
    clean,
    get_or_404,
    in_scope,
    raise_if,
    reader_scope,
    require_keeper,
)
from db.integrity import IntegrityTalk, MajorMatterReport, Pledge, RiskPoint
from db.org import Person, Unit
from glossary import Category, PersonStatus, RiskLevel, TalkKind

_t = tr_context("integrity")


def _date_ok(errors: list[FieldError], field: str, value: date | None, today: date) -> None:
    if value is None:
        errors.append(FieldError(field, _t("Give the date.")))
    elif value > today:
        errors.append(FieldError(field, _t("The date is in the future.")))


def _text(
    errors: list[FieldError], field: str, value: str | None, limit: int, message: str
) -> None:
    text = (value or "").strip()
    if not text:
        errors.append(FieldError(field, message))
    elif len(text) > limit:
        errors.append(FieldError(field, _t("At most {n} characters.").format(n=limit)))


# --- Risk points -------------------------------------------------------------------


@dataclass(frozen=True)
class RiskPointRow:
    id: int
    unit_id: int | None
    unit_name: str
    position: str
    description: str
    level: RiskLevel
    measures: str
    owner: str
    review_date: date | None
    # As loaded; an edit states it (``seen_version``) so a change made meanwhile on
    # another desktop is reported, not overwritten.
    row_version: int = 0


@dataclass
class RiskPointInput:
    position: str
    description: str
    level: RiskLevel | None
    unit_id: int | None = None
    measures: str | None = None
    owner: str | None = None
    review_date: date | None = None


def list_risk_points(
    session: Session, user: User, point_id: int | None = None
) -> list[RiskPointRow]:
    """Risk points; a squad leader sees their units' and the bureau-wide ones."""
    scope = reader_scope(session, user)
    stmt = (
        select(RiskPoint, Unit.name)
        .outerjoin(Unit, Unit.id == RiskPoint.unit_id)
        .order_by(RiskPoint.level, RiskPoint.position, RiskPoint.id)
    )
    if point_id is not None:
        stmt = stmt.where(RiskPoint.id == point_id)
    if scope is not None:
        stmt = stmt.where(RiskPoint.unit_id.is_(None) | RiskPoint.unit_id.in_(scope))
    order = {level: i for i, level in enumerate(RiskLevel)}
    rows = [
        RiskPointRow(
            id=r.id,
            unit_id=r.unit_id,
            unit_name=name or "",
            position=r.position,
            description=r.description,
            level=r.level,
            measures=r.measures or "",
            owner=r.owner or "",
            review_date=r.review_date,
            row_version=r.row_version,
        )
        for r, name in session.execute(stmt).all()
    ]
    return sorted(rows, key=lambda r: (order[r.level], r.position, r.id))


def save_risk_point(
    session: Session,
    user: User,
    data: RiskPointInput,
    point_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> RiskPointRow:
    user = require_keeper(session, user)
    point = (
        RiskPoint()
        if point_id is None
        else get_or_404(session, RiskPoint, point_id, _t("No such risk point."))
    )
    if point_id is not None:
        require_seen(session, point, seen_version)
    errors: list[FieldError] = []
    _text(errors, "position", data.position, 60, _t("Name the position."))
    if not (data.description or "").strip():
        errors.append(FieldError("description", _t("Describe the risk.")))
    if data.level is None:
        errors.append(FieldError("level", _t("Choose the risk level.")))
    if len((data.owner or "").strip()) > 60:
        errors.append(FieldError("owner", _t("At most {n} characters.").format(n=60)))
    check_unit(session, data.unit_id, errors)
    raise_if(errors)
    assert data.level is not None
    point.unit_id = data.unit_id
    point.position = data.position.strip()
    point.description = data.description.strip()
    point.level = data.level
    point.measures = clean(data.measures)
    point.owner = clean(data.owner)
    point.review_date = data.review_date
    if point_id is None:
        session.add(point)
    session.flush()
    return list_risk_points(session, user, point.id)[0]


# --- Pledges -----------------------------------------------------------------------


@dataclass(frozen=True)
class PledgeRow:
    """An active person and their pledge for the year (None: not signed)."""

    person_id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    category: Category
    signed_date: date | None
    # The pledge's row_version as loaded (None: not signed); correcting the date states it.
    pledge_version: int | None = None


@dataclass(frozen=True)
class PledgeCoverage:
    year: int
    rows: tuple[PledgeRow, ...]

    @property
    def people(self) -> int:
        return len(self.rows)

    @property
    def signed(self) -> int:
        return sum(1 for r in self.rows if r.signed_date is not None)

    @property
    def rate(self) -> float | None:
        return self.signed / self.people if self.rows else None

    @property
    def unsigned(self) -> tuple[PledgeRow, ...]:
        return tuple(r for r in self.rows if r.signed_date is None)


def pledge_coverage(session: Session, user: User, year: int) -> PledgeCoverage:
    """Every active person in the user's scope, with their pledge for the year if signed."""
    scope = reader_scope(session, user)
    stmt = (
        select(
            Person.id,
            Person.staff_no,
            Person.name,
            Person.unit_id,
            Unit.name,
            Person.category,
            Pledge.signed_date,
            Pledge.row_version,
        )
        .join(Unit, Unit.id == Person.unit_id)
        .outerjoin(Pledge, and_(Pledge.person_id == Person.id, Pledge.year == year))
        .where(Person.status == PersonStatus.ACTIVE)
        .order_by(Unit.sort_order, Unit.id, Person.staff_no)
    )
    if scope is not None:
        stmt = stmt.where(Person.unit_id.in_(scope))
    return PledgeCoverage(year, tuple(PledgeRow(*r) for r in session.execute(stmt).all()))


def unsigned_people(session: Session, user: User, year: int) -> list[PledgeRow]:
    """The active people (in the user's scope) who have not signed the year's pledge."""
    return list(pledge_coverage(session, user, year).unsigned)


def record_pledge(
    session: Session,
    user: User,
    person_id: int | None,
    year: int,
    signed: date | None,
    today: date,
    *,
    seen_version: int | None = None,
) -> PledgeRow:
    """Record a signed pledge (one per person per year; recording again corrects the date).

    ``seen_version`` is the pledge's row_version the user corrected; None states nothing."""
    user = require_keeper(session, user)
    errors: list[FieldError] = []
    if person_id is None:
        errors.append(FieldError("person", _t("Choose the person.")))
    person = check_person(session, person_id, errors)
    _date_ok(errors, "signed_date", signed, today)
    if signed is not None and signed.year not in (year - 1, year):
        errors.append(
            FieldError(
                "signed_date",
                _t("A pledge for {year} is signed in {year} (or late the year before).").format(
                    year=year
                ),
            )
        )
    raise_if(errors)
    assert person is not None and signed is not None
    pledge = session.scalar(
        select(Pledge).where(Pledge.person_id == person_id, Pledge.year == year)
    )
    if pledge is None:
        pledge = Pledge(person_id=person_id, year=year, signed_date=signed)
        session.add(pledge)
    else:
        require_seen(session, pledge, seen_version)
        pledge.signed_date = signed
    session.flush()
    unit = session.get(Unit, person.unit_id)
    return PledgeRow(
        person.id,
        person.staff_no,
        person.name,
        person.unit_id,
        unit.name if unit else "",
        person.category,
        signed,
        pledge.row_version,
    )


# --- Integrity talks ---------------------------------------------------------------


@dataclass(frozen=True)
class TalkRow:
    id: int
    talk_date: date
    kind: TalkKind
    talker: str
    person_id: int | None
    person_name: str
    unit_id: int | None
    unit_name: str
    notes: str
    # As loaded; an edit states it (``seen_version``) so a change made meanwhile on
    # another desktop is reported, not overwritten.
    row_version: int = 0


@dataclass
class TalkInput:
    talk_date: date | None
    kind: TalkKind | None
    talker: str
    person_id: int | None = None
    unit_id: int | None = None
    notes: str | None = None


def list_talks(
    session: Session,
    user: User,
    date_from: date | None = None,
    date_to: date | None = None,
    talk_id: int | None = None,
) -> list[TalkRow]:
    scope = reader_scope(session, user)
    stmt = (
        select(IntegrityTalk, Person.name, Unit.name)
        .outerjoin(Person, Person.id == IntegrityTalk.person_id)
        .outerjoin(Unit, Unit.id == IntegrityTalk.unit_id)
        .order_by(IntegrityTalk.talk_date.desc(), IntegrityTalk.id.desc())
    )
    if date_from is not None:
        stmt = stmt.where(IntegrityTalk.talk_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(IntegrityTalk.talk_date <= date_to)
    if talk_id is not None:
        stmt = stmt.where(IntegrityTalk.id == talk_id)
    where = in_scope(scope, IntegrityTalk.unit_id, IntegrityTalk.person_id)
    if where is not None:
        stmt = stmt.where(where)
    return [
        TalkRow(
            t.id,
            t.talk_date,
            t.kind,
            t.talker,
            t.person_id,
            person or "",
            t.unit_id,
            unit or "",
            t.notes or "",
            t.row_version,
        )
        for t, person, unit in session.execute(stmt).all()
    ]


def save_talk(
    session: Session,
    user: User,
    data: TalkInput,
    today: date,
    talk_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> TalkRow:
    user = require_keeper(session, user)
    talk = (
        IntegrityTalk()
        if talk_id is None
        else get_or_404(session, IntegrityTalk, talk_id, _t("No such integrity talk."))
    )
    if talk_id is not None:
        require_seen(session, talk, seen_version)
    errors: list[FieldError] = []
    _date_ok(errors, "talk_date", data.talk_date, today)
    if data.kind is None:
        errors.append(FieldError("kind", _t("Choose the kind of talk.")))
    _text(errors, "talker", data.talker, 60, _t("Name who held the talk."))
    person = check_person(session, data.person_id, errors)
    check_unit(session, data.unit_id, errors)
    if data.kind == TalkKind.COLLECTIVE:
        if data.unit_id is None:
            errors.append(FieldError("unit", _t("A collective talk is held with a unit.")))
    elif data.kind is not None and data.person_id is None:
        errors.append(FieldError("person", _t("Name the person talked to.")))
    raise_if(errors)
    assert data.talk_date is not None and data.kind is not None
    talk.talk_date = data.talk_date
    talk.kind = data.kind
    talk.talker = data.talker.strip()
    talk.person_id = data.person_id if data.kind != TalkKind.COLLECTIVE else None
    talk.unit_id = (
        data.unit_id if data.unit_id is not None else (person.unit_id if person else None)
    )
    talk.notes = clean(data.notes)
    if talk_id is None:
        session.add(talk)
    session.flush()
    return list_talks(session, user, talk_id=talk.id)[0]


# --- Major-matter reports ----------------------------------------------------------


@dataclass(frozen=True)
class MajorMatterRow:
    id: int
    person_id: int
    person_name: str
    staff_no: str
    unit_name: str
    report_date: date
    matter: str
    notes: str
    # As loaded; an edit states it (``seen_version``) so a change made meanwhile on
    # another desktop is reported, not overwritten.
    row_version: int = 0


@dataclass
class MajorMatterInput:
    person_id: int | None
    report_date: date | None
    matter: str
    notes: str | None = None


def list_major_matters(
    session: Session, user: User, report_id: int | None = None
) -> list[MajorMatterRow]:
    scope = reader_scope(session, user)
    stmt = (
        select(MajorMatterReport, Person.name, Person.staff_no, Unit.name)
        .join(Person, Person.id == MajorMatterReport.person_id)
        .join(Unit, Unit.id == Person.unit_id)
        .order_by(MajorMatterReport.report_date.desc(), MajorMatterReport.id.desc())
    )
    if report_id is not None:
        stmt = stmt.where(MajorMatterReport.id == report_id)
    if scope is not None:
        stmt = stmt.where(Person.unit_id.in_(scope))
    return [
        MajorMatterRow(
            r.id,
            r.person_id,
            name,
            staff_no,
            unit,
            r.report_date,
            r.matter,
            r.notes or "",
            r.row_version,
        )
        for r, name, staff_no, unit in session.execute(stmt).all()
    ]


def save_major_matter(
    session: Session,
    user: User,
    data: MajorMatterInput,
    today: date,
    report_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> MajorMatterRow:
    user = require_keeper(session, user)
    report = (
        MajorMatterReport()
        if report_id is None
        else get_or_404(session, MajorMatterReport, report_id, _t("No such report."))
    )
    if report_id is not None:
        require_seen(session, report, seen_version)
    errors: list[FieldError] = []
    if data.person_id is None:
        errors.append(FieldError("person", _t("Name the person reporting.")))
    check_person(session, data.person_id, errors)
    _date_ok(errors, "report_date", data.report_date, today)
    _text(errors, "matter", data.matter, 120, _t("Say what the matter is."))
    raise_if(errors)
    assert data.person_id is not None and data.report_date is not None
    report.person_id = data.person_id
    report.report_date = data.report_date
    report.matter = data.matter.strip()
    report.notes = clean(data.notes)
    if report_id is None:
        session.add(report)
    session.flush()
    rows = list_major_matters(session, user, report.id)
    if not rows:
        raise NotFound(_t("No such report."))
    return rows[0]
