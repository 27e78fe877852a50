"""The month's result, computed by hand on a five-person bureau (see tests/factories.py).

East squad: 张伟 (T0001), 王芳 (T0002); west squad: 李娜 (T0003), 刘洋 (T0004);
office: 陈静 (T0005). Base score 100.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.errors import PermissionDenied, ValidationError
from console.core.scoring.entries import (
    EntryInput,
    approve_entry,
    record_entries,
    reject_entry,
    void_entry,
)
from console.core.scoring.locking import finalise_month, lock_state, reopen_month
from console.core.scoring.periods import period_ranking
from console.core.scoring.ranking import month_ranking, rank_month
from console.core.scoring.settings import THRESHOLD, ScoringSettings, save_settings
from console.core.scoring.squads import rank_squads
from db.audit import AuditLog
from db.org import Person
from db.scoring import PointEvent, Rule, RuleSet
from glossary import EventStatus, Grade, RuleCategory, Star, YearMonth
from tests.factories import Bureau, make_bureau
from tests.scoring_fixtures import recount_rows, tally_rows

OCT, NOV = YearMonth(2026, 10), YearMonth(2026, 11)
TODAY = date(2026, 11, 22)
D = Decimal


@pytest.fixture
def b(session: Session) -> Bureau:
    bureau = make_bureau(session)
    rs = RuleSet(name="细则", effective_from=date(2026, 1, 1), base_score=D(100))
    session.add(rs)
    session.flush()
    rules = [
        Rule(
            rule_set_id=rs.id,
            code="AJ01",
            category=RuleCategory.CASEWORK,
            text="简易程序",
            points=D("0.5"),
            monthly_cap=D(10),
        ),
        Rule(
            rule_set_id=rs.id,
            code="AJ02",
            category=RuleCategory.CASEWORK,
            text="一般程序",
            points=D(2),
        ),
        Rule(
            rule_set_id=rs.id,
            code="FW01",
            category=RuleCategory.SERVICE,
            text="群众表扬",
            points=D(1),
        ),
        Rule(
            rule_set_id=rs.id,
            code="TS01",
            category=RuleCategory.COMPLAINT,
            text="投诉属实",
            points=D(-5),
        ),
        Rule(
            rule_set_id=rs.id,
            code="JL07",
            category=RuleCategory.DISCIPLINE,
            text="违反廉洁",
            points=D(-10),
            serious=True,
        ),
        Rule(
            rule_set_id=rs.id,
            code="BZ02",
            category=RuleCategory.COMMENDATION,
            text="省级表彰",
            points=D(10),
            needs_approval=True,
        ),
    ]
    session.add_all(rules)
    session.commit()
    return bureau


def rule_id(session: Session, code: str) -> int:
    return session.scalar(select(Rule.id).where(Rule.code == code))  # type: ignore[return-value]


def enter(
    session: Session,
    b: Bureau,
    who: int,
    code: str,
    qty: object = 1,
    on: date = date(2026, 10, 15),
    user=None,
) -> list[int]:  # type: ignore[no-untyped-def]
    return record_entries(
        session,
        user or b.supervisor,
        EntryInput(rule_id(session, code), on, qty, person_ids=[b.people[who].id]),
        TODAY,
    )


def by_name(session: Session, b: Bureau, month: YearMonth = OCT):  # type: ignore[no-untyped-def]
    return {p.name: p for p in month_ranking(session, b.admin, month).people}


def test_each_rules_monthly_sum_is_clipped_to_its_cap(session: Session, b: Bureau) -> None:
    enter(session, b, 0, "AJ01", 25)  # 12.5 points, capped at 10
    enter(session, b, 0, "AJ02", 3)  # 6 points, no cap
    enter(session, b, 0, "TS01")  # -5
    zw = by_name(session, b)["张伟"]
    assert (zw.awards, zw.deductions, zw.total) == (D("16.00"), D("-5.00"), D("111.00"))
    # The cap is per person and month: the entries themselves keep their full points.
    assert session.scalar(select(PointEvent.points).where(PointEvent.quantity == 25)) == D("12.5")


def test_ties_share_a_rank(session: Session, b: Bureau) -> None:
    enter(session, b, 0, "AJ02", 3)  # 106
    enter(session, b, 1, "AJ02", 2)  # 104
    enter(session, b, 2, "AJ02", 2)  # 104
    r = by_name(session, b)
    assert [r[n].rank for n in ("张伟", "王芳", "李娜", "刘洋", "陈静")] == [1, 2, 2, 4, 4]
    assert (r["王芳"].unit_rank, r["李娜"].unit_rank, r["刘洋"].unit_rank) == (2, 1, 2)


def test_quota_keeps_a_tie_on_the_boundary_out(session: Session, b: Bureau) -> None:
    # Five people, excellent at most 20% = 1 place, good at most 30% = 1 place.
    enter(session, b, 0, "AJ02", 3)  # 106: alone at the top → excellent
    enter(session, b, 1, "AJ02", 2)  # 104 ┐ tied: two people for one 'good' place,
    enter(session, b, 2, "AJ02", 2)  # 104 ┘ so neither is good
    r = by_name(session, b)
    assert r["张伟"].grade == Grade.EXCELLENT
    assert (r["王芳"].grade, r["李娜"].grade) == (Grade.PASS, Grade.PASS)


def test_tie_at_the_top_moves_to_good_when_it_fits(session: Session, b: Bureau) -> None:
    save_settings(session, b.admin, ScoringSettings(good_share=D("0.40")))  # 2 good places
    enter(session, b, 0, "AJ02", 3)
    enter(session, b, 1, "AJ02", 3)  # tied top pair: 2 > 1 excellent place
    r = by_name(session, b)
    assert (r["张伟"].grade, r["王芳"].grade) == (Grade.GOOD, Grade.GOOD)


def test_serious_violation_forces_fail_and_frees_its_place(session: Session, b: Bureau) -> None:
    enter(session, b, 0, "AJ02", 10)  # 120 …
    enter(session, b, 0, "JL07")  # … but a serious violation: 110, fail
    enter(session, b, 1, "AJ02", 2)  # 104: now the best without one → excellent
    r = by_name(session, b)
    assert (r["张伟"].total, r["张伟"].grade) == (D("110.00"), Grade.FAIL)
    assert r["王芳"].grade == Grade.EXCELLENT
    assert r["张伟"].rank == 1  # the rank itself is arithmetic


def test_threshold_scheme_and_the_bottom_lines(session: Session, b: Bureau) -> None:
    save_settings(session, b.admin, replace(ScoringSettings(), grade_mode=THRESHOLD))
    enter(session, b, 0, "AJ02", 5)  # 110 → excellent
    enter(session, b, 1, "AJ02", 3)  # 106 → good
    enter(session, b, 2, "TS01")  # 95 → pass (the basic line is "below 95")
    enter(session, b, 3, "TS01", 2)  # 90 → basic
    enter(session, b, 4, "TS01", 3)  # 85 → fail
    r = by_name(session, b)
    assert [r[n].grade for n in ("张伟", "王芳", "李娜", "刘洋", "陈静")] == [
        Grade.EXCELLENT,
        Grade.GOOD,
        Grade.PASS,
        Grade.BASIC,
        Grade.FAIL,
    ]


def test_stars(session: Session, b: Bureau) -> None:
    enter(session, b, 0, "AJ02", 3, on=date(2026, 9, 10))  # 张伟 September 106
    enter(session, b, 0, "AJ02", 4)  # October 108: +2
    enter(session, b, 1, "AJ01", 30)  # 王芳 casework 15 → capped 10: casework star
    enter(session, b, 2, "FW01", 2)  # 李娜 service star
    enter(session, b, 3, "FW01", 2)  # 刘洋 ties for it
    r = by_name(session, b)
    assert r["王芳"].stars == (Star.CASEWORK, Star.MOST_IMPROVED)  # 100 → 110, the largest rise
    assert Star.SERVICE in r["李娜"].stars and Star.SERVICE in r["刘洋"].stars
    assert Star.MOST_IMPROVED not in r["张伟"].stars


def test_most_improved_needs_a_previous_month(session: Session, b: Bureau) -> None:
    newcomer = session.get(Person, b.people[4].id)
    assert newcomer is not None
    newcomer.hire_date = date(2026, 10, 1)
    session.commit()
    enter(session, b, 4, "AJ02", 5)
    enter(session, b, 0, "AJ02", 1)
    r = by_name(session, b)
    assert Star.MOST_IMPROVED not in r["陈静"].stars
    assert Star.MOST_IMPROVED in r["张伟"].stars


def test_only_people_on_strength_in_the_month_are_ranked(session: Session, b: Bureau) -> None:
    late = session.get(Person, b.people[3].id)
    assert late is not None
    late.hire_date = date(2026, 11, 3)
    session.commit()
    assert "刘洋" not in by_name(session, b, OCT)
    assert "刘洋" in by_name(session, b, NOV)


def test_squad_score_is_members_mean_plus_squad_entries(session: Session, b: Bureau) -> None:
    enter(session, b, 0, "AJ02", 2)  # east: 104 and 100 → 102
    record_entries(
        session,
        b.supervisor,
        EntryInput(rule_id(session, "FW01"), date(2026, 10, 3), 3, unit_id=b.west.id),
        TODAY,
    )  # west: 100 and 100, +3 for the squad → 103
    squads = {s.unit_name: s for s in rank_squads(session, rank_month(session, OCT))}
    assert (squads["城东中队"].score, squads["城东中队"].rank) == (D("102.00"), 2)
    assert (squads["城西中队"].score, squads["城西中队"].rank) == (D("103.00"), 1)
    assert "办公室" not in squads  # departments are not in the squad ranking


def test_points_are_fixed_at_entry(session: Session, b: Bureau) -> None:
    enter(session, b, 0, "AJ02", 3)
    rule = session.get(Rule, rule_id(session, "AJ02"))
    assert rule is not None
    rule.points = D(5)  # the catalogue changes later …
    session.commit()
    assert by_name(session, b)["张伟"].total == D("106.00")  # … the recorded entry does not


def test_approval_flow(session: Session, b: Bureau) -> None:
    [eid] = enter(session, b, 0, "BZ02")
    assert session.get(PointEvent, eid).status == EventStatus.PENDING  # type: ignore[union-attr]
    assert by_name(session, b)["张伟"].total == D("100.00")  # pending counts for nothing
    with pytest.raises(ValidationError, match="other than its recorder"):
        approve_entry(session, b.supervisor, eid, seen=EventStatus.PENDING)
    approve_entry(session, b.admin, eid, seen=EventStatus.PENDING)
    assert by_name(session, b)["张伟"].total == D("110.00")
    with pytest.raises(ValidationError):
        reject_entry(
            session, b.admin, eid, "晚了", seen=EventStatus.APPROVED
        )  # only pending entries are rejected


def test_reject_and_void_keep_the_entry_and_its_reason(session: Session, b: Bureau) -> None:
    [pending] = enter(session, b, 1, "BZ02")
    with pytest.raises(ValidationError, match="reason"):
        reject_entry(session, b.admin, pending, " ", seen=EventStatus.PENDING)
    reject_entry(session, b.admin, pending, "材料不全", seen=EventStatus.PENDING)
    [done] = enter(session, b, 1, "AJ02")
    void_entry(session, b.admin, done, "录错人员", seen=EventStatus.APPROVED)
    rows = session.execute(select(PointEvent.status, PointEvent.reason)).all()
    assert set(rows) == {(EventStatus.REJECTED, "材料不全"), (EventStatus.VOID, "录错人员")}
    assert by_name(session, b)["王芳"].total == D("100.00")


def test_squad_leader_entries_wait_and_stay_in_their_unit(session: Session, b: Bureau) -> None:
    [eid] = enter(session, b, 0, "AJ02", user=b.leader)
    assert session.get(PointEvent, eid).status == EventStatus.PENDING  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied):
        enter(session, b, 2, "AJ02", user=b.leader)  # 李娜 is in the west squad
    with pytest.raises(PermissionDenied):
        enter(session, b, 0, "AJ02", user=b.viewer)
    assert {p.name for p in month_ranking(session, b.leader, OCT).people} == {"张伟", "王芳"}


def test_entry_validation_lists_every_problem(session: Session, b: Bureau) -> None:
    data = EntryInput(rule_id(session, "AJ02"), date(2026, 12, 1), "abc", person_ids=[])
    with pytest.raises(ValidationError) as err:
        record_entries(session, b.supervisor, data, TODAY)
    assert {e.field for e in err.value.errors} == {"quantity", "date", "person"}
    with pytest.raises(ValidationError, match="not in force"):
        enter(session, b, 0, "AJ02", on=date(2025, 6, 1))  # before the rule set began


def test_a_locked_month_refuses_entries_and_reopening_is_audited(
    session: Session, b: Bureau
) -> None:
    [eid] = enter(session, b, 0, "AJ02", 3)
    state = finalise_month(session, b.admin, OCT, TODAY)
    assert (state.locked, state.version) == (True, 1)
    with pytest.raises(ValidationError, match="finalised and locked"):
        enter(session, b, 1, "AJ02")
    with pytest.raises(ValidationError, match="finalised and locked"):
        void_entry(session, b.admin, eid, "改", seen=EventStatus.APPROVED)
    with pytest.raises(PermissionDenied):
        finalise_month(session, b.supervisor, NOV, TODAY)
    snapshot = month_ranking(session, b.supervisor, OCT)
    assert snapshot.finalised and snapshot.version == 1
    assert snapshot.people[0].name == "张伟" and snapshot.people[0].grade == Grade.EXCELLENT

    with pytest.raises(ValidationError, match="reason"):
        reopen_month(session, b.admin, OCT, "")
    # The author is the Workspace's to set; this test drives the services on one session.
    session.info["actor"] = b.admin.actor
    reopen_month(session, b.admin, OCT, "张伟投诉复核后属实")
    audit = session.scalars(
        select(AuditLog).where(AuditLog.table_name == "period_lock", AuditLog.action == "update")
    ).all()
    assert json.loads(audit[-1].after)["reopen_reason"] == "张伟投诉复核后属实"
    assert audit[-1].username == "admin"
    enter(session, b, 0, "TS01")  # open again: the correction goes in
    state = finalise_month(session, b.admin, OCT, TODAY)
    assert state.version == 2
    again = month_ranking(session, b.admin, OCT)
    assert again.version == 2
    assert {p.name: p.total for p in again.people}["张伟"] == D("101.00")
    assert lock_state(session, OCT).locked


def test_a_month_not_begun_cannot_be_finalised(session: Session, b: Bureau) -> None:
    with pytest.raises(ValidationError):
        finalise_month(session, b.admin, YearMonth(2026, 12), TODAY)


def test_quarter_and_year_average_the_monthly_totals(session: Session, b: Bureau) -> None:
    enter(session, b, 0, "AJ02", 5, on=date(2026, 10, 5))  # Oct 110
    enter(session, b, 0, "TS01", 1, on=date(2026, 11, 5))  # Nov 95
    q4 = period_ranking(session, b.admin, 2026, 4, TODAY)
    assert [str(m) for m in q4.months] == ["2026-10", "2026-11"]  # December has not begun
    zw = next(p for p in q4.people if p.name == "张伟")
    assert (zw.months, zw.total_sum, zw.average) == (2, D("205.00"), D("102.50"))
    assert zw.rank == 1
    year = period_ranking(session, b.admin, 2026, None, TODAY)
    assert len(year.months) == 11
    assert sum(year.grade_counts.values()) == 5 * 11


def test_a_used_rule_keeps_its_cap_category_and_serious_flag(session: Session, b: Bureau) -> None:
    from console.core.scoring.rules import RuleInput, update_rule

    enter(session, b, 0, "TS01", 3)
    finalise_month(session, b.admin, OCT, TODAY)
    data = RuleInput(
        code="TS01",
        category=RuleCategory.COMPLAINT.value,
        text="投诉属实",
        points="-5",
        count_unit="次",
        monthly_cap="5",
    )
    with pytest.raises(ValidationError, match="already has entries"):
        update_rule(session, b.admin, rule_id(session, "TS01"), data, seen_version=None)
    # The points may change: recorded entries keep theirs.
    data = replace(data, monthly_cap=None, points="-6")
    update_rule(session, b.admin, rule_id(session, "TS01"), data, seen_version=None)
    assert {p.name: p.total for p in month_ranking(session, b.admin, OCT).people}["张伟"] == D(
        "85.00"
    )


def test_on_strength_is_judged_on_the_entry_date(session: Session, b: Bureau) -> None:
    from glossary import PersonStatus

    leaver = session.get(Person, b.people[1].id)
    newcomer = session.get(Person, b.people[2].id)
    assert leaver is not None and newcomer is not None
    leaver.status, leaver.left_date = PersonStatus.LEFT, date(2026, 10, 20)
    newcomer.hire_date = date(2026, 11, 1)
    session.commit()
    enter(session, b, 1, "TS01", on=date(2026, 10, 10))  # a fault before leaving: recorded
    with pytest.raises(ValidationError, match="not on strength"):
        enter(session, b, 1, "TS01", on=date(2026, 10, 25))
    with pytest.raises(ValidationError, match="not on strength"):
        enter(session, b, 2, "AJ02", on=date(2026, 10, 10))  # before hiring
    assert by_name(session, b)["王芳"].total == D("95.00")


def test_a_squad_leaders_quarter_keeps_bureau_wide_ranks(session: Session, b: Bureau) -> None:
    enter(session, b, 2, "AJ02", 5)  # 李娜 (west) tops the bureau
    enter(session, b, 0, "AJ02", 2)  # 张伟 (east) is second
    q4 = period_ranking(session, b.leader, 2026, 4, TODAY)
    assert {p.name: p.rank for p in q4.people} == {"张伟": 2, "王芳": 3}
    assert sum(q4.grade_counts.values()) == 2 * len(q4.months)


def test_the_point_tally_follows_every_write(session: Session, b: Bureau) -> None:
    """The ranking reads point_tally; its triggers must follow approvals, rejections,
    voids, corrections by plain UPDATE, deletes, and Core bulk inserts alike."""
    from sqlalchemy import delete, insert, update

    from glossary import EventSource

    enter(session, b, 0, "AJ01", 3)  # 1.5, approved at once
    [pending] = enter(session, b, 0, "BZ02")
    assert tally_rows(session) == recount_rows(session)
    approve_entry(session, b.admin, pending, seen=EventStatus.PENDING)
    [rejected] = enter(session, b, 1, "BZ02")
    reject_entry(session, b.admin, rejected, "材料不全", seen=EventStatus.PENDING)
    [voided] = enter(session, b, 1, "AJ02", 2)
    void_entry(session, b.admin, voided, "录错人员", seen=EventStatus.APPROVED)
    [moved] = enter(session, b, 2, "TS01", on=date(2026, 9, 30))
    assert tally_rows(session) == recount_rows(session)
    # Corrections and deletes outside the services (a repair by SQL) keep it right too.
    session.execute(
        update(PointEvent)
        .where(PointEvent.id == moved)
        .values(event_date=date(2026, 10, 1), person_id=b.people[3].id, points=D("-2.5"))
    )
    session.execute(
        insert(PointEvent),
        [
            {
                "person_id": b.people[4].id,
                "event_date": date(2026, 10, d),
                "rule_id": rule_id(session, "AJ01"),
                "quantity": D(1),
                "points": D("0.5"),
                "source": EventSource.MANUAL,
                "status": EventStatus.APPROVED,
            }
            for d in range(1, 25)
        ],
    )
    session.execute(delete(PointEvent).where(PointEvent.id == pending))
    session.commit()
    assert tally_rows(session) == recount_rows(session)
    assert by_name(session, b)["陈静"].total == D("110.00")  # 24 × 0.5 = 12, capped at 10
    assert by_name(session, b)["刘洋"].total == D("97.50")
