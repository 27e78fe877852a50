"""Reports: what the squad hands on — the monthly bulletin, score cards, the roster."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from console.core.people import PersonRow, list_people
from console.core.units import UnitRow, list_units
from console.ui import tables
from console.ui.audited_export import audited
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt, in_words, write_error_text
from console.ui.pages.base import Page
from console.ui.pages.decisions_report_panel import DecisionsReportPanel
from console.ui.pages.report_panels import PdfReportsPanel
from console.ui.pages.training_report_panel import TrainingReportPanel
from console.ui.tasks import run_in_background


class ReportsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Reports"))
        pdf_heading = QLabel(self.tr("Bulletins and score cards (PDF, A4)"))
        pdf_heading.setObjectName("SectionTitle")
        self.layout_.addWidget(pdf_heading)
        self.pdf = PdfReportsPanel(ctx)
        self.layout_.addWidget(self.pdf)
        self.layout_.addWidget(DecisionsReportPanel(ctx))
        training_heading = QLabel(self.tr("Training hours (PDF, A4)"))
        training_heading.setObjectName("SectionTitle")
        self.layout_.addWidget(training_heading)
        self.training = TrainingReportPanel(ctx)
        self.layout_.addWidget(self.training)
        heading = QLabel(self.tr("People roster"))
        heading.setObjectName("SectionTitle")
        self.layout_.addWidget(heading)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.layout_.addWidget(self.description)
        self.include_inactive = QCheckBox(self.tr("Include people who have left or moved away"))
        self.layout_.addWidget(self.include_inactive)
        self.export_button = QPushButton(self.tr("Export people roster (xlsx)…"))
        self.export_button.clicked.connect(self.export_roster)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.status, 1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)

        self._target: Path | None = None  # the file being written
        self._last_dir = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.last_written: Path | None = None

    def _roster_title(self, units: Sequence[UnitRow]) -> str:
        # Parents come first: the first unit is the bureau, or a squad leader's own unit.
        if not units:
            return self.tr("Personnel roster")
        return self.tr("{unit} personnel roster").format(unit=units[0].name)

    def reload(self) -> None:
        self.pdf.reload()
        self.training.reload()
        units = self.ctx.read(list_units, self.ctx.user)
        on_strength = sum(u.headcount for u in units)
        self.description.setText(
            self.tr(
                "One Excel sheet with everyone you may see ({n} people on strength): staff "
                "number, name, unit, category, position, gender, birth and hire dates, status, "
                "legal qualification and phone, ready to filter and to print on A4."
            ).format(n=f"{on_strength:,}")
        )

    def export_roster(self) -> None:
        suggested = Path(self._last_dir or ".") / self.tr("roster-{date}.xlsx").format(
            date=self.ctx.today.isoformat()
        )
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export people roster"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self._last_dir = str(path.parent)
        user, inactive = self.ctx.user, self.include_inactive.isChecked()

        def gather() -> tuple[str, Sequence[PersonRow]]:
            # Two reads: the title needs only the first unit's name, which a moment between
            # them cannot make inconsistent with the list in any way that matters.
            title = self._roster_title(self.ctx.read(list_units, user))
            return title, self.ctx.read(list_people, user, include_inactive=inactive)

        gathered = attempt(self, gather)
        if gathered is FAILED:
            return
        title, people = gathered
        self.export_button.setEnabled(False)
        self._target = path
        self.status.setText(
            self.tr("Writing {n} people to {path}…").format(n=len(people), path=path)
        )
        today = self.ctx.today
        from exports.roster_xlsx import write_roster  # openpyxl only when exporting

        # openpyxl needs a second or more for a few thousand people: off the GUI thread.
        run_in_background(
            self,
            audited(self.ctx, title, len(people), lambda: write_roster(people, path, title, today)),
            self._written,
            self._failed,
        )

    def _written(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText("")
        self.last_written = path
        tables.show_written(
            self, path, self.tr("The roster was written to\n{path}").format(path=path)
        )

    def _failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.status.setText("")
        text = write_error_text(exc, self._target) or self.tr(
            "The roster could not be written:\n{error}"
        ).format(error=in_words(exc))
        QMessageBox.warning(self, self.tr("Export failed"), text)
