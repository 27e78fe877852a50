"""The Training page's Progress tab: each unit's progress towards the yearly requirements
as bars, the people behind pace (sortable, exportable, double-click for the profile),
hours by category and the monthly trend."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.core.labels import label
from console.core.training.progress import CategoryHours, MonthHours, PersonProgress, YearProgress
from console.core.training.requirements import PaceStatus, status_label
from console.ui import tables
from console.ui.audited_export import audited
from console.ui.context import AppContext
from console.ui.errors import attempt, write_error_text
from console.ui.tables import make_table
from console.ui.tasks import run_in_background
from widgets.charts import BarChart, LineChart
from widgets.table_format import percent, points
from widgets.table_model import Column, RowFilterProxy, RowTableModel, number_column

RIGHT = Qt.AlignmentFlag.AlignRight
BEHIND_COLOUR, DONE_COLOUR = "#b3261e", "#1e7b34"
BAR_DONE, BAR_SOME_BEHIND = "#3a8f4f", "#d08a00"
BEHIND, EVERYONE, ON_STRENGTH = "behind", "everyone", "on_strength"


HOURS = points(1)


def hours_text(value: float) -> str:
    return f"{value:,.1f}"


def section(title: str) -> QLabel:
    heading = QLabel(title)
    heading.setObjectName("SectionTitle")
    return heading


def stretch_column(table: QTableView, column: int) -> None:
    """Let one text column take the spare width, rather than the last (numeric) one."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class UnitBars(QScrollArea):
    """One bar per unit: hours counted ÷ hours required, with the people behind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.bars: dict[str, QProgressBar] = {}

    def set_units(self, progress: YearProgress) -> None:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setVerticalSpacing(4)
        self.bars = {}
        units = [u for u in progress.units if u.required_people]
        for row, u in enumerate(units):
            name = QLabel(u.unit_name)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(round(1000 * u.completion))
            bar.setFormat(f"{100 * u.completion:.1f}%")
            bar.setMaximumHeight(18)
            colour = BAR_SOME_BEHIND if u.behind else BAR_DONE
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            counts = QLabel(
                self.tr("{done} done · {on} on pace · {behind} behind").format(
                    done=u.done, on=u.on_pace, behind=u.behind
                )
            )
            counts.setObjectName("Hint")
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(counts, row, 2)
            self.bars[u.unit_name] = bar
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(units), 1)
        self.setWidget(inner)


class ProgressTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.progress: YearProgress | None = None
        self.last_written: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(section(self.tr("Progress by unit")))
        self.units = UnitBars()
        left_layout.addWidget(self.units, 1)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(section(self.tr("People")))
        self.which = QComboBox()
        self.which.addItem(self.tr("Behind pace"), BEHIND)
        self.which.addItem(self.tr("Everyone with a requirement"), EVERYONE)
        # Everyone the average hours are taken over (the tile's drill-down lands here).
        self.which.addItem(self.tr("Everyone on strength"), ON_STRENGTH)
        self.export_button = QPushButton(self.tr("Export (xlsx)…"))
        self.export_button.clicked.connect(self.export)
        self.profile_button = QPushButton(self.tr("Profile…"))
        self.profile_button.clicked.connect(self.open_profile)
        head.addStretch(1)
        head.addWidget(self.which)
        head.addWidget(self.profile_button)
        head.addWidget(self.export_button)
        right_layout.addLayout(head)
        self.model: RowTableModel[PersonProgress] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy,
            "training_progress",
            self.tr("Training hours progress"),
            (72, 64, 170, 80, 72, 72, 72, 72),
        )
        stretch_column(self.table, 2)
        self.table.doubleClicked.connect(lambda _i: self.open_profile())
        self.table.mirror_buttons(self.profile_button)
        right_layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("Hint")
        right_layout.addWidget(self.count)
        splitter.addWidget(right)
        splitter.setSizes([520, 900])
        layout.addWidget(splitter, 3)

        charts = QHBoxLayout()
        self.category_chart = BarChart(horizontal=True)
        self.category_chart.setMinimumHeight(170)
        self.trend_chart = LineChart()
        self.trend_chart.setMinimumHeight(170)
        box1, box2 = QVBoxLayout(), QVBoxLayout()
        box1.addWidget(section(self.tr("Hours by category")))
        box1.addWidget(self.category_chart)
        box2.addWidget(section(self.tr("Hours credited by month")))
        box2.addWidget(self.trend_chart)
        charts.addLayout(box1, 1)
        charts.addLayout(box2, 1)
        layout.addLayout(charts, 2)
        self.which.currentIndexChanged.connect(lambda _i: self._show_people())

    def _columns(self) -> list[Column[PersonProgress]]:
        def num(title: str, get, colour=None) -> Column[PersonProgress]:  # type: ignore[no-untyped-def]
            return number_column(title, get, HOURS, colour)  # 12.0 h beside 7.5 h

        def status_colour(p: PersonProgress) -> str | None:
            return {PaceStatus.BEHIND: BEHIND_COLOUR, PaceStatus.DONE: DONE_COLOUR}.get(p.status)

        return [
            Column(self.tr("Staff no."), lambda p: p.staff_no),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Unit"), lambda p: p.unit_name),
            Column(self.tr("Category"), lambda p: label(p.category)),
            num(self.tr("Credited"), lambda p: p.credited),
            num(self.tr("Expected"), lambda p: p.expected),
            num(self.tr("Required"), lambda p: p.required),
            number_column(self.tr("Behind by"), lambda p: p.shortfall_share or None, percent(0)),
            Column(
                self.tr("Status"),
                lambda p: status_label(p.status),
                sort_key=lambda p: (p.status != PaceStatus.BEHIND, p.status.value),
                colour=status_colour,
            ),
        ]

    def show_data(
        self,
        progress: YearProgress,
        categories: list[CategoryHours],
        months: list[MonthHours],
    ) -> None:
        self.progress = progress
        self.units.set_units(progress)
        self._show_people()
        shown = [c for c in categories if c.hours or c.sessions]
        self.category_chart.set_data(
            [label(c.category) for c in shown], [round(c.hours, 1) for c in shown]
        )
        last = progress.as_of.month if progress.as_of.year == progress.year else 12
        if progress.as_of.year < progress.year:
            last = 0
        trend = months[:last]
        values = [round(m.hours, 1) for m in trend]
        # The running month's hours are so far only: drawn apart, as of today.
        today = self.ctx.today
        running = progress.as_of.year == progress.year and (today.year, today.month) == (
            progress.year,
            last,
        )
        note = self.tr("as of day {day}").format(day=today.day) if running else ""
        # From zero: a month's hours are compared with none, not with the quietest month.
        self.trend_chart.set_data([str(m.month) for m in trend], values, note, from_zero=True)

    def _show_people(self) -> None:
        if self.progress is None:
            return
        if self.which.currentData() == BEHIND:
            people = self.progress.behind()
        elif self.which.currentData() == ON_STRENGTH:
            people = list(self.progress.people)
        else:
            people = list(self.progress.required_people)
        self.model.set_rows(people)
        self.count.setText(
            self.tr("{n} people; {behind} behind pace of {total} with a requirement").format(
                n=len(people),
                behind=self.progress.count(PaceStatus.BEHIND),
                total=len(self.progress.required_people),
            )
        )

    def selected(self) -> PersonProgress | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.row_at(rows[0].row())

    def open_profile(self) -> None:
        from console.ui.dialogs.profile import ProfileDialog

        person = self.selected()
        if person is None:
            return
        attempt(self, lambda: ProfileDialog(self.ctx, person.person_id, self).exec())

    def export(self) -> None:
        from exports.training_xlsx import write_progress

        if self.progress is None:
            return
        people = [self.proxy.row_at(r) for r in range(self.proxy.rowCount())]
        behind = self.which.currentData() == BEHIND
        title = (
            self.tr("People behind training pace, {year} (as of {date})")
            if behind
            else self.tr("Training progress, {year} (as of {date})")
        ).format(year=self.progress.year, date=self.progress.as_of.isoformat())
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / self.tr("training-{year}.xlsx").format(year=self.progress.year)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        self.export_button.setEnabled(False)
        run_in_background(
            self,
            audited(self.ctx, title, len(people), lambda: write_progress(people, path, title)),
            self._written,
            lambda exc: self._failed(exc, path),
        )

    def _written(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.last_written = path
        self.ctx.notice.emit(self.tr("Written: {path}").format(path=path))
        tables.show_written(self, path, self.tr("Written: {path}").format(path=path))

    def _failed(self, exc: Exception, path: Path) -> None:
        self.export_button.setEnabled(True)
        text = write_error_text(exc, path) or str(exc)
        QMessageBox.warning(self, self.tr("Export failed"), text)
