"""Every enumeration value has its own display name, in English and in Chinese."""

from __future__ import annotations

import inspect
from enum import Enum

import pytest

import glossary as enums
from console.core import i18n
from console.core.labels import label

ENUMS = [
    cls
    for _, cls in inspect.getmembers(enums, inspect.isclass)
    if issubclass(cls, Enum) and cls.__module__ == enums.__name__ and cls is not enums.AuditAction
]


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: c.__name__)
def test_every_member_has_a_label(cls: type[Enum]) -> None:
    for member in cls:
        assert label(member) != member.value, f"{cls.__name__}.{member.name} has no label"


def test_same_value_in_two_enums_keeps_two_labels() -> None:
    # StrEnum members equal their text: "open" is both a finding and a warning status.
    try:
        i18n.set_language("zh_CN")
        assert label(enums.FindingStatus.OPEN) != label(enums.WarningStatus.OPEN)
        assert label(enums.EventStatus.PENDING) != label(enums.ComplaintOutcome.PENDING)
        assert label(enums.FindingStatus.VERIFIED) == "已复核"
        assert label(enums.ComplaintOutcome.VERIFIED) == "属实"
    finally:
        i18n.set_language("en")
