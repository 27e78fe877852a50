"""What every page shares: the database, the signed-in user, today and the chosen month."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.database import Database
from console.core.permissions import can_edit_people, can_write
from console.core.workspace import Workspace
from glossary import Role, YearMonth


class AppContext(QObject):
    period_changed = Signal(object)  # YearMonth
    data_changed = Signal(str)  # the area that changed: "people", "units", "accounts" …
    notice = Signal(str)  # a short confirmation for the status bar ("Saved: 张伟")

    def __init__(self, database: Database, user: User, today: date | None = None) -> None:
        super().__init__()
        self.database = database
        self.user = user
        self.workspace = Workspace(database, user)
        # The one door to the core: ctx.run(service, *args) writes, ctx.read(...) reads.
        self.run = self.workspace.run
        self.read = self.workspace.read
        self.today = today or date.today()
        self._period = YearMonth.of(self.today)

    @property
    def period(self) -> YearMonth:
        return self._period

    def set_period(self, period: YearMonth) -> None:
        if period != self._period:
            self._period = period
            self.period_changed.emit(period)

    def session(self) -> Session:
        """A short-lived session: pages open one per action and close it at once."""
        return self.database.session()

    @property
    def can_write(self) -> bool:
        return can_write(self.user)

    @property
    def can_edit_people(self) -> bool:
        return can_edit_people(self.user)

    @property
    def is_admin(self) -> bool:
        return self.user.role == Role.ADMIN
