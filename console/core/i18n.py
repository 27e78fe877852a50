"""Translation for the whole application, from one catalogue.

``resources/translations/ducha_<lang>.ts`` is the single source: the core reads it here
for headless output (CLI, PDFs, error messages) and the Qt shell installs a translator
backed by the same lookup, so there is no compiled file to fall out of date.
"""

from __future__ import annotations

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


def system_language() -> str:
    """zh_CN when the system speaks Chinese, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "zh_CN" if code.lower().startswith("zh") else "en"


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
