"""The project's read-only table view: row selection, alternating rows, header sorting."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
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
