"""What a table shows, as text for the clipboard and as cells for a sheet.

Both take what the user sees: the visible columns in their current order, the rows in
their current order (after search, filters and sort), the displayed text. A sheet keeps
numbers as numbers (the model's EXPORT_ROLE) with their column's format.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from widgets.table_format import NumberFormat
from widgets.table_model import EXPORT_ROLE, FORMAT_ROLE

DISPLAY = Qt.ItemDataRole.DisplayRole


def visible_columns(view: QTableView) -> list[int]:
    """The model's columns that are shown, in the order the user arranged them."""
    header = view.horizontalHeader()
    logical = (header.logicalIndex(v) for v in range(header.count()))
    return [c for c in logical if c >= 0 and not header.isSectionHidden(c)]


def selected_rows(view: QTableView) -> list[int]:
    """The selected rows of the view's model, top to bottom as shown."""
    return sorted({index.row() for index in view.selectionModel().selectedIndexes()})


def _header(view: QTableView, column: int) -> str:
    text = view.model().headerData(column, Qt.Orientation.Horizontal, DISPLAY)
    return "" if text is None else str(text)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def tsv(lines: Iterable[Sequence[str]]) -> str:
    """Lines of cells as Excel copies them: tab-separated, CRLF line ends, a cell holding
    a tab, a line break or a quote in double quotes (quotes doubled), so that it pastes
    into Excel or WPS as one cell."""
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab", lineterminator="\r\n")
    writer.writerows(lines)
    return out.getvalue()


def as_tsv(view: QTableView, rows: list[int], text: Callable[[int, int], str] | None = None) -> str:
    """The header row and ``rows`` (their shown columns) as tab-separated text. ``text``
    gives a cell's text where the model's display text is not what is shown (a cell
    holding an editor)."""
    model = view.model()
    columns = visible_columns(view)

    def shown(r: int, c: int) -> str:
        return text(r, c) if text else _text(model.index(r, c).data(DISPLAY))

    return tsv(
        [[_header(view, c) for c in columns], *([shown(r, c) for c in columns] for r in rows)]
    )


@dataclass(frozen=True)
class SheetData:
    """A table as plain values, ready for exports/table_xlsx.py: no Qt in it."""

    headers: list[str]
    formats: list[str | None]  # Excel number format per column; None for text
    rows: list[list[Any]]


def sheet_data(view: QTableView) -> SheetData:
    """Every row the view shows (not only the selected ones), as a sheet would hold it."""
    model = view.model()
    columns = visible_columns(view)
    formats: list[str | None] = []
    for c in columns:
        fmt = model.headerData(c, Qt.Orientation.Horizontal, FORMAT_ROLE)
        formats.append(fmt.excel if isinstance(fmt, NumberFormat) else None)
    rows: list[list[Any]] = []
    for r in range(model.rowCount()):
        row: list[Any] = []
        for c in columns:
            index = model.index(r, c)
            value = index.data(EXPORT_ROLE)
            if value is None and formats[len(row)] is None:
                value = index.data(DISPLAY)  # a model without EXPORT_ROLE: its text
            row.append(value)
        rows.append(row)
    return SheetData([_header(view, c) for c in columns], formats, rows)
