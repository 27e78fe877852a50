"""Finalise a month (定稿): what will be snapshotted, said plainly before it is locked."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from console.core.labels import label
from console.core.scoring.locking import finalise_month
from console.core.scoring.results import LockState, MonthRanking
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from glossary import Grade, YearMonth


class FinaliseDialog(QDialog):
    """``pending`` counts the entries dated in the month that still await a decision."""

    def __init__(
        self, ctx: AppContext, ranking: MonthRanking, pending: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = ranking.month
        self.state: LockState | None = None
        self.setWindowTitle(self.tr("Finalise {month}").format(month=ranking.month))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Finalising takes a snapshot of {month}'s results — totals, ranks, grades "
                "and stars — and locks the month: entries dated in it are refused until an "
                "administrator reopens it with a reason."
            ).format(month=ranking.month)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grades = Counter(p.grade for p in ranking.people)
        by_grade = "　".join(f"{label(g)} {grades.get(g, 0)}" for g in Grade)
        self.summary = QLabel(
            self.tr("{n} people ranked: {grades}").format(n=len(ranking.people), grades=by_grade)
        )
        self.summary.setObjectName("SectionTitle")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        warnings = []
        if pending:
            warnings.append(
                self.tr(
                    "{n} entries dated in the month still await approval; they will not count."
                ).format(n=pending)
            )
        if YearMonth.of(ctx.today) == ranking.month:
            warnings.append(
                self.tr(
                    "{month} is not over yet: entries for its remaining days will be refused."
                ).format(month=ranking.month)
            )
        self.warning = QLabel("\n".join(warnings))
        self.warning.setObjectName("ErrorText")
        self.warning.setWordWrap(True)
        self.warning.setVisible(bool(warnings))
        layout.addWidget(self.warning)
        self.error = QLabel("")
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Finalise"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        state = attempt(
            self,
            lambda: self.ctx.run(finalise_month, self.ctx.user, self.month, self.ctx.today),
            lambda errors: self.error.setText("\n".join(e.message for e in errors)),
        )
        if state is FAILED:
            return
        self.state = state
        self.accept()
