"""A person's profile: details and their records across the three domains."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.labels import label
from console.core.profile import Profile, build_profile
from console.core.star_levels.history import star_history
from console.ui.context import AppContext
from console.ui.dialogs.grade_history import GradeHistoryView
from console.ui.pages.integrity_warnings import level_colour, local_day
from widgets.screen_fit import fit_to_screen
from widgets.table_model import Column, RowTableModel
from widgets.table_view import make_table_view

RIGHT = Qt.AlignmentFlag.AlignRight


def _d(value: Any) -> str:
    return value.isoformat() if value else ""


def _num(value: Decimal) -> str:
    """7 not 7.00, 0.5 not 0.50: quantities and points as a person would write them."""
    return f"{value.normalize():f}" if value == value.to_integral() else f"{value:.2f}".rstrip("0")


EXPIRY_WARNING_DAYS = 90


def _expiry_colour(expires: date | None, today: date) -> str | None:
    if expires is None:
        return None
    if expires < today:
        return "#b3261e"  # expired
    if (expires - today).days <= EXPIRY_WARNING_DAYS:
        return "#b26a00"  # due for renewal
    return None


def make_table(columns: Sequence[Column[Any]], rows: Sequence[Any]) -> QTableView:
    model: RowTableModel[Any] = RowTableModel(columns)
    model.set_rows(rows)
    view = make_table_view(model)
    model.setParent(view)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ProfileDialog(QDialog):
    def __init__(self, ctx: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile = ctx.read(build_profile, ctx.user, person_id, ctx.period)
        p = self.profile.person
        self.setWindowTitle(self.tr("Profile: {name}").format(name=p.name))
        fit_to_screen(self, 980, 680)
        layout = QVBoxLayout(self)
        heading = QLabel(f"{p.name}　{p.staff_no}")
        heading.setObjectName("DialogHeading")
        layout.addWidget(heading)
        details = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Unit"), QLabel(self.profile.unit_path))
        left.addRow(self.tr("Category"), QLabel(label(p.category)))
        left.addRow(self.tr("Position"), QLabel(p.position or ""))
        left.addRow(self.tr("Status"), QLabel(label(p.status)))
        right.addRow(self.tr("Gender"), QLabel(label(p.gender)))
        right.addRow(self.tr("Birth date"), QLabel(_d(p.birth_date)))
        right.addRow(self.tr("Hire date"), QLabel(_d(p.hire_date)))
        right.addRow(
            self.tr("Legal qualification"),
            QLabel(self.tr("Yes") if p.legal_qualification else self.tr("No")),
        )
        right.addRow(self.tr("Phone"), QLabel(p.phone or ""))
        if p.left_date:
            left.addRow(self.tr("Since"), QLabel(_d(p.left_date)))
        details.addLayout(left)
        details.addLayout(right)
        layout.addLayout(details)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._performance_tab(), self.tr("Performance"))
        self.tabs.addTab(self._integrity_tab(), self.tr("Integrity"))
        self.tabs.addTab(self._training_tab(), self.tr("Training"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _section(self, title: str, widget: QWidget, box: QSplitter) -> None:
        """A titled part of a tab; the parts share the height and can be dragged."""
        part = QWidget()
        inner = QVBoxLayout(part)
        inner.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setObjectName("SectionTitle")
        inner.addWidget(heading)
        inner.addWidget(widget, 1)
        box.addWidget(part)

    def _performance_tab(self) -> QWidget:
        pr: Profile = self.profile
        tab = box = QSplitter(Qt.Orientation.Vertical)
        box.setChildrenCollapsible(False)
        months = make_table(
            [
                Column(self.tr("Month"), lambda m: str(m.month)),
                Column(self.tr("Base score"), lambda m: _num(m.base), align=RIGHT),
                Column(self.tr("Awards"), lambda m: f"{m.awards:+.2f}", align=RIGHT),
                Column(self.tr("Deductions"), lambda m: f"{m.deductions:.2f}", align=RIGHT),
                Column(self.tr("Total"), lambda m: f"{m.total:.2f}", align=RIGHT),
            ],
            list(reversed(pr.months)),
        )
        self._section(self.tr("Monthly totals, last 12 months"), months, box)
        entries = make_table(
            [
                Column(self.tr("Date"), lambda e: _d(e.event_date)),
                Column(self.tr("Rule"), lambda e: e.rule_code),
                Column(self.tr("Quantity"), lambda e: _num(e.quantity), align=RIGHT),
                Column(self.tr("Points"), lambda e: f"{e.points:+.2f}", align=RIGHT),
                Column(self.tr("Status"), lambda e: label(e.status)),
                Column(self.tr("Rule text"), lambda e: e.rule_text),
                Column(self.tr("Note"), lambda e: e.note or ""),
            ],
            pr.points,
        )
        self._section(self.tr("Point entries"), entries, box)
        self._section(self.tr("Grades by year"), GradeHistoryView(self.ctx, pr.person.id), box)
        return tab

    def _integrity_tab(self) -> QWidget:
        pr = self.profile
        tab = box = QSplitter(Qt.Orientation.Vertical)
        box.setChildrenCollapsible(False)
        findings = make_table(
            [
                Column(self.tr("Date"), lambda f: _d(f.found_date)),
                Column(self.tr("Topic"), lambda f: f.topic),
                Column(self.tr("Severity"), lambda f: label(f.severity)),
                Column(self.tr("Status"), lambda f: label(f.status)),
                Column(self.tr("Deadline"), lambda f: _d(f.deadline)),
                Column(self.tr("Description"), lambda f: f.description),
            ],
            pr.findings,
        )
        self._section(self.tr("Findings"), findings, box)
        complaints = make_table(
            [
                Column(self.tr("Received"), lambda c: _d(c.received_date)),
                Column(self.tr("Outcome"), lambda c: label(c.outcome)),
                Column(self.tr("Substance"), lambda c: c.substance),
            ],
            pr.complaints,
        )
        self._section(self.tr("Complaints"), complaints, box)
        talks = make_table(
            [
                Column(self.tr("Date"), lambda t: _d(t.talk_date)),
                Column(self.tr("Kind"), lambda t: label(t.kind)),
                Column(self.tr("Talked with by"), lambda t: t.talker),
                Column(self.tr("Notes"), lambda t: t.notes or ""),
            ],
            pr.talks,
        )
        self._section(self.tr("Integrity talks"), talks, box)
        warnings = make_table(
            [
                Column(self.tr("Raised"), lambda w: local_day(w.fired_at)),
                Column(self.tr("Warning"), lambda w: w.rule_title),
                Column(
                    self.tr("Level"),
                    lambda w: label(w.level),
                    colour=lambda w: level_colour(w.level),
                ),
                Column(self.tr("Status"), lambda w: label(w.status)),
                Column(self.tr("Grounds"), lambda w: w.summary, tooltip=lambda w: w.summary),
            ],
            pr.warnings,
        )
        self._section(self.tr("Early warnings"), warnings, box)
        years = ", ".join(str(y) for y in pr.pledge_years) or self.tr("none")
        box.addWidget(QLabel(self.tr("Integrity pledges signed: {years}").format(years=years)))
        box.setStretchFactor(box.count() - 1, 0)
        return tab

    def _training_tab(self) -> QWidget:
        pr = self.profile
        tab = box = QSplitter(Qt.Orientation.Vertical)
        box.setChildrenCollapsible(False)
        box.addWidget(
            QLabel(
                self.tr("Hours credited in {year}: {hours:.1f}").format(
                    year=self.ctx.period.year, hours=pr.training_hours_year
                )
            )
        )
        box.setStretchFactor(0, 0)
        training = make_table(
            [
                Column(self.tr("Date"), lambda t: _d(t.session_date)),
                Column(self.tr("Training category"), lambda t: label(t.category)),
                Column(self.tr("Attendance"), lambda t: label(t.status)),
                Column(self.tr("Hours"), lambda t: f"{t.hours:g}", align=RIGHT),
                Column(self.tr("Session"), lambda t: t.title),
            ],
            pr.training,
        )
        self._section(self.tr("Training sessions this year"), training, box)
        exams = make_table(
            [
                Column(self.tr("Date"), lambda e: _d(e.exam_date)),
                Column(self.tr("Score"), lambda e: f"{e.score:g}", align=RIGHT),
                Column(
                    self.tr("Result"), lambda e: self.tr("Pass") if e.passed else self.tr("Fail")
                ),
                Column(self.tr("Exam"), lambda e: e.title),
            ],
            pr.exams,
        )
        self._section(self.tr("Exams"), exams, box)
        certs = make_table(
            [
                Column(self.tr("Certificate"), lambda c: label(c.kind)),
                Column(self.tr("Number"), lambda c: c.number),
                Column(self.tr("Issued"), lambda c: _d(c.issued)),
                Column(
                    self.tr("Expires"),
                    lambda c: _d(c.expires),
                    colour=lambda c: _expiry_colour(c.expires, self.ctx.today),
                    tooltip=lambda c: self._expiry_note(c.expires),
                ),
            ],
            pr.certificates,
        )
        self._section(self.tr("Certificates"), certs, box)
        return tab

    def _expiry_note(self, expires: date | None) -> str | None:
        if expires is None:
            return None
        if expires < self.ctx.today:
            return self.tr("Expired")
        if (expires - self.ctx.today).days <= EXPIRY_WARNING_DAYS:
            return self.tr("Expires within 90 days")
        return None

    def _star_levels_section(self, box: QSplitter) -> None:
        """Star levels (星级), for auxiliary and assistant staff: the level held now with
        its pay tier, then each starting level and confirmed review, newest first."""
        history = self.ctx.read(star_history, self.ctx.user, self.profile.person.id)
        if not history.applies:
            return
        steps = make_table(
            [
                Column(self.tr("From year"), lambda t: str(t.effective_year)),
                Column(
                    self.tr("Decided by"),
                    lambda t: (
                        self.tr("Starting level")
                        if t.starting
                        else self.tr("Review of {year}").format(year=t.review_year)
                    ),
                ),
                Column(
                    self.tr("Level"),
                    lambda t: (
                        str(t.level)
                        if t.previous_level is None
                        else f"{t.previous_level} → {t.level}"
                    ),
                    align=RIGHT,
                ),
                Column(self.tr("Reason"), lambda t: t.reason),
                Column(self.tr("Confirmed by"), lambda t: t.confirmed_by),
            ],
            history.steps,
        )
        if history.level is None:
            title = self.tr("Star level: none confirmed yet")
        else:
            title = self.tr("Star level: {level} stars from {year}, pay tier {pay}").format(
                level=history.level, year=history.effective_year, pay=history.pay
            )
        self._section(title, steps, box)

    def _history_tab(self) -> QWidget:
        tab = box = QSplitter(Qt.Orientation.Vertical)
        box.setChildrenCollapsible(False)
        transfers = make_table(
            [
                Column(self.tr("Date"), lambda t: _d(t.transfer_date)),
                Column(self.tr("From"), lambda t: t.from_unit),
                Column(self.tr("To"), lambda t: t.to_unit),
                Column(self.tr("Reason"), lambda t: t.reason or ""),
            ],
            self.profile.transfers,
        )
        self._section(self.tr("Transfers"), transfers, box)
        self._star_levels_section(box)
        note = self.profile.person.note
        if note:
            self._section(self.tr("Notes"), QLabel(note), box)
        return tab
