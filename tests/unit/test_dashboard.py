"""The Performance page's figures, worked out by hand on the five-person bureau.

October (entries on the 15th): 张伟 3 general-procedure cases +6 → 106; 王芳 a founded
complaint −5 → 95; 李娜 2 commendations by the public +2 → 102; 刘洋, 陈静 100.
November (the 10th): 张伟 25 simple cases +12.5, capped at 10 → 110; 王芳 8 commendations
+8 → 108; the others 100. September: everyone 100.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from console.core.errors import PermissionDenied
from console.core.scoring.dashboard import (
    Bin,
    average_trend,
    month_stars,
    pending_entries,
    person_entries,
    rules_in_force,
    score_histogram,
)
from console.core.scoring.entries import void_entry
from console.core.scoring.locking import finalise_month
from console.core.scoring.ranking import MonthRanking, PersonResult, month_ranking
from db.scoring import PointEvent, Rule, RuleSet
from glossary import Category, EventSource, EventStatus, RuleCategory, Star, YearMonth
from tests.factories import Bureau
from tests.scoring_fixtures import TODAY, enter, rule_id, scoring_bureau

SEP, OCT, NOV = YearMonth(2026, 9), YearMonth(2026, 10), YearMonth(2026, 11)
D = Decimal


@pytest.fixture
def b(session: Session) -> Bureau:
    bureau = scoring_bureau(session)
    enter(session, bureau, 0, "AJ02", 3)
    enter(session, bureau, 1, "TS01")
    enter(session, bureau, 2, "FW01", 2)
    enter(session, bureau, 0, "AJ01", 25, on=date(2026, 11, 10))
    enter(session, bureau, 1, "FW01", 8, on=date(2026, 11, 10))
    return bureau


def ranking_of(*totals: str) -> MonthRanking:
    people = [
        PersonResult(
            person_id=i,
            staff_no=f"T{i}",
            name=f"P{i}",
            unit_id=1,
            unit_name="U",
            category=Category.OFFICER,
            base=D(100),
            awards=D(0),
            deductions=D(0),
            total=D(t),
            rank=1,
            unit_rank=1,
            serious=False,
            casework=D(0),
            service=D(0),
        )
        for i, t in enumerate(totals)
    ]
    return MonthRanking(NOV, D(100), people)


# --- histogram -----------------------------------------------------------------------------


def test_histogram_bins_are_aligned_and_keep_empty_gaps() -> None:
    bins = score_histogram(ranking_of("94.5", "100", "100", "104.99", "111"))
    assert bins == [
        Bin(D(90), D(95), 1),
        Bin(D(95), D(100), 0),
        Bin(D(100), D(105), 3),
        Bin(D(105), D(110), 0),
        Bin(D(110), D(115), 1),
    ]


def test_histogram_lower_bound_is_inclusive_and_width_is_chosen() -> None:
    assert score_histogram(ranking_of("100", "102", "110"), D(10)) == [
        Bin(D(100), D(110), 2),
        Bin(D(110), D(120), 1),
    ]
    # Negative totals floor downwards: −3 is in [−5, 0).
    assert score_histogram(ranking_of("-3"))[0] == Bin(D(-5), D(0), 1)


def test_histogram_of_nobody_is_empty_and_a_wide_spread_widens_the_bins() -> None:
    assert score_histogram(ranking_of()) == []
    bins = score_histogram(ranking_of("0", "500"))
    assert len(bins) <= 40
    assert sum(b.count for b in bins) == 2
    assert bins[1].lower - bins[0].lower > 5
    with pytest.raises(ValueError):
        score_histogram(ranking_of("100"), D(0))


def test_histogram_of_a_real_month(session: Session, b: Bureau) -> None:
    bins = score_histogram(month_ranking(session, b.admin, NOV))
    assert [(b.lower, b.count) for b in bins] == [(100, 3), (105, 1), (110, 1)]


# --- trend ---------------------------------------------------------------------------------


def test_trend_of_the_bureau_average(session: Session, b: Bureau) -> None:
    trend = average_trend(session, b.admin, NOV, months=3)
    assert [p.month for p in trend] == [SEP, OCT, NOV]
    assert [p.value for p in trend] == [D("100.00"), D("100.60"), D("103.60")]
    assert len(average_trend(session, b.admin, NOV)) == 12


def test_trend_of_a_person_and_of_a_squad(session: Session, b: Bureau) -> None:
    zhang = b.people[0].id
    person = average_trend(session, b.admin, NOV, months=3, person_id=zhang)
    assert [p.value for p in person] == [D(100), D(106), D(110)]
    squad = average_trend(session, b.admin, NOV, months=3, unit_id=b.east.id)
    assert [p.value for p in squad] == [D(100), D("100.50"), D(109)]
    # The office is a department, not ranked among squads: no values.
    office = average_trend(session, b.admin, NOV, months=2, unit_id=b.office.id)
    assert [p.value for p in office] == [None, None]


def test_trend_of_a_squad_leader_covers_their_units(session: Session, b: Bureau) -> None:
    trend = average_trend(session, b.leader, NOV, months=3)
    assert [p.value for p in trend] == [D(100), D("100.50"), D(109)]
    li = b.people[2].id  # west squad: outside the leader's units
    assert {p.value for p in average_trend(session, b.leader, NOV, 2, person_id=li)} == {None}


def test_trend_reads_a_finalised_month_from_its_snapshot(session: Session, b: Bureau) -> None:
    finalise_month(session, b.admin, OCT, TODAY)
    # Written behind the ledger's back: a finalised month must not move.
    session.add(
        PointEvent(
            person_id=b.people[4].id,
            event_date=date(2026, 10, 20),
            rule_id=rule_id(session, "AJ02"),
            quantity=D(25),
            points=D(50),
            status=EventStatus.APPROVED,
            source=EventSource.MANUAL,
        )
    )
    session.commit()
    assert [p.value for p in average_trend(session, b.admin, OCT, months=1)] == [D("100.60")]


# --- stars ---------------------------------------------------------------------------------


def test_stars_with_their_figures(session: Session, b: Bureau) -> None:
    rows = month_stars(session, month_ranking(session, b.admin, NOV))
    assert [(r.star, r.name, r.figure) for r in rows] == [
        (Star.CASEWORK, "张伟", D(10)),  # 12.5 capped at 10
        (Star.SERVICE, "王芳", D(8)),
        (Star.MOST_IMPROVED, "王芳", D(13)),  # 95 → 108
    ]
    assert rows[0].unit_name == "城东中队" and rows[0].rank == 1


def test_stars_of_a_finalised_month_keep_their_figures(session: Session, b: Bureau) -> None:
    finalise_month(session, b.admin, NOV, TODAY)
    ranking = month_ranking(session, b.admin, NOV)
    assert ranking.finalised
    rows = month_stars(session, ranking)
    assert [(r.star, r.figure) for r in rows] == [
        (Star.CASEWORK, D(10)),
        (Star.SERVICE, D(8)),
        (Star.MOST_IMPROVED, D(13)),
    ]


def test_no_stars_in_a_month_without_entries(session: Session, b: Bureau) -> None:
    assert month_stars(session, month_ranking(session, b.admin, SEP)) == []


# --- entries -------------------------------------------------------------------------------


def test_pending_entries_of_any_month_in_the_users_scope(session: Session, b: Bureau) -> None:
    enter(session, b, 2, "BZ02", on=date(2026, 9, 3))  # needs approval
    enter(session, b, 0, "FW01", on=date(2026, 11, 12), user=b.leader)  # a leader's entry
    rows = pending_entries(session, b.supervisor)
    assert [(r.person_name, r.rule_code, r.event_date) for r in rows] == [
        ("李娜", "BZ02", date(2026, 9, 3)),
        ("张伟", "FW01", date(2026, 11, 12)),
    ]
    assert [r.recorded_by for r in rows] == ["督察员", "中队长"]
    assert all(r.status == EventStatus.PENDING for r in rows)
    assert [r.person_name for r in pending_entries(session, b.leader)] == ["张伟"]


def test_a_persons_month_with_who_recorded_and_decided(session: Session, b: Bureau) -> None:
    zhang = b.people[0].id
    extra = enter(session, b, 0, "FW01", on=date(2026, 11, 11))[0]
    void_entry(session, b.admin, extra, "重复录入", seen=EventStatus.APPROVED)
    rows = person_entries(session, b.supervisor, zhang, NOV)
    assert [(r.rule_code, r.points, r.status) for r in rows] == [
        ("AJ01", D("12.5"), EventStatus.APPROVED),
        ("FW01", D(1), EventStatus.VOID),
    ]
    assert rows[0].recorded_by == "督察员" and rows[0].decided_by == ""
    assert (rows[1].decided_by, rows[1].reason) == ("管理员", "重复录入")
    assert person_entries(session, b.supervisor, zhang, SEP) == []
    with pytest.raises(PermissionDenied):
        person_entries(session, b.leader, b.people[2].id, NOV)


# --- rules ---------------------------------------------------------------------------------


def test_rules_in_force_in_catalogue_order(session: Session, b: Bureau) -> None:
    session.get_one(Rule, rule_id(session, "TS01")).active = False
    old = RuleSet(name="旧细则", effective_from=date(2025, 1, 1), effective_to=date(2025, 12, 31))
    session.add(old)
    session.flush()
    session.add(
        Rule(
            rule_set_id=old.id,
            code="OLD1",
            category=RuleCategory.PATROL,
            text="旧规则",
            points=D(1),
        )
    )
    session.commit()
    rules = rules_in_force(session, date(2026, 11, 1))
    # Casework, service, commendation, discipline: the sections' order; TS01 is inactive.
    assert [r.code for r in rules] == ["AJ01", "AJ02", "FW01", "BZ02", "JL07"]
    aj01 = rules[0]
    assert (aj01.points, aj01.count_unit, aj01.category, aj01.monthly_cap) == (
        D("0.5"),
        "次",
        RuleCategory.CASEWORK,
        D(10),
    )
    assert rules[3].needs_approval
    assert [r.code for r in rules_in_force(session, date(2025, 6, 1))] == ["OLD1"]
    assert rules_in_force(session, date(2024, 6, 1)) == []
