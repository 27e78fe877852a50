"""Import a spreadsheet (case statistics, point entries, attendance, findings, and for an
administrator the roster): check first, then import.

The check is a dry run of the real import: every bad row is listed (row, column, reason)
and nothing is written; only a file that checks clean can be imported, in one
transaction. Reading and checking run off the GUI thread. A roster's check shows its plan;
the import states that plan and is refused, with the plan as it is now, if the roster or
the file changed in between.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import DuchaError, FieldError, ValidationError
from console.core.imports.registry import import_rows, importer
from console.core.imports.roster import RosterChanged, RosterSummary
from console.ui.context import AppContext
from console.ui.dialogs.import_problems import ProblemList
from console.ui.dialogs.roster_plan import RosterOptionsBox, RosterPlanTable
from console.ui.errors import in_words
from console.ui.tasks import run_in_background
from widgets.screen_fit import fit_to_screen


class ImportDialog(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, kind: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: Any = None  # the last successful import
        self._checked: Path | None = None
        self._plan: RosterSummary | None = None  # the roster plan shown: what Import applies
        self.setWindowTitle(self.tr("Import entries"))
        fit_to_screen(self, 760, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Case statistics from the enforcement platform"), "cases")
        self.kind.addItem(self.tr("Point entries"), "events")
        self.kind.addItem(self.tr("Training attendance (sign-in sheet)"), "attendance")
        self.kind.addItem(self.tr("Inspection findings"), "findings")
        if ctx.is_admin:  # the core refuses anyone else
            self.kind.addItem(self.tr("Roster (people and units, from HR)"), "roster")
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("An .xlsx or .csv file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose)
        template = QPushButton(self.tr("Save a blank template…"))
        template.clicked.connect(self.save_template)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("File"), row)
        layout.addLayout(form)
        self.roster = RosterOptionsBox(ctx.today)
        layout.addWidget(self.roster)
        layout.addWidget(template)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        # A long outcome (a roster's plan in words) keeps its lines; the table yields.
        self.outcome.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.outcome)
        self.problem_list = ProblemList()
        self.problem_list.said.connect(self.outcome.setText)
        self.problems = self.problem_list.model
        self.table = self.problem_list.table
        self.export_button = self.problem_list.export_button
        self.export_problems = self.problem_list.export
        self.plan = RosterPlanTable()
        # One place below the outcome: the problems of a file, or the plan of a roster.
        self.listing = QStackedWidget()
        self.listing.addWidget(self.problem_list)
        self.listing.addWidget(self.plan)
        layout.addWidget(self.listing, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = buttons.addButton(
            self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setEnabled(False)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # A different file, kind or choice must be checked again before it is imported.
        self.path.textChanged.connect(lambda _t: self._unchecked())
        self.kind.currentIndexChanged.connect(lambda _i: self._unchecked())
        self.roster.changed.connect(self._unchecked)
        if kind is not None and self.kind.findData(kind) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self._unchecked()

    def _unchecked(self) -> None:
        self.import_button.setEnabled(False)
        roster = self.kind.currentData() == "roster"
        self.roster.setVisible(roster)
        if not roster:
            self.plan.clear()
            self.listing.setCurrentWidget(self.problem_list)

    def choose(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import file"), folder, self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if name:
            self.path.setText(name)

    def save_template(self) -> None:
        from exports.templates_xlsx import write_template

        kind = self.kind.currentData()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save template"),
            str(Path(folder) / f"template-{kind}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        try:
            written = write_template(kind, name)
        except OSError as exc:
            self.outcome.setText(
                self.tr("The template could not be written: {error}").format(error=in_words(exc))
            )
            return
        self.outcome.setText(self.tr("Template saved: {path}").format(path=written))

    def run(self, dry_run: bool) -> None:
        text = self.path.text().strip()
        if not text:
            self.outcome.setText(self.tr("Choose the file first."))
            return
        path, kind = Path(text), self.kind.currentData()
        read, _load = importer(kind)
        workspace, today = self.ctx.workspace, self.ctx.today
        # The roster's import states the plan the administrator saw (the check's).
        options = None
        if kind == "roster":
            options = self.roster.options(seen=None if dry_run else self._plan)

        def work() -> Any:
            # On the worker thread: the Workspace opens a session of its own for this call.
            rows = read(path)
            return import_rows(
                workspace, kind, rows, today, dry_run=dry_run, source=path.name, options=options
            )

        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.outcome.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        run_in_background(self, work, lambda s: self._done(s, path, dry_run), self._failed)

    def _done(self, summary: Any, path: Path, dry_run: bool) -> None:
        self.check_button.setEnabled(True)
        self._set_problems([])
        if isinstance(summary, RosterSummary):
            self._roster_done(summary, path, dry_run)
            return
        if summary.kind == "attendance":
            self._attendance_done(summary, path, dry_run)
            return
        if summary.kind == "findings":
            self._findings_done(summary, path, dry_run)
            return
        months = "、".join(str(m) for m in summary.months)
        if dry_run:
            self._checked = path
            self.import_button.setEnabled(True)
            self.outcome.setText(
                self.tr(
                    "The file is correct: {rows} rows, {created} entries for {months}"
                    " ({replaced} earlier ones would be replaced). Press Import to save them."
                ).format(
                    rows=summary.rows_read,
                    created=summary.created,
                    months=months,
                    replaced=summary.replaced,
                )
            )
            return
        self.summary = summary
        self.outcome.setText(
            self.tr(
                "Imported: {created} entries for {months}, {pending} awaiting approval, "
                "{replaced} earlier ones replaced."
            ).format(
                created=summary.created,
                months=months,
                pending=summary.pending,
                replaced=summary.replaced,
            )
        )
        self.ctx.data_changed.emit("points")
        self.ctx.notice.emit(self.outcome.text())

    def _roster_done(self, plan: RosterSummary, path: Path, dry_run: bool) -> None:
        self.plan.show_plan(plan)
        self.listing.setCurrentWidget(self.plan)
        counts = self.plan.counts(plan)
        if dry_run:
            self._checked, self._plan = path, plan
            self.import_button.setEnabled(True)
            self.outcome.setText(
                self.tr(
                    "The file is correct: {rows} rows. The plan: {counts}. Nothing is saved "
                    "yet: press Import to apply it."
                ).format(rows=plan.rows_read, counts=counts)
            )
            return
        self.summary, self._plan = plan, None
        self.outcome.setText(self.tr("The roster is imported: {counts}.").format(counts=counts))
        self.ctx.data_changed.emit("people")
        self.ctx.notice.emit(self.outcome.text())

    def _findings_done(self, summary: Any, path: Path, dry_run: bool) -> None:
        counts = dict(
            rows=summary.rows_read,
            findings=summary.findings,
            deductions=summary.deductions,
            points=summary.points,
        )
        if dry_run:
            self._checked = path
            self.import_button.setEnabled(True)
            self.outcome.setText(
                self.tr(
                    "The file is correct: {rows} rows, {findings} findings, {deductions} "
                    "deductions ({points} points). Press Import to save them."
                ).format(**counts)
            )
            return
        self.summary = summary
        self.outcome.setText(
            self.tr(
                "Imported: {findings} findings, open for assignment; {deductions} deductions "
                "booked ({points} points)."
            ).format(**counts)
        )
        self.ctx.data_changed.emit("integrity")
        self.ctx.data_changed.emit("points")
        self.ctx.notice.emit(self.outcome.text())

    def _attendance_done(self, summary: Any, path: Path, dry_run: bool) -> None:
        counts = dict(
            rows=summary.rows_read,
            created=summary.created,
            updated=summary.updated,
            sessions=summary.sessions,
            booked=summary.deductions_booked,
        )
        if dry_run:
            self._checked = path
            self.import_button.setEnabled(True)
            self.outcome.setText(
                self.tr(
                    "The file is correct: {rows} rows for {sessions} sessions ({created} new "
                    "marks, {updated} replaced; {booked} absence deductions). Press Import to "
                    "save them."
                ).format(**counts)
            )
            return
        self.summary = summary
        self.outcome.setText(
            self.tr(
                "Imported: {created} attendance marks added and {updated} replaced in "
                "{sessions} sessions; {booked} absence deductions booked."
            ).format(**counts)
        )
        self.ctx.data_changed.emit("training")
        self.ctx.notice.emit(self.outcome.text())

    def _failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.import_button.setEnabled(False)
        self._set_problems([])
        self._plan = None
        if isinstance(exc, RosterChanged):
            # Nothing was saved; the plan as it stands now is shown, and it is what a
            # second Import applies (and states, so a further change is caught again).
            self._plan = exc.plan
            self.plan.show_plan(exc.plan)
            self.listing.setCurrentWidget(self.plan)
            self.outcome.setText(str(exc) + "\n" + self.plan.counts(exc.plan))
            self.import_button.setEnabled(True)
            return
        self.plan.clear()
        if isinstance(exc, ValidationError) and (
            len(exc.errors) > 1 or exc.errors[0].row is not None
        ):
            self._set_problems(exc.errors)
            self.outcome.setText(
                self.tr(
                    "The file was not imported: {n} problems, listed below. Nothing was saved."
                ).format(n=len(exc.errors))
            )
        elif isinstance(exc, DuchaError | OSError):
            # One problem of the whole file (damaged, wrong encoding): said in one line.
            self.outcome.setText(str(exc))
        else:
            # A bug, not the file: run_in_background hands it to the crash handler, which
            # shows and logs it.
            self.outcome.setText(self.tr("The file could not be read."))

    def _set_problems(self, errors: list[FieldError]) -> None:
        self.problem_list.set_problems(errors, self.path.text().strip())
        if errors:
            self.listing.setCurrentWidget(self.problem_list)
