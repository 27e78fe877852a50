"""A form whose every field can show its own error underneath, plus one general line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


def _error_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("ErrorText")
    label.setWordWrap(True)
    return label


class FieldForm(QWidget):
    """Rows of (key, caption, widget). ``show_errors`` puts each message under its field;
    messages for keys the form does not have go to the general line below the form."""

    def __init__(self, rows: Sequence[tuple[str, str, QWidget]], parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        for key, caption, widget in rows:
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(1)
            inner.addWidget(widget)
            error = _error_label()
            error.hide()
            inner.addWidget(error)
            self.errors[key] = error
            form.addRow(caption, box)
            self._hide_on_edit(widget, error)
        outer.addLayout(form)
        self.general = _error_label()
        outer.addWidget(self.general)

    @staticmethod
    def _hide_on_edit(widget: QWidget, error: QLabel) -> None:
        """A message stays only until the user touches the field it is about."""
        for signal in ("textChanged", "currentIndexChanged", "dateChanged", "toggled"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(lambda *_: error.hide())
                return

    def show_errors(self, problems: Iterable[tuple[str, str]]) -> None:
        for shown in self.errors.values():
            shown.hide()
        general = []
        for key, message in problems:
            label = self.errors.get(key)
            if label is None:
                general.append(message)
            else:
                label.setText(message)
                label.show()
        self.general.setText("\n".join(general))
