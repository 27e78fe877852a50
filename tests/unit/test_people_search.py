"""Finding a person by what is typed: name, staff number, pinyin initials."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from console.core import pinyin
from console.core.errors import NotFound
from console.core.people_search import person_choices, resolve_person
from tests.factories import make_bureau


def test_a_typed_name_or_staff_number_finds_the_person(session: Session) -> None:
    b = make_bureau(session)
    zhang = b.people[0]
    assert resolve_person(session, zhang.staff_no.lower()) == zhang.id
    assert resolve_person(session, f" {zhang.name} ") == zhang.id
    with pytest.raises(NotFound, match="Nobody is named 周波浩"):
        resolve_person(session, "周波浩")
    with pytest.raises(NotFound, match="No person has staff number ZZ9999"):
        resolve_person(session, "zz9999")


def test_choices_match_by_name_staff_number_and_unit(session: Session) -> None:
    b = make_bureau(session)
    zhang = b.people[0]
    choices = person_choices(session, b.supervisor)
    assert [c.id for c in choices if c.matches(zhang.name)] == [zhang.id]
    assert [c.id for c in choices if c.matches(zhang.staff_no.lower())] == [zhang.id]
    # A squad leader chooses only among their own units' people.
    assert {c.id for c in person_choices(session, b.leader)} < {c.id for c in choices}


def test_choices_match_by_pinyin_initials(session: Session) -> None:
    b = make_bureau(session)
    zhang = b.people[0]
    key = pinyin.initials(zhang.name)
    assert key and any(c.id == zhang.id for c in person_choices(session, b.admin) if c.matches(key))


def test_initials_of_a_chinese_name() -> None:
    assert pinyin.initials("周波浩") == "zbh"
    assert pinyin.initials("李A3") == "la3"  # letters and digits are kept as typed


def test_a_surname_of_two_readings_is_found_by_either() -> None:
    # 曾 is zēng as a surname, céng in words; 单 is shàn as a surname, dān in words.
    assert pinyin.initials("曾伟") == "cw zw"
    assert pinyin.initials("单磊") == "dl sl"
    # A given name's rare readings are left out: 立 read wèi would make "zw" find 周立.
    assert pinyin.initials("周立") == "zl"
