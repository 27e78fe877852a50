"""The Scoring tab of Settings: grade scheme, the bottom lines, star scope."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.scoring.settings import (
    BUREAU,
    QUOTA,
    THRESHOLD,
    UNIT,
    ScoringSettings,
    load_settings,
    save_settings,
)
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from widgets.field_form import FieldForm


def _spin(maximum: float, suffix: str = "", decimals: int = 1) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    return box


class ScoringSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "How the month's results are graded and stars awarded; the user guide "
                "states the rules exactly. A finalised month keeps the grades it was "
                "finalised with."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        catalogue_row = QHBoxLayout()
        self.catalogue_button = QPushButton(self.tr("Rule catalogue…"))
        self.catalogue_button.clicked.connect(self.open_catalogue)
        catalogue_row.addWidget(self.catalogue_button)
        catalogue_row.addStretch(1)
        layout.addLayout(catalogue_row)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Quotas (at most a share of people)"), QUOTA)
        self.mode.addItem(self.tr("Thresholds (points)"), THRESHOLD)
        self.excellent_share = _spin(100, " %", 0)
        self.good_share = _spin(100, " %", 0)
        self.excellent_from = _spin(1000)
        self.good_from = _spin(1000)
        self.basic_below = _spin(1000)
        self.fail_below = _spin(1000)
        self.star_scope = QComboBox()
        self.star_scope.addItem(self.tr("One of each star for the whole bureau"), BUREAU)
        self.star_scope.addItem(self.tr("One of each star per unit"), UNIT)
        self.form = FieldForm(
            [
                ("grade_mode", self.tr("Grade scheme"), self.mode),
                ("excellent_share", self.tr("Excellent: at most"), self.excellent_share),
                ("good_share", self.tr("Good: at most"), self.good_share),
                ("excellent_from", self.tr("Excellent from (points)"), self.excellent_from),
                ("good_from", self.tr("Good from (points)"), self.good_from),
                ("thresholds", self.tr("Basic pass below (points)"), self.basic_below),
                ("fail_below", self.tr("Fail below (points)"), self.fail_below),
                ("star_scope", self.tr("Stars"), self.star_scope),
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
        self.mode.currentIndexChanged.connect(lambda _i: self._enable())
        editable = ctx.is_admin
        for w in (
            self.mode,
            self.excellent_share,
            self.good_share,
            self.excellent_from,
            self.good_from,
            self.basic_below,
            self.fail_below,
            self.star_scope,
        ):
            w.setEnabled(editable)
        self.save_button.setVisible(editable)

    def open_catalogue(self) -> None:
        from console.ui.dialogs.rules import RuleCatalogueDialog

        RuleCatalogueDialog(self.ctx, self).exec()

    def _enable(self) -> None:
        quota = self.mode.currentData() == QUOTA
        admin = self.ctx.is_admin
        for w in (self.excellent_share, self.good_share):
            w.setEnabled(admin and quota)
        for w in (self.excellent_from, self.good_from):
            w.setEnabled(admin and not quota)

    def reload(self) -> None:
        s = self.ctx.read(load_settings)
        self.mode.setCurrentIndex(self.mode.findData(s.grade_mode))
        self.excellent_share.setValue(float(s.excellent_share * 100))
        self.good_share.setValue(float(s.good_share * 100))
        self.excellent_from.setValue(float(s.excellent_from))
        self.good_from.setValue(float(s.good_from))
        self.basic_below.setValue(float(s.basic_below))
        self.fail_below.setValue(float(s.fail_below))
        self.star_scope.setCurrentIndex(self.star_scope.findData(s.star_scope))
        self._enable()

    def settings(self) -> ScoringSettings:
        def dec(box: QDoubleSpinBox) -> Decimal:
            return Decimal(str(round(box.value(), box.decimals())))

        return ScoringSettings(
            grade_mode=self.mode.currentData(),
            excellent_share=dec(self.excellent_share) / 100,
            good_share=dec(self.good_share) / 100,
            excellent_from=dec(self.excellent_from),
            good_from=dec(self.good_from),
            basic_below=dec(self.basic_below),
            fail_below=dec(self.fail_below),
            star_scope=self.star_scope.currentData(),
        )

    def save(self) -> None:
        if (
            attempt(
                self,
                lambda: self.ctx.run(save_settings, self.ctx.user, self.settings()),
                lambda errors: self.form.show_errors((e.field, e.message) for e in errors),
            )
            is FAILED
        ):
            return
        self.form.show_errors([])
        self.saved.setText(self.tr("Saved."))
        self.ctx.data_changed.emit("scoring")
