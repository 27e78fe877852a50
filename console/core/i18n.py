"""Translation for the whole application, from one catalogue.

``resources/translations/ducha_<lang>.ts`` is the single source: the core reads it here
for headless output (CLI, PDFs, error messages) and the Qt shell installs a translator
backed by the same lookup, so there is no compiled file to fall out of date.
"""

from __future__ import annotations

import contextlib
import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("en", "zh_CN")

_language = "en"


@cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation for a language; empty for English and unknown ones."""
    path = TRANSLATIONS / f"ducha_{lang}.ts"
    if lang == "en" or not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete"):
                continue
            if tr.text:
                table[(name, source)] = tr.text
    return table


def _is_chinese(name: str) -> bool:
    # POSIX names start with zh (zh_CN.UTF-8); Windows names spell it out
    # ("Chinese (Simplified)_China"); Windows UI language ids are zh-CN.
    name = name.lower()
    return name.startswith("zh") or name.startswith("chinese")


def _windows_ui_language() -> str:
    try:
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return ""
    return locale.windows_locale.get(lang_id, "")


def system_language() -> str:
    """zh_CN when the system speaks Chinese, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh_CN" if _is_chinese(value) else "en"
    # Windows sets none of those: ask it for the display language, then the locale.
    candidates = [_windows_ui_language()]
    with contextlib.suppress(ValueError):
        candidates.append(locale.getlocale()[0] or "")
    return "zh_CN" if any(_is_chinese(c) for c in candidates if c) else "en"


def set_language(lang: str | None) -> str:
    global _language
    _language = lang if lang in LANGUAGES else system_language()
    return _language


def language() -> str:
    return _language


def lookup(context: str, text: str, lang: str | None = None) -> str | None:
    return catalogue(lang or _language).get((context, text))


def translate(context: str, text: str) -> str:
    """Translate ``text`` of ``context`` into the current language (mirrors Qt's translate)."""
    return lookup(context, text) or text


def tr_context(context: str) -> Callable[[str], str]:
    """A module's translate function: ``_t = tr_context("people")`` then ``_t("Name")``.

    The string extractor (``tools/i18n.py``) reads the context from that assignment.
    """

    def _t(text: str) -> str:
        return translate(context, text)

    return _t


def N_(text: str) -> str:
    """Mark a string for extraction where it is stored untranslated and translated later."""
    return text
