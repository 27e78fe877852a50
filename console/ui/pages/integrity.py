"""Integrity (廉政督察): the month's key figures, and tabs for findings and their
rectification loop, inspections, complaints, case-file reviews, the registers, the
period's figures and charts, and the early warnings.

Only the tab in view is read; the others are marked stale and read when shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from console.core.indicators import (
    COVERAGE,
    FINDINGS,
    FOUND,
    INTEGRITY,
    OPEN,
    OVERDUE,
    WARNINGS,
    Drill,
)
from console.core.integrity.findings import FindingRow
from console.core.integrity.page import IntegrityPageData, integrity_page_data
from console.ui.context import AppContext
from console.ui.pages.base import Page
from console.ui.pages.integrity_charts import IntegrityChartsTab
from console.ui.pages.integrity_coverage import CoverageTab
from console.ui.pages.integrity_records import CaseReviewsTab, ComplaintsTab, InspectionsTab
from console.ui.pages.integrity_registers import RegistersTab
from console.ui.pages.integrity_tabs import (
    ALL_OPEN,
    AREA,
    EVERYTHING,
    OVERDUE_COLOUR,
    FindingsTab,
    Lookups,
    RecordTab,
)
from console.ui.pages.integrity_tabs import OVERDUE as TAB_OVERDUE
from console.ui.pages.integrity_warnings import WarningsTab
from glossary import FindingStatus, WarningStatus, YearMonth
from widgets.kpi_tile import KpiTile, tile_row

__all__ = ["ALL_OPEN", "OVERDUE_COLOUR", "IntegrityPage"]

# Inspections offered in the finding dialog: the recent ones, newest first.
RECENT_INSPECTION_MONTHS = 3


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


class IntegrityPage(Page):
    drill_page = INTEGRITY

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Integrity"))
        self.inspections_tile = KpiTile(self.tr("Inspections"))
        self.raised_tile = KpiTile(self.tr("New findings"))
        self.open_tile = KpiTile(self.tr("Open findings"))
        self.overdue_tile = KpiTile(self.tr("Overdue"))
        self.rate_tile = KpiTile(self.tr("Rectification rate"))
        self.pledge_tile = KpiTile(self.tr("Pledge coverage"))
        self.layout_.addLayout(
            tile_row(
                self.inspections_tile,
                self.raised_tile,
                self.open_tile,
                self.overdue_tile,
                self.rate_tile,
                self.pledge_tile,
            )
        )

        self.lookups = Lookups()
        self.findings = FindingsTab(ctx, self.lookups)
        self.inspections = InspectionsTab(ctx, self.lookups)
        self.complaints = ComplaintsTab(ctx, self.lookups)
        self.case_reviews = CaseReviewsTab(ctx, self.lookups)
        self.registers = RegistersTab(ctx, self.lookups)
        # The period's figures and charts, and the early warnings: tabs of their own.
        self.charts = IntegrityChartsTab(ctx)
        self.warnings = WarningsTab(ctx)
        self.coverage = CoverageTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        pages: list[tuple[QWidget, str]] = [
            (self.findings, self.tr("Findings")),
            (self.inspections, self.tr("Inspections")),
            (self.complaints, self.tr("Complaints")),
            (self.case_reviews, self.tr("Case reviews")),
            (self.registers, self.tr("Registers")),
            (self.charts, self.tr("Figures")),
            (self.coverage, self.tr("Coverage")),
            (self.warnings, self.tr("Warnings")),
        ]
        for widget, title in pages:
            self.tabs.addTab(widget, title)
        self.layout_.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self._reload_tab())
        for tab in (self.findings, self.inspections, self.complaints, self.case_reviews):
            tab.changed.connect(self._after_change)
        self.registers.changed.connect(self._after_change)
        # A drill's filter holds until the user picks another span of findings.
        self.findings.scope.currentIndexChanged.connect(
            lambda _i: self.findings.proxy.set_predicate("drill", None)
        )
        self.open_tile.set_clickable(self.tr("Open the open findings"))
        self.overdue_tile.set_clickable(self.tr("Open the overdue findings"))
        self.open_tile.clicked.connect(
            lambda: self.ctx.drill.emit(Drill(INTEGRITY, FINDINGS, findings=OPEN))
        )
        self.overdue_tile.clicked.connect(
            lambda: self.ctx.drill.emit(Drill(INTEGRITY, FINDINGS, findings=OVERDUE))
        )
        self.charts.warnings_tile.set_clickable(self.tr("Open the open warnings"))
        self.charts.warnings_tile.clicked.connect(
            lambda: self.ctx.drill.emit(Drill(INTEGRITY, WARNINGS))
        )

    # The findings tab's table, for those who look at the page's findings directly.
    @property
    def model(self):  # type: ignore[no-untyped-def]
        return self.findings.model

    @property
    def proxy(self):  # type: ignore[no-untyped-def]
        return self.findings.proxy

    def fetch(self) -> Callable[[], tuple[YearMonth, IntegrityPageData]]:
        # The month's figures and the lookups: off the GUI thread when the page is shown
        # or the month changes (a tenth of a second and more on a large bureau).
        read, user, month, today = self.ctx.read, self.ctx.user, self.ctx.period, self.ctx.today
        since = month.shift(1 - RECENT_INSPECTION_MONTHS).first_day
        return lambda: (month, read(integrity_page_data, user, month, today, since))

    def show_data(self, loaded: tuple[YearMonth, IntegrityPageData]) -> None:
        month, data = loaded
        kpis = data.kpis
        self.lookups.people = data.people
        self.lookups.units = data.units
        self.lookups.inspections = data.inspections
        self.inspections_tile.set_value(
            f"{kpis.inspections:,}", self.tr("held in {month}").format(month=month)
        )
        self.raised_tile.set_value(
            f"{kpis.findings_raised:,}", self.tr("found in {month}").format(month=month)
        )
        self.open_tile.set_value(
            f"{kpis.open_findings:,}", self.tr("not yet verified; void findings not counted")
        )
        self.overdue_tile.set_value(
            f"{kpis.overdue_findings:,}",
            self.tr("deadline passed, rectification still owed"),
        )
        self.rate_tile.set_value(
            _percent(kpis.rectification_rate),
            self.tr("{verified} of {due} findings of {year} due by today verified").format(
                verified=kpis.verified_due, due=kpis.due_findings, year=month.year
            ),
        )
        self.pledge_tile.set_value(
            _percent(kpis.pledge_coverage),
            self.tr("{signed} of {people} people signed for {year}").format(
                signed=kpis.pledged_people, people=kpis.active_people, year=month.year
            ),
        )
        for tab in (self.findings, self.inspections, self.complaints, self.case_reviews):
            tab.stale = True
        self.registers.mark_stale()
        self._reload_tab()

    def _reload_tab(self) -> None:
        """Only the tab in view: the others read their rows when shown."""
        current = self.tabs.currentWidget()
        if (
            current is self.charts
            or current is self.coverage
            or current is self.warnings
            or current is self.registers
            or (isinstance(current, RecordTab) and current.stale)
        ):
            current.reload()

    def _after_change(self) -> None:
        # Every page hears of it (points change with deductions); this one reloads its
        # figures at once — it is visible, so the signal does it.
        self.ctx.data_changed.emit(AREA)
        self.refresh_if_stale()

    # --- drill-downs -----------------------------------------------------------
    def show_drill(self, target: Drill) -> None:
        """List exactly the findings a figure counted: open or overdue ones (the
        indicators' rules), or the live findings found in a span, of a unit or topic; or
        the open early warnings, of both levels; or, for a coverage figure, the units of
        its period not inspected."""
        if target.view == COVERAGE and target.date_from and target.date_to:
            self.tabs.setCurrentWidget(self.coverage)
            self.coverage.show_period(target.date_from, target.date_to)
            return
        if target.view == WARNINGS:
            self.tabs.setCurrentWidget(self.warnings)
            self.warnings.search.clear()
            self.warnings.show_level(None)
            self.warnings.status.setCurrentIndex(self.warnings.status.findData(WarningStatus.OPEN))
            self.warnings.reload()
            return
        tab = self.findings
        self.tabs.setCurrentWidget(tab)
        for combo in (tab.status, tab.severity):
            combo.setCurrentIndex(0)
        tab.search.clear()
        tab.proxy.set_predicate("drill", None)
        if target.findings in (OPEN, OVERDUE):
            tab.scope.setCurrentIndex(tab.scope.findData(ALL_OPEN))
            if target.findings == OVERDUE:
                tab.status.setCurrentIndex(tab.status.findData(TAB_OVERDUE))
        elif target.findings == FOUND:
            tab.scope.setCurrentIndex(tab.scope.findData(EVERYTHING))
            tab.proxy.set_predicate("drill", _found(target))
        tab.reload()


def _found(target: Drill) -> Callable[[FindingRow], bool]:
    def keep(f: FindingRow) -> bool:
        return (
            f.status != FindingStatus.VOID
            and (target.date_from is None or f.found_date >= target.date_from)
            and (target.date_to is None or f.found_date <= target.date_to)
            and (target.unit_id is None or f.unit_id == target.unit_id)
            and (target.topic is None or f.topic == target.topic)
        )

    return keep
