"""Changing one's own password: from 文件 → 修改密码, or forced before the console opens
(an account an administrator created or reset, an expired or too weak password)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.accounts import AccountRow, reset_password
from console.core.database import Database
from console.core.errors import FieldError
from console.core.sign_in import change_own_password
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt


class ChangePasswordDialog(QDialog):
    """``current``: the password just given at sign-in, when the change is forced (it is
    not asked again); otherwise the holder types it to prove it is them."""

    def __init__(
        self,
        database: Database,
        username: str,
        *,
        current: str | None = None,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.username = username
        self._current = current
        self.new_password: str | None = None  # set once changed
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if reason:
            why = QLabel(reason)
            why.setWordWrap(True)
            why.setObjectName("Hint")
            layout.addWidget(why)
        rules = QLabel(
            self.tr(
                "At least 8 characters, using 3 of: capital letters, small letters, digits, "
                "other signs. Not containing your user name, and not a common password."
            )
        )
        rules.setWordWrap(True)
        layout.addWidget(rules)
        form = QFormLayout()
        self.old = _secret()
        self.new = _secret()
        self.repeat = _secret()
        if current is None:
            form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat new password"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.new if current is not None else self.old).setFocus()

    def save(self) -> None:
        old = self._current if self._current is not None else self.old.text()
        new, repeat = self.new.text(), self.repeat.text()
        done = attempt(
            self,
            lambda: change_own_password(self.database, self.username, old, new, repeat),
            self._refused,
        )
        if done is FAILED:
            return
        self.new_password = new
        self.accept()

    def _refused(self, errors: Iterable[FieldError]) -> None:
        self.error.setText("\n".join(e.message for e in errors))
        self.adjustSize()  # room for every message, however many rules were broken


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ResetPasswordDialog(QDialog):
    """An administrator gives an account a new password, which its holder must change at
    their next sign-in (it also lifts a lockout)."""

    def __init__(self, ctx: AppContext, account: AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.done_row: AccountRow | None = None
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Give {name} ({username}) a temporary password and tell it to them in "
                "person. They must choose their own at their next sign-in."
            ).format(name=account.display_name, username=account.username)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password = _secret()
        self.repeat = _secret()
        form.addRow(self.tr("Temporary password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reset password"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        ctx, account = self.ctx, self.account
        row = attempt(
            self,
            lambda: ctx.run(
                reset_password,
                ctx.user,
                account.id,
                self.password.text(),
                seen_version=account.row_version,
            ),
            lambda errors: self.error.setText("\n".join(e.message for e in errors)),
        )
        if row is FAILED:
            return
        self.done_row = row
        self.accept()
