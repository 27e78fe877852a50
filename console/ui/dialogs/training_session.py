"""A training session (培训): title, category, date, hours, organiser, place and the
intended audience (everyone, some person categories, some units). Every problem shows
beside its field and nothing is written."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.errors import FieldError
from console.core.labels import choices
from console.core.training.sessions import SessionDetail, SessionInput, save_session
from console.core.units import list_units
from console.ui.context import AppContext
from console.ui.errors import FAILED, ShowFieldErrors, attempt
from glossary import Category, TrainingCategory
from widgets.field_form import FieldForm

T = TypeVar("T")


def save_as_seen(
    dialog: QDialog, ctx: AppContext, work: Callable[[], T], show_fields: ShowFieldErrors | None
) -> T | None:
    """Run a training form's save (``work``, a ``ctx.run`` call stating what the form
    showed). Refusals are shown (attempt); if the record was changed on another desktop
    meanwhile, the form's copy is out of date: the pages reload and the form closes, to be
    opened again on what is there now. None when nothing was saved."""
    conflict = False

    def guarded() -> T:
        nonlocal conflict
        try:
            return work()
        except Conflict:
            conflict = True
            raise

    result = attempt(dialog, guarded, show_fields)
    if conflict:
        ctx.data_changed.emit("training")
        dialog.reject()
    return None if result is FAILED else result


def form_errors(form: FieldForm) -> ShowFieldErrors:
    """Show a refusal's field errors beside the form's fields."""

    def show(errors: Iterable[FieldError]) -> None:
        form.show_errors((e.field, e.message) for e in errors)

    return show


class SessionDialog(QDialog):
    def __init__(
        self, ctx: AppContext, detail: SessionDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.saved: SessionDetail | None = None
        self.setWindowTitle(
            self.tr("New training session")
            if detail is None
            else self.tr("Training session {n}").format(n=detail.id)
        )
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.title = QLineEdit()
        self.title.setMaxLength(120)
        self.category = QComboBox()
        for member, text in choices(TrainingCategory):
            self.category.addItem(text, member)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate(ctx.today))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 200)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(3)
        self.organiser = QLineEdit()
        self.organiser.setMaxLength(80)
        self.place = QLineEdit()
        self.place.setMaxLength(80)

        self.categories: dict[Category, QCheckBox] = {}
        cat_row = QWidget()
        cat_layout = QHBoxLayout(cat_row)
        cat_layout.setContentsMargins(0, 0, 0, 0)
        for member, text in choices(Category):
            box = QCheckBox(text)
            self.categories[Category(member.value)] = box
            cat_layout.addWidget(box)
        cat_layout.addStretch(1)
        cat_row.setToolTip(self.tr("None ticked: every category."))
        self.units = QListWidget()
        self.units.setMaximumHeight(140)
        self.units.setToolTip(self.tr("None ticked: every unit."))
        units = ctx.read(list_units, ctx.user)
        for u in units:
            if u.active:
                item = QListWidgetItem(u.name)
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.units.addItem(item)

        self.form = FieldForm(
            [
                ("title", self.tr("Title"), self.title),
                ("category", self.tr("Category"), self.category),
                ("date", self.tr("Date"), self.date),
                ("hours", self.tr("Hours"), self.hours),
                ("organiser", self.tr("Organiser"), self.organiser),
                ("place", self.tr("Place"), self.place),
                ("audience_categories", self.tr("For (person categories)"), cat_row),
                ("audience", self.tr("For (units)"), self.units),
            ]
        )
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if detail is not None:
            self._fill(detail)

    def _fill(self, d: SessionDetail) -> None:
        self.title.setText(d.title)
        self.category.setCurrentIndex(self.category.findData(d.category))
        self.date.setDate(QDate(d.session_date))
        self.hours.setValue(d.hours)
        self.organiser.setText(d.organiser)
        self.place.setText(d.place)
        for cat, box in self.categories.items():
            box.setChecked(cat in d.categories)
        for i in range(self.units.count()):
            item = self.units.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in d.unit_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def data(self) -> SessionInput:
        unit_ids = [
            self.units.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.units.count())
            if self.units.item(i).checkState() == Qt.CheckState.Checked
        ]
        return SessionInput(
            title=self.title.text(),
            category=TrainingCategory(self.category.currentData()),
            session_date=self.date.date().toPython(),  # type: ignore[arg-type]
            hours=round(self.hours.value(), 1),
            organiser=self.organiser.text(),
            place=self.place.text(),
            categories=[c for c, box in self.categories.items() if box.isChecked()],
            unit_ids=unit_ids,
        )

    def save(self) -> None:
        d, data = self.detail, self.data()
        saved = save_as_seen(
            self,
            self.ctx,
            lambda: self.ctx.run(
                save_session,
                self.ctx.user,
                data,
                d.id if d else None,
                seen_version=d.row_version if d else None,
            ),
            form_errors(self.form),
        )
        if saved is None:
            return
        self.saved = saved
        self.ctx.data_changed.emit("training")
        self.accept()
