"""The Performance page's ranking tabs: the month's ranking, squads, stars, quarter/year.

Each tab shows what the page hands it; the quarter/year tab computes its own figures, off
the GUI thread and only when shown, because it reads up to twelve months.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.core.labels import choices, label
from console.core.scoring.dashboard import StarRow
from console.core.scoring.periods import PeriodRanking, PeriodResult, period_ranking
from console.core.scoring.results import MonthRanking, PersonResult
from console.core.scoring.squads import SquadResult
from console.ui import tables
from console.ui.audited_export import audited
from console.ui.context import AppContext
from console.ui.errors import in_words, write_error_text
from console.ui.scoring_format import (
    GRADE_COLOURS,
    POINTS,
    SIGNED,
    signed,
    star_name,
    star_names,
    value_colour,
)
from console.ui.tables import make_table
from console.ui.tasks import run_in_background
from glossary import Category, Grade, Star, YearMonth
from widgets.kpi_tile import KpiTile, tile_row
from widgets.table_format import count
from widgets.table_model import Column, RowFilterProxy, RowTableModel, number_column
from widgets.table_view import select_where

RIGHT = Qt.AlignmentFlag.AlignRight
WHOLE_YEAR = 0


def _hint(text: str = "") -> QLabel:
    hint = QLabel(text)
    hint.setObjectName("Hint")
    hint.setWordWrap(True)
    return hint


def _fit_columns(table: QTableView) -> None:
    """Columns as wide as their contents (from a sample of rows) and no wider: a short table
    keeps its figures next to their names instead of across the screen."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(100)
    table.resizeColumnsToContents()


def _grade_colour(p: PersonResult) -> str | None:
    return GRADE_COLOURS.get(p.grade)


# --- Ranking ---------------------------------------------------------------------------


