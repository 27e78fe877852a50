"""A person's grades by year (历年考核等次), for the profile: one row a year, one column a
month, then how many months of each grade. Finalised months only (console.core.decisions
.history); its own section, read when the profile opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from console.core.decisions.history import YearGrades, grade_history
from console.core.labels import label
from console.ui.context import AppContext
from console.ui.scoring_format import GRADE_COLOURS
from console.ui.tables import make_table
from glossary import Grade
from widgets.table_model import Column, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight


class GradeHistoryView(QWidget):
    def __init__(self, ctx: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.history = ctx.read(grade_history, ctx.user, person_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # a section of the profile: no frame of its own
        hint = QLabel(
            self.tr(
                "The grade of every finalised month, year by year, and how many months of "
                "each grade. A month not finalised shows no grade."
            )
        )
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model: RowTableModel[YearGrades] = RowTableModel(self._columns(), self)
        self.model.set_rows(self.history.years)
        self.table = make_table(
            self.model,
            "grade_history",
            self.tr("Grades by year"),
            (50, *([46] * 12), *([70] * len(Grade))),
        )
        layout.addWidget(self.table, 1)
        if not self.history.years:
            layout.addWidget(QLabel(self.tr("No finalised month ranks this person yet.")))

    def _columns(self) -> list[Column[YearGrades]]:
        def month(n: int) -> Column[YearGrades]:
            return Column(
                self.tr("{month}").format(month=n),
                lambda y: label(y.grade(n)),
                colour=lambda y: GRADE_COLOURS.get(y.grade(n)) if y.grade(n) else None,
                searchable=False,
            )

        def count(g: Grade) -> Column[YearGrades]:
            return Column(
                self.tr("{grade} months").format(grade=label(g)),
                lambda y: str(y.counts.get(g, 0)),
                sort_key=lambda y: y.counts.get(g, 0),
                align=RIGHT,
                searchable=False,
            )

        return [
            Column(self.tr("Year"), lambda y: str(y.year), sort_key=lambda y: y.year),
            *(month(n) for n in range(1, 13)),
            *(count(g) for g in Grade),
        ]
