"""The month's ranking (月度考核排名) as an Excel workbook: a title, a bold frozen header with
filters, and scores as real numbers, so that the sheet sorts, sums and charts in Excel."""

from __future__ import annotations

import os
import unicodedata
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from console.core.i18n import tr_context
from console.core.labels import label
from console.core.scoring.ranking import MonthRanking, PersonResult
from exports.xlsx_cells import append_row

_t = tr_context("exports")

MIN_WIDTH, MAX_WIDTH = 6, 40
HEADER_FILL = PatternFill("solid", fgColor="E9EDF2")
SCORE = "0.00"
SIGNED = "+0.00;-0.00;0.00"


def _columns() -> list[tuple[str, Callable[[PersonResult], Any], str | None]]:
    """(header, value, number format) per column."""
    # Built per call, not at import: the headers follow the language chosen at start-up.
    return [
        (_t("Rank"), lambda p: p.rank, None),
        (_t("Staff no."), lambda p: p.staff_no, None),
        (_t("Name"), lambda p: p.name, None),
        (_t("Unit"), lambda p: p.unit_name, None),
        (_t("Category"), lambda p: label(p.category), None),
        (_t("Base score"), lambda p: p.base, SCORE),
        (_t("Awards"), lambda p: p.awards, SIGNED),
        (_t("Deductions"), lambda p: p.deductions, SIGNED),
        (_t("Total"), lambda p: p.total, SCORE),
        (_t("Unit rank"), lambda p: p.unit_rank, None),
        (_t("Grade"), lambda p: label(p.grade), None),
        (_t("Stars"), lambda p: "、".join(label(s) for s in p.stars), None),
    ]


def _display_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, Decimal):
        return len(f"{value:+.2f}") + 1
    # Chinese characters take two columns of Excel's width unit.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(value))


def write_ranking(ranking: MonthRanking, path: str | os.PathLike[str], title: str) -> Path:
    """Write the ranking to ``path`` (.xlsx) and return it.

    Saved to a temporary file beside the target and moved into place, so a failure (disk
    full, the old file open in Excel) never leaves a half-written workbook. Raises OSError
    (PermissionError when the target is locked) for the caller to show.
    """
    target = Path(path)
    columns = _columns()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = str(ranking.month)

    append_row(ws, [title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    ws.row_dimensions[1].height = 24

    append_row(ws, [header for header, _, _ in columns])
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")

    widths = [_display_width(header) for header, _, _ in columns]
    for row_no, person in enumerate(ranking.people, start=3):
        values = [get(person) for _, get, _ in columns]
        append_row(ws, values)  # a Decimal is written as a number cell
        for i, value in enumerate(values):
            widths[i] = max(widths[i], _display_width(value))
            number_format = columns[i][2]
            if number_format is not None:
                ws.cell(row=row_no, column=i + 1).number_format = number_format

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
    last_row = 2 + len(ranking.people)
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
