"""Record a point entry (积分记录): one rule, one date, for one person, for several people of
a unit at once (batch entry), or for a unit as a whole. The core checks everything; its
messages appear under the fields, and nothing is written while any remains."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import FieldError
from console.core.labels import label
from console.core.people import PersonRow
from console.core.scoring.dashboard import RuleChoice, rules_in_force
from console.core.scoring.entries import (
    EntryInput,
    entry_choices,
    parse_quantity,
    record_entries,
)
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.dialogs.person import fill_unit_combo
from console.ui.dialogs.person_picker import PeopleFind, PersonPicker
from console.ui.errors import FAILED, attempt
from console.ui.scoring_format import plain, signed
from glossary import Role, YearMonth
from widgets.field_form import FieldForm
from widgets.screen_fit import fit_to_screen

ONE, BATCH, UNIT = 0, 1, 2


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def default_entry_date(month: YearMonth, today: date) -> date:
    """The day an entry of the chosen month most likely happened: today in the running
    month, the month's last day for a past one."""
    return today if month >= YearMonth.of(today) else month.last_day


def _subtrees(units: list[UnitRow]) -> dict[int, set[int]]:
    """Each unit with every unit below it: a squad's batch lists its teams' people too."""
    found = {u.id: {u.id} for u in units}
    for u in reversed(units):  # parents come first, so children are complete before them
        if u.parent_id in found:
            found[u.parent_id] |= found[u.id]
    return found


class EntryDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_ids: list[int] = []
        self.rules: list[RuleChoice] = []
        self.setWindowTitle(self.tr("New point entry"))
        fit_to_screen(self, 640, 660)
        choices = ctx.read(entry_choices, ctx.user)
        self.people: list[PersonRow] = choices.people
        self.units: list[UnitRow] = choices.units
        self._subtrees = _subtrees(self.units)
        layout = QVBoxLayout(self)

        self.date = QDateEdit(_qdate(default_entry_date(ctx.period, ctx.today)))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(_qdate(ctx.today))
        self.date.dateChanged.connect(lambda _d: self._load_rules())

        self.rule_filter = QLineEdit()
        self.rule_filter.setPlaceholderText(self.tr("Type a code or words of the rule…"))
        self.rule_filter.setClearButtonEnabled(True)
        self.rule_list = QListWidget()
        self.rule_list.setMinimumHeight(180)
        self.rule_detail = QLabel("")
        self.rule_detail.setObjectName("Hint")
        self.rule_detail.setWordWrap(True)
        rule_box = QWidget()
        rule_layout = QVBoxLayout(rule_box)
        rule_layout.setContentsMargins(0, 0, 0, 0)
        rule_layout.addWidget(self.rule_filter)
        rule_layout.addWidget(self.rule_list, 1)
        rule_layout.addWidget(self.rule_detail)
        self.rule_filter.textChanged.connect(self._filter_rules)
        self.rule_filter.returnPressed.connect(self._pick_first_rule)
        self.rule_list.currentItemChanged.connect(lambda *_: self._show_rule())

        self.quantity = QLineEdit("1")
        self.quantity.setMaximumWidth(100)
        self.points_preview = QLabel("")
        quantity_box = QWidget()
        quantity_layout = QHBoxLayout(quantity_box)
        quantity_layout.setContentsMargins(0, 0, 0, 0)
        quantity_layout.addWidget(self.quantity)
        quantity_layout.addWidget(self.points_preview, 1)
        self.quantity.textChanged.connect(lambda _t: self._show_rule())

        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What happened (case number, place …)"))
        self.evidence = QLineEdit()
        self.evidence.setMaxLength(200)
        self.evidence.setPlaceholderText(self.tr("Where the proof is kept (file, photo, ledger)"))

        rows: list[tuple[str, str, QWidget]] = [
            ("date", self.tr("Date") + " *", self.date),
            ("rule", self.tr("Rule") + " *", rule_box),
            ("quantity", self.tr("Quantity") + " *", quantity_box),
            ("person", self.tr("For") + " *", self._build_people()),
            ("note", self.tr("Note"), self.note),
            ("evidence", self.tr("Evidence"), self.evidence),
        ]
        self.form = FieldForm(rows)
        layout.addWidget(self.form)
        layout.addStretch(1)  # spare height stays below the form, not between its rows
        if ctx.user.role == Role.SQUAD_LEADER:
            wait = QLabel(self.tr("Entries you record wait for a supervisor's approval."))
            wait.setObjectName("Hint")
            layout.addWidget(wait)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._load_rules()
        if person_id is not None:
            self.select_person(person_id)
        self._set_mode(ONE)

    # --- people ----------------------------------------------------------------
    def _build_people(self) -> QWidget:
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        modes = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons = [
            QRadioButton(self.tr("One person")),
            QRadioButton(self.tr("Several people (batch)")),
            QRadioButton(self.tr("A unit as a whole")),
        ]
        for i, button in enumerate(self.mode_buttons):
            self.mode_group.addButton(button, i)
            modes.addWidget(button)
        modes.addStretch(1)
        self.mode_buttons[ONE].setChecked(True)
        self.mode_group.idClicked.connect(self._set_mode)
        outer.addLayout(modes)

        # By name, staff number or pinyin initials; only the people the core offers.
        self.person = PersonPicker(self.ctx, self.people)
        outer.addWidget(self.person)

        self.unit = QComboBox()
        fill_unit_combo(self.unit, self.units, None)
        self.unit.currentIndexChanged.connect(lambda _i: self._fill_members())
        outer.addWidget(self.unit)
        self.member_find = PeopleFind(self.ctx)
        self.members = QListWidget()
        self.members.setMinimumHeight(140)
        self.member_find.changed.connect(lambda: self.member_find.narrow(self.members))
        outer.addWidget(self.member_find)
        self.members.itemChanged.connect(lambda _i: self._count_ticked())
        outer.addWidget(self.members, 1)
        ticks = QHBoxLayout()
        self.tick_all = QPushButton(self.tr("Tick all"))
        self.tick_none = QPushButton(self.tr("Tick none"))
        self.tick_all.clicked.connect(lambda: self._tick(True))
        self.tick_none.clicked.connect(lambda: self._tick(False))
        self.ticked = QLabel("")
        self.ticked.setObjectName("Hint")
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.tick_none)
        ticks.addStretch(1)
        ticks.addWidget(self.ticked)
        self.tick_row = QWidget()
        self.tick_row.setLayout(ticks)
        ticks.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tick_row)
        # The members are listed when a batch is first chosen: a bureau of 3,000 people
        # need not build 3,000 tick boxes for a dialog that records one person's entry.
        self._members_of: object = None
        return box

    def _set_mode(self, mode: int) -> None:
        self.mode_buttons[mode].setChecked(True)
        self.person.setVisible(mode == ONE)
        self.unit.setVisible(mode in (BATCH, UNIT))
        self.members.setVisible(mode == BATCH)
        self.member_find.setVisible(mode == BATCH)
        self.tick_row.setVisible(mode == BATCH)
        self._fill_members()
        self.form.errors["person"].hide()

    def mode(self) -> int:
        return self.mode_group.checkedId()

    def _fill_members(self) -> None:
        unit_id = self.unit.currentData()
        if self.mode() != BATCH or unit_id == self._members_of:
            return
        self._members_of = unit_id
        units = self._subtrees.get(unit_id, set()) if unit_id is not None else set()
        self.members.blockSignals(True)
        self.members.clear()
        for p in self.people:
            if p.unit_id in units:
                item = QListWidgetItem(f"{p.name}　{p.staff_no}　{p.unit_name}")
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.members.addItem(item)
        self.members.blockSignals(False)
        self.member_find.narrow(self.members)
        self._count_ticked()

    def _tick(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.members.blockSignals(True)
        for i in range(self.members.count()):
            item = self.members.item(i)
            if not item.isHidden():  # narrowed by the find box: the people shown
                item.setCheckState(state)
        self.members.blockSignals(False)
        self._count_ticked()

    def _count_ticked(self) -> None:
        n = len(self.ticked_ids())
        self.ticked.setText(
            self.tr("{n} of {total} ticked").format(n=n, total=self.members.count())
        )

    def ticked_ids(self) -> list[int]:
        return [
            self.members.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        ]

    def select_person(self, person_id: int) -> bool:
        self.person.set_person(person_id)
        return self.person.person_id() == person_id

    def chosen_person(self) -> int | None:
        # The typed text must name one person: a half-typed name is no one.
        return self.person.person_id()

    def tick_people(self, person_ids: list[int]) -> None:
        wanted = set(person_ids)
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    # --- rules -----------------------------------------------------------------
    def _load_rules(self) -> None:
        current = self.chosen_rule()
        self.rules = self.ctx.read(rules_in_force, self.chosen_date())
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        for r in self.rules:
            item = QListWidgetItem(
                self.tr("{code}　{text}　({points} per {unit})").format(
                    code=r.code, text=r.text, points=signed(r.points), unit=r.count_unit
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(r.text)
            self.rule_list.addItem(item)
            if current is not None and r.code == current.code:
                self.rule_list.setCurrentItem(item)
        self.rule_list.blockSignals(False)
        self._filter_rules(self.rule_filter.text())
        self._show_rule()
        if not self.rules:
            self.rule_detail.setText(self.tr("No rule set is in force on this date."))

    def _filter_rules(self, text: str) -> None:
        needles = text.casefold().split()
        visible = []
        for i, r in enumerate(self.rules):
            haystack = f"{r.code} {r.text} {label(r.category)}".casefold()
            shown = all(n in haystack for n in needles)
            self.rule_list.item(i).setHidden(not shown)
            if shown:
                visible.append(i)
        if len(visible) == 1:
            self.rule_list.setCurrentRow(visible[0])

    def _pick_first_rule(self) -> None:
        for i in range(self.rule_list.count()):
            if not self.rule_list.item(i).isHidden():
                self.rule_list.setCurrentRow(i)
                self.quantity.setFocus()
                return

    def chosen_rule(self) -> RuleChoice | None:
        item = self.rule_list.currentItem()
        if item is None or item.isHidden():
            return None
        rule_id = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rules if r.id == rule_id), None)

    def select_rule(self, code: str) -> bool:
        for i, r in enumerate(self.rules):
            if r.code == code:
                self.rule_list.setCurrentRow(i)
                return True
        return False

    def _show_rule(self) -> None:
        rule = self.chosen_rule()
        if rule is None:
            self.rule_detail.setText("")
            self.points_preview.setText("")
            return
        parts = [
            label(rule.category),
            self.tr("{points} per {unit}").format(points=signed(rule.points), unit=rule.count_unit),
        ]
        if rule.monthly_cap is not None:
            parts.append(self.tr("at most {cap} a month").format(cap=plain(rule.monthly_cap)))
        if rule.needs_approval:
            parts.append(self.tr("needs approval"))
        self.rule_detail.setText("　·　".join(parts))
        quantity = parse_quantity(self.quantity.text())
        if quantity is None or quantity <= 0:
            self.points_preview.setText("")
        else:
            points = (quantity * rule.points).quantize(Decimal("0.01"))
            self.points_preview.setText(
                self.tr("{count} {unit}: {points} points each person").format(
                    count=plain(quantity), unit=rule.count_unit, points=signed(points)
                )
            )

    # --- saving ----------------------------------------------------------------
    def data(self) -> EntryInput:
        rule = self.chosen_rule()
        mode = self.mode()
        person_ids: list[int] = []
        if mode == ONE:
            chosen = self.chosen_person()
            person_ids = [chosen] if chosen is not None else []
        elif mode == BATCH:
            person_ids = self.ticked_ids()
        return EntryInput(
            rule_id=rule.id if rule else None,
            event_date=self.chosen_date(),
            quantity=self.quantity.text(),
            person_ids=person_ids,
            unit_id=self.unit.currentData() if mode == UNIT else None,
            note=self.note.text(),
            evidence=self.evidence.text(),
        )

    def chosen_date(self) -> date:
        day = self.date.date().toPython()
        assert isinstance(day, date)  # a QDate always converts to a date
        return day

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        # A unit problem is shown where the unit is chosen: the "for" row.
        self.form.show_errors(
            ("person" if e.field == "unit" else e.field, e.message) for e in errors
        )

    def save(self) -> None:
        if self.mode() == ONE and not self.person.check():
            return  # a typed person who is nobody: said under the box, nothing saved
        data = self.data()
        saved = attempt(
            self,
            lambda: self.ctx.run(record_entries, self.ctx.user, data, self.ctx.today),
            self.show_errors,
        )
        if saved is FAILED:
            return
        self.saved_ids = saved
        self.accept()
