"""Where the training year will end: hours on 31 December at the current pace, who will
miss the requirement, and the remaining sessions that would close the gap.

The bureau is tests.factories' — officers 张伟 (T0001, east) and 李娜 (T0003, west) owe
60 legal hours a year by default; the others have no requirement. 李娜 is made a
mid-year joiner (hired 2 July 2026: 183 of 365 days, 30.1 hours owed).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from sqlalchemy.orm import Session

from console.core.database import Database
from console.core.training.attendance import Mark, record_attendance
from console.core.training.projection import (
    PlannedSession,
    choose_sessions,
    days_of,
    projected_hours,
    year_projection,
)
from console.core.training.requirements import owed_hours
from console.core.training.sessions import SessionInput, save_session
from db.org import Person
from glossary import AttendanceStatus, Category, TrainingCategory
from tests.factories import Bureau, make_bureau

LEGAL, SKILLS = TrainingCategory.LEGAL, TrainingCategory.SKILLS
PRESENT = AttendanceStatus.PRESENT
JOINED = date(2026, 7, 2)


# --- the formula on hand numbers ------------------------------------------------------------


def test_days_of_the_year_count_the_day_asked_about() -> None:
    # 219 days of 2026 have passed before 8 August; 2026 has 365 days.
    assert days_of(2026, date(2026, 8, 8), None) == (219, 365)
    assert days_of(2026, date(2026, 1, 1), date(2010, 3, 1)) == (0, 365)  # no pace yet
    # Hired 2 July: 183 days to 31 December, 91 of them before 1 October.
    assert days_of(2026, date(2026, 10, 1), JOINED) == (91, 183)
    # The year over: every day has passed. Not yet begun: none.
    assert days_of(2026, date(2027, 2, 1), None) == (365, 365)
    assert days_of(2026, date(2025, 12, 1), None) == (0, 365)


def test_projection_is_the_hours_so_far_kept_up_to_31_december() -> None:
    # 36 hours in 219 days: 36 × 365 ÷ 219 = 60.0 — exactly on target.
    assert projected_hours(36, 219, 365) == 60
    # A mid-year joiner: 12 hours in 91 of their 183 days → 24.1, short of 30.1 owed.
    assert projected_hours(12, 91, 183) == pytest.approx(12 * 183 / 91)
    assert owed_hours(60, 2026, JOINED) == 30.1
    # No pace yet, or the year over: the hours as they stand.
    assert projected_hours(5, 0, 365) == 5
    assert projected_hours(50, 365, 365) == 50


def _planned(sid: int, day: date, hours: float) -> PlannedSession:
    return PlannedSession(sid, day, f"session {sid}", LEGAL, hours)


def test_sessions_are_chosen_earliest_first_until_the_missing_hours_are_reached() -> None:
    later = _planned(1, date(2026, 12, 1), 12)
    first = _planned(2, date(2026, 9, 1), 8)
    second = _planned(3, date(2026, 11, 5), 10)
    last = _planned(4, date(2026, 12, 20), 6)
    chosen, enough = choose_sessions(26.1, [later, first, last, second])
    assert [s.session_id for s in chosen] == [2, 3, 1]  # 8 + 10 + 12 = 30 ≥ 26.1
    assert enough
    # Exactly enough stops there; nothing missing needs nothing.
    assert choose_sessions(18, [first, second, later]) == ((first, second), True)
    assert choose_sessions(0, [first]) == ((), True)
    # Even all of them fall short: all are chosen, and it says so.
    assert choose_sessions(40, [first, last]) == ((first, last), False)


# --- the service on a bureau ------------------------------------------------------------------


@pytest.fixture
def b(session: Session) -> Bureau:
    bureau = make_bureau(session)
    li = session.get(Person, bureau.people[2].id)
    assert li is not None
    li.hire_date = JOINED  # 李娜 joins mid-year
    session.commit()
    return bureau


def _session(
    session: Session,
    b: Bureau,
    day: date,
    hours: float,
    category: TrainingCategory = LEGAL,
    categories: Sequence[Category] = (),
    units: Sequence[int] = (),
) -> int:
    data = SessionInput(f"{day} 培训", category, day, hours, "法制科", "", categories, units)
    return save_session(session, b.supervisor, data).id


def _present(session: Session, b: Bureau, sid: int, *people: int) -> None:
    marks = [Mark(b.people[n - 1].id, PRESENT) for n in people]
    record_attendance(session, b.supervisor, sid, marks, date(2026, 12, 31))


@pytest.fixture
def year(session: Session, b: Bureau) -> dict[str, int]:
    """张伟 did 36 hours on 10 March; 李娜 4 hours on 20 July; then the year's plan."""
    march = _session(session, b, date(2026, 3, 10), 36)
    _present(session, b, march, 1)
    july = _session(session, b, date(2026, 7, 20), 4)
    _present(session, b, july, 3)
    sessions = {
        "sep1": _session(session, b, date(2026, 9, 1), 8),
        "sep15_east": _session(session, b, date(2026, 9, 15), 10, units=[b.east.id]),
        "oct_skills": _session(session, b, date(2026, 10, 10), 20, SKILLS),
        "nov5": _session(session, b, date(2026, 11, 5), 10),
        "dec1_officers": _session(session, b, date(2026, 12, 1), 12, categories=[Category.OFFICER]),
        "dec20": _session(session, b, date(2026, 12, 20), 6),
        "dec22_auxiliary": _session(
            session, b, date(2026, 12, 22), 20, categories=[Category.AUXILIARY]
        ),
    }
    session.commit()
    return sessions


