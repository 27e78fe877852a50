"""Blank import templates (导入模板) as Excel workbooks.

The first sheet holds only the header row, in Chinese, exactly as the reader accepts it
(the headers come from the same ``FileFormat`` the reader uses); the second sheet, 说明,
lists every column with whether it is required, its English header, its format and an
example. Examples live only there, so a template filled in and imported never carries
example data.

Adding a kind (attendance, findings) is one line in ``TEMPLATES`` once its reader
defines a ``FileFormat``.
"""

from __future__ import annotations

import os
import unicodedata
import uuid
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from console.core.i18n import tr_context, translate
from console.core.imports.attendance import ATTENDANCE_FORMAT
from console.core.imports.cases import CASES_FORMAT
from console.core.imports.events import EVENTS_FORMAT
from console.core.imports.findings import FINDINGS_FORMAT
from console.core.imports.roster import ROSTER_FORMAT
from console.core.imports.table import Column, ColumnKind, FileFormat
from exports.xlsx_cells import append_row

_t = tr_context("exports")

TEMPLATES: dict[str, FileFormat] = {
    CASES_FORMAT.kind: CASES_FORMAT,
    EVENTS_FORMAT.kind: EVENTS_FORMAT,
    ATTENDANCE_FORMAT.kind: ATTENDANCE_FORMAT,
    FINDINGS_FORMAT.kind: FINDINGS_FORMAT,
    ROSTER_FORMAT.kind: ROSTER_FORMAT,
}
INSTRUCTIONS_SHEET = "说明"
HEADER_FILL = PatternFill("solid", fgColor="E9EDF2")
REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
LAST_ROW = 1_048_576  # validations cover the whole column below the header


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _validation(col: Column) -> DataValidation | None:
    if col.kind == ColumnKind.COUNT:
        dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
        dv.error = _t("A whole number, 0 or more.")
    elif col.kind == ColumnKind.QUANTITY:
        dv = DataValidation(type="decimal", operator="greaterThan", formula1="0")
        dv.error = _t("A number greater than zero.")
    else:
        return None
    dv.allow_blank = True
    dv.showErrorMessage = True
    dv.errorTitle = col.header
    return dv


def _data_sheet(ws: Worksheet, fmt: FileFormat) -> None:
    ws.title = fmt.sheet
    append_row(ws, [c.header for c in fmt.columns])
    for index, col in enumerate(fmt.columns, start=1):
        letter = get_column_letter(index)
        cell = ws.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = REQUIRED_FILL if col.required else HEADER_FILL
        cell.alignment = Alignment(horizontal="center")
        dim = ws.column_dimensions[letter]
        dim.width = max(10, _width(col.header) + 4, _width(col.example) + 2)
        if col.kind == ColumnKind.TEXT:
            # Staff numbers and codes stay text: 0012 must not become 12.
            dim.number_format = "@"
        elif col.kind == ColumnKind.DATE:
            dim.number_format = "yyyy-mm-dd"
        dv = _validation(col)
        if dv is not None:
            ws.add_data_validation(dv)
            dv.add(f"{letter}2:{letter}{LAST_ROW}")
    ws.freeze_panes = "A2"


def _required(col: Column, fmt: FileFormat) -> str:
    if col.alternative is not None:
        other = fmt.column(col.alternative).header
        return _t("One of {a} / {b}").format(a=col.header, b=other)
    return _t("Yes") if col.required else _t("No")


def _instructions_sheet(ws: Worksheet, fmt: FileFormat) -> None:
    title = translate("imports", fmt.title)
    append_row(ws, [_t("{title}: how to fill in this template").format(title=title)])
    ws["A1"].font = Font(bold=True, size=13)
    append_row(ws, [])
    headings = [_t("Column"), _t("Required"), _t("English header"), _t("Format"), _t("Example")]
    append_row(ws, headings)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for col in fmt.columns:
        append_row(
            ws,
            [
                col.header,
                _required(col, fmt),
                col.english,
                translate("imports", col.description),
                col.example,
            ],
        )
    append_row(ws, [])
    append_row(ws, [_t("How to fill it in")])
    ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    for number, note in enumerate(fmt.notes, start=1):
        append_row(ws, [f"{number}. {translate('imports', note)}"])
    append_row(
        ws,
        [
            _t(
                "Fill in the first sheet, one row per record below the header row; keep the "
                "header row as it is. Save as .xlsx (or CSV UTF-8)."
            )
        ],
    )
    for letter, width in zip("ABCDE", (14, 16, 20, 70, 22), strict=True):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=4, max_row=3 + len(fmt.columns)):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_template(kind: str, path: str | os.PathLike[str]) -> Path:
    """Write the blank template of an import kind to ``path`` (.xlsx) and return it.

    Raises KeyError for an unknown kind and OSError when the file cannot be written; the
    workbook is saved beside the target and moved into place, never left half-written.
    """
    fmt = TEMPLATES[kind]
    target = Path(path)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    _data_sheet(ws, fmt)
    _instructions_sheet(wb.create_sheet(INSTRUCTIONS_SHEET), fmt)
    wb.active = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
