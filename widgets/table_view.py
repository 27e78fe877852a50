"""The project's table view, which behaves as Excel users expect.

- many rows selectable; Ctrl+C (and 复制 in the menus) copies them with the header row
  as tab-separated text that pastes into Excel or WPS;
- a right-click menu: the row actions the page registers (``add_row_action``), then
  复制, 导出… and the column chooser;
- the header's right-click menu is the column chooser (show/hide, reset);
- the columns' widths, order, visibility and sort are kept between starts through a
  ``TableStateStore`` keyed by the table's stable name, and a reset restores the
  defaults;
- after new rows arrive the chosen sort is applied again.

The view knows no domain: the store and the exporter are given by the console
(console/ui/tables.py), so this module imports only Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
)

from widgets.table_copy import as_tsv, selected_rows, visible_columns
from widgets.table_model import ROW_ROLE

SAVE_DELAY_MS = 400  # a drag resizes a column many times a second: store it once


class TableStateStore(Protocol):
    def load(self, name: str) -> QByteArray | None: ...
    def save(self, name: str, state: QByteArray) -> None: ...
    def clear(self, name: str) -> None: ...


@dataclass
class RowAction:
    """A page's action on the selected rows, offered in the right-click menu.

    ``run`` gets the selected rows (the model's row objects, top to bottom). An action
    for ``one`` row is offered only when exactly one row is selected; ``enabled`` may
    refuse further (e.g. 作废 only for entries not already void).
    """

    label: str
    run: Callable[[list[Any]], None]
    enabled: Callable[[list[Any]], bool] | None = None
    one: bool = True
    shown: Callable[[], bool] | None = None  # None: always offered

    def allowed(self, rows: list[Any]) -> bool:
        if not rows or (self.one and len(rows) != 1):
            return False
        return self.enabled(rows) if self.enabled else True


def _button_action(button: QAbstractButton) -> RowAction:
    def run(_rows: list[Any]) -> None:
        button.click()

    return RowAction(
        button.text().replace("&", ""),
        run,
        lambda _rows: button.isEnabled(),
        one=True,
        shown=lambda: not button.isHidden(),
    )


class DataTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name: str | None = None
        self.store: TableStateStore | None = None
        self.exporter: Callable[[DataTable], None] | None = None
        self._actions: list[RowAction] = []
        self._default_state: QByteArray | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_state)

        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    # --- rows --------------------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._sort_again)

    def selected_items(self) -> list[Any]:
        """The row objects of the selected rows, top to bottom as shown."""
        model = self.model()
        return [model.index(r, 0).data(ROW_ROLE) for r in selected_rows(self)]

    def add_row_action(
        self,
        label: str,
        run: Callable[[list[Any]], None],
        enabled: Callable[[list[Any]], bool] | None = None,
        one: bool = True,
    ) -> RowAction:
        action = RowAction(label, run, enabled, one)
        self._actions.append(action)
        return action

    def mirror_buttons(self, *buttons: QAbstractButton) -> None:
        """Offer the page's row buttons (编辑…, 档案 …) in the right-click menu too: the
        same click, enabled as the button is for the selected row, absent where the button
        is hidden (the user's role may not use it)."""
        for button in buttons:
            self._actions.append(_button_action(button))

    def row_actions(self) -> list[RowAction]:
        return list(self._actions)

    def copy_selection(self) -> None:
        rows = selected_rows(self)
        if rows:
            QGuiApplication.clipboard().setText(as_tsv(self, rows))

    def _sort_again(self) -> None:
        # New rows arrive in the service's order; the header still shows the user's sort.
        header = self.horizontalHeader()
        section = header.sortIndicatorSection()
        if self.isSortingEnabled() and 0 <= section < header.count():
            self.model().sort(section, header.sortIndicatorOrder())

    # --- menus -------------------------------------------------------------------------
    def context_menu(self) -> QMenu:
        """The right-click menu for the current selection (built anew each time)."""
        menu = QMenu(self)
        rows = self.selected_items()
        offered = [a for a in self._actions if a.shown is None or a.shown()]
        for action in offered:
            item = menu.addAction(action.label)
            item.setEnabled(action.allowed(rows))
            item.triggered.connect(lambda _=False, a=action, r=rows: a.run(r))
        if offered:
            menu.addSeparator()
        copy = menu.addAction(self.tr("Copy"))
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(bool(rows) or bool(selected_rows(self)))
        copy.triggered.connect(self.copy_selection)
        exporter = self.exporter
        if exporter is not None:
            export = menu.addAction(self.tr("Export…"))
            export.triggered.connect(lambda: exporter(self))
        menu.addMenu(self.columns_menu(menu))
        return menu

    def columns_menu(self, parent: QWidget | None = None) -> QMenu:
        """The column chooser: one tick per column, and a reset to the defaults."""
        menu = QMenu(self.tr("Columns…"), parent or self)
        model = self.model()
        header = self.horizontalHeader()
        shown = visible_columns(self)
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            title = model.headerData(column, Qt.Orientation.Horizontal)
            item = menu.addAction(str(title or ""))
            item.setCheckable(True)
            item.setChecked(column in shown)
            # The last visible column cannot go: a table with none could not get it back.
            item.setEnabled(not (column in shown and len(shown) == 1))
            item.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.triggered.connect(self.reset_columns)
        return menu

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QTableView's own Ctrl+C copies one cell; here it copies the selected rows.
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(), index.parent()):
            # As in Excel: a right-click outside the selection selects that row.
            self.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.setCurrentIndex(index)
        self.context_menu().exec(event.globalPos())

    def _header_menu(self, pos: QPoint) -> None:
        self.columns_menu().exec(self.horizontalHeader().viewport().mapToGlobal(pos))

    # --- column state ------------------------------------------------------------------
    def set_column_shown(self, column: int, shown: bool) -> None:
        self.horizontalHeader().setSectionHidden(column, not shown)
        self.save_state()

    def keep_state(self, name: str, store: TableStateStore) -> None:
        """Remember this table's columns under ``name`` from now on, and apply what was
        remembered. Call it once the default widths are set: they are what a reset
        returns to."""
        self.name, self.store = name, store
        header = self.horizontalHeader()
        self._default_state = header.saveState()
        stored = store.load(name)
        if stored is not None and not stored.isEmpty() and not header.restoreState(stored):
            store.clear(name)  # from an older layout of the table: start afresh
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        header.sectionMoved.connect(lambda *_: self.save_state())
        header.sortIndicatorChanged.connect(lambda *_: self.save_state())

    def save_state(self) -> None:
        self._save_timer.stop()
        if self.name and self.store is not None:
            self.store.save(self.name, self.horizontalHeader().saveState())

    def reset_columns(self) -> None:
        header = self.horizontalHeader()
        if self._default_state is not None:
            header.restoreState(self._default_state)
        for column in range(header.count()):
            header.setSectionHidden(column, False)
            visual = header.visualIndex(column)
            if visual != column:
                header.moveSection(visual, column)
        if self.name and self.store is not None:
            self.store.clear(self.name)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._save_timer.isActive():
            self.save_state()  # the window is closing: a pending resize is not lost
        super().hideEvent(event)


def make_table_view(
    model: QAbstractItemModel,
    widths: Sequence[int] = (),
    parent: QWidget | None = None,
    sortable: bool = True,
) -> DataTable:
    """A table over ``model``. Give starting ``widths`` for big tables: sizing columns to
    their contents reads rows, and fixed widths cost nothing at 10,000 rows."""
    table = DataTable(parent)
    table.setModel(model)
    if sortable:
        # No sort until a header is clicked: rows arrive in the service's order.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    for i, width in enumerate(widths):
        table.setColumnWidth(i, width)
    return table


def bind_find(search: QLineEdit) -> None:
    """Ctrl+F in the window goes to ``search`` while it is shown (a hidden page's box
    does not answer), and selects its text to type over."""
    if search.property("find_bound"):
        return
    search.setProperty("find_bound", True)
    shortcut = QShortcut(QKeySequence.StandardKey.Find, search)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

    def go() -> None:
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    shortcut.activated.connect(go)


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
