"""Sign-in on start; on a new database, creating the first administrator."""

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

from console.core.auth import User, authenticate
from console.core.database import Database
from console.core.errors import FieldError
from console.core.setup import first_run
from console.core.user import own_actor
from console.core.workspace import Workspace
from console.ui.errors import FAILED, attempt


class LoginDialog(QDialog):
    def __init__(
        self,
        database: Database,
        username: str = "",
        password: str = "",
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.user: User | None = None
        self.setWindowTitle(self.tr("Sign in to Ducha"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Ducha supervisory console"))
        heading.setObjectName("DialogHeading")
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Database: {db}").format(db=database.description)))
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.password = QLineEdit(password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("Hint")
            layout.addWidget(hint_label)
        self.error = QLabel("")
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def attempt(self) -> None:
        username = self.username.text()
        # Nobody is signed in yet: the sign-in is recorded under the name given.
        workspace = Workspace(self.database, None, actor=own_actor(username))
        user = attempt(
            self,
            lambda: workspace.run(authenticate, username, self.password.text()),
            self._refused,
        )
        if user is FAILED:
            return
        self.user = user
        self.accept()

    def _refused(self, errors: Iterable[FieldError]) -> None:
        self.error.setText("\n".join(e.message for e in errors))
        self.password.selectAll()
        self.password.setFocus()


class FirstAdminDialog(QDialog):
    """A new database has no accounts: whoever installs Ducha creates the administrator."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.user: User | None = None
        self.setWindowTitle(self.tr("Create the administrator account"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This database is new. Name the bureau and create its administrator, who "
                "can then add the squads and departments, the people, and the accounts of "
                "supervisors, squad leaders and viewers."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.bureau = QLineEdit()
        self.bureau.setPlaceholderText(self.tr("e.g. 临江市综合行政执法局"))
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Bureau"), self.bureau)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def attempt(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        username = self.username.text()
        # The first administrator's account and bureau are recorded under their own name.
        workspace = Workspace(self.database, None, actor=own_actor(username))
        user = attempt(
            self,
            lambda: workspace.run(
                first_run,
                self.bureau.text(),
                username,
                self.display_name.text(),
                self.password.text(),
            ),
            lambda errors: self.error.setText("\n".join(e.message for e in errors)),
        )
        if user is FAILED:
            return
        self.user = user
        self.accept()
