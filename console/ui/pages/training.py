"""Training: the year's sessions with attendance, and progress towards the 60 legal hours."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit

from console.core.labels import choices, label
from console.core.training.sessions import SessionRow, list_sessions, training_kpis
from console.ui.context import AppContext
from console.ui.pages.base import Page
from db.enums import TrainingCategory
from widgets.kpi_tile import KpiTile, tile_row
from widgets.table_model import Column, RowFilterProxy, RowTableModel
from widgets.table_view import make_table_view


def _hours(value: float) -> str:
    return f"{value:,.1f}".removesuffix(".0")


class TrainingPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Training"))
        self.sessions_tile = KpiTile(self.tr("Sessions held this year"))
        self.attendance_tile = KpiTile(self.tr("Person-times trained"))
        self.hours_tile = KpiTile(self.tr("Hours credited"))
        self.legal_tile = KpiTile(self.tr("Legal training per officer"))
        self.layout_.addLayout(
            tile_row(self.sessions_tile, self.attendance_tile, self.hours_tile, self.legal_tile)
        )

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, organiser, place…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for member, text in choices(TrainingCategory):
            self.category.addItem(text, member)
        self.count = QLabel()
        self.count.setObjectName("Hint")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.count)
        self.layout_.addLayout(filters)

        self.model: RowTableModel[SessionRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(self._show_count)
        self.table = make_table_view(self.proxy, (90, 260, 130, 60, 140, 140, 70, 70))
        self.layout_.addWidget(self.table, 1)

        self.search.textChanged.connect(self.proxy.set_search)
        self.category.currentIndexChanged.connect(lambda _i: self._apply_category())

    def _columns(self) -> list[Column[SessionRow]]:
        right = Qt.AlignmentFlag.AlignRight

        def count(title: str, get: Callable[[SessionRow], int]) -> Column[SessionRow]:
            return Column(title, lambda s: str(get(s)), sort_key=get, align=right, searchable=False)

        return [
            Column(self.tr("Date"), lambda s: s.session_date.isoformat(), searchable=False),
            Column(self.tr("Title"), lambda s: s.title, tooltip=lambda s: s.title),
            Column(self.tr("Category"), lambda s: label(s.category)),
            Column(
                self.tr("Hours"),
                lambda s: _hours(s.hours),
                sort_key=lambda s: s.hours,
                align=right,
                searchable=False,
            ),
            Column(self.tr("Organiser"), lambda s: s.organiser),
            Column(self.tr("Place"), lambda s: s.place),
            count(self.tr("Present"), lambda s: s.present),
            count(self.tr("Absent"), lambda s: s.absent),
            count(self.tr("Excused"), lambda s: s.excused),
        ]

    def reload(self) -> None:
        year = self.ctx.period.year
        with self.ctx.session() as session:
            kpis = training_kpis(session, self.ctx.user, year, self.ctx.today)
            sessions = list_sessions(session, self.ctx.user, year)
        self.sessions_tile.set_value(
            f"{kpis.sessions_held:,}",
            self.tr("{year}, up to {today}").format(year=year, today=self.ctx.today.isoformat())
            if year == self.ctx.today.year
            else str(year),
        )
        self.attendance_tile.set_value(f"{kpis.person_times:,}", self.tr("present at a session"))
        self.hours_tile.set_value(_hours(kpis.hours_credited), self.tr("hours credited to people"))
        self.legal_tile.set_value(
            self.tr("{hours} h").format(hours=_hours(kpis.legal_hours_per_officer)),
            self.tr(
                "required {required} h a year, {expected} h by now; "
                "{on} of {total} officers on pace"
            ).format(
                required=kpis.required_hours,
                expected=_hours(kpis.expected_hours),
                on=kpis.officers_on_pace,
                total=kpis.officers,
            ),
        )
        self.model.set_rows(sessions)

    def _apply_category(self) -> None:
        category = self.category.currentData()
        self.proxy.set_predicate(
            "category", None if category is None else (lambda s: s.category == category)
        )

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total} sessions").format(shown=shown, total=total))
