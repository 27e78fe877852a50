"""A rule set (考核细则) as an Excel workbook that imports back unchanged.

The header names are the ones ``console.core.imports.rules`` accepts (see
docs/import-formats.md): Chinese on a Chinese desktop, English otherwise. Points are real
numbers with their sign shown, so the sheet sorts and sums in Excel.
"""

from __future__ import annotations

import os
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from console.core.i18n import tr_context
from console.core.labels import label
from console.core.scoring.rules import RuleRow, RuleSetRow
from exports.xlsx_cells import append_row

_t = tr_context("exports")

MIN_WIDTH, MAX_WIDTH = 6, 60
HEADER_FILL = PatternFill("solid", fgColor="E9EDF2")
SIGNED = "+0.00;-0.00;0"  # an award shows its plus: +2.00, -0.50
PLAIN = "General"


def _columns() -> list[tuple[str, str, Callable[[RuleRow], Any]]]:
    """(key, header, value) per column, in the order of RULE_COLUMNS of the reader."""
    # Built per call, not at import: the headers follow the language chosen at start-up.
    # The Chinese translations must be the reader's Chinese headers: 编号, 类别, 内容, 分值,
    # 计量单位, 月封顶, 需审核, 严重违纪, 启用 (a test holds the two together).
    yes, no = _t("Yes"), _t("No")
    return [
        ("code", _t("Code"), lambda r: r.code),
        ("category", _t("Rule category"), lambda r: label(r.category)),
        ("text", _t("Text"), lambda r: r.text),
        ("points", _t("Points"), lambda r: r.points),
        ("count_unit", _t("Count unit"), lambda r: r.count_unit),
        ("monthly_cap", _t("Monthly cap"), lambda r: r.monthly_cap),
        ("needs_approval", _t("Needs approval"), lambda r: yes if r.needs_approval else no),
        ("serious", _t("Serious violation"), lambda r: yes if r.serious else no),
        ("active", _t("Active"), lambda r: yes if r.active else no),
    ]


def header_names() -> dict[str, str]:
    """Column key → header as this export writes it now (for tests and templates)."""
    return {key: header for key, header, _ in _columns()}


def _display_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, Decimal):
        return len(f"{value:+}") + 1
    # Chinese characters take two columns of Excel's width unit.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(value))


def _title(rule_set: RuleSetRow) -> str:
    if rule_set.effective_to is None:
        span = _t("in force from {start}").format(start=rule_set.effective_from.isoformat())
    else:
        span = _t("in force {start} to {end}").format(
            start=rule_set.effective_from.isoformat(), end=rule_set.effective_to.isoformat()
        )
    return _t("{name} ({span}; base score {base})").format(
        name=rule_set.name, span=span, base=f"{rule_set.base_score:g}"
    )


def write_rules(
    rule_set: RuleSetRow, rules: Sequence[RuleRow], path: str | os.PathLike[str]
) -> Path:
    """Write the rule set's rules to ``path`` (.xlsx) and return it.

    Saved to a temporary file beside the target and moved into place, so a failure never
    leaves half a catalogue. Raises OSError (PermissionError when the target is locked).
    """
    target = Path(path)
    columns = _columns()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _t("Rules")

    append_row(ws, [_title(rule_set)])
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    ws.row_dimensions[1].height = 24

    append_row(ws, [header for _, header, _ in columns])
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")

    widths = [_display_width(header) for _, header, _ in columns]
    formats = {"points": SIGNED, "monthly_cap": PLAIN}
    for row_no, rule in enumerate(rules, start=3):
        values = [get(rule) for _, _, get in columns]
        append_row(ws, values)
        for i, ((key, _, _), value) in enumerate(zip(columns, values, strict=True)):
            widths[i] = max(widths[i], _display_width(value))
            if key in formats:
                ws.cell(row=row_no, column=i + 1).number_format = formats[key]

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
    text_column = get_column_letter(1 + [key for key, _, _ in columns].index("text"))
    for cell in ws[text_column][2:]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    last_row = 2 + len(rules)
    ws.auto_filter.ref = f"A2:{get_column_letter(len(columns))}{last_row}"
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"  # the header repeats on every printed A4 page
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    target.parent.mkdir(parents=True, exist_ok=True)
    # A fresh name rather than mkstemp: the file gets the user's usual permissions.
    tmp = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
