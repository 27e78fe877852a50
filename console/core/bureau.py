"""The bureau's own settings that belong with its data, not with one desktop: its language.

The language is chosen when the bureau is set up (Chinese by default). Headless commands
and the reports they write use it, whatever the locale of the machine running them;
``--lang`` overrides it for one command, and a desktop may choose its own in Settings.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from console.core.errors import FieldError, ValidationError
from console.core.i18n import LANGUAGES, tr_context
from console.core.permissions import require_duty
from console.core.user import User
from db.settings import Setting
from glossary import Duty

_t = tr_context("setup")

KEY = "bureau"
DEFAULT_LANGUAGE = "zh_CN"


def bureau_language(session: Session) -> str:
    """The bureau's language; Chinese where none was chosen (databases set up earlier)."""
    row = session.get(Setting, KEY)
    value = row.value.get("language") if row is not None and isinstance(row.value, dict) else None
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_bureau_language(session: Session, user: User, language: str) -> None:
    """The bureau's language is a system setting: the system administrator's."""
    require_duty(session, user, Duty.SYSTEM)
    store_bureau_language(session, language)


def store_bureau_language(session: Session, language: str) -> None:
    """Write the language, checked; the caller has checked the permission (set-up)."""
    if language not in LANGUAGES:
        raise ValidationError(
            [
                FieldError(
                    "language",
                    _t("Unknown language {lang}: choose one of {choices}.").format(
                        lang=language, choices=", ".join(LANGUAGES)
                    ),
                )
            ]
        )
    row = session.get(Setting, KEY)
    value = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
    value["language"] = language
    if row is None:
        session.add(Setting(key=KEY, value=value))
    else:
        row.value = value
    session.flush()
