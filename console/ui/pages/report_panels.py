"""The PDF reports of the Reports page: the monthly bulletin, a person's score card and
the inspection bulletin of a period.

Each is written by exports/ off the GUI thread, then saved where the user chose or shown
in the print preview (from which it prints).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from console.core.errors import DuchaError
from console.core.export_log import record_export
from console.core.people_search import person_choices
from console.core.units import bureau_name
from console.ui.context import AppContext
from console.ui.errors import in_words
from console.ui.print_preview import preview_pdf
from console.ui.tasks import run_in_background
from widgets.person_picker import PersonCompleter

# (where, the bureau's name, the issue date) → the file written. Each calls ``ctx.read``
# itself: it runs on a worker thread, and every read opens a session of its own.
Writer = Callable[[Path, str, date], Path]


class PdfReportsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_written: Path | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.bulletin_label = QLabel()
        self.bulletin_preview = QPushButton(self.tr("Preview and print…"))
        self.bulletin_save = QPushButton(self.tr("Save PDF…"))
        self.bulletin_preview.clicked.connect(lambda: self.bulletin(preview=True))
        self.bulletin_save.clicked.connect(lambda: self.bulletin(preview=False))
        grid.addWidget(self.bulletin_label, 0, 0, 1, 3)
        grid.addWidget(self.bulletin_preview, 0, 3)
        grid.addWidget(self.bulletin_save, 0, 4)

        self.staff_no = QLineEdit()
        self.staff_no.setPlaceholderText(self.tr("Name, staff number or pinyin initials"))
        self.person_completer = PersonCompleter(self.staff_no)
        # Read when the user first types, not when the page is built (start-up speed).
        self.staff_no.textEdited.connect(self._load_people)
        self._people_loaded = False
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.period.year)
        self.card_preview = QPushButton(self.tr("Preview and print…"))
        self.card_save = QPushButton(self.tr("Save PDF…"))
        self.card_preview.clicked.connect(lambda: self.scorecard(preview=True))
        self.card_save.clicked.connect(lambda: self.scorecard(preview=False))
        grid.addWidget(QLabel(self.tr("Score card of a person for a year:")), 1, 0)
        grid.addWidget(self.staff_no, 1, 1)
        grid.addWidget(self.year, 1, 2)
        grid.addWidget(self.card_preview, 1, 3)
        grid.addWidget(self.card_save, 1, 4)
        self.inspection_from = _date_edit(ctx.period.first_day)
        self.inspection_to = _date_edit(ctx.period.last_day)
        self.inspection_preview = QPushButton(self.tr("Preview and print…"))
        self.inspection_save = QPushButton(self.tr("Save PDF…"))
        self.inspection_preview.clicked.connect(lambda: self.inspection(preview=True))
        self.inspection_save.clicked.connect(lambda: self.inspection(preview=False))
        grid.addWidget(QLabel(self.tr("Inspection bulletin for a period:")), 2, 0)
        grid.addWidget(self.inspection_from, 2, 1)
        grid.addWidget(self.inspection_to, 2, 2)
        grid.addWidget(self.inspection_preview, 2, 3)
        grid.addWidget(self.inspection_save, 2, 4)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        grid.addWidget(self.status, 3, 0, 1, 5)
        grid.setColumnStretch(0, 1)
        self._buttons = (
            self.bulletin_preview,
            self.bulletin_save,
            self.card_preview,
            self.card_save,
            self.inspection_preview,
            self.inspection_save,
        )

    def reload(self) -> None:
        self.bulletin_label.setText(
            self.tr("Monthly bulletin for {month}").format(month=self.ctx.period)
        )

    # --- the two reports ----------------------------------------------------------
    def bulletin(self, preview: bool) -> None:
        from exports.bulletin_pdf import write_monthly_bulletin

        # A writing unit of work: printing records the bulletin's verification code.
        month, user, run = self.ctx.period, self.ctx.user, self.ctx.run
        title = self.tr("Bulletin {month}").format(month=month)

        def write(path: Path, bureau: str, today: date) -> Path:
            return run(
                write_monthly_bulletin, user, month, path, bureau_name=bureau, issued_on=today
            )

        self._run(write, title, f"bulletin-{month}.pdf", preview)

    def _load_people(self, _text: str = "") -> None:
        if self._people_loaded:
            return
        self._people_loaded = True
        choices = self.ctx.read(person_choices, self.ctx.user)
        self.person_completer.set_people(
            (f"{c.name}（{c.staff_no}）{c.unit_name}", c.staff_no, c.search_key) for c in choices
        )

    def scorecard(self, preview: bool) -> None:
        from exports.scorecard_pdf import write_scorecard

        staff_no, year, user = self.staff_no.text().strip(), self.year.value(), self.ctx.user
        read = self.ctx.read
        if not staff_no:
            self.status.setText(self.tr("Enter the person's name or staff number first."))
            return
        title = self.tr("Score card {staff_no} {year}").format(staff_no=staff_no, year=year)

        def write(path: Path, bureau: str, today: date) -> Path:
            return read(
                write_scorecard, user, staff_no, year, path, bureau_name=bureau, issued_on=today
            )

        self._run(write, title, f"scorecard-{staff_no}-{year}.pdf", preview)

    def inspection(self, preview: bool) -> None:
        from exports.inspection_pdf import write_inspection_bulletin

        start, end = _day(self.inspection_from.date()), _day(self.inspection_to.date())
        user, read = self.ctx.user, self.ctx.read
        title = self.tr("Inspection bulletin {start} to {end}").format(
            start=start.isoformat(), end=end.isoformat()
        )

        def write(path: Path, bureau: str, today: date) -> Path:
            return read(
                write_inspection_bulletin,
                user,
                start,
                end,
                path,
                bureau_name=bureau,
                issued_on=today,
            )

        self._run(write, title, f"inspection-{start}-{end}.pdf", preview)

    # --- plumbing -------------------------------------------------------------------
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
        audited = not file_name.startswith("bulletin-")  # the bulletin records its print

        def work() -> Path:
            # On the worker thread: each read opens (and closes) a session of its own.
            written = write(path, read(bureau_name), today)
            if audited:
                run(record_export, user, title, written)
            return written

        for b in self._buttons:
            b.setEnabled(False)
        self.status.setText(self.tr("Writing {title}…").format(title=title))
        run_in_background(
            self,
            work,
            lambda written: self._done(written, title, preview),
            self._failed,
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


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
