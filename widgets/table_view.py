"""The project's read-only table view: row selection, alternating rows, header sorting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def make_table_view(
    model: QAbstractItemModel,
    widths: Sequence[int] = (),
    parent: QWidget | None = None,
    sortable: bool = True,
) -> QTableView:
    """A table over ``model``. Give starting ``widths`` for big tables: sizing columns to
    their contents reads rows, and fixed widths cost nothing at 10,000 rows."""
    table = QTableView(parent)
    table.setModel(model)
    if sortable:
        # No sort until a header is clicked: rows arrive in the service's order.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setStretchLastSection(True)
    for i, width in enumerate(widths):
        table.setColumnWidth(i, width)
    return table


def select_where(table: QTableView, matches: Callable[[Any], bool]) -> bool:
    """Select (and scroll to) the first row whose item ``matches``; False if none does.

    The table's model is a RowFilterProxy (or a RowTableModel): rows are read through
    ``row_at`` or ``row``, so a row hidden by the filters is not found.
    """
    model = table.model()
    row_of = getattr(model, "row_at", None) or model.row  # type: ignore[attr-defined]
    for r in range(model.rowCount()):
        if matches(row_of(r)):
            index = model.index(r, 0)
            table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            table.scrollTo(index)
            return True
    return False
