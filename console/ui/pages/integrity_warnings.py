"""The Warnings tab of the Integrity page: early warnings, the records behind each, and
what supervisors do with them (acknowledge with the action, resolve, dismiss with the
reason). "Check now" runs the rules off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.errors import DuchaError
from console.core.integrity.access import can_keep_records
from console.core.integrity.warnings import (
    Evaluation,
    WarningRow,
    dismiss_warning,
    evaluate_warnings,
    handle_warnings,
    list_warnings,
    resolve_warning,
    warning_detail,
    warning_evidence,
)
from console.core.labels import label
from console.core.workspace import Workspace
from console.ui.context import AppContext
from console.ui.dialogs.reason import ReasonDialog
from console.ui.dialogs.warning import AcknowledgeWarningDialog, evidence_lines
from console.ui.errors import in_words, show_error
from console.ui.tables import make_table
from console.ui.tasks import run_in_background
from glossary import WarningLevel, WarningStatus
from widgets.table_model import Column, RowFilterProxy, RowTableModel
from widgets.table_view import select_where

ALL = "all"
OPEN_COLOUR = "#b3261e"
MUTED = "#777777"
# 严重预警 in red, 预警 in amber: the level reads at a glance, and in words for the
# colour-blind and on paper.
LEVEL_COLOURS = {WarningLevel.CRITICAL: "#b3261e", WarningLevel.WARNING: "#b26a00"}


def level_colour(level: WarningLevel) -> str:
    return LEVEL_COLOURS[level]


def local_day(moment: datetime | None) -> str:
    """A stored UTC moment as the reader's local date."""
    return "" if moment is None else moment.replace(tzinfo=UTC).astimezone().date().isoformat()


class WarningsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checking = False
        self.conflicted = False
        self.last_check: Evaluation | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.status = QComboBox()
        self.status.addItem(label(WarningStatus.OPEN), WarningStatus.OPEN)
        for member in (WarningStatus.ACKNOWLEDGED, WarningStatus.RESOLVED, WarningStatus.DISMISSED):
            self.status.addItem(label(member), member)
        self.status.addItem(self.tr("All warnings"), ALL)
        self.level = QComboBox()
        self.level.addItem(self.tr("Both levels"), ALL)
        for level in (WarningLevel.CRITICAL, WarningLevel.WARNING):
            self.level.addItem(label(level), level)
        self.level.setToolTip(self.tr("Show warnings of one level only"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, unit, warning…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("Hint")
        self.check_button = QPushButton(self.tr("Check now"))
        self.check_button.setToolTip(
            self.tr("Run the early-warning rules on today's records; only new evidence warns.")
        )
        self.check_button.setVisible(can_keep_records(ctx.user))
        self.check_button.clicked.connect(self.check_now)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.level, 1)
        top.addWidget(self.search, 3)
        top.addWidget(self.count)
        top.addWidget(self.check_button)
        layout.addLayout(top)

        self.model: RowTableModel[WarningRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(self._show_count)
        self.table = make_table(
            self.proxy,
            "warnings",
            self.tr("Warnings"),
            (90, 70, 70, 130, 120, 80, 300, 90),
            search=self.search,
        )
        self.table.doubleClicked.connect(lambda _i: self.open_profile())

        details = QWidget()
        dl = QVBoxLayout(details)
        dl.setContentsMargins(0, 0, 0, 0)
        self.details_title = QLabel(self.tr("Records behind the warning"))
        self.details_title.setObjectName("SectionTitle")
        # The grounds in full (a peer rate's rate, median and peers), then the records.
        self.grounds = QLabel()
        self.grounds.setWordWrap(True)
        self.grounds.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence = QListWidget()
        self.handled = QLabel()
        self.handled.setWordWrap(True)
        self.handled.setObjectName("Hint")
        dl.addWidget(self.details_title)
        dl.addWidget(self.grounds)
        dl.addWidget(self.evidence, 1)
        dl.addWidget(self.handled)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

        self.acknowledge_button = QPushButton(self.tr("Acknowledge…"))
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.dismiss_button = QPushButton(self.tr("Dismiss…"))
        self.profile_button = QPushButton(self.tr("Person's profile…"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.resolve_button.clicked.connect(self.resolve)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.profile_button.clicked.connect(self.open_profile)
        self.table.mirror_buttons(
            self.acknowledge_button, self.resolve_button, self.dismiss_button, self.profile_button
        )
        buttons = QHBoxLayout()
        for b in (self.acknowledge_button, self.resolve_button, self.dismiss_button):
            b.setVisible(can_keep_records(ctx.user))
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.profile_button)
        # Above the list, not under the records pane: on a 1366×768 screen the page's
        # foot is out of sight, and the buttons with it.
        layout.insertLayout(1, buttons)

        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.level.currentIndexChanged.connect(lambda _i: self._filter_level())
        self.search.textChanged.connect(self.proxy.set_search)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_buttons()

    def _columns(self) -> list[Column[WarningRow]]:
        def colour(w: WarningRow) -> str | None:
            return OPEN_COLOUR if w.status == WarningStatus.OPEN else None

        def outcome(w: WarningRow) -> str:
            return w.action or w.reason or ""

        def level_tip(w: WarningRow) -> str | None:
            if w.raised_at is None:
                return None
            return self.tr("Raised to critical on {date}").format(date=local_day(w.raised_at))

        return [
            Column(self.tr("Raised"), lambda w: local_day(w.fired_at), searchable=False),
            Column(self.tr("Staff no."), lambda w: w.staff_no),
            Column(self.tr("Name"), lambda w: w.person_name),
            Column(self.tr("Unit"), lambda w: w.unit_name),
            Column(self.tr("Warning"), lambda w: w.rule_title),
            Column(
                self.tr("Level"),
                lambda w: label(w.level),
                sort_key=lambda w: w.critical,
                colour=lambda w: level_colour(w.level),
                tooltip=level_tip,
            ),
            Column(self.tr("Grounds"), lambda w: w.summary, tooltip=lambda w: w.summary),
            Column(self.tr("Status"), lambda w: label(w.status), colour=colour),
            Column(self.tr("Action or reason"), outcome, tooltip=outcome),
        ]

    # --- data -----------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.status.currentData()
        status = None if chosen == ALL else chosen
        selected = self.current()
        rows = self.ctx.read(list_warnings, self.ctx.user, status)
        self.model.set_rows(rows)
        if selected is not None:
            select_where(self.table, lambda w: w.id == selected.id)
        self._selection_changed()

    def _filter_level(self) -> None:
        chosen = self.level.currentData()

        def keep(w: WarningRow) -> bool:
            return bool(w.level == chosen)

        self.proxy.set_predicate("level", None if chosen == ALL else keep)
        self._selection_changed()

    def show_level(self, level: WarningLevel | None) -> None:
        """Show one level only (None: both)."""
        index = self.level.findData(ALL if level is None else level)
        self.level.setCurrentIndex(max(index, 0))

    def current(self) -> WarningRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.proxy.row_at(rows[0].row()) if rows else None

    def selected(self) -> list[WarningRow]:
        model = self.table.selectionModel()
        return [self.proxy.row_at(i.row()) for i in model.selectedRows()] if model else []

    def select_warning(self, warning_id: int) -> bool:
        return select_where(self.table, lambda w: w.id == warning_id)

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total} warnings").format(shown=shown, total=total))

    def _selection_changed(self, *_args: QItemSelection) -> None:
        warning = self.current()
        self.evidence.clear()
        self.handled.setText("")
        self.grounds.setText("")
        if warning is not None:
            self.grounds.setText(
                self.tr("{level}: {grounds}").format(
                    level=label(warning.level), grounds=warning.summary
                )
            )
            try:
                items = self.ctx.read(warning_evidence, self.ctx.user, warning.id)
            except DuchaError:
                items = []
            self.evidence.addItems(evidence_lines(items))
            if warning.raised_at is not None:
                self.evidence.insertItem(
                    0,
                    self.tr("Raised to critical on {date}").format(
                        date=local_day(warning.raised_at)
                    ),
                )
            if warning.status != WarningStatus.OPEN:
                self.handled.setText(
                    self.tr("{status} by {who} on {date}: {text}").format(
                        status=label(warning.status),
                        who=warning.handled_by or "",
                        date=local_day(warning.handled_at),
                        text=warning.action or warning.reason or "",
                    )
                )
        self._update_buttons()

    def _update_buttons(self) -> None:
        rows = self.selected()
        all_open = bool(rows) and all(w.status == WarningStatus.OPEN for w in rows)
        self.acknowledge_button.setEnabled(all_open)
        self.dismiss_button.setEnabled(all_open)
        self.resolve_button.setEnabled(
            bool(rows)
            and all(w.status in (WarningStatus.OPEN, WarningStatus.ACKNOWLEDGED) for w in rows)
        )
        self.profile_button.setEnabled(len(rows) == 1)

    def handle_rows(self, rows: list[WarningRow], to: WarningStatus) -> None:
        """Handle these warnings together with one note, all or nothing: the buttons (with
        several rows selected) and the table's context menu both come here."""
        if not rows:
            return
        seen = {w.id: w.row_version for w in rows}
        texts = {
            WarningStatus.ACKNOWLEDGED: (
                self.tr("Acknowledge warnings"),
                self.tr("Record the action taken on the {n} selected warnings:"),
                self.tr("Acknowledge"),
                self.tr("{n} warnings acknowledged"),
            ),
            WarningStatus.RESOLVED: (
                self.tr("Resolve warnings"),
                self.tr("Close the {n} selected warnings: how were the matters settled?"),
                self.tr("Resolve"),
                self.tr("{n} warnings resolved"),
            ),
            WarningStatus.DISMISSED: (
                self.tr("Dismiss warnings"),
                self.tr("Dismiss the {n} selected warnings as unfounded? Say why."),
                self.tr("Dismiss"),
                self.tr("{n} warnings dismissed"),
            ),
        }
        title, question, ok, done = texts[to]
        user = self.ctx.user
        dialog = ReasonDialog(
            self.ctx,
            title,
            question.format(n=len(rows)),
            self._noting_conflict(lambda text: self.ctx.run(handle_warnings, user, seen, to, text)),
            ok,
            self,
        )
        if dialog.exec() and dialog.done_:
            self._changed(done.format(n=len(rows)))
        else:
            self._reload_if_conflicted()

    # --- actions --------------------------------------------------------------------
    def acknowledge(self) -> None:
        if len(self.selected()) > 1:
            self.handle_rows(self.selected(), WarningStatus.ACKNOWLEDGED)
            return
        warning = self.current()
        if warning is None:
            return
        try:
            detail = self.ctx.read(warning_detail, self.ctx.user, warning.id)
        except DuchaError as exc:
            show_error(self, exc)
            return
        # The dialog shows the warning as it is now, but acts on the status the user saw
        # in the list: handled elsewhere meanwhile, it is reported, not handled twice.
        dialog = AcknowledgeWarningDialog(
            self.ctx, detail.warning, detail.evidence, self, seen=warning.status
        )
        if dialog.exec() and dialog.done_:
            self._changed(
                self.tr("Warning acknowledged: {name}").format(name=detail.warning.person_name)
            )
        elif dialog.conflicted:
            self.reload()

    def dismiss(self) -> None:
        if len(self.selected()) > 1:
            self.handle_rows(self.selected(), WarningStatus.DISMISSED)
            return
        warning = self.current()
        if warning is None:
            return
        user = self.ctx.user
        dialog = ReasonDialog(
            self.ctx,
            self.tr("Dismiss warning"),
            self.tr(
                "Dismiss the warning on {name} ({rule}) as unfounded? Say why: the share of "
                "dismissed warnings shows which rules need other thresholds."
            ).format(name=warning.person_name, rule=warning.rule_title),
            self._noting_conflict(
                lambda reason: self.ctx.run(
                    dismiss_warning, user, warning.id, reason, seen=warning.status
                )
            ),
            self.tr("Dismiss"),
            self,
        )
        if dialog.exec() and dialog.done_:
            self._changed(self.tr("Warning dismissed: {name}").format(name=warning.person_name))
        else:
            self._reload_if_conflicted()

    def resolve(self) -> None:
        if len(self.selected()) > 1:
            self.handle_rows(self.selected(), WarningStatus.RESOLVED)
            return
        warning = self.current()
        if warning is None:
            return
        user = self.ctx.user
        dialog = ReasonDialog(
            self.ctx,
            self.tr("Resolve warning"),
            self.tr("Close the warning on {name} ({rule}): how was the matter settled?").format(
                name=warning.person_name, rule=warning.rule_title
            ),
            self._noting_conflict(
                lambda note: self.ctx.run(
                    resolve_warning, user, warning.id, note, seen=warning.status
                )
            ),
            self.tr("Resolve"),
            self,
        )
        if dialog.exec() and dialog.done_:
            self._changed(self.tr("Warning resolved: {name}").format(name=warning.person_name))
        else:
            self._reload_if_conflicted()

    def _noting_conflict(self, action: Callable[[str], object]) -> Callable[[str], object]:
        """``action``, remembering a conflict so the list is reloaded when the dialog
        closes: the user then sees the warning as the other desktop left it."""

        def run(text: str) -> object:
            try:
                return action(text)
            except Conflict:
                self.conflicted = True
                raise

        self.conflicted = False
        return run

    def _reload_if_conflicted(self) -> None:
        if self.conflicted:
            self.conflicted = False
            self.reload()

    def open_profile(self) -> None:
        from console.ui.dialogs.profile import ProfileDialog

        warning = self.current()
        if warning is not None:
            ProfileDialog(self.ctx, warning.person_id, self).exec()

    def check_now(self) -> None:
        if self.checking:
            return
        database, user, today = self.ctx.database, self.ctx.user, self.ctx.today

        def work() -> Evaluation:
            # Off the GUI thread: its own workspace, hence its own session (never one
            # shared between threads), and one transaction for the whole check.
            return Workspace(database, user).run(evaluate_warnings, user, today)

        self.checking = True
        self.check_button.setEnabled(False)
        self.count.setText(self.tr("Checking…"))
        run_in_background(self, work, self._checked, self._check_failed)

    def _checked(self, result: Evaluation) -> None:
        self.checking = False
        self.check_button.setEnabled(True)
        self.last_check = result
        if result.raised_total:
            notice = self.tr(
                "Early-warning rules checked: {n} new warnings ({critical} critical), "
                "{raised} raised to critical"
            ).format(n=result.total, critical=result.critical, raised=result.raised_total)
        else:
            notice = self.tr(
                "Early-warning rules checked: {n} new warnings ({critical} critical)"
            ).format(n=result.total, critical=result.critical)
        self._changed(notice)

    def _check_failed(self, exc: Exception) -> None:
        self.checking = False
        self.check_button.setEnabled(True)
        self.reload()
        if isinstance(exc, DuchaError):
            show_error(self, exc)
        else:
            QMessageBox.warning(
                self,
                self.tr("Check now"),
                self.tr("The rules could not be run: {error}").format(error=in_words(exc)),
            )

    def _changed(self, notice: str) -> None:
        self.reload()
        self.ctx.notice.emit(notice)
        self.ctx.data_changed.emit("warnings")
