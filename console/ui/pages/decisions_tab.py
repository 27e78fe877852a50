"""The Commendation & rotation tab of the Performance page (评优与轮岗): the year's
candidates of either list, each with the reasons it is listed and which months counted.
Computed off the GUI thread when the tab is shown or the year or list changes; the table
exports to xlsx like every other (right-click, or 导出…)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.core.decisions.candidates import (
    Candidate,
    CandidateKind,
    CandidateList,
    candidates,
)
from console.core.labels import label
from console.ui.context import AppContext
from console.ui.tables import make_table
from console.ui.tasks import run_in_background
from widgets.table_format import count
from widgets.table_model import Column, RowFilterProxy, RowTableModel, number_column


class DecisionsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: CandidateList | None = None
        self._shown_for: tuple[int, CandidateKind] | None = None
        self._generation = 0
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Commendation candidates (评优)"), CandidateKind.COMMENDATION)
        self.kind.addItem(self.tr("Rotation candidates (轮岗)"), CandidateKind.ROTATION)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.period.year)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search staff number, name, unit, reason…"))
        self.search.setClearButtonEnabled(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(self.kind)
        top.addWidget(self.search, 1)
        self.summary = QLabel()
        self.summary.setObjectName("Hint")
        self.summary.setWordWrap(True)
        self.model: RowTableModel[Candidate] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy,
            "decision_candidates",
            self._title,
            (80, 80, 160, 80, 90, 70, 60, 130, 420),
            search=self.search,
        )
        self.search.textChanged.connect(self.proxy.set_search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.year.valueChanged.connect(lambda _v: self.request())
        self.kind.currentIndexChanged.connect(lambda _i: self.request())
        ctx.data_changed.connect(self._changed)

    def _title(self) -> str:
        return self.tr("{list} {year}").format(list=self.kind.currentText(), year=self.year.value())

    def _columns(self) -> list[Column[Candidate]]:
        return [
            Column(self.tr("Staff no."), lambda c: c.staff_no),
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Unit"), lambda c: c.unit_name),
            Column(self.tr("Category"), lambda c: label(c.category)),
            number_column(self.tr("Months counted"), lambda c: c.months, count),
            number_column(self.tr("Excellent"), lambda c: c.excellent, count),
            number_column(self.tr("Fail"), lambda c: c.fails, count),
            number_column(self.tr("Basic pass or fail"), lambda c: c.weak, count),
            Column(self.tr("Why listed"), lambda c: self.tr("; ").join(c.reasons)),
        ]

    def _changed(self, area: str) -> None:
        if area in ("decisions", "scoring", "people", "units"):
            self._shown_for = None
            if self.isVisible():
                self.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.request()

    def request(self) -> None:
        chosen = (self.year.value(), CandidateKind(self.kind.currentData()))
        if not self.isVisible() or chosen == self._shown_for:
            return
        self._shown_for = chosen
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Counting the year's grades…"))
        workspace, user, today = self.ctx.workspace, self.ctx.user, self.ctx.today
        year, kind = chosen

        def work() -> CandidateList:
            # Off the GUI thread: the workspace opens this thread's own session.
            return workspace.read(candidates, user, year, kind, today)

        run_in_background(
            self,
            work,
            lambda result: self._done(generation, result),
            lambda exc: self._failed(generation, exc),
        )

    def _done(self, generation: int, result: CandidateList) -> None:
        if generation != self._generation:
            return  # a newer question is on its way
        self.result = result
        self.model.set_rows(result.people)
        s = result.settings
        rule = (
            self.tr("Listed: at least {n} excellent months and no fail in the year.").format(
                n=s.commend_excellent
            )
            if result.kind is CandidateKind.COMMENDATION and not s.commend_fails
            else self.tr(
                "Listed: at least {n} excellent months and at most {f} fails in the year."
            ).format(n=s.commend_excellent, f=s.commend_fails)
            if result.kind is CandidateKind.COMMENDATION
            else self.tr(
                "Listed: at least {n} months basic pass or fail in the year, or at least "
                "{y} full years in the same squad by {day}."
            ).format(n=s.rotate_weak, y=s.rotate_years, day=result.reference_day.isoformat())
            if s.rotate_years
            else self.tr("Listed: at least {n} months basic pass or fail in the year.").format(
                n=s.rotate_weak
            )
        )
        self.summary.setText(
            self.tr("{n} people. {rule} {months}").format(
                n=len(result.people), rule=rule, months=result.counting_note()
            )
        )

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._shown_for = None
        self.summary.setText(self.tr("Could not draw up the list: {error}").format(error=exc))
