"""Keeps None, True and False alive under PySide6 6.12 on Python 3.11.

PySide6/shiboken 6.12.0 (the cp310-abi3 wheel) returns ``None`` from every wrapped C++
method that returns ``void`` and ``True`` from every ``SignalInstance.emit()`` without
taking a new reference to them. Since Python 3.12 these objects are immortal (PEP 683),
so that is harmless there; on Python 3.11 each such call takes one reference away from
an object it never owned. Measured on 3.11.7 with nothing of ours imported: 1,000 calls
of ``QCoreApplication.processEvents()`` (or ``QTimer.start``, ``QCheckBox.setChecked``,
``QObject.setObjectName`` …) lower ``sys.getrefcount(None)`` by exactly 1,000, and 1,000
``emit()`` calls of any signal lower ``sys.getrefcount(True)`` by 1,000, whatever the
arguments. An event-pumping loop or a main window left running drives the count to zero,
and the interpreter aborts with "none_dealloc: deallocating None" (in the loop) or
"bool_dealloc: deallocating True or False" (when it collects garbage at exit).

No code of ours can avoid calling void methods and emitting signals, so we do what
Python 3.12 does: give these three objects a reference count that no run of the program
can spend, shaped like 3.12's immortal count (low 32 bits negative as an int32; with it,
the wheel's own decrements of None after a slot call stop, as 3.12's ``Py_DECREF`` skips
immortal objects, so None's count stood still in a pumping loop with signals, and fell
through 2**40 without them). Once, at import, only on CPython before 3.12.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 lost references is one per microsecond for twelve days, still far from overflow;
# 3 << 30 makes the low 32 bits negative as an int32, as in an immortal object's count.
RESERVE = (1 << 40) + (3 << 30)

_done = False


def keep_alive() -> bool:
    """Give None, True and False a reserve of references; True if it was needed here."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a CPython release build. Check
        # that against sys.getrefcount (which counts its own argument) before writing.
        refcnt = ctypes.c_ssize_t.from_address(id(obj))
        if abs(refcnt.value - (sys.getrefcount(obj) - 1)) > 2:
            return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
    _done = True
    return True
