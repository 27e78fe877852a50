"""Check a printed bulletin (核验纸质通报): type the code printed on it, and be told in words
whether the month's figures and the audit log are still as they were when it was printed.

The check reads the month's entries, so it runs off the GUI thread (console.ui.tasks).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import DuchaError
from console.core.paper_code import CodeCheck, check_code, describe
from console.ui.context import AppContext
from console.ui.tasks import run_in_background


class VerifyCodeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checked: CodeCheck | None = None
        self.setWindowTitle(self.tr("Verify a printed bulletin"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every printed monthly bulletin carries a verification code (XXXX-XXXX-XXXX) "
                "at the foot of each page. Type it to check that the month's figures and the "
                "audit log are still as they were when it was printed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Verification code:")))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code.setMaxLength(40)
        self.code.returnPressed.connect(self.check)
        row.addWidget(self.code, 1)
        self.check_button = QPushButton(self.tr("Verify"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.verdict = QLabel("")
        self.verdict.setObjectName("Verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.details = QLabel("")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        text, read = self.code.text(), self.ctx.read
        self.check_button.setEnabled(False)
        self.verdict.setText(self.tr("Checking…"))
        self.details.setText("")
        run_in_background(self, lambda: read(check_code, text), self._show, self._failed)

    def _show(self, result: CodeCheck) -> None:
        self.checked = result
        self.check_button.setEnabled(True)
        if result.ok:
            self.verdict.setText(self.tr("Verified: this bulletin matches the database."))
            self.verdict.setStyleSheet("color: #1b6e20; font-weight: bold;")
        else:
            self.verdict.setText(self.tr("NOT verified: this bulletin does not match."))
            self.verdict.setStyleSheet("color: #b3261e; font-weight: bold;")
        # The last line of the description is the verdict, shown above in colour.
        self.details.setText("\n".join(describe(result)[:-1]))

    def _failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.verdict.setStyleSheet("color: #b3261e;")
        # A mistyped code is the user's to fix; anything else also reaches the crash log.
        self.verdict.setText(str(exc) if isinstance(exc, DuchaError) else "")
