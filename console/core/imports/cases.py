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
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import N_, tr_context
from console.core.imports.checks import (
    PersonInfo,
    RuleIndex,
    Scope,
    load_people,
    lock_problems,
    one_import_at_a_time,
    points_for,
    staff_key,
)
from console.core.imports.summary import ImportSummary
from console.core.imports.table import (
    CellError,
    Column,
    ColumnKind,
    FileFormat,
    cell_count,
    cell_month,
    cell_text,
    read_table,
)
from console.core.permissions import require_write
from console.core.policy import needs_approval
from db.audit import record_bulk
from db.base import utcnow
from db.scoring import PointEvent
from glossary import EventSource, EventStatus, Role, YearMonth

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


def _default_headers() -> Mapping[str, str]:
    return CASES_FORMAT.default_headers()


@dataclass(frozen=True)
class CaseRow:
    """One row of the file: what could be read, and what could not (``errors``)."""

    row: int
    staff_no: str | None
    month: YearMonth | None
    counts: Mapping[CaseKind, int]
    errors: tuple[FieldError, ...] = ()
    # Column key → header as written in the file, for messages that name a column.
    headers: Mapping[str, str] = field(default_factory=_default_headers)

    def error(self, key: str, message: str) -> FieldError:
        return FieldError(self.headers.get(key, key), message, self.row)


def read_cases(path: str | Path) -> list[CaseRow]:
    """Read a case statistics file. Raises ValidationError if the file itself is unusable;
    problems in single cells are kept on the rows for ``import_cases`` to report."""
    table = read_table(path, CASES_FORMAT)
    headers = table.headers
    rows = []
    for raw in table.rows:
        errors: list[FieldError] = []
        month = None
        if raw.get("month") is None:
            errors.append(FieldError(headers["month"], _t("Give the month."), raw.row))
        else:
            try:
                month = cell_month(raw.get("month"))
            except CellError as exc:
                errors.append(FieldError(headers["month"], str(exc), raw.row))
        counts: dict[CaseKind, int] = {}
        for kind in CaseKind:
            try:
                counts[kind] = cell_count(raw.get(kind.value), MAX_COUNT)
            except CellError as exc:
                errors.append(FieldError(headers[kind.value], str(exc), raw.row))
        rows.append(
            CaseRow(
                raw.row,
                cell_text(raw.get("staff_no")),
                month,
                counts,
                tuple(errors),
                headers,
            )
        )
    return rows


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


def _check_row(
    r: CaseRow,
    people: Mapping[str, PersonInfo],
    scope: Scope,
    rules: RuleIndex,
    locked: Mapping[YearMonth, str],
    first_seen: dict[tuple[str, YearMonth], int],
    today: date,
    role: Role,
) -> tuple[list[FieldError], list[_Planned]]:
    errors: list[FieldError] = []
    person = None
    if not r.staff_no:
        errors.append(r.error("staff_no", _t("Give the staff number.")))
    else:
        person = people.get(staff_key(r.staff_no))
        if person is None:
            errors.append(
                r.error("staff_no", _t("No person has staff number {no}.").format(no=r.staff_no))
            )
        elif not scope.allows(person.unit_id):
            errors.append(
                r.error(
                    "staff_no",
                    _t("{no} is not in your units: a squad leader imports for their own.").format(
                        no=person.staff_no
                    ),
                )
            )
    month = r.month
    if month is None:
        return errors, []
    if person is not None:
        key = (person.staff_no, month)
        if key in first_seen:
            errors.append(
                r.error(
                    "staff_no",
                    _t("{no} appears twice for {month} (also row {row}).").format(
                        no=person.staff_no, month=month, row=first_seen[key]
                    ),
                )
            )
        else:
            first_seen[key] = r.row
    if month > YearMonth.of(today):
        errors.append(r.error("month", _t("{month} has not begun yet.").format(month=month)))
        return errors, []
    if month in locked:
        errors.append(r.error("month", locked[month]))
        return errors, []
    if person is not None:
        problem = person.strength_problem(month.first_day, month.last_day, str(month))
        if problem:
            errors.append(r.error("staff_no", problem))
    on = event_day(month, today)
    planned = []
    for kind, count in r.counts.items():
        if count <= 0:
            continue  # zero cases, no event
        code = CASE_RULE_CODES[kind]
        rule = rules.in_force(code, on)
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
                    # The rule's own flag counts as for a manual entry (policy.needs_approval).
                    needs_approval(rule.needs_approval, role),
                )
            )
    return errors, planned


def import_cases(
    session: Session,
    user: User,
    rows: Sequence[CaseRow],
    today: date,
    *,
    dry_run: bool = False,
    source: str | None = None,
) -> ImportSummary:
    """Check every row, then replace the months' case imports in one transaction.

    Raises ValidationError listing every problem (row, column, reason) if any row is bad;
    then nothing is written. ``dry_run`` checks and counts but writes nothing.
    Figures a squad leader imports wait for a supervisor's approval, as their entries do.
    """
    user = require_write(session, user)
    one_import_at_a_time(session)
    errors = [e for r in rows for e in r.errors]
    if not rows:
        errors.append(FieldError("file", _t("The file holds no rows to import.")))
    people = load_people(session)
    scope = Scope(session, user)
    rules = RuleIndex(session, CASE_RULE_CODES.values())
    months = {r.month for r in rows if r.month is not None}
    locked = lock_problems(session, months)
    first_seen: dict[tuple[str, YearMonth], int] = {}
    planned: list[_Planned] = []
    for r in rows:
        row_errors, row_planned = _check_row(
            r, people, scope, rules, locked, first_seen, today, user.role
        )
        errors.extend(row_errors)
        planned.extend(row_planned)
    if errors:
        # Stable: within a row, cell problems come before the ones found in the database.
        raise ValidationError(sorted(errors, key=lambda e: e.row or 0))

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
    if scope.units is not None:
        # A squad leader's file replaces only their own people's earlier figures.
        own = {p.id for p in people.values() if scope.allows(p.unit_id)}
        earlier = [e for e in earlier if e.person_id in own]
    summary = ImportSummary(
        kind=CASES_FORMAT.kind,
        rows_read=len(rows),
        created=len(planned),
        pending=sum(1 for p in planned if p.pending),
        replaced=len(earlier),
        points=sum((p.points for p in planned), Decimal(0)),
        months=tuple(sorted(months)),
        written=not dry_run,
    )
    if dry_run:
        return summary  # nothing was written
    now = utcnow()
    reason = _t("replaced by re-import on {date}").format(date=today.isoformat())
    for event in earlier:  # one audited update each: every void is traceable
        event.status = EventStatus.VOID
        event.reason = reason
        event.decided_by_id = user.id
        event.decided_at = now
    session.flush()
    if planned:
        session.execute(
            insert(PointEvent),
            [
                {
                    "person_id": p.person_id,
                    "unit_id": None,
                    "event_date": event_day(p.month, today),
                    "rule_id": p.rule_id,
                    "quantity": p.quantity,
                    "points": p.points,
                    "note": None,
                    "evidence": None,
                    "source": EventSource.CASE_IMPORT,
                    "source_ref": source_ref(p.month),
                    "recorded_by_id": user.id,
                    "recorded_at": now,
                    "status": EventStatus.PENDING if p.pending else EventStatus.APPROVED,
                }
                for p in planned
            ],
        )
        note = f"case import {', '.join(refs)}"
        if source:
            note += f" from {source}"
        if earlier:
            note += f", replacing {len(earlier)}"
        record_bulk(session, "point_event", len(planned), note=note)
    return summary
