"""Point entries from a file (积分记录导入): many manual entries at once — the command
centre's dispatch statistics, a training roll, a month's kept ledger.

Every row is checked as a manual entry would be (rule in force and active on the date,
quantity, no future date, no finalised month, the person on strength, the user's scope)
and the file goes in whole or not at all. Rules that need approval wait as pending, as
does everything a squad leader records.

An entry file is not a statement of a month's truth the way the case statistics are, so
importing adds entries rather than replacing any. To keep an accidental second import
from doubling them, each import carries a fingerprint of its content (``source_ref``)
and the same content is refused while its earlier entries stand.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import N_, tr_context
from console.core.imports.cases import STAFF_NO_ALIASES
from console.core.imports.checks import (
    PersonInfo,
    RuleIndex,
    Scope,
    UnitInfo,
    load_people,
    load_units,
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
    cell_date,
    cell_quantity,
    cell_text,
    read_table,
)
from console.core.permissions import require_write
from console.core.policy import needs_approval
from console.core.scoring.entries import MAX_QUANTITY
from console.core.scoring.rules import normalise_code
from db.audit import record_bulk
from db.base import utcnow
from db.scoring import PointEvent
from glossary import EventSource, EventStatus, Role, YearMonth

_t = tr_context("imports")

EVIDENCE_LENGTH = 200  # the column's width in the database

EVENTS_FORMAT = FileFormat(
    kind="events",
    title=N_("Point entries"),
    sheet="积分记录",
    columns=(
        Column(
            "staff_no",
            "工号",
            "staff_no",
            alternative="unit",
            aliases=STAFF_NO_ALIASES,
            description=N_("The person's staff number. Leave blank for a squad's entry."),
            example="ZF0001",
        ),
        Column(
            "unit",
            "单位",
            "unit",
            required=True,
            alternative="staff_no",
            aliases=("中队", "所在单位", "unit name"),
            description=N_(
                "For a squad's entry (no staff number): the unit's name. With a staff "
                "number it may be left blank; if given it must be the person's unit."
            ),
            example="城东中队",
        ),
        Column(
            "date",
            "日期",
            "date",
            ColumnKind.DATE,
            aliases=("event_date", "发生日期"),
            description=N_("The day it happened: 2026-10-05 or a date cell; not in the future."),
            example="2026-10-05",
        ),
        Column(
            "rule",
            "细则编号",
            "rule",
            aliases=("rule_code", "code", "细则代码", "规则编号"),
            description=N_("The code of a rule of the catalogue in force on that day."),
            example="XC02",
        ),
        Column(
            "quantity",
            "数量",
            "quantity",
            ColumnKind.QUANTITY,
            required=False,
            aliases=("qty", "次数"),
            description=N_(
                "How many units of the rule (cases, times, hours): greater than zero, at "
                "most two decimals; blank means 1."
            ),
            example="2",
        ),
        Column(
            "note",
            "备注",
            "note",
            required=False,
            aliases=("notes", "事由"),
            description=N_("What happened, in a few words."),
            example="按期办结派单",
        ),
        Column(
            "evidence",
            "凭证",
            "evidence",
            required=False,
            aliases=("凭证号", "依据"),
            description=N_("Reference of the supporting record (at most 200 characters)."),
            example="派单号 20261005-017",
        ),
    ),
    notes=(
        N_("One row per entry. Give the staff number, or the unit for a squad's entry."),
        N_(
            "Points are the quantity times the rule's points, fixed when imported. Rules "
            "that need approval wait for a supervisor's approval."
        ),
        N_("Dates must not be in the future nor in a finalised month."),
        N_(
            "A file with any invalid row is rejected whole, every problem listed by row and "
            "column; nothing is saved. The same file is not imported twice."
        ),
    ),
)


def _default_headers() -> Mapping[str, str]:
    return EVENTS_FORMAT.default_headers()


@dataclass(frozen=True)
class EventRow:
    row: int
    staff_no: str | None
    unit: str | None
    event_date: date | None
    rule_code: str | None
    quantity: Decimal | None
    note: str | None = None
    evidence: str | None = None
    errors: tuple[FieldError, ...] = ()
    headers: Mapping[str, str] = field(default_factory=_default_headers)
    # Where "give the staff number or the unit" is reported: a column the file has.
    who_column: str = "staff_no"

    def error(self, key: str, message: str) -> FieldError:
        return FieldError(self.headers.get(key, key), message, self.row)


def read_events(path: str | Path) -> list[EventRow]:
    """Read an entry file. Raises ValidationError if the file itself is unusable; problems
    in single cells are kept on the rows for ``import_events`` to report."""
    table = read_table(path, EVENTS_FORMAT)
    headers = table.headers
    who = "staff_no" if "staff_no" in table.present else "unit"
    rows = []
    for raw in table.rows:
        errors: list[tuple[str, str]] = []  # (column key, message)
        event_date = quantity = None
        if raw.get("date") is None:
            errors.append(("date", _t("Give the date.")))
        else:
            try:
                event_date = cell_date(raw.get("date"))
            except CellError as exc:
                errors.append(("date", str(exc)))
        try:
            quantity = cell_quantity(raw.get("quantity"), Decimal(1), MAX_QUANTITY)
        except CellError as exc:
            errors.append(("quantity", str(exc)))
        evidence = cell_text(raw.get("evidence"))
        if evidence is not None and len(evidence) > EVIDENCE_LENGTH:
            errors.append(("evidence", _t("At most {n} characters.").format(n=EVIDENCE_LENGTH)))
        rows.append(
            EventRow(
                raw.row,
                staff_no=cell_text(raw.get("staff_no")),
                unit=cell_text(raw.get("unit")),
                event_date=event_date,
                rule_code=cell_text(raw.get("rule")),
                quantity=quantity,
                note=cell_text(raw.get("note")),
                evidence=evidence,
                errors=tuple(FieldError(headers[k], m, raw.row) for k, m in errors),
                headers=headers,
                who_column=who,
            )
        )
    return rows


class _Planned(NamedTuple):
    person_id: int | None
    unit_id: int | None
    event_date: date
    rule_id: int
    quantity: Decimal
    points: Decimal
    note: str | None
    evidence: str | None
    pending: bool


@dataclass
class _Context:
    people: Mapping[str, PersonInfo]
    units: Mapping[str, UnitInfo]
    scope: Scope
    rules: RuleIndex
    locked: Mapping[YearMonth, str]
    today: date
    role: Role  # the recorder: a squad leader's entries wait for approval


def _check_who(
    r: EventRow, ctx: _Context, on: date | None
) -> tuple[list[FieldError], int | None, int | None]:
    """The person (or unit) the row is for: (errors, person id, unit id)."""
    errors: list[FieldError] = []
    unit = None
    if r.unit:
        unit = ctx.units.get(r.unit.strip())
        if unit is None:
            errors.append(r.error("unit", _t("No unit is named {name}.").format(name=r.unit)))
    if not r.staff_no:
        if not r.unit:
            errors.append(
                r.error(r.who_column, _t("Give the staff number, or the unit for a squad's entry."))
            )
            return errors, None, None
        if unit is None:
            return errors, None, None
        if not unit.active:
            errors.append(
                r.error("unit", _t("{name} is no longer an active unit.").format(name=unit.name))
            )
        elif not ctx.scope.allows(unit.id):
            errors.append(
                r.error(
                    "unit",
                    _t("{name} is not among your units.").format(name=unit.name),
                )
            )
        return errors, None, unit.id
    person = ctx.people.get(staff_key(r.staff_no))
    if person is None:
        errors.append(
            r.error("staff_no", _t("No person has staff number {no}.").format(no=r.staff_no))
        )
        return errors, None, None
    if not ctx.scope.allows(person.unit_id):
        errors.append(
            r.error(
                "staff_no",
                _t("{no} is not in your units: a squad leader imports for their own.").format(
                    no=person.staff_no
                ),
            )
        )
    elif unit is not None and unit.id != person.unit_id:
        errors.append(
            r.error(
                "unit",
                _t("{no} is not in {name}; leave the unit blank for a person's entry.").format(
                    no=person.staff_no, name=unit.name
                ),
            )
        )
    if on is not None:
        problem = person.strength_problem(on, on, on.isoformat())
        if problem:
            errors.append(r.error("staff_no", problem))
    return errors, person.id, None


def _check_row(r: EventRow, ctx: _Context) -> tuple[list[FieldError], _Planned | None]:
    on = r.event_date
    date_ok = False
    errors: list[FieldError] = []
    if on is not None:
        if on > ctx.today:
            errors.append(r.error("date", _t("The date is in the future.")))
        elif YearMonth.of(on) in ctx.locked:
            errors.append(r.error("date", ctx.locked[YearMonth.of(on)]))
        else:
            date_ok = True
    who_errors, person_id, unit_id = _check_who(r, ctx, on if date_ok else None)
    errors.extend(who_errors)
    rule = None
    if not r.rule_code:
        errors.append(r.error("rule", _t("Give the rule code.")))
    elif not ctx.rules.known(r.rule_code):
        errors.append(
            r.error(
                "rule", _t("No rule of the catalogue has code {code}.").format(code=r.rule_code)
            )
        )
    elif on is not None:
        rule = ctx.rules.in_force(r.rule_code, on)
        if rule is None:
            errors.append(
                r.error(
                    "rule",
                    _t("Rule {code} is not in force on {date}, or inactive.").format(
                        code=normalise_code(r.rule_code), date=on
                    ),
                )
            )
    if errors or r.errors or rule is None or on is None or r.quantity is None:
        return errors, None
    return errors, _Planned(
        person_id,
        unit_id,
        on,
        rule.id,
        r.quantity,
        points_for(r.quantity, rule),
        r.note,
        r.evidence,
        needs_approval(rule.needs_approval, ctx.role),
    )


def fingerprint(planned: Sequence[_Planned]) -> str:
    """The same entries, in any order, give the same reference."""
    lines = sorted(
        "|".join(
            str(v if v is not None else "")
            for v in (
                p.person_id,
                p.unit_id,
                p.event_date,
                p.rule_id,
                p.quantity.normalize(),
                p.note,
                p.evidence,
            )
        )
        for p in planned
    )
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return f"events-{digest[:20]}"


def import_events(
    session: Session,
    user: User,
    rows: Sequence[EventRow],
    today: date,
    *,
    dry_run: bool = False,
    source: str | None = None,
) -> ImportSummary:
    """Check every row, then record them all in one transaction (or none).

    Raises ValidationError listing every problem (row, column, reason) if any row is bad.
    """
    user = require_write(session, user)
    one_import_at_a_time(session)
    errors = [e for r in rows for e in r.errors]
    if not rows:
        errors.append(FieldError("file", _t("The file holds no rows to import.")))
    ctx = _Context(
        people=load_people(session),
        units=load_units(session),
        scope=Scope(session, user),
        rules=RuleIndex(session, [r.rule_code for r in rows if r.rule_code]),
        locked=lock_problems(session, {YearMonth.of(r.event_date) for r in rows if r.event_date}),
        today=today,
        role=user.role,
    )
    planned: list[_Planned] = []
    for r in rows:
        row_errors, entry = _check_row(r, ctx)
        errors.extend(row_errors)
        if entry is not None:
            planned.append(entry)
    ref = fingerprint(planned)
    if not errors:
        earlier = session.execute(
            select(func.count(PointEvent.id), func.min(PointEvent.recorded_at)).where(
                PointEvent.source == EventSource.EVENT_IMPORT,
                PointEvent.source_ref == ref,
                PointEvent.status.in_([EventStatus.APPROVED, EventStatus.PENDING]),
            )
        ).one()
        if earlier[0]:
            errors.append(
                FieldError(
                    "file",
                    _t(
                        "These entries were imported already on {date} ({n} entries stand). "
                        "Void those first to import the same file again."
                    ).format(date=earlier[1].date().isoformat(), n=earlier[0]),
                )
            )
    if errors:
        raise ValidationError(sorted(errors, key=lambda e: e.row or 0))
    months = tuple(sorted({YearMonth.of(p.event_date) for p in planned}))
    summary = ImportSummary(
        kind=EVENTS_FORMAT.kind,
        rows_read=len(rows),
        created=len(planned),
        pending=sum(1 for p in planned if p.pending),
        replaced=0,
        points=sum((p.points for p in planned), Decimal(0)),
        months=months,
        written=not dry_run,
    )
    if dry_run:
        return summary  # nothing was written
    now = utcnow()
    session.execute(
        insert(PointEvent),
        [
            {
                "person_id": p.person_id,
                "unit_id": p.unit_id,
                "event_date": p.event_date,
                "rule_id": p.rule_id,
                "quantity": p.quantity,
                "points": p.points,
                "note": p.note,
                "evidence": p.evidence,
                "source": EventSource.EVENT_IMPORT,
                "source_ref": ref,
                "recorded_by_id": user.id,
                "recorded_at": now,
                "status": EventStatus.PENDING if p.pending else EventStatus.APPROVED,
            }
            for p in planned
        ],
    )
    note = f"entry import {ref}" + (f" from {source}" if source else "")
    record_bulk(session, "point_event", len(planned), note=note)
    return summary
