"""People's training progress (学时进度) as an Excel workbook: a title, a bold frozen header
with filters, hours as real numbers — for the list of people behind pace that squads are
sent, or for everyone with a requirement."""

from __future__ import annotations

import os
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from console.core.i18n import tr_context
from console.core.labels import label
from console.core.training.progress import PersonProgress
from console.core.training.requirements import status_label
from exports.xlsx_cells import append_row

_t = tr_context("exports")

HEADER_FILL = PatternFill("solid", fgColor="E9EDF2")
HOURS, PERCENT = "0.0", "0.0%"


def _columns() -> list[tuple[str, Callable[[PersonProgress], Any], str | None]]:
    return [
        (_t("Staff no."), lambda p: p.staff_no, None),
        (_t("Name"), lambda p: p.name, None),
        (_t("Unit"), lambda p: p.unit_name, None),
        (_t("Category"), lambda p: label(p.category), None),
        (_t("Hours credited"), lambda p: round(p.credited, 1), HOURS),
        (_t("Hours expected by now"), lambda p: round(p.expected, 1), HOURS),
        (_t("Hours required"), lambda p: round(p.required, 1), HOURS),
        (_t("Short of pace"), lambda p: round(p.shortfall, 1), HOURS),
        (_t("Behind by"), lambda p: round(p.shortfall_share, 3), PERCENT),
        (_t("All hours"), lambda p: round(p.total_hours, 1), HOURS),
        (_t("Status"), lambda p: status_label(p.status), None),
    ]


def _width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_progress(
    people: Sequence[PersonProgress], path: str | os.PathLike[str], title: str
) -> Path:
    """Write the people's progress to ``path`` (.xlsx) and return it; written beside the
    target and moved into place, never left half-written (OSError for the caller)."""
    target = Path(path)
    columns = _columns()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _t("Training progress")[:31]
    append_row(ws, [title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    append_row(ws, [header for header, _, _ in columns])
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [_width(header) for header, _, _ in columns]
    for row_no, person in enumerate(people, start=3):
        values = [get(person) for _, get, _ in columns]
        append_row(ws, values)
        for i, value in enumerate(values):
            widths[i] = max(widths[i], _width(value))
            if columns[i][2]:
                ws.cell(row=row_no, column=i + 1).number_format = columns[i][2]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(40, max(8, width + 2))
    ws.auto_filter.ref = f"A2:{get_column_letter(len(columns))}{2 + len(people)}"
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
