"""The Performance page's Star levels tab (星级评定): the year's review of auxiliary and
assistant staff — each person's level, the level proposed and why — confirmed by the
督察队长 for the selected rows or all, printed as PDF and exported to Excel.

The review is read off the GUI thread when the tab is first shown, when the year changes
and after a change elsewhere; confirming goes through the core (console.core.star_levels),
which refuses a row that changed since it was shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import DuchaError
from console.core.labels import label
from console.core.star_levels.review import (
    CONFIRMED,
    LATER,
    OPEN,
    ReviewRow,
    SeenRow,
    StarReview,
    confirm_review,
    year_review,
)
from console.core.units import bureau_name
from console.ui import tables
from console.ui.audited_export import audited
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt, show_error, write_error_text
from console.ui.tables import make_table
from console.ui.tasks import run_in_background
from widgets.table_format import count
from widgets.table_model import Column, RowFilterProxy, RowTableModel, number_column

RIGHT = Qt.AlignmentFlag.AlignRight
UP_COLOUR, DOWN_COLOUR, MUTED_COLOUR = "#1e7b34", "#b3261e", "#8a8f98"
YEARS_SHOWN = 6
AREA = "star_levels"  # what ctx.data_changed announces after a confirmation


class StarLevelsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review: StarReview | None = None
        self.stale = True
        self._generation = 0
        self.last_written: Path | None = None

        self.year = QComboBox()
        last = ctx.today.year
        for y in range(last, last - YEARS_SHOWN, -1):
            self.year.addItem(str(y), y)
        # The review concerns a finished year: the last one, unless it is January's work.
        self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(lambda _i: self.request())
        self.changes_only = QCheckBox(self.tr("Changes only"))
        self.changes_only.toggled.connect(lambda _on: self._filter())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search staff number, name, unit…"))
        self.search.setClearButtonEnabled(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(self.changes_only)
        top.addWidget(self.search, 1)

        self.summary = QLabel("")
        self.summary.setObjectName("Hint")
        self.summary.setWordWrap(True)

        self.model: RowTableModel[ReviewRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = make_table(
            self.proxy,
            "star_review",
            lambda: self._title(),
            (70, 70, 150, 70, 50, 50, 55, 70, 60, 55, 70, 50, 90, 70, 360),
            search=self.search,
        )

        self.confirm_selected_button = QPushButton(self.tr("Confirm selected"))
        self.confirm_all_button = QPushButton(self.tr("Confirm all"))
        self.print_button = QPushButton(self.tr("Save as PDF…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.confirm_selected_button.clicked.connect(self.confirm_selected)
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self.print_button.clicked.connect(self.save_pdf)
        self.export_button.clicked.connect(self.export)
        # Only the 督察队长 confirms (the core refuses anyone else).
        for button in (self.confirm_selected_button, self.confirm_all_button):
            button.setVisible(ctx.is_admin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_selected_button)
        buttons.addWidget(self.confirm_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._enable()
        ctx.data_changed.connect(lambda _area: self._changed())

    def _columns(self) -> list[Column[ReviewRow]]:
        def change_colour(r: ReviewRow) -> str | None:
            return UP_COLOUR if r.change > 0 else DOWN_COLOUR if r.change < 0 else None

        return [
            Column(self.tr("Staff no."), lambda r: r.staff_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Category"), lambda r: label(r.category)),
            Column(
                self.tr("Service"),
                lambda r: "" if r.service_years is None else str(r.service_years),
                sort_key=lambda r: -1 if r.service_years is None else r.service_years,
                align=RIGHT,
                searchable=False,
            ),
            number_column(self.tr("Excellent"), lambda r: r.excellent, count),
            number_column(self.tr("Fail"), lambda r: r.fails, count),
            number_column(self.tr("Complaints"), lambda r: r.founded_complaints, count),
            Column(
                self.tr("Training"),
                self._training_text,
                colour=lambda r: None if r.training_met else DOWN_COLOUR,
            ),
            number_column(self.tr("Level"), lambda r: r.level, count),
            number_column(self.tr("New level"), lambda r: r.proposed, count, colour=change_colour),
            Column(
                self.tr("Change"),
                lambda r: f"{r.change:+d}" if r.change else "",
                sort_key=lambda r: r.change,
                align=RIGHT,
                colour=change_colour,
                searchable=False,
            ),
            Column(
                self.tr("Pay tier"), lambda r: r.pay_proposed, align=Qt.AlignmentFlag.AlignRight
            ),
            Column(
                self.tr("State"),
                self._state_text,
                colour=lambda r: MUTED_COLOUR if r.state != OPEN else None,
                tooltip=lambda r: r.confirmed_by or None,
            ),
            Column(self.tr("Reason"), lambda r: r.reason_text, tooltip=lambda r: r.reason_text),
        ]

    def _training_text(self, r: ReviewRow) -> str:
        if not r.training_owed:
            return self.tr("none owed")
        return self.tr("met") if r.training_met else self.tr("not met")

    def _state_text(self, r: ReviewRow) -> str:
        if r.state == CONFIRMED:
            return self.tr("Confirmed")
        if r.state == LATER:
            return self.tr("Superseded")
        return self.tr("Proposed")

    def _title(self) -> str:
        return self.tr("Star-level review {year}").format(year=self.chosen_year())

    def chosen_year(self) -> int:
        return int(self.year.currentData())

    # --- reading ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.request()

    def _changed(self) -> None:
        self.stale = True
        if self.isVisible():
            self.request()

    def request(self) -> None:
        """Read the chosen year's review on a worker."""
        self.stale = False
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Reading the year's grades…"))
        read, user, year, today = self.ctx.read, self.ctx.user, self.chosen_year(), self.ctx.today

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return
            self.summary.setText("")
            self.stale = True
            if isinstance(exc, DuchaError):  # anything else goes to the crash handler
                show_error(self, exc)

        run_in_background(
            self,
            lambda: read(year_review, user, year, today),
            lambda review: self._done(generation, review),
            failed,
        )

    def refresh(self) -> None:
        """Read now, on the GUI thread (after the user's own change)."""
        self.stale = False
        self._generation += 1
        result = attempt(
            self,
            lambda: self.ctx.read(year_review, self.ctx.user, self.chosen_year(), self.ctx.today),
        )
        if result is not FAILED:
            self.show_review(result)

    def _done(self, generation: int, review: StarReview) -> None:
        if generation == self._generation:
            self.show_review(review)

    def show_review(self, review: StarReview) -> None:
        self.review = review
        self.model.set_rows(list(review.rows))
        self._filter()
        confirmed = sum(1 for r in review.rows if r.state == CONFIRMED)
        text = self.tr(
            "{year}: {n} auxiliary and assistant staff — {up} up, {down} down, {kept} kept; "
            "{confirmed} confirmed. Up one star with at least {needed} excellent months and "
            "no fail; down one on a fail month or a founded complaint; 5 stars need the "
            "year's training met."
        ).format(
            year=review.year,
            n=len(review.rows),
            up=review.count(1),
            down=review.count(-1),
            kept=review.count(0),
            confirmed=confirmed,
            needed=review.settings.excellent_needed,
        )
        if not review.year_over:
            text += " " + self.tr("The year is not over: the review is provisional.")
        elif review.provisional:
            text += " " + self.tr("Not yet finalised: {months}.").format(
                months=self.tr(", ").join(str(m) for m in review.provisional)
            )
        self.summary.setText(text)
        self._enable()

    def _filter(self) -> None:
        only = self.changes_only.isChecked()
        self.proxy.set_predicate("changes", (lambda r: r.change != 0) if only else None)

    def _enable(self) -> None:
        review = self.review
        can = review is not None and review.year_over and not review.provisional
        has_open = review is not None and bool(review.open_rows)
        self.confirm_selected_button.setEnabled(can and has_open)
        self.confirm_all_button.setEnabled(can and has_open)
        self.print_button.setEnabled(review is not None)
        self.export_button.setEnabled(review is not None)

    # --- confirming ------------------------------------------------------------------
    def selected_rows(self) -> list[ReviewRow]:
        picked = self.table.selectionModel().selectedRows()
        return [self.proxy.row_at(index.row()) for index in picked]

    def confirm_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.state == OPEN]
        if not rows:
            QMessageBox.information(
                self, self.tr("Confirm"), self.tr("Select the proposed rows to confirm.")
            )
            return
        self.confirm(rows)

    def confirm_all(self) -> None:
        if self.review is not None:
            self.confirm(list(self.review.open_rows))

    def confirm(self, rows: list[ReviewRow]) -> None:
        if self.review is None or not rows:
            return
        year = self.review.year
        changed = sum(1 for r in rows if r.change)
        answer = QMessageBox.question(
            self,
            self.tr("Confirm star levels"),
            self.tr(
                "Confirm the {year} review for {n} people ({changed} change level)? Their "
                "levels for {next} are then recorded, with your name."
            ).format(year=year, n=len(rows), changed=changed, next=year + 1),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        seen = [SeenRow.of(r) for r in rows]
        done = attempt(
            self, lambda: self.ctx.run(confirm_review, self.ctx.user, year, seen, self.ctx.today)
        )
        # Refused or not, show the review as it is now (a conflict: what changed).
        self.refresh()
        if done is FAILED:
            return
        self.ctx.notice.emit(
            self.tr("Confirmed {n} people for {year}.").format(n=done.people, year=year)
        )
        self.ctx.data_changed.emit(AREA)

    # --- printing and exporting ------------------------------------------------------
    def _ask_path(self, suffix: str, filter_text: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"{self._title()}{suffix}"
        name, _ = QFileDialog.getSaveFileName(self, self._title(), str(suggested), filter_text)
        if not name:
            return None
        return Path(name if name.lower().endswith(suffix) else name + suffix)

    def save_pdf(self) -> None:
        from exports.star_review_pdf import render_star_review, review_title

        review = self.review
        path = self._ask_path(".pdf", self.tr("PDF document (*.pdf)"))
        if review is None or path is None:
            return
        bureau = self.ctx.read(bureau_name) or ""
        title, today = review_title(bureau, review.year), self.ctx.today
        self._write(
            audited(
                self.ctx,
                title,
                len(review.rows),
                lambda: render_star_review(review, path, bureau_name=bureau, issued_on=today),
            ),
            path,
        )

    def export(self) -> None:
        from exports.star_review_xlsx import write_star_review

        review = self.review
        path = self._ask_path(".xlsx", self.tr("Excel workbook (*.xlsx)"))
        if review is None or path is None:
            return
        title = self._title()
        self._write(
            audited(
                self.ctx, title, len(review.rows), lambda: write_star_review(review, path, title)
            ),
            path,
        )

    def _write(self, work, path: Path) -> None:  # type: ignore[no-untyped-def]
        for button in (self.print_button, self.export_button):
            button.setEnabled(False)
        run_in_background(self, work, self._written, lambda exc: self._failed(exc, path))

    def _written(self, path: Path) -> None:
        self._enable()
        self.last_written = path
        text = self.tr("Written: {path}").format(path=path)
        self.ctx.notice.emit(text)
        tables.show_written(self, path, text)

    def _failed(self, exc: Exception, path: Path) -> None:
        self._enable()
        text = write_error_text(exc, path) or str(exc)
        QMessageBox.warning(self, self.tr("Export failed"), text)
