"""文件 → 恢复…: choose a backup, see what it holds, confirm, restore.

The backup is checked as soon as it is chosen (integrity and audit chain, read-only),
and what it holds is shown before anything changes. Checking and restoring run off the
GUI thread: a large database takes seconds to check.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.backups import (
    BackupSummary,
    Restored,
    backups_folder,
    inspect_backup,
    restore,
    with_recorded_head,
)
from console.core.errors import DuchaError
from console.ui.context import AppContext
from console.ui.errors import in_words
from console.ui.settings_store import backup_folder
from console.ui.tasks import run_in_background

ERROR_COLOUR = "#b3261e"


def _inspect(path: Path, read: Callable[..., Any]) -> BackupSummary | str:
    """The check, on a worker thread. A refusal comes back as its message, not as an
    exception object: those carry the worker's frames (and the database connections in
    them) across threads, which crashed the application under test. ``read``: the
    workspace's, to compare the backup's head with the one logged when it was taken."""
    try:
        return cast(BackupSummary, read(with_recorded_head, inspect_backup(path)))
    except DuchaError as exc:
        return str(exc)


class RestoreDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: BackupSummary | None = None
        self.restored: Restored | None = None
        self.busy = False
        self.paused: list[QTimer] = []
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Choose a backup file. It is checked first; nothing changes until you "
                "confirm the restore."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No backup chosen"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        form = QFormLayout()
        self.bureau = QLabel()
        self.last_change = QLabel()
        self.people = QLabel()
        self.entries = QLabel()
        self.findings = QLabel()
        self.audit = QLabel()
        self.head = QLabel()
        self.head.setWordWrap(True)
        self.schema = QLabel()
        self.schema.setWordWrap(True)
        for caption, value in (
            (self.tr("Bureau"), self.bureau),
            (self.tr("Last change"), self.last_change),
            (self.tr("People"), self.people),
            (self.tr("Point entries"), self.entries),
            (self.tr("Findings"), self.findings),
            (self.tr("Audit log"), self.audit),
            (self.tr("Audit chain head"), self.head),
            (self.tr("Made by"), self.schema),
        ):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
        layout.addLayout(form)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        folder = backups_folder(ctx.workspace, backup_folder())
        note = QLabel(
            self.tr(
                "Restoring replaces the database in use with the backup. A copy of the "
                "database in use is kept first, in {folder}. Everyone signs in again "
                "afterwards."
            ).format(folder=folder or "")
        )
        note.setObjectName("Hint")
        note.setWordWrap(True)
        layout.addWidget(note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # --- choosing and checking ----------------------------------------------------------
    def choose(self) -> None:
        start = backups_folder(self.ctx.workspace, backup_folder())
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(start or ""),
            self.tr("Ducha backups (*.sqlite3);;All files (*)"),
        )
        if name:
            self.check(Path(name))

    def check(self, path: Path) -> None:
        """Check ``path`` in the background and show what it holds."""
        self.summary = None
        self.path.setText(str(path))
        self._show(None)
        self._set_status(self.tr("Checking the backup…"))
        self._set_busy(True)
        read = self.ctx.read
        run_in_background(self, lambda: _inspect(path, read), self._checked, self._failed)

    def _checked(self, outcome: BackupSummary | str) -> None:
        if isinstance(outcome, str):
            self._refused(outcome)
            return
        summary = outcome
        self.summary = summary
        self._set_busy(False)
        self._show(summary)
        self._set_status(self.tr("The backup passed its checks (file integrity and audit log)."))

    def _refused(self, message: str) -> None:
        self._set_busy(False)
        self.summary = None
        self._show(None)
        self._set_status(message, error=True)

    def _failed(self, exc: Exception) -> None:
        # A bug (the core's refusals come back as text): the crash handler shows it too.
        self._refused(
            self.tr("The backup could not be checked: {error}").format(error=in_words(exc))
        )

    def _show(self, summary: BackupSummary | None) -> None:
        if summary is None:
            for label in (
                self.bureau,
                self.last_change,
                self.people,
                self.entries,
                self.findings,
                self.audit,
                self.head,
                self.schema,
            ):
                label.setText("")
            return
        self.bureau.setText(summary.bureau or self.tr("(none)"))
        when = ""
        if summary.last_change_at is not None:
            when = (
                summary.last_change_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
            )
        self.last_change.setText(
            self.tr("{when} by {who}").format(when=when, who=summary.last_change_by or "—")
            if when
            else self.tr("(none)")
        )
        self.people.setText(f"{summary.people:,}")
        self.entries.setText(f"{summary.entries:,}")
        self.findings.setText(f"{summary.findings:,}")
        self.audit.setText(self.tr("intact, {n} rows").format(n=f"{summary.audit_rows:,}"))
        self.head.setText(summary.head_words)
        self.schema.setText(summary.schema_words)

    # --- restoring ----------------------------------------------------------------------
    def confirm(self) -> None:
        summary = self.summary
        if summary is None or self.busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the database in use with this backup ({bureau}, {people} people)?\n"
                "Changes made since the backup was taken are no longer in the database "
                "(the copy kept first still holds them)."
            ).format(bureau=summary.bureau or "", people=summary.people),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Nothing else may reach the database while its file is swapped: the look for
        # other desktops' changes and the hourly backup wait (and resume if refused).
        self.paused = [
            timer
            for owner in (self.ctx, self.parent())
            if owner is not None
            for timer in owner.findChildren(QTimer)
            if timer.isActive()
        ]
        for timer in self.paused:
            timer.stop()
        self._set_status(self.tr("Restoring…"))
        self._set_busy(True)
        self.status.repaint()
        # On the GUI thread, on purpose: the database under every page is being swapped,
        # and the window closes afterwards. Engines opened and closed on a worker thread
        # while the pages' own stay on this one proved fragile; a modal wait of seconds,
        # with the wait cursor, is the honest price.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        # Pages loading in the background finish first: none may hold the database.
        QThreadPool.globalInstance().waitForDone()
        try:
            done = restore(self.ctx.database, self.ctx.user, summary.path, backup_folder())
        except DuchaError as exc:
            self._restore_failed(exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._restored(done)

    def _restored(self, done: Restored) -> None:
        self._set_busy(False)
        self.restored = done
        self.accept()

    def _restore_failed(self, exc: DuchaError) -> None:
        self._set_busy(False)
        for timer in self.paused:
            timer.start()
        self._set_status(str(exc), error=True)

    # --- state --------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.choose_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.summary is not None)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setEnabled(not busy)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        # The palette, not a style sheet: a widget's own style sheet made the offscreen
        # test runs crash when windows of earlier tests were being deleted.
        palette = self.status.palette()
        colour = (
            QColor(ERROR_COLOUR) if error else self.palette().color(QPalette.ColorRole.WindowText)
        )
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.status.setPalette(palette)

    def reject(self) -> None:
        if not self.busy:  # a restore half-way cannot be walked away from
            super().reject()
