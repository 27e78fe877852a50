"""Add or edit a person. Errors come from the core and are shown beside their fields."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.errors import FieldError
from console.core.labels import choices
from console.core.people import PersonInput, PersonRow, add_person, update_person
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from glossary import Category, Gender
from widgets.field_form import FieldForm

NO_DATE = QDate(1900, 1, 1)

POSITIONS = (
    "执法队员",
    "辅助执法队员",
    "协管员",
    "中队长",
    "副中队长",
    "法制审核员",
    "内勤",
    "督察员",
    "科员",
    "科长",
    "驾驶员",
)
# What a new person of each category usually is, until the user says otherwise.
DEFAULT_POSITION = {
    Category.OFFICER: "执法队员",
    Category.AUXILIARY: "辅助执法队员",
    Category.ASSISTANT: "协管员",
    Category.CONTRACTOR: "",
}


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty: its minimum shows as blank and means 'not given'."""

    def __init__(self, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def value(self) -> date | None:
        d = self.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())


def unit_label(unit: UnitRow, depth: int) -> str:
    return "　" * depth + unit.name


def unit_depths(units: list[UnitRow]) -> dict[int, int]:
    depth: dict[int, int] = {}
    for u in units:  # parents come first
        depth[u.id] = depth.get(u.parent_id, -1) + 1 if u.parent_id in depth else 0
    return depth


def fill_unit_combo(combo: QComboBox, units: list[UnitRow], selected: int | None) -> None:
    depths = unit_depths(units)
    for u in units:
        if u.active:
            combo.addItem(unit_label(u, depths[u.id]), u.id)
    if selected is not None:
        combo.setCurrentIndex(max(0, combo.findData(selected)))


class PersonDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        units: list[UnitRow],
        person: PersonRow | None = None,
        default_unit: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.saved: PersonRow | None = None
        self.conflict = False  # closed because another desk changed the person meanwhile
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)

        self.staff_no = QLineEdit(person.staff_no if person else "")
        self.staff_no.setMaxLength(20)
        self.name = QLineEdit(person.name if person else "")
        self.name.setMaxLength(40)
        self.unit = QComboBox()
        fill_unit_combo(self.unit, units, person.unit_id if person else default_unit)
        if person:
            self.unit.setEnabled(False)
            self.unit.setToolTip(self.tr("Use Transfer to move a person to another unit."))
        self.category = QComboBox()
        for member, text in choices(Category):
            self.category.addItem(text, member)
        if person:
            self.category.setCurrentIndex(self.category.findData(person.category))
        self.position = QComboBox()
        self.position.setEditable(True)
        self.position.addItems(POSITIONS)
        self.position.setCurrentText(person.position or "" if person else POSITIONS[0])
        editor = self.position.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setMaxLength(40)
        if person is None:
            self.category.currentIndexChanged.connect(self._default_position)
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Not given"), None)
        for member, text in choices(Gender):
            self.gender.addItem(text, member)
        if person and person.gender:
            self.gender.setCurrentIndex(self.gender.findData(person.gender))
        self.birth_date = OptionalDateEdit(person.birth_date if person else None)
        self.hire_date = OptionalDateEdit(person.hire_date if person else None)
        self.legal = QCheckBox(self.tr("Holds the legal professional qualification"))
        self.legal.setChecked(bool(person and person.legal_qualification))
        self.phone = QLineEdit(person.phone or "" if person else "")
        self.note = QPlainTextEdit(person.note or "" if person else "")
        self.note.setMaximumHeight(70)

        rows: list[tuple[str, str, QWidget]] = [
            ("staff_no", self.tr("Staff number") + " *", self.staff_no),
            ("name", self.tr("Name") + " *", self.name),
            ("unit", self.tr("Unit") + " *", self.unit),
            ("category", self.tr("Category") + " *", self.category),
            ("position", self.tr("Position"), self.position),
            ("gender", self.tr("Gender"), self.gender),
            ("birth_date", self.tr("Birth date"), self.birth_date),
            ("hire_date", self.tr("Hire date"), self.hire_date),
            ("legal", "", self.legal),
            ("phone", self.tr("Phone"), self.phone),
            ("note", self.tr("Note"), self.note),
        ]
        self.form = FieldForm(rows)
        self.errors = self.form.errors
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _default_position(self) -> None:
        # Follow the category only while the position is still one of the defaults.
        if self.position.currentText() in (*DEFAULT_POSITION.values(), POSITIONS[0]):
            self.position.setCurrentText(DEFAULT_POSITION[self.category.currentData()])

    def data(self) -> PersonInput:
        return PersonInput(
            staff_no=self.staff_no.text(),
            name=self.name.text(),
            unit_id=self.unit.currentData(),
            category=self.category.currentData(),
            position=self.position.currentText(),
            gender=self.gender.currentData(),
            birth_date=self.birth_date.value(),
            hire_date=self.hire_date.value(),
            legal_qualification=self.legal.isChecked(),
            phone=self.phone.text(),
            note=self.note.toPlainText(),
        )

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        self.form.show_errors((e.field, e.message) for e in errors)

    def _write(self) -> PersonRow:
        ctx, data = self.ctx, self.data()
        if self.person is None:
            return ctx.run(add_person, ctx.user, data, ctx.today)
        try:
            # The version the form was filled from: another desk's edit since is refused.
            return ctx.run(
                update_person,
                ctx.user,
                self.person.id,
                data,
                ctx.today,
                seen_version=self.person.row_version,
            )
        except Conflict:
            self.conflict = True
            raise  # attempt() tells the user who changed the person

    def save(self) -> None:
        saved = attempt(self, self._write, self.show_errors)
        if saved is FAILED:
            if self.conflict:
                # The form shows an old copy: close it, the page reloads the current one.
                self.reject()
            return
        self.saved = saved
        self.accept()
