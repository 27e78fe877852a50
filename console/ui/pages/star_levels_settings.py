"""The Star levels tab of Settings: starting levels by years of service, the excellent
months a star needs, and the pay tier of each level (an amount or a coefficient)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.core.star_levels.settings import (
    AMOUNT,
    COEFFICIENT,
    LEVELS,
    ServiceBand,
    StarLevelSettings,
    load_star_settings,
    save_star_settings,
)
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from widgets.field_form import FieldForm

NOT_BY_SERVICE = -1  # a level never given for years of service alone


class StarLevelSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # What the form shows, so that a save finds out if another desktop changed it.
        self.loaded: StarLevelSettings | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Star levels of auxiliary and assistant staff (1 to 5 stars), reviewed once "
                "a year: up one star with enough excellent months and no fail, down one on "
                "a fail month or a founded complaint; 5 stars also need the year's training "
                "met. Staff without a level start from their years of service."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.excellent_needed = QSpinBox()
        self.excellent_needed.setRange(1, 12)
        self.excellent_needed.setSuffix(self.tr(" months"))

        bands = QWidget()
        grid = QGridLayout(bands)
        grid.setContentsMargins(0, 0, 0, 0)
        self.band_years: dict[int, QSpinBox] = {}
        for i, level in enumerate(LEVELS):
            box = QSpinBox()
            box.setSuffix(self.tr(" years"))
            if level == 1:
                box.setRange(0, 0)  # everyone starts somewhere: 1 star from 0 years
            else:
                box.setRange(NOT_BY_SERVICE, 60)
                box.setSpecialValueText(self.tr("not by service"))
            self.band_years[level] = box
            grid.addWidget(QLabel(self.tr("{n} stars from").format(n=level)), i, 0)
            grid.addWidget(box, i, 1)

        self.pay_mode = QComboBox()
        self.pay_mode.addItem(self.tr("An amount a month (yuan)"), AMOUNT)
        self.pay_mode.addItem(self.tr("A coefficient of the base pay"), COEFFICIENT)
        tiers = QWidget()
        tier_grid = QGridLayout(tiers)
        tier_grid.setContentsMargins(0, 0, 0, 0)
        tier_grid.addWidget(QLabel(self.tr("Amount (yuan a month)")), 0, 1)
        tier_grid.addWidget(QLabel(self.tr("Coefficient")), 0, 2)
        self.amounts: list[QDoubleSpinBox] = []
        self.coefficients: list[QDoubleSpinBox] = []
        for i, level in enumerate(LEVELS, start=1):
            amount = QDoubleSpinBox()
            amount.setRange(0, 100000)
            amount.setDecimals(0)
            coefficient = QDoubleSpinBox()
            coefficient.setRange(0, 10)
            coefficient.setDecimals(2)
            coefficient.setSingleStep(0.05)
            self.amounts.append(amount)
            self.coefficients.append(coefficient)
            tier_grid.addWidget(QLabel(self.tr("{n} stars").format(n=level)), i, 0)
            tier_grid.addWidget(amount, i, 1)
            tier_grid.addWidget(coefficient, i, 2)

        self.form = FieldForm(
            [
                ("excellent_needed", self.tr("Up one star with at least"), self.excellent_needed),
                ("service_bands", self.tr("Starting level"), bands),
                ("pay_mode", self.tr("Pay tier"), self.pay_mode),
                ("pay_amounts", self.tr("Pay of each level"), tiers),
                ("pay_coefficients", "", QWidget()),
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
            self.excellent_needed,
            self.pay_mode,
            *self.band_years.values(),
            *self.amounts,
            *self.coefficients,
        ):
            w.setEnabled(editable)
        self.save_button.setVisible(editable)

    def showEvent(self, event: QShowEvent) -> None:
        # Read each time the tab is shown: the Settings page knows nothing of this panel.
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        s = self.loaded = self.ctx.read(load_star_settings)
        self.excellent_needed.setValue(s.excellent_needed)
        given = {b.level: b.from_years for b in s.service_bands}
        for level, box in self.band_years.items():
            box.setValue(given.get(level, NOT_BY_SERVICE if level > 1 else 0))
        self.pay_mode.setCurrentIndex(self.pay_mode.findData(s.pay_mode))
        for boxes, values in (
            (self.amounts, s.pay_amounts),
            (self.coefficients, s.pay_coefficients),
        ):
            for tier, value in zip(boxes, values, strict=True):
                tier.setValue(float(value))

    def settings(self) -> StarLevelSettings:
        def dec(box: QDoubleSpinBox) -> Decimal:
            return Decimal(str(round(box.value(), box.decimals())))

        return StarLevelSettings(
            service_bands=tuple(
                ServiceBand(box.value(), level)
                for level, box in self.band_years.items()
                if box.value() != NOT_BY_SERVICE
            ),
            excellent_needed=self.excellent_needed.value(),
            pay_mode=self.pay_mode.currentData(),
            pay_amounts=tuple(dec(b) for b in self.amounts),
            pay_coefficients=tuple(dec(b) for b in self.coefficients),
        )

    def save(self) -> None:
        if (
            attempt(
                self,
                lambda: self.ctx.run(
                    save_star_settings, self.ctx.user, self.settings(), seen=self.loaded
                ),
                lambda errors: self.form.show_errors((e.field, e.message) for e in errors),
            )
            is FAILED
        ):
            return
        self.form.show_errors([])
        self.saved.setText(self.tr("Saved."))
        self.ctx.data_changed.emit("star_levels")
