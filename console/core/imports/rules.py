"""Reading a rule catalogue (考核细则) from .xlsx or .csv, and importing it into a rule set.

The file is checked whole before anything is written: every bad row is reported (sheet
row, column as headed in the file, reason) and a file with any bad row imports nothing.
Rules are matched by code within the rule set: a known code is updated, a new one added.
Rules missing from the file are left as they are — an import never deactivates or
deletes anything, and points already recorded never change.

The accepted headers are listed in docs/import-formats.md; ``exports.rules_xlsx`` writes
exactly these, so an exported catalogue imports back unchanged.
"""

from __future__ import annotations

import csv
import io
import math
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import lookup, tr_context
from console.core.labels import _LABELS, label
from console.core.permissions import require_admin
from console.core.scoring.rules import (
    DEFAULT_UNIT,
    CleanRule,
    RuleInput,
    apply_rule,
    check_rule,
    frozen_once_used,
    normalise_code,
)
from db.scoring import Rule, RuleSet
from glossary import RuleCategory

_t = tr_context("rule_import")

HEADER_SEARCH_ROWS = 10  # a title or a note may stand above the header


@dataclass(frozen=True)
class RuleColumn:
    key: str  # the RuleInput field; also accepted as an English header
    chinese: str
    english: str  # as an English export writes it
    required: bool = False


RULE_COLUMNS: tuple[RuleColumn, ...] = (
    RuleColumn("code", "编号", "Code", required=True),
    RuleColumn("category", "类别", "Rule category", required=True),
    RuleColumn("text", "内容", "Text", required=True),
    RuleColumn("points", "分值", "Points", required=True),
    RuleColumn("count_unit", "计量单位", "Count unit"),
    RuleColumn("monthly_cap", "月封顶", "Monthly cap"),
    RuleColumn("needs_approval", "需审核", "Needs approval"),
    RuleColumn("serious", "严重违纪", "Serious violation"),
    RuleColumn("active", "启用", "Active"),
)

_TRUE = {"是", "yes", "y", "true", "t", "1", "√", "✓", "✔", "对"}
_FALSE = {"否", "no", "n", "false", "f", "0", "×", "✗", "✘", "错"}


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int


def _fold(text: str) -> str:
    """Headers and names compare without case, width, spaces, underscores, hyphens or *."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if not ch.isspace() and ch not in "_-*")


def accepted_headers(column: RuleColumn) -> tuple[str, ...]:
    return (column.chinese, column.english, column.key)


_HEADER_KEYS = {_fold(h): c.key for c in RULE_COLUMNS for h in accepted_headers(c)}


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a code typed as a number: 101, not 101.0
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def _number_or_text(value: Any) -> Decimal | str:
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
                names[_fold(name)] = member
    return names


def _parse_bool(value: Any) -> bool | None:
    """True/False, None for blank; raises ValueError for anything else."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = _fold(_cell_text(value))
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(value)


# --- reading the file ----------------------------------------------------------------


def _xlsx_rows(path: Path) -> list[tuple[int, list[Any]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ValidationError(
            [
                FieldError(
                    "file", _t("{name} is not a readable Excel workbook.").format(name=path.name)
                )
            ]
        ) from exc
    try:
        ws = wb.active
        if ws is None:
            return []
        return [
            (number, list(values))
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1)
        ]
    finally:
        wb.close()


def _decode(data: bytes, name: str) -> str:
    # UTF-8 first (with or without the BOM Excel writes); GB18030 is what Chinese Excel
    # saves as "CSV" and covers GBK and GB2312.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        [
            FieldError(
                "file",
                _t("{name} is neither UTF-8 nor GB18030 text; save it as CSV UTF-8.").format(
                    name=name
                ),
            )
        ]
    )


