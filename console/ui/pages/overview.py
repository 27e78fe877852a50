"""Overview: the bureau at a glance for the chosen month."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.core.indicators import INTEGRITY, PEOPLE, WARNINGS, Drill, ranking_drill
from console.core.labels import label
from console.core.overview_figures import Overview, build_overview
from console.ui.context import AppContext
from console.ui.pages.base import Page
from glossary import Category, Role, WarningLevel
from widgets.charts import BarChart, LineChart
from widgets.kpi_tile import KpiTile, tile_row


class OverviewPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Overview"))
        self.overview: Overview | None = None
        self.people_tile = KpiTile(self.tr("People on strength"))
        self.score_tile = KpiTile(self.tr("Average score this month"))
        self.findings_tile = KpiTile(self.tr("Open findings"))
        self.training_tile = KpiTile(self.tr("Average training hours"))
        self.warnings_tile = KpiTile(self.tr("Open warnings"))
        self.coverage_tile = KpiTile(self.tr("Inspection coverage"))
        self.layout_.addLayout(
            tile_row(
                self.people_tile,
                self.score_tile,
                self.findings_tile,
                self.training_tile,
                self.warnings_tile,
                self.coverage_tile,
            )
        )
        # Each tile opens the records its figure counts, through the indicator's drill.
        self.people_tile.set_clickable(self.tr("Open the people on strength"))
        self.people_tile.clicked.connect(lambda: self._drill(Drill(PEOPLE)))
        self.score_tile.set_clickable(self.tr("Open this month's ranking"))
        self.findings_tile.set_clickable(self.tr("Open the open findings"))
        self.training_tile.set_clickable(self.tr("Open everyone's training progress"))
        self.score_tile.clicked.connect(self._drill_score)
        self.findings_tile.clicked.connect(self._drill_findings)
        self.training_tile.clicked.connect(self._drill_training)
        self.warnings_tile.set_clickable(self.tr("Open the open warnings"))
        self.warnings_tile.clicked.connect(lambda: self._drill(Drill(INTEGRITY, WARNINGS)))
        self.coverage_tile.set_clickable(self.tr("Open the units not inspected this month"))
        self.coverage_tile.clicked.connect(self._drill_coverage)

        charts = QHBoxLayout()
        self.unit_chart = BarChart(horizontal=True)
        self.trend_chart = LineChart()
        charts.addWidget(self._titled(self.tr("People by unit"), self.unit_chart)[0], 1)
        trend_box, self.trend_heading = self._titled("", self.trend_chart)
        charts.addWidget(trend_box, 1)
        self.layout_.addLayout(charts, 1)
        self.unit_chart.clicked.connect(self._drill_unit)
        self.trend_chart.clicked.connect(self._drill_month)

    def _titled(self, title: str, widget: QWidget) -> tuple[QWidget, QLabel]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setObjectName("SectionTitle")
        layout.addWidget(heading)
        layout.addWidget(widget, 1)
        return box, heading

    def fetch(self) -> Callable[[], Overview]:
        # Read off the GUI thread: the first page shows right after the window paints.
        read, user, month, today = self.ctx.read, self.ctx.user, self.ctx.period, self.ctx.today
        return lambda: read(build_overview, user, month, today)

    def show_data(self, ov: Overview) -> None:
        self.overview = ov
        cats = "  ".join(
            self.tr("{category} {n}").format(category=label(c), n=ov.by_category[c])
            for c in Category
        )
        self.people_tile.set_value(f"{ov.active_people:,}", cats)
        if ov.average_score is None:
            self.score_tile.set_value("—", self.tr("nobody ranked this month"))
        else:
            self.score_tile.set_value(
                f"{ov.average_score:.2f}",
                self.tr("{month}, base score plus approved points").format(month=ov.month),
            )
        findings = ov.open_findings
        self.findings_tile.set_value(
            f"{findings.numerator:,}",
            self.tr("void findings not counted; {n} overdue").format(
                n=f"{ov.overdue_findings.numerator:,}"
            ),
        )
        hours = ov.training_hours
        self.training_tile.set_value(
            "—"
            if hours.value is None
            else self.tr("{hours} h").format(hours=f"{hours.value:,.1f}"),
            self.tr("over {n} people on strength; {total} h in {year}").format(
                n=f"{hours.denominator:,}", total=f"{hours.numerator:,.0f}", year=ov.month.year
            ),
        )
        coverage = ov.inspection_coverage
        self.coverage_tile.set_value(
            "—" if coverage.value is None else f"{float(coverage.value):.0%}",
            self.tr("{covered} of {total} units inspected in {month}").format(
                covered=coverage.numerator, total=coverage.denominator, month=ov.month
            ),
        )
        levels = ov.open_warnings
        self.warnings_tile.set_value(
            f"{sum(levels.values()):,}",
            self.tr("{critical} critical, {warning} warnings").format(
                critical=f"{levels.get(WarningLevel.CRITICAL, 0):,}",
                warning=f"{levels.get(WarningLevel.WARNING, 0):,}",
            ),
        )
        if self.ctx.user.role == Role.SQUAD_LEADER:
            title = self.tr("Average score of your unit, last 12 months")
        else:
            title = self.tr("Bureau average score, last 12 months")
        self.trend_heading.setText(title)
        top = ov.by_unit[:16]
        self.unit_chart.set_data([u.unit_name for u in top], [u.people for u in top])
        self.trend_chart.set_data(
            [f"{m.month.month}" if m.month.month != 1 else str(m.month) for m in ov.score_trend],
            [float(m.average) if m.average is not None else None for m in ov.score_trend],
            partial_note=self._partial_note(ov),
        )

    def _partial_note(self, ov: Overview) -> str:
        """The running month's average is drawn apart, as of today: entries of the month
        are still coming in, so a total of five days is not a whole month's and must not
        read as a fall. It is shown as it stands rather than pro-rated: deductions and
        awards arrive in batches, so a pro-rated figure would be a guess a supervisor
        could not reproduce by hand."""
        today = self.ctx.today
        if (ov.month.year, ov.month.month) != (today.year, today.month):
            return ""
        return self.tr("as of day {day}").format(day=today.day)

    # --- drill-downs -----------------------------------------------------------
    def _drill(self, target: Drill) -> None:
        self.ctx.drill.emit(target)

    def _drill_score(self) -> None:
        self._drill(ranking_drill(self.ctx.period))

    def _drill_findings(self) -> None:
        if self.overview is not None:
            self._drill(self.overview.open_findings.drill)

    def _drill_training(self) -> None:
        if self.overview is not None:
            self._drill(self.overview.training_hours.drill)

    def _drill_coverage(self) -> None:
        if self.overview is not None:
            self._drill(self.overview.inspection_coverage.drill)

    def _drill_unit(self, index: int) -> None:
        if self.overview is not None:
            self._drill(Drill(PEOPLE, unit_id=self.overview.by_unit[index].unit_id))

    def _drill_month(self, index: int) -> None:
        if self.overview is not None:
            self._drill(ranking_drill(self.overview.score_trend[index].month))
