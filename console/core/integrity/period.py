"""The integrity figures of a period (from – to, inclusive): what ``ducha integrity``
prints, the Integrity page charts and the inspection bulletin (督察通报) shows.

Definitions (the same as the Integrity page's key figures):

- A finding counts in the period when it was *found* in it; void findings count nowhere.
- *Due*: a finding of the period whose rectification deadline is before ``as_of``.
- *Rectification rate* = verified ÷ due (None while nothing is due).
- *Overdue*: deadline before ``as_of`` while the rectification is still owed (open,
  assigned, or sent back). The overdue list takes every finding found up to the end of
  the period, not only those of the period: a backlog is not forgiven by a new quarter.

Every figure is one grouped query; a squad leader sees only their own units.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, extract, func, or_, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.integrity.findings import FindingRow
from console.core.integrity.warnings import WarningRow, list_warnings
from console.core.permissions import require_user, visible_unit_ids
from console.core.policy import OWED_FINDING, finding_overdue
from db.integrity import (
    Complaint,
    Finding,
    Inspection,
    IntegrityTalk,
    inspection_person,
    inspection_unit,
)
from db.org import Person, Unit
from glossary import (
    ComplaintOutcome,
    FindingStatus,
    InspectionKind,
    Severity,
    WarningStatus,
    YearMonth,
)

_t = tr_context("integrity_period")

SEVERITIES = tuple(Severity)  # minor, serious, grave
TYPICAL = (Severity.GRAVE, Severity.SERIOUS)


@dataclass(frozen=True)
class UnitFindings:
    unit_id: int | None
    unit_name: str
    findings: int
    minor: int
    serious: int
    grave: int
    verified: int
    overdue: int  # of the period's findings, as of the report day


@dataclass(frozen=True)
class TopicFindings:
    topic: str
    findings: int
    serious_or_grave: int


@dataclass(frozen=True)
class MonthFindings:
    month: YearMonth
    findings: int
    minor: int
    serious: int
    grave: int


@dataclass(frozen=True)
class PeriodFigures:
    date_from: date
    date_to: date
    as_of: date
    inspections: int
    inspections_by_kind: dict[InspectionKind, int]
    units_inspected: int
    people_inspected: int
    findings: int
    by_severity: dict[Severity, int]
    by_status: dict[FindingStatus, int]  # as recorded now
    due: int
    verified_due: int
    overdue: list[FindingRow]  # as of ``as_of``, found on or before ``date_to``
    by_unit: list[UnitFindings]  # most findings first
    by_topic: list[TopicFindings]  # most findings first
    by_month: list[MonthFindings]  # every month of the period, in order
    typical: list[FindingRow]  # grave then serious findings of the period
    complaints: int
    complaints_by_outcome: dict[ComplaintOutcome, int]
    talks: int
    warnings_fired: int  # in the period
    open_warnings: list[WarningRow] = field(default_factory=list)  # now, whenever fired

    @property
    def rectification_rate(self) -> float | None:
        return self.verified_due / self.due if self.due else None

    @property
    def verified(self) -> int:
        return self.by_status.get(FindingStatus.VERIFIED, 0)

    @property
    def rectified_awaiting_check(self) -> int:
        return self.by_status.get(FindingStatus.RECTIFIED, 0)

    @property
    def in_progress(self) -> int:
        return sum(self.by_status.get(s, 0) for s in OWED_FINDING)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    # SUM(CASE …): the same SQL on SQLite and PostgreSQL.
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def check_period(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise ValidationError([FieldError("date_to", _t("The period ends before it starts."))])


def months_between(date_from: date, date_to: date) -> list[YearMonth]:
    months, month = [], YearMonth.of(date_from)
    while month <= YearMonth.of(date_to):
        months.append(month)
        month = month.next()
    return months


def period_figures(
    session: Session,
    user: User,
    date_from: date,
    date_to: date,
    as_of: date,
    *,
    typical_limit: int | None = None,
) -> PeriodFigures:
    """Everything the inspection bulletin says about the period, in the user's scope."""
    require_user(user)
    check_period(date_from, date_to)
    scope = visible_unit_ids(session, user)

    in_period = and_(
        Finding.found_date >= date_from,
        Finding.found_date <= date_to,
        Finding.status != FindingStatus.VOID,
    )
    # The shared policy's overdue, as the Overview and the Integrity page count it.
    overdue_now = finding_overdue(as_of)
    due = and_(Finding.deadline.is_not(None), Finding.deadline < as_of)

    def scoped(stmt):  # type: ignore[no-untyped-def]
        return stmt if scope is None else stmt.where(Finding.unit_id.in_(scope))

    # Inspections held, by kind; a squad leader's are those touching their units.
    insp = select(Inspection.kind, func.count(Inspection.id)).where(
        Inspection.inspection_date >= date_from, Inspection.inspection_date <= date_to
    )
    if scope is not None:
        insp = insp.where(
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
    by_kind = {kind: int(n) for kind, n in session.execute(insp.group_by(Inspection.kind)).all()}
    held = (
        select(Inspection.id)
        .where(Inspection.inspection_date >= date_from, Inspection.inspection_date <= date_to)
        .scalar_subquery()
    )
    units_stmt = select(func.count(func.distinct(inspection_unit.c.unit_id))).where(
        inspection_unit.c.inspection_id.in_(held)
    )
    people_stmt = (
        select(func.count(func.distinct(inspection_person.c.person_id)))
        .join(Person, Person.id == inspection_person.c.person_id)
        .where(inspection_person.c.inspection_id.in_(held))
    )
    if scope is not None:
        units_stmt = units_stmt.where(inspection_unit.c.unit_id.in_(scope))
        people_stmt = people_stmt.where(Person.unit_id.in_(scope))

    # Findings of the period: severity × status, and the due/verified counts, at once.
    grid = session.execute(
        scoped(
            select(
                Finding.severity,
                Finding.status,
                func.count(Finding.id),
                _count_if(due),
                _count_if(and_(due, Finding.status == FindingStatus.VERIFIED)),
            )
            .where(in_period)
            .group_by(Finding.severity, Finding.status)
        )
    ).all()
    by_severity = {s: 0 for s in SEVERITIES}
    by_status: dict[FindingStatus, int] = {}
    due_n = verified_due = 0
    for severity, status, n, d, v in grid:
        by_severity[severity] = by_severity.get(severity, 0) + int(n)
        by_status[status] = by_status.get(status, 0) + int(n)
        due_n += int(d)
        verified_due += int(v)

    sev = {s: _count_if(Finding.severity == s) for s in SEVERITIES}
    unit_rows = session.execute(
        scoped(
            select(
                Finding.unit_id,
                func.max(Unit.name),
                func.count(Finding.id),
                sev[Severity.MINOR],
                sev[Severity.SERIOUS],
                sev[Severity.GRAVE],
                _count_if(Finding.status == FindingStatus.VERIFIED),
                _count_if(overdue_now),
            )
            .outerjoin(Unit, Unit.id == Finding.unit_id)
            .where(in_period)
            .group_by(Finding.unit_id)
        )
    ).all()
    by_unit = sorted(
        (
            UnitFindings(uid, name or _t("(no unit)"), *(int(x) for x in rest))
            for uid, name, *rest in unit_rows
        ),
        key=lambda u: (-u.findings, -u.grave, -u.serious, u.unit_name),
    )

    topic_rows = session.execute(
        scoped(
            select(
                Finding.topic,
                func.count(Finding.id),
                _count_if(Finding.severity.in_(TYPICAL)),
            )
            .where(in_period)
            .group_by(Finding.topic)
        )
    ).all()
    by_topic = sorted(
        (TopicFindings(topic, int(n), int(s)) for topic, n, s in topic_rows),
        key=lambda t: (-t.findings, t.topic),
    )

    year, month = extract("year", Finding.found_date), extract("month", Finding.found_date)
    month_rows = session.execute(
        scoped(
            select(
                year,
                month,
                func.count(Finding.id),
                sev[Severity.MINOR],
                sev[Severity.SERIOUS],
                sev[Severity.GRAVE],
            )
            .where(in_period)
            .group_by(year, month)
        )
    ).all()
    per_month = {
        YearMonth(int(y), int(m)): tuple(int(x) for x in rest) for y, m, *rest in month_rows
    }
    by_month = [
        MonthFindings(m, *per_month.get(m, (0, 0, 0, 0)))
        for m in months_between(date_from, date_to)
    ]

    # The overdue list: every finding up to the period's end still owed past its deadline.
    overdue = _finding_rows(
        session,
        scope,
        and_(Finding.found_date <= date_to, overdue_now),
        (Finding.deadline, Unit.name, Finding.id),
    )
    grave_first = case((Finding.severity == Severity.GRAVE, 0), else_=1)
    typical = _finding_rows(
        session,
        scope,
        and_(in_period, Finding.severity.in_(TYPICAL)),
        (grave_first, Finding.found_date, Finding.id),
        typical_limit,
    )

    comp = select(Complaint.outcome, func.count(Complaint.id)).where(
        Complaint.received_date >= date_from, Complaint.received_date <= date_to
    )
    if scope is not None:
        comp = comp.outerjoin(Person, Person.id == Complaint.person_id).where(
            or_(Complaint.unit_id.in_(scope), Person.unit_id.in_(scope))
        )
    complaints_by_outcome = {
        outcome: int(n) for outcome, n in session.execute(comp.group_by(Complaint.outcome)).all()
    }
    complaints_by_outcome.pop(ComplaintOutcome.VOID, None)

    talks_stmt = select(func.count(IntegrityTalk.id)).where(
        IntegrityTalk.talk_date >= date_from, IntegrityTalk.talk_date <= date_to
    )
    if scope is not None:
        talks_stmt = talks_stmt.outerjoin(Person, Person.id == IntegrityTalk.person_id).where(
            or_(IntegrityTalk.unit_id.in_(scope), Person.unit_id.in_(scope))
        )

    open_warnings = list_warnings(session, user, WarningStatus.OPEN)
    fired = list_warnings(session, user, fired_from=date_from, fired_to=date_to)

    return PeriodFigures(
        date_from=date_from,
        date_to=date_to,
        as_of=as_of,
        inspections=sum(by_kind.values()),
        inspections_by_kind=by_kind,
        units_inspected=session.scalar(units_stmt) or 0,
        people_inspected=session.scalar(people_stmt) or 0,
        findings=sum(by_severity.values()),
        by_severity=by_severity,
        by_status=by_status,
        due=due_n,
        verified_due=verified_due,
        overdue=overdue,
        by_unit=by_unit,
        by_topic=by_topic,
        by_month=by_month,
        typical=typical,
        complaints=sum(complaints_by_outcome.values()),
        complaints_by_outcome=complaints_by_outcome,
        talks=session.scalar(talks_stmt) or 0,
        warnings_fired=len(fired),
        open_warnings=open_warnings,
    )


def _finding_rows(
    session: Session,
    scope: set[int] | None,
    condition: ColumnElement[bool],
    order: tuple[Any, ...],
    limit: int | None = None,
) -> list[FindingRow]:
    stmt = (
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
            Finding.row_version,
        )
        .select_from(Finding)
        .outerjoin(Unit, Unit.id == Finding.unit_id)
        .outerjoin(Person, Person.id == Finding.person_id)
        .where(condition)
        .order_by(*order)
    )
    if scope is not None:
        stmt = stmt.where(Finding.unit_id.in_(scope))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        FindingRow(
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
            row_version=r[13],
        )
        for r in session.execute(stmt).all()
    ]
