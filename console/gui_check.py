"""Whether the console's window can open here, asked before Qt is loaded.

On a server or a container there is no display, and on a bare Linux desktop Qt's system
libraries may be missing; either way the user gets one line that says what to do
instead, never a Qt abort or an ImportError's traceback.
"""

from __future__ import annotations

import os
import re
import sys

from console.core.i18n import tr_context

_t = tr_context("cli")


def why_no_window() -> str | None:
    """None if the window can open; else one line saying why not and what to do."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        return _t(
            "There is no display here, so the console's window cannot open. The commands "
            "work without one: ducha demo, ducha report monthly --month YYYY-MM -o FILE.pdf "
            "--user NAME … (ducha --help lists them)."
        )
    try:
        import PySide6.QtWidgets  # noqa: F401  (loads Qt's system libraries)
    except ImportError as exc:
        missing = re.search(r"lib[\w.+-]+\.so[\w.]*", str(exc))
        return _t(
            "Qt cannot start: the system library {library} is missing. On Debian or Ubuntu "
            "run: bash tools/dev.sh demo (it installs what Qt needs)."
        ).format(library=missing.group(0) if missing else str(exc))
    return None
