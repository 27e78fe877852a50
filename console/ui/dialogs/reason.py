"""Ask for the reason of a decision (reject, void, reopen) and carry it out.

The core refuses an empty reason; its message appears in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import FieldError
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt


class ReasonDialog(QDialog):
    """``action(reason)`` does the work through the workspace (``ctx.run``); the core's
    refusals appear in the dialog, a conflict in a message box."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        text: str,
        action: Callable[[str], object],
        ok_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action = action
        self.done_ = False
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        what = QLabel(text)
        what.setWordWrap(True)
        layout.addWidget(what)
        layout.addWidget(QLabel(self.tr("Reason (required):")))
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason)
        self.error = QLabel("")
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if ok_text:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(lambda: self.error.setText(""))

    def _show_errors(self, errors: Iterable[FieldError]) -> None:
        self.error.setText("\n".join(e.message for e in errors))

    def save(self) -> None:
        reason = self.reason.toPlainText()
        if attempt(self, lambda: self.action(reason), self._show_errors) is FAILED:
            return
        self.done_ = True
        self.accept()
