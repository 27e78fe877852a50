"""Integrity: inspections, findings and their rectification, pledges — figures and findings."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.integrity.findings import FindingRow, integrity_kpis, list_findings
from console.core.labels import choices, label
from console.ui.context import AppContext
from console.ui.pages.base import Page
from console.ui.pages.integrity_charts import IntegrityChartsTab
from console.ui.pages.integrity_warnings import WarningsTab
from db.enums import FindingStatus, Severity
from widgets.kpi_tile import KpiTile, tile_row
from widgets.table_model import Column, RowFilterProxy, RowTableModel
from widgets.table_view import make_table_view

OVERDUE_COLOUR = "#b3261e"

# The findings shown: what the squad reviews monthly, the year so far, and the backlog.
THIS_MONTH, THIS_YEAR, ALL_OPEN = "month", "year", "open"
SEVERITY_ORDER = {member: i for i, member in enumerate(Severity)}  # minor < serious < grave


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


class IntegrityPage(Page):
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

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Found this month"), THIS_MONTH)
        self.scope.addItem(self.tr("Found this year"), THIS_YEAR)
        self.scope.addItem(self.tr("All open findings"), ALL_OPEN)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search unit, person, topic, description…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for member, text in choices(FindingStatus):
            self.status.addItem(text, member)
        self.count = QLabel()
        self.count.setObjectName("Hint")
        filters = QHBoxLayout()
        filters.addWidget(self.scope, 1)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.count)
        findings_tab = QWidget()
        findings_layout = QVBoxLayout(findings_tab)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.addLayout(filters)

        self.model: RowTableModel[FindingRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(self._show_count)
        self.table = make_table_view(self.proxy, (90, 120, 80, 120, 70, 80, 90))
        findings_layout.addWidget(self.table, 1)
        # The period's figures and charts, and the early warnings: tabs of their own.
        self.charts = IntegrityChartsTab(ctx)
        self.warnings = WarningsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(findings_tab, self.tr("Findings"))
        self.tabs.addTab(self.charts, self.tr("Figures"))
        self.tabs.addTab(self.warnings, self.tr("Warnings"))
        self.tabs.currentChanged.connect(lambda _i: self._reload_tab())
        self.layout_.addWidget(self.tabs, 1)

        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(self.proxy.set_search)
        self.status.currentIndexChanged.connect(lambda _i: self._apply_status())

    def _columns(self) -> list[Column[FindingRow]]:
        def overdue(f: FindingRow) -> str | None:
            return OVERDUE_COLOUR if f.overdue_on(self.ctx.today) else None

        def deadline_tip(f: FindingRow) -> str | None:
            return self.tr("Overdue") if f.overdue_on(self.ctx.today) else None

        return [
            Column(
                self.tr("Found"),
                lambda f: f.found_date.isoformat(),
                colour=overdue,
                searchable=False,
            ),
            Column(self.tr("Unit"), lambda f: f.unit_name, colour=overdue),
            Column(self.tr("Person"), lambda f: f.person_name, colour=overdue),
            Column(self.tr("Topic"), lambda f: f.topic, colour=overdue),
            Column(
                self.tr("Severity"),
                lambda f: label(f.severity),
                sort_key=lambda f: SEVERITY_ORDER[f.severity],
                colour=overdue,
            ),
            Column(self.tr("Status"), lambda f: label(f.status), colour=overdue),
            Column(
                self.tr("Deadline"),
                lambda f: f.deadline.isoformat() if f.deadline else "",
                sort_key=lambda f: f.deadline or date.max,
                colour=overdue,
                tooltip=deadline_tip,
                searchable=False,
            ),
            Column(
                self.tr("Description"),
                lambda f: f.description,
                colour=overdue,
                tooltip=lambda f: f.description,
            ),
        ]

    def _date_range(self) -> tuple[date | None, date | None, bool]:
        month = self.ctx.period
        mode = self.scope.currentData()
        if mode == THIS_MONTH:
            return month.first_day, month.last_day, False
        if mode == THIS_YEAR:
            return date(month.year, 1, 1), date(month.year, 12, 31), False
        return None, None, True

    def reload(self) -> None:
        month, today = self.ctx.period, self.ctx.today
        date_from, date_to, open_only = self._date_range()
        with self.ctx.session() as session:
            kpis = integrity_kpis(session, self.ctx.user, month, today)
            findings = list_findings(session, self.ctx.user, date_from, date_to, open_only)
        self.inspections_tile.set_value(
            f"{kpis.inspections:,}", self.tr("held in {month}").format(month=month)
        )
        self.raised_tile.set_value(
            f"{kpis.findings_raised:,}", self.tr("found in {month}").format(month=month)
        )
        self.open_tile.set_value(f"{kpis.open_findings:,}", self.tr("not yet verified"))
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
        self.model.set_rows(findings)
        self._reload_tab()

    def _reload_tab(self) -> None:
        """Only the tab in view: the figures read a year of findings."""
        current = self.tabs.currentWidget()
        if current is self.charts or current is self.warnings:
            current.reload()

    def _apply_status(self) -> None:
        status = self.status.currentData()
        self.proxy.set_predicate(
            "status", None if status is None else (lambda f: f.status == status)
        )

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total} findings").format(shown=shown, total=total))
