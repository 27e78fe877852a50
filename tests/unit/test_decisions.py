"""Grades tied to personnel decisions (docs/decisions.md): the candidate lists at their
boundaries, the red and black lists with ties at the cut, the year's stars.

Months are finalised here as a bureau's past months are: a lock row and the saved
results with the grades given, sealed in the audit chain (console.core.seal), so every
rule reads exactly the grades a test states.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from console.core.database import Database
from console.core.decisions.candidates import CandidateKind, candidates, full_years
from console.core.decisions.history import grade_history
from console.core.decisions.honour_roll import honour_roll
from console.core.decisions.settings import (
    DecisionSettings,
    load_decision_settings,
    save_decision_settings,
)
from console.core.errors import PermissionDenied, ValidationError
from console.core.seal import seal_month
from db.org import Person, PersonTransfer
from db.scoring import MonthlyResult, PeriodLock
from glossary import Grade, Star, YearMonth
from tests.factories import Bureau, make_bureau

E, G, P, B, F = Grade.EXCELLENT, Grade.GOOD, Grade.PASS, Grade.BASIC, Grade.FAIL
AFTER_2026 = date(2027, 1, 15)  # the whole of 2026 has passed


def finalise(
    session: Session,
    month: YearMonth,
    rows: dict[Person, tuple[Grade, Decimal] | Grade],
    stars: dict[Person, Sequence[Star]] | None = None,
) -> None:
    """Finalise ``month`` with these grades (and totals, for the lists' ranks)."""
    session.add(PeriodLock(period=month, version=1, locked=True))
    graded = {
        person: value if isinstance(value, tuple) else (value, Decimal(100))
        for person, value in rows.items()
    }
    order = sorted(graded, key=lambda p: (-graded[p][1], p.staff_no))
    for person in order:
        grade, total = graded[person]
        rank = 1 + sum(1 for other in order if graded[other][1] > total)
        session.add(
            MonthlyResult(
                period=month,
                version=1,
                person_id=person.id,
                unit_id=person.unit_id,
                base_score=Decimal(100),
                awards=max(total - 100, Decimal(0)),
                deductions=min(total - 100, Decimal(0)),
                total=total,
                rank=rank,
                unit_rank=rank,
                grade=grade,
                stars=",".join(s.value for s in (stars or {}).get(person, ())) or None,
            )
        )
    session.flush()
    seal_month(session, month)
    session.commit()


def year_of(session: Session, grades: dict[Person, str], year: int = 2026) -> None:
    """Finalise the twelve months of ``year``: each person's grades as one letter a month
    (E G P B F, '-' for not ranked)."""
    letters = {"E": E, "G": G, "P": P, "B": B, "F": F}
    for m in range(12):
        rows = {p: letters[g[m]] for p, g in grades.items() if g[m] != "-"}
        finalise(session, YearMonth(year, m + 1), dict(rows))


@pytest.fixture
def b(session: Session) -> Bureau:
    bureau = make_bureau(session)
    # Hired recently, so that only the grades decide rotation unless a test says otherwise.
    for p in bureau.people:
        p.hire_date = date(2025, 6, 1)
    session.commit()
    return bureau


def staff(listing: object) -> list[str]:
    return [c.staff_no for c in listing.people]  # type: ignore[attr-defined]


# --- commendation ----------------------------------------------------------------------


def test_commendation_needs_eight_excellent_months_and_no_fail(session: Session, b: Bureau) -> None:
    eight, seven, fail, twelve, _ = b.people
    year_of(
        session,
        {
            eight: "EEEEEEEEGGGG",  # exactly 8 excellent, no fail: listed
            seven: "EEEEEEEGGGGG",  # 7: not
            fail: "EEEEEEEEEEEF",  # 11 excellent and one fail: not
            twelve: "EEEEEEEEEEEE",
        },
    )
    result = candidates(session, b.admin, 2026, CandidateKind.COMMENDATION, AFTER_2026)
    assert staff(result) == [twelve.staff_no, eight.staff_no]  # most excellent months first
    listed = {c.staff_no: c for c in result.people}
    assert listed[eight.staff_no].reasons == ("8 excellent months of 12 counted, no fail",)
    assert listed[eight.staff_no].excellent == 8 and listed[eight.staff_no].fails == 0
    assert result.counting_note() == "Months: 12 finalised months counted."
    with pytest.raises(ValidationError) as early:
        candidates(session, b.admin, 2027, CandidateKind.ROTATION, date(2026, 12, 31))
    assert str(early.value) == "2027 has not begun yet."


def test_commendation_criteria_are_the_administrators(session: Session, b: Bureau) -> None:
    seven, fail, *_ = b.people
    year_of(session, {seven: "EEEEEEEGGGGG", fail: "EEEEEEEEEEEF"})
    settings = DecisionSettings(commend_excellent=7, commend_fails=1)
    with pytest.raises(PermissionDenied):
        save_decision_settings(session, b.supervisor, settings)
    save_decision_settings(session, b.admin, settings)
    session.commit()
    assert load_decision_settings(session) == settings
    result = candidates(session, b.admin, 2026, CandidateKind.COMMENDATION, AFTER_2026)
    assert set(staff(result)) == {seven.staff_no, fail.staff_no}
    reasons = {c.staff_no: c.reasons for c in result.people}
    assert reasons[fail.staff_no] == ("11 excellent months of 12 counted, 1 fails",)
    with pytest.raises(ValidationError) as bad:
        save_decision_settings(session, b.admin, DecisionSettings(commend_excellent=13))
    assert [e.field for e in bad.value.errors] == ["commend_excellent"]


# --- rotation --------------------------------------------------------------------------


def test_rotation_on_two_basic_or_fail_months(session: Session, b: Bureau) -> None:
    twice, once, mixed, never, _ = b.people
    year_of(
        session,
        {
            twice: "GGBGGGGBGGGG",  # basic twice: listed
            once: "GGGGGBGGGGGG",  # once: not
            mixed: "GGGGGGFGGGBG",  # a fail and a basic: listed
            never: "EEEEEEEEEEEE",
        },
    )
    result = candidates(session, b.admin, 2026, CandidateKind.ROTATION, AFTER_2026)
    assert set(staff(result)) == {twice.staff_no, mixed.staff_no}
    reasons = {c.staff_no: c.reasons for c in result.people}
    assert reasons[twice.staff_no] == (
        "2 months basic pass or fail: 2026-03 Basic pass, 2026-08 Basic pass",
    )
    assert reasons[mixed.staff_no] == (
        "2 months basic pass or fail: 2026-07 Fail, 2026-11 Basic pass",
    )


def test_rotation_after_exactly_three_years_in_the_same_squad(session: Session, b: Bureau) -> None:
    three, short, office_person = b.people[0], b.people[2], b.people[4]
    # Moved into their present squads: three full years by 31 December 2026, and a day
    # short of it. The office (a department) is not rotated by this rule.
    session.add(
        PersonTransfer(
            person_id=three.id,
            from_unit_id=b.west.id,
            to_unit_id=b.east.id,
            transfer_date=date(2023, 12, 31),
        )
    )
    session.add(
        PersonTransfer(
            person_id=short.id,
            from_unit_id=b.east.id,
            to_unit_id=b.west.id,
            transfer_date=date(2024, 1, 1),
        )
    )
    office_person.hire_date = date(2010, 1, 1)
    session.commit()
    assert full_years(date(2023, 12, 31), date(2026, 12, 31)) == 3
    assert full_years(date(2024, 1, 1), date(2026, 12, 31)) == 2
    result = candidates(session, b.admin, 2026, CandidateKind.ROTATION, AFTER_2026)
    assert staff(result) == [three.staff_no]
    only = result.people[0]
    assert only.reasons == ("in 城东中队 since 2023-12-31: 3 full years by 2026-12-31",)
    assert only.years_in_unit == 3
    # While 2026 still runs, the years are counted to today: not yet three.
    running = candidates(session, b.admin, 2026, CandidateKind.ROTATION, date(2026, 12, 30))
    assert staff(running) == []


def test_a_past_year_is_judged_by_the_squad_the_person_was_in_then(
    session: Session, b: Bureau
) -> None:
    moved = b.people[0]
    # In 城西中队 since 2022-01-01; moved to 城东中队 (where they are today) on 14 January
    # 2026, after the year 2025 being judged.
    moved.hire_date = date(2015, 6, 1)
    session.add_all(
        [
            PersonTransfer(
                person_id=moved.id,
                from_unit_id=b.east.id,
                to_unit_id=b.west.id,
                transfer_date=date(2022, 1, 1),
            ),
            PersonTransfer(
                person_id=moved.id,
                from_unit_id=b.west.id,
                to_unit_id=b.east.id,
                transfer_date=date(2026, 1, 14),
            ),
        ]
    )
    moved.unit_id = b.east.id
    session.commit()
    result = candidates(session, b.admin, 2025, CandidateKind.ROTATION, date(2026, 2, 1))
    [row] = [p for p in result.people if p.staff_no == moved.staff_no]
    assert row.reasons == ("in 城西中队 since 2022-01-01: 3 full years by 2025-12-31",)
    # In 2026 they have been in 城东中队 less than a year: no longer a candidate.
    later = candidates(session, b.admin, 2026, CandidateKind.ROTATION, AFTER_2026)
    assert moved.staff_no not in staff(later)


def test_unfinished_months_count_only_when_the_setting_says_so(session: Session, b: Bureau) -> None:
    one = b.people[0]
    for m in range(1, 11):
        finalise(session, YearMonth(2026, m), {p: G for p in b.people})
    # November has begun and is not finalised; December has not begun.
    today = date(2026, 11, 22)
    result = candidates(session, b.admin, 2026, CandidateKind.COMMENDATION, today)
    assert result.months.not_counted == [YearMonth(2026, 11)]
    assert result.counting_note() == (
        "Months: 10 finalised months counted; 1 months not yet finalised not counted (2026-11)."
    )
    save_decision_settings(session, b.admin, DecisionSettings(count_live=True))
    session.commit()
    counted = candidates(session, b.admin, 2026, CandidateKind.ROTATION, today)
    assert counted.months.live == [YearMonth(2026, 11)]
    assert "counted at their provisional grades (2026-11)" in counted.counting_note()
    history = grade_history(session, b.admin, one.id)
    assert [y.year for y in history.years] == [2026]
    assert history.years[0].counts == {G: 10}  # the history shows finalised months only
    assert history.years[0].grade(11) is None


def test_a_squad_leader_sees_only_their_own_squads_candidates(session: Session, b: Bureau) -> None:
    year_of(session, {p: "EEEEEEEEEEEE" for p in b.people})
    everyone = candidates(session, b.admin, 2026, CandidateKind.COMMENDATION, AFTER_2026)
    assert len(everyone.people) == 5
    own = candidates(session, b.leader, 2026, CandidateKind.COMMENDATION, AFTER_2026)
    assert {c.unit_id for c in own.people} == {b.east.id}
    with pytest.raises(PermissionDenied):
        grade_history(session, b.leader, b.people[2].id)  # a person of the west squad


# --- the red and black lists ----------------------------------------------------------


def test_red_and_black_lists_list_everyone_tied_at_the_cut(session: Session, b: Bureau) -> None:
    top, tied_a, tied_b, starred, failed = b.people
    finalise(
        session,
        YearMonth(2026, 10),
        {
            top: (E, Decimal("120")),
            tied_a: (G, Decimal("110")),
            tied_b: (G, Decimal("110")),
            starred: (P, Decimal("100")),
            failed: (F, Decimal("88")),
        },
        stars={starred: [Star.SERVICE]},
    )
    save_decision_settings(session, b.admin, DecisionSettings(roll_size=2))
    session.commit()
    roll = honour_roll(session, b.viewer, 2026, month=10, today=AFTER_2026)
    assert roll.finalised
    # Top 2: 120 and the two tied at 110 — three people, and the cut says so.
    assert roll.top is not None and roll.top.tied and roll.top.listed == 3
    assert [e.person.staff_no for e in roll.red] == [
        top.staff_no,
        tied_a.staff_no,
        tied_b.staff_no,
        starred.staff_no,
    ]
    reasons = {e.person.staff_no: e.reasons for e in roll.red}
    assert reasons[tied_b.staff_no] == ("top 2 (rank 2)",)
    assert reasons[starred.staff_no] == ("Service star (2026-10)",)
    # Bottom 2 are 88 and 100; the star at 100 is on the red list, so not on the black.
    assert roll.bottom is not None and not roll.bottom.tied
    assert [e.person.staff_no for e in roll.black] == [failed.staff_no]
    assert roll.black[0].reasons == ("fail (2026-10)", "bottom 2 (rank 5 of 5)")


def test_the_lists_of_a_quarter_rank_by_average_and_name_every_fail(
    session: Session, b: Bureau
) -> None:
    a, c, d, e, f = b.people
    totals = {a: 118, c: 112, d: 104, e: 100, f: 96}
    for m, fail_month in ((7, False), (8, True), (9, False)):
        rows = {p: (G, Decimal(t)) for p, t in totals.items()}
        if fail_month:
            rows[a] = (F, Decimal(118))  # a serious violation: fail whatever the total
        finalise(session, YearMonth(2026, m), rows)
    save_decision_settings(session, b.admin, DecisionSettings(roll_size=1))
    session.commit()
    roll = honour_roll(session, b.admin, 2026, quarter=3, today=AFTER_2026)
    assert roll.months == [YearMonth(2026, m) for m in (7, 8, 9)]
    # The top average is a's, but a failed in August: not on the red list.
    assert [x.person.staff_no for x in roll.red] == []
    assert [x.person.staff_no for x in roll.black] == [f.staff_no, a.staff_no]
    assert roll.black[1].reasons == ("fail (2026-08)",)
    with pytest.raises(PermissionDenied):
        honour_roll(session, b.leader, 2026, quarter=3, today=AFTER_2026)
    with pytest.raises(ValidationError):
        honour_roll(session, b.admin, 2027, month=3, today=AFTER_2026)


def test_the_rules_read_the_same_on_postgresql(any_db: Database) -> None:
    with any_db.session() as s:
        bureau = make_bureau(s)
        for p in bureau.people:
            p.hire_date = date(2025, 6, 1)
        s.commit()
        eight, weak, *_ = bureau.people
        year_of(s, {eight: "EEEEEEEEGGGG", weak: "GGBGGGGFGGGG"})
        # A month reopened and finalised again: its newest version is the one read.
        s.add(PeriodLock(period=YearMonth(2026, 12), version=2, locked=True))
        s.add(
            MonthlyResult(
                period=YearMonth(2026, 12),
                version=2,
                person_id=weak.id,
                unit_id=weak.unit_id,
                base_score=Decimal(100),
                awards=Decimal(0),
                deductions=Decimal(0),
                total=Decimal(100),
                rank=1,
                unit_rank=1,
                grade=E,
            )
        )
        s.flush()
        seal_month(s, YearMonth(2026, 12))
        s.commit()
        commend = candidates(s, bureau.admin, 2026, CandidateKind.COMMENDATION, AFTER_2026)
        assert staff(commend) == [eight.staff_no]
        rotate = candidates(s, bureau.admin, 2026, CandidateKind.ROTATION, AFTER_2026)
        assert staff(rotate) == [weak.staff_no]
        history = grade_history(s, bureau.admin, weak.id)
        assert history.years[0].counts == {G: 9, B: 1, F: 1, E: 1}
        assert history.years[0].grade(12) is E
        roll = honour_roll(s, bureau.admin, 2026, quarter=3, today=AFTER_2026)
        assert roll.finalised and roll.ranked == 2
        assert [e.person.staff_no for e in roll.black] == [weak.staff_no]
        assert roll.black[0].reasons[0] == "fail (2026-08)"


def test_criteria_changed_on_another_desktop_are_not_overwritten(any_db: Database) -> None:
    from dataclasses import replace

    from console.core.conflicts import Conflict
    from console.core.workspace import Workspace

    with any_db.session() as s:
        b = make_bureau(s)
        s.commit()
    admin = Workspace(any_db, b.admin)
    shown = admin.read(load_decision_settings)
    admin.run(save_decision_settings, b.admin, replace(shown, roll_size=5), seen=shown)
    with pytest.raises(Conflict, match="another desktop"):
        admin.run(save_decision_settings, b.admin, replace(shown, roll_size=20), seen=shown)
    assert admin.read(load_decision_settings).roll_size == 5
