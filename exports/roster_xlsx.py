"""The people roster (人员花名册) as an Excel workbook, the way the squad keeps it by hand:
a title, a bold frozen header with filters, real date cells and readable column widths."""

from __future__ import annotations

import os
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from console.core.i18n import tr_context
from console.core.labels import label
from console.core.people import PersonRow
from exports.xlsx_cells import append_row

_t = tr_context("exports")

DATE_FORMAT = "yyyy-mm-dd"
MIN_WIDTH, MAX_WIDTH = 6, 40
HEADER_FILL = PatternFill("solid", fgColor="E9EDF2")


def _columns() -> list[tuple[str, Callable[[PersonRow], Any]]]:
    """(header, value) per column; date values become real Excel dates."""
    # Built per call, not at import: the headers follow the language chosen at start-up.
    yes, no = _t("Yes"), _t("No")
    return [
        (_t("Staff no."), lambda p: p.staff_no),
        (_t("Name"), lambda p: p.name),
        (_t("Unit"), lambda p: p.unit_name),
        (_t("Category"), lambda p: label(p.category)),
        (_t("Position"), lambda p: p.position or ""),
        (_t("Gender"), lambda p: label(p.gender)),
        (_t("Birth date"), lambda p: p.birth_date),
        (_t("Hire date"), lambda p: p.hire_date),
        (_t("Status"), lambda p: label(p.status)),
        (_t("Legal qualification"), lambda p: yes if p.legal_qualification else no),
        (_t("Phone"), lambda p: p.phone or ""),
    ]


def _display_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return len(DATE_FORMAT)
    # Chinese characters take two columns of Excel's width unit.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(value))


def write_roster(
    rows: Sequence[PersonRow], path: str | os.PathLike[str], title: str, generated_on: date
) -> Path:
    """Write the roster to ``path`` (.xlsx) and return it.

    The workbook is saved to a temporary file beside the target and moved into place, so a
    failure (disk full, the old file open in Excel) never leaves a half-written roster.
    Raises OSError (PermissionError when the target is locked) for the caller to show.
    """
    target = Path(path)
    columns = _columns()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _t("Roster")

    heading = _t("{title} (as of {date})").format(title=title, date=generated_on.isoformat())
    append_row(ws, [heading])
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    ws.row_dimensions[1].height = 24

    append_row(ws, [header for header, _ in columns])
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")

    widths = [_display_width(header) for header, _ in columns]
    for row_no, person in enumerate(rows, start=3):
        values = [get(person) for _, get in columns]
        append_row(ws, values)
        for i, value in enumerate(values):
            widths[i] = max(widths[i], _display_width(value))
            if isinstance(value, date):
                ws.cell(row=row_no, column=i + 1).number_format = DATE_FORMAT

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
    last_row = 2 + len(rows)
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
