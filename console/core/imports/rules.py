"""Reading a rule catalogue (考核细则) from .xlsx or .csv, and importing it into a rule set.

The catalogue is one more kind on the import driver: the same reader (encodings, header
below a title, Chinese or English headers, sheet choice) and the same pipeline. The file
is checked whole before anything is written: every bad row is reported (sheet row, column
as headed in the file, reason) and a file with any bad row imports nothing. Rules are
matched by code within the rule set: a known code is updated, a new one added. Rules
missing from the file are left as they are — an import never deactivates or deletes
anything, and points already recorded never change.

The accepted headers are listed in docs/import-formats.md; ``exports.rules_xlsx`` writes
exactly these, so an exported catalogue imports back unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import N_, lookup, tr_context
from console.core.imports.driver import ImportSpec, Job
from console.core.imports.table import Cell, Column, FileFormat, Table, TableRow, normalise_header
from console.core.labels import _LABELS, label
from console.core.permissions import require_admin
from console.core.scoring.rules import (
    DEFAULT_UNIT,
    CleanRule,
    RuleInput,
    add_rule_set,
    apply_rule,
    check_rule,
    frozen_once_used,
    normalise_code,
)
from db.scoring import Rule, RuleSet
from glossary import RuleCategory

_t = tr_context("rule_import")


def _column(key: str, chinese: str, english: str, required: bool = False) -> Column:
    # The English header is the one an English export writes; the key is accepted too.
    return Column(key, chinese, english, required=required, aliases=(key,))


RULES_FORMAT = FileFormat(
    kind="rules",
    title=N_("Rule catalogue"),
    sheet="考核细则",
    columns=(
        _column("code", "编号", "Code", required=True),
        _column("category", "类别", "Rule category", required=True),
        _column("text", "内容", "Text", required=True),
        _column("points", "分值", "Points", required=True),
        _column("count_unit", "计量单位", "Count unit"),
        _column("monthly_cap", "月封顶", "Monthly cap"),
        _column("needs_approval", "需审核", "Needs approval"),
        _column("serious", "严重违纪", "Serious violation"),
        _column("active", "启用", "Active"),
    ),
)
RULE_COLUMNS = RULES_FORMAT.columns

_TRUE = {"是", "yes", "y", "true", "t", "1", "√", "✓", "✔", "对"}
_FALSE = {"否", "no", "n", "false", "f", "0", "×", "✗", "✘", "错"}


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int


def _cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a code typed as a number: 101, not 101.0
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _number_or_text(value: Cell) -> Decimal | str:
    """A number cell as an exact decimal (0.1 stays 0.1); anything else as its text, for
    the rule check to accept ("+2", "－0.5") or to report ("two")."""
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, float) and math.isfinite(value):
        return Decimal(repr(value))
    return _cell_text(value)


def _category_names() -> dict[str, RuleCategory]:
    """Every name a category goes by: the stored value, and its label in English, in
    Chinese and in the language of the moment (what an export of this machine wrote)."""
    names: dict[str, RuleCategory] = {}
    english = _LABELS[RuleCategory]
    for member in RuleCategory:
        source = english[member]
        for name in (member.value, source, lookup("labels", source, "zh_CN"), label(member)):
            if name:
                names[normalise_header(name)] = member
    return names


def _parse_bool(value: Cell) -> bool | None:
    """True/False, None for blank; raises ValueError for anything else."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = normalise_header(_cell_text(value))
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(value)


@dataclass(frozen=True)
class RuleFileRow:
    """One rule of the file (or given to ``import_rules``), with the file's problems."""

    row: int | None
    data: RuleInput
    errors: tuple[FieldError, ...] = ()


