"""Pick a calendar month with ‹ › buttons or by typing into a year-month field."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget


class MonthPicker(QWidget):
    """Emits ``changed(year, month)``; knows nothing of what the month is for."""

    changed = Signal(int, int)

    def __init__(self, year: int, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.prev_button = QToolButton()
        self.prev_button.setText("‹")
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.next_button.setToolTip(self.tr("Next month"))
        self.edit = QDateEdit(QDate(year, month, 1))
        # Translators: Qt date format of a month, e.g. yyyy年MM月 in Chinese.
        self.edit.setDisplayFormat(self.tr("yyyy-MM"))
        self.edit.setMinimumDate(QDate(2000, 1, 1))
        self.edit.setMaximumDate(QDate(2100, 12, 1))
        for w in (self.prev_button, self.edit, self.next_button):
            layout.addWidget(w)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.edit.dateChanged.connect(self._emit)

    def set_latest(self, year: int, month: int) -> None:
        """No month after this one can be chosen (figures of future months mean nothing)."""
        self.edit.setMaximumDate(QDate(year, month, 1))

    def value(self) -> tuple[int, int]:
        d = self.edit.date()
        return d.year(), d.month()

    def set_value(self, year: int, month: int) -> None:
        self.edit.setDate(QDate(year, month, 1))

    def step(self, months: int) -> None:
        self.edit.setDate(self.edit.date().addMonths(months))

    def _emit(self) -> None:
        self.changed.emit(*self.value())
