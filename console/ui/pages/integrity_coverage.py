"""The Coverage tab of the Integrity page (督察全覆盖): the share of units inspected at
least once in the chosen month, its quarter or its year, with every unit to cover listed
— the uninspected ones first, in red — from the same indicator as the Overview's tile."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.core.indicators import inspection_coverage_of
from console.core.integrity.coverage import (
    InspectionCoverage,
    Span,
    UnitCoverage,
    inspection_coverage,
    span_dates,
    span_label,
)
from console.core.labels import label
from console.ui.context import AppContext
from console.ui.tables import make_table
from widgets.kpi_tile import KpiTile
from widgets.table_model import Column, RowFilterProxy, RowTableModel

UNINSPECTED, ALL_UNITS = "uninspected", "all"
UNINSPECTED_COLOUR = "#b3261e"


def _percent(value: float | Decimal | None) -> str:
    return "—" if value is None else f"{float(value):.1%}"


class CoverageTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.coverage: InspectionCoverage | None = None
        # A drill's own dates, kept until the user picks a span.
        self.dates: tuple[date, date] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.span = QComboBox()
        for span in (Span.MONTH, Span.QUARTER, Span.YEAR):
            self.span.addItem(span_label(span), span)
        self.which = QComboBox()
        self.which.addItem(self.tr("Units not inspected"), UNINSPECTED)
        self.which.addItem(self.tr("All units to cover"), ALL_UNITS)
        self.period_label = QLabel()
        self.period_label.setObjectName("Hint")
        top.addWidget(self.span)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.which)
        layout.addLayout(top)
        self.tile = KpiTile(self.tr("Inspection coverage"))
        row = QHBoxLayout()
        row.addWidget(self.tile)
        self.rule = QLabel(
            self.tr(
                "A unit is covered when an inspection dated in the period (first and last "
                "day included) names it. Counted over the active units, the bureau itself "
                "excepted; closed units are left out."
            )
        )
        self.rule.setObjectName("Hint")
        self.rule.setWordWrap(True)
        row.addWidget(self.rule, 2)
        layout.addLayout(row)
        self.model: RowTableModel[UnitCoverage] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy, "inspection_coverage", self._title, (220, 110, 90, 110, 100)
        )
        layout.addWidget(self.table, 1)
        self.span.currentIndexChanged.connect(lambda _i: self._span_chosen())
        self.which.currentIndexChanged.connect(lambda _i: self._show_units())

    def _title(self) -> str:
        if self.coverage is None:
            return self.tr("Inspection coverage")
        return self.tr("Inspection coverage, {start} to {end}").format(
            start=self.coverage.date_from.isoformat(), end=self.coverage.date_to.isoformat()
        )

    def _columns(self) -> list[Column[UnitCoverage]]:
        def colour(u: UnitCoverage) -> str | None:
            return None if u.inspected else UNINSPECTED_COLOUR

        return [
            Column(self.tr("Unit"), lambda u: u.unit_name),
            Column(self.tr("Kind"), lambda u: label(u.kind)),
            Column(
                self.tr("Inspections"),
                lambda u: f"{u.inspections:,}",
                sort_key=lambda u: u.inspections,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            ),
            Column(
                self.tr("Last inspected"),
                lambda u: u.last_inspected.isoformat() if u.last_inspected else "",
                sort_key=lambda u: u.last_inspected or date.min,
            ),
            Column(
                self.tr("Status"),
                lambda u: self.tr("Inspected") if u.inspected else self.tr("Not inspected"),
                sort_key=lambda u: u.inspected,
                colour=colour,
            ),
        ]

    def period(self) -> tuple[date, date]:
        if self.dates is not None:
            return self.dates
        return span_dates(Span(self.span.currentData()), self.ctx.period)

    def _span_chosen(self) -> None:
        self.dates = None
        self.reload()

    def show_period(self, date_from: date, date_to: date) -> None:
        """What a drill asks for: these dates, the uninspected units."""
        self.dates = (date_from, date_to)
        self.which.setCurrentIndex(self.which.findData(UNINSPECTED))
        self.reload()

    def reload(self) -> None:
        start, end = self.period()
        self.coverage = self.ctx.read(inspection_coverage, self.ctx.user, start, end)
        self.period_label.setText(
            self.tr("{start} to {end}").format(start=start.isoformat(), end=end.isoformat())
        )
        indicator = inspection_coverage_of(self.coverage)
        self.tile.set_value(
            _percent(indicator.value),
            self.tr("{covered} of {total} units inspected; {missing} not yet").format(
                covered=indicator.numerator,
                total=indicator.denominator,
                missing=len(self.coverage.uninspected),
            ),
        )
        self._show_units()

    def _show_units(self) -> None:
        if self.coverage is None:
            return
        if self.which.currentData() == UNINSPECTED:
            units = list(self.coverage.uninspected)
        else:
            units = sorted(self.coverage.units, key=lambda u: u.inspected)  # stable
        self.model.set_rows(units)