def _csv_rows(path: Path) -> list[tuple[int, list[Any]]]:
    text = _decode(path.read_bytes(), path.name)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(",\t;", key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [(number, list(values)) for number, values in enumerate(reader, start=1)]


def _read_table(path: Path) -> list[tuple[int, list[Any]]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    if suffix in (".csv", ".txt"):
        return _csv_rows(path)
    if suffix == ".xls":
        message = _t("Old Excel files (.xls) cannot be read: save it as .xlsx and try again.")
    else:
        message = _t("Choose an .xlsx or .csv file.")
    raise ValidationError([FieldError("file", message)])


def _find_header(
    rows: list[tuple[int, list[Any]]],
) -> tuple[int, dict[str, int], dict[str, str], list[FieldError]]:
    """(index of the header row, key → column, key → header as written, problems)."""
    for index, (number, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        written: dict[str, str] = {}
        errors: list[FieldError] = []
        for col, value in enumerate(values):
            header = _cell_text(value)
            key = _HEADER_KEYS.get(_fold(header)) if header else None
            if key is None:
                continue  # other columns (remarks, a sequence number) are ignored
            if key in columns:
                errors.append(
                    FieldError(
                        header,
                        _t("The column {first} appears twice (also as {second}).").format(
                            first=written[key], second=header
                        ),
                        number,
                    )
                )
                continue
            columns[key] = col
            written[key] = header
        if "code" in columns and len(columns) >= 2:
            for column in RULE_COLUMNS:
                if column.required and column.key not in columns:
                    errors.append(
                        FieldError(
                            column.chinese,
                            _t("The column {chinese} ({english}) is missing.").format(
                                chinese=column.chinese, english=column.key
                            ),
                            number,
                        )
                    )
            return index, columns, written, errors
    expected = "、".join(f"{c.chinese}/{c.key}" for c in RULE_COLUMNS if c.required)
    raise ValidationError(
        [
            FieldError(
                "file",
                _t("No header row found in the first rows: expected the columns {names}.").format(
                    names=expected
                ),
            )
        ]
    )


class _Sheet:
    """The data rows of a file whose header has been found."""

    def __init__(self, columns: dict[str, int], written: dict[str, str]) -> None:
        self.columns = columns
        self.written = written
        self.categories = _category_names()
        self.category_list = ", ".join(label(m) for m in RuleCategory)
        self.first_row_of: dict[str, int] = {}

    def cell(self, values: list[Any], key: str) -> Any:
        col = self.columns.get(key)
        return values[col] if col is not None and col < len(values) else None

    def is_blank(self, values: list[Any]) -> bool:
        return all(_cell_text(self.cell(values, c.key)) == "" for c in RULE_COLUMNS)

    def read(self, number: int, values: list[Any]) -> tuple[RuleInput | None, list[FieldError]]:
        """One row as a checked rule, or every problem of the row (fields = file headers)."""
        problems: dict[str, str] = {}  # key → message: one message per cell
        category: RuleCategory | None = None
        category_text = _cell_text(self.cell(values, "category"))
        if category_text:
            category = self.categories.get(_fold(category_text))
            if category is None:
                problems["category"] = _t("Unknown category “{value}”: use one of {names}.").format(
                    value=category_text, names=self.category_list
                )
        flags: dict[str, bool | None] = {}
        for key in ("needs_approval", "serious", "active"):
            try:
                flags[key] = _parse_bool(self.cell(values, key))
            except ValueError:
                flags[key] = None
                problems[key] = _t("“{value}” is not yes or no (是/否, yes/no, 1/0).").format(
                    value=_cell_text(self.cell(values, key))
                )
        has_unit = "count_unit" in self.columns
        data = RuleInput(
            code=_cell_text(self.cell(values, "code")),
            category=category,
            text=_cell_text(self.cell(values, "text")),
            points=_number_or_text(self.cell(values, "points")),
            count_unit=_cell_text(self.cell(values, "count_unit")) if has_unit else DEFAULT_UNIT,
            monthly_cap=_number_or_text(self.cell(values, "monthly_cap")),
            needs_approval=bool(flags["needs_approval"]),
            serious=bool(flags["serious"]),
            active=flags["active"],
            row=number,
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
            self.first_row_of[code] = number
        if problems or clean is None:
            errors = [
                FieldError(self.written.get(key, key), message, number)
                for key, message in problems.items()
            ]
            return None, errors
        return _as_input(clean, number), []


def read_rules(path: str | Path) -> list[RuleInput]:
    """The rules of an .xlsx or .csv file, checked row by row.

    Raises ValidationError listing every bad row (row = the sheet's row number, field =
    the column's header as written in the file); OSError if the file cannot be opened.
    """
    path = Path(path)
    rows = _read_table(path)
    header_index, columns, written, errors = _find_header(rows)
    if errors:
        raise ValidationError(errors)
    sheet = _Sheet(columns, written)
    found: list[RuleInput] = []
    for number, values in rows[header_index + 1 :]:
        if sheet.is_blank(values):
            continue  # blank lines between sections
        rule, problems = sheet.read(number, values)
        if rule is not None:
            found.append(rule)
        errors += problems
    if errors:
        raise ValidationError(errors)
    if not found:
        raise ValidationError([FieldError("file", _t("The file holds no rules."))])
    return found


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


# --- importing -----------------------------------------------------------------------


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


def _checked(rows: Iterable[RuleInput]) -> list[CleanRule]:
    errors: list[FieldError] = []
    cleaned: list[CleanRule] = []
    first_row_of: dict[str, int | None] = {}
    for data in rows:
        clean, problems = check_rule(data)
        errors += problems
        code = normalise_code(data.code or "")
        if code and code in first_row_of:
            errors.append(
                FieldError(
                    "code",
                    _t("The code {code} appears more than once.").format(code=code),
                    data.row,
                )
            )
        first_row_of.setdefault(code, data.row)
        if clean is not None:
            cleaned.append(clean)
    if errors:
        raise ValidationError(errors)
    return cleaned


def import_rules(
    session: Session, user: User, rule_set_id: int, rows: Sequence[RuleInput]
) -> ImportSummary:
    """Upsert ``rows`` into a rule set by code, in one transaction: all or nothing."""
    user = require_admin(session, user)
    if session.get(RuleSet, rule_set_id) is None:
        raise NotFound(_t("No such rule set."))
    cleaned = _checked(rows)
    existing = {
        normalise_code(rule.code): rule
        for rule in session.scalars(select(Rule).where(Rule.rule_set_id == rule_set_id))
    }
    rows = list(rows)
    frozen = [
        problem
        for data, clean in zip(rows, cleaned, strict=False)
        if (rule := existing.get(clean.code)) is not None and not _same(rule, clean)
        for problem in frozen_once_used(session, rule, clean, data.row)
    ]
    if frozen:
        raise ValidationError(frozen)
    added = updated = unchanged = 0
    for clean in cleaned:
        rule = existing.get(clean.code)
        if rule is None:
            rule = Rule(rule_set_id=rule_set_id, active=True)
            apply_rule(rule, clean)
            session.add(rule)
            added += 1
        elif _same(rule, clean):
            unchanged += 1
        else:
            # Entries recorded under the rule keep their points: only the rule changes.
            apply_rule(rule, clean)
            updated += 1
    try:
        session.flush()
    except IntegrityError as exc:
        # The Workspace rolls the whole import back when this is raised.
        raise ValidationError(
            [FieldError("code", _t("Another desk changed this rule set meanwhile; try again."))]
        ) from exc
    return ImportSummary(added, updated, unchanged)
