"""Performance (绩效考核): the chosen month's ranking, charts, squads, stars, approvals and
entries, the quarter and the year, and finalising the month.

One reload reads the month once — one ranking, its squads and stars, the pending entries
and the lock — and hands each tab its part. The month's whole ledger is read when its tab
is shown; what needs many months (the 12-month trend, the quarter/year) is computed off
the GUI thread, and only when its tab is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget

from console.core.errors import DuchaError
from console.core.indicators import PERFORMANCE, Drill
from console.core.scoring.dashboard import EntryDetail, MonthView, month_view
from console.core.scoring.events import list_events
from console.core.scoring.locking import reopen_month
from console.core.scoring.results import LockState, MonthRanking
from console.core.seal import broken_message, part_words
from console.ui.context import AppContext
from console.ui.dialogs.entries import PersonEntriesDialog
from console.ui.dialogs.finalise import FinaliseDialog
from console.ui.dialogs.reason import ReasonDialog
from console.ui.errors import show_error
from console.ui.pages.base import Page
from console.ui.pages.decisions_tab import DecisionsTab
from console.ui.pages.performance_charts import ChartsTab
from console.ui.pages.performance_ledger import ApprovalsTab, EntriesTab
from console.ui.pages.performance_tabs import PeriodTab, RankingTab, SquadsTab, StarsTab
from console.ui.pages.star_levels_tab import StarLevelsTab
from console.ui.scoring_format import plain, score
from glossary import Grade, Role, YearMonth
from widgets.kpi_tile import KpiTile, tile_row

AREA = "points"  # what ctx.data_changed announces after a change made here


class PerformancePage(Page):
    drill_page = PERFORMANCE

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Performance"))
        self.ranking: MonthRanking | None = None
        self.state: LockState | None = None
        self.pending: list[EntryDetail] = []
        self._entries_stale = True

        self.ranked_tile = KpiTile(self.tr("People ranked"))
        self.average_tile = KpiTile(self.tr("Average score"))
        self.excellent_tile = KpiTile(self.tr("Excellent"))
        self.pending_tile = KpiTile(self.tr("Awaiting approval"))
        self.state_tile = KpiTile(self.tr("Month"))
        self.layout_.addLayout(
            tile_row(
                self.ranked_tile,
                self.average_tile,
                self.excellent_tile,
                self.pending_tile,
                self.state_tile,
            )
        )

        self.state_label = QLabel("")
        self.state_label.setObjectName("Hint")
        self.state_label.setWordWrap(True)
        self.finalise_button = QPushButton(self.tr("Finalise month…"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button.clicked.connect(self.reopen)
        # Only administrators finalise and reopen (the core refuses anyone else).
        for button in (self.finalise_button, self.reopen_button):
            button.setVisible(ctx.is_admin)
        lock_bar = QHBoxLayout()
        lock_bar.addWidget(self.state_label, 1)
        lock_bar.addWidget(self.finalise_button)
        lock_bar.addWidget(self.reopen_button)
        self.layout_.addLayout(lock_bar)

        self.ranking_tab = RankingTab(ctx)
        self.charts_tab = ChartsTab(ctx)
        self.squads_tab = SquadsTab()
        self.stars_tab = StarsTab()
        self.approvals_tab = ApprovalsTab(ctx)
        self.entries_tab = EntriesTab(ctx)
        self.period_tab = PeriodTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        pages: list[tuple[QWidget, str]] = [
            (self.ranking_tab, self.tr("Ranking")),
            (self.charts_tab, self.tr("Charts")),
            (self.squads_tab, self.tr("Squads")),
            (self.stars_tab, self.tr("Stars")),
            (self.approvals_tab, self.tr("Approvals")),
            (self.entries_tab, self.tr("Entries")),
            (self.period_tab, self.tr("Quarter / year")),
            (StarLevelsTab(ctx), self.tr("Star levels")),
            (DecisionsTab(ctx), self.tr("Commendation & rotation")),
        ]
        for widget, title in pages:
            self.tabs.addTab(widget, title)
        self.layout_.addWidget(self.tabs, 1)

        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        # A band of totals from the distribution holds until the month changes.
        ctx.period_changed.connect(lambda _p: self.ranking_tab.proxy.set_predicate("band", None))
        self.ranking_tab.person_selected.connect(self.charts_tab.set_person)
        for tab in (self.ranking_tab, self.stars_tab, self.approvals_tab, self.entries_tab):
            tab.entries_requested.connect(self.open_entries)
        self.approvals_tab.changed.connect(self._after_change)
        self.entries_tab.changed.connect(self._after_change)

    # --- loading ---------------------------------------------------------------
    def fetch(self) -> Callable[[], MonthView]:
        # The month's ranking, squads, stars and pending entries: one reading, off the
        # GUI thread when the page is shown or the month changes.
        read, user, month = self.ctx.read, self.ctx.user, self.ctx.period
        return lambda: read(month_view, user, month)

    def show_data(self, view: MonthView) -> None:
        month = view.ranking.month
        ranking, squads, stars, pending, state = (
            view.ranking,
            view.squads,
            view.stars,
            view.pending,
            view.state,
        )
        self.ranking, self.state, self.pending = ranking, state, pending
        self._entries_stale = True
        self._show_figures(view)
        self.ranking_tab.show_ranking(ranking)
        self.charts_tab.show_month(ranking, squads)
        self.squads_tab.show_squads(squads)
        self.stars_tab.show_stars(stars)
        self.approvals_tab.show_pending(pending)
        self.period_tab.set_month(month)
        self.tabs.setTabText(
            self.tabs.indexOf(self.approvals_tab),
            self.tr("Approvals ({n})").format(n=len(pending)) if pending else self.tr("Approvals"),
        )
        self._tab_shown()

    def _show_figures(self, view: MonthView) -> None:
        ranking, state, pending = view.ranking, view.state, view.pending
        people = ranking.people
        month = ranking.month
        self.ranked_tile.set_value(
            f"{len(people):,}",
            self.tr("{month}, base score {base}").format(month=month, base=plain(ranking.base)),
        )
        if view.average is not None:
            scope = (
                self.tr("your units")
                if self.ctx.user.role == Role.SQUAD_LEADER
                else self.tr("the whole bureau")
            )
            self.average_tile.set_value(
                score(view.average), self.tr("{scope}; totals capped per rule").format(scope=scope)
            )
        else:
            self.average_tile.set_value("—", self.tr("nobody ranked"))
        grades = {g: sum(1 for p in people if p.grade == g) for g in Grade}
        self.excellent_tile.set_value(
            f"{grades[Grade.EXCELLENT]:,}",
            self.tr("good {good}, basic pass {basic}, fail {fail}").format(
                good=grades[Grade.GOOD], basic=grades[Grade.BASIC], fail=grades[Grade.FAIL]
            ),
        )
        in_month = sum(1 for e in pending if YearMonth.of(e.event_date) == month)
        self.pending_tile.set_value(
            f"{len(pending):,}",
            self.tr("{n} dated in {month}").format(n=in_month, month=month)
            if pending
            else self.tr("nothing waiting"),
        )
        if ranking.broken:
            # Finalised once, changed outside the app since: never shown as final.
            self.state_tile.set_value(self.tr("Seal broken"), part_words(ranking.broken))
            self.state_label.setText(broken_message(month, ranking.broken))
        elif state.locked:
            self.state_tile.set_value(
                self.tr("Finalised (version {version})").format(version=state.version),
                self.tr("locked on {date}").format(
                    date=state.locked_at.date().isoformat() if state.locked_at else ""
                ),
            )
            self.state_label.setText(
                self.tr(
                    "{month} is finalised: these are the results as snapshotted. Entries "
                    "dated in it are refused until an administrator reopens it."
                ).format(month=month)
            )
        else:
            detail = (
                self.tr("reopened: {reason}").format(reason=state.reopen_reason)
                if state.version
                else self.tr("not finalised yet")
            )
            self.state_tile.set_value(self.tr("Provisional"), detail)
            self.state_label.setText(
                self.tr(
                    "{month} is provisional: the results change as entries are recorded, "
                    "approved and voided, until an administrator finalises the month."
                ).format(month=month)
            )
        self.finalise_button.setEnabled(not state.locked)
        self.reopen_button.setEnabled(state.locked)

    def _tab_shown(self) -> None:
        current = self.tabs.currentWidget()
        self.charts_tab.wanted = current is self.charts_tab
        self.period_tab.wanted = current is self.period_tab
        if self.charts_tab.wanted:
            self.charts_tab.request_trend()
        if self.period_tab.wanted:
            self.period_tab.request()
        if current is self.entries_tab and self._entries_stale and self.state is not None:
            # The month's whole ledger is read only when someone looks at it.
            events = self.ctx.read(list_events, self.ctx.user, self.state.month)
            self._entries_stale = False
            self.entries_tab.show_events(events, self.state)

    # --- actions ---------------------------------------------------------------
    def _after_change(self) -> None:
        # Every page hears of it; this one reloads at once (if shown, the signal did it).
        self.ctx.data_changed.emit(AREA)
        self.refresh_if_stale()

    def open_entries(self, person_id: int) -> None:
        ranking = self.ranking
        result = None
        if ranking is not None:
            result = next((p for p in ranking.people if p.person_id == person_id), None)
        month = ranking.month if ranking is not None else self.ctx.period
        try:
            dialog = PersonEntriesDialog(self.ctx, person_id, month, result, self)
        except DuchaError as exc:
            show_error(self, exc)
            return
        dialog.exec()
        if dialog.changed:
            self._after_change()

    def finalise(self) -> None:
        ranking = self.ranking
        if ranking is None:
            return
        in_month = sum(1 for e in self.pending if YearMonth.of(e.event_date) == ranking.month)
        dialog = FinaliseDialog(self.ctx, ranking, in_month, self)
        if dialog.exec():
            self.ctx.notice.emit(
                self.tr("{month} finalised (version {version})").format(
                    month=ranking.month, version=dialog.state.version if dialog.state else ""
                )
            )
            self._after_change()

    def reopen(self) -> None:
        month = self.ctx.period
        user = self.ctx.user
        dialog = ReasonDialog(
            self.ctx,
            self.tr("Reopen {month}").format(month=month),
            self.tr(
                "Reopen {month}? Its entries can change again and its results become "
                "provisional until it is finalised again, as a new version. The snapshot "
                "already printed stays on record."
            ).format(month=month),
            lambda reason: self.ctx.run(reopen_month, user, month, reason),
            self.tr("Reopen"),
            self,
        )
        if dialog.exec():
            self.ctx.notice.emit(self.tr("{month} reopened").format(month=month))
            self._after_change()

    # --- drill-downs -----------------------------------------------------------
    def show_drill(self, target: Drill) -> None:
        """The ranking of the drill's month (the window has switched to it), filtered to
        the people a score bar or point counted: one squad, or totals in a band."""
        tab = self.ranking_tab
        self.tabs.setCurrentWidget(tab)
        tab.search.clear()
        for combo in (tab.category, tab.grade):
            combo.setCurrentIndex(0)
        tab.unit.setCurrentIndex(max(0, tab.unit.findData(target.unit_id)))
        low, high = target.low, target.high
        tab.proxy.set_predicate(
            "band",
            None if low is None or high is None else (lambda p: low <= p.total < high),
        )
