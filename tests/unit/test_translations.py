"""Chinese is the users' language: every string in the code has a zh_CN translation."""

from __future__ import annotations

import re

from console.core import i18n
from tools.i18n import extract, read_ts

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def test_every_string_is_translated() -> None:
    table = read_ts()
    missing = [f"[{ctx}] {src}" for ctx, src in extract() if not table.get((ctx, src))]
    assert missing == [], "run `python -m tools.i18n update` and translate:\n" + "\n".join(
        missing[:40]
    )


def test_translations_keep_their_placeholders() -> None:
    wrong = [
        f"[{ctx}] {src!r} → {tr!r}"
        for (ctx, src), tr in read_ts().items()
        if tr and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr))
    ]
    assert wrong == []


def test_core_messages_follow_the_language() -> None:
    try:
        i18n.set_language("zh_CN")
        assert i18n.translate("labels", "Officer") == "在编执法"
        i18n.set_language("en")
        assert i18n.translate("labels", "Officer") == "Officer"
    finally:
        i18n.set_language("en")


def test_system_language_picks_chinese(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.system_language() == "en"


def test_windows_locale_names_count_as_chinese(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(i18n, "_windows_ui_language", lambda: "")
    monkeypatch.setattr(i18n.locale, "getlocale", lambda: ("Chinese (Simplified)_China", "936"))
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setattr(i18n, "_windows_ui_language", lambda: "zh_CN")
    monkeypatch.setattr(i18n.locale, "getlocale", lambda: ("English_United States", "1252"))
    assert i18n.system_language() == "zh_CN"
