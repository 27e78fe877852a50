"""Early warnings at two levels (预警 / 严重预警) and on rates against peers: the level
boundaries, raising an open warning to critical, the settings' validation, the peer
rates (complaints per 100 cases, findings per inspection), statistics per level, and the
upgrade keeping the warnings raised before levels existed at level warning."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from console.core.database import Database
from console.core.errors import ValidationError
from console.core.integrity import default_warnings as dw
from console.core.integrity import peer_rates as pr
from console.core.integrity.warning_rules import RuleConfig, load_config, rule, save_config
from console.core.integrity.warnings import (
    dismiss_warning,
    evaluate_warnings,
    list_warnings,
    open_warning_counts,
    rule_statistics,
)
from console.core.workspace import Workspace
from db.audit import AuditLog
from db.integrity import Complaint, EarlyWarning, Finding, Inspection, inspection_person
from db.org import Person
from db.scoring import PointEvent
from glossary import (
    Category,
    ComplaintChannel,
    ComplaintOutcome,
    EventSource,
    EventStatus,
    FindingStatus,
    Gender,
    InspectionKind,
    PersonStatus,
    Severity,
    WarningLevel,
    WarningStatus,
)
from tests.factories import Bureau, make_bureau
from tests.scoring_fixtures import enter, rule_id, scoring_bureau

TODAY = date(2026, 11, 22)


@pytest.fixture
def b(session: Session) -> Bureau:
    return make_bureau(session)


def complaint(
    session: Session,
    person: Person,
    on: date,
    outcome: ComplaintOutcome = ComplaintOutcome.VERIFIED,
) -> int:
    c = Complaint(
        received_date=on,
        channel=ComplaintChannel.HOTLINE_12345,
        person_id=person.id,
        unit_id=person.unit_id,
        substance="执法态度粗暴",
        outcome=outcome,
    )
    session.add(c)
    session.flush()
    return c.id


def run(session: Session, b: Bureau, code: str, as_of: date = TODAY) -> list[EarlyWarning]:
    result = evaluate_warnings(session, b.supervisor, as_of, codes=[code])
    return [session.get_one(EarlyWarning, i) for i in result.warning_ids]


# --- levels on the shipped rules ---------------------------------------------------------


def test_founded_complaints_exactly_at_each_threshold(session: Session, b: Bureau) -> None:
    zhang, wang, li = b.people[0], b.people[1], b.people[2]
    complaint(session, zhang, date(2026, 10, 1))  # 1: below the warning threshold (2)
    for day in (1, 2):
        complaint(session, wang, date(2026, 10, day))  # exactly 2: warning
    for day in (1, 2, 3):
        complaint(session, li, date(2026, 10, day))  # exactly 3: critical
    fired = {w.person_id: w.level for w in run(session, b, dw.COMPLAINTS)}
    assert fired == {wang.id: WarningLevel.WARNING, li.id: WarningLevel.CRITICAL}


def test_an_open_warning_newly_critical_is_raised_and_audited(session: Session, b: Bureau) -> None:
    wang = b.people[1]
    first = [complaint(session, wang, date(2026, 10, d)) for d in (1, 2)]
    [w] = run(session, b, dw.COMPLAINTS)
    assert (w.level, w.raised_at) == (WarningLevel.WARNING, None)
    third = complaint(session, wang, date(2026, 11, 20))
    result = evaluate_warnings(session, b.supervisor, TODAY, codes=[dw.COMPLAINTS])
    assert (result.total, result.raised) == (0, {dw.COMPLAINTS: 1})  # raised, not added
    session.refresh(w)
    assert w.level == WarningLevel.CRITICAL and w.raised_at is not None
    assert w.evidence == {"complaint": [*first, third]}
    assert "3" in list_warnings(session, b.admin)[0].summary
    changes = session.scalars(
        select(AuditLog)
        .where(AuditLog.table_name == "warning", AuditLog.row_id == w.id)
        .order_by(AuditLog.id)
    ).all()
    assert json.loads(changes[-1].after or "{}")["level"] == "critical"


def test_an_open_critical_warning_is_never_lowered(session: Session, b: Bureau) -> None:
    wang = b.people[1]
    ids = [complaint(session, wang, date(2026, 8, d)) for d in (20, 21, 22)]
    [w] = run(session, b, dw.COMPLAINTS, date(2026, 9, 1))
    assert w.level == WarningLevel.CRITICAL
    grounds = w.summary
    # Months later two of them have left the 90 days; a new one makes two: warning level.
    ids.append(complaint(session, wang, date(2026, 11, 1)))
    assert run(session, b, dw.COMPLAINTS, date(2026, 11, 19)) == []
    session.refresh(w)
    assert w.level == WarningLevel.CRITICAL
    assert w.summary == grounds  # the grounds that made it critical are kept
    assert set(w.evidence["complaint"]) == set(ids)


def test_a_closed_warning_warns_again_on_reaching_critical(session: Session, b: Bureau) -> None:
    zhang = b.people[0]
    f = Finding(
        found_date=date(2026, 9, 1),
        person_id=zhang.id,
        unit_id=zhang.unit_id,
        topic="着装仪容",
        severity=Severity.MINOR,
        description="未按规定着装",
        status=FindingStatus.ASSIGNED,
        deadline=date(2026, 9, 30),
    )
    session.add(f)
    session.flush()
    # Days past the deadline: 0 warns, 30 is critical; exactly 30 days late on 10-30.
    [w] = run(session, b, dw.OVERDUE, date(2026, 10, 1))
    assert w.level == WarningLevel.WARNING
    dismiss_warning(session, b.supervisor, w.id, "已督促，整改中")
    assert run(session, b, dw.OVERDUE, date(2026, 10, 30)) == []
    [again] = run(session, b, dw.OVERDUE, date(2026, 10, 31))
    assert (again.level, again.evidence) == (WarningLevel.CRITICAL, {"finding": [f.id]})
    assert run(session, b, dw.OVERDUE, date(2026, 11, 30)) == []  # nothing new after that


def test_low_score_exactly_at_each_line(session: Session) -> None:
    b = scoring_bureau(session)
    zhang, wang = b.people[0], b.people[1]
    for month in (9, 10):
        enter(session, b, 0, "JL07", on=date(2026, month, 10))  # 90: below 95, not below 90
        enter(session, b, 1, "JL07", on=date(2026, month, 10))
        enter(session, b, 1, "TS01", on=date(2026, month, 11))  # 85: below 90
    fired = {w.person_id: w.level for w in run(session, b, dw.LOW_SCORE, date(2026, 11, 5))}
    assert fired == {zhang.id: WarningLevel.WARNING, wang.id: WarningLevel.CRITICAL}


# --- settings ------------------------------------------------------------------------------


def test_each_level_has_its_own_threshold_and_critical_must_be_stricter(
    session: Session, b: Bureau
) -> None:
    config = load_config(session)[dw.COMPLAINTS]
    assert (dict(config.params), dict(config.critical)) == ({"count": 2, "days": 90}, {"count": 3})
    same = RuleConfig(dw.COMPLAINTS, True, {"count": 3, "days": 90}, {"count": 3})
    with pytest.raises(ValidationError, match="critical warning") as caught:
        save_config(session, b.admin, [same])
    assert caught.value.errors[0].field == "verified_complaints.count.critical"
    # A score line: the critical line must be the lower one.
    low = RuleConfig(dw.LOW_SCORE, True, {"threshold": 90, "months": 2}, {"threshold": 92})
    with pytest.raises(ValidationError, match="lower"):
        save_config(session, b.admin, [low])
    with pytest.raises(ValidationError, match="between"):
        save_config(
            session,
            b.admin,
            [RuleConfig(dw.COMPLAINTS, True, {"count": 2, "days": 90}, {"count": 51})],
        )
    save_config(
        session, b.admin, [RuleConfig(dw.COMPLAINTS, True, {"count": 2, "days": 90}, {"count": 4})]
    )
    assert load_config(session)[dw.COMPLAINTS].critical == {"count": 4}
    for day in (1, 2, 3):
        complaint(session, b.people[0], date(2026, 10, day))
    [w] = run(session, b, dw.COMPLAINTS)
    assert w.level == WarningLevel.WARNING  # 3 is now below the critical 4


def test_settings_saved_before_levels_read_the_critical_defaults(
    session: Session, b: Bureau
) -> None:
    from db.settings import Setting

    session.add(Setting(key="warnings", value={dw.FINDINGS: {"enabled": True, "params": {}}}))
    session.flush()
    assert load_config(session)[dw.FINDINGS].critical == {"count": 5}
    # A warning line set at or past the critical default before levels: critical moves on.
    session.get_one(Setting, "warnings").value = {
        dw.FINDINGS: {"enabled": True, "params": {"count": 6, "days": 180}},
        dw.LOW_SCORE: {"enabled": True, "params": {"threshold": 85, "months": 2}},
    }
    session.flush()
    configs = load_config(session)
    assert configs[dw.FINDINGS].critical == {"count": 8}
    assert configs[dw.LOW_SCORE].critical == {"threshold": 80}


# --- rates against peers -------------------------------------------------------------------


def _colleague(session: Session, b: Bureau, staff_no: str, name: str) -> Person:
    p = Person(
        staff_no=staff_no,
        name=name,
        unit_id=b.east.id,
        category=Category.OFFICER,
        gender=Gender.MALE,
        birth_date=date(1990, 1, 1),
        hire_date=date(2015, 1, 1),
        status=PersonStatus.ACTIVE,
    )
    session.add(p)
    session.flush()
    return p


def _cases(session: Session, person: Person, n: int, on: date = date(2026, 6, 30)) -> None:
    session.add(
        PointEvent(
            person_id=person.id,
            unit_id=person.unit_id,
            event_date=on,
            rule_id=rule_id(session, "AJ01"),
            quantity=Decimal(n),
            points=Decimal(n) / 2,
            source=EventSource.CASE_IMPORT,
            status=EventStatus.APPROVED,
        )
    )
    session.flush()


@pytest.fixture
def east_squad(session: Session) -> tuple[Bureau, dict[str, Person]]:
    """The east squad's handlers over the 12 months to 2026-11-22 (cases, complaints):

    张伟 400, 8 (2 per 100: busy, at the median) · 王芳 100, 2 (2) · 赵强 100, 2 (2) ·
    钱明 50, 1 (2) · 孙磊 100, 4 (4: exactly twice the median) · 周敏 20, 2 (10, but
    only 2 complaints) · 吴昊 5, 3 (60, but 5 cases: no peer). Peers' rates 2 2 2 2 4 10:
    the median is 2."""
    b = scoring_bureau(session)
    people = {"张伟": b.people[0], "王芳": b.people[1]}
    for i, name in enumerate(("赵强", "钱明", "孙磊", "周敏", "吴昊"), start=11):
        people[name] = _colleague(session, b, f"T{i:04d}", name)
    plan = {"张伟": (400, 8), "王芳": (100, 2), "赵强": (100, 2), "钱明": (50, 1)}
    plan |= {"孙磊": (100, 4), "周敏": (20, 2), "吴昊": (5, 3)}
    for name, (cases, complaints) in plan.items():
        _cases(session, people[name], cases)
        for k in range(complaints):
            outcome = ComplaintOutcome.UNFOUNDED if k % 2 else ComplaintOutcome.PENDING
            complaint(session, people[name], date(2026, 3, 1 + k), outcome)
    # Outside the window (before 2025-12-01), and a void one: not counted.
    complaint(session, people["王芳"], date(2025, 11, 30))
    complaint(session, people["王芳"], date(2026, 5, 1), ComplaintOutcome.VOID)
    _cases(session, people["王芳"], 300, date(2025, 11, 30))
    return b, people


def test_the_peer_rates_are_counted_as_stated(
    session: Session, east_squad: tuple[Bureau, dict[str, Person]]
) -> None:
    _b, people = east_squad
    start, end = pr.window(TODAY, 12)
    assert (start, end) == (date(2025, 12, 1), TODAY)
    rates = pr.peer_rates(
        session,
        pr.complaints_received(session, start, end),
        pr.cases_handled(session, start, end),
        min_volume=10,
        per=100,
        floor=pr.Fraction(1, 2),
    )
    by_name = {n: r for r in rates for n, p in people.items() if p.id == r.person_id}
    assert {n: float(r.rate) for n, r in by_name.items()} == {
        "张伟": 2,
        "王芳": 2,
        "赵强": 2,
        "钱明": 2,
        "孙磊": 4,
        "周敏": 10,
    }
    assert {(float(r.median), r.peers) for r in rates} == {(2.0, 6)}


def test_complaints_per_100_cases_against_the_units_median(
    session: Session, east_squad: tuple[Bureau, dict[str, Person]]
) -> None:
    b, people = east_squad
    # Only 孙磊, at exactly twice the median: not 张伟 (busy, many complaints, at the
    # median), not 周敏 (below 3 complaints), not 吴昊 (below 10 cases).
    [w] = run(session, b, pr.COMPLAINT_RATE)
    assert (w.person_id, w.level) == (people["孙磊"].id, WarningLevel.WARNING)
    assert len(w.evidence["complaint"]) == 4
    [row] = list_warnings(session, b.admin, person_id=people["孙磊"].id)
    assert row.summary == (
        "4 complaints per 100 cases (4 complaints, 100 cases, 2025-12-01 to 2026-11-22); "
        "the median of the 6 people of the unit with at least 10 cases is 2: 2× the median"
    )
    # Two more: 6 per 100, three times the median: raised to critical.
    for day in (10, 11):
        complaint(session, people["孙磊"], date(2026, 9, day))
    assert run(session, b, pr.COMPLAINT_RATE) == []
    session.refresh(w)
    assert w.level == WarningLevel.CRITICAL


def test_a_median_below_the_floor_counts_as_the_floor(session: Session) -> None:
    b = scoring_bureau(session)
    zhang, wang = b.people[0], b.people[1]
    quiet = [_colleague(session, b, f"T00{i}", n) for i, n in ((21, "甲"), (22, "乙"))]
    for p in (zhang, wang, *quiet):
        _cases(session, p, 200)
    for day in (1, 2, 3):
        complaint(session, zhang, date(2026, 4, day))  # 1.5 per 100; the median is 0
    fired = run(session, b, pr.COMPLAINT_RATE)
    # Against the floor of 0.5: 3× it, critical; with no floor anyone with 3 complaints
    # would be flagged, however many cases they handled.
    assert [(w.person_id, w.level) for w in fired] == [(zhang.id, WarningLevel.CRITICAL)]
    assert (
        "is 0, counted as the floor of 0.5: 3× that" in list_warnings(session, b.admin)[0].summary
    )
    config = load_config(session)[pr.COMPLAINT_RATE]
    save_config(
        session,
        b.admin,
        [RuleConfig(pr.COMPLAINT_RATE, True, {**config.params, "floor": 0.7}, config.critical)],
    )
    complaint(session, wang, date(2026, 4, 1))
    for day in (2, 3):
        complaint(session, wang, date(2026, 4, day))
    fired = run(session, b, pr.COMPLAINT_RATE)
    assert [(w.person_id, w.level) for w in fired] == [(wang.id, WarningLevel.WARNING)]


def _inspection(session: Session, on: date, people: list[Person]) -> int:
    i = Inspection(inspection_date=on, kind=InspectionKind.ROUTINE, title="日常督察", topics=[])
    session.add(i)
    session.flush()
    for p in people:
        session.execute(inspection_person.insert().values(inspection_id=i.id, person_id=p.id))
    return i.id


def _finding(session: Session, person: Person, inspection_id: int | None, on: date) -> int:
    f = Finding(
        inspection_id=inspection_id,
        found_date=on,
        person_id=person.id,
        unit_id=person.unit_id,
        topic="着装仪容",
        severity=Severity.MINOR,
        description="未按规定着装",
        status=FindingStatus.ASSIGNED,
    )
    session.add(f)
    session.flush()
    return f.id


def test_findings_per_inspection_against_the_units_median(session: Session, b: Bureau) -> None:
    zhang, wang = b.people[0], b.people[1]
    extra = _colleague(session, b, "T0031", "郑凯")
    days = [date(2026, m, 10) for m in range(3, 9)]  # six inspections of all three
    visits = [_inspection(session, d, [zhang, wang, extra]) for d in days]
    # 王芳 1 finding in 6 (1/6), 郑凯 2 (1/3: the median), 张伟 4 (2/3: twice the median).
    _finding(session, wang, visits[0], days[0])
    for k in (0, 1):
        _finding(session, extra, visits[k], days[k])
    for k in (0, 1, 2, 3):
        _finding(session, zhang, visits[k], days[k])
    # A finding from an inspection that did not list him still counts him as inspected.
    late = _inspection(session, date(2026, 9, 1), [])
    assert pr.inspections_of(session, date(2025, 12, 1), TODAY)[zhang.id] == 6
    [w] = run(session, b, pr.FINDING_RATE)
    assert (w.person_id, w.level, len(w.evidence["finding"])) == (zhang.id, WarningLevel.WARNING, 4)
    _finding(session, zhang, late, date(2026, 9, 1))  # 5 in 7: 2.14× the median of 1/3
    assert run(session, b, pr.FINDING_RATE) == []
    session.refresh(w)
    assert w.level == WarningLevel.WARNING and len(w.evidence["finding"]) == 5


# --- statistics and counts -----------------------------------------------------------------


def test_statistics_count_hits_per_level_next_to_the_false_positive_share(
    session: Session, b: Bureau
) -> None:
    zhang, wang, li = b.people[0], b.people[1], b.people[2]
    for day in (1, 2):
        complaint(session, zhang, date(2026, 10, day))
        complaint(session, wang, date(2026, 10, day))
    for day in (1, 2, 3):
        complaint(session, li, date(2026, 10, day))
    warnings = {w.person_id: w for w in run(session, b, dw.COMPLAINTS)}
    dismiss_warning(session, b.supervisor, warnings[zhang.id].id, "投诉人重复反映同一事项")
    complaint(session, wang, date(2026, 11, 1))  # raised to critical
    run(session, b, dw.COMPLAINTS)
    stats = {s.code: s for s in rule_statistics(session, b.admin)}[dw.COMPLAINTS]
    assert (stats.fired, stats.warning_hits, stats.critical_hits, stats.raised) == (3, 1, 2, 1)
    assert (stats.dismissed, stats.false_positive_share) == (1, 1.0)
    assert open_warning_counts(session, b.admin) == {
        WarningLevel.WARNING: 0,
        WarningLevel.CRITICAL: 2,
    }
    assert open_warning_counts(session, b.leader) == {  # the east squad's: 王芳 only
        WarningLevel.WARNING: 0,
        WarningLevel.CRITICAL: 1,
    }
    critical = list_warnings(session, b.admin, level=WarningLevel.CRITICAL)
    assert {w.person_id for w in critical} == {wang.id, li.id}
    assert all(w.critical for w in critical)


def test_every_rule_has_a_critical_threshold() -> None:
    for code in (dw.COMPLAINTS, dw.FINDINGS, dw.GRAVE, dw.LOW_SCORE, dw.OVERDUE, dw.NO_PLEDGE):
        spec = rule(code)
        assert spec is not None and spec.critical_defaults(), code
    spec = rule(pr.COMPLAINT_RATE)
    assert spec is not None and spec.critical_defaults() == {"multiple": 3}


# --- on both databases ---------------------------------------------------------------------


def test_raising_to_critical_through_the_workspace(any_db: Database) -> None:
    with any_db.session() as s:
        b = make_bureau(s)
        for day in (1, 2):
            complaint(s, b.people[1], date(2026, 10, day))
        s.commit()
    first = Workspace(any_db, b.supervisor).run(
        evaluate_warnings, b.supervisor, TODAY, codes=[dw.COMPLAINTS]
    )
    assert (first.total, first.critical) == (1, 0)
    with any_db.session() as s:
        complaint(s, s.get_one(Person, b.people[1].id), date(2026, 11, 2))
        s.commit()
    again = Workspace(any_db, b.supervisor).run(
        evaluate_warnings, b.supervisor, TODAY, codes=[dw.COMPLAINTS]
    )
    assert (again.total, again.raised_total) == (0, 1)
    with any_db.session() as s:
        [w] = s.scalars(select(EarlyWarning)).all()
        assert (w.level, w.row_version) == (WarningLevel.CRITICAL, 2)


def test_the_upgrade_keeps_existing_warnings_at_level_warning(any_db: Database) -> None:
    from alembic import command

    from console.core.upgrade_anchors import anchor_after_upgrade
    from db.migrate import alembic_config, ensure_schema

    with any_db.session() as s:
        b = make_bureau(s)
        person_id = b.people[0].id
    command.downgrade(alembic_config(any_db.engine), "0008_queues")
    with any_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO warning (person_id, rule_code, fired_at, evidence, summary, "
                "status, row_version, months_seen) VALUES (:p, 'verified_complaints', :at, "
                ":ev, '{}', 'open', 1, 1)"
            ),
            {"p": person_id, "at": datetime(2026, 10, 1, 8), "ev": json.dumps({"complaint": [1]})},
        )
    ensure_schema(any_db.engine, after_upgrade=anchor_after_upgrade)
    with any_db.session() as s:
        [w] = s.scalars(select(EarlyWarning)).all()
        assert (w.level, w.raised_at, w.status) == (WarningLevel.WARNING, None, WarningStatus.OPEN)
