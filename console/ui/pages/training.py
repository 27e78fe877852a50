"""Training: the year's figures, progress towards the yearly requirements by unit and by
person, sessions with attendance, exams and certificates.

The year is the year of the chosen month; the pace is measured on today (or on 31
December for a past year). Everything is read in one read through the unit of work per
reload; the tabs only show it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget

from console.core.indicators import PROGRESS, TRAINING, Drill
from console.core.training.page import TrainingPageData, training_page
from console.core.training.progress import TrainingOverview
from console.ui.context import AppContext
from console.ui.pages.base import Page
from console.ui.pages.training_certificates import CertificatesTab
from console.ui.pages.training_progress import ON_STRENGTH, ProgressTab
from console.ui.pages.training_projection import ProjectionTab
from console.ui.pages.training_sessions import ExamsTab, SessionsTab
from widgets.kpi_tile import KpiTile, tile_row


def _hours(value: float) -> str:
    return f"{value:,.1f}".removesuffix(".0")


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


class TrainingPage(Page):
    drill_page = TRAINING

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Training"))
        self.sessions_tile = KpiTile(self.tr("Sessions held"))
        self.attendance_tile = KpiTile(self.tr("Person-times trained"))
        self.hours_tile = KpiTile(self.tr("Average hours"))
        self.pace_tile = KpiTile(self.tr("On pace or done"))
        self.exam_tile = KpiTile(self.tr("Exam pass rate"))
        self.certificate_tile = KpiTile(self.tr("Certificates expiring"))
        self.layout_.addLayout(
            tile_row(
                self.sessions_tile,
                self.attendance_tile,
                self.hours_tile,
                self.pace_tile,
                self.exam_tile,
                self.certificate_tile,
            )
        )
        self.tabs = QTabWidget()
        self.progress_tab = ProgressTab(ctx)
        self.projection_tab = ProjectionTab()
        self.sessions_tab = SessionsTab(ctx)
        self.exams_tab = ExamsTab(ctx)
        self.certificates_tab = CertificatesTab(ctx)
        self.tabs.addTab(self.progress_tab, self.tr("Progress"))
        self.tabs.addTab(self.projection_tab, self.tr("Year-end projection"))
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions"))
        self.tabs.addTab(self.exams_tab, self.tr("Exams"))
        self.tabs.addTab(self.certificates_tab, self.tr("Certificates"))
        self.hours_tile.set_clickable(self.tr("Open everyone's training progress"))
        self.hours_tile.clicked.connect(lambda: self.ctx.drill.emit(Drill(TRAINING, PROGRESS)))
        self.layout_.addWidget(self.tabs, 1)
        # Kept for the tests and the overview of what the page shows.
        self.table = self.sessions_tab.table
        self.model = self.sessions_tab.model

    def fetch(self) -> Callable[[], TrainingPageData]:
        # A large bureau's year of attendance takes a few hundred milliseconds to read:
        # off the GUI thread when the page is shown or the month changes.
        read, user, year, today = self.ctx.read, self.ctx.user, self.ctx.period.year, self.ctx.today
        return lambda: read(training_page, user, year, today)

    def show_data(self, data: TrainingPageData) -> None:
        self._tiles(data.overview)
        self.progress_tab.show_data(data.progress, data.categories, data.months)
        self.projection_tab.show_data(data.projection)
        self.sessions_tab.set_rows(data.sessions)
        self.exams_tab.set_rows(data.exams)
        self.certificates_tab.set_rows(data.certificates, data.coverage)

    def _tiles(self, o: TrainingOverview) -> None:
        until = (
            self.tr("{year}, up to {today}").format(year=o.year, today=self.ctx.today.isoformat())
            if o.year == self.ctx.today.year
            else str(o.year)
        )
        self.sessions_tile.set_value(f"{o.sessions_held:,}", until)
        self.attendance_tile.set_value(
            f"{o.person_times:,}",
            self.tr("{hours} hours credited").format(hours=_hours(o.hours_credited)),
        )
        # The shared indicator (core.indicators.training_hours), worded as on Overview.
        self.hours_tile.set_value(
            self.tr("{hours} h").format(hours=f"{o.average_hours:,.1f}"),
            self.tr("over {n} people on strength; {total} h in {year}").format(
                n=f"{o.people:,}", total=f"{o.hours_on_strength:,.0f}", year=o.year
            ),
        )
        self.pace_tile.set_value(
            _percent(o.on_pace_share),
            self.tr("{done} done, {on} on pace, {behind} behind of {n}").format(
                done=o.done, on=o.on_pace, behind=o.behind, n=o.required_people
            ),
        )
        self.exam_tile.set_value(
            _percent(o.pass_rate),
            self.tr("{passed} of {sat} papers passed").format(
                passed=o.exams_passed, sat=o.exams_sat
            ),
        )
        self.certificate_tile.set_value(
            f"{o.certificates_expiring:,}",
            self.tr("within 90 days; {expired} expired").format(expired=o.certificates_expired),
        )

    # --- drill-downs -----------------------------------------------------------
    def show_drill(self, target: Drill) -> None:
        """Everyone the average hours are taken over, with their hours."""
        self.tabs.setCurrentWidget(self.progress_tab)
        which = self.progress_tab.which
        which.setCurrentIndex(which.findData(ON_STRENGTH))
