"""The Contractors tab of Settings: the assessment checklist (items and their full marks),
the points a finding on contractor staff costs by severity, the payment table and the
elimination rule. The 督察队长 (admin) edits; everyone else reads."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.contractors.settings import (
    ChecklistItem,
    ContractorSettings,
    PaymentBand,
    load_contractor_settings,
    save_contractor_settings,
)
from console.core.errors import FieldError
from console.core.labels import label
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from glossary import Severity


def _spin(low: float, high: float, decimals: int, value: Decimal, editable: bool) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setValue(float(value))
    box.setEnabled(editable)
    return box


def _decimal(box: QDoubleSpinBox) -> Decimal:
    return Decimal(f"{box.value():.{box.decimals()}f}").normalize()


class ContractorSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: ContractorSettings | None = None
        self.codes: list[str] = []  # the checklist rows' item codes, in order
        editable = ctx.is_admin
        self.editable = editable
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A contractor's monthly score is 100 × the points given on the checklist ÷ "
                "its full marks, less the points below for each finding on the company's "
                "staff that month, never below 0. The score sets the share of the monthly fee "
                "paid; a score exactly on a line belongs to that line. Changing the checklist "
                "leaves past assessments as they were made."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Checklist")))
        self.checklist = QTableWidget(0, 2)
        self.checklist.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Full marks")])
        self.checklist.verticalHeader().hide()
        self.checklist.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checklist.setMaximumHeight(220)
        layout.addWidget(self.checklist)
        rows = QHBoxLayout()
        self.add_item_button = QPushButton(self.tr("Add item"))
        self.remove_item_button = QPushButton(self.tr("Remove item"))
        self.add_item_button.clicked.connect(lambda: self._add_item(None))
        self.remove_item_button.clicked.connect(self._remove_item)
        rows.addWidget(self.add_item_button)
        rows.addWidget(self.remove_item_button)
        rows.addStretch(1)
        layout.addLayout(rows)

        form = QFormLayout()
        self.deductions: dict[Severity, QDoubleSpinBox] = {}
        for severity in Severity:
            box = _spin(0, 100, 1, Decimal(0), editable)
            self.deductions[severity] = box
            form.addRow(
                self.tr("Points off per {severity} finding").format(severity=label(severity)), box
            )
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Payment table")))
        self.bands = QTableWidget(0, 2)
        self.bands.setHorizontalHeaderLabels(
            [self.tr("Score from"), self.tr("Share of the fee paid (%)")]
        )
        self.bands.verticalHeader().hide()
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.setMaximumHeight(180)
        layout.addWidget(self.bands)
        band_rows = QHBoxLayout()
        self.add_band_button = QPushButton(self.tr("Add line"))
        self.remove_band_button = QPushButton(self.tr("Remove line"))
        self.add_band_button.clicked.connect(
            lambda: self._add_band(PaymentBand(Decimal(85), Decimal("0.97")))
        )
        self.remove_band_button.clicked.connect(
            lambda: self.bands.removeRow(self.bands.currentRow())
        )
        band_rows.addWidget(self.add_band_button)
        band_rows.addWidget(self.remove_band_button)
        band_rows.addStretch(1)
        layout.addLayout(band_rows)

        elimination = QFormLayout()
        self.line = _spin(0, 100, 1, Decimal(80), editable)
        self.count = QSpinBox()
        self.count.setRange(1, 60)
        self.window_months = QSpinBox()
        self.window_months.setRange(1, 60)
        self.count.setEnabled(editable)
        self.window_months.setEnabled(editable)
        elimination.addRow(self.tr("Elimination warning: score below"), self.line)
        elimination.addRow(self.tr("in at least this many months"), self.count)
        elimination.addRow(self.tr("within this many consecutive months"), self.window_months)
        layout.addLayout(elimination)

        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel()
        self.saved.setObjectName("Hint")
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved, 1)
        layout.addLayout(save_row)
        self.errors = QLabel()
        self.errors.setObjectName("ErrorText")
        self.errors.setWordWrap(True)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        for w in (
            self.add_item_button,
            self.remove_item_button,
            self.add_band_button,
            self.remove_band_button,
            self.save_button,
        ):
            w.setVisible(editable)

    def showEvent(self, event: QShowEvent) -> None:
        # Read when first shown (Settings builds every tab at once); later the form keeps
        # what the user typed until saved, and a save by another desktop is reported.
        if self.shown is None:
            self.reload()
        super().showEvent(event)

    # --- rows -------------------------------------------------------------------------
    def _add_item(self, item: ChecklistItem | None) -> None:
        if item is None:
            used = {int(c[1:]) for c in self.codes if c[:1] == "C" and c[1:].isdigit()}
            code = f"C{max(used, default=0) + 1}"
            item = ChecklistItem(code, "", Decimal(10))
        row = self.checklist.rowCount()
        self.checklist.insertRow(row)
        name = QTableWidgetItem(item.name)
        self.checklist.setItem(row, 0, name)
        self.checklist.setCellWidget(row, 1, _spin(0, 100, 1, item.max_points, self.editable))
        self.codes.append(item.code)
        if not self.editable:
            self.checklist.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def _remove_item(self) -> None:
        row = self.checklist.currentRow()
        if row >= 0:
            self.checklist.removeRow(row)
            del self.codes[row]

    def _add_band(self, band: PaymentBand) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        self.bands.setCellWidget(row, 0, _spin(0, 100, 2, band.min_score, self.editable))
        self.bands.setCellWidget(row, 1, _spin(0, 150, 1, band.coefficient * 100, self.editable))

    # --- load and save ----------------------------------------------------------------
    def reload(self) -> None:
        s = self.ctx.read(load_contractor_settings)
        self.shown = s
        self.checklist.setRowCount(0)
        self.codes = []
        for item in s.checklist:
            self._add_item(item)
        for severity, box in self.deductions.items():
            box.setValue(float(s.deduction_for(severity)))
        self.bands.setRowCount(0)
        for band in s.bands:
            self._add_band(band)
        self.line.setValue(float(s.elimination_line))
        self.count.setValue(s.elimination_count)
        self.window_months.setValue(s.elimination_window)
        self.errors.setText("")

    def settings(self) -> ContractorSettings:
        items = []
        for row, code in enumerate(self.codes):
            name = self.checklist.item(row, 0)
            marks = self.checklist.cellWidget(row, 1)
            assert isinstance(marks, QDoubleSpinBox)
            items.append(ChecklistItem(code, name.text().strip() if name else "", _decimal(marks)))
        bands = []
        for row in range(self.bands.rowCount()):
            low, share = (self.bands.cellWidget(row, c) for c in range(2))
            assert isinstance(low, QDoubleSpinBox) and isinstance(share, QDoubleSpinBox)
            bands.append(PaymentBand(_decimal(low), (_decimal(share) / 100).normalize()))
        return ContractorSettings(
            checklist=tuple(items),
            deductions=tuple((sev, _decimal(box)) for sev, box in self.deductions.items()),
            bands=tuple(bands),
            elimination_line=_decimal(self.line),
            elimination_count=self.count.value(),
            elimination_window=self.window_months.value(),
        )

    def save(self) -> None:
        data, conflict = self.settings(), False

        def work() -> ContractorSettings:
            nonlocal conflict
            try:
                return self.ctx.run(save_contractor_settings, self.ctx.user, data, seen=self.shown)
            except Conflict:
                conflict = True
                raise

        def show(errors: Iterable[FieldError]) -> None:
            self.errors.setText("\n".join(e.message for e in errors))
            self.saved.setText("")

        saved = attempt(self, work, show)
        if saved is FAILED:
            if conflict:
                self.reload()
            return
        self.shown = saved
        self.errors.setText("")
        self.saved.setText(self.tr("Saved."))
        self.ctx.data_changed.emit("contractors")
