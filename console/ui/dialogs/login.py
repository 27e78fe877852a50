"""Sign-in on start; on a new database, creating the first administrator."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.auth import PasswordChangeRequired, User
from console.core.database import Database
from console.core.errors import FieldError
from console.core.setup import NewAdministrator, NewBureau, set_up_bureau
from console.core.sign_in import SignedIn, sign_in
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
        demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.demo = demo
        self.user: User | None = None
        # Days until the password expires, when the main window should warn of it.
        self.expires_in_days: int | None = None
        self.setWindowTitle(self.tr("Sign in to Ducha"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Ducha supervisory console"))
        heading.setObjectName("DialogHeading")
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Database: {db}").format(db=database.place)))
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
        username, password = self.username.text(), self.password.text()

        def work() -> SignedIn | PasswordChangeRequired:
            try:
                return sign_in(self.database, username, password, demo=self.demo)
            except PasswordChangeRequired as exc:  # right password, to be changed first
                return exc

        outcome = attempt(self, work, self._refused)
        if outcome is FAILED:
            return
        signed = (
            self._change_first(username, password, outcome)
            if isinstance(outcome, PasswordChangeRequired)
            else outcome
        )
        if signed is None:
            return
        self.user = signed.user
        self.expires_in_days = signed.expires_in_days
        self.accept()

    def _change_first(
        self, username: str, password: str, why: PasswordChangeRequired
    ) -> SignedIn | None:
        """The password was right but must be changed: the console opens only once the
        holder has chosen a new one (and signs in with it)."""
        from console.ui.dialogs.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(
            self.database, username.strip(), current=password, reason=str(why), parent=self
        )
        if not dialog.exec() or dialog.new_password is None:
            self.error.setText(str(why))
            return None
        self.password.setText(dialog.new_password)
        signed = attempt(
            self,
            lambda: sign_in(self.database, username, dialog.new_password or "", demo=self.demo),
            self._refused,
        )
        return None if signed is FAILED else signed

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
        self.setWindowTitle(self.tr("Set up the bureau"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This database is new. Name the bureau and create the supervision chief's "
                "account, who runs the reviews and keeps the rule catalogue; and, best now, "
                "the system administrator, who adds the other accounts."
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
        # The first system administrator: optional here (the 督察队长 can appoint one
        # later in Settings), but a bureau without one cannot add accounts.
        self.admin_username = QLineEdit()
        self.admin_username.setPlaceholderText(self.tr("e.g. sysadmin (optional)"))
        self.admin_password = QLineEdit()
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_repeat = QLineEdit()
        self.admin_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QLabel(self.tr("System administrator (adds the accounts)")))
        form.addRow(self.tr("User name"), self.admin_username)
        form.addRow(self.tr("Password"), self.admin_password)
        form.addRow(self.tr("Repeat password"), self.admin_repeat)
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        form.addRow(self.tr("Bureau language"), self.language)
        layout.addLayout(form)
        self.defaults = QCheckBox(
            self.tr(
                "Install the defaults: the rule catalogue, grade scheme, training "
                "requirements and warning rules (all can be changed later)"
            )
        )
        self.defaults.setChecked(True)
        layout.addWidget(self.defaults)
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
        if self.admin_password.text() != self.admin_repeat.text():
            self.error.setText(self.tr("The system administrator's two passwords differ."))
            return
        admin_name = self.admin_username.text().strip()
        administrator = (
            NewAdministrator(admin_name, admin_name, self.admin_password.text())
            if admin_name
            else None
        )
        username = self.username.text()
        # The first administrator's account and bureau are recorded under their own name.
        workspace = Workspace(self.database, None, actor=own_actor(username))
        new = NewBureau(
            bureau_name=self.bureau.text(),
            username=username,
            display_name=self.display_name.text(),
            password=self.password.text(),
            language=str(self.language.currentData()),
            install_defaults=self.defaults.isChecked(),
            administrator=administrator,
        )
        ready = attempt(
            self,
            lambda: workspace.run(set_up_bureau, new, date.today()),
            lambda errors: self.error.setText("\n".join(e.message for e in errors)),
        )
        if ready is FAILED:
            return
        self.user = ready.user
        self.accept()
