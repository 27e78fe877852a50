"""Writing cells of an Excel workbook safely: the one way every xlsx export writes a value.

A stored name such as ``=HYPERLINK("http://…"&C3,"详情")`` must reach the sheet as the
name, not as a live formula. openpyxl turns any string that starts with "=" into a
formula cell (data type "f") and strings such as "#N/A" into error cells, so every text
cell is set back to a plain string after it is written. A text that Excel would take for
a formula when someone edits the cell (it starts with =, +, -, @, a tab or a carriage
return) also gets Excel's "quote prefix" style: the cell shows the text exactly as
stored, with no added apostrophe, and stays text when edited. Numbers and dates are left
alone, so the sheet still sums and sorts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from exports.safe_text import printable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(value: Any) -> Any:
    """The value as it may go into a cell: text without the characters XML cannot hold,
    its line breaks as Excel keeps them (a line feed; XML would turn a lone carriage
    return into one anyway, so the file says what Excel will show)."""
    if not isinstance(value, str):
        return value
    return printable(value).replace("\r\n", "\n").replace("\r", "\n")


def protect(cell: Cell) -> None:
    """Make a cell holding text hold it as text, whatever the text begins with."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True


def append_row(ws: Worksheet, values: Iterable[Any]) -> None:
    """Append a row below the sheet's last row, every text written as text."""
    row = [safe(v) for v in values]
    ws.append(row)
    texts = [column for column, value in enumerate(row, start=1) if isinstance(value, str)]
    if texts:
        # A row holding text holds a cell, so it is now the sheet's last row.
        last = ws.max_row
        for column in texts:
            protect(ws.cell(row=last, column=column))


def put(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write one value at (row, column) as ``append_row`` does, and return the cell."""
    cell = ws.cell(row=row, column=column)
    cell.value = safe(value)
    protect(cell)
    return cell


def streamed(ws: Worksheet, value: Any) -> WriteOnlyCell:
    """A cell for a write-only (streamed) sheet, written as ``append_row`` writes it."""
    cell = WriteOnlyCell(ws, value=safe(value))
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell
