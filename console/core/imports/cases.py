"""Case statistics (办案数据, "以办案论英雄"): the enforcement platform's monthly export of
cases closed per person, turned into casework points.

Each non-zero count becomes one point event under the catalogue's rule for that kind of
case (AJ01 simple procedure … AJ04 major case), dated the month's last day — or today,
while the month is still running — with points fixed at import as count × the rule's
points. Monthly caps are the ranking's business, not the import's: 25 simple cases are
recorded as 12.5 points even though the ranking counts at most 10.

The platform's figures are the record, so a month imported again *replaces* the
earlier import of that month: its events are voided (kept, with the reason) and the new
ones written, in one transaction. Nothing is ever doubled or deleted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from console.core.errors import FieldError
from console.core.i18n import N_, tr_context
from console.core.imports.checks import (
    PersonInfo,
    RuleIndex,
    find_person,
    load_people,
    points_for,
)
from console.core.imports.driver import Cells, HeadedRow, ImportSpec, Job
from console.core.imports.summary import ImportSummary
from console.core.imports.table import (
    Cell,
    Column,
    ColumnKind,
    FileFormat,
    cell_count,
    cell_month,
)
from console.core.policy import needs_approval
from db.base import utcnow
from db.scoring import PointEvent
from glossary import EventSource, EventStatus, YearMonth

_t = tr_context("imports")

# No one closes ten thousand cases in a month: a figure that large is a mistyped cell.
MAX_COUNT = 9_999


class CaseKind(StrEnum):
    SIMPLE = "simple"
    GENERAL = "general"
    NON_SITE = "non_site"
    MAJOR = "major"


# The catalogue rule each count is booked under (console.core.default_rules).
CASE_RULE_CODES: Mapping[CaseKind, str] = {
    CaseKind.SIMPLE: "AJ01",
    CaseKind.GENERAL: "AJ02",
    CaseKind.NON_SITE: "AJ03",
    CaseKind.MAJOR: "AJ04",
}

STAFF_NO_ALIASES = ("staff no", "staff number", "员工编号", "人员编号")


def _count(key: CaseKind, header: str, english: str, *aliases: str) -> Column:
    return Column(
        key.value,
        header,
        english,
        ColumnKind.COUNT,
        aliases=aliases,
        description=N_("Cases closed in the month: a whole number ≥ 0; blank means 0."),
        example="3",
    )


CASES_FORMAT = FileFormat(
    kind="cases",
    title=N_("Case statistics"),
    sheet="办案数据",
    columns=(
        Column(
            "staff_no",
            "工号",
            "staff_no",
            aliases=STAFF_NO_ALIASES,
            description=N_("The person's staff number, as in the roster."),
            example="ZF0001",
        ),
        Column(
            "month",
            "月份",
            "month",
            ColumnKind.MONTH,
            description=N_("The month: 2026-10, 2026年10月, or any date in the month."),
            example="2026-10",
        ),
        _count(CaseKind.SIMPLE, "简易程序", "simple_procedure", "简易程序案件"),
        _count(CaseKind.GENERAL, "一般程序", "general_procedure", "一般程序案件"),
        _count(CaseKind.NON_SITE, "非现场", "non_site", "非现场执法", "非现场案件"),
        _count(CaseKind.MAJOR, "重大案件", "major", "major_case", "重大疑难案件"),
    ),
    notes=(
        N_("One row per person and month; a person may appear once per month."),
        N_(
            "Counts become points under the catalogue rules AJ01 (simple procedure), AJ02 "
            "(general procedure), AJ03 (non-site) and AJ04 (major case), dated the month's "
            "last day."
        ),
        N_(
            "Importing a month again replaces that month's earlier case import: the earlier "
            "points are voided (kept on record), the new ones recorded."
        ),
        N_("The month must have begun and must not be finalised."),
        N_(
            "A file with any invalid row is rejected whole, every problem listed by row and "
            "column; nothing is saved."
        ),
    ),
)


@dataclass(frozen=True)
class CaseRow(HeadedRow):
    """One row of the file: what could be read, and what could not (``errors``)."""

    staff_no: str | None
    month: YearMonth | None
    counts: Mapping[CaseKind, int]


def event_day(month: YearMonth, today: date) -> date:
    """A closed month's cases are dated its last day; the running month's, today."""
    return min(month.last_day, today)


def source_ref(month: YearMonth) -> str:
    return f"cases-{month}"


class _Planned(NamedTuple):
    person_id: int
    month: YearMonth
    rule_id: int
    quantity: Decimal
    points: Decimal
    pending: bool


@dataclass
class _Context:
    people: Mapping[str, PersonInfo]
    rules: RuleIndex
    months: set[YearMonth]  # every month of the file: each one's earlier import is replaced
    first_seen: dict[tuple[str, YearMonth], int]


class CasesImport(ImportSpec[CaseRow, _Context, _Planned, ImportSummary]):
    """The platform's figures replace the months' earlier case import (voided, kept)."""

    def parse_row(self, cells: Cells) -> CaseRow:
        month = cells.read("month", cell_month, missing=_t("Give the month."))
        counts = {
            kind: cells.parsed(kind.value, _case_count, cells.raw.get(kind.value)) or 0
            for kind in CaseKind
        }
        staff_no = cells.text("staff_no")
        return CaseRow(
            staff_no, month, counts, row=cells.row, errors=cells.errors, headers=cells.headers
        )

    def months(self, rows: Sequence[CaseRow]) -> set[YearMonth]:
        return {r.month for r in rows if r.month is not None}

    def load(self, session: Session, job: Job, rows: Sequence[CaseRow]) -> _Context:
        rules = RuleIndex(session, CASE_RULE_CODES.values())
        return _Context(load_people(session), rules, self.months(rows), {})

    def check_row(
        self, r: CaseRow, ctx: _Context, job: Job
    ) -> tuple[list[FieldError], list[_Planned]]:
        errors, person = find_person(r.staff_no, ctx.people, job.scope, r.error)
        month = r.month
        if month is None:
            return errors, []
        if person is not None:
            key = (person.staff_no, month)
            if key in ctx.first_seen:
                errors.append(
                    r.error(
                        "staff_no",
                        _t("{no} appears twice for {month} (also row {row}).").format(
                            no=person.staff_no, month=month, row=ctx.first_seen[key]
                        ),
                    )
                )
            else:
                ctx.first_seen[key] = r.row
        if month > YearMonth.of(job.today):
            errors.append(r.error("month", _t("{month} has not begun yet.").format(month=month)))
            return errors, []
        if month in job.locked:
            errors.append(r.error("month", job.locked[month]))
            return errors, []
        if person is not None:
            problem = person.strength_problem(month.first_day, month.last_day, str(month))
            if problem:
                errors.append(r.error("staff_no", problem))
        on = event_day(month, job.today)
        planned = []
        for kind, count in r.counts.items():
            if count <= 0:
                continue  # zero cases, no event
            code = CASE_RULE_CODES[kind]
            rule = ctx.rules.in_force(code, on)
            if rule is None:
                errors.append(
                    r.error(
                        kind.value,
                        _t(
                            "The catalogue has no active rule {code} in force on {date}; an "
                            "administrator must add it before this column can be imported."
                        ).format(code=code, date=on),
                    )
                )
            elif person is not None:
                quantity = Decimal(count)
                planned.append(
                    _Planned(
                        person.id,
                        month,
                        rule.id,
                        quantity,
                        points_for(quantity, rule),
                        # The rule's own flag counts as for a manual entry (policy).
                        needs_approval(rule.needs_approval, job.user.role),
                    )
                )
        return errors, planned

    def write(
        self, session: Session, job: Job, ctx: _Context, planned: list[_Planned]
    ) -> ImportSummary:
        """Void the months' earlier case import and record the new figures."""
        months = sorted(ctx.months)
        refs = sorted({source_ref(m) for m in months})
        earlier = list(
            session.scalars(
                select(PointEvent).where(
                    PointEvent.source == EventSource.CASE_IMPORT,
                    PointEvent.source_ref.in_(refs),
                    PointEvent.status.in_([EventStatus.APPROVED, EventStatus.PENDING]),
                )
            )
        )
        if job.scope.units is not None:
            # A squad leader's file replaces only their own people's earlier figures.
            own = {p.id for p in ctx.people.values() if job.scope.allows(p.unit_id)}
            earlier = [e for e in earlier if e.person_id in own]
        summary = ImportSummary(
            kind=self.kind,
            rows_read=job.rows_read,
            created=len(planned),
            pending=sum(1 for p in planned if p.pending),
            replaced=len(earlier),
            points=sum((p.points for p in planned), Decimal(0)),
            months=tuple(months),
            written=not job.dry_run,
        )
        if job.dry_run:
            return summary  # told without writing
        now = utcnow()
        reason = _t("replaced by re-import on {date}").format(date=job.today.isoformat())
        for event in earlier:  # one audited update each: every void is traceable
            event.status = EventStatus.VOID
            event.reason = reason
            event.decided_by_id = job.user.id
            event.decided_at = now
        session.flush()
        if planned:
            written = session.scalars(
                insert(PointEvent).returning(PointEvent.id, sort_by_parameter_order=True),
                [
                    {
                        "person_id": p.person_id,
                        "unit_id": None,
                        "event_date": event_day(p.month, job.today),
                        "rule_id": p.rule_id,
                        "quantity": p.quantity,
                        "points": p.points,
                        "note": None,
                        "evidence": None,
                        "source": EventSource.CASE_IMPORT,
                        "source_ref": source_ref(p.month),
                        "recorded_by_id": job.user.id,
                        "recorded_at": now,
                        "status": EventStatus.PENDING if p.pending else EventStatus.APPROVED,
                    }
                    for p in planned
                ],
            )
            what = f"case import {', '.join(refs)}"
            if earlier:
                what += f", replacing {len(earlier)}"
            job.audit_bulk(session, PointEvent, written.all(), what)
        return summary


def _case_count(value: Cell) -> int:
    return cell_count(value, MAX_COUNT)


SPEC = CasesImport(CASES_FORMAT)
read_cases = SPEC.read
import_cases = SPEC.run
