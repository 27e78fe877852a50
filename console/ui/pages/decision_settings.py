"""The Commendation & rotation tab of Settings: the criteria of the candidate lists and
the size of the red and black lists (docs/decisions.md states the rules exactly)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.core.decisions.settings import (
    DecisionSettings,
    load_decision_settings,
    save_decision_settings,
)
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from widgets.field_form import FieldForm


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


class DecisionSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # What the form shows, so that a save finds out if another desktop changed it.
        self.loaded: DecisionSettings | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Who is proposed for commendation (评优评先) and rotation (轮岗) each year, "
                "and how many people the red and black lists (红黑榜) name. The lists "
                "give each person's reasons; changing these criteria changes no grade."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.commend_excellent = _spin(1, 12)
        self.commend_fails = _spin(0, 12)
        self.rotate_weak = _spin(1, 12)
        self.rotate_years = _spin(0, 40)
        self.rotate_years.setSpecialValueText(self.tr("not used"))
        self.roll_size = _spin(1, 500)
        self.count_live = QCheckBox(
            self.tr("Count months not yet finalised, at their provisional grades")
        )
        self.form = FieldForm(
            [
                (
                    "commend_excellent",
                    self.tr("Commendation: excellent months at least"),
                    self.commend_excellent,
                ),
                ("commend_fails", self.tr("Commendation: fails at most"), self.commend_fails),
                (
                    "rotate_weak",
                    self.tr("Rotation: basic-pass or fail months at least"),
                    self.rotate_weak,
                ),
                (
                    "rotate_years",
                    self.tr("Rotation: years in the same squad at least"),
                    self.rotate_years,
                ),
                ("roll_size", self.tr("Red and black lists: top and bottom"), self.roll_size),
                ("count_live", self.tr("Months counted"), self.count_live),
            ]
        )
        layout.addWidget(self.form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel()
        self.saved.setObjectName("Hint")
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        editable = ctx.is_admin
        for w in (
            self.commend_excellent,
            self.commend_fails,
            self.rotate_weak,
            self.rotate_years,
            self.roll_size,
            self.count_live,
        ):
            w.setEnabled(editable)
        self.save_button.setVisible(editable)

    def reload(self) -> None:
        s = self.loaded = self.ctx.read(load_decision_settings)
        self.commend_excellent.setValue(s.commend_excellent)
        self.commend_fails.setValue(s.commend_fails)
        self.rotate_weak.setValue(s.rotate_weak)
        self.rotate_years.setValue(s.rotate_years)
        self.roll_size.setValue(s.roll_size)
        self.count_live.setChecked(s.count_live)
        self.saved.setText("")

    def settings(self) -> DecisionSettings:
        return DecisionSettings(
            commend_excellent=self.commend_excellent.value(),
            commend_fails=self.commend_fails.value(),
            rotate_weak=self.rotate_weak.value(),
            rotate_years=self.rotate_years.value(),
            roll_size=self.roll_size.value(),
            count_live=self.count_live.isChecked(),
        )

    def save(self) -> None:
        if (
            attempt(
                self,
                lambda: self.ctx.run(
                    save_decision_settings, self.ctx.user, self.settings(), seen=self.loaded
                ),
                lambda errors: self.form.show_errors((e.field, e.message) for e in errors),
            )
            is FAILED
        ):
            return
        self.form.show_errors([])
        self.saved.setText(self.tr("Saved."))
        self.ctx.data_changed.emit("decisions")
