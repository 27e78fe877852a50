"""The Performance page's ledger tabs: entries awaiting approval, and the month's entries
(积分记录) with the New entry dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.labels import choices, label
from console.core.scoring.dashboard import EntryDetail
from console.core.scoring.entries import decide_entries, void_entry
from console.core.scoring.events import EventRow, summarise
from console.core.scoring.locking import LockState
from console.ui.context import AppContext
from console.ui.dialogs.entry import EntryDialog
from console.ui.dialogs.reason import ReasonDialog
from console.ui.errors import FAILED, attempt
from console.ui.scoring_format import (
    PENDING_COLOUR,
    SIGNED,
    plain,
    points_colour,
    rule_tooltip,
    signed,
    status_colour,
)
from console.ui.tables import make_table
from glossary import EventStatus, Role
from widgets.table_model import Column, RowFilterProxy, RowTableModel, number_column

RIGHT = Qt.AlignmentFlag.AlignRight


def _hint(text: str = "") -> QLabel:
    hint = QLabel(text)
    hint.setObjectName("Hint")
    hint.setWordWrap(True)
    return hint


def _who(row: EventRow) -> str:
    return f"{row.person_name}（{row.staff_no}）" if row.person_id else row.unit_name


# --- Approvals -------------------------------------------------------------------------


class ApprovalsTab(QWidget):
    """Pending entries of any month; supervisors approve or reject them, several at once."""

    changed = Signal()
    entries_requested = Signal(int)  # person id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deciding = ctx.user.role in (Role.ADMIN, Role.SUPERVISOR)
        self.model: RowTableModel[EntryDetail] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy,
            "approvals",
            self.tr("Entries awaiting approval"),
            (90, 70, 70, 170, 60, 260, 50, 60, 80, 140, 110),
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self._request_entries())

        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.clear_button = QPushButton(self.tr("Return entries of finalised months…"))
        self.clear_button.clicked.connect(self.clear_finalised)
        self.table.mirror_buttons(self.approve_button, self.reject_button)
        for button in (self.approve_button, self.reject_button, self.clear_button):
            button.setVisible(self.deciding)
        # Said whenever the queue holds entries nobody can approve any more.
        self.finalised_note = _hint()
        self.finalised_note.setVisible(False)
        self.count = _hint()
        self.count.setWordWrap(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        layout = QVBoxLayout(self)
        if self.deciding:
            text = self.tr(
                "Entries under rules that need approval, and everything a squad leader "
                "records, count once approved. Select several rows to decide on them at once; "
                "an entry is approved by someone other than its recorder."
            )
        else:
            text = self.tr("These entries count once a supervisor approves them.")
        layout.addWidget(_hint(text))
        layout.addWidget(self.finalised_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _columns(self) -> list[Column[EntryDetail]]:
        return [
            Column(
                self.tr("Date"),
                lambda e: e.event_date.isoformat(),
                searchable=False,
                colour=lambda e: PENDING_COLOUR if e.in_finalised_month else None,
                tooltip=lambda e: self._finalised_text(1) if e.in_finalised_month else None,
            ),
            Column(self.tr("Staff no."), lambda e: e.staff_no),
            Column(self.tr("Name"), lambda e: e.person_name),
            Column(self.tr("Unit"), lambda e: e.unit_name),
            Column(self.tr("Rule"), lambda e: e.rule_code),
            Column(self.tr("Rule text"), lambda e: e.rule_text, tooltip=rule_tooltip),
            Column(self.tr("Qty"), lambda e: plain(e.quantity), lambda e: e.quantity, RIGHT),
            number_column(self.tr("Points"), lambda e: e.points, SIGNED, points_colour),
            Column(self.tr("Recorded by"), lambda e: e.recorded_by),
            Column(self.tr("Note"), lambda e: e.note or "", tooltip=lambda e: e.evidence),
            Column(
                self.tr("Finalised month"),
                lambda e: self.tr("Finalised: return it") if e.in_finalised_month else "",
                colour=lambda e: PENDING_COLOUR if e.in_finalised_month else None,
            ),
        ]

    def _finalised_text(self, n: int) -> str:
        return self.tr(
            "%n entries are dated in a finalised month. They do not count in its results and "
            "cannot be approved unless an administrator reopens the month; return them to "
            "clear the queue.",
            "",
            n,
        )

    def show_pending(self, rows: list[EntryDetail]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} entries await a decision").format(n=len(rows)))
        stale = sum(1 for r in rows if r.in_finalised_month)
        self.finalised_note.setText(self._finalised_text(stale) if stale else "")
        self.finalised_note.setVisible(stale > 0)
        self.clear_button.setEnabled(self.deciding and stale > 0)
        self._update_buttons()

    def selected(self) -> list[EntryDetail]:
        return [self.proxy.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def select_all(self) -> None:
        self.table.selectAll()

    def _update_buttons(self) -> None:
        n = len(self.selected())
        self.approve_button.setEnabled(self.deciding and n > 0)
        self.reject_button.setEnabled(self.deciding and n > 0)

    def _request_entries(self) -> None:
        rows = self.selected()
        if len(rows) == 1 and rows[0].person_id is not None:
            self.entries_requested.emit(rows[0].person_id)

    def approve_selected(self) -> None:
        self.approve_rows(self.selected())

    def reject_selected(self) -> None:
        self.return_rows(self.selected())

    def clear_finalised(self) -> None:
        """Return every pending entry of a finalised month, so that the queue empties."""
        rows = [r for r in self.model.rows() if r.in_finalised_month]
        self.return_rows(rows)

    def approve_rows(self, rows: list[EntryDetail]) -> None:
        """Approve these entries together (all or nothing): the buttons and the table's
        context menu both come here with the selected rows."""
        if not rows:
            return
        seen = {r.id: r.row_version for r in rows}
        done = attempt(
            self, lambda: self.ctx.run(decide_entries, self.ctx.user, seen, EventStatus.APPROVED)
        )
        # Whatever happened, the list shows what the entries are now (some may have been
        # decided on another desktop meanwhile).
        self.changed.emit()
        if done is not FAILED:
            self.ctx.notice.emit(self.tr("Approved {n} entries").format(n=len(done)))

    def return_rows(self, rows: list[EntryDetail]) -> None:
        """Return (reject) these entries together with one reason, all or nothing."""
        if not rows:
            return
        seen = {r.id: r.row_version for r in rows}
        decided: list[list[int]] = []

        def reject_all(reason: str) -> None:
            # One call for all: an empty reason is refused before any entry is touched,
            # and the dialog stays open to give one.
            decided.append(
                self.ctx.run(decide_entries, self.ctx.user, seen, EventStatus.REJECTED, reason)
            )

        if len(rows) == 1:
            text = self.tr("Reject {rule} of {date} for {who}?").format(
                rule=rows[0].rule_code, date=rows[0].event_date.isoformat(), who=_who(rows[0])
            )
        else:
            text = self.tr("Reject the {n} selected entries?").format(n=len(rows))
        dialog = ReasonDialog(
            self.ctx, self.tr("Reject entries"), text, reject_all, self.tr("Reject"), self
        )
        accepted = dialog.exec()
        self.changed.emit()
        if accepted and decided:
            self.ctx.notice.emit(self.tr("Rejected {n} entries").format(n=len(decided[0])))


# --- Entries ---------------------------------------------------------------------------


class EntriesTab(QWidget):
    """The month's ledger in every status; "New entry…" for those who may record."""

    changed = Signal()
    entries_requested = Signal(int)  # person id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search staff number, name, unit, rule…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for member, text in choices(EventStatus):
            self.status.addItem(text, member)
        self.new_button = QPushButton(self.tr("New entry…"))
        self.new_button.clicked.connect(self.new_entry)
        self.new_button.setVisible(ctx.can_write)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.import_button.setVisible(ctx.can_write)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.import_button)

        self.model: RowTableModel[EventRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(self._show_count)
        self.table = make_table(
            self.proxy,
            "entries",
            self.tr("Point entries"),
            (90, 70, 70, 170, 60, 260, 50, 60, 80, 100),
            search=self.search,
        )
        self.table.doubleClicked.connect(lambda _i: self._request_entries())
        self.locked = False
        self.table.add_row_action(
            self.tr("Entries of this person…"),
            lambda _rows: self._request_entries(),
            lambda rows: rows[0].person_id is not None,
        )
        if ctx.user.role in (Role.ADMIN, Role.SUPERVISOR):
            self.table.add_row_action(
                self.tr("Void…"),
                lambda rows: self.void(rows[0]),
                lambda rows: (
                    not self.locked
                    and rows[0].status in (EventStatus.PENDING, EventStatus.APPROVED)
                ),
            )
        self.summary = _hint()
        self.lock_note = _hint()
        self.count = _hint()
        self.count.setWordWrap(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.count)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.lock_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.proxy.set_search)
        self.status.currentIndexChanged.connect(lambda _i: self._apply_status())

    def _columns(self) -> list[Column[EventRow]]:
        return [
            Column(self.tr("Date"), lambda e: e.event_date.isoformat(), searchable=False),
            Column(self.tr("Staff no."), lambda e: e.staff_no),
            Column(self.tr("Name"), lambda e: e.person_name),
            Column(self.tr("Unit"), lambda e: e.unit_name),
            Column(self.tr("Rule"), lambda e: e.rule_code),
            Column(self.tr("Rule text"), lambda e: e.rule_text, tooltip=rule_tooltip),
            Column(
                self.tr("Qty"),
                lambda e: plain(e.quantity),
                sort_key=lambda e: e.quantity,
                align=RIGHT,
                searchable=False,
            ),
            number_column(self.tr("Points"), lambda e: e.points, SIGNED, points_colour),
            Column(self.tr("Status"), lambda e: label(e.status), colour=status_colour),
            Column(self.tr("Source"), lambda e: label(e.source)),
            Column(self.tr("Recorded by"), lambda e: e.recorded_by),
        ]

    def show_events(self, events: list[EventRow], state: LockState) -> None:
        s = summarise(events)
        self.summary.setText(
            self.tr(
                "{n} entries in {month}; approved awards {awards}, approved deductions "
                "{deductions} (before the monthly caps); {pending} awaiting approval."
            ).format(
                n=f"{s.entries:,}",
                month=state.month,
                awards=SIGNED.text(s.awards),  # as in the Points column
                deductions=SIGNED.text(s.deductions),
                pending=s.pending,
            )
        )
        self.lock_note.setText(
            self.tr(
                "{month} is finalised: entries dated in it are refused until an "
                "administrator reopens it."
            ).format(month=state.month)
            if state.locked
            else ""
        )
        self.lock_note.setVisible(state.locked)
        self.locked = state.locked
        self.model.set_rows(events)

    def void(self, entry: EventRow) -> None:
        """作废 from the ledger's right-click menu, as in the person's entries dialog."""
        text = self.tr(
            "Void {rule} of {name} on {date} ({points} points)? The entry stays on record "
            "as void, with your reason, and no longer counts."
        ).format(
            rule=entry.rule_code,
            name=entry.person_name or entry.unit_name,
            date=entry.event_date.isoformat(),
            points=signed(entry.points),
        )
        dialog = ReasonDialog(
            self.ctx,
            self.tr("Void entry"),
            text,
            # The status shown: decided on another desktop meanwhile, the void is refused
            # with who did it.
            lambda reason: self.ctx.run(
                void_entry, self.ctx.user, entry.id, reason, seen=entry.status
            ),
            self.tr("Void"),
            self,
        )
        if dialog.exec():
            self.ctx.notice.emit(
                self.tr("Voided: {rule} of {name}").format(
                    rule=entry.rule_code, name=entry.person_name or entry.unit_name
                )
            )
        self.changed.emit()  # refused or not, the ledger shows the entries as they are now

    def _apply_status(self) -> None:
        status = self.status.currentData()
        self.proxy.set_predicate(
            "status", None if status is None else (lambda e: e.status == status)
        )

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total} entries").format(shown=shown, total=total))

    def _request_entries(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            row: EventRow = self.proxy.row_at(rows[0].row())
            if row.person_id is not None:
                self.entries_requested.emit(row.person_id)

    def import_file(self) -> None:
        from console.ui.dialogs.import_file import ImportDialog

        ImportDialog(self.ctx, self).exec()

    def new_entry(self) -> None:
        dialog = EntryDialog(self.ctx, parent=self)
        if dialog.exec():
            n = len(dialog.saved_ids)
            self.ctx.notice.emit(self.tr("Recorded {n} entries").format(n=n))
            self.changed.emit()
