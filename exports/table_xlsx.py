"""Any table as an Excel workbook: the one sheet writer of Ducha's xlsx exports.

A title row, a bold frozen header with filters, then the rows as the table showed them;
numbers stay numbers with their column's format, so the sheet sorts and sums. The data
arrives as plain values (widgets/table_copy.SheetData); nothing here queries.
"""

from __future__ import annotations

import os
import unicodedata
import uuid
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from exports.xlsx_cells import append_row

MIN_WIDTH, MAX_WIDTH = 6, 50
HEADER_FILL = PatternFill("solid", fgColor="E9EDF2")
SHEET_NAME_BAD = "[]:*?/\\"


def _width(value: Any) -> int:
    """Roughly how many of Excel's width units the value takes as shown."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:,.2f}") + 1
    if isinstance(value, Decimal):
        return len(f"{value:+}") + 1
    # Chinese characters take two columns of Excel's width unit.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(value))


def _sheet_name(name: str) -> str:
    clean = "".join("_" if ch in SHEET_NAME_BAD else ch for ch in name).strip("'")
    return clean[:31] or "Sheet1"


FORMATTED = (int, float, Decimal, date)  # values that take their column's number format


def write_table(
    path: str | os.PathLike[str],
    title: str,
    headers: Sequence[str],
    formats: Sequence[str | None],
    rows: Iterable[Sequence[Any]],
    sheet: str = "",
    *,
    wrap: Collection[int] = (),
    max_width: int = MAX_WIDTH,
) -> Path:
    """Write the table to ``path`` (.xlsx) and return it: the one routine behind every
    workbook of a list (the ranking, the roster, the rules, training progress and any
    table of the console).

    ``formats`` gives each column's number format, applied to its numbers and dates;
    the columns listed in ``wrap`` (0-based) wrap long text. Every value is written as
    ``xlsx_cells`` writes it, so a stored text never becomes a formula.

    Saved to a temporary file beside the target and moved into place, so a failure (disk
    full, the old file open in Excel) never leaves a half-written workbook. Raises OSError
    (PermissionError when the target is locked) for the caller to show.
    """
    target = Path(path)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _sheet_name(sheet or title)
    width = max(1, len(headers))

    append_row(ws, [title])
    ws["A1"].font = Font(bold=True, size=14)
    if width > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.row_dimensions[1].height = 24

    append_row(ws, list(headers))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    widths = [_width(h) for h in headers]
    wrapped = Alignment(wrap_text=True, vertical="top")
    last_row = 2
    for row_no, values in enumerate(rows, start=3):
        append_row(ws, values)
        last_row = row_no
        for i, value in enumerate(values):
            widths[i] = max(widths[i], _width(value))
            number_format = formats[i] if i < len(formats) else None
            if number_format is not None and isinstance(value, FORMATTED):
                ws.cell(row=row_no, column=i + 1).number_format = number_format
            if i in wrap:
                ws.cell(row=row_no, column=i + 1).alignment = wrapped

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max_width, max(MIN_WIDTH, w + 2))
    ws.auto_filter.ref = f"A2:{get_column_letter(width)}{last_row}"
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
