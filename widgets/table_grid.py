"""The shared tables' Excel habits for a grid whose cells hold editors (a QTableWidget of
tick boxes, drop-downs and spin boxes: an attendance sheet, an exam's scores).

``GridHabits`` gives such a grid what ``DataTable`` gives the lists: whole rows selected
(many at once), Ctrl+C copies them with the header row as tab-separated text that pastes
into Excel or WPS (a cell's editor is copied as it reads), and a right-click menu with
the grid's row actions and 复制. A grid is not sorted by clicking its header: its rows
stand for the editors built beside them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QTableView,
)

from widgets.table_copy import as_tsv, selected_rows

CHECKED = "✓"


def cell_text(view: QTableView, row: int, column: int) -> str:
    """What a cell reads as: its editor's text, a tick for a ticked box, else its text."""
    index = view.model().index(row, column)
    editor = view.indexWidget(index)
    if isinstance(editor, QComboBox):
        return editor.currentText()
    if isinstance(editor, QAbstractSpinBox | QLineEdit):
        return editor.text()
    if isinstance(editor, QCheckBox):
        return CHECKED if editor.isChecked() else ""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text not in (None, ""):
        return str(text)
    if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
        checked = index.data(Qt.ItemDataRole.CheckStateRole)
        ticked = checked in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        return CHECKED if ticked else ""
    return ""


class GridHabits(QObject):
    """Install on ``view``: ``actions`` are (label, run on the selected row numbers)."""

    def __init__(
        self,
        view: QTableView,
        actions: list[tuple[str, Callable[[list[int]], None]]] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.actions = list(actions or [])
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu_at)
        view.installEventFilter(self)

    def selected(self) -> list[int]:
        """The selected rows that are shown, top to bottom."""
        return [r for r in selected_rows(self.view) if not self.view.isRowHidden(r)]

    def copy(self) -> None:
        rows = self.selected()
        if rows:
            text = as_tsv(self.view, rows, lambda r, c: cell_text(self.view, r, c))
            QGuiApplication.clipboard().setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The view's own Ctrl+C copies one cell; here it copies the selected rows. An
        # editor with the focus (a spin box) keeps its own Ctrl+C: its keys are not the
        # view's.
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            self.copy()
            return True
        return super().eventFilter(watched, event)

    def menu(self) -> QMenu:
        """The right-click menu for the current selection (built anew each time)."""
        menu = QMenu(self.view)
        rows = self.selected()
        for label, run in self.actions:
            item = menu.addAction(label)
            item.setEnabled(bool(rows))
            item.triggered.connect(lambda _=False, act=run, chosen=rows: act(chosen))
        if self.actions:
            menu.addSeparator()
        copy = menu.addAction(self.tr("Copy"))
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(bool(rows))
        copy.triggered.connect(self.copy)
        return menu

    def _menu_at(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        selection = self.view.selectionModel()
        if index.isValid() and not selection.isRowSelected(index.row(), index.parent()):
            # As in Excel: a right-click outside the selection selects that row.
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.menu().exec(self.view.viewport().mapToGlobal(pos))
