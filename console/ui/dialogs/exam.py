"""Exams: the exam itself (title, date, pass mark, the session it closes) and the scores."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import FieldError, ValidationError
from console.core.training.exams import (
    ExamInput,
    ExamRow,
    ExamSheet,
    Score,
    exam_sheet,
    record_scores,
    save_exam,
)
from console.core.training.sessions import list_sessions, parse_hours
from console.ui.context import AppContext
from console.ui.dialogs.person_picker import PeopleFind
from console.ui.dialogs.training_session import form_errors, save_as_seen
from console.ui.errors import show_error
from widgets.field_form import FieldForm
from widgets.screen_fit import fit_to_screen
from widgets.table_grid import GridHabits


class ExamDialog(QDialog):
    def __init__(
        self, ctx: AppContext, exam: ExamRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exam = exam
        self.saved: ExamRow | None = None
        self.setWindowTitle(self.tr("New exam") if exam is None else self.tr("Exam"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.title = QLineEdit()
        self.title.setMaxLength(120)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate(ctx.today))
        self.pass_mark = QDoubleSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setDecimals(1)
        self.pass_mark.setValue(60)
        self.session = QComboBox()
        self.session.addItem(self.tr("None"), None)
        for s in reversed(ctx.read(list_sessions, ctx.user, ctx.period.year)):
            self.session.addItem(f"{s.session_date.isoformat()} {s.title}", s.id)
        self.form = FieldForm(
            [
                ("title", self.tr("Title"), self.title),
                ("date", self.tr("Date"), self.date),
                ("pass_mark", self.tr("Pass mark"), self.pass_mark),
                ("session", self.tr("After the session"), self.session),
            ]
        )
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if exam is not None:
            self.title.setText(exam.title)
            self.date.setDate(QDate(exam.exam_date))
            self.pass_mark.setValue(exam.pass_mark)
            # Saved unchanged, the exam stays after its session (of another year, it
            # is offered too, so that it is not dropped).
            if exam.session_id is not None and self.session.findData(exam.session_id) < 0:
                self.session.addItem(exam.session_title, exam.session_id)
            self.session.setCurrentIndex(max(0, self.session.findData(exam.session_id)))

    def save(self) -> None:
        data = ExamInput(
            self.title.text(),
            self.date.date().toPython(),  # type: ignore[arg-type]
            round(self.pass_mark.value(), 1),
            self.session.currentData(),
        )
        e = self.exam
        saved = save_as_seen(
            self,
            self.ctx,
            lambda: self.ctx.run(
                save_exam,
                self.ctx.user,
                data,
                e.id if e else None,
                seen_version=e.row_version if e else None,
            ),
            form_errors(self.form),
        )
        if saved is None:
            return
        self.saved = saved
        self.ctx.data_changed.emit("training")
        self.accept()


class ScoresDialog(QDialog):
    """Scores of one exam: type a score beside each person who sat it (blank: did not)."""

    def __init__(self, ctx: AppContext, exam_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The exam's row_version as loaded goes back with the scores: another desktop's
        # scores saved meanwhile are reported, not overwritten.
        self.sheet: ExamSheet = ctx.read(exam_sheet, ctx.user, exam_id)
        e = self.sheet.exam
        self.setWindowTitle(self.tr("Scores: {title}").format(title=e.title))
        fit_to_screen(self, 640, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("{date} · pass mark {mark} · a blank score: did not sit").format(
                    date=e.exam_date.isoformat(), mark=f"{e.pass_mark:g}"
                )
            )
        )
        row = QHBoxLayout()
        self.unit = QComboBox()
        self.unit.addItem(self.tr("All units"), None)
        for name in dict.fromkeys(r.unit_name for r in self.sheet.rows):
            self.unit.addItem(name, name)
        self.person_find = PeopleFind(ctx)
        row.addWidget(QLabel(self.tr("Unit")))
        row.addWidget(self.unit, 1)
        row.addWidget(self.person_find, 1)
        layout.addLayout(row)
        self.table = QTableWidget(len(self.sheet.rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Staff no."), self.tr("Name"), self.tr("Unit"), self.tr("Score")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for i, r in enumerate(self.sheet.rows):
            for col, text in enumerate((r.staff_no, r.name, r.unit_name)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(i, col, item)
            score = QTableWidgetItem("" if r.score is None else f"{r.score:g}")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 3, score)
        # Selected rows copy with the header as Excel pastes them (Ctrl+C or the menu).
        self.habits = GridHabits(self.table)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.unit.currentIndexChanged.connect(lambda _i: self._filter())
        self.person_find.changed.connect(self._filter)

    def _filter(self) -> None:
        # Rows are only hidden, never rebuilt: a typed score stays where it was typed.
        unit = self.unit.currentData()
        for i, r in enumerate(self.sheet.rows):
            shown = (unit is None or r.unit_name == unit) and self.person_find.accepts(
                r.person_id, r.name, r.staff_no, r.unit_name
            )
            self.table.setRowHidden(i, not shown)

    def scores(self) -> tuple[list[Score], list[str]]:
        out, bad = [], []
        for i, r in enumerate(self.sheet.rows):
            item = self.table.item(i, 3)
            text = item.text().strip() if item is not None else ""
            value = None if not text else parse_hours(text)
            if text and value is None:
                bad.append(r.staff_no)
                continue
            if value != r.score:
                out.append(Score(r.person_id, value))
        return out, bad

    def save(self) -> None:
        scores, bad = self.scores()
        if bad:
            errors = [FieldError(no, self.tr("{no}: not a score").format(no=no)) for no in bad]
            show_error(self, ValidationError(errors))
            return
        if scores:
            exam = self.sheet.exam
            result = save_as_seen(
                self,
                self.ctx,
                lambda: self.ctx.run(
                    record_scores,
                    self.ctx.user,
                    exam.id,
                    scores,
                    self.ctx.today,
                    seen_version=exam.row_version,
                ),
                None,
            )
            if result is None:
                return
            self.ctx.data_changed.emit("training")
            self.ctx.data_changed.emit("points")
        self.accept()
