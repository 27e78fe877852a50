"""The Integrity page's record tabs: what they share, and the findings tab with the
rectification loop.

Each tab loads its rows through the core services when shown (and after a change), keeps
them in a filterable table, and offers the actions its records allow — enabled by the
record's state and hidden from those who may only read. A double-click opens the person's
profile (or, for a record without a person, the record itself).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.errors import DuchaError
from console.core.integrity.access import can_keep_records
from console.core.integrity.findings import FindingRow, list_findings
from console.core.integrity.inspections import InspectionRow
from console.core.integrity.rectification import (
    ASSIGN,
    DEDUCT,
    EDIT,
    RECTIFY,
    SEND_BACK,
    VERIFY,
    VOID,
    allowed_actions,
    book_deduction,
    void_finding,
)
from console.core.labels import choices, label
from console.core.people import PersonRow
from console.core.policy import OWED_FINDING
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.dialogs.finding import FindingDialog, FindingStepDialog
from console.ui.dialogs.profile import ProfileDialog
from console.ui.dialogs.reason import ReasonDialog
from console.ui.errors import FAILED, attempt, show_error
from console.ui.tables import make_table
from glossary import FindingStatus, Severity
from widgets.table_model import Column, RowFilterProxy, RowTableModel
from widgets.table_view import select_where

AREA = "integrity"  # what ctx.data_changed announces after a change here
OVERDUE_COLOUR = "#b3261e"
DUE_SOON_COLOUR = "#b26a00"
DUE_SOON_DAYS = 3
SEVERITY_ORDER = {member: i for i, member in enumerate(Severity)}  # minor < serious < grave


def iso(value: date | None) -> str:
    return value.isoformat() if value else ""


@dataclass
class Lookups:
    """What the dialogs choose from, read once per page reload."""

    people: list[PersonRow] = field(default_factory=list)  # active, in the user's scope
    units: list[UnitRow] = field(default_factory=list)
    inspections: list[InspectionRow] = field(default_factory=list)  # the recent ones


class RecordTab(QWidget):
    """A search box and extra filters, a table, a row of action buttons and a detail line.

    Subclasses give the columns, load the rows (``load``) and add their buttons with
    ``add_action``; ``on_activated`` handles a double-click.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, lookups: Lookups, widths: Sequence[int] = ()) -> None:
        super().__init__()
        self.ctx = ctx
        self.lookups = lookups
        self.can_write = can_keep_records(ctx.user)
        self.stale = True
        # Set when a dialog's work met a change made on another desktop: the table is
        # reloaded when the dialog closes, so the user sees the record as it is now.
        self.conflicted = False
        self._actions: list[tuple[QPushButton, Callable[[Any], bool]]] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("RecordTab", "Search…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("Hint")
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 3)

        self.model: RowTableModel[Any] = RowTableModel(self.columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(
            lambda shown, total: self.count.setText(
                QCoreApplication.translate("RecordTab", "{shown} of {total}").format(
                    shown=shown, total=total
                )
            )
        )
        self.table = make_table(
            self.proxy, self.table_name(), self.table_title, widths, search=self.search
        )
        self.table.doubleClicked.connect(lambda _i: self._activated())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())
        self.search.textChanged.connect(self.proxy.set_search)

        self.buttons = QHBoxLayout()
        self.detail = QLabel("")
        self.detail.setObjectName("Hint")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(self.buttons)

    # --- for subclasses ---------------------------------------------------------------
    def table_name(self) -> str:
        """The key the table's columns are remembered under: stable, one per kind of tab."""
        return type(self).__name__

    def table_title(self) -> str:
        """What an export is about: the tab's own title as the user sees it."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if isinstance(parent, QTabWidget):
            index = parent.indexOf(self)
            if index >= 0:
                return parent.tabText(index).replace("&", "")
        return self.window().windowTitle()

    def columns(self) -> list[Column[Any]]:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

    def load(self) -> list[Any]:  # pragma: no cover
        """The rows, read through ``self.ctx.read``."""
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return ""

    def on_activated(self, row: Any) -> None:
        person_id = getattr(row, "person_id", None)
        if person_id is not None:
            self.open_profile(person_id)

    def add_action(
        self,
        text: str,
        slot: Callable[[], None],
        enabled: Callable[[Any], bool] | None = None,
        write: bool = True,
    ) -> QPushButton:
        """A button; ``enabled(row)`` decides for the selected row (None: always on)."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        if write and not self.can_write:
            button.hide()
        self.buttons.addWidget(button)
        if enabled is not None:
            self._actions.append((button, enabled))
        if not (write and not self.can_write):
            # The same action in the table's right-click menu, for the row clicked on.
            check = enabled
            self.table.add_row_action(
                text.replace("&", ""),
                lambda _rows: slot(),
                (lambda rows: check(rows[0])) if check is not None else None,
            )
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.count)
        self.selection_changed()

    # --- behaviour --------------------------------------------------------------------
    def current(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def selection_changed(self) -> None:
        row = self.current()
        for button, enabled in self._actions:
            button.setEnabled(row is not None and enabled(row))
        self.detail.setText(self.describe(row) if row is not None else "")

    def reload(self) -> None:
        selected = self.current()
        rows = self.load()
        self.stale = False
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.id)
        self.selection_changed()

    def select(self, record_id: int) -> None:
        select_where(self.table, lambda r: getattr(r, "id", None) == record_id)
        self.selection_changed()

    def _activated(self) -> None:
        row = self.current()
        if row is not None:
            self.on_activated(row)

    def open_profile(self, person_id: int) -> None:
        try:
            ProfileDialog(self.ctx, person_id, self).exec()
        except DuchaError as exc:
            show_error(self, exc)

    def after(self, dialog: QDialog) -> None:
        """Run a record dialog; after a save, reload and keep the record selected. After
        a conflict (the record changed on another desktop), reload to show it as it is."""
        self.conflicted = False
        if dialog.exec():
            saved = getattr(dialog, "saved", None)
            self.changed.emit()
            self.reload()
            if saved is not None and hasattr(saved, "id"):
                self.select(saved.id)
        elif self.conflicted or getattr(dialog, "conflicted", False):
            self.conflicted = False
            self.reload()

    def noting_conflict(self, action: Callable[[str], Any]) -> Callable[[str], Any]:
        """``action`` (a reason dialog's work), remembering a conflict for ``after``."""

        def run(text: str) -> Any:
            try:
                return action(text)
            except Conflict:
                self.conflicted = True
                raise

        return run

    def run(self, work: Callable[[], Any], notice: str = "") -> None:
        """A one-click action (no dialog): ``work`` is one ``self.ctx.run`` call; a refusal
        or a conflict is shown in a message box, and the table shows the records as
        they are now."""
        if attempt(self, work) is FAILED:
            self.reload()
            return
        if notice:
            self.ctx.notice.emit(notice)
        self.changed.emit()
        self.reload()


