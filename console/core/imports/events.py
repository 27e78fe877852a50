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
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from console.core.errors import FieldError
from console.core.i18n import N_, tr_context
from console.core.imports.cases import STAFF_NO_ALIASES
from console.core.imports.checks import (
    PersonInfo,
    RuleIndex,
    UnitInfo,
    find_person,
    find_unit,
    load_people,
    load_units,
    points_for,
)
from console.core.imports.driver import Cells, HeadedRow, ImportSpec, Job, who_column
from console.core.imports.summary import ImportSummary
from console.core.imports.table import (
    Cell,
    Column,
    ColumnKind,
    FileFormat,
    cell_date,
    cell_quantity,
)
from console.core.policy import needs_approval
from console.core.scoring.entries import MAX_QUANTITY
from console.core.scoring.rules import normalise_code
from db.base import utcnow
from db.scoring import PointEvent
from glossary import EventSource, EventStatus, YearMonth

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


@dataclass(frozen=True)
class EventRow(HeadedRow):
    staff_no: str | None
    unit: str | None
    event_date: date | None
    rule_code: str | None
    quantity: Decimal | None
    note: str | None = None
    evidence: str | None = None
    # Where "give the staff number or the unit" is reported: a column the file has.
    who_column: str = "staff_no"


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
    rules: RuleIndex


def _check_who(
    r: EventRow, ctx: _Context, job: Job, on: date | None
) -> tuple[list[FieldError], int | None, int | None]:
    """The person (or unit) the row is for: (errors, person id, unit id)."""
    errors, unit = find_unit(r.unit, ctx.units, r.error)
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
        elif not job.scope.allows(unit.id):
            errors.append(
                r.error("unit", _t("{name} is not among your units.").format(name=unit.name))
            )
        return errors, None, unit.id
    found, person = find_person(r.staff_no, ctx.people, job.scope, r.error)
    errors.extend(found)
    if person is None:
        return errors, None, None
    if not found and unit is not None and unit.id != person.unit_id:
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


class EventsImport(ImportSpec[EventRow, _Context, _Planned, ImportSummary]):
    """Entries are added, never replaced; the same content is refused while it stands."""

    def parse_row(self, cells: Cells) -> EventRow:
        event_date = cells.read("date", cell_date, missing=_t("Give the date."))
        quantity = cells.parsed("quantity", _quantity, cells.raw.get("quantity"))
        evidence = cells.text("evidence")
        if evidence is not None and len(evidence) > EVIDENCE_LENGTH:
            cells.add("evidence", _t("At most {n} characters.").format(n=EVIDENCE_LENGTH))
        return EventRow(
            staff_no=cells.text("staff_no"),
            unit=cells.text("unit"),
            event_date=event_date,
            rule_code=cells.text("rule"),
            quantity=quantity,
            note=cells.text("note"),
            evidence=evidence,
            who_column=who_column(cells),
            row=cells.row,
            errors=cells.errors,
            headers=cells.headers,
        )

    def months(self, rows: Sequence[EventRow]) -> set[YearMonth]:
        return {YearMonth.of(r.event_date) for r in rows if r.event_date}

    def load(self, session: Session, job: Job, rows: Sequence[EventRow]) -> _Context:
        return _Context(
            people=load_people(session),
            units=load_units(session),
            rules=RuleIndex(session, [r.rule_code for r in rows if r.rule_code]),
        )

    def check_row(
        self, r: EventRow, ctx: _Context, job: Job
    ) -> tuple[list[FieldError], list[_Planned]]:
        on = r.event_date
        date_ok = False
        errors: list[FieldError] = []
        if on is not None:
            if on > job.today:
                errors.append(r.error("date", _t("The date is in the future.")))
            elif YearMonth.of(on) in job.locked:
                errors.append(r.error("date", job.locked[YearMonth.of(on)]))
            else:
                date_ok = True
        who_errors, person_id, unit_id = _check_who(r, ctx, job, on if date_ok else None)
        errors.extend(who_errors)
        rule = None
        if not r.rule_code:
            errors.append(r.error("rule", _t("Give the rule code.")))
        elif not ctx.rules.known(r.rule_code):
            errors.append(
                r.error(
                    "rule",
                    _t("No rule of the catalogue has code {code}.").format(code=r.rule_code),
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
            return errors, []
        return errors, [
            _Planned(
                person_id,
                unit_id,
                on,
                rule.id,
                r.quantity,
                points_for(r.quantity, rule),
                r.note,
                r.evidence,
                needs_approval(rule.needs_approval, job.user.role),
            )
        ]

    def check_all(
        self, session: Session, job: Job, ctx: _Context, planned: list[_Planned]
    ) -> list[FieldError]:
        earlier = session.execute(
            select(func.count(PointEvent.id), func.min(PointEvent.recorded_at)).where(
                PointEvent.source == EventSource.EVENT_IMPORT,
                PointEvent.source_ref == fingerprint(planned),
                PointEvent.status.in_([EventStatus.APPROVED, EventStatus.PENDING]),
            )
        ).one()
        if not earlier[0]:
            return []
        message = _t(
            "These entries were imported already on {date} ({n} entries stand). "
            "Void those first to import the same file again."
        )
        return [
            FieldError("file", message.format(date=earlier[1].date().isoformat(), n=earlier[0]))
        ]

    def write(
        self, session: Session, job: Job, ctx: _Context, planned: list[_Planned]
    ) -> ImportSummary:
        summary = ImportSummary(
            kind=self.kind,
            rows_read=job.rows_read,
            created=len(planned),
            pending=sum(1 for p in planned if p.pending),
            replaced=0,
            points=sum((p.points for p in planned), Decimal(0)),
            months=tuple(sorted({YearMonth.of(p.event_date) for p in planned})),
            written=not job.dry_run,
        )
        if job.dry_run:
            return summary  # told without writing
        ref = fingerprint(planned)
        now = utcnow()
        written = session.scalars(
            insert(PointEvent).returning(PointEvent.id, sort_by_parameter_order=True),
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
                    "recorded_by_id": job.user.id,
                    "recorded_at": now,
                    "status": EventStatus.PENDING if p.pending else EventStatus.APPROVED,
                }
                for p in planned
            ],
        )
        job.audit_bulk(session, PointEvent, written.all(), f"entry import {ref}")
        return summary


def _quantity(value: Cell) -> Decimal:
    return cell_quantity(value, Decimal(1), MAX_QUANTITY)


SPEC = EventsImport(EVENTS_FORMAT)
read_events = SPEC.read
import_events = SPEC.run
