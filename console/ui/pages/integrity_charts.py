"""The Figures tab of the Integrity page: the key figures of a period and its findings by
topic, by unit and by month — from the same service as ``ducha integrity`` and the
inspection bulletin."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.core.indicators import findings_found
from console.core.integrity.period import PeriodFigures, period_figures
from console.core.labels import label
from console.ui.context import AppContext
from console.ui.pages.performance_charts import _fit_left_axis, month_ticks
from glossary import Severity, YearMonth
from widgets.chart_box import chart_box, put_chart
from widgets.kpi_tile import KpiTile, tile_row
from widgets.screen_fit import scrolling_body

if TYPE_CHECKING:
    from widgets.charts import BarChart

THIS_MONTH, THIS_YEAR, TWELVE_MONTHS = "month", "year", "twelve"
UNITS_SHOWN = 12  # the units with most findings; the rest are in the findings table


def _section(title: str) -> QLabel:
    heading = QLabel(title)
    heading.setObjectName("SectionTitle")
    return heading


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


class IntegrityChartsTab(QWidget):
    topic_chart: BarChart  # made with the others when the tab is first read
    unit_chart: BarChart
    month_chart: BarChart

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: PeriodFigures | None = None
        layout = QVBoxLayout(scrolling_body(self))
        layout.setContentsMargins(0, 0, 0, 0)

        self.span = QComboBox()
        self.span.addItem(self.tr("Last 12 months"), TWELVE_MONTHS)
        self.span.addItem(self.tr("This year"), THIS_YEAR)
        self.span.addItem(self.tr("This month"), THIS_MONTH)
        self.period_label = QLabel()
        self.period_label.setObjectName("Hint")
        top = QHBoxLayout()
        top.addWidget(self.span)
        top.addWidget(self.period_label, 1)
        layout.addLayout(top)

        self.inspections_tile = KpiTile(self.tr("Inspections"))
        self.findings_tile = KpiTile(self.tr("Findings"))
        self.rate_tile = KpiTile(self.tr("Rectification rate"))
        self.overdue_tile = KpiTile(self.tr("Overdue"))
        self.talks_tile = KpiTile(self.tr("Integrity talks"))
        self.warnings_tile = KpiTile(self.tr("Open warnings"))
        layout.addLayout(
            tile_row(
                self.inspections_tile,
                self.findings_tile,
                self.rate_tile,
                self.overdue_tile,
                self.talks_tile,
                self.warnings_tile,
            )
        )

        # The charts are made when the tab is first read (_build_charts), not with the
        # page: most visits to Integrity never open this tab.
        self._boxes = (chart_box(), chart_box(), chart_box())
        grid = QGridLayout()
        grid.addWidget(_section(self.tr("Findings by topic")), 0, 0)
        grid.addWidget(_section(self.tr("Findings by unit")), 0, 1)
        grid.addWidget(self._boxes[0], 1, 0)
        grid.addWidget(self._boxes[1], 1, 1)
        grid.addWidget(_section(self.tr("Findings by month")), 2, 0, 1, 2)
        grid.addWidget(self._boxes[2], 3, 0, 1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        layout.addLayout(grid, 1)
        self.span.currentIndexChanged.connect(lambda _i: self.reload())
        self.findings_tile.set_clickable(self.tr("Open the findings of the period"))
        self.findings_tile.clicked.connect(self._drill_period)

    def _build_charts(self) -> None:
        if hasattr(self, "topic_chart"):
            return
        from widgets.charts import BarChart  # pyqtgraph: when first drawn

        self.topic_chart = BarChart(horizontal=True)
        self.unit_chart = BarChart(horizontal=True)
        self.month_chart = BarChart()
        # Each bar opens the findings it counted (live ones found in the span).
        self.topic_chart.clicked.connect(self._drill_topic)
        self.unit_chart.clicked.connect(self._drill_unit)
        self.month_chart.clicked.connect(self._drill_month)
        for box, chart in zip(
            self._boxes, (self.topic_chart, self.unit_chart, self.month_chart), strict=True
        ):
            chart.setMinimumHeight(190)
            put_chart(box, chart)

    def period(self) -> tuple[date, date]:
        month = self.ctx.period
        span = self.span.currentData()
        if span == THIS_MONTH:
            return month.first_day, month.last_day
        if span == THIS_YEAR:
            return date(month.year, 1, 1), date(month.year, 12, 31)
        return month.shift(-11).first_day, month.last_day

    def reload(self) -> None:
        self._build_charts()
        start, end = self.period()
        fig = self.ctx.read(period_figures, self.ctx.user, start, end, self.ctx.today)
        self.figures = fig
        self.period_label.setText(
            self.tr("{start} to {end}; deadlines judged on {today}").format(
                start=start.isoformat(), end=end.isoformat(), today=self.ctx.today.isoformat()
            )
        )
        self.inspections_tile.set_value(
            f"{fig.inspections:,}",
            self.tr("{units} units, {people} people checked").format(
                units=fig.units_inspected, people=fig.people_inspected
            ),
        )
        severities = self.tr(", ").join(f"{label(s)} {fig.by_severity.get(s, 0)}" for s in Severity)
        self.findings_tile.set_value(f"{fig.findings:,}", severities)
        self.rate_tile.set_value(
            _percent(fig.rectification_rate),
            self.tr("{verified} of {due} due verified").format(
                verified=fig.verified_due, due=fig.due
            ),
        )
        self.overdue_tile.set_value(
            f"{len(fig.overdue):,}", self.tr("past the deadline, not rectified")
        )
        self.talks_tile.set_value(f"{fig.talks:,}", self.tr("held in the period"))
        critical = sum(1 for w in fig.open_warnings if w.critical)
        self.warnings_tile.set_value(
            f"{len(fig.open_warnings):,}",
            self.tr("{critical} critical; {fired} raised in the period").format(
                critical=critical, fired=fig.warnings_fired
            ),
        )

        topics = [t.topic for t in fig.by_topic]
        _fit_left_axis(self.topic_chart, topics)
        self.topic_chart.set_data(topics, [t.findings for t in fig.by_topic])
        units = fig.by_unit[:UNITS_SHOWN]
        _fit_left_axis(self.unit_chart, [u.unit_name for u in units])
        self.unit_chart.set_data([u.unit_name for u in units], [u.findings for u in units])
        months: list[YearMonth] = [m.month for m in fig.by_month]
        ticks = month_ticks(months)
        if months and months[-1] == YearMonth.of(self.ctx.today):
            # The running month's bar counts only the days so far: its label says so.
            ticks[-1] += " " + self.tr("(as of day {day})").format(day=self.ctx.today.day)
        self.month_chart.set_data(ticks, [m.findings for m in fig.by_month])

    # --- drill-downs -----------------------------------------------------------
    def _drill_period(self) -> None:
        if self.figures is not None:
            self.ctx.drill.emit(findings_found(self.figures.date_from, self.figures.date_to))

    def _drill_topic(self, index: int) -> None:
        fig = self.figures
        if fig is not None and index < len(fig.by_topic):
            topic = fig.by_topic[index].topic
            self.ctx.drill.emit(findings_found(fig.date_from, fig.date_to, topic=topic))

    def _drill_unit(self, index: int) -> None:
        fig = self.figures
        if fig is not None and index < min(len(fig.by_unit), UNITS_SHOWN):
            unit_id = fig.by_unit[index].unit_id
            if unit_id is None:  # findings of no unit: no list filters for them alone
                return
            self.ctx.drill.emit(findings_found(fig.date_from, fig.date_to, unit_id))

    def _drill_month(self, index: int) -> None:
        fig = self.figures
        if fig is not None and index < len(fig.by_month):
            month = fig.by_month[index].month
            start, end = max(month.first_day, fig.date_from), min(month.last_day, fig.date_to)
            self.ctx.drill.emit(findings_found(start, end))
