"""The Training page's Sessions and Exams tabs: the year's sessions with their attendance
(new, edit, attendance, import a sign-in sheet) and the year's exams with pass rates
(new, edit, scores)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.labels import choices, label
from console.core.training.exams import ExamRow
from console.core.training.sessions import SessionRow, get_session
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from console.ui.pages.training_progress import stretch_column
from console.ui.tables import make_table
from glossary import TrainingCategory
from widgets.table_model import Column, RowFilterProxy, RowTableModel
from widgets.table_view import select_where

RIGHT = Qt.AlignmentFlag.AlignRight


def hours_text(value: float) -> str:
    return f"{value:,.1f}".removesuffix(".0")


def _selected(table: Any, proxy: RowFilterProxy) -> Any:
    rows = table.selectionModel().selectedRows()
    return proxy.row_at(rows[0].row()) if rows else None


class SessionsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, organiser, place…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for member, text in choices(TrainingCategory):
            self.category.addItem(text, member)
        self.new_button = QPushButton(self.tr("New session…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.attendance_button = QPushButton(self.tr("Attendance…"))
        self.import_button = QPushButton(self.tr("Import sign-in sheet…"))
        bar.addWidget(self.search, 3)
        bar.addWidget(self.category, 1)
        for b in (self.new_button, self.edit_button, self.attendance_button, self.import_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.model: RowTableModel[SessionRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(self._show_count)
        self.table = make_table(
            self.proxy,
            "training_sessions",
            self.tr("Training sessions"),
            (50, 90, 260, 120, 50, 110, 130, 60, 60, 60),
            search=self.search,
        )
        stretch_column(self.table, 2)
        self.table.doubleClicked.connect(lambda _i: self.attendance())
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("Hint")
        layout.addWidget(self.count)

        writer = ctx.can_write
        organiser = ctx.is_admin or ctx.user.role.value == "supervisor"
        self.new_button.setVisible(organiser)
        self.edit_button.setVisible(organiser)
        self.attendance_button.setEnabled(writer)
        self.import_button.setVisible(writer)
        self.new_button.clicked.connect(self.new_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.attendance_button.clicked.connect(self.attendance)
        self.table.mirror_buttons(self.edit_button, self.attendance_button)
        self.import_button.clicked.connect(self.import_sheet)
        self.search.textChanged.connect(self.proxy.set_search)
        self.category.currentIndexChanged.connect(lambda _i: self._apply_category())

    def _columns(self) -> list[Column[SessionRow]]:
        def count(title: str, get: Callable[[SessionRow], int]) -> Column[SessionRow]:
            return Column(title, lambda s: str(get(s)), sort_key=get, align=RIGHT, searchable=False)

        return [
            Column(self.tr("№"), lambda s: str(s.id), sort_key=lambda s: s.id, align=RIGHT),
            Column(self.tr("Date"), lambda s: s.session_date.isoformat(), searchable=False),
            Column(self.tr("Title"), lambda s: s.title, tooltip=lambda s: s.title),
            Column(self.tr("Category"), lambda s: label(s.category)),
            Column(
                self.tr("Hours"),
                lambda s: hours_text(s.hours),
                sort_key=lambda s: s.hours,
                align=RIGHT,
                searchable=False,
            ),
            Column(self.tr("Organiser"), lambda s: s.organiser),
            Column(self.tr("Place"), lambda s: s.place),
            count(self.tr("Present"), lambda s: s.present),
            count(self.tr("Absent"), lambda s: s.absent),
            count(self.tr("Excused"), lambda s: s.excused),
        ]

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.model.set_rows(rows)

    def _apply_category(self) -> None:
        category = self.category.currentData()
        self.proxy.set_predicate(
            "category", None if category is None else (lambda s: s.category == category)
        )

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total} sessions").format(shown=shown, total=total))

    def selected(self) -> SessionRow | None:
        return _selected(self.table, self.proxy)

    def new_session(self) -> None:
        from console.ui.dialogs.training_session import SessionDialog

        dialog = SessionDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved.id
            select_where(self.table, lambda s: s.id == saved)

    def edit_session(self) -> None:
        from console.ui.dialogs.training_session import SessionDialog

        row = self.selected()
        if row is None:
            return
        # Read afresh: the form starts from the session (and its row_version) as it is now.
        detail = attempt(self, lambda: self.ctx.read(get_session, self.ctx.user, row.id))
        if detail is FAILED:
            return
        SessionDialog(self.ctx, detail, self).exec()

    def attendance(self) -> None:
        from console.ui.dialogs.attendance import AttendanceDialog

        row = self.selected()
        if row is None or not self.ctx.can_write:
            return
        attempt(self, lambda: AttendanceDialog(self.ctx, row.id, self).exec())

    def import_sheet(self) -> None:
        from console.ui.dialogs.import_file import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.kind.setCurrentIndex(max(0, dialog.kind.findData("attendance")))
        dialog.exec()


class ExamsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.new_button = QPushButton(self.tr("New exam…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.scores_button = QPushButton(self.tr("Scores…"))
        bar.addWidget(self.summary, 1)
        for b in (self.new_button, self.edit_button, self.scores_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.model: RowTableModel[ExamRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy, "exams", self.tr("Exams"), (90, 320, 70, 60, 60, 70, 70)
        )
        self.table.doubleClicked.connect(lambda _i: self.scores())
        layout.addWidget(self.table, 1)
        organiser = ctx.is_admin or ctx.user.role.value == "supervisor"
        self.new_button.setVisible(organiser)
        self.edit_button.setVisible(organiser)
        self.scores_button.setEnabled(ctx.can_write)
        self.new_button.clicked.connect(self.new_exam)
        self.edit_button.clicked.connect(self.edit_exam)
        self.scores_button.clicked.connect(self.scores)
        self.table.mirror_buttons(self.edit_button, self.scores_button)

    def _columns(self) -> list[Column[ExamRow]]:
        def rate(e: ExamRow) -> str:
            return "" if e.pass_rate is None else f"{100 * e.pass_rate:.1f}%"

        def low(e: ExamRow) -> str | None:
            return "#b3261e" if e.pass_rate is not None and e.pass_rate < 0.8 else None

        return [
            Column(self.tr("Date"), lambda e: e.exam_date.isoformat(), searchable=False),
            Column(self.tr("Exam"), lambda e: e.title, tooltip=lambda e: e.session_title or None),
            Column(
                self.tr("Pass mark"),
                lambda e: f"{e.pass_mark:g}",
                sort_key=lambda e: e.pass_mark,
                align=RIGHT,
            ),
            Column(
                self.tr("Sat"), lambda e: str(e.takers), sort_key=lambda e: e.takers, align=RIGHT
            ),
            Column(
                self.tr("Passed"), lambda e: str(e.passed), sort_key=lambda e: e.passed, align=RIGHT
            ),
            Column(
                self.tr("Pass rate"),
                rate,
                sort_key=lambda e: e.pass_rate or 0,
                align=RIGHT,
                colour=low,
            ),
            Column(
                self.tr("Average"),
                lambda e: "" if e.average is None else f"{e.average:.1f}",
                sort_key=lambda e: e.average or 0,
                align=RIGHT,
            ),
            Column(self.tr("After the session"), lambda e: e.session_title),
        ]

    def set_rows(self, rows: list[ExamRow]) -> None:
        self.model.set_rows(rows)
        sat = sum(e.takers for e in rows)
        passed = sum(e.passed for e in rows)
        self.summary.setText(
            self.tr("{n} exams, {sat} papers sat, {passed} passed ({rate})").format(
                n=len(rows),
                sat=sat,
                passed=passed,
                rate=f"{100 * passed / sat:.1f}%" if sat else "—",
            )
        )

    def selected(self) -> ExamRow | None:
        return _selected(self.table, self.proxy)

    def new_exam(self) -> None:
        from console.ui.dialogs.exam import ExamDialog

        ExamDialog(self.ctx, parent=self).exec()

    def edit_exam(self) -> None:
        from console.ui.dialogs.exam import ExamDialog

        row = self.selected()
        if row is not None:
            ExamDialog(self.ctx, row, self).exec()

    def scores(self) -> None:
        from console.ui.dialogs.exam import ScoresDialog

        row = self.selected()
        if row is None or not self.ctx.can_write:
            return
        attempt(self, lambda: ScoresDialog(self.ctx, row.id, self).exec())
