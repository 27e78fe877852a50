"""People & Units: the unit tree, the people table, and the dialogs that change them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.core.indicators import PEOPLE, Drill
from console.core.labels import choices, label
from console.core.people import PeopleView, PersonRow, people_view, reactivate_person
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.dialogs.person import PersonDialog
from console.ui.dialogs.person_picker import when_ready
from console.ui.dialogs.person_status import DeactivateDialog, TransferDialog
from console.ui.dialogs.profile import ProfileDialog
from console.ui.dialogs.unit import UnitDialog
from console.ui.errors import FAILED, attempt
from console.ui.pages.base import Page
from console.ui.tables import make_table
from glossary import Category, PersonStatus
from widgets.table_model import Column, RowFilterProxy, RowTableModel
from widgets.table_view import select_where

ALL_UNITS = -1


def _date(value: object) -> str:
    return value.isoformat() if value else ""  # type: ignore[attr-defined]


class PeoplePage(Page):
    drill_page = PEOPLE

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("People & Units"))
        self.units: list[UnitRow] = []
        self._children: dict[int, list[int]] = {}

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Unit"), self.tr("People")])
        self.tree.setMinimumWidth(240)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(lambda *_: self._apply_unit_filter())

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search staff number, name, pinyin initials, unit, position…")
        )
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for member, text in choices(Category):
            self.category.addItem(text, member)
        self.status = QComboBox()
        self.status.addItem(self.tr("Active"), "active")
        self.status.addItem(self.tr("Inactive"), "inactive")
        self.status.addItem(self.tr("Everyone"), "all")

        self.model: RowTableModel[PersonRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(self._show_count)
        # Rows come sorted by staff number from the core.
        self.table = make_table(self.proxy, "people", self.tr("People"), search=self.search)
        self.table.doubleClicked.connect(lambda _i: self.open_profile())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count = QLabel()
        self.count.setObjectName("Hint")

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.transfer_button = QPushButton(self.tr("Transfer…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.profile_button = QPushButton(self.tr("Profile"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.transfer_button.clicked.connect(self.transfer_person)
        self.deactivate_button.clicked.connect(self.deactivate_person)
        self.reactivate_button.clicked.connect(self.reactivate_person)
        self.profile_button.clicked.connect(self.open_profile)
        self.table.mirror_buttons(
            self.profile_button,
            self.edit_button,
            self.transfer_button,
            self.deactivate_button,
            self.reactivate_button,
        )
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.import_button.setVisible(ctx.is_admin)  # only an administrator imports it
        self.import_button.clicked.connect(self.import_roster)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.transfer_button,
            self.deactivate_button,
            self.reactivate_button,
            self.import_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addWidget(self.profile_button)

        self.add_unit_button = QPushButton(self.tr("Add unit…"))
        self.rename_unit_button = QPushButton(self.tr("Rename…"))
        self.add_unit_button.clicked.connect(self.add_unit)
        self.rename_unit_button.clicked.connect(self.rename_unit)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        unit_buttons = QHBoxLayout()
        unit_buttons.addWidget(self.add_unit_button)
        unit_buttons.addWidget(self.rename_unit_button)
        unit_buttons.addStretch(1)
        left_layout.addLayout(unit_buttons)
        # Only administrators maintain the unit tree (the core refuses anyone else).
        for button in (self.add_unit_button, self.rename_unit_button):
            button.setVisible(ctx.can_manage_units)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 900])
        self.layout_.addWidget(splitter, 1)

        self.search.textChanged.connect(self.proxy.set_search)
        # Pinyin initials (zbh finds 周波浩) are read when the user first searches.
        self._initials_asked = False
        self.search.textEdited.connect(self._want_initials)
        self.category.currentIndexChanged.connect(lambda _i: self._apply_category())
        self.status.currentIndexChanged.connect(lambda _i: self._apply_status())
        self._apply_status()
        self._update_buttons()

    def _columns(self) -> list[Column[PersonRow]]:
        muted = "#8a8f98"
        return [
            Column(self.tr("Staff no."), lambda p: p.staff_no),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Unit"), lambda p: p.unit_name),
            Column(self.tr("Category"), lambda p: label(p.category)),
            Column(self.tr("Position"), lambda p: p.position or ""),
            Column(
                self.tr("Status"),
                lambda p: label(p.status),
                colour=lambda p: None if p.status == PersonStatus.ACTIVE else muted,
            ),
            Column(self.tr("Gender"), lambda p: label(p.gender)),
            Column(self.tr("Birth date"), lambda p: _date(p.birth_date), searchable=False),
            Column(self.tr("Hire date"), lambda p: _date(p.hire_date), searchable=False),
            Column(
                self.tr("Legal qualification"),
                lambda p: self.tr("Yes") if p.legal_qualification else "",
                searchable=False,
            ),
            Column(self.tr("Phone"), lambda p: p.phone or ""),
        ]

    # --- loading ---------------------------------------------------------------
    def fetch(self) -> Callable[[], PeopleView]:
        # Thousands of people with their units: off the GUI thread when the page is shown.
        read, user = self.ctx.read, self.ctx.user
        return lambda: read(people_view, user)

    def _want_initials(self, _text: str) -> None:
        if self._initials_asked:
            return
        self._initials_asked = True

        def got(initials: dict[int, str]) -> None:
            self.model.also_search(lambda p: initials.get(p.id, ""))
            self.proxy.set_search(self.search.text())

        when_ready(self.ctx, self, got)

    def show_data(self, view: PeopleView) -> None:
        selected = self.current_person()
        current_unit = self._selected_unit()
        self.units, people = view.units, view.people
        self._build_tree(current_unit)
        first_load = self.model.rowCount() == 0
        self.model.set_rows(people)
        self._initials_asked = False  # new people: their initials on the next search
        self._apply_unit_filter()
        if first_load and people:
            # Widths from a sample of rows (Qt would read 1,000): quick at 10,000 people.
            self.table.horizontalHeader().setResizeContentsPrecision(100)
            self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_person(selected.id)
        self._update_buttons()

    def _build_tree(self, current_unit: int | None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self._children = {}
        ids = {u.id for u in self.units}
        for u in self.units:
            if u.parent_id is not None and u.parent_id in ids:
                self._children.setdefault(u.parent_id, []).append(u.id)
        totals = {u.id: u.headcount for u in self.units}
        for u in reversed(self.units):  # children before parents: add up the subtree
            if u.parent_id is not None and u.parent_id in totals:
                totals[u.parent_id] += totals[u.id]
        items: dict[int, QTreeWidgetItem] = {}
        for u in self.units:
            parent = items.get(u.parent_id) if u.parent_id is not None else None
            item = QTreeWidgetItem([u.name, str(totals[u.id])])
            item.setData(0, Qt.ItemDataRole.UserRole, u.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setToolTip(0, label(u.kind))
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[u.id] = item
        self.tree.expandToDepth(0)
        target = items.get(current_unit) if current_unit is not None else None
        if target is None and self.tree.topLevelItemCount():
            target = self.tree.topLevelItem(0)
        if target is not None:
            self.tree.setCurrentItem(target)
        self.tree.blockSignals(False)

    # --- filtering -------------------------------------------------------------
    def _selected_unit(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _subtree(self, unit_id: int) -> set[int]:
        found, stack = {unit_id}, [unit_id]
        while stack:
            for child in self._children.get(stack.pop(), []):
                found.add(child)
                stack.append(child)
        return found

    def _apply_unit_filter(self) -> None:
        unit_id = self._selected_unit()
        item = self.tree.currentItem()
        is_root = item is not None and item.parent() is None
        if unit_id is None or is_root:
            self.proxy.set_predicate("unit", None)
        else:
            units = self._subtree(unit_id)
            self.proxy.set_predicate("unit", lambda p: p.unit_id in units)

    def _apply_category(self) -> None:
        category = self.category.currentData()
        self.proxy.set_predicate(
            "category", None if category is None else (lambda p: p.category == category)
        )

    def _apply_status(self) -> None:
        mode = self.status.currentData()
        if mode == "active":
            self.proxy.set_predicate("status", lambda p: p.status == PersonStatus.ACTIVE)
        elif mode == "inactive":
            self.proxy.set_predicate("status", lambda p: p.status != PersonStatus.ACTIVE)
        else:
            self.proxy.set_predicate("status", None)

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total} people").format(shown=shown, total=total))

    # --- selection -------------------------------------------------------------
    def current_person(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select_person(self, person_id: int) -> bool:
        return select_where(self.table, lambda p: p.id == person_id)

    def _update_buttons(self) -> None:
        person = self.current_person()
        writable = self.ctx.can_edit_people
        active = person is not None and person.status == PersonStatus.ACTIVE
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and person is not None)
        self.transfer_button.setEnabled(writable and active)
        self.deactivate_button.setEnabled(writable and active)
        self.reactivate_button.setEnabled(writable and person is not None and not active)
        self.profile_button.setEnabled(person is not None)

    # --- actions ---------------------------------------------------------------
    def _after_change(self, person: PersonRow | None) -> None:
        if person is not None:
            self.ctx.notice.emit(
                self.tr("Saved: {name} ({staff_no})").format(
                    name=person.name, staff_no=person.staff_no
                )
            )
        self.ctx.data_changed.emit("people")
        self.refresh()
        if person is not None and not self.select_person(person.id):
            # The new person is hidden by the filters: clear them so the user sees them.
            self.search.clear()
            self.status.setCurrentIndex(self.status.findData("all"))
            self.category.setCurrentIndex(0)
            self.select_person(person.id)

    def import_roster(self) -> None:
        """HR's spreadsheet: the plan first, then all of it (the dialog tells the pages)."""
        from console.ui.dialogs.import_file import ImportDialog

        ImportDialog(self.ctx, self, kind="roster").exec()

    def _changed_elsewhere(self) -> None:
        """Another desk changed what the user was editing: show it as it is now."""
        self.ctx.data_changed.emit("people")
        self.refresh()

    def _person_dialog(self, dialog: PersonDialog | TransferDialog | DeactivateDialog) -> None:
        if dialog.exec():
            self._after_change(dialog.saved)
        elif dialog.conflict:
            self._changed_elsewhere()

    def add_person(self) -> None:
        self._person_dialog(
            PersonDialog(self.ctx, self.units, default_unit=self._selected_unit(), parent=self)
        )

    def edit_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        self._person_dialog(PersonDialog(self.ctx, self.units, person=person, parent=self))

    def transfer_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        self._person_dialog(TransferDialog(self.ctx, person, self.units, self))

    def deactivate_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        self._person_dialog(DeactivateDialog(self.ctx, person, self))

    def reactivate_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reactivate"),
            self.tr("Put {name} back on strength?").format(name=person.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        saved = attempt(
            self,
            lambda: self.ctx.run(
                reactivate_person, self.ctx.user, person.id, seen_version=person.row_version
            ),
        )
        if saved is FAILED:
            self._changed_elsewhere()  # whatever refused it, show the person as they are now
            return
        self._after_change(saved)

    def _unit_row(self, unit_id: int | None) -> UnitRow | None:
        return next((u for u in self.units if u.id == unit_id), None)

    def _unit_dialog(self, dialog: UnitDialog) -> None:
        if dialog.exec() or dialog.conflict:
            self.ctx.data_changed.emit("units")
            self.refresh()

    def add_unit(self) -> None:
        self._unit_dialog(
            UnitDialog(self.ctx, self.units, parent_id=self._selected_unit(), parent=self)
        )

    def rename_unit(self) -> None:
        unit = self._unit_row(self._selected_unit())
        if unit is None:
            return
        self._unit_dialog(UnitDialog(self.ctx, self.units, unit=unit, parent=self))

    def open_profile(self) -> None:
        person = self.current_person()
        if person is None:
            return
        attempt(self, lambda: ProfileDialog(self.ctx, person.id, self).exec())

    # --- drill-downs -----------------------------------------------------------
    def show_drill(self, target: Drill) -> None:
        """The people on strength of the unit a bar counted, or of the whole bureau."""
        self.search.clear()
        self.status.setCurrentIndex(self.status.findData("active"))
        self.category.setCurrentIndex(0)
        root = self.tree.topLevelItem(0)
        if target.unit_id is None and root is not None:
            self.tree.setCurrentItem(root)
            return
        for item in self.tree.findItems(
            "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
        ):
            if item.data(0, Qt.ItemDataRole.UserRole) == target.unit_id:
                self.tree.setCurrentItem(item)
                return
