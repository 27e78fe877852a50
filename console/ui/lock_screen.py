"""What the main window shows while locked: no data, only the password to go on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.auth import User
from console.core.database import Database
from console.core.errors import DuchaError
from console.core.sign_in import resume_session


class LockScreen(QWidget):
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, database: Database, user: User, demo: bool = False) -> None:
        super().__init__()
        self.database = database
        self.user = user
        self.demo = demo
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QVBoxLayout()
        heading = QLabel(self.tr("The console is locked"))
        heading.setObjectName("DialogHeading")
        box.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(
            QLabel(
                self.tr(
                    "Nobody used the console for a while. {name} ({username}): enter your "
                    "password to go on."
                ).format(name=user.display_name, username=user.username)
            ),
            0,
            Qt.AlignmentFlag.AlignHCenter,
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(260)
        self.password.returnPressed.connect(self.unlock)
        box.addWidget(self.password, 0, Qt.AlignmentFlag.AlignHCenter)
        self.error = QLabel("")
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        box.addWidget(self.error, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        outer.addLayout(box)
        outer.addStretch(2)

    def reset(self) -> None:
        self.password.clear()
        self.error.clear()
        self.password.setFocus()

    def unlock(self) -> None:
        try:
            resume_session(self.database, self.user, self.password.text(), demo=self.demo)
        except DuchaError as exc:  # wrong, locked out meanwhile, or disabled
            self.error.setText(str(exc))
            self.password.selectAll()
            return
        self.password.clear()
        self.error.clear()
        self.unlocked.emit()
