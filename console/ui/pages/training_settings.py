"""The Training tab of Settings: the yearly requirements (so many hours of a training
category a year for a person category) and whether absences and failed exams book the
catalogue's deductions. Administrators edit; everyone else reads."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.errors import FieldError
from console.core.labels import choices
from console.core.training.requirements import (
    MAX_REQUIRED_HOURS,
    Requirement,
    TrainingSettings,
    load_training_settings,
    save_training_settings,
)
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from glossary import Category, TrainingCategory


class TrainingSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: TrainingSettings | None = None  # as last loaded (reload)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Yearly training requirements. Hours expected by a date are the requirement "
                "× the share of the year passed before it (nothing on 1 January, all of it "
                "once the year is over); someone hired during the year owes a share from "
                "the day of hire. Hours count towards the requirement of their own category."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("People"), self.tr("Training category"), self.tr("Hours a year")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(220)
        layout.addWidget(self.table)
        rows = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add requirement"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_requirement)
        self.remove_button.clicked.connect(self.remove_requirement)
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        layout.addLayout(rows)
        self.deduct_absence = QCheckBox(
            self.tr("An unexcused absence books PX03 (无故缺席培训) of the rule catalogue")
        )
        self.deduct_failed_exam = QCheckBox(
            self.tr("A failed exam books PX02 (业务考试不合格) of the rule catalogue")
        )
        layout.addWidget(self.deduct_absence)
        layout.addWidget(self.deduct_failed_exam)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel()
        self.saved.setObjectName("Hint")
        self.errors = QLabel()
        self.errors.setObjectName("ErrorText")
        self.errors.setWordWrap(True)
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved, 1)
        layout.addLayout(save_row)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        editable = ctx.is_admin
        for w in (self.add_button, self.remove_button, self.save_button):
            w.setVisible(editable)
        self.deduct_absence.setEnabled(editable)
        self.deduct_failed_exam.setEnabled(editable)

    def _add_row(self, r: Requirement) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        who = QComboBox()
        for member, text in choices(Category):
            who.addItem(text, member)
        who.setCurrentIndex(who.findData(r.person_category))
        what = QComboBox()
        for member, text in choices(TrainingCategory):
            what.addItem(text, member)
        what.setCurrentIndex(what.findData(r.training_category))
        hours = QDoubleSpinBox()
        hours.setRange(0, MAX_REQUIRED_HOURS)
        hours.setDecimals(1)
        hours.setValue(r.hours)
        for col, widget in enumerate((who, what, hours)):
            widget.setEnabled(self.ctx.is_admin)
            self.table.setCellWidget(row, col, widget)

    def add_requirement(self) -> None:
        self._add_row(Requirement(Category.AUXILIARY, TrainingCategory.LEGAL, 40.0))

    def remove_requirement(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def reload(self) -> None:
        s = self.ctx.read(load_training_settings)
        # What the form shows; saving states it, so that another administrator's change
        # made meanwhile is reported rather than overwritten.
        self.shown = s
        self.table.setRowCount(0)
        for r in s.requirements:
            self._add_row(r)
        self.deduct_absence.setChecked(s.deduct_absence)
        self.deduct_failed_exam.setChecked(s.deduct_failed_exam)
        self.errors.setText("")

    def settings(self) -> TrainingSettings:
        requirements = []
        for row in range(self.table.rowCount()):
            who, what, hours = (self.table.cellWidget(row, c) for c in range(3))
            assert isinstance(who, QComboBox) and isinstance(what, QComboBox)
            assert isinstance(hours, QDoubleSpinBox)
            requirements.append(
                Requirement(
                    Category(who.currentData()),
                    TrainingCategory(what.currentData()),
                    round(hours.value(), 1),
                )
            )
        return TrainingSettings(
            requirements=tuple(requirements),
            deduct_absence=self.deduct_absence.isChecked(),
            deduct_failed_exam=self.deduct_failed_exam.isChecked(),
        )

    def save(self) -> None:
        data, conflict = self.settings(), False

        def work() -> TrainingSettings:
            nonlocal conflict
            try:
                return self.ctx.run(save_training_settings, self.ctx.user, data, seen=self.shown)
            except Conflict:
                conflict = True
                raise

        def show(errors: Iterable[FieldError]) -> None:
            self.errors.setText("\n".join(e.message for e in errors))
            self.saved.setText("")

        if attempt(self, work, show) is FAILED:
            if conflict:  # the form is out of date: show what is saved now
                self.reload()
            return
        self.shown = data
        self.errors.setText("")
        self.saved.setText(self.tr("Saved."))
        self.ctx.data_changed.emit("training")