def test_exactly_on_target_reaches_it_and_a_mid_year_joiner_is_told_what_to_attend(
    session: Session, b: Bureau, year: dict[str, int]
) -> None:
    projection = year_projection(session, b.admin, 2026, date(2026, 8, 8))
    people = {p.staff_no: p for p in projection.people}
    # Only those with a requirement: the two officers.
    assert set(people) == {"T0001", "T0003"}
    zhang, li = people["T0001"], people["T0003"]
    # 张伟: 36 h in 219 days → exactly 60.0 on 31 December: on target, not missing.
    assert (zhang.credited, zhang.projected, zhang.required) == (36, 60, 60)
    assert not zhang.will_miss and zhang.plan == ()
    # 李娜, hired 2 July: 4 h in 37 of her 183 days → 19.8 of 30.1 owed.
    assert (li.counted_from, li.elapsed_days, li.window_days) == (JOINED, 37, 183)
    assert li.required == 30.1
    assert li.projected == pytest.approx(4 * 183 / 37)
    assert li.will_miss and li.short_by == pytest.approx(30.1 - 4 * 183 / 37)
    # 26.1 hours missing: 1 Sep (8) + 5 Nov (10) + 1 Dec (12) = 30. Not the east unit's
    # 15 September, not the skills session, not the auxiliaries'; 20 December not needed.
    assert li.missing == pytest.approx(26.1)
    assert [s.session_id for s in li.plan] == [year["sep1"], year["nov5"], year["dec1_officers"]]
    assert (li.plan_hours, li.reachable) == (30, True)
    assert [p.staff_no for p in projection.missing()] == ["T0003"]
    assert (projection.will_miss, projection.cannot_reach) == (1, 0)


def test_when_even_all_remaining_sessions_will_not_suffice(
    session: Session, b: Bureau, year: dict[str, int]
) -> None:
    projection = year_projection(session, b.admin, 2026, date(2026, 11, 23))
    people = {p.staff_no: p for p in projection.people}
    zhang = people["T0001"]
    # 36 h in 326 days → 40.3 on 31 December; 24 hours missing, 18 left in the plan.
    assert zhang.projected == pytest.approx(36 * 365 / 326)
    assert [s.session_id for s in zhang.plan] == [year["dec1_officers"], year["dec20"]]
    assert (zhang.plan_hours, zhang.reachable) == (18, False)
    assert projection.cannot_reach == 2
    # Furthest short first: 李娜 projects 5.1 of 30.1 (25.0 short), 张伟 40.3 of 60 (19.7).
    assert [p.staff_no for p in projection.missing()] == ["T0003", "T0001"]
    # The remaining sessions of the year are those after the date.
    assert {s.session_id for s in projection.remaining} == {
        year["dec1_officers"],
        year["dec20"],
        year["dec22_auxiliary"],
    }


def test_once_the_year_is_over_the_projection_is_the_hours_credited(
    session: Session, b: Bureau, year: dict[str, int]
) -> None:
    projection = year_projection(session, b.admin, 2026, date(2027, 1, 15))
    zhang = next(p for p in projection.people if p.staff_no == "T0001")
    assert (zhang.projected, zhang.will_miss, zhang.reachable, zhang.plan) == (36, True, False, ())
    assert projection.remaining == ()


def test_nobody_is_judged_before_the_year_has_begun(
    session: Session, b: Bureau, year: dict[str, int]
) -> None:
    projection = year_projection(session, b.admin, 2026, date(2025, 12, 20))
    # 张伟 (李娜 is not yet hired): no pace yet, so not "will miss".
    assert [(p.staff_no, p.will_miss) for p in projection.people] == [("T0001", False)]
    assert len(projection.remaining) == 9  # the whole year's sessions are still to come


def test_a_squad_leader_sees_the_projection_of_their_own_unit(
    session: Session, b: Bureau, year: dict[str, int]
) -> None:
    projection = year_projection(session, b.leader, 2026, date(2026, 11, 23))
    assert [p.staff_no for p in projection.people] == ["T0001"]


def test_hours_of_another_category_do_not_count_towards_the_legal_requirement(
    session: Session, b: Bureau, year: dict[str, int]
) -> None:
    skills = _session(session, b, date(2026, 4, 1), 100, SKILLS)
    _present(session, b, skills, 1)
    session.commit()
    zhang = next(
        p
        for p in year_projection(session, b.admin, 2026, date(2026, 8, 8)).people
        if p.staff_no == "T0001"
    )
    assert zhang.projected == 60  # the legal hours only, as before


def test_the_projection_reads_alike_on_sqlite_and_postgresql(any_db: Database) -> None:
    with any_db.session() as session:
        bureau = make_bureau(session)
        march = _session(session, bureau, date(2026, 3, 10), 36)
        _present(session, bureau, march, 1)
        _session(session, bureau, date(2026, 12, 1), 12, categories=[Category.OFFICER])
        session.commit()
        projection = year_projection(session, bureau.admin, 2026, date(2026, 8, 8))
    people = {p.staff_no: p for p in projection.people}
    assert (people["T0001"].projected, people["T0001"].will_miss) == (60, False)
    assert [s.session_date for s in people["T0003"].plan] == [date(2026, 12, 1)]
    assert not people["T0003"].reachable