class RankingTab(QWidget):
    """The month's ranking with search and filters; a double-click opens the entries."""

    entries_requested = Signal(int)  # person id
    person_selected = Signal(object)  # PersonResult or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ranking: MonthRanking | None = None
        self.last_written: Path | None = None
        self._last_dir: str | None = None
        self._target: Path | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search staff number, name, unit…"))
        self.search.setClearButtonEnabled(True)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("All units"), None)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for member, text in choices(Category):
            self.category.addItem(text, member)
        self.grade = QComboBox()
        self.grade.addItem(self.tr("All grades"), None)
        for member, text in choices(Grade):
            self.grade.addItem(text, member)
        self.count = _hint()
        self.count.setWordWrap(False)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.unit, 2)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.grade, 1)

        self.model: RowTableModel[PersonResult] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(self._show_count)
        self.table = make_table(
            self.proxy,
            "ranking",
            self._export_title,
            (50, 80, 80, 150, 80, 60, 70, 70, 70, 60, 80, 120),
            search=self.search,
        )
        self.table.doubleClicked.connect(lambda _i: self._request_entries())
        self.table.add_row_action(
            self.tr("Entries of this person…"), lambda _rows: self._request_entries()
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.entries_button = QPushButton(self.tr("Entries…"))
        self.entries_button.setToolTip(self.tr("The entries behind the selected total"))
        self.entries_button.clicked.connect(self._request_entries)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.entries_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        self.status = _hint()
        self.status.setWordWrap(False)
        buttons.addWidget(self.status)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.proxy.set_search)
        self.unit.currentIndexChanged.connect(lambda _i: self._filter("unit", self.unit, "unit_id"))
        self.category.currentIndexChanged.connect(
            lambda _i: self._filter("category", self.category, "category")
        )
        self.grade.currentIndexChanged.connect(
            lambda _i: self._filter("grade", self.grade, "grade")
        )
        self._selected()

    def _columns(self) -> list[Column[PersonResult]]:
        return [
            number_column(self.tr("Rank"), lambda p: p.rank, count),
            Column(self.tr("Staff no."), lambda p: p.staff_no),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Unit"), lambda p: p.unit_name),
            Column(self.tr("Category"), lambda p: label(p.category)),
            number_column(self.tr("Base"), lambda p: p.base, POINTS),
            number_column(
                self.tr("Awards"), lambda p: p.awards, SIGNED, lambda p: value_colour(p.awards)
            ),
            number_column(
                self.tr("Deductions"),
                lambda p: p.deductions,
                SIGNED,
                lambda p: value_colour(p.deductions),
            ),
            number_column(self.tr("Total"), lambda p: p.total, POINTS),
            number_column(self.tr("Unit rank"), lambda p: p.unit_rank, count),
            Column(
                self.tr("Grade"),
                lambda p: label(p.grade),
                lambda p: list(Grade).index(p.grade),
                colour=_grade_colour,
            ),
            Column(self.tr("Stars"), lambda p: star_names(p.stars)),
        ]

    def show_ranking(self, ranking: MonthRanking) -> None:
        selected = self.current_result()
        self.ranking = ranking
        units: dict[int, str] = {}
        for p in sorted(ranking.people, key=lambda p: p.unit_id):
            units.setdefault(p.unit_id, p.unit_name)
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        while self.unit.count() > 1:
            self.unit.removeItem(1)
        for unit_id, name in units.items():
            self.unit.addItem(name, unit_id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self.unit.blockSignals(False)
        first_load = self.model.rowCount() == 0
        self.model.set_rows(ranking.people)
        if first_load and ranking.people:
            # Widths from a sample of rows: quick at 3,000 people; the stars take the rest.
            self.table.horizontalHeader().setResizeContentsPrecision(100)
            self.table.resizeColumnsToContents()
        self._filter("unit", self.unit, "unit_id")
        if selected is not None:
            self.select_person(selected.person_id)
        self._selected()

    def _filter(self, name: str, combo: QComboBox, attribute: str) -> None:
        wanted = combo.currentData()
        predicate: Callable[[Any], bool] | None = (
            None if wanted is None else (lambda p: getattr(p, attribute) == wanted)
        )
        self.proxy.set_predicate(name, predicate)

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total} people").format(shown=shown, total=total))

    def current_result(self) -> PersonResult | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select_person(self, person_id: int) -> bool:
        return select_where(self.table, lambda p: p.person_id == person_id)

    def _selected(self) -> None:
        result = self.current_result()
        self.entries_button.setEnabled(result is not None)
        self.export_button.setEnabled(bool(self.ranking and self.ranking.people))
        self.person_selected.emit(result)

    def _request_entries(self) -> None:
        result = self.current_result()
        if result is not None:
            self.entries_requested.emit(result.person_id)

    # --- export ----------------------------------------------------------------
    def _export_title(self) -> str:
        return self.export_title(self.ranking) if self.ranking else self.tr("Ranking")

    def export_title(self, ranking: MonthRanking) -> str:
        if ranking.broken:
            return self.tr("Performance ranking {month} (seal broken, not final)").format(
                month=ranking.month
            )
        if ranking.finalised:
            return self.tr("Performance ranking {month} (finalised, version {version})").format(
                month=ranking.month, version=ranking.version
            )
        return self.tr("Performance ranking {month} (provisional, as of {date})").format(
            month=ranking.month, date=self.ctx.today.isoformat()
        )

    def export(self) -> None:
        ranking = self.ranking
        if ranking is None:
            return
        suggested = Path(self._last_dir or ".") / self.tr("ranking-{month}.xlsx").format(
            month=ranking.month
        )
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the ranking"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self._last_dir = str(path.parent)
        self._target = path
        title = self.export_title(ranking)
        self.export_button.setEnabled(False)
        self.status.setText(
            self.tr("Writing {n} people to {path}…").format(n=len(ranking.people), path=path)
        )
        from exports.ranking_xlsx import write_ranking  # openpyxl only when exporting

        run_in_background(
            self,
            audited(
                self.ctx, title, len(ranking.people), lambda: write_ranking(ranking, path, title)
            ),
            self._written,
            self._failed,
        )

    def _written(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText("")
        self.last_written = path
        tables.show_written(
            self, path, self.tr("The ranking was written to\n{path}").format(path=path)
        )

    def _failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.status.setText("")
        text = write_error_text(exc, self._target) or self.tr(
            "The ranking could not be written:\n{error}"
        ).format(error=in_words(exc))
        QMessageBox.warning(self, self.tr("Export failed"), text)


# --- Squads ----------------------------------------------------------------------------


class SquadsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[SquadResult] = RowTableModel(self._columns(), self)
        self.table = make_table(
            self.model, "squads", self.tr("Squad ranking"), (50, 200, 70, 120, 120, 90)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            _hint(
                self.tr(
                    "A squad's score is the average of its members' totals plus the approved "
                    "entries recorded against the squad as a whole (red flags, notices …). "
                    "Departments are not ranked among the squads."
                )
            )
        )
        layout.addWidget(self.table, 1)

    def _columns(self) -> list[Column[SquadResult]]:
        return [
            number_column(self.tr("Rank"), lambda s: s.rank, count),
            Column(self.tr("Squad"), lambda s: s.unit_name),
            number_column(self.tr("Members"), lambda s: s.members, count),
            number_column(self.tr("Members' average"), lambda s: s.member_average, POINTS),
            number_column(
                self.tr("Squad entries"),
                lambda s: s.unit_points,
                SIGNED,
                lambda s: value_colour(s.unit_points),
            ),
            number_column(self.tr("Score"), lambda s: s.score, POINTS),
        ]

    def show_squads(self, squads: list[SquadResult]) -> None:
        self.model.set_rows(squads)
        _fit_columns(self.table)


# --- Stars -----------------------------------------------------------------------------


class StarsTab(QWidget):
    entries_requested = Signal(int)  # person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[StarRow] = RowTableModel(self._columns(), self)
        self.table = make_table(
            self.model, "stars", self.tr("Stars"), (110, 80, 80, 150, 220, 70, 50)
        )
        self.table.doubleClicked.connect(self._request_entries)
        self.table.add_row_action(
            self.tr("Entries of this person…"), lambda _rows: self._request_entries()
        )
        self.empty = _hint()
        self.tiles = {
            Star.CASEWORK: KpiTile(star_name(Star.CASEWORK)),
            Star.SERVICE: KpiTile(star_name(Star.SERVICE)),
            Star.MOST_IMPROVED: KpiTile(star_name(Star.MOST_IMPROVED)),
        }
        layout = QVBoxLayout(self)
        layout.addLayout(tile_row(*self.tiles.values()))
        layout.addWidget(
            _hint(
                self.tr(
                    "Casework and service stars go to the most capped points of their kind, "
                    "the most-improved star to the largest rise of the total over last month; "
                    "a tie shares the star, and a serious violation rules a person out."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def _figure(self, row: StarRow) -> str:
        if row.star == Star.CASEWORK:
            return self.tr("Casework points {points}").format(points=signed(row.figure))
        if row.star == Star.SERVICE:
            return self.tr("Service points {points}").format(points=signed(row.figure))
        return self.tr("Total up {points} on last month").format(points=signed(row.figure))

    def _columns(self) -> list[Column[StarRow]]:
        return [
            Column(self.tr("Star"), lambda r: star_name(r.star)),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Staff no."), lambda r: r.staff_no),
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Earned by"), self._figure, lambda r: r.figure),
            number_column(self.tr("Total"), lambda r: r.total, POINTS),
            number_column(self.tr("Rank"), lambda r: r.rank, count),
        ]

    def show_stars(self, stars: list[StarRow]) -> None:
        self.model.set_rows(stars)
        _fit_columns(self.table)
        for star, tile in self.tiles.items():
            winners = [r for r in stars if r.star == star]
            if not winners:
                tile.set_value("—", self.tr("not awarded"))
                continue
            tile.set_value(
                "、".join(r.name for r in winners),
                " / ".join(f"{r.unit_name} {self._figure(r)}" for r in winners),
            )
        self.empty.setText(
            ""
            if stars
            else self.tr(
                "No stars this month yet: nobody has casework or service points, or a rise "
                "over last month."
            )
        )
        self.empty.setVisible(not stars)

    def _request_entries(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.entries_requested.emit(self.model.row(rows[0].row()).person_id)


# --- Quarter / year --------------------------------------------------------------------


class PeriodTab(QWidget):
    """A quarter's or the year's ranking by average monthly total (季度晾晒、年度排名)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wanted = False  # the tab is showing: compute when asked
        self.busy = False
        self.result: PeriodRanking | None = None
        self._year: int | None = None
        self._month: YearMonth | None = None
        self._shown_for: tuple[int, int | None] | None = None
        self._generation = 0

        self.period = QComboBox()
        self.period.currentIndexChanged.connect(lambda _i: self.request())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search staff number, name, unit…"))
        self.search.setClearButtonEnabled(True)
        self.summary = _hint()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(self.search, 1)

        self.model: RowTableModel[PeriodResult] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy,
            "period_ranking",
            self.tr("Quarter and year ranking"),
            (50, 80, 80, 180, 60, 90, 90, 60, 60, 60, 70, 60),
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.search.textChanged.connect(self.proxy.set_search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def _columns(self) -> list[Column[PeriodResult]]:
        def grade_column(grade: Grade) -> Column[PeriodResult]:
            return Column(
                label(grade),
                lambda r: str(r.grades.get(grade, 0) or ""),
                lambda r: r.grades.get(grade, 0),
                RIGHT,
                searchable=False,
            )

        return [
            number_column(self.tr("Rank"), lambda r: r.rank, count),
            Column(self.tr("Staff no."), lambda r: r.staff_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Unit"), lambda r: r.unit_name),
            number_column(self.tr("Months"), lambda r: r.months, count),
            number_column(self.tr("Sum"), lambda r: r.total_sum, POINTS),
            number_column(self.tr("Average"), lambda r: r.average, POINTS),
            *(grade_column(g) for g in Grade),
        ]

    def set_month(self, month: YearMonth) -> None:
        """Follow the shared month: its year, starting on its quarter. A reload of the same
        month keeps the period the user chose."""
        self._shown_for = None
        if month == self._month:
            return
        self._month = month
        self._year = month.year
        self.period.blockSignals(True)
        self.period.clear()
        for q in range(1, 5):
            self.period.addItem(self.tr("Q{quarter} {year}").format(quarter=q, year=month.year), q)
        self.period.addItem(self.tr("Whole year {year}").format(year=month.year), WHOLE_YEAR)
        self.period.setCurrentIndex((month.month - 1) // 3)
        self.period.blockSignals(False)

    def chosen(self) -> tuple[int, int | None] | None:
        if self._year is None:
            return None
        q = self.period.currentData()
        return self._year, (None if q == WHOLE_YEAR else q)

    def request(self) -> None:
        chosen = self.chosen()
        if not self.wanted or chosen is None or chosen == self._shown_for:
            return
        self._shown_for = chosen
        self._generation += 1
        generation = self._generation
        self.busy = True
        self.summary.setText(self.tr("Adding up the months…"))
        workspace, user, today = self.ctx.workspace, self.ctx.user, self.ctx.today
        year, quarter = chosen

        def work() -> PeriodRanking:
            # Off the GUI thread: the workspace opens this thread's own session.
            return workspace.read(period_ranking, user, year, quarter, today)

        run_in_background(
            self,
            work,
            lambda result: self._done(generation, result),
            lambda exc: self._failed(generation, exc),
        )

    def _done(self, generation: int, result: PeriodRanking) -> None:
        if generation != self._generation:
            return  # a newer question is on its way
        self.busy = False
        self.result = result
        self.model.set_rows(result.people)
        if not result.months:
            self.summary.setText(self.tr("This period has not begun."))
            return
        grades = "　".join(f"{label(g)} {result.grade_counts.get(g, 0)}" for g in Grade)
        self.summary.setText(
            self.tr(
                "{first} to {last}: {n} months, {people} people; grades given: {grades}. "
                "Ranked by the average monthly total."
            ).format(
                first=result.months[0],
                last=result.months[-1],
                n=len(result.months),
                people=len(result.people),
                grades=grades,
            )
        )

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self._shown_for = None
        self.summary.setText(
            self.tr("Could not compute the period: {error}").format(error=in_words(exc))
        )
