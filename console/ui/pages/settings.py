"""Settings: console accounts, the interface language, and the database with its backup."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.accounts import AccountRow, accounts_view, set_account_active, unlock_account
from console.core.auth import User, create_account
from console.core.backups import back_up, backups_folder
from console.core.duties import duties_combined, needs_first_administrator, set_duties_combined
from console.core.errors import DuchaError, FieldError
from console.core.labels import choices, label
from console.core.system_info import DatabaseInfo, database_info
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.dialogs.account_role import AccountRoleDialog, FirstAdministratorDialog
from console.ui.dialogs.person import fill_unit_combo
from console.ui.errors import FAILED, attempt, in_words
from console.ui.pages.account_policy_panel import AccountPolicyPanel
from console.ui.pages.base import Page
from console.ui.pages.contractor_settings import ContractorSettingsPanel
from console.ui.pages.decision_settings import DecisionSettingsPanel
from console.ui.pages.scoring_settings import ScoringSettingsPanel
from console.ui.pages.star_levels_settings import StarLevelSettingsPanel
from console.ui.pages.training_settings import TrainingSettingsPanel
from console.ui.pages.warning_settings import WarningSettingsPanel
from console.ui.settings_store import (
    MAX_KEPT,
    backup_folder,
    backup_retention,
    store_backup_folder,
    store_backup_retention,
    store_language,
    stored_language,
)
from console.ui.tables import make_table
from console.ui.tasks import run_in_background
from db.base import utcnow
from glossary import Role
from widgets.field_form import FieldForm
from widgets.table_model import Column, RowFilterProxy, RowTableModel
from widgets.table_view import select_where

MUTED_COLOUR = "#8a8f98"


def _local_time(value: datetime | None) -> str:
    # Sign-in times are stored in UTC; people read them in their own time zone.
    if value is None:
        return ""
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class AccountDialog(QDialog):
    """A new account. Every problem shows beside its field and nothing is written."""

    def __init__(
        self, ctx: AppContext, units: list[UnitRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: User | None = None
        self.setWindowTitle(self.tr("Add account"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)

        self.username = QLineEdit()
        self.username.setMaxLength(40)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for member, text in choices(Role):
            self.role.addItem(text, member)
        self.role.setCurrentIndex(self.role.findData(Role.SUPERVISOR))
        if not ctx.can_manage_roles:
            # Roles are the security administrator's: a new account starts as a viewer.
            self.role.setCurrentIndex(self.role.findData(Role.VIEWER))
            self.role.setEnabled(False)
            self.role.setToolTip(self.tr("The security administrator gives the account its role."))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("No unit"), None)
        fill_unit_combo(self.unit, units, None)
        self.unit.setToolTip(self.tr("A squad leader sees only this unit and those below it."))

        rows: list[tuple[str, str, QWidget]] = [
            ("username", self.tr("User name"), self.username),
            ("display_name", self.tr("Display name"), self.display_name),
            ("password", self.tr("Password"), self.password),
            ("repeat", self.tr("Repeat password"), self.repeat),
            ("role", self.tr("Role"), self.role),
            ("unit", self.tr("Unit"), self.unit),
        ]
        self.form = FieldForm(rows)
        self.errors = self.form.errors
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
        # Checked here, not in the core: the core never sees the repeated password.
        if self.password.text() != self.repeat.text():
            self.show_errors([FieldError("repeat", self.tr("The two passwords differ."))])
            return
        ctx = self.ctx
        created = attempt(
            self,
            lambda: ctx.run(
                create_account,
                ctx.user,
                self.username.text(),
                self.display_name.text(),
                self.password.text(),
                self.role.currentData(),
                self.unit.currentData(),
            ),
            self.show_errors,
        )
        if created is FAILED:
            return
        self.created = created
        self.accept()


class SettingsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Settings"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._accounts_tab(), self.tr("Accounts"))
        self.tabs.addTab(self._language_tab(), self.tr("Language"))
        self.scoring = ScoringSettingsPanel(ctx)
        self.tabs.addTab(self.scoring, self.tr("Scoring"))
        self.warnings = WarningSettingsPanel(ctx)
        self.tabs.addTab(self.warnings, self.tr("Early warnings"))
        self.training = TrainingSettingsPanel(ctx)
        self.tabs.addTab(self.training, self.tr("Training"))
        self.tabs.addTab(ContractorSettingsPanel(ctx), self.tr("Contractors"))
        self.tabs.addTab(StarLevelSettingsPanel(ctx), self.tr("Star levels"))
        self.decisions = DecisionSettingsPanel(ctx)
        self.tabs.addTab(self.decisions, self.tr("Commendation & rotation"))
        self.account_policy = AccountPolicyPanel(ctx)
        self.tabs.addTab(self.account_policy, self.tr("Sign-in & passwords"))
        self.tabs.addTab(self._database_tab(), self.tr("Database"))
        self.layout_.addWidget(self.tabs, 1)
        self.units: list[UnitRow] = []
        self.info: DatabaseInfo | None = None

    # --- accounts ----------------------------------------------------------------
    def _accounts_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.accounts: RowTableModel[AccountRow] = RowTableModel(self._account_columns(), self)
        self.accounts_proxy = RowFilterProxy(self)
        self.accounts_proxy.setSourceModel(self.accounts)
        self.accounts_table = make_table(
            self.accounts_proxy, "accounts", self.tr("Accounts"), (120, 120, 110, 160, 60)
        )
        self.accounts_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_account_buttons()
        )
        self.accounts_search = QLineEdit()
        self.accounts_search.setPlaceholderText(self.tr("Search user name, display name, unit…"))
        self.accounts_search.setClearButtonEnabled(True)
        self.accounts_search.textChanged.connect(self.accounts_proxy.set_search)
        layout.addWidget(self.accounts_search)
        layout.addWidget(self.accounts_table, 1)

        self.add_account_button = QPushButton(self.tr("Add account…"))
        self.disable_button = QPushButton(self.tr("Disable"))
        self.enable_button = QPushButton(self.tr("Enable"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.reset_password_button = QPushButton(self.tr("Reset password…"))
        self.role_button = QPushButton(self.tr("Role and duties…"))
        self.appoint_button = QPushButton(self.tr("Appoint the system administrator…"))
        self.add_account_button.clicked.connect(self.add_account)
        self.disable_button.clicked.connect(lambda: self.set_selected_active(False))
        self.enable_button.clicked.connect(lambda: self.set_selected_active(True))
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.reset_password_button.clicked.connect(self.reset_selected_password)
        self.role_button.clicked.connect(self.edit_role)
        self.appoint_button.clicked.connect(self.appoint_administrator)
        buttons = QHBoxLayout()
        for button in (self.add_account_button, self.disable_button, self.enable_button):
            button.setVisible(self.ctx.can_manage_accounts)
            buttons.addWidget(button)
        # Lockouts and resets are the security administrator's, with roles.
        for button in (self.unlock_button, self.reset_password_button):
            button.setVisible(self.ctx.can_manage_roles)
            buttons.addWidget(button)
        self.role_button.setVisible(self.ctx.can_manage_roles)
        buttons.addWidget(self.role_button)
        self.appoint_button.setVisible(False)  # shown to the 督察队长 while none exists
        buttons.addWidget(self.appoint_button)
        if not (self.ctx.can_manage_accounts or self.ctx.can_manage_roles):
            hint = QLabel(
                self.tr(
                    "The system administrator adds and disables accounts; the security "
                    "administrator gives them their roles."
                )
            )
            hint.setObjectName("Hint")
            buttons.addWidget(hint)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.combined = QCheckBox(
            self.tr(
                "Small bureau: one person may hold two administrator duties (recorded in "
                "the audit log)"
            )
        )
        self.combined.setEnabled(self.ctx.can_manage_accounts or self.ctx.can_manage_roles)
        self.combined.clicked.connect(self.set_combined)
        layout.addWidget(self.combined)
        return tab

    def _account_columns(self) -> list[Column[AccountRow]]:
        def muted(a: AccountRow) -> str | None:
            return None if a.active else MUTED_COLOUR

        return [
            Column(self.tr("User name"), lambda a: a.username, colour=muted),
            Column(self.tr("Display name"), lambda a: a.display_name, colour=muted),
            Column(self.tr("Role"), lambda a: label(a.role), colour=muted),
            Column(
                self.tr("Administrator duties"),
                lambda a: "、".join(label(d) for d in sorted(a.duties)),
                colour=muted,
            ),
            Column(self.tr("Unit"), lambda a: a.unit_name, colour=muted),
            Column(
                self.tr("Active"),
                lambda a: self.tr("Yes") if a.active else self.tr("No"),
                colour=muted,
                searchable=False,
            ),
            Column(
                self.tr("Sign-in"),
                self._sign_in_state,
                colour=muted,
                searchable=False,
            ),
            Column(
                self.tr("Last sign-in"),
                lambda a: _local_time(a.last_login_at),
                sort_key=lambda a: a.last_login_at or datetime.min,
                colour=muted,
                searchable=False,
            ),
        ]

    def _sign_in_state(self, a: AccountRow) -> str:
        if a.locked(utcnow()):
            return self.tr("Locked until {time}").format(
                time=_local_time(a.locked_until)[-5:]  # the time of day
            )
        if a.must_change_password:
            return self.tr("Must change password")
        return ""

    def current_account(self) -> AccountRow | None:
        rows = self.accounts_table.selectionModel().selectedRows()
        return self.accounts_proxy.row_at(rows[0].row()) if rows else None

    def select_account(self, account_id: int) -> None:
        select_where(self.accounts_table, lambda a: a.id == account_id)

    def _update_account_buttons(self) -> None:
        account = self.current_account()
        admin = self.ctx.can_manage_accounts
        self.add_account_button.setEnabled(admin)
        self.disable_button.setEnabled(admin and account is not None and account.active)
        self.enable_button.setEnabled(admin and account is not None and not account.active)
        security = self.ctx.can_manage_roles
        self.unlock_button.setEnabled(security and account is not None and account.locked(utcnow()))
        self.reset_password_button.setEnabled(security and account is not None)
        self.role_button.setEnabled(
            self.ctx.can_manage_roles and account is not None and account.id != self.ctx.user.id
        )

    def add_account(self) -> None:
        dialog = AccountDialog(self.ctx, self.units, self)
        if dialog.exec() and dialog.created is not None and dialog.created.id is not None:
            self._after_account_change(dialog.created.id)

    def edit_role(self) -> None:
        account = self.current_account()
        if account is None:
            return
        dialog = AccountRoleDialog(self.ctx, account, self.units, self)
        if dialog.exec():
            self._after_account_change(account.id)

    def appoint_administrator(self) -> None:
        dialog = FirstAdministratorDialog(self.ctx, self)
        if dialog.exec() and dialog.created is not None and dialog.created.id is not None:
            self._after_account_change(dialog.created.id)

    def set_combined(self, combined: bool) -> None:
        attempt(self, lambda: self.ctx.run(set_duties_combined, self.ctx.user, combined))
        # Refused or not, show the setting as it is now.
        self.combined.setChecked(self.ctx.read(duties_combined))
        self.ctx.data_changed.emit("accounts")

    def set_selected_active(self, active: bool) -> None:
        account = self.current_account()
        if account is None:
            return
        # The list's copy of the account: a change made on another desk since is refused.
        attempt(
            self,
            lambda: self.ctx.run(
                set_account_active,
                self.ctx.user,
                account.id,
                active,
                seen_version=account.row_version,
            ),
        )
        # Refused or not, show the account as it is now.
        self._after_account_change(account.id)

    def unlock_selected(self) -> None:
        account = self.current_account()
        if account is None:
            return
        attempt(self, lambda: self.ctx.run(unlock_account, self.ctx.user, account.id))
        self._after_account_change(account.id)

    def reset_selected_password(self) -> None:
        from console.ui.dialogs.password import ResetPasswordDialog

        account = self.current_account()
        if account is None:
            return
        if ResetPasswordDialog(self.ctx, account, self).exec():
            self._after_account_change(account.id)

    def _after_account_change(self, account_id: int) -> None:
        self.ctx.data_changed.emit("accounts")
        self.refresh_if_stale()  # a visible page has already reloaded on the signal
        self.select_account(account_id)

    # --- language ----------------------------------------------------------------
    def _language_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), None)
        # Each language is named in itself, so that anyone can find their own.
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(
            lambda _i: store_language(self.language.currentData())
        )
        form.addRow(self.tr("Interface language"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("The language applies the next time Ducha starts."))
        note.setObjectName("Hint")
        layout.addWidget(note)
        layout.addStretch(1)
        return tab

    # --- database ----------------------------------------------------------------
    def _database_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        self.backend_value = QLabel()
        self.location_value = QLabel()
        self.revision_value = QLabel()
        self.people_value = QLabel()
        self.events_value = QLabel()
        self.audit_value = QLabel()
        for caption, value in (
            (self.tr("Database type"), self.backend_value),
            (self.tr("Location"), self.location_value),
            (self.tr("Database version"), self.revision_value),
            (self.tr("People"), self.people_value),
            (self.tr("Point events"), self.events_value),
            (self.tr("Audit log entries"), self.audit_value),
        ):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
        layout.addLayout(form)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        self.backup_result = QLabel()
        self.backup_result.setWordWrap(True)
        self.backup_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_result, 1)
        layout.addLayout(row)
        layout.addWidget(self._backup_options())
        layout.addStretch(1)
        return tab

    def _backup_options(self) -> QWidget:
        """Where this desktop's backups go and how many automatic ones are kept. Stored on
        this desktop (a folder is a path on this machine); only an administrator edits."""
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 12, 0, 0)
        self.backup_folder_value = QLineEdit()
        self.backup_folder_value.setReadOnly(True)
        self.backup_folder_button = QPushButton(self.tr("Choose folder…"))
        self.backup_folder_button.clicked.connect(self.choose_backup_folder)
        self.backup_folder_reset = QPushButton(self.tr("Use the default"))
        self.backup_folder_reset.clicked.connect(lambda: self.set_backup_folder(None))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder_value, 1)
        folder_row.addWidget(self.backup_folder_button)
        folder_row.addWidget(self.backup_folder_reset)
        form.addRow(self.tr("Backup folder"), folder_row)
        self.keep_daily = QSpinBox()
        self.keep_monthly = QSpinBox()
        for spin in (self.keep_daily, self.keep_monthly):
            spin.setRange(1, MAX_KEPT)
            spin.valueChanged.connect(
                lambda _v: store_backup_retention(
                    self.keep_daily.value(), self.keep_monthly.value()
                )
            )
        form.addRow(self.tr("Daily backups kept"), self.keep_daily)
        form.addRow(self.tr("Monthly backups kept"), self.keep_monthly)
        note = QLabel(
            self.tr(
                "Ducha backs up automatically once a day and when it closes. Only these "
                "automatic backups are ever deleted to keep the numbers above; backups "
                "taken by hand are kept. A network folder is fine."
            )
        )
        note.setObjectName("Hint")
        note.setWordWrap(True)
        form.addRow(note)
        self._load_backup_options()
        return box

    def _load_backup_options(self) -> None:
        folder = backups_folder(self.ctx.workspace, backup_folder())
        self.backup_folder_value.setText(str(folder) if folder else "")
        daily, monthly = backup_retention()
        for spin, value in ((self.keep_daily, daily), (self.keep_monthly, monthly)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        admin = self.ctx.is_admin
        for widget in (
            self.backup_folder_button,
            self.backup_folder_reset,
            self.keep_daily,
            self.keep_monthly,
        ):
            widget.setEnabled(admin and folder is not None)

    def choose_backup_folder(self) -> None:
        current = backups_folder(self.ctx.workspace, backup_folder())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), str(current or "")
        )
        if chosen:
            self.set_backup_folder(Path(chosen))

    def set_backup_folder(self, folder: Path | None) -> None:
        store_backup_folder(folder)
        self._load_backup_options()

    def _database_read(self, info: DatabaseInfo) -> None:
        self.info = info
        self._show_database(info)

    def _plain_revision(self, revision: str | None) -> str:
        """A version people can read ("Version 7"), not the migration's file name."""
        number = (revision or "").split("_", 1)[0]
        if not number.isdigit():
            return self.tr("none")
        return self.tr("Version {n}").format(n=int(number))

    def _show_database(self, info: DatabaseInfo) -> None:
        names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
        self.backend_value.setText(names.get(info.backend, info.backend))
        self.location_value.setText(info.description)
        self.revision_value.setText(self._plain_revision(info.schema_revision))
        self.people_value.setText(f"{info.people:,}")
        self.events_value.setText(f"{info.point_events:,}")
        self.audit_value.setText(f"{info.audit_rows:,}")
        self.backup_button.setEnabled(info.can_back_up)
        self.backup_button.setVisible(self.ctx.is_admin)
        self.backup_button.setToolTip(
            ""
            if info.can_back_up
            else self.tr("A PostgreSQL server is backed up with the server's tools (pg_dump).")
        )

    def back_up(self) -> None:
        self.backup_button.setEnabled(False)
        self.backup_result.setText(self.tr("Backing up…"))
        workspace, folder = self.ctx.workspace, backup_folder()
        # Copying and checking a large database file takes seconds: off the GUI thread.
        run_in_background(
            self, lambda: back_up(workspace, folder), self._backed_up, self._backup_failed
        )

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.backup_result.setText(self.tr("Backup written to {path}").format(path=path))

    def _backup_failed(self, exc: Exception) -> None:
        self.backup_button.setEnabled(True)
        # The core's message is already translated; anything else is unexpected.
        if isinstance(exc, DuchaError):
            text = str(exc)
        else:
            text = self.tr("The backup failed: {error}").format(error=in_words(exc))
        self.backup_result.setText(text)

    # --- loading -----------------------------------------------------------------
    def reload(self) -> None:
        selected = self.current_account()
        view = self.ctx.read(accounts_view, self.ctx.user)
        self.units = view.units
        self.accounts.set_rows(view.accounts)
        if selected is not None:
            self.select_account(selected.id)
        self._update_account_buttons()
        self.combined.setChecked(self.ctx.read(duties_combined))
        self.appoint_button.setVisible(
            self.ctx.is_admin and self.ctx.read(needs_first_administrator)
        )
        self.scoring.reload()
        self.warnings.reload()
        self.training.reload()
        self.decisions.reload()
        self.account_policy.reload()

        stored = stored_language()
        self.language.blockSignals(True)
        for i in range(self.language.count()):
            if self.language.itemData(i) == stored:
                self.language.setCurrentIndex(i)
        self.language.blockSignals(False)

        # Counting millions of entries and audit rows takes a while on a large bureau.
        read = self.ctx.read
        self.read_later(lambda: read(database_info), self._database_read)
        self._load_backup_options()
