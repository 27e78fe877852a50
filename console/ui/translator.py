"""A QTranslator that answers from the core's catalogue (the .ts file is the one source)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

from console.core import i18n


class CatalogueTranslator(QTranslator):
    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._table = i18n.catalogue(lang)

    def isEmpty(self) -> bool:
        return not self._table

    def language(self) -> str:
        return self._lang

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None becomes a null QString: "not mine", so Qt asks the next translator (its
        # own, for standard buttons). An empty string would blank the text instead.
        return self._table.get((context, source))
