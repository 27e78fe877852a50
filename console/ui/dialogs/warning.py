"""Acknowledge an early warning with the action taken (talk held, training assigned …).

The warning is shown with the records behind it; the action is picked from the usual
ones or written out. The core refuses an empty action; its message appears here and the
dialog stays open.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.errors import FieldError
from console.core.integrity.warnings import (
    EvidenceItem,
    WarningRow,
    acknowledge_warning,
    action_choices,
)
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from glossary import WarningStatus


def evidence_lines(items: list[EvidenceItem]) -> list[str]:
    return [f"{item.day.isoformat()}  {item.text}" if item.day else item.text for item in items]


class AcknowledgeWarningDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        warning: WarningRow,
        evidence: list[EvidenceItem],
        parent: QWidget | None = None,
        seen: WarningStatus | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.warning = warning
        self.done_ = False
        self.seen = seen if seen is not None else warning.status
        self.conflicted = False  # handled on another desktop meanwhile: the page reloads
        self.setWindowTitle(self.tr("Acknowledge warning"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        who = QLabel(
            self.tr("{name} ({staff_no}, {unit}) — {rule}").format(
                name=warning.person_name,
                staff_no=warning.staff_no,
                unit=warning.unit_name,
                rule=warning.rule_title,
            )
        )
        who.setObjectName("SectionTitle")
        who.setWordWrap(True)
        layout.addWidget(who)
        summary = QLabel(warning.summary)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Records behind the warning:")))
        self.evidence = QListWidget()
        self.evidence.addItems(evidence_lines(evidence))
        self.evidence.setMaximumHeight(110)
        layout.addWidget(self.evidence)
        layout.addWidget(QLabel(self.tr("Action taken (required):")))
        self.action = QComboBox()
        self.action.setEditable(True)
        self.action.addItems(action_choices())
        self.action.setCurrentIndex(-1)
        line = self.action.lineEdit()
        assert line is not None  # the combo box is editable
        line.setPlaceholderText(self.tr("Choose one, or describe what was done"))
        layout.addWidget(self.action)
        self.error = QLabel("")
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Acknowledge"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.action.editTextChanged.connect(lambda _t: self.error.setText(""))

    def _show_errors(self, errors: Iterable[FieldError]) -> None:
        self.error.setText("\n".join(e.message for e in errors))

    def save(self) -> None:
        def work() -> object:
            try:
                return self.ctx.run(
                    acknowledge_warning,
                    self.ctx.user,
                    self.warning.id,
                    self.action.currentText(),
                    seen=self.seen,  # handled meanwhile elsewhere: reported
                )
            except Conflict:
                self.conflicted = True
                raise

        if attempt(self, work, self._show_errors) is FAILED:
            if self.conflicted:
                self.reject()  # the page reloads the warning as it is now
            return
        self.done_ = True
        self.accept()
