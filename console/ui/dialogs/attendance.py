"""Attendance at one session (签到): pick a unit, tick its people present, mark the others
absent or excused, adjust the hours of anyone who left early; saved in one transaction.

The sheet starts with the session's intended audience, and narrows to a unit or to the
people whose name, staff number or pinyin initials are typed; every person the user may record
for who was on strength that day can be shown. Marks are kept while the filter changes;
only what the user changed is sent to the core, so saving an untouched sheet writes
nothing. Building the table must never look like the user ticking: the whole fill runs
under one QSignalBlocker (an unblock in the middle once wiped every recorded mark after
the first row).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.errors import FieldError, ValidationError
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
from console.ui.dialogs.person_picker import PeopleFind
from console.ui.errors import FAILED, attempt, show_error
from glossary import AttendanceStatus
from widgets.screen_fit import fit_to_screen
from widgets.table_grid import GridHabits

PRESENT, ABSENT, EXCUSED = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)
TICK, STAFF, NAME, UNIT, STATUS, HOURS = range(6)

Entry = tuple[AttendanceStatus | None, float]  # (status, hours credited)


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.result_: AttendanceResult | None = None
        self.shown: list[SheetRow] = []
        self._load(ctx.read(attendance_sheet, ctx.user, session_id))
        # What the user has set in this dialog; every other person keeps what is recorded.
        self.marks: dict[int, Entry] = dict(self.recorded)
        s = self.sheet.session

        self.setWindowTitle(self.tr("Attendance: {title}").format(title=s.title))
        fit_to_screen(self, 820, 640)
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
        self.person_find = PeopleFind(ctx)
        filters.addWidget(QLabel(self.tr("Unit")))
        filters.addWidget(self.unit, 1)
        filters.addWidget(self.person_find, 1)
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
        # Ctrl+C copies the selected rows as they read; the menu marks them all at once.
        self.habits = GridHabits(
            self.table,
            [
                (self.tr("Mark present"), lambda rows: self.mark_rows(rows, PRESENT)),
                (self.tr("Mark absent"), lambda rows: self.mark_rows(rows, ABSENT)),
                (self.tr("Mark excused"), lambda rows: self.mark_rows(rows, EXCUSED)),
                (self.tr("Clear the mark"), lambda rows: self.mark_rows(rows, None)),
            ],
        )
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
        self.person_find.changed.connect(self._fill)
        self.all_present.clicked.connect(self.tick_all_present)
        self.rest_absent.clicked.connect(self.mark_rest_absent)
        self.table.itemChanged.connect(self._ticked)
        self._fill()

    def _load(self, sheet: AttendanceSheet) -> None:
        self.sheet = sheet
        self.hours = sheet.session.hours
        # person → (status, hours) as recorded when the sheet was read: what the user saw.
        self.recorded: dict[int, Entry] = {r.person_id: (r.status, r.hours) for r in sheet.rows}
        self.rows_by_id = {r.person_id: r for r in sheet.rows}

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
            and self.person_find.accepts(r.person_id, r.name, r.staff_no, r.unit_name)
        ]
        # One blocker for the whole build: no signal of the table may reach _ticked until
        # every row shows what is marked. (A nested blockSignals(False) in _show_row once
        # re-opened the table half-way and each new, still unticked row cleared its mark.)
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            self.table.setRowCount(len(self.shown))
            for i, r in enumerate(self.shown):
                tick = QTableWidgetItem()
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                tick.setData(Qt.ItemDataRole.UserRole, r.person_id)
                tick.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(i, TICK, tick)
                for col, text in ((STAFF, r.staff_no), (NAME, r.name), (UNIT, r.unit_name)):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    self.table.setItem(i, col, item)
                combo = QComboBox()
                for status, text in self._status_labels():
                    combo.addItem(text, status)
                spin = QDoubleSpinBox()
                spin.setRange(0, self.hours)
                spin.setDecimals(1)
                spin.setSingleStep(0.5)
                self.table.setCellWidget(i, STATUS, combo)
                self.table.setCellWidget(i, HOURS, spin)
                self._show_row(i)
                # Connected only once the row shows its mark: from here on a change is the
                # user's.
                combo.currentIndexChanged.connect(
                    lambda _i, pid=r.person_id, c=combo: self._set(pid, c.currentData())
                )
                spin.valueChanged.connect(lambda v, pid=r.person_id: self._set_hours(pid, v))
        self._count()

    def _show_row(self, i: int) -> None:
        """Show row ``i`` as marked, without any of it counting as the user's doing."""
        pid = self.shown[i].person_id
        status, hours = self.marks[pid]
        tick = self.table.item(i, TICK)
        combo = self.table.cellWidget(i, STATUS)
        spin = self.table.cellWidget(i, HOURS)
        if tick is None or not isinstance(combo, QComboBox):
            raise RuntimeError(f"attendance row {i} is not built")
        if not isinstance(spin, QDoubleSpinBox):
            raise RuntimeError(f"attendance row {i} is not built")
        # Blockers restore the state they found, so nesting inside _fill's is safe.
        with QSignalBlocker(self.table):
            tick.setCheckState(
                Qt.CheckState.Checked if status == PRESENT else Qt.CheckState.Unchecked
            )
        with QSignalBlocker(combo):
            combo.setCurrentIndex(max(0, combo.findData(status)))
        with QSignalBlocker(spin):
            spin.setValue(hours if status == PRESENT else 0)
            spin.setEnabled(status == PRESENT)

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

    def mark_rows(self, rows: list[int], status: AttendanceStatus | None) -> None:
        """Mark the people of the given table rows (the right-click menu's choice)."""
        for pid in [self.shown[i].person_id for i in rows if 0 <= i < len(self.shown)]:
            if self.marks[pid][0] != status:
                self._set(pid, status)

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
        """The marks the user changed from what is recorded: all that is sent to the core."""
        out = []
        for pid, (status, hours) in self.marks.items():
            if _same((status, hours), self.recorded[pid]):
                continue
            out.append(Mark(pid, status, hours if status == PRESENT else None))
        return out

    def save(self) -> None:
        marks = self.changes()
        if not marks:
            self.accept()  # nothing changed: nothing is written
            return
        # What is recorded now, against what the user saw: a mark the user changed that
        # another desktop changed too is reported, never overwritten.
        if self._refresh(self.ctx.read(attendance_sheet, self.ctx.user, self.session_id)):
            return
        marks = self.changes()
        if not marks:
            self.accept()
            return
        # The session's row_version as loaded, where the core takes it: record_attendance
        # then refuses the save if the session or its marks were saved since.
        version = getattr(self.sheet.session, "row_version", None)
        seen: dict[str, Any] = {} if version is None else {"seen_version": version}
        conflict: list[Conflict] = []

        def work() -> AttendanceResult:
            try:
                return self.ctx.run(
                    record_attendance,
                    self.ctx.user,
                    self.session_id,
                    marks,
                    self.ctx.today,
                    **seen,
                )
            except Conflict as exc:
                conflict.append(exc)
                raise

        outcome = attempt(self, work, show_fields=self._show_problems)
        if outcome is FAILED:
            if conflict:  # attempt() has said who changed it; show what is recorded now
                self._refresh(self.ctx.read(attendance_sheet, self.ctx.user, self.session_id))
            return
        self.result_ = outcome
        self.ctx.data_changed.emit("training")
        self.ctx.data_changed.emit("points")
        self.accept()

    def _show_problems(self, errors: Iterable[FieldError]) -> None:
        show_error(self, ValidationError(list(errors)))

    def _refresh(self, fresh: AttendanceSheet) -> bool:
        """Take the sheet as recorded now, keeping the user's own changes where nobody else
        changed the same person's mark. True if someone else did (or changed the session's
        hours): the user is told, their change to those people is dropped, nothing saved."""
        clashes: list[SheetRow] = []
        marks: dict[int, Entry] = {}
        for r in fresh.rows:
            now: Entry = (r.status, r.hours)
            before = self.recorded.get(r.person_id, (None, 0.0))
            mine = self.marks.get(r.person_id, before)
            if _same(mine, before) or _same(mine, now):
                marks[r.person_id] = now  # untouched here, or changed alike there
            elif _same(now, before):
                marks[r.person_id] = mine  # changed here only: kept for the next save
            else:
                marks[r.person_id] = now
                clashes.append(r)
        hours_changed = fresh.session.hours != self.hours
        self._load(fresh)
        self.marks = marks
        self._fill()
        if not clashes and not hours_changed:
            return False
        names = "、".join(f"{r.name}（{r.staff_no}）" for r in clashes[:10])
        if len(clashes) > 10:
            names += self.tr(" and {n} more").format(n=len(clashes) - 10)
        text = (
            self.tr(
                "The session's hours were changed on another desktop since you opened this sheet."
            )
            if hours_changed
            else self.tr(
                "Since you opened this sheet, another desktop changed the marks of: {names}."
            ).format(names=names)
        )
        QMessageBox.warning(
            self,
            self.tr("Changed on another desktop"),
            text
            + "\n\n"
            + self.tr(
                "Nothing was saved. The sheet now shows what is recorded; your other "
                "changes are kept. Check it and save again."
            ),
        )
        return True


def _same(a: Entry, b: Entry) -> bool:
    """The same mark: absent or excused credit no hours, whatever the spin box showed."""
    if a[0] != b[0]:
        return False
    return a[0] != PRESENT or round(a[1], 1) == round(b[1], 1)
