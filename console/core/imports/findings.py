"""Inspection findings from a file (督察问题导入): a paper inspection record or a squad's
self-inspection sheet typed into Excel, entered at once.

Every row is checked as the finding dialog would check it (the person or unit known and in
scope, a checklist topic, a severity, a description, dates in order and not in the future,
the inspection if one is named), and a row that asks for its deduction is checked as a
deduction would be (the severity's rule in force on the day, the month not finalised, the
person on strength). The file goes in whole or not at all; the findings come in *open*,
each deduction linked to its finding as if booked from the dialog.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError
from console.core.i18n import N_, tr_context
from console.core.imports.cases import STAFF_NO_ALIASES
from console.core.imports.checks import (
    PersonInfo,
    RuleIndex,
    UnitInfo,
    find_unit,
    load_people,
    load_units,
    points_for,
    staff_key,
)
from console.core.imports.driver import Cells, HeadedRow, ImportSpec, Job, who_column
from console.core.imports.table import (
    Cell,
    CellError,
    Column,
    ColumnKind,
    FileFormat,
    cell_count,
    cell_date,
    cell_text,
)
from console.core.integrity.access import require_keeper
from console.core.integrity.links import finding_ref
from console.core.integrity.rectification import SEVERITY_RULE
from console.core.integrity.topics import TOPICS, topic_of
from console.core.labels import label
from console.core.policy import needs_approval
from console.core.scoring.entries import EntryInput, add_entries
from db.integrity import Finding, Inspection
from glossary import EventSource, FindingStatus, Severity, YearMonth

_t = tr_context("imports")

DESCRIPTION_LENGTH = 2000
MAX_INSPECTION_ID = 10**9

# Severity as written: the Chinese words bureaus use, or the English.
SEVERITY_WORDS: dict[str, Severity] = {
    "一般": Severity.MINOR,
    "轻微": Severity.MINOR,
    "较重": Severity.SERIOUS,
    "较严重": Severity.SERIOUS,
    "严重": Severity.GRAVE,
    "minor": Severity.MINOR,
    "serious": Severity.SERIOUS,
    "grave": Severity.GRAVE,
}
YES = frozenset({"是", "扣分", "y", "yes", "1", "true", "√"})
NO = frozenset({"否", "不扣分", "n", "no", "0", "false", "×"})

FINDINGS_FORMAT = FileFormat(
    kind="findings",
    title=N_("Inspection findings"),
    sheet="督察问题",
    columns=(
        Column(
            "found_date",
            "发现日期",
            "found_date",
            ColumnKind.DATE,
            aliases=("date", "日期", "检查日期"),
            description=N_("The day the problem was found: 2026-10-05 or a date cell."),
            example="2026-11-03",
        ),
        Column(
            "staff_no",
            "工号",
            "staff_no",
            alternative="unit",
            aliases=STAFF_NO_ALIASES,
            description=N_("The responsible person's staff number; blank for a unit's finding."),
            example="ZF0001",
        ),
        Column(
            "unit",
            "责任单位",
            "unit",
            alternative="staff_no",
            aliases=("单位", "中队", "unit name"),
            description=N_(
                "The responsible unit's name. Blank with a staff number: the person's unit."
            ),
            example="城东中队",
        ),
        Column(
            "topic",
            "检查内容",
            "topic",
            aliases=("问题类别", "类别", "检查项目"),
            description=N_(
                "One of the checklist topics: 着装风纪, 执法记录仪使用, 执法文书, 音像记录, "
                "四先六公开, 考勤, 工作纪律, 廉洁自律."
            ),
            example="执法记录仪使用",
        ),
        Column(
            "severity",
            "严重程度",
            "severity",
            aliases=("问题性质", "等级"),
            description=N_("一般, 较重 or 严重 (minor, serious, grave)."),
            example="一般",
        ),
        Column(
            "description",
            "问题描述",
            "description",
            aliases=("问题", "存在问题", "具体问题"),
            description=N_("What was found, in a sentence or two."),
            example="执法过程中未全程开启执法记录仪",
        ),
        Column(
            "deadline",
            "整改期限",
            "deadline",
            ColumnKind.DATE,
            required=False,
            aliases=("整改时限", "期限"),
            description=N_("The rectification deadline; not before the day it was found."),
            example="2026-11-13",
        ),
        Column(
            "inspection",
            "检查编号",
            "inspection",
            ColumnKind.COUNT,
            required=False,
            aliases=("inspection id", "检查ID"),
            description=N_("The number of the inspection in Ducha, if the finding belongs to one."),
            example="",
        ),
        Column(
            "deduct",
            "扣分",
            "deduct",
            required=False,
            aliases=("是否扣分", "deduction"),
            description=N_(
                "是 to book the deduction under the severity's rule (DC01, DC02, DC03) on the "
                "day found; blank or 否 for none."
            ),
            example="是",
        ),
    ),
    notes=(
        N_("One row per finding. Give the staff number, or the unit for a unit's finding."),
        N_("Findings come in open: assign them to the unit from the Integrity page."),
        N_(
            "A deduction is refused for a finalised month, a rule not in force that day, or "
            "a person not on strength that day."
        ),
        N_(
            "A file with any invalid row is rejected whole, every problem listed by row and "
            "column; nothing is saved."
        ),
    ),
)


@dataclass(frozen=True)
class FindingFileRow(HeadedRow):
    found_date: date | None
    staff_no: str | None
    unit: str | None
    topic: str | None
    severity: Severity | None
    description: str | None
    deadline: date | None
    inspection_id: int | None
    deduct: bool
    who_column: str = "staff_no"


@dataclass(frozen=True)
class FindingsImportSummary:
    kind: str
    rows_read: int
    findings: int
    deductions: int
    pending: int  # deductions waiting for approval
    points: Decimal
    months: tuple[YearMonth, ...]
    written: bool


def _topic(value: Cell) -> str:
    text = cell_text(value) or ""
    topic = topic_of(text)
    if topic is None:
        raise CellError(
            _t("{value} is not a checklist topic ({topics}).").format(
                value=text, topics="、".join(TOPICS)
            )
        )
    return topic


def _severity(value: Cell) -> Severity:
    text = cell_text(value) or ""
    severity = SEVERITY_WORDS.get(text.casefold())
    if severity is None:
        raise CellError(
            _t("{value} is not a severity: write 一般, 较重 or 严重.").format(value=text)
        )
    return severity


def _description(value: Cell) -> str:
    text = cell_text(value) or ""
    if len(text) > DESCRIPTION_LENGTH:
        raise CellError(_t("At most {n} characters.").format(n=DESCRIPTION_LENGTH))
    return text


def _inspection(value: Cell) -> int | None:
    return cell_count(value, MAX_INSPECTION_ID) or None


def _deduct(value: Cell) -> bool:
    text = cell_text(value) or ""
    if text.casefold() in YES:
        return True
    if text.casefold() in NO:
        return False
    raise CellError(_t("Write 是 or 否, not {value}.").format(value=text))


@dataclass
class _Context:
    people: Mapping[str, PersonInfo]
    units: Mapping[str, UnitInfo]
    rules: RuleIndex
    inspections: frozenset[int]


@dataclass(frozen=True)
class _Planned:
    found_date: date
    person_id: int | None
    unit_id: int
    topic: str
    severity: Severity
    description: str
    deadline: date | None
    inspection_id: int | None
    rule_id: int | None
    points: Decimal
    pending: bool


def _check_who(r: FindingFileRow, ctx: _Context) -> tuple[list[FieldError], int | None, int | None]:
    errors, unit = find_unit(r.unit, ctx.units, r.error)
    if not r.staff_no:
        if not r.unit:
            errors.append(
                r.error(
                    r.who_column, _t("Give the staff number, or the unit for a unit's finding.")
                )
            )
        return errors, None, unit.id if unit else None
    person = ctx.people.get(staff_key(r.staff_no))
    if person is None:
        errors.append(
            r.error("staff_no", _t("No person has staff number {no}.").format(no=r.staff_no))
        )
        return errors, None, unit.id if unit else None
    if r.found_date is not None and r.deduct:
        problem = person.strength_problem(r.found_date, r.found_date, r.found_date.isoformat())
        if problem:
            errors.append(r.error("staff_no", problem))
    return errors, person.id, unit.id if unit else person.unit_id


class FindingsImport(ImportSpec[FindingFileRow, _Context, _Planned, FindingsImportSummary]):
    """Findings come in open; a row that asks for it books its deduction, linked."""

    def authorise(self, session: Session, user: User) -> User:
        return require_keeper(session, user)  # the integrity records' keepers

    def parse_row(self, cells: Cells) -> FindingFileRow:
        found = cells.read("found_date", cell_date, missing=_t("Give the date."))
        deadline = cells.read("deadline", cell_date)
        topic = cells.read("topic", _topic, missing=_t("Give the checklist topic."))
        severity = cells.read("severity", _severity, missing=_t("Give the severity."))
        description = cells.read("description", _description, missing=_t("Describe the problem."))
        return FindingFileRow(
            found_date=found,
            staff_no=cells.text("staff_no"),
            unit=cells.text("unit"),
            topic=topic,
            severity=severity,
            description=description,
            deadline=deadline,
            inspection_id=cells.read("inspection", _inspection),
            deduct=bool(cells.read("deduct", _deduct)),
            who_column=who_column(cells),
            row=cells.row,
            errors=cells.errors,
            headers=cells.headers,
        )

    def months(self, rows: Sequence[FindingFileRow]) -> set[YearMonth]:
        return {YearMonth.of(r.found_date) for r in rows if r.found_date and r.deduct}

    def load(self, session: Session, job: Job, rows: Sequence[FindingFileRow]) -> _Context:
        wanted = {r.inspection_id for r in rows if r.inspection_id is not None}
        return _Context(
            people=load_people(session),
            units=load_units(session),
            rules=RuleIndex(session, SEVERITY_RULE.values()),
            inspections=frozenset(
                session.scalars(select(Inspection.id).where(Inspection.id.in_(wanted)))
                if wanted
                else ()
            ),
        )

    def check_row(
        self, r: FindingFileRow, ctx: _Context, job: Job
    ) -> tuple[list[FieldError], list[_Planned]]:
        errors, person_id, unit_id = _check_who(r, ctx)
        on = r.found_date
        if on is not None and on > job.today:
            errors.append(r.error("found_date", _t("The date is in the future.")))
        if on is not None and r.deadline is not None and r.deadline < on:
            errors.append(r.error("deadline", _t("The deadline is before the date it was found.")))
        if r.inspection_id is not None and r.inspection_id not in ctx.inspections:
            errors.append(
                r.error("inspection", _t("No inspection has number {n}.").format(n=r.inspection_id))
            )
        rule = None
        if r.deduct and on is not None and r.severity is not None and on <= job.today:
            code = SEVERITY_RULE[r.severity]
            if YearMonth.of(on) in job.locked:
                errors.append(r.error("deduct", job.locked[YearMonth.of(on)]))
            else:
                rule = ctx.rules.in_force(code, on)
                if rule is None:
                    errors.append(
                        r.error(
                            "deduct",
                            _t("Rule {code} ({severity}) is not in force on {date}.").format(
                                code=code, severity=label(r.severity), date=on
                            ),
                        )
                    )
        if (
            errors
            or r.errors
            or on is None
            or unit_id is None
            or r.topic is None
            or r.severity is None
            or r.description is None
            or (r.deduct and rule is None)
        ):
            return errors, []
        return errors, [
            _Planned(
                on,
                person_id,
                unit_id,
                r.topic,
                r.severity,
                r.description,
                r.deadline,
                r.inspection_id,
                rule.id if rule else None,
                points_for(Decimal(1), rule) if rule else Decimal(0),
                rule is not None and needs_approval(rule.needs_approval, job.user.role),
            )
        ]

    def write(
        self, session: Session, job: Job, ctx: _Context, planned: list[_Planned]
    ) -> FindingsImportSummary:
        deductions = [p for p in planned if p.rule_id is not None]
        summary = FindingsImportSummary(
            kind=self.kind,
            rows_read=job.rows_read,
            findings=len(planned),
            deductions=len(deductions),
            pending=sum(1 for p in deductions if p.pending),
            points=sum((p.points for p in deductions), Decimal(0)),
            months=tuple(sorted({YearMonth.of(p.found_date) for p in planned})),
            written=not job.dry_run,
        )
        if job.dry_run:
            return summary  # told without writing
        # Through the ORM, so that each finding is on the audit record; the deductions
        # through the scoring engine's one door, each with its finding's reference.
        findings = [
            Finding(
                inspection_id=p.inspection_id,
                unit_id=p.unit_id,
                person_id=p.person_id,
                found_date=p.found_date,
                topic=p.topic,
                severity=p.severity,
                description=p.description,
                deadline=p.deadline,
                status=FindingStatus.OPEN,
            )
            for p in planned
        ]
        session.add_all(findings)
        session.flush()
        booked = [(f, p) for f, p in zip(findings, planned, strict=True) if p.rule_id is not None]
        if booked:
            entries = add_entries(
                session,
                job.user,
                [_deduction(finding, p) for finding, p in booked],
                job.today,
                EventSource.INSPECTION_FINDING,
            )
            for (finding, _), entry in zip(booked, entries, strict=True):
                finding.point_event_id = entry.id
            session.flush()
        return summary


def _deduction(finding: Finding, p: _Planned) -> EntryInput:
    """The finding's deduction as an entry: the person's, or the unit's when no one's."""
    return EntryInput(
        rule_id=p.rule_id,
        event_date=p.found_date,
        quantity=Decimal(1),
        person_ids=[p.person_id] if p.person_id is not None else [],
        unit_id=None if p.person_id is not None else p.unit_id,
        note=f"{p.topic}：{p.description}"[:500],
        source_ref=finding_ref(finding.id),
    )


SPEC = FindingsImport(FINDINGS_FORMAT)
read_findings = SPEC.read
import_findings = SPEC.run
