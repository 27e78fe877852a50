"""The desktop console's Qt user interface."""

from console.ui.singletons import keep_alive

# Before any PySide6 call of ours: see console/ui/singletons.py (a PySide6 6.12 bug).
keep_alive()
