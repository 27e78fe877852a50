"""After sign-in, the audit check runs in the background; a warning names what differs.

Every edit made outside the application (raw SQL on the database file) shows as a record
that differs from its last image in the audit log (``console.core.tamper``). When all is
well nothing is shown, not even a status message: the check must stay out of the way.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from console.core.permissions import can_read_audit
from console.core.tamper import AuditVerdict, verify_audit
from console.core.tamper_words import headline, verdict_lines
from console.ui.context import AppContext
from console.ui.tasks import run_in_background

log = logging.getLogger("ducha.audit")

# Differences named in the box; the rest are counted ("… and 12 more").
SHOWN = 5


class TamperWarning(QObject):
    finished = Signal(object)  # the AuditVerdict, for whoever wants to know (tests)

    def __init__(
        self, ctx: AppContext, window: QWidget | None = None, *, report_ok: bool = False
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.report_ok = report_ok  # asked for (Help menu): a clean result is said too
        self.box: QMessageBox | None = None

    def start(self) -> None:
        workspace = self.ctx.workspace  # read on the worker thread: its own session
        run_in_background(self, lambda: workspace.read(verify_audit), self._done, self._failed)

    def _done(self, verdict: AuditVerdict) -> None:
        if not verdict.ok:
            self._warn(verdict)
        elif self.report_ok:
            self.box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Audit log verified"),
                self.tr(
                    "The audit log is intact ({rows} rows) and every record matches it "
                    "({records} records checked)."
                ).format(rows=f"{verdict.chain_rows:,}", records=f"{verdict.state.records:,}"),
            )
            self.box.setParent(self.window, self.box.windowFlags())
            self.box.setModal(False)
            self.box.show()
        self.finished.emit(verdict)

    def _warn(self, verdict: AuditVerdict) -> None:
        # Only an administrator reads the records' values; others learn that the data
        # was changed outside the application and whom to tell.
        if self.ctx.is_admin or can_read_audit(self.ctx.user):
            details = verdict_lines(verdict, SHOWN)
        else:
            first = headline(verdict.state)
            details = [first] if first else []
            if verdict.breaks:
                details.insert(0, self.tr("The audit log itself was altered."))
            details.append(self.tr("Tell the supervision squad's administrator."))
        for line in details:
            log.warning("%s", line)
        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Data changed outside Ducha"),
            self.tr(
                "The audit check found changes that were not made in Ducha. Rankings and "
                "records may not be what was entered."
            ),
        )
        self.box.setDetailedText("\n".join(details))
        self.box.setInformativeText("\n".join(details[: SHOWN + 2]))
        self.box.setParent(self.window, self.box.windowFlags())
        self.box.setModal(False)
        self.box.show()

    def _failed(self, exc: Exception) -> None:
        # A check that cannot finish is itself a warning sign (a database altered so that
        # the check fails): say so, never pass over it in silence. An unexpected error also
        # reaches the crash handler (run_in_background).
        log.warning("The audit check could not run: %s", exc)
        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Audit check not finished"),
            self.tr(
                "The check that the records match the audit log could not finish, so "
                "changes made outside Ducha may have gone unnoticed. Run it again with "
                "Help → Verify the audit log, or tell the administrator."
            ),
        )
        self.box.setDetailedText(str(exc))
        self.box.setParent(self.window, self.box.windowFlags())
        self.box.setModal(False)
        self.box.show()
        self.finished.emit(None)
