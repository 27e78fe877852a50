"""Performance: the chosen month's point events (积分记录) and what they add up to."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
)

from console.core.labels import choices, label
from console.core.scoring.events import EventRow, list_events, scope_average_score, summarise
from console.ui.context import AppContext
from console.ui.pages.base import Page
from db.enums import EventStatus
from widgets.kpi_tile import KpiTile, tile_row
from widgets.table_model import Column, RowFilterProxy, RowTableModel
from widgets.table_view import make_table_view

AWARD_COLOUR = "#1b7f3b"
DEDUCTION_COLOUR = "#b3261e"
PENDING_COLOUR = "#b26a00"
MUTED_COLOUR = "#8a8f98"


def signed(value: Decimal) -> str:
    """+2.5, -1, +1,250: points as the bulletin prints them, without trailing zeros."""
    return f"{value.normalize():+,f}"


def plain(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _status_colour(row: EventRow) -> str | None:
    if row.status == EventStatus.PENDING:
        return PENDING_COLOUR
    if row.status in (EventStatus.REJECTED, EventStatus.VOID):
        return MUTED_COLOUR
    return None


def _points_colour(row: EventRow) -> str | None:
    if row.status in (EventStatus.REJECTED, EventStatus.VOID):
        return MUTED_COLOUR
    return AWARD_COLOUR if row.points > 0 else DEDUCTION_COLOUR if row.points < 0 else None


def _rule_tooltip(row: EventRow) -> str:
    # The rule text is often cut off in its column; the supervisor's note explains the entry.
    return f"{row.rule_text}\n{row.note}" if row.note else row.rule_text


class PerformancePage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Performance"))
        self.entries_tile = KpiTile(self.tr("Entries this month"))
        self.awards_tile = KpiTile(self.tr("Awards"))
        self.deductions_tile = KpiTile(self.tr("Deductions"))
        self.pending_tile = KpiTile(self.tr("Pending approval"))
        self.average_tile = KpiTile(self.tr("Average score"))
        self.layout_.addLayout(
            tile_row(
                self.entries_tile,
                self.awards_tile,
                self.deductions_tile,
                self.pending_tile,
                self.average_tile,
            )
        )

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search staff number, name, unit, rule…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for member, text in choices(EventStatus):
            self.status.addItem(text, member)
        self.count = QLabel()
        self.count.setObjectName("Hint")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.count)
        self.layout_.addLayout(filters)

        self.model: RowTableModel[EventRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(self._show_count)
        self.table = make_table_view(self.proxy, (90, 80, 80, 120, 70, 260, 50, 60, 80, 100))
        self.layout_.addWidget(self.table, 1)

        self.search.textChanged.connect(self.proxy.set_search)
        self.status.currentIndexChanged.connect(lambda _i: self._apply_status())

    def _columns(self) -> list[Column[EventRow]]:
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(self.tr("Date"), lambda e: e.event_date.isoformat(), searchable=False),
            Column(self.tr("Staff no."), lambda e: e.staff_no),
            Column(self.tr("Name"), lambda e: e.person_name),
            Column(self.tr("Unit"), lambda e: e.unit_name),
            Column(self.tr("Rule"), lambda e: e.rule_code),
            Column(self.tr("Rule text"), lambda e: e.rule_text, tooltip=_rule_tooltip),
            Column(
                self.tr("Qty"),
                lambda e: plain(e.quantity),
                sort_key=lambda e: e.quantity,
                align=right,
                searchable=False,
            ),
            Column(
                self.tr("Points"),
                lambda e: signed(e.points),
                sort_key=lambda e: e.points,
                align=right,
                colour=_points_colour,
                searchable=False,
            ),
            Column(self.tr("Status"), lambda e: label(e.status), colour=_status_colour),
            Column(self.tr("Source"), lambda e: label(e.source)),
            Column(self.tr("Recorded by"), lambda e: e.recorded_by),
        ]

    def reload(self) -> None:
        month = self.ctx.period
        with self.ctx.session() as session:
            events = list_events(session, self.ctx.user, month)
            average = scope_average_score(session, self.ctx.user, month)
        summary = summarise(events)
        self.entries_tile.set_value(
            f"{summary.entries:,}", self.tr("{month}, in every status").format(month=month)
        )
        approved = self.tr("approved entries, before monthly caps")
        self.awards_tile.set_value(signed(summary.awards), approved)
        self.deductions_tile.set_value(signed(summary.deductions), approved)
        self.pending_tile.set_value(f"{summary.pending:,}", self.tr("waiting for a decision"))
        if average is None:
            self.average_tile.set_value("—", self.tr("nobody on strength"))
        else:
            self.average_tile.set_value(
                f"{average:.2f}", self.tr("base score plus approved points, capped")
            )
        self.model.set_rows(events)

    def _apply_status(self) -> None:
        status = self.status.currentData()
        self.proxy.set_predicate(
            "status", None if status is None else (lambda e: e.status == status)
        )

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total} entries").format(shown=shown, total=total))
