"""Overview: the bureau at a glance for the chosen month."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.core.labels import label
from console.core.overview_figures import Overview, build_overview
from console.ui.context import AppContext
from console.ui.pages.base import Page
from glossary import Category, Role
from widgets.charts import BarChart, LineChart
from widgets.kpi_tile import KpiTile, tile_row


class OverviewPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Overview"))
        self.people_tile = KpiTile(self.tr("People on strength"))
        self.score_tile = KpiTile(self.tr("Average score this month"))
        self.findings_tile = KpiTile(self.tr("Open findings"))
        self.training_tile = KpiTile(self.tr("Training hours this year"))
        self.layout_.addLayout(
            tile_row(self.people_tile, self.score_tile, self.findings_tile, self.training_tile)
        )

        charts = QHBoxLayout()
        self.unit_chart = BarChart(horizontal=True)
        self.trend_chart = LineChart()
        charts.addWidget(self._titled(self.tr("People by unit"), self.unit_chart)[0], 1)
        trend_box, self.trend_heading = self._titled("", self.trend_chart)
        charts.addWidget(trend_box, 1)
        self.layout_.addLayout(charts, 1)

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
        self.findings_tile.set_value(
            f"{ov.open_findings:,}",
            self.tr("{n} overdue for rectification").format(n=ov.overdue_findings),
        )
        self.training_tile.set_value(
            f"{ov.training_hours_year:,.0f}",
            self.tr(
                "Legal training: {avg:.1f} h per officer; {on} of {total} officers on pace"
            ).format(
                avg=ov.legal_hours_per_officer, on=ov.officers_on_pace, total=ov.officers_total
            ),
        )
        if self.ctx.user.role == Role.SQUAD_LEADER:
            title = self.tr("Average score of your unit, last 12 months")
        else:
            title = self.tr("Bureau average score, last 12 months")
        if ov.month.year == self.ctx.today.year and ov.month.month == self.ctx.today.month:
            # Entries of the running month are still coming in: its average is provisional.
            title += self.tr(" (this month so far)")
        self.trend_heading.setText(title)
        top = ov.by_unit[:16]
        self.unit_chart.set_data([u.unit_name for u in top], [u.people for u in top])
        self.trend_chart.set_data(
            [f"{m.month.month}" if m.month.month != 1 else str(m.month) for m in ov.score_trend],
            [float(m.average) if m.average is not None else None for m in ov.score_trend],
        )
