"""The audit log viewer (审计日志), the audit administrator's page.

Filters by time, user, table or event, record and action; the newest entries first, a
page at a time ("Load more" reads the next page below the last one shown, never the
whole log); the selected entry's changes field by field; export of the selection to
Excel, which the log records too.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
)

from console.core.audit_log import (
    PAGE_SIZE,
    AuditEntry,
    AuditFilter,
    action_choices,
    audit_page,
    export_audit_log,
    local_time,
    table_choices,
    user_choices,
)
from console.core.errors import DuchaError
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from console.ui.pages.base import Page
from console.ui.tables import make_table
from console.ui.tasks import run_in_background
from widgets.table_model import Column, RowTableModel

NO_DATE = QDate(2000, 1, 1)  # the date edits' "any" value


def _utc(day: date) -> datetime:
    """Local midnight of ``day`` as the log stores times: naive UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).replace(tzinfo=None)


class AuditLogPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Audit log"))
        self.after_id: int | None = None
        self.page_size = PAGE_SIZE
        self.shown_filter = AuditFilter()
        self.layout_.addLayout(self._filters())

        self.entries: RowTableModel[AuditEntry] = RowTableModel(self._columns(), self)
        self.table = make_table(
            self.entries,
            "audit",
            self.tr("Audit log"),
            (150, 100, 70, 160, 70, 70),
            sortable=False,
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_changes())
        self.changes = QTableWidget(0, 3)
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes.setColumnWidth(0, 140)
        self.changes.setColumnWidth(1, 240)
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changes.verticalHeader().setVisible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.changes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.layout_.addWidget(split, 1)

        self.status = QLabel()
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.clicked.connect(self.load_more)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        foot = QHBoxLayout()
        foot.addWidget(self.status)
        foot.addWidget(self.more_button)
        foot.addStretch(1)
        foot.addWidget(self.export_result, 1)
        foot.addWidget(self.export_button)
        self.layout_.addLayout(foot)

    # --- filters ---------------------------------------------------------------------
    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.since = self._date_edit()
        self.until = self._date_edit()
        self.user = QComboBox()
        self.user.setEditable(True)  # names of the past (system, cli:…) are typed
        self.table_choice = QComboBox()
        self.table_choice.addItem(self.tr("All"), None)
        for c in table_choices():
            self.table_choice.addItem(c.text, c.value)
        self.record = QLineEdit()
        self.record.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.record.setPlaceholderText(self.tr("Any"))
        self.record.setMaximumWidth(120)
        self.action = QComboBox()
        self.action.addItem(self.tr("All"), None)
        for c in action_choices():
            self.action.addItem(c.text, c.value)
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.record.returnPressed.connect(self.apply)
        for column, (caption, widget) in enumerate(
            (
                (self.tr("From"), self.since),
                (self.tr("To"), self.until),
                (self.tr("User"), self.user),
                (self.tr("Table or event"), self.table_choice),
                (self.tr("Record"), self.record),
                (self.tr("Action"), self.action),
            )
        ):
            grid.addWidget(QLabel(caption), 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.apply_button, 1, 6)
        grid.setColumnStretch(7, 1)  # the filters keep their size; the row's end is free
        return grid

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))  # shown at the minimum: no limit
        edit.setDate(NO_DATE)
        return edit

    def current_filter(self) -> AuditFilter:
        record = self.record.text().strip()
        since, until = self._day(self.since), self._day(self.until)
        return AuditFilter(
            since=None if since is None else _utc(since),
            # "To" includes its whole day: the limit is the next local midnight.
            until=None if until is None else _utc(until + timedelta(days=1)),
            username=self.user.currentText().strip() or None,
            table=self.table_choice.currentData(),
            record_id=int(record) if record else None,
            action=self.action.currentData(),
        )

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        chosen = edit.date()
        if chosen == NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    # --- the list ----------------------------------------------------------------------
    def _columns(self) -> list[Column[AuditEntry]]:
        return [
            Column(self.tr("Time"), lambda e: f"{local_time(e.at):%Y-%m-%d %H:%M:%S}"),
            Column(self.tr("User"), lambda e: e.username),
            Column(self.tr("Action"), lambda e: e.action_label),
            Column(self.tr("Object"), lambda e: e.object_label),
            Column(self.tr("Record"), lambda e: "" if e.row_id is None else str(e.row_id)),
            Column(self.tr("Result"), lambda e: e.result),
        ]

    def reload(self) -> None:
        users = self.ctx.read(user_choices, self.ctx.user)
        typed = self.user.currentText()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem("")
        self.user.addItems(users)
        self.user.setEditText(typed)
        self.user.blockSignals(False)
        self._load(self.shown_filter, None)

    def apply(self) -> None:
        self._load(self.current_filter(), None)

    def load_more(self) -> None:
        if self.after_id is not None:
            self._load(self.shown_filter, self.after_id)

    def _load(self, audit_filter: AuditFilter, after_id: int | None) -> None:
        page = attempt(
            self,
            lambda: self.ctx.read(
                audit_page, self.ctx.user, audit_filter, after_id, self.page_size
            ),
        )
        if page is FAILED:
            return
        self.shown_filter = audit_filter
        rows = page.entries if after_id is None else [*self.entries.rows(), *page.entries]
        self.entries.set_rows(rows)
        self.after_id = page.next_after_id
        self.more_button.setEnabled(page.next_after_id is not None)
        if page.next_after_id is None:
            self.status.setText(self.tr("{n} entries").format(n=len(rows)))
        else:
            self.status.setText(self.tr("The newest {n} entries; more below").format(n=len(rows)))
        if after_id is None:
            self.changes.setRowCount(0)
            if rows:
                self.table.selectRow(0)

    def selected_entry(self) -> AuditEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries.row(rows[0].row()) if rows else None

    def show_changes(self) -> None:
        entry = self.selected_entry()
        changes = entry.changes if entry is not None else []
        self.changes.setRowCount(len(changes))
        for i, c in enumerate(changes):
            for column, text in enumerate((c.label, c.before, c.after)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2 and c.before and c.after and c.before != c.after:
                    font = item.font()
                    font.setBold(True)  # what changed stands out from what stayed
                    item.setFont(font)
                self.changes.setItem(i, column, item)

    # --- export ------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        default = self.tr("Audit log {date}.xlsx").format(date=f"{self.ctx.today:%Y-%m-%d}")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), default, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Export what the filters select (not only the pages loaded), off the GUI thread."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        audit_filter = self.shown_filter
        workspace = self.ctx.workspace
        title = self.tr("Audit log")
        self.export_button.setEnabled(False)
        self.export_result.setText(self.tr("Exporting…"))

        def work() -> int:
            from exports.audit_xlsx import write_audit_log  # openpyxl only when exporting

            return export_audit_log(
                workspace,
                audit_filter,
                lambda entries: write_audit_log(entries, path, title)[1],
                path.name,
            )

        run_in_background(
            self,
            work,
            lambda rows: self._exported(path, rows),
            self._export_failed,
        )

    def _exported(self, path: Path, rows: int) -> None:
        self.export_button.setEnabled(True)
        self.export_result.setText(
            self.tr("{n} entries written to {path}").format(n=rows, path=path)
        )
        self.ctx.data_changed.emit("audit")  # the export is now in the log

    def _export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, DuchaError):
            self.export_result.setText(str(exc))
        elif isinstance(exc, OSError):
            self.export_result.setText(
                self.tr("The file could not be written: {error}").format(error=exc.strerror)
            )
        else:
            self.export_result.setText(self.tr("The export failed."))
