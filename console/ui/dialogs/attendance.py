"""Attendance at one session (签到): pick a unit, tick its people present, mark the others
absent or excused, adjust the hours of anyone who left early; saved in one transaction.

The sheet starts with the session's intended audience; every person the user may record
for who was on strength that day can be shown. Marks are kept while the filter changes;
only what changed is sent to the core.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import DuchaError, ValidationError
from console.core.labels import label
from console.core.training.attendance import (
    AttendanceResult,
    AttendanceSheet,
    Mark,
    SheetRow,
    attendance_sheet,
    record_attendance,
)
from console.ui.context import AppContext
from console.ui.errors import show_error
from glossary import AttendanceStatus

PRESENT, ABSENT, EXCUSED = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)
TICK, STAFF, NAME, UNIT, STATUS, HOURS = range(6)


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: AttendanceResult | None = None
        with ctx.session() as session:
            self.sheet: AttendanceSheet = attendance_sheet(session, ctx.user, session_id)
        s = self.sheet.session
        self.hours = s.hours
        # person → (status, hours): as recorded, and as now marked in the dialog.
        self.recorded = {r.person_id: (r.status, r.hours) for r in self.sheet.rows}
        self.marks = dict(self.recorded)
        self.rows_by_id = {r.person_id: r for r in self.sheet.rows}
        self.shown: list[SheetRow] = []

        self.setWindowTitle(self.tr("Attendance: {title}").format(title=s.title))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("{date} · {category} · {hours} hours · {place}").format(
                date=s.session_date.isoformat(),
                category=label(s.category),
                hours=f"{s.hours:g}",
                place=s.place or "—",
            )
        )
        heading.setObjectName("DialogHeading")
        layout.addWidget(heading)

        filters = QHBoxLayout()
        self.unit = QComboBox()
        self.unit.addItem(self.tr("All units"), None)
        seen: set[int] = set()
        for r in self.sheet.rows:
            if r.unit_id not in seen:
                seen.add(r.unit_id)
                self.unit.addItem(r.unit_name, r.unit_id)
        self.intended_only = QCheckBox(self.tr("Intended audience only"))
        self.intended_only.setChecked(any(r.intended for r in self.sheet.rows))
        self.all_present = QPushButton(self.tr("Tick everyone shown present"))
        self.rest_absent = QPushButton(self.tr("Mark the unmarked shown absent"))
        filters.addWidget(QLabel(self.tr("Unit")))
        filters.addWidget(self.unit, 1)
        filters.addWidget(self.intended_only)
        filters.addWidget(self.all_present)
        filters.addWidget(self.rest_absent)
        layout.addLayout(filters)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Present"),
                self.tr("Staff no."),
                self.tr("Name"),
                self.tr("Unit"),
                self.tr("Status"),
                self.tr("Hours credited"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((TICK, 56), (STAFF, 90), (NAME, 90), (STATUS, 110), (HOURS, 110)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("Hint")
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.unit.currentIndexChanged.connect(lambda _i: self._fill())
        self.intended_only.toggled.connect(lambda _c: self._fill())
        self.all_present.clicked.connect(self.tick_all_present)
        self.rest_absent.clicked.connect(self.mark_rest_absent)
        self.table.itemChanged.connect(self._ticked)
        self._fill()

    # --- the table --------------------------------------------------------------------
    def _status_labels(self) -> list[tuple[AttendanceStatus | None, str]]:
        return [
            (None, self.tr("Not marked")),
            (PRESENT, label(PRESENT)),
            (ABSENT, label(ABSENT)),
            (EXCUSED, label(EXCUSED)),
        ]

    def _fill(self) -> None:
        unit_id = self.unit.currentData()
        only = self.intended_only.isChecked()
        self.shown = [
            r
            for r in self.sheet.rows
            if (unit_id is None or r.unit_id == unit_id)
            and (not only or r.intended or self.marks[r.person_id][0] is not None)
        ]
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.shown))
        for i, r in enumerate(self.shown):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setData(Qt.ItemDataRole.UserRole, r.person_id)
            self.table.setItem(i, TICK, tick)
            for col, text in ((STAFF, r.staff_no), (NAME, r.name), (UNIT, r.unit_name)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(i, col, item)
            combo = QComboBox()
            for status, text in self._status_labels():
                combo.addItem(text, status)
            combo.currentIndexChanged.connect(
                lambda _i, pid=r.person_id, c=combo: self._set(pid, c.currentData())
            )
            self.table.setCellWidget(i, STATUS, combo)
            spin = QDoubleSpinBox()
            spin.setRange(0, self.hours)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.valueChanged.connect(lambda v, pid=r.person_id: self._set_hours(pid, v))
            self.table.setCellWidget(i, HOURS, spin)
            self._show_row(i)
        self.table.blockSignals(False)
        self._count()

    def _show_row(self, i: int) -> None:
        pid = self.shown[i].person_id
        status, hours = self.marks[pid]
        self.table.blockSignals(True)
        tick = self.table.item(i, TICK)
        tick.setCheckState(Qt.CheckState.Checked if status == PRESENT else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        combo = self.table.cellWidget(i, STATUS)
        spin = self.table.cellWidget(i, HOURS)
        assert isinstance(combo, QComboBox) and isinstance(spin, QDoubleSpinBox)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(status)))
        combo.blockSignals(False)
        spin.blockSignals(True)
        spin.setValue(hours if status == PRESENT else 0)
        spin.setEnabled(status == PRESENT)
        spin.blockSignals(False)

    def _row_of(self, person_id: int) -> int | None:
        for i, r in enumerate(self.shown):
            if r.person_id == person_id:
                return i
        return None

    def _set(self, person_id: int, status: AttendanceStatus | None) -> None:
        hours = self.hours if status == PRESENT else 0.0
        old_status, old_hours = self.marks[person_id]
        if status == PRESENT and old_status == PRESENT:
            hours = old_hours
        self.marks[person_id] = (status, hours)
        row = self._row_of(person_id)
        if row is not None:
            self._show_row(row)
        self._count()

    def _set_hours(self, person_id: int, value: float) -> None:
        status, _ = self.marks[person_id]
        if status == PRESENT:
            self.marks[person_id] = (status, round(value, 1))

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != TICK:
            return
        pid = item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        current = self.marks[pid][0]
        if checked and current != PRESENT:
            self._set(pid, PRESENT)
        elif not checked and current == PRESENT:
            self._set(pid, None)

    def tick_all_present(self) -> None:
        for r in self.shown:
            if self.marks[r.person_id][0] != PRESENT:
                self._set(r.person_id, PRESENT)

    def mark_rest_absent(self) -> None:
        for r in self.shown:
            if self.marks[r.person_id][0] is None:
                self._set(r.person_id, ABSENT)

    def _count(self) -> None:
        marked = [m[0] for m in self.marks.values()]
        self.count.setText(
            self.tr(
                "{shown} people shown · on the sheet: {present} present, {absent} absent, "
                "{excused} excused"
            ).format(
                shown=len(self.shown),
                present=marked.count(PRESENT),
                absent=marked.count(ABSENT),
                excused=marked.count(EXCUSED),
            )
        )

    # --- saving ----------------------------------------------------------------------
    def changes(self) -> list[Mark]:
        out = []
        for pid, (status, hours) in self.marks.items():
            if (status, hours) == self.recorded[pid]:
                continue
            if status is None and self.recorded[pid][0] is None:
                continue
            out.append(Mark(pid, status, hours if status == PRESENT else None))
        return out

    def save(self) -> None:
        marks = self.changes()
        if not marks:
            self.accept()
            return
        with self.ctx.session() as session:
            try:
                self.result_ = record_attendance(
                    session, self.ctx.user, self.sheet.session.id, marks, self.ctx.today
                )
            except ValidationError as exc:
                session.rollback()
                show_error(self, exc)
                return
            except DuchaError as exc:
                session.rollback()
                show_error(self, exc)
                return
        self.ctx.data_changed.emit("training")
        self.ctx.data_changed.emit("points")
        self.accept()
