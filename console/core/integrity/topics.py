"""The inspection checklist (检查内容): the topics a finding is filed under.

Stored as the bureau writes them (Chinese), like rule texts; the English keys are accepted
in import files so that a spreadsheet may be filled in either language.
"""

from __future__ import annotations

# key → the topic as stored and shown
CHECKLIST: dict[str, str] = {
    "dress": "着装风纪",
    "body_camera": "执法记录仪使用",
    "documents": "执法文书",
    "av_records": "音像记录",
    "four_six": "四先六公开",
    "attendance": "考勤",
    "discipline": "工作纪律",
    "integrity": "廉洁自律",
}
TOPICS: tuple[str, ...] = tuple(CHECKLIST.values())


def topic_of(text: str) -> str | None:
    """The checklist topic a user typed (the topic itself or its English key), or None."""
    text = text.strip()
    if text in TOPICS:
        return text
    return CHECKLIST.get(text.lower().replace(" ", "_").replace("-", "_"))
