"""What every page shares: the database, the signed-in user, today and the chosen month."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from console.core.auth import User
from console.core.changes import ChangesUnavailable, audit_head, changes_since
from console.core.database import Database
from console.core.permissions import (
    can_edit_people,
    can_manage_accounts,
    can_manage_roles,
    can_manage_units,
    can_read_audit,
    can_write,
)
from console.core.workspace import Workspace
from glossary import Role, YearMonth


class AppContext(QObject):
    period_changed = Signal(object)  # YearMonth
    data_changed = Signal(str)  # the area that changed: "people", "units", "accounts" …
    notice = Signal(str)  # a short confirmation for the status bar ("Saved: 张伟")
    # A tile or chart element asks for the records behind it (a core.indicators.Drill);
    # the main window opens the page it names, filtered.
    drill = Signal(object)

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
        self._seen_head = 0
        self._unreachable = False

    # --- changes made on other desktops ------------------------------------------------
    def watch_other_desktops(self, interval_ms: int = 3000) -> None:
        """Look for other desktops' changes every few seconds and announce their areas on
        ``data_changed``: the visible page reloads, hidden ones are marked stale. A dialog
        the user is filling in is not a page and is never reloaded under them."""
        self._seen_head = self.read(audit_head)
        self._unreachable = False
        self._watch = QTimer(self)
        self._watch.setInterval(interval_ms)
        self._watch.timeout.connect(self.look_for_changes)
        self._watch.start()

    def look_for_changes(self) -> None:
        try:
            changes = self.read(changes_since, self._seen_head, self.user.id)
        except ChangesUnavailable as exc:
            if not self._unreachable:  # said once, not every few seconds
                self._unreachable = True
                self.notice.emit(str(exc))
            return
        self._unreachable = False
        self._seen_head = changes.head
        for area in sorted(changes.areas):
            self.data_changed.emit(area)

    @property
    def period(self) -> YearMonth:
        return self._period

    def set_period(self, period: YearMonth) -> None:
        if period != self._period:
            self._period = period
            self.period_changed.emit(period)

    @property
    def can_write(self) -> bool:
        return can_write(self.user)

    @property
    def can_edit_people(self) -> bool:
        return can_edit_people(self.user)

    @property
    def is_admin(self) -> bool:
        return self.user.role == Role.ADMIN

    # The separated administrator duties (三权分立): what the UI offers mirrors the core.
    @property
    def can_manage_accounts(self) -> bool:
        return can_manage_accounts(self.user)

    @property
    def can_manage_roles(self) -> bool:
        return can_manage_roles(self.user)

    @property
    def can_manage_units(self) -> bool:
        return can_manage_units(self.user)

    @property
    def can_read_audit(self) -> bool:
        return can_read_audit(self.user)
