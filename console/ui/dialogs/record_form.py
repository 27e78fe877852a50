"""What the integrity record dialogs share: a form whose errors appear beside their fields,
pickers for units and dates, lists of people to tick, and a save that runs one core service.

The core checks everything; a dialog only gathers the input, calls the service and shows
its errors. Base classes here never call ``self.tr`` (the context would be the subclass).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.errors import FieldError
from console.core.people import PersonRow
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.dialogs.person import fill_unit_combo
from console.ui.dialogs.person_picker import PeopleFind, all_pickers_fine
from console.ui.errors import FAILED, attempt
from widgets.field_form import FieldForm


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateField(QDateEdit):
    def __init__(self, value: date, parent: QWidget | None = None) -> None:
        super().__init__(qdate(value), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())


def text_box(value: str | None = "", height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(value or "")
    box.setMaximumHeight(height)
    box.setTabChangesFocus(True)
    return box


def person_text(p: PersonRow) -> str:
    return f"{p.staff_no}  {p.name}（{p.unit_name}）"


class UnitCombo(QComboBox):
    def __init__(
        self,
        units: Sequence[UnitRow],
        selected: int | None = None,
        optional: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if optional:
            self.addItem("", None)
        fill_unit_combo(self, list(units), selected)
        if selected is None:
            self.setCurrentIndex(0)

    def unit_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None


class CheckList(QListWidget):
    """Tick several items (units inspected, people checked, case handlers)."""

    def __init__(
        self,
        items: Iterable[tuple[Any, str]],
        ticked: Iterable[Any] = (),
        height: int = 110,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.finder: PeopleFind | None = None  # set by ``findable``
        chosen = set(ticked)
        # The ticked first: what a record already names is seen without scrolling.
        for value, text in sorted(items, key=lambda item: item[0] not in chosen):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        self.setMaximumHeight(height)

    def values(self) -> list[Any]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, values: Iterable[Any]) -> None:
        wanted = set(values)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )


def findable(ctx: AppContext, people: CheckList) -> QWidget:
    """A list of people to tick with a box above it that narrows the list by name, staff
    number or pinyin initials (ticks on people narrowed away are kept)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    find = PeopleFind(ctx)
    find.changed.connect(lambda: find.narrow(people))
    layout.addWidget(find)
    layout.addWidget(people)
    people.finder = find
    return box


class TopicBoxes(QWidget):
    """The checklist topics as tick boxes, two columns."""

    def __init__(self, topics: Sequence[str], ticked: Iterable[str] = ()) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        chosen = set(ticked)
        self.boxes: list[QCheckBox] = []
        for i, topic in enumerate(topics):
            box = QCheckBox(topic)
            box.setChecked(topic in chosen)
            grid.addWidget(box, i // 2, i % 2)
            self.boxes.append(box)

    def values(self) -> list[str]:
        return [b.text() for b in self.boxes if b.isChecked()]


class RecordDialog(QDialog):
    """A form of (key, caption, widget) rows and Save/Cancel. ``save`` runs ``submit``
    (one core service through ``self.ctx.run``); its errors appear under their fields.

    If the record was changed on another desktop since the form was filled, the user is
    told who changed it and the dialog closes with ``conflicted`` set, so that the page
    shows the record as it is now instead of keeping the form's stale copy.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: Any = None
        self.conflicted = False
        self.setMinimumWidth(500)
        self.layout_ = QVBoxLayout(self)
        self.form: FieldForm | None = None

    def build(self, rows: Sequence[tuple[str, str, QWidget]], ok_text: str = "") -> None:
        self.form = FieldForm(rows)
        self.layout_.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        if ok_text:
            self.save_button.setText(ok_text)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def submit(self) -> Any:  # pragma: no cover - every dialog overrides
        """Do the work: one ``self.ctx.run(service, …)`` call, returning what it returns."""
        raise NotImplementedError

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        assert self.form is not None
        self.form.show_errors((e.field, e.message) for e in errors)

    def save(self) -> None:
        if not all_pickers_fine(self):
            return  # a typed person who is nobody: said under the box, nothing saved

        def work() -> Any:
            try:
                return self.submit()
            except Conflict:
                self.conflicted = True
                raise

        saved = attempt(self, work, self.show_errors)
        if saved is FAILED:
            if self.conflicted:
                self.reject()  # the form's copy is stale: the page reloads the record
            return
        self.saved = saved
        self.accept()


def required(caption: str) -> str:
    return caption + " *"
