"""The user's stored preferences (QSettings), declared in one place.

Pages read and write preferences through these functions, never by key strings of
their own, so a renamed key or a new default is a change to this file alone.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from console.core.i18n import LANGUAGES

ORGANISATION = "Ducha"
APPLICATION = "Ducha"
LANGUAGE_KEY = "ui/language"


def _settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def stored_language() -> str | None:
    """The language chosen in Settings ("en" or "zh_CN"), or None to follow the system.

    A value this build does not know (edited by hand, or from a newer version) counts
    as no choice, so the console still starts in the system's language.
    """
    value = _settings().value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def store_language(lang: str | None) -> None:
    """Remember the language for the next start; None goes back to following the system."""
    settings = _settings()
    if lang is None:
        settings.remove(LANGUAGE_KEY)
    else:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language: {lang!r}")
        settings.setValue(LANGUAGE_KEY, lang)
    settings.sync()
