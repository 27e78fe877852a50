"""Findings (问题) of inspections and the integrity figures the Integrity page shows.

A finding is *open* until it is verified (复核): a rectified finding still waits for the
squad's check. It is *overdue* when its deadline has passed while the unit still owes the
rectification — open, assigned, or sent back after a failed check. A *void* finding (recorded
in error, or its deduction voided) stays on record but counts nowhere.

Recording and moving findings along the loop is in ``console.core.integrity.rectification``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import NotFound
from console.core.i18n import tr_context
from console.core.permissions import require_user, visible_unit_ids
from console.core.policy import OWED_FINDING, finding_open, finding_overdue
from db.integrity import Finding, Inspection, Pledge, inspection_person, inspection_unit
from db.org import Person, Unit
from db.scoring import PointEvent, Rule
from glossary import EventStatus, FindingStatus, PersonStatus, Severity, YearMonth

_t = tr_context("integrity")

# Open and overdue are the shared policy's (console.core.policy), so that the Overview
# and the Integrity page count the same findings.
OWED = frozenset(OWED_FINDING)  # the rectification is still owed by the unit
LIVE = Finding.status != FindingStatus.VOID


def is_overdue(status: FindingStatus, deadline: date | None, today: date) -> bool:
    """The record-in-hand form of ``policy.finding_overdue``."""
    return deadline is not None and deadline < today and status in OWED


@dataclass(frozen=True)
class FindingRow:
    id: int
    found_date: date
    unit_id: int | None
    unit_name: str
    person_id: int | None
    person_name: str
    staff_no: str
    topic: str
    severity: Severity
    status: FindingStatus
    deadline: date | None
    description: str
    inspection_id: int | None
    # The loop so far, and the deduction booked from the finding (if any).
    assigned_date: date | None = None
    rectified_date: date | None = None
    rectification: str | None = None
    verified_date: date | None = None
    review_note: str | None = None
    void_reason: str | None = None
    inspection_title: str = ""
    point_event_id: int | None = None
    event_status: EventStatus | None = None
    event_points: Decimal | None = None
    rule_code: str = ""
    # As loaded: a step states the status the user saw, an edit the version in the form.
    row_version: int = 0

    def overdue_on(self, today: date) -> bool:
        return is_overdue(self.status, self.deadline, today)

    @property
    def has_live_deduction(self) -> bool:
        return self.point_event_id is not None and self.event_status in (
            EventStatus.PENDING,
            EventStatus.APPROVED,
        )


@dataclass(frozen=True)
class IntegrityKpis:
    month: YearMonth
    inspections: int  # held in the month
    findings_raised: int  # found in the month
    open_findings: int  # not yet verified, whenever found
    overdue_findings: int
    # Rectification rate over the findings of the month's year whose deadline has passed:
    # verified ÷ due. None when nothing is due yet.
    due_findings: int
    verified_due: int
    active_people: int
    pledged_people: int  # active people with a pledge for the month's year

    @property
    def rectification_rate(self) -> float | None:
        return self.verified_due / self.due_findings if self.due_findings else None

    @property
    def pledge_coverage(self) -> float | None:
        return self.pledged_people / self.active_people if self.active_people else None


def _finding_select():  # type: ignore[no-untyped-def]
    return (
        select(
            Finding.id,
            Finding.found_date,
            Finding.unit_id,
            Unit.name,
            Finding.person_id,
            Person.name,
            Person.staff_no,
            Finding.topic,
            Finding.severity,
            Finding.status,
            Finding.deadline,
            Finding.description,
            Finding.inspection_id,
            Finding.assigned_date,
            Finding.rectified_date,
            Finding.rectification,
            Finding.verified_date,
            Finding.review_note,
            Finding.void_reason,
            Inspection.title,
            Finding.point_event_id,
            PointEvent.status,
            PointEvent.points,
            Rule.code,
            Finding.row_version,
        )
        .select_from(Finding)
        .outerjoin(Unit, Unit.id == Finding.unit_id)
        .outerjoin(Person, Person.id == Finding.person_id)
        .outerjoin(Inspection, Inspection.id == Finding.inspection_id)
        .outerjoin(PointEvent, PointEvent.id == Finding.point_event_id)
        .outerjoin(Rule, Rule.id == PointEvent.rule_id)
    )


def _row(r: Any) -> FindingRow:
    return FindingRow(
        id=r[0],
        found_date=r[1],
        unit_id=r[2],
        unit_name=r[3] or "",
        person_id=r[4],
        person_name=r[5] or "",
        staff_no=r[6] or "",
        topic=r[7],
        severity=r[8],
        status=r[9],
        deadline=r[10],
        description=r[11],
        inspection_id=r[12],
        assigned_date=r[13],
        rectified_date=r[14],
        rectification=r[15],
        verified_date=r[16],
        review_note=r[17],
        void_reason=r[18],
        inspection_title=r[19] or "",
        point_event_id=r[20],
        event_status=r[21],
        event_points=r[22],
        rule_code=r[23] or "",
        row_version=r[24],
    )


def list_findings(
    session: Session,
    user: User,
    date_from: date | None = None,
    date_to: date | None = None,
    open_only: bool = False,
    inspection_id: int | None = None,
) -> list[FindingRow]:
    """Findings found between the dates (inclusive, either may be open-ended) that the user
    may see — a squad leader only those raised against units in their scope. ``open_only``
    leaves out the verified and the void."""
    require_user(user)
    stmt = _finding_select().order_by(Finding.found_date, Finding.id)
    if date_from is not None:
        stmt = stmt.where(Finding.found_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Finding.found_date <= date_to)
    if open_only:
        stmt = stmt.where(finding_open())
    if inspection_id is not None:
        stmt = stmt.where(Finding.inspection_id == inspection_id)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(Finding.unit_id.in_(scope))
    return [_row(r) for r in session.execute(stmt).all()]


def get_finding(session: Session, user: User, finding_id: int) -> FindingRow:
    require_user(user)
    stmt = _finding_select().where(Finding.id == finding_id)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(Finding.unit_id.in_(scope))
    r = session.execute(stmt).first()
    if r is None:
        raise NotFound(_t("No such finding."))
    return _row(r)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    # SUM(CASE …) rather than COUNT(*) FILTER: the same SQL on SQLite and PostgreSQL.
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def integrity_kpis(session: Session, user: User, month: YearMonth, today: date) -> IntegrityKpis:
    """The Integrity page's key figures for a month, as of ``today``, in the user's scope."""
    require_user(user)
    scope = visible_unit_ids(session, user)
    first, last = month.first_day, month.last_day
    year_start, year_end = date(month.year, 1, 1), date(month.year, 12, 31)

    inspections = select(func.count(Inspection.id)).where(
        Inspection.inspection_date >= first, Inspection.inspection_date <= last
    )
    if scope is not None:
        # An inspection concerns a squad leader when it visited one of their units or
        # checked one of their people.
        inspections = inspections.where(
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

    due = and_(
        LIVE,
        Finding.found_date >= year_start,
        Finding.found_date <= year_end,
        Finding.deadline.is_not(None),
        Finding.deadline < today,
    )
    findings = select(
        _count_if(and_(LIVE, Finding.found_date >= first, Finding.found_date <= last)),
        _count_if(finding_open()),
        _count_if(finding_overdue(today)),
        _count_if(due),
        _count_if(and_(due, Finding.status == FindingStatus.VERIFIED)),
    )
    if scope is not None:
        findings = findings.where(Finding.unit_id.in_(scope))
    raised, open_, overdue, due_n, verified_due = session.execute(findings).one()

    # The (person, year) pair is unique, so the outer join cannot count a person twice.
    pledges = (
        select(func.count(Person.id), func.count(Pledge.id))
        .select_from(Person)
        .outerjoin(Pledge, and_(Pledge.person_id == Person.id, Pledge.year == month.year))
        .where(Person.status == PersonStatus.ACTIVE)
    )
    if scope is not None:
        pledges = pledges.where(Person.unit_id.in_(scope))
    active, pledged = session.execute(pledges).one()

    return IntegrityKpis(
        month=month,
        inspections=session.scalar(inspections) or 0,
        findings_raised=int(raised),
        open_findings=int(open_),
        overdue_findings=int(overdue),
        due_findings=int(due_n),
        verified_due=int(verified_due),
        active_people=int(active),
        pledged_people=int(pledged),
    )
