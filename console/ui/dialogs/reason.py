"""Ask for the reason of a decision (reject, void, reopen) and carry it out.

The core refuses an empty reason; its message appears in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from console.core.errors import DuchaError, ValidationError
from console.ui.context import AppContext


class ReasonDialog(QDialog):
    """``action(session, reason)`` does the work; it raises the core's errors, if any."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        text: str,
        action: Callable[[Session, str], object],
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

    def save(self) -> None:
        with self.ctx.session() as session:
            try:
                self.action(session, self.reason.toPlainText())
            except ValidationError as exc:
                session.rollback()
                self.error.setText("\n".join(e.message for e in exc.errors))
                return
            except DuchaError as exc:
                session.rollback()
                self.error.setText(str(exc))
                return
        self.done_ = True
        self.accept()
