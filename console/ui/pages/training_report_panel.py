"""The training report on the Reports page (教育培训学时情况通报): a year, previewed and
printed or saved as PDF. Written by exports/ off the GUI thread."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
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


class TrainingReportPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_written: Path | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.period.year)
        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.preview_button.clicked.connect(lambda: self.write(preview=True))
        self.save_button.clicked.connect(lambda: self.write(preview=False))
        row.addWidget(QLabel(self.tr("Training hours report for the year:")), 1)
        row.addWidget(self.year)
        row.addWidget(self.preview_button)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        outer.addWidget(self.status)

    def reload(self) -> None:
        self.year.setValue(self.ctx.period.year)

    def write(self, preview: bool) -> None:
        from exports.training_pdf import write_training_report

        year, user, read, run, today = (
            self.year.value(),
            self.ctx.user,
            self.ctx.read,
            self.ctx.run,
            self.ctx.today,
        )
        file_name = self.tr("training-{year}.pdf").format(year=year)
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
        title = self.tr("Training hours report {year}").format(year=year)

        def work() -> Path:
            # On the worker thread: each read opens (and closes) a session of its own.
            bureau = read(bureau_name)
            written: Path = read(
                write_training_report, user, year, path, bureau_name=bureau, issued_on=today
            )
            run(record_export, user, title, written)
            return written

        self._busy(True)
        self.status.setText(self.tr("Writing {title}…").format(title=title))
        run_in_background(self, work, lambda p: self._done(p, title, preview), self._failed)

    def _busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _done(self, path: Path, title: str, preview: bool) -> None:
        self._busy(False)
        self.last_written = path
        self.status.setText(self.tr("Written: {path}").format(path=path))
        if preview:
            preview_pdf(self, path, title)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.status.setText("")
        text = (
            str(exc)
            if isinstance(exc, DuchaError)
            else self.tr("The report could not be written: {error}").format(error=in_words(exc))
        )
        QMessageBox.warning(self, self.tr("Report"), text)
