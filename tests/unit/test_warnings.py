"""Early warnings: each shipped rule fires once, not again without new evidence, and
again when there is; handling a warning is recorded and audited; rules are configurable."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import Conflict
from console.core.database import Database
from console.core.errors import PermissionDenied, ValidationError
from console.core.integrity import default_warnings as dw
from console.core.integrity import warning_rules
from console.core.integrity.warning_rules import (
    Hit,
    ParamSpec,
    RuleConfig,
    load_config,
    register_rule,
    rules,
    save_config,
)
from console.core.integrity.warnings import (
    acknowledge_warning,
    dismiss_warning,
    evaluate_warnings,
    fire_warnings,
    handle_warnings,
    list_warnings,
    merge_open_duplicates,
    open_warning_count,
    resolve_warning,
    rule_statistics,
    warning_evidence,
)
from console.core.workspace import Workspace
from db.audit import AuditLog
from db.integrity import Complaint, EarlyWarning, Finding, Pledge
from db.org import Person
from glossary import (
    ComplaintChannel,
    ComplaintOutcome,
    FindingStatus,
    PersonStatus,
    Severity,
    WarningStatus,
)
from tests.factories import Bureau, make_bureau
from tests.scoring_fixtures import enter, scoring_bureau


@pytest.fixture
def b(session: Session) -> Bureau:
    return make_bureau(session)


def complaint(session: Session, person: Person, on: date, outcome=ComplaintOutcome.VERIFIED) -> int:
    c = Complaint(
        received_date=on,
        channel=ComplaintChannel.HOTLINE_12345,
        person_id=person.id,
        unit_id=person.unit_id,
        substance="执法态度粗暴",
        outcome=outcome,
    )
    session.add(c)
    session.commit()
    return c.id


def finding(
    session: Session,
    person: Person | None,
    on: date,
    severity: Severity = Severity.MINOR,
    status: FindingStatus = FindingStatus.ASSIGNED,
    deadline: date | None = None,
    unit_id: int | None = None,
) -> int:
    f = Finding(
        found_date=on,
        person_id=person.id if person else None,
        unit_id=person.unit_id if person else unit_id,
        topic="着装仪容",
        severity=severity,
        description="未按规定着装",
        status=status,
        deadline=deadline,
    )
    session.add(f)
    session.commit()
    return f.id


def run(session: Session, b: Bureau, code: str, as_of: date) -> list[EarlyWarning]:
    result = evaluate_warnings(session, b.supervisor, as_of, codes=[code])
    assert result.rules_run == (code,)
    return [session.get_one(EarlyWarning, i) for i in result.warning_ids]


def test_the_shipped_rules_are_registered_in_order() -> None:
    codes = [s.code for s in rules()]
    assert codes[:6] == [
        dw.COMPLAINTS,
        dw.FINDINGS,
        dw.GRAVE,
        dw.LOW_SCORE,
        dw.OVERDUE,
        dw.NO_PLEDGE,
    ]


def test_founded_complaints(session: Session, b: Bureau) -> None:
    zhang, wang = b.people[0], b.people[1]
    first = complaint(session, zhang, date(2026, 9, 1))
    complaint(session, zhang, date(2026, 9, 20), ComplaintOutcome.UNFOUNDED)
    complaint(session, wang, date(2026, 10, 1))  # one only: below the count
    assert run(session, b, dw.COMPLAINTS, date(2026, 10, 31)) == []
    second = complaint(session, zhang, date(2026, 10, 10))
    complaint(session, zhang, date(2026, 5, 1))  # outside the 90 days
    [w] = run(session, b, dw.COMPLAINTS, date(2026, 10, 31))
    assert (w.person_id, w.rule_code, w.status) == (zhang.id, dw.COMPLAINTS, WarningStatus.OPEN)
    assert w.evidence == {"complaint": [first, second]}
    assert "2" in w.summary
    # Nothing new: no second warning, on the same day or later.
    assert run(session, b, dw.COMPLAINTS, date(2026, 10, 31)) == []
    assert run(session, b, dw.COMPLAINTS, date(2026, 11, 20)) == []
    third = complaint(session, zhang, date(2026, 11, 21))
    # New evidence while the warning is open: it extends that warning, not a second one.
    assert run(session, b, dw.COMPLAINTS, date(2026, 11, 22)) == []
    session.refresh(w)
    assert w.evidence == {"complaint": [first, second, third]}


def test_repeated_findings(session: Session, b: Bureau) -> None:
    li = b.people[2]
    ids = [finding(session, li, date(2026, m, 5)) for m in (6, 8)]
    assert run(session, b, dw.FINDINGS, date(2026, 11, 22)) == []
    ids.append(finding(session, li, date(2026, 11, 2)))
    finding(session, li, date(2026, 11, 3), status=FindingStatus.VOID)  # void: not counted
    [w] = run(session, b, dw.FINDINGS, date(2026, 11, 22))
    assert w.evidence == {"finding": ids}
    assert run(session, b, dw.FINDINGS, date(2026, 11, 22)) == []
    ids.append(finding(session, li, date(2026, 11, 10)))
    assert run(session, b, dw.FINDINGS, date(2026, 11, 22)) == []  # extends the open one
    session.refresh(w)
    assert w.evidence == {"finding": ids}


def test_grave_finding(session: Session, b: Bureau) -> None:
    wang = b.people[1]
    finding(session, wang, date(2026, 10, 1), Severity.SERIOUS)
    assert run(session, b, dw.GRAVE, date(2026, 11, 22)) == []
    grave = finding(session, wang, date(2026, 10, 2), Severity.GRAVE)
    [w] = run(session, b, dw.GRAVE, date(2026, 11, 22))
    assert (w.person_id, w.evidence) == (wang.id, {"finding": [grave]})
    assert run(session, b, dw.GRAVE, date(2026, 11, 23)) == []
    other = finding(session, wang, date(2026, 11, 23), Severity.GRAVE)
    assert run(session, b, dw.GRAVE, date(2026, 11, 23)) == []  # extends the open one
    session.refresh(w)
    assert w.evidence == {"finding": [grave, other]}


def test_finding_overdue(session: Session, b: Bureau) -> None:
    zhang = b.people[0]
    late = finding(session, zhang, date(2026, 10, 1), deadline=date(2026, 10, 31))
    finding(
        session,
        zhang,
        date(2026, 10, 1),
        status=FindingStatus.RECTIFIED,
        deadline=date(2026, 10, 2),
    )
    finding(session, None, date(2026, 10, 1), deadline=date(2026, 10, 2), unit_id=b.east.id)
    assert run(session, b, dw.OVERDUE, date(2026, 10, 31)) == []  # due today: not yet late
    [w] = run(session, b, dw.OVERDUE, date(2026, 11, 1))
    assert (w.person_id, w.evidence) == (zhang.id, {"finding": [late]})
    assert run(session, b, dw.OVERDUE, date(2026, 11, 22)) == []
    later = finding(session, zhang, date(2026, 11, 1), deadline=date(2026, 11, 10))
    assert run(session, b, dw.OVERDUE, date(2026, 11, 22)) == []  # extends the open one
    session.refresh(w)
    assert w.evidence == {"finding": [late, later]}


def test_low_monthly_score_two_months_running(session: Session) -> None:
    b = scoring_bureau(session)
    zhang, wang = b.people[0], b.people[1]
    # 张伟 loses 10 points in August, September and October; 王芳 only in October.
    for month in (8, 9, 10):
        enter(session, b, 0, "JL07", on=date(2026, month, 10))
    enter(session, b, 1, "JL07", on=date(2026, 10, 10))
    [w] = run(session, b, dw.LOW_SCORE, date(2026, 11, 5))
    assert (w.person_id, w.evidence) == (zhang.id, {"month": [202609, 202610]})
    assert "90.00" in w.summary
    assert run(session, b, dw.LOW_SCORE, date(2026, 11, 30)) == []
    # November low as well: a new month is new evidence; 王芳 now has two months too.
    enter(session, b, 0, "JL07", on=date(2026, 11, 10))
    enter(session, b, 1, "JL07", on=date(2026, 11, 10))
    # 张伟's open warning is extended; 王芳 gets her first.
    [fired] = run(session, b, dw.LOW_SCORE, date(2026, 12, 1))
    assert (fired.person_id, fired.evidence["month"]) == (wang.id, [202610, 202611])
    session.refresh(w)
    assert w.evidence == {"month": [202609, 202610, 202611]}


def test_no_pledge_by_the_end_of_march(session: Session, b: Bureau) -> None:
    zhang, wang, li, liu, chen = b.people
    session.add(Pledge(person_id=zhang.id, year=2026, signed_date=date(2026, 2, 1)))
    session.add(Pledge(person_id=wang.id, year=2026, signed_date=date(2026, 4, 15)))  # late
    session.get_one(Person, liu.id).hire_date = date(2026, 6, 1)  # joined after the deadline
    session.get_one(Person, chen.id).status = PersonStatus.LEFT
    session.commit()
    assert run(session, b, dw.NO_PLEDGE, date(2026, 3, 31)) == []
    fired = run(session, b, dw.NO_PLEDGE, date(2026, 4, 1))
    assert {w.person_id for w in fired} == {wang.id, li.id}
    assert all(w.evidence == {"pledge_year": [2026]} for w in fired)
    assert run(session, b, dw.NO_PLEDGE, date(2026, 11, 22)) == []
    # Still open: next year's missing pledge extends the same warning.
    assert li.id not in {w.person_id for w in run(session, b, dw.NO_PLEDGE, date(2027, 4, 1))}
    [li_warning] = [w for w in fired if w.person_id == li.id]
    session.refresh(li_warning)
    assert li_warning.evidence == {"pledge_year": [2026, 2027]}


def test_a_dismissed_warning_stays_dismissed_until_something_new(
    session: Session, b: Bureau
) -> None:
    zhang = b.people[0]
    finding(session, zhang, date(2026, 10, 1), Severity.GRAVE)
    [w] = run(session, b, dw.GRAVE, date(2026, 11, 22))
    dismiss_warning(session, b.supervisor, w.id, "记录有误，已核实")
    assert run(session, b, dw.GRAVE, date(2026, 11, 22)) == []


def test_acknowledging_records_the_action_and_is_audited(
    session: Session, b: Bureau, workspace: Callable[[User | None], Workspace]
) -> None:
    zhang = b.people[0]
    finding(session, zhang, date(2026, 10, 1), Severity.GRAVE)
    [w] = run(session, b, dw.GRAVE, date(2026, 11, 22))
    assert open_warning_count(session, b.admin) == 1
    session.commit()
    # Through the workspace, as the desktop does: it names the supervisor in the audit log.
    row = workspace(b.supervisor).run(
        acknowledge_warning, b.supervisor, w.id, "  已开展廉政谈话  ", seen=WarningStatus.OPEN
    )
    session.commit()  # end the read snapshot: see what the workspace wrote
    session.expire_all()
    assert (row.status, row.action, row.handled_by) == (
        WarningStatus.ACKNOWLEDGED,
        "已开展廉政谈话",
        "督察员",
    )
    assert row.handled_at is not None
    assert open_warning_count(session, b.admin) == 0
    audit = session.scalars(
        select(AuditLog)
        .where(AuditLog.table_name == "warning", AuditLog.row_id == w.id)
        .order_by(AuditLog.id)
    ).all()
    assert [a.action for a in audit] == ["insert", "update"]
    assert audit[-1].username == "sup"
    after = json.loads(audit[-1].after or "{}")
    assert after["status"] == "acknowledged"
    assert after["action"] == "已开展廉政谈话"
    # Handled once only; then resolved.
    with pytest.raises(ValidationError, match="already been handled"):
        acknowledge_warning(session, b.supervisor, w.id, "again")
    with pytest.raises(ValidationError):
        dismiss_warning(session, b.supervisor, w.id, "wrong")
    assert resolve_warning(session, b.supervisor, w.id, "已整改").status == WarningStatus.RESOLVED


def test_handling_needs_words_and_the_right_role(session: Session, b: Bureau) -> None:
    finding(session, b.people[2], date(2026, 10, 1), Severity.GRAVE)  # 李娜, west squad
    [w] = run(session, b, dw.GRAVE, date(2026, 11, 22))
    with pytest.raises(ValidationError, match="action"):
        acknowledge_warning(session, b.supervisor, w.id, "   ")
    with pytest.raises(ValidationError, match="reason"):
        dismiss_warning(session, b.supervisor, w.id, "")
    with pytest.raises(PermissionDenied):
        acknowledge_warning(session, b.viewer, w.id, "谈话")
    with pytest.raises(PermissionDenied):  # the east squad's leader
        acknowledge_warning(session, b.leader, w.id, "谈话")
    with pytest.raises(PermissionDenied):
        evaluate_warnings(session, b.viewer, date(2026, 11, 22))
    # A squad leader neither runs the bureau's rules nor handles a warning about their
    # own people: the supervision squad does.
    with pytest.raises(PermissionDenied):
        evaluate_warnings(session, b.leader, date(2026, 11, 22))
    assert list_warnings(session, b.leader) == []
    finding(session, b.people[0], date(2026, 10, 2), Severity.GRAVE)  # 张伟, east squad
    [own] = run(session, b, dw.GRAVE, date(2026, 11, 22))
    assert own.id in [r.id for r in list_warnings(session, b.leader)]  # seen, not handled
    with pytest.raises(PermissionDenied):
        acknowledge_warning(session, b.leader, own.id, "谈话")
    assert {r.id for r in list_warnings(session, b.viewer, WarningStatus.OPEN)} == {w.id, own.id}
    assert session.get_one(EarlyWarning, w.id).status == WarningStatus.OPEN


def test_evidence_is_described(session: Session, b: Bureau) -> None:
    zhang = b.people[0]
    fid = finding(session, zhang, date(2026, 10, 1), Severity.GRAVE)
    [w] = run(session, b, dw.GRAVE, date(2026, 11, 22))
    [item] = warning_evidence(session, b.supervisor, w.id)
    assert (item.table, item.record_id, item.day) == ("finding", fid, date(2026, 10, 1))
    assert "未按规定着装" in item.text


def test_rules_are_configured_by_administrators(session: Session, b: Bureau) -> None:
    li = b.people[2]
    for m in (9, 10):
        finding(session, li, date(2026, m, 1))
    configs = load_config(session)
    assert configs[dw.FINDINGS].params == {"count": 3, "days": 180}
    lowered = RuleConfig(dw.FINDINGS, True, {"count": 2, "days": 180})
    with pytest.raises(PermissionDenied):
        save_config(session, b.supervisor, [lowered])
    with pytest.raises(ValidationError, match="between"):
        save_config(session, b.admin, [RuleConfig(dw.FINDINGS, True, {"count": 0, "days": 180})])
    save_config(session, b.admin, [lowered])
    assert load_config(session)[dw.FINDINGS].params["count"] == 2
    # Disabled rules do not run unless asked for by name.
    for spec in rules():
        if spec.code != dw.FINDINGS:
            save_config(session, b.admin, [RuleConfig(spec.code, False, spec.defaults())])
    result = evaluate_warnings(session, b.supervisor, date(2026, 11, 22))
    assert result.rules_run == (dw.FINDINGS,)
    assert result.fired == {dw.FINDINGS: 1}
    stats = {s.code: s for s in rule_statistics(session, b.admin)}
    assert (stats[dw.FINDINGS].fired, stats[dw.FINDINGS].open) == (1, 1)
    assert stats[dw.FINDINGS].false_positive_share is None


@pytest.fixture
def extra_rule() -> Iterator[str]:
    code = "test_every_officer"

    def evaluate(session, as_of, params):  # type: ignore[no-untyped-def]
        ids = session.scalars(select(Person.id).order_by(Person.id)).all()
        return [(ids[0], {"test": [as_of.year]}, f"limit {params['limit']}")]

    register_rule(code, "Test rule", evaluate, params=(ParamSpec("limit", "Limit", 7, 1, 9),))
    yield code
    del warning_rules._REGISTRY[code]


def test_a_module_can_register_its_own_rule(session: Session, b: Bureau, extra_rule: str) -> None:
    assert extra_rule in [s.code for s in rules()]
    [w] = run(session, b, extra_rule, date(2026, 11, 22))
    assert (w.person_id, w.evidence, w.summary) == (b.people[0].id, {"test": [2026]}, "limit 7")
    assert run(session, b, extra_rule, date(2026, 11, 23)) == []
    [item] = warning_evidence(session, b.admin, w.id)
    assert item.table == "test"


def test_hit_is_a_plain_tuple() -> None:
    assert Hit(1, {"finding": [2]}, "x") == (1, {"finding": [2]}, "x")


def test_summaries_are_shown_in_the_readers_language(session: Session, b: Bureau) -> None:
    from console.core import i18n

    finding(session, b.people[0], date(2026, 10, 1), Severity.GRAVE)
    run(session, b, dw.GRAVE, date(2026, 11, 22))
    [english] = list_warnings(session, b.admin)
    assert english.summary == "1 grave findings in the 365 days to 2026-11-22"
    i18n.set_language("zh_CN")
    try:
        [chinese] = list_warnings(session, b.admin)
    finally:
        i18n.set_language("en")
    assert "严重问题" in chinese.summary
    assert chinese.rule_title == "严重问题"


# --- several at once ---------------------------------------------------------------------


def _grave_warnings(db: Database, b: Bureau, n: int) -> dict[int, int]:
    """Open warnings for ``n`` people (a grave finding each): warning → its row_version."""
    with db.session() as s:
        for person in b.people[:n]:
            finding(s, person, date(2026, 10, 1), Severity.GRAVE)
        made = run(s, b, dw.GRAVE, date(2026, 11, 22))
        s.commit()
        return {w.id: w.row_version for w in made}


def test_several_warnings_are_handled_with_one_note(any_db: Database) -> None:
    with any_db.session() as s:
        b = make_bureau(s)
    seen = _grave_warnings(any_db, b, 3)
    assert len(seen) == 3
    Workspace(any_db, b.supervisor).run(
        handle_warnings, b.supervisor, seen, WarningStatus.ACKNOWLEDGED, "已开展集体廉政谈话"
    )
    with any_db.session() as s:
        rows = [s.get_one(EarlyWarning, i) for i in seen]
        assert {(w.status, w.action) for w in rows} == {
            (WarningStatus.ACKNOWLEDGED, "已开展集体廉政谈话")
        }


def test_several_warnings_one_changed_elsewhere_writes_nothing(any_db: Database) -> None:
    with any_db.session() as s:
        b = make_bureau(s)
    seen = _grave_warnings(any_db, b, 3)
    moved = sorted(seen)[1]
    Workspace(any_db, b.admin).run(
        dismiss_warning, b.admin, moved, "记录有误", seen=WarningStatus.OPEN
    )
    with pytest.raises(Conflict, match="changed this record"):
        Workspace(any_db, b.supervisor).run(
            handle_warnings, b.supervisor, seen, WarningStatus.RESOLVED, "已整改"
        )
    with any_db.session() as s:
        statuses = [s.get_one(EarlyWarning, i).status for i in sorted(seen)]
    assert statuses == [WarningStatus.OPEN, WarningStatus.DISMISSED, WarningStatus.OPEN]
    # A note is required for all of them, before anything is written.
    fresh = {i: v for i, v in seen.items() if i != moved}
    with pytest.raises(ValidationError):
        Workspace(any_db, b.supervisor).run(
            handle_warnings, b.supervisor, fresh, WarningStatus.DISMISSED, "  "
        )


# --- one open warning per person and rule ---------------------------------------------------


def test_the_monthly_run_extends_the_open_warning_across_months(
    session: Session, b: Bureau
) -> None:
    zhang = b.people[0]
    first = finding(session, zhang, date(2026, 10, 1), Severity.GRAVE)
    [w] = fire_warnings(session, date(2026, 10, 20), datetime(2026, 10, 20, 8), [dw.GRAVE])
    session.flush()
    second = finding(session, zhang, date(2026, 11, 2), Severity.GRAVE)
    assert fire_warnings(session, date(2026, 11, 22), datetime(2026, 11, 22, 8), [dw.GRAVE]) == []
    session.flush()
    [only] = session.scalars(select(EarlyWarning).where(EarlyWarning.person_id == zhang.id)).all()
    assert only.id == w.id
    assert set(only.evidence["finding"]) == {first, second}
    assert (only.months_seen, only.last_seen_at) == (2, datetime(2026, 11, 22, 8))
    # Closed, it stays closed; a new hit afterwards opens a new warning.
    dismiss_warning(session, b.supervisor, w.id, "已核实")
    finding(session, zhang, date(2026, 12, 1), Severity.GRAVE)
    [new] = fire_warnings(session, date(2026, 12, 3), datetime(2026, 12, 3, 8), [dw.GRAVE])
    session.flush()
    assert new.id != w.id and session.get_one(EarlyWarning, w.id).status == WarningStatus.DISMISSED


def test_upgrading_merges_open_duplicates_into_the_oldest(session: Session, b: Bureau) -> None:
    zhang, li = b.people[0], b.people[2]

    def add(person: Person, month: int, ids: list[int], status=WarningStatus.OPEN) -> EarlyWarning:
        w = EarlyWarning(
            person_id=person.id,
            rule_code="training_behind",
            fired_at=datetime(2026, month, 1, 8),
            evidence={"training_month": ids},
            summary="{}",
            status=status,
        )
        session.add(w)
        session.flush()
        return w

    oldest = add(zhang, 9, [202609])
    add(zhang, 10, [202610])
    add(zhang, 11, [202611])
    closed = add(zhang, 8, [202608], WarningStatus.DISMISSED)
    other = add(li, 10, [202610])
    assert merge_open_duplicates(session) == 2
    left = session.scalars(select(EarlyWarning).order_by(EarlyWarning.id)).all()
    assert [w.id for w in left] == [oldest.id, closed.id, other.id]
    assert oldest.evidence["training_month"] == [202609, 202610, 202611]
    assert (oldest.months_seen, oldest.last_seen_at) == (3, datetime(2026, 11, 1, 8))
    deleted = session.scalars(
        select(AuditLog).where(AuditLog.table_name == "warning", AuditLog.action == "delete")
    ).all()
    assert len(deleted) == 2  # on the record, like any change


def test_the_upgrade_merges_the_open_duplicates(any_db: Database) -> None:
    from alembic import command
    from sqlalchemy import text

    from console.core.upgrade_anchors import anchor_after_upgrade
    from db.migrate import alembic_config, ensure_schema

    with any_db.session() as s:
        b = make_bureau(s)
        person_id = b.people[0].id
    cfg = alembic_config(any_db.engine)
    command.downgrade(cfg, "0007_duties")
    with any_db.engine.begin() as conn:
        for month in (9, 10, 11):
            conn.execute(
                text(
                    "INSERT INTO warning (person_id, rule_code, fired_at, evidence, summary, "
                    "status, row_version) VALUES (:p, 'training_behind', :at, :ev, '{}', "
                    "'open', 1)"
                ),
                {
                    "p": person_id,
                    "at": datetime(2026, month, 1, 8),
                    "ev": json.dumps({"training_month": [202600 + month]}),
                },
            )
    # As the application upgrades: the migrations, then the data steps after them.
    ensure_schema(any_db.engine, after_upgrade=anchor_after_upgrade)
    with any_db.session() as s:
        [w] = s.scalars(select(EarlyWarning)).all()
        assert w.evidence == {"training_month": [202609, 202610, 202611]}
        assert (w.months_seen, w.last_seen_at) == (3, datetime(2026, 11, 1, 8))
        assert w.fired_at == datetime(2026, 9, 1, 8)  # the oldest is kept
