"""The red and black lists (红黑榜), the quarterly publication (季度晾晒) and the yearly
ranking (年度排名) on the Reports page: previewed and printed, or saved as PDF. Written by
exports/ off the GUI thread; each written file is an audited export."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import DuchaError
from console.core.export_log import record_export
from console.core.units import bureau_name
from console.ui.context import AppContext
from console.ui.errors import in_words
from console.ui.print_preview import preview_pdf
from console.ui.tasks import run_in_background

# (where, the bureau's name, the issue date) → the file written.
Writer = Callable[[Path, str, date], Path]
WHOLE_YEAR = 0


class DecisionsReportPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_written: Path | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Red and black lists, quarterly and annual rankings (PDF, A4)"))
        heading.setObjectName("SectionTitle")
        outer.addWidget(heading)
        grid = QGridLayout()
        outer.addLayout(grid)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.period.year)
        self.period = QComboBox()
        for m in range(1, 13):
            self.period.addItem(self.tr("Month {month}").format(month=m), ("month", m))
        for q in range(1, 5):
            self.period.addItem(self.tr("Quarter {quarter}").format(quarter=q), ("quarter", q))
        self.period.setCurrentIndex(ctx.period.month - 1)
        self.roll_preview = QPushButton(self.tr("Preview and print…"))
        self.roll_save = QPushButton(self.tr("Save PDF…"))
        self.roll_preview.clicked.connect(lambda: self.honour_roll(preview=True))
        self.roll_save.clicked.connect(lambda: self.honour_roll(preview=False))
        grid.addWidget(QLabel(self.tr("Red and black lists (红黑榜) for:")), 0, 0)
        grid.addWidget(self.year, 0, 1)
        grid.addWidget(self.period, 0, 2)
        grid.addWidget(self.roll_preview, 0, 3)
        grid.addWidget(self.roll_save, 0, 4)

        self.ranking_year = QSpinBox()
        self.ranking_year.setRange(2000, 2100)
        self.ranking_year.setValue(ctx.period.year)
        self.ranking_period = QComboBox()
        for q in range(1, 5):
            self.ranking_period.addItem(
                self.tr("Quarterly publication, Q{quarter}").format(quarter=q), q
            )
        self.ranking_period.addItem(self.tr("Annual ranking with the year's stars"), WHOLE_YEAR)
        self.ranking_period.setCurrentIndex((ctx.period.month - 1) // 3)
        self.ranking_preview = QPushButton(self.tr("Preview and print…"))
        self.ranking_save = QPushButton(self.tr("Save PDF…"))
        self.ranking_preview.clicked.connect(lambda: self.ranking(preview=True))
        self.ranking_save.clicked.connect(lambda: self.ranking(preview=False))
        grid.addWidget(QLabel(self.tr("Quarterly publication or annual ranking:")), 1, 0)
        grid.addWidget(self.ranking_year, 1, 1)
        grid.addWidget(self.ranking_period, 1, 2)
        grid.addWidget(self.ranking_preview, 1, 3)
        grid.addWidget(self.ranking_save, 1, 4)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        grid.addWidget(self.status, 2, 0, 1, 5)
        grid.setColumnStretch(0, 1)
        self._buttons = (self.roll_preview, self.roll_save, self.ranking_preview, self.ranking_save)

    def honour_roll(self, preview: bool) -> None:
        from exports.honour_roll_pdf import write_honour_roll

        year, user, read = self.year.value(), self.ctx.user, self.ctx.read
        kind, number = self.period.currentData()
        month, quarter = (number, None) if kind == "month" else (None, number)
        period = f"{year}-{number:02d}" if month else f"{year}-Q{number}"
        title = self.tr("Red and black lists {period}").format(period=period)

        def write(path: Path, bureau: str, today: date) -> Path:
            return read(
                write_honour_roll,
                user,
                year,
                path,
                month=month,
                quarter=quarter,
                bureau_name=bureau,
                issued_on=today,
            )

        self._run(write, title, f"{title}.pdf", preview)  # the file is named as it is titled

    def ranking(self, preview: bool) -> None:
        from exports.period_pdf import write_period_report

        year, user, read = self.ranking_year.value(), self.ctx.user, self.ctx.read
        chosen = self.ranking_period.currentData()
        quarter = None if chosen == WHOLE_YEAR else chosen
        if quarter is None:
            title = self.tr("Annual ranking {year}").format(year=year)
            file_name = f"{title}.pdf"
        else:
            title = self.tr("Quarterly publication {year} Q{quarter}").format(
                year=year, quarter=quarter
            )
            file_name = f"{title}.pdf"

        def write(path: Path, bureau: str, today: date) -> Path:
            return read(
                write_period_report, user, year, quarter, path, bureau_name=bureau, issued_on=today
            )

        self._run(write, title, file_name, preview)

    def _run(self, write: Writer, title: str, file_name: str, preview: bool) -> None:
        if preview:
            path = Path(tempfile.mkdtemp(prefix="ducha-")) / file_name
        else:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save PDF"), str(Path(folder) / file_name), self.tr("PDF (*.pdf)")
            )
            if not name:
                return
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        read, run, user, today = self.ctx.read, self.ctx.run, self.ctx.user, self.ctx.today

        def work() -> Path:
            # On the worker thread: each read opens (and closes) a session of its own.
            written = write(path, read(bureau_name), today)
            run(record_export, user, title, written)
            return written

        for b in self._buttons:
            b.setEnabled(False)
        self.status.setText(self.tr("Writing {title}…").format(title=title))
        run_in_background(
            self, work, lambda written: self._done(written, title, preview), self._failed
        )

    def _done(self, path: Path, title: str, preview: bool) -> None:
        for b in self._buttons:
            b.setEnabled(True)
        self.last_written = path
        self.status.setText(self.tr("Written: {path}").format(path=path))
        if preview:
            preview_pdf(self, path, title)

    def _failed(self, exc: Exception) -> None:
        for b in self._buttons:
            b.setEnabled(True)
        self.status.setText("")
        text = (
            str(exc)
            if isinstance(exc, DuchaError)
            else self.tr("The report could not be written: {error}").format(error=in_words(exc))
        )
        QMessageBox.warning(self, self.tr("Report"), text)