class _Reader:
    """The data rows of one file: a category's names and the codes seen so far."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.categories = _category_names()
        self.category_list = ", ".join(label(m) for m in RuleCategory)
        self.first_row_of: dict[str, int] = {}

    def read(self, raw: TableRow) -> RuleFileRow:
        """One row as a checked rule, with every problem of the row (fields = headers)."""
        problems: dict[str, str] = {}  # key → message: one message per cell
        category: RuleCategory | None = None
        category_text = _cell_text(raw.get("category"))
        if category_text:
            category = self.categories.get(normalise_header(category_text))
            if category is None:
                problems["category"] = _t("Unknown category “{value}”: use one of {names}.").format(
                    value=category_text, names=self.category_list
                )
        flags: dict[str, bool | None] = {}
        for key in ("needs_approval", "serious", "active"):
            try:
                flags[key] = _parse_bool(raw.get(key))
            except ValueError:
                flags[key] = None
                problems[key] = _t("“{value}” is not yes or no (是/否, yes/no, 1/0).").format(
                    value=_cell_text(raw.get(key))
                )
        has_unit = "count_unit" in self.table.present
        data = RuleInput(
            code=_cell_text(raw.get("code")),
            category=category,
            text=_cell_text(raw.get("text")),
            points=_number_or_text(raw.get("points")),
            count_unit=_cell_text(raw.get("count_unit")) if has_unit else DEFAULT_UNIT,
            monthly_cap=_number_or_text(raw.get("monthly_cap")),
            needs_approval=bool(flags["needs_approval"]),
            serious=bool(flags["serious"]),
            active=flags["active"],
            row=raw.row,
        )
        clean, checked = check_rule(data)
        for error in checked:
            problems.setdefault(error.field, error.message)
        code = normalise_code(data.code)
        if code in self.first_row_of:
            problems.setdefault(
                "code",
                _t("The code {code} is already on row {row}.").format(
                    code=code, row=self.first_row_of[code]
                ),
            )
        elif code:
            self.first_row_of[code] = raw.row
        if problems or clean is None:
            headers = self.table.headers
            errors = tuple(FieldError(headers[k], m, raw.row) for k, m in problems.items())
            return RuleFileRow(raw.row, data, errors)
        return RuleFileRow(raw.row, _as_input(clean, raw.row))


def _as_input(clean: CleanRule, row: int | None) -> RuleInput:
    return RuleInput(
        code=clean.code,
        category=clean.category,
        text=clean.text,
        points=clean.points,
        count_unit=clean.count_unit,
        monthly_cap=clean.monthly_cap,
        needs_approval=clean.needs_approval,
        serious=clean.serious,
        active=clean.active,
        row=row,
    )


def _same(rule: Rule, clean: CleanRule) -> bool:
    return (
        rule.code == clean.code
        and rule.category == clean.category
        and rule.text == clean.text
        and rule.points == clean.points
        and rule.count_unit == clean.count_unit
        and rule.monthly_cap == clean.monthly_cap
        and rule.needs_approval == clean.needs_approval
        and rule.serious == clean.serious
        and (clean.active is None or rule.active == clean.active)
    )


class _Planned(NamedTuple):
    row: int | None
    clean: CleanRule


@dataclass
class _Context:
    rule_set_id: int
    existing: Mapping[str, Rule]  # the set's rules by code
    first_row_of: dict[str, int | None]


@dataclass(frozen=True)
class NewRuleSet:
    """A rule set to create for the file's rules, in the import's own transaction: a
    bureau that starts from its own catalogue rather than the default one."""

    name: str
    effective_from: date
    base_score: Decimal | str


class RulesImport(ImportSpec[RuleFileRow, _Context, _Planned, ImportSummary]):
    """Upsert into one rule set by code (``rule_set_id``, or ``new_set`` created first;
    neither only for reading)."""

    allow_empty = True  # nothing given, nothing changed

    def __init__(self, rule_set_id: int | None = None, new_set: NewRuleSet | None = None) -> None:
        super().__init__(RULES_FORMAT)
        self.rule_set_id = rule_set_id
        self.new_set = new_set

    def authorise(self, session: Session, user: User) -> User:
        return require_admin(session, user)  # the catalogue is an administrator's

    def parse(self, table: Table) -> list[RuleFileRow]:
        reader = _Reader(table)
        # A row with nothing in the catalogue's columns (a remark, a section's blank
        # line) is no rule.
        return [reader.read(raw) for raw in table.rows if any(raw.values.values())]

    def load(self, session: Session, job: Job, rows: Sequence[RuleFileRow]) -> _Context:
        rule_set_id = self.rule_set_id
        if self.new_set is not None:
            # Created here, so that a file with a bad row leaves no empty set behind.
            new = self.new_set
            rule_set_id = add_rule_set(
                session, job.user, new.name, new.effective_from, new.base_score
            ).id
        if rule_set_id is None or session.get(RuleSet, rule_set_id) is None:
            raise NotFound(_t("No such rule set."))
        existing = {
            normalise_code(rule.code): rule
            for rule in session.scalars(select(Rule).where(Rule.rule_set_id == rule_set_id))
        }
        return _Context(rule_set_id, existing, {})

    def check_row(
        self, r: RuleFileRow, ctx: _Context, job: Job
    ) -> tuple[list[FieldError], list[_Planned]]:
        clean, errors = check_rule(r.data)
        code = normalise_code(r.data.code or "")
        if code and code in ctx.first_row_of:
            errors.append(
                FieldError(
                    "code", _t("The code {code} appears more than once.").format(code=code), r.row
                )
            )
        ctx.first_row_of.setdefault(code, r.row)
        return errors, [] if clean is None else [_Planned(r.row, clean)]

    def check_all(
        self, session: Session, job: Job, ctx: _Context, planned: list[_Planned]
    ) -> list[FieldError]:
        """A rule already used keeps what past months' arithmetic depends on."""
        return [
            problem
            for p in planned
            if (rule := ctx.existing.get(p.clean.code)) is not None and not _same(rule, p.clean)
            for problem in frozen_once_used(session, rule, p.clean, p.row)
        ]

    def write(
        self, session: Session, job: Job, ctx: _Context, planned: list[_Planned]
    ) -> ImportSummary:
        added = updated = unchanged = 0
        for p in planned:
            rule = ctx.existing.get(p.clean.code)
            if rule is None:
                added += 1
                if not job.dry_run:
                    rule = Rule(rule_set_id=ctx.rule_set_id, active=True)
                    apply_rule(rule, p.clean)
                    session.add(rule)
            elif _same(rule, p.clean):
                unchanged += 1
            else:
                updated += 1
                if not job.dry_run:
                    # Entries recorded under the rule keep their points: only the rule changes.
                    apply_rule(rule, p.clean)
        try:
            session.flush()
        except IntegrityError as exc:
            # The Workspace rolls the whole import back when this is raised.
            raise ValidationError(
                [FieldError("code", _t("Another desk changed this rule set meanwhile; try again."))]
            ) from exc
        return ImportSummary(added, updated, unchanged)


_READER = RulesImport()


def read_rules(path: str | Path) -> list[RuleInput]:
    """The rules of an .xlsx or .csv file, checked row by row.

    Raises ValidationError for a file that cannot be read, and listing every bad row (row
    = the sheet's row number, field = the column's header as written in the file).
    """
    rows = _READER.read(path)
    errors = [e for r in rows for e in r.errors]
    if errors:
        raise ValidationError(errors)
    if not rows:
        raise ValidationError([FieldError("file", _t("The file holds no rules."))])
    return [r.data for r in rows]


def import_rules(
    session: Session, user: User, rule_set_id: int, rows: Sequence[RuleInput]
) -> ImportSummary:
    """Upsert ``rows`` into a rule set by code, in one transaction: all or nothing."""
    given = [RuleFileRow(r.row, r) for r in rows]
    return RulesImport(rule_set_id).run(session, user, given, date.today())
