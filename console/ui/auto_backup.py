"""This desktop's automatic backups: once a day (at start if today's is missing, then an
hourly look for desktops left open for days) and on closing.

The daily one runs on the thread pool so that the window never freezes; the closing one
runs after the window has gone, when there is nothing left to freeze. Only a SQLite file
is backed up: a PostgreSQL server has its own backups.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from console.core.backups import automatic_backup, backups_folder
from console.core.errors import DuchaError
from console.ui.context import AppContext
from console.ui.errors import in_words
from console.ui.settings_store import backup_folder, backup_retention
from console.ui.tasks import run_in_background

HOURLY_MS = 3_600_000
log = logging.getLogger("ducha.backup")


class AutoBackup(QObject):
    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.running = False
        self.last: Path | None = None
        self.warned = False
        self.timer = QTimer(self)
        self.timer.setInterval(HOURLY_MS)
        self.timer.timeout.connect(self.daily)

    @property
    def enabled(self) -> bool:
        return backups_folder(self.ctx.workspace, None) is not None

    def start(self) -> None:
        if not self.enabled:
            return
        self.daily()
        self.timer.start()

    def daily(self, now: datetime | None = None) -> None:
        """Take today's automatic backup unless there is one already (in the background)."""
        if self.running or not self.enabled:
            return
        self.running = True
        workspace, folder = self.ctx.workspace, backup_folder()
        daily, monthly = backup_retention()
        run_in_background(
            self,
            lambda: automatic_backup(
                workspace, folder, daily, monthly, only_if_none_today=True, now=now
            ),
            self._done,
            self._failed,
        )

    def _done(self, path: Path | None) -> None:
        self.running = False
        if path is not None:
            self.last = path
            self.ctx.notice.emit(self.tr("Automatic backup written to {path}").format(path=path))

    def _failed(self, exc: Exception) -> None:
        self.running = False
        message = self.tr("The automatic backup failed: {error}").format(error=in_words(exc))
        log.warning("%s", message)
        self.ctx.notice.emit(message)
        if not self.warned and isinstance(exc, DuchaError | OSError):
            # Said once per session in a box (not every hour): backups that silently stop
            # are found out only when they are needed.
            self.warned = True
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backup"), message)
            box.setParent(self.window, box.windowFlags())
            box.setModal(False)
            box.show()

    def on_close(self) -> str | None:
        """The backup taken as Ducha closes; returns the reason it failed, if it did."""
        self.timer.stop()
        if not self.enabled:
            return None
        QThreadPool.globalInstance().waitForDone()  # a daily one still writing comes first
        daily, monthly = backup_retention()
        try:
            self.last = automatic_backup(self.ctx.workspace, backup_folder(), daily, monthly)
        except (DuchaError, OSError) as exc:
            message = self.tr("The automatic backup failed: {error}").format(error=in_words(exc))
            log.warning("%s", message)
            return message
        return None
