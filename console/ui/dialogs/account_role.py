"""The separation of duties in Settings: giving an account its role and duties (the
security administrator), and appointing a bureau's first system administrator (the
督察队长, once)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.accounts import AccountRow
from console.core.auth import User
from console.core.duties import RoleChange, appoint_first_administrator, set_account_role
from console.core.errors import FieldError
from console.core.labels import choices, label
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.dialogs.person import fill_unit_combo
from console.ui.errors import FAILED, attempt
from glossary import Duty, Role
from widgets.field_form import FieldForm


class AccountRoleDialog(QDialog):
    """Role, unit and administrator duties of one account. Every problem shows beside its
    field (only one duty unless the bureau combines them; an administrator account keeps
    the viewer role; the last holder keeps a duty) and nothing is written."""

    def __init__(
        self,
        ctx: AppContext,
        account: AccountRow,
        units: list[UnitRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.setWindowTitle(self.tr("Role and duties of {user}").format(user=account.username))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.role = QComboBox()
        for member, text in choices(Role):
            self.role.addItem(text, member)
        self.role.setCurrentIndex(self.role.findData(account.role))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("No unit"), None)
        fill_unit_combo(self.unit, units, account.unit_id)
        duties_box = QWidget()
        row = QHBoxLayout(duties_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.duty_boxes: dict[Duty, QCheckBox] = {}
        for duty in Duty:
            box = QCheckBox(label(duty))
            box.setChecked(duty in account.duties)
            box.toggled.connect(lambda _on: self._follow_duties())
            self.duty_boxes[duty] = box
            row.addWidget(box)
        self.form = FieldForm(
            [
                ("role", self.tr("Role"), self.role),
                ("unit", self.tr("Unit"), self.unit),
                ("duties", self.tr("Administrator duties"), duties_box),
            ]
        )
        layout.addWidget(self.form)
        note = QLabel(
            self.tr(
                "An account holding an administrator duty reads the records but changes "
                "none: its role is viewer. Business work needs a separate account."
            )
        )
        note.setObjectName("Hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._follow_duties()

    def chosen_duties(self) -> frozenset[Duty]:
        return frozenset(d for d, box in self.duty_boxes.items() if box.isChecked())

    def _follow_duties(self) -> None:
        # An administrator account is a viewer: the role is not a choice while it has duties.
        if self.chosen_duties():
            self.role.setCurrentIndex(self.role.findData(Role.VIEWER))
        self.role.setEnabled(not self.chosen_duties())

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        self.form.show_errors((e.field, e.message) for e in errors)

    def save(self) -> None:
        change = RoleChange(self.role.currentData(), self.unit.currentData(), self.chosen_duties())
        ctx, account = self.ctx, self.account
        done = attempt(
            self,
            lambda: ctx.run(
                set_account_role,
                ctx.user,
                account.id,
                change,
                seen_version=account.row_version,
            ),
            self.show_errors,
        )
        if done is not FAILED:
            self.accept()


class FirstAdministratorDialog(QDialog):
    """The 督察队长 appoints the bureau's first system administrator (once)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: User | None = None
        self.setWindowTitle(self.tr("Appoint the system administrator"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The system administrator adds the accounts. Until the bureau appoints a "
                "security and an audit administrator, this account also holds their "
                "duties, and the separation-of-duties setting says so."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.username = QLineEdit()
        self.username.setMaxLength(40)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = FieldForm(
            [
                ("username", self.tr("User name"), self.username),
                ("display_name", self.tr("Display name"), self.display_name),
                ("password", self.tr("Password"), self.password),
                ("repeat", self.tr("Repeat password"), self.repeat),
            ]
        )
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        self.form.show_errors((e.field, e.message) for e in errors)

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_errors([FieldError("repeat", self.tr("The two passwords differ."))])
            return
        ctx = self.ctx
        created = attempt(
            self,
            lambda: ctx.run(
                appoint_first_administrator,
                ctx.user,
                self.username.text(),
                self.display_name.text(),
                self.password.text(),
            ),
            self.show_errors,
        )
        if created is FAILED:
            return
        self.created = created
        self.accept()
