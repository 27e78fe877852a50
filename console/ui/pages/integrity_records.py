"""The Integrity page's tabs for inspections, complaints and case-file reviews."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from console.core.integrity.case_reviews import CaseReviewRow, list_case_reviews
from console.core.integrity.complaints import (
    ComplaintRow,
    book_complaint_deduction,
    list_complaints,
    void_complaint,
)
from console.core.integrity.inspections import InspectionRow, list_inspections
from console.core.labels import choices, label
from console.ui.context import AppContext
from console.ui.dialogs.finding import FindingDialog
from console.ui.dialogs.integrity_records import (
    CaseReviewDialog,
    CloseComplaintDialog,
    ComplaintDialog,
    InspectionDialog,
)
from console.ui.dialogs.reason import ReasonDialog
from console.ui.pages.integrity_tabs import OVERDUE_COLOUR, Lookups, RecordTab, iso
from glossary import ComplaintKind, ComplaintOutcome, Grade
from widgets.table_model import Column

RIGHT = Qt.AlignmentFlag.AlignRight
THIS_YEAR, LAST_12_MONTHS, EVERYTHING = "year", "12m", "all"
GRADE_COLOURS = {Grade.EXCELLENT: "#1b7f3b", Grade.FAIL: OVERDUE_COLOUR}


def _points(value: Any) -> str:
    return "" if not value else f"{value:+.2f}".rstrip("0").rstrip(".")


class _PeriodTab(RecordTab):
    """A tab whose records are listed for this year, the last 12 months, or all."""

    def add_period(self) -> None:
        self.period = QComboBox()
        # A base class: its strings have their own context, whatever the tab.
        self.period.addItem(QCoreApplication.translate("PeriodFilter", "This year"), THIS_YEAR)
        self.period.addItem(
            QCoreApplication.translate("PeriodFilter", "Last 12 months"), LAST_12_MONTHS
        )
        self.period.addItem(QCoreApplication.translate("PeriodFilter", "All"), EVERYTHING)
        self.filters.insertWidget(0, self.period, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())

    def span(self) -> tuple[date | None, date | None]:
        mode = self.period.currentData()
        today = self.ctx.today
        if mode == THIS_YEAR:
            return date(self.ctx.period.year, 1, 1), date(self.ctx.period.year, 12, 31)
        if mode == LAST_12_MONTHS:
            return self.ctx.period.shift(-11).first_day, today
        return None, None


class InspectionsTab(_PeriodTab):
    def __init__(self, ctx: AppContext, lookups: Lookups) -> None:
        super().__init__(ctx, lookups, (86, 70, 260, 150, 150, 120, 50))
        self.search.setPlaceholderText(self.tr("Search title, units, people, inspectors…"))
        self.add_period()
        self.add_action(self.tr("Add…"), self.add)
        self.add_action(self.tr("Edit…"), self.edit, lambda _r: True)
        self.add_action(self.tr("Add finding…"), self.add_finding, lambda _r: True)
        self.finish_buttons()

    def columns(self) -> list[Column[InspectionRow]]:
        return [
            Column(self.tr("Date"), lambda i: iso(i.inspection_date), searchable=False),
            Column(self.tr("Kind"), lambda i: label(i.kind)),
            Column(self.tr("Title"), lambda i: i.title, tooltip=lambda i: i.notes or None),
            Column(self.tr("Units"), lambda i: i.unit_names),
            Column(self.tr("People"), lambda i: i.person_names, tooltip=lambda i: i.person_names),
            Column(self.tr("Inspectors"), lambda i: i.inspectors),
            Column(
                self.tr("Findings"),
                lambda i: str(i.findings),
                sort_key=lambda i: i.findings,
                align=RIGHT,
                searchable=False,
            ),
            Column(self.tr("Checklist"), lambda i: "、".join(i.topics)),
        ]

    def load(self) -> list[InspectionRow]:
        start, end = self.span()
        return self.ctx.read(list_inspections, self.ctx.user, start, end)

    def describe(self, i: InspectionRow) -> str:
        return i.notes

    def on_activated(self, row: InspectionRow) -> None:
        if self.can_write:
            self.edit()

    def add(self) -> None:
        self.after(InspectionDialog(self.ctx, self.lookups.people, self.lookups.units, parent=self))

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            lk = self.lookups
            self.after(InspectionDialog(self.ctx, lk.people, lk.units, row, self))

    def add_finding(self) -> None:
        row = self.current()
        if row is None:
            return
        lk = self.lookups
        inspections = (
            lk.inspections
            if any(i.id == row.id for i in lk.inspections)
            else [
                row,
                *lk.inspections,
            ]
        )
        dialog = FindingDialog(
            self.ctx, lk.people, lk.units, inspections, inspection_id=row.id, parent=self
        )
        if dialog.exec():
            self.ctx.notice.emit(self.tr("Finding recorded"))
            self.changed.emit()
            self.reload()


class ComplaintsTab(_PeriodTab):
    def __init__(self, ctx: AppContext, lookups: Lookups) -> None:
        super().__init__(ctx, lookups, (86, 90, 100, 70, 110, 90, 80, 70))
        self.search.setPlaceholderText(self.tr("Search person, unit, case number, substance…"))
        self.add_period()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for member, text in choices(ComplaintKind):
            self.kind.addItem(text, member)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("All outcomes"), None)
        for member, text in choices(ComplaintOutcome):
            self.outcome.addItem(text, member)
        self.filters.addWidget(self.kind, 1)
        self.filters.addWidget(self.outcome, 1)
        self.kind.currentIndexChanged.connect(lambda _i: self._apply())
        self.outcome.currentIndexChanged.connect(lambda _i: self._apply())

        live = (ComplaintOutcome.PENDING, ComplaintOutcome.VERIFIED, ComplaintOutcome.UNFOUNDED)
        self.add_action(self.tr("Add…"), self.add)
        self.add_action(self.tr("Edit…"), self.edit, lambda c: c.outcome in live)
        self.add_action(
            self.tr("Close…"), self.close_, lambda c: c.outcome == ComplaintOutcome.PENDING
        )
        self.add_action(
            self.tr("Book deduction"),
            self.deduct,
            lambda c: c.outcome == ComplaintOutcome.VERIFIED and not c.has_live_deduction,
        )
        self.add_action(self.tr("Void…"), self.void, lambda c: c.outcome != ComplaintOutcome.VOID)
        self.finish_buttons()

    def columns(self) -> list[Column[ComplaintRow]]:
        def colour(c: ComplaintRow) -> str | None:
            if c.outcome == ComplaintOutcome.VERIFIED:
                return OVERDUE_COLOUR
            return "#8a8f98" if c.outcome == ComplaintOutcome.VOID else None

        return [
            Column(self.tr("Received"), lambda c: iso(c.received_date), searchable=False),
            Column(self.tr("Kind"), lambda c: label(c.kind)),
            Column(self.tr("Channel / case"), lambda c: label(c.channel) or c.case_no),
            Column(self.tr("Person"), lambda c: c.person_name),
            Column(self.tr("Unit"), lambda c: c.unit_name),
            Column(self.tr("Outcome"), lambda c: self._outcome(c), colour=colour),
            Column(self.tr("Closed"), lambda c: iso(c.closed_date), searchable=False),
            Column(
                self.tr("Points"),
                lambda c: _points(c.event_points) if c.has_live_deduction else "",
                align=RIGHT,
                searchable=False,
            ),
            Column(self.tr("Substance"), lambda c: c.substance, tooltip=lambda c: c.substance),
        ]

    def _outcome(self, c: ComplaintRow) -> str:
        # A reconsideration's founded outcome is 纠错; a lawsuit's is 败诉.
        if c.kind == ComplaintKind.RECONSIDERATION and c.outcome == ComplaintOutcome.VERIFIED:
            return self.tr("Corrected")
        if c.kind == ComplaintKind.RECONSIDERATION and c.outcome == ComplaintOutcome.UNFOUNDED:
            return self.tr("Upheld")
        if c.kind == ComplaintKind.LITIGATION and c.outcome == ComplaintOutcome.VERIFIED:
            return self.tr("Lost")
        if c.kind == ComplaintKind.LITIGATION and c.outcome == ComplaintOutcome.UNFOUNDED:
            return self.tr("Won")
        return label(c.outcome)

    def load(self) -> list[ComplaintRow]:
        start, end = self.span()
        return self.ctx.read(list_complaints, self.ctx.user, start, end)

    def _apply(self) -> None:
        kind, outcome = self.kind.currentData(), self.outcome.currentData()
        self.proxy.set_predicate("kind", None if kind is None else (lambda c: c.kind == kind))
        self.proxy.set_predicate(
            "outcome", None if outcome is None else (lambda c: c.outcome == outcome)
        )

    def describe(self, c: ComplaintRow) -> str:
        return self.tr("void: {reason}").format(reason=c.void_reason) if c.void_reason else ""

    def add(self) -> None:
        self.after(ComplaintDialog(self.ctx, self.lookups.people, self.lookups.units, parent=self))

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            lk = self.lookups
            self.after(ComplaintDialog(self.ctx, lk.people, lk.units, row, self))

    def close_(self) -> None:
        row = self.current()
        if row is not None:
            self.after(CloseComplaintDialog(self.ctx, row, self))

    def deduct(self) -> None:
        row = self.current()
        if row is not None:
            user, today = self.ctx.user, self.ctx.today
            self.run(
                lambda: self.ctx.run(
                    book_complaint_deduction, user, row.id, today, seen=row.outcome
                ),
                self.tr("Deduction booked for the complaint"),
            )

    def void(self) -> None:
        row = self.current()
        if row is None:
            return
        user = self.ctx.user
        self.after(
            ReasonDialog(
                self.ctx,
                self.tr("Void complaint"),
                self.tr(
                    "Void this record? It stays on record as void; its deduction, if any, "
                    "is voided with the same reason."
                ),
                self.noting_conflict(
                    lambda reason: self.ctx.run(
                        void_complaint, user, row.id, reason, seen=row.outcome
                    )
                ),
                self.tr("Void"),
                self,
            )
        )


class CaseReviewsTab(_PeriodTab):
    def __init__(self, ctx: AppContext, lookups: Lookups) -> None:
        super().__init__(ctx, lookups, (86, 180, 110, 130, 110, 56, 70, 60))
        self.search.setPlaceholderText(self.tr("Search case number, unit, handlers, problems…"))
        self.add_period()
        self.grade = QComboBox()
        self.grade.addItem(self.tr("All grades"), None)
        for member, text in choices(Grade):
            self.grade.addItem(text, member)
        self.filters.addWidget(self.grade, 1)
        self.grade.currentIndexChanged.connect(lambda _i: self._apply())
        self.add_action(self.tr("Add…"), self.add)
        self.add_action(self.tr("Edit…"), self.edit, lambda _r: True)
        self.finish_buttons()

    def columns(self) -> list[Column[CaseReviewRow]]:
        return [
            Column(self.tr("Reviewed"), lambda r: iso(r.review_date), searchable=False),
            Column(self.tr("Case number"), lambda r: r.case_no),
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Handlers"), lambda r: r.handler_names),
            Column(self.tr("Reviewer"), lambda r: r.reviewer),
            Column(
                self.tr("Score"),
                lambda r: f"{r.score:g}",
                sort_key=lambda r: r.score,
                align=RIGHT,
                searchable=False,
            ),
            Column(
                self.tr("Grade"),
                lambda r: label(r.grade),
                sort_key=lambda r: list(Grade).index(r.grade) if r.grade else 9,
                colour=lambda r: GRADE_COLOURS.get(r.grade) if r.grade else None,
            ),
            Column(
                self.tr("Points"),
                lambda r: _points(r.points),
                sort_key=lambda r: r.points,
                align=RIGHT,
                searchable=False,
            ),
            Column(self.tr("Problems"), lambda r: r.problems, tooltip=lambda r: r.problems or None),
        ]

    def load(self) -> list[CaseReviewRow]:
        start, end = self.span()
        return self.ctx.read(list_case_reviews, self.ctx.user, start, end)

    def _apply(self) -> None:
        grade = self.grade.currentData()
        self.proxy.set_predicate("grade", None if grade is None else (lambda r: r.grade == grade))

    def on_activated(self, row: CaseReviewRow) -> None:
        if self.can_write:
            self.edit()
        elif row.handler_ids:
            self.open_profile(row.handler_ids[0])

    def add(self) -> None:
        lk = self.lookups
        self.after(CaseReviewDialog(self.ctx, lk.people, lk.units, parent=self))

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            lk = self.lookups
            self.after(CaseReviewDialog(self.ctx, lk.people, lk.units, row, self))
