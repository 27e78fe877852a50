"""Settings → Sign-in & passwords: the bureau's lockout, password life and idle lock."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.core.account_policy import LIMITS, AccountPolicy, load_policy, save_policy
from console.core.conflicts import Conflict
from console.core.errors import FieldError
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt


class AccountPolicyPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: AccountPolicy | None = None  # as last loaded
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Applies to every desktop of the bureau. A new idle time applies from the "
                "next sign-in."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        captions = {
            "max_failures": self.tr("Failed sign-ins before the account locks"),
            "lockout_minutes": self.tr("Lockout (minutes)"),
            "expiry_days": self.tr("Password life (days)"),
            "warning_days": self.tr("Warn before the password expires (days)"),
            "idle_minutes": self.tr("Lock the console when idle for (minutes)"),
        }
        self.fields: dict[str, QSpinBox] = {}
        for name, caption in captions.items():
            low, high = LIMITS[name]
            box = QSpinBox()
            box.setRange(low, high)
            box.setEnabled(ctx.can_manage_roles)  # the security administrator's
            self.fields[name] = box
            form.addRow(caption, box)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(ctx.can_manage_roles)
        self.saved = QLabel()
        self.saved.setObjectName("Hint")
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        layout.addLayout(row)
        self.errors = QLabel()
        self.errors.setObjectName("ErrorText")
        self.errors.setWordWrap(True)
        layout.addWidget(self.errors)
        layout.addStretch(1)

    def reload(self) -> None:
        policy = self.ctx.read(load_policy)
        self.shown = policy
        for name, box in self.fields.items():
            box.setValue(getattr(policy, name))
        self.errors.setText("")

    def policy(self) -> AccountPolicy:
        return AccountPolicy(**{name: box.value() for name, box in self.fields.items()})

    def save(self) -> None:
        data, conflict = self.policy(), False

        def work() -> AccountPolicy:
            nonlocal conflict
            try:
                return self.ctx.run(save_policy, self.ctx.user, data, seen=self.shown)
            except Conflict:
                conflict = True
                raise

        def show(errors: Iterable[FieldError]) -> None:
            self.errors.setText("\n".join(e.message for e in errors))
            self.saved.setText("")

        if attempt(self, work, show) is FAILED:
            if conflict:
                self.reload()
            return
        self.shown = data
        self.errors.setText("")
        self.saved.setText(self.tr("Saved."))
