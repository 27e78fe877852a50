"""The user's stored preferences (QSettings), declared in one place.

Pages read and write preferences through these functions, never by key strings of
their own, so a renamed key or a new default is a change to this file alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from console.core.backups import DEFAULT_DAILY, DEFAULT_MONTHLY
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


# --- backups ---------------------------------------------------------------------------
# The backup folder is this desktop's: a path (a local disk, a mapped network drive) means
# something on one machine only, so it is not a bureau-wide setting in the database. The
# retention goes with it: it governs the files in that folder, and each desktop with its
# own database file prunes its own automatic backups.
BACKUP_FOLDER_KEY = "backup/folder"
BACKUP_DAILY_KEY = "backup/keep_daily"
BACKUP_MONTHLY_KEY = "backup/keep_monthly"
MAX_KEPT = 999


def backup_folder() -> Path | None:
    """The folder the administrator chose for backups, or None for the default (beside
    the database, in the user data folder)."""
    value = _settings().value(BACKUP_FOLDER_KEY)
    return Path(value) if isinstance(value, str) and value.strip() else None


def store_backup_folder(folder: Path | None) -> None:
    settings = _settings()
    if folder is None:
        settings.remove(BACKUP_FOLDER_KEY)
    else:
        settings.setValue(BACKUP_FOLDER_KEY, str(folder))
    settings.sync()


def _count(key: str, default: int) -> int:
    value = _settings().value(key)
    try:
        number = int(str(value)) if value is not None else default
    except ValueError:
        return default  # edited by hand: the default, not a crash
    return min(max(number, 1), MAX_KEPT)


def backup_retention() -> tuple[int, int]:
    """How many daily and monthly automatic backups to keep."""
    return _count(BACKUP_DAILY_KEY, DEFAULT_DAILY), _count(BACKUP_MONTHLY_KEY, DEFAULT_MONTHLY)


def store_backup_retention(daily: int, monthly: int) -> None:
    settings = _settings()
    settings.setValue(BACKUP_DAILY_KEY, min(max(daily, 1), MAX_KEPT))
    settings.setValue(BACKUP_MONTHLY_KEY, min(max(monthly, 1), MAX_KEPT))
    settings.sync()
