"""An export's work with its audit event: the file is written, then the export recorded
(console.core.export_log), on the same worker thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from console.core.export_log import record_export
from console.ui.context import AppContext


def audited(
    ctx: AppContext, document: str, rows: int, write: Callable[[], Path]
) -> Callable[[], Path]:
    run, user = ctx.run, ctx.user  # read on the GUI thread; used on the worker

    def work() -> Path:
        written = write()
        run(record_export, user, document, written, rows)
        return written

    return work
