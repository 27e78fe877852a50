"""Transfer a person to another unit, or record that they left."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.errors import FieldError
from console.core.labels import label
from console.core.people import PersonRow, deactivate_person, transfer_person
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.dialogs.person import fill_unit_combo
from console.ui.errors import FAILED, attempt
from glossary import PersonStatus


class _StatusDialog(QDialog):
    def __init__(self, ctx: AppContext, person: PersonRow, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.saved: PersonRow | None = None
        self.conflict = False  # closed because another desk changed the person meanwhile
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(QLabel(f"{person.staff_no}  {person.name}  ·  {person.unit_name}"))
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        t = ctx.today
        self.on = QDateEdit(QDate(t.year, t.month, t.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.reason = QLineEdit()
        self.error = QLabel("")
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def chosen_date(self) -> date:
        value = self.on.date().toPython()
        assert isinstance(value, date)
        return value

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        self.error.setText("\n".join(e.message for e in errors))

    def run(self, work: Callable[[], PersonRow]) -> None:
        """Save through ``work`` (a ctx.run call stating the person's row_version)."""

        def guarded() -> PersonRow:
            try:
                return work()
            except Conflict:
                self.conflict = True
                raise  # attempt() tells the user who changed the person

        saved = attempt(self, guarded, self.show_errors)
        if saved is FAILED:
            if self.conflict:
                self.reject()  # the form shows an old copy; the page reloads
            return
        self.saved = saved
        self.accept()

    def save(self) -> None:  # pragma: no cover - subclasses
        raise NotImplementedError


class TransferDialog(_StatusDialog):
    def __init__(
        self, ctx: AppContext, person: PersonRow, units: list[UnitRow], parent: QWidget | None
    ) -> None:
        super().__init__(ctx, person, parent)
        self.setWindowTitle(self.tr("Transfer to another unit"))
        self.unit = QComboBox()
        # Nothing is chosen for the user: a slip of the Enter key must not move anyone.
        self.unit.addItem(self.tr("— choose the new unit —"), None)
        fill_unit_combo(self.unit, [u for u in units if u.id != person.unit_id], None)
        self.unit.setCurrentIndex(0)
        if self.unit.count() == 1:
            self.error.setText(
                self.tr("There is no other unit you may transfer to; ask an administrator.")
            )
        self.form.addRow(self.tr("New unit"), self.unit)
        self.form.addRow(self.tr("Effective date"), self.on)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()

    def save(self) -> None:
        self.run(
            lambda: self.ctx.run(
                transfer_person,
                self.ctx.user,
                self.person.id,
                self.unit.currentData(),
                self.chosen_date(),
                self.reason.text(),
                self.ctx.today,
                seen_version=self.person.row_version,
            )
        )


class DeactivateDialog(_StatusDialog):
    def __init__(self, ctx: AppContext, person: PersonRow, parent: QWidget | None) -> None:
        super().__init__(ctx, person, parent)
        self.setWindowTitle(self.tr("Deactivate person"))
        self.status = QComboBox()
        for status in (PersonStatus.LEFT, PersonStatus.TRANSFERRED):
            self.status.addItem(label(status), status)
        note = QLabel(
            self.tr("Their records stay; they leave the active lists and future rankings.")
        )
        note.setObjectName("Hint")
        note.setWordWrap(True)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Effective date"), self.on)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.layout_.addWidget(note)
        self.finish_layout()

    def save(self) -> None:
        self.run(
            lambda: self.ctx.run(
                deactivate_person,
                self.ctx.user,
                self.person.id,
                self.status.currentData(),
                self.chosen_date(),
                self.reason.text(),
                self.ctx.today,
                seen_version=self.person.row_version,
            )
        )