# --- Findings ---------------------------------------------------------------------------

THIS_MONTH, THIS_YEAR, ALL_OPEN, EVERYTHING = "month", "year", "open", "all"
OVERDUE = "overdue"


class FindingsTab(RecordTab):
    """Findings with the rectification loop: assign, rectify, verify or send back."""

    def __init__(self, ctx: AppContext, lookups: Lookups) -> None:
        super().__init__(ctx, lookups, (86, 150, 70, 110, 70, 70, 86, 70))
        self.search.setPlaceholderText(self.tr("Search unit, person, topic, description…"))
        self.scope = QComboBox()
        # Opens on what still needs doing: early in a month "found this month" is empty and
        # would hide the overdue findings of earlier months.
        self.scope.addItem(self.tr("Open and overdue"), ALL_OPEN)
        self.scope.addItem(self.tr("Found this month"), THIS_MONTH)
        self.scope.addItem(self.tr("Found this year"), THIS_YEAR)
        self.scope.addItem(self.tr("All findings"), EVERYTHING)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Overdue"), OVERDUE)
        for member, text in choices(FindingStatus):
            self.status.addItem(text, member)
        self.severity = QComboBox()
        self.severity.addItem(self.tr("All severities"), None)
        for member, text in choices(Severity):
            self.severity.addItem(text, member)
        self.filters.insertWidget(0, self.scope, 1)
        self.filters.addWidget(self.status, 1)
        self.filters.addWidget(self.severity, 1)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.severity.currentIndexChanged.connect(lambda _i: self._apply_filters())

        def can(action: str) -> Callable[[Any], bool]:
            return lambda f: action in allowed_actions(f)

        self.add_button = self.add_action(self.tr("Add…"), self.add)
        self.edit_button = self.add_action(self.tr("Edit…"), self.edit, can(EDIT))
        self.assign_button = self.add_action(
            self.tr("Assign…"), lambda: self.step(ASSIGN), can(ASSIGN)
        )
        self.rectify_button = self.add_action(
            self.tr("Rectified…"), lambda: self.step(RECTIFY), can(RECTIFY)
        )
        self.verify_button = self.add_action(
            self.tr("Verify…"), lambda: self.step(VERIFY), can(VERIFY)
        )
        self.send_back_button = self.add_action(
            self.tr("Send back…"), lambda: self.step(SEND_BACK), can(SEND_BACK)
        )
        self.deduct_button = self.add_action(self.tr("Book deduction"), self.deduct, can(DEDUCT))
        self.void_button = self.add_action(self.tr("Void…"), self.void, can(VOID))
        self.profile_button = self.add_action(
            self.tr("Profile"), self._profile, lambda f: f.person_id is not None, write=False
        )
        self.finish_buttons()

    def columns(self) -> list[Column[FindingRow]]:
        today = self.ctx.today

        def colour(f: FindingRow) -> str | None:
            if f.overdue_on(today):
                return OVERDUE_COLOUR
            if f.status == FindingStatus.VOID:
                return "#8a8f98"
            return None

        def deadline_colour(f: FindingRow) -> str | None:
            if f.overdue_on(today):
                return OVERDUE_COLOUR
            if (
                f.deadline is not None
                and f.status in OWED_FINDING
                and (f.deadline - today).days <= DUE_SOON_DAYS
            ):
                return DUE_SOON_COLOUR
            return colour(f)

        def deadline_tip(f: FindingRow) -> str | None:
            if f.overdue_on(today) and f.deadline is not None:
                return self.tr("Overdue by {n} days").format(n=(today - f.deadline).days)
            return None

        def points(f: FindingRow) -> str:
            if f.point_event_id is None or f.event_points is None:
                return ""
            text = f"{f.rule_code} {f.event_points:+.2f}".rstrip("0").rstrip(".")
            return text if f.has_live_deduction else f"({text} {label(f.event_status)})"

        return [
            Column(self.tr("Found"), lambda f: iso(f.found_date), colour=colour, searchable=False),
            Column(self.tr("Unit"), lambda f: f.unit_name, colour=colour),
            Column(self.tr("Person"), lambda f: f.person_name, colour=colour),
            Column(self.tr("Topic"), lambda f: f.topic, colour=colour),
            Column(
                self.tr("Severity"),
                lambda f: label(f.severity),
                sort_key=lambda f: SEVERITY_ORDER[f.severity],
                colour=colour,
            ),
            Column(self.tr("Status"), lambda f: label(f.status), colour=colour),
            Column(
                self.tr("Deadline"),
                lambda f: iso(f.deadline),
                sort_key=lambda f: f.deadline or date.max,
                colour=deadline_colour,
                tooltip=deadline_tip,
                searchable=False,
            ),
            Column(self.tr("Deduction"), points, colour=colour, searchable=False),
            Column(
                self.tr("Description"),
                lambda f: f.description,
                colour=colour,
                tooltip=lambda f: f.description,
            ),
        ]

    def load(self) -> list[FindingRow]:
        month = self.ctx.period
        mode = self.scope.currentData()
        date_from = date_to = None
        if mode == THIS_MONTH:
            date_from, date_to = month.first_day, month.last_day
        elif mode == THIS_YEAR:
            date_from, date_to = date(month.year, 1, 1), date(month.year, 12, 31)
        open_only = mode == ALL_OPEN
        return self.ctx.read(list_findings, self.ctx.user, date_from, date_to, open_only)

    def _apply_filters(self) -> None:
        status = self.status.currentData()
        today = self.ctx.today
        if status is None:
            self.proxy.set_predicate("status", None)
        elif status == OVERDUE:
            self.proxy.set_predicate("status", lambda f: f.overdue_on(today))
        else:
            self.proxy.set_predicate("status", lambda f: f.status == status)
        severity = self.severity.currentData()
        self.proxy.set_predicate(
            "severity", None if severity is None else (lambda f: f.severity == severity)
        )

    def describe(self, f: FindingRow) -> str:
        parts = []
        if f.inspection_title:
            parts.append(self.tr("Inspection: {title}").format(title=f.inspection_title))
        if f.assigned_date:
            parts.append(self.tr("assigned {date}").format(date=f.assigned_date))
        if f.rectified_date:
            parts.append(
                self.tr("rectified {date}: {text}").format(
                    date=f.rectified_date, text=f.rectification or ""
                )
            )
        if f.status == FindingStatus.SENT_BACK and f.review_note:
            parts.append(self.tr("sent back: {reason}").format(reason=f.review_note))
        if f.verified_date:
            parts.append(self.tr("verified {date}").format(date=f.verified_date))
        if f.void_reason:
            parts.append(self.tr("void: {reason}").format(reason=f.void_reason))
        return " · ".join(parts)

    def on_activated(self, row: FindingRow) -> None:
        if row.person_id is not None:
            self.open_profile(row.person_id)
        elif EDIT in allowed_actions(row) and self.can_write:
            self.edit()

    # --- actions ----------------------------------------------------------------------
    def _dialog(self, finding: FindingRow | None = None) -> FindingDialog:
        lk = self.lookups
        return FindingDialog(self.ctx, lk.people, lk.units, lk.inspections, finding, parent=self)

    def add(self) -> None:
        self.after(self._dialog())

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            self.after(self._dialog(row))

    def step(self, step: str) -> None:
        row = self.current()
        if row is not None:
            self.after(FindingStepDialog(self.ctx, row, step, self))

    def deduct(self) -> None:
        row = self.current()
        if row is None:
            return
        user, today = self.ctx.user, self.ctx.today
        self.run(
            # The status seen: a finding voided (or booked) on another desktop is reported.
            lambda: self.ctx.run(book_deduction, user, row.id, today, seen=row.status),
            self.tr("Deduction booked for the finding"),
        )

    def void(self) -> None:
        row = self.current()
        if row is None:
            return
        user = self.ctx.user
        dialog = ReasonDialog(
            self.ctx,
            self.tr("Void finding"),
            self.tr(
                "Void this finding? It stays on record as void and counts nowhere; its "
                "deduction, if any, is voided with the same reason."
            ),
            self.noting_conflict(
                lambda reason: self.ctx.run(void_finding, user, row.id, reason, seen=row.status)
            ),
            self.tr("Void"),
            self,
        )
        self.after(dialog)

    def _profile(self) -> None:
        row = self.current()
        if row is not None and row.person_id is not None:
            self.open_profile(row.person_id)
