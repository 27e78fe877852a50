"""The problems found in an import file, as a workbook the user can sort, filter and fix
from: one row per problem (row, column, problem), under a title naming the file.

Every text is written as text: a problem quotes the user's own cells, and a cell that
began with ``=`` (or ``+ - @``, a tab, a carriage return) must not come back as a formula.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from console.core.i18n import tr_context
from exports.xlsx_cells import streamed

_t = tr_context("exports")

WIDTHS = (8, 18, 90)


def safe_text(ws: Worksheet, value: object, bold: bool = False) -> WriteOnlyCell:
    """A cell that shows ``value`` as written: never a formula, never a forbidden char."""
    cell = streamed(ws, value)
    if isinstance(cell.value, str):
        cell.alignment = Alignment(wrap_text=True)
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_import_problems(
    problems: Sequence[tuple[int | None, str, str]], path: str | os.PathLike[str], source: str
) -> Path:
    """Write (row, column, problem) triples to ``path`` (.xlsx) and return it."""
    target = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_t("Problems"))
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions["ABC"[i]].width = width
    ws.freeze_panes = "A3"
    ws.append([safe_text(ws, _t("Problems found in {file}").format(file=source), bold=True)])
    ws.append([safe_text(ws, h, bold=True) for h in (_t("Row"), _t("Column"), _t("Problem"))])
    for row, column, message in problems:
        ws.append([safe_text(ws, row), safe_text(ws, column), safe_text(ws, message)])
    wb.save(target)
    return target
