"""The demo bureau: reproducible from its seed, realistic in shape, usable at once."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.database import Database, open_database
from console.core.demo import (
    DEMO_PASSWORD,
    DEMO_USERNAME,
    DemoSummary,
    demo_workspace,
    generate_demo,
)
from console.core.errors import DuchaError
from console.core.sign_in import sign_in
from db.accounts import UserAccount
from db.audit import AuditLog, verify_chain
from db.base import Base
from db.integrity import EarlyWarning, Finding, Pledge
from db.org import Person, Unit
from db.scoring import MonthlyResult, PeriodLock, PointEvent, Rule
from db.training import Attendance, Certificate, TrainingSession
from glossary import (
    AttendanceStatus,
    Category,
    EventSource,
    EventStatus,
    FindingStatus,
    Role,
    TrainingCategory,
    UnitKind,
    WarningLevel,
    WarningStatus,
    YearMonth,
)

TODAY = date(2026, 11, 22)
SMALL = {"people": 120, "months": 14}

# Columns no seed can fix: the audit hook stamps rows with the wall clock (and chains its
# hashes over that stamp), and argon2 salts every password hash at random.
UNSEEDED = {
    ("audit_log", "at"),
    ("audit_log", "prev_hash"),
    ("audit_log", "hash"),
    ("user_account", "password_hash"),
}


def _digest(database: Database) -> str:
    """SHA-256 over every row of every table, in primary-key order."""
    digest = hashlib.sha256()
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if (table.name, c.name) not in UNSEEDED]
            query = select(*columns).order_by(*table.primary_key.columns)
            if table.name == "audit_log":
                # An account's log rows hold its password hash's digest: salted, so unseeded.
                query = query.where(table.c.table_name != "user_account")
            rows = conn.execute(query)
            digest.update(table.name.encode())
            for row in rows:
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _generate(database: Database, **kwargs: int) -> DemoSummary:
    return demo_workspace(database).run(generate_demo, today=TODAY, **kwargs)


@pytest.fixture(scope="module")
def bureau(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One demo bureau at the default size, shared by the read-only checks below."""
    database = open_database(tmp_path_factory.mktemp("demo") / "ducha.sqlite3")
    summary = _generate(database)
    yield database, summary
    database.close()


def _count(session: Session, *where: Any, model: type[Base] = PointEvent) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_same_seed_and_day_give_identical_content(db: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "second.sqlite3")
    try:
        first = _generate(db, seed=11, **SMALL)
        second = _generate(other, seed=11, **SMALL)
        assert first == second
        assert _digest(db) == _digest(other)
    finally:
        other.close()


def test_another_seed_gives_another_bureau(db: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "second.sqlite3")
    try:
        _generate(db, seed=11, **SMALL)
        _generate(other, seed=12, **SMALL)
        assert _digest(db) != _digest(other)
        with db.session() as a, other.session() as b:
            names = select(Person.name).order_by(Person.id)
            assert a.scalars(names).all() != b.scalars(names).all()
    finally:
        other.close()


def test_a_database_with_people_is_refused(db: Database) -> None:
    with db.session() as session:
        unit = Unit(name="城东中队", kind=UnitKind.SQUAD)
        session.add(unit)
        session.flush()
        session.add(Person(staff_no="X1", name="张伟", unit_id=unit.id, category=Category.OFFICER))
        session.commit()
    with pytest.raises(DuchaError, match="already holds data"):
        demo_workspace(db).run(generate_demo, today=TODAY, **SMALL)
    with db.session() as session:
        assert _count(session, model=Person) == 1
        assert _count(session, model=UserAccount) == 0
        assert _count(session) == 0


def test_default_size_has_the_shape_of_a_bureau(bureau: tuple[Database, DemoSummary]) -> None:
    database, summary = bureau
    assert summary.first_month.to_int() == 202412 and summary.last_month.to_int() == 202611
    assert summary.counts["person"] == 400
    with database.session() as s:
        squads = _count(s, Unit.kind == UnitKind.SQUAD, model=Unit)
        assert 12 <= squads <= 16
        kinds = set(s.scalars(select(Unit.kind).distinct()))
        assert kinds == set(UnitKind)
        shares = dict(
            s.execute(select(Person.category, func.count()).group_by(Person.category)).all()
        )
        assert set(shares) == set(Category)
        assert 0.38 <= shares[Category.OFFICER] / 400 <= 0.52
        assert 0.28 <= shares[Category.AUXILIARY] / 400 <= 0.42
        assert min(shares.values()) >= 20

        months = s.scalar(
            select(func.count(func.distinct(func.strftime("%Y-%m", PointEvent.event_date))))
        )
        assert months == 24
        statuses = set(s.scalars(select(PointEvent.status).distinct()))
        assert statuses == set(EventStatus)
        assert _count(s, PointEvent.person_id.is_(None), PointEvent.unit_id.is_not(None)) > 0

        assert set(s.scalars(select(Finding.status).distinct())) == set(FindingStatus)
        open_ = [FindingStatus.OPEN, FindingStatus.ASSIGNED, FindingStatus.SENT_BACK]
        overdue = _count(s, Finding.status.in_(open_), Finding.deadline < TODAY, model=Finding)
        assert 1 <= overdue <= 30

        assert _count(s, model=Attendance) > 5_000
        soon = _count(
            s,
            Certificate.expires > TODAY,
            Certificate.expires <= TODAY + timedelta(days=90),
            model=Certificate,
        )
        assert soon > 0
        assert _count(s, Certificate.expires < TODAY, model=Certificate) > 0

        signed = _count(s, Pledge.year == TODAY.year, model=Pledge)
        assert 0.85 * 380 < signed < summary.counts["person"]
        # The rules have been run monthly: warnings of several rules, the older handled.
        rules = set(s.scalars(select(EarlyWarning.rule_code).distinct()))
        assert {"grave_finding", "no_pledge", "verified_complaints"} <= rules
        statuses = set(s.scalars(select(EarlyWarning.status).distinct()))
        assert {WarningStatus.OPEN, WarningStatus.ACKNOWLEDGED, WarningStatus.DISMISSED} <= statuses
        # Both levels, open warnings raised to critical, and hits on rates against peers.
        levels = set(s.scalars(select(EarlyWarning.level).distinct()))
        assert levels == {WarningLevel.WARNING, WarningLevel.CRITICAL}
        assert _count(s, EarlyWarning.raised_at.is_not(None), model=EarlyWarning) > 0
        assert {"complaint_rate", "finding_rate"} <= rules


def test_past_months_are_finalised_as_a_bureau_would_have_them(
    bureau: tuple[Database, DemoSummary],
) -> None:
    """Scorecards of earlier months read 已定稿 with their version, and no claim of a
    finalised month still waits: it could never be approved."""
    database, summary = bureau
    with database.session() as s:
        locks = s.execute(select(PeriodLock.period, PeriodLock.locked_at)).all()
        finalised = {period for period, _ in locks}
        month = summary.first_month
        expected = set()
        while month < summary.last_month:
            expected.add(month)
            month = month.next()
        assert finalised == expected  # every month but the current one
        assert all(at.date() > period.last_day for period, at in locks)
        pending = s.scalars(
            select(PointEvent.event_date).where(PointEvent.status == EventStatus.PENDING)
        ).all()
        assert pending and all(YearMonth.of(day) == summary.last_month for day in pending)
        snapshot = s.scalar(select(func.count()).where(MonthlyResult.period == summary.first_month))
        assert snapshot and snapshot > 300


def test_most_officers_are_on_pace_for_60_legal_hours(bureau: tuple[Database, DemoSummary]) -> None:
    database, _ = bureau
    with database.session() as s:
        officers = set(
            s.scalars(
                select(Person.id).where(
                    Person.category == Category.OFFICER, Person.left_date.is_(None)
                )
            )
        )
        hours = dict(
            s.execute(
                select(Attendance.person_id, func.sum(Attendance.hours))
                .join(TrainingSession, TrainingSession.id == Attendance.session_id)
                .where(
                    Attendance.status == AttendanceStatus.PRESENT,
                    TrainingSession.category == TrainingCategory.LEGAL,
                    TrainingSession.session_date >= date(TODAY.year, 1, 1),
                )
                .group_by(Attendance.person_id)
            ).all()
        )
    pace = 60 * ((TODAY - date(TODAY.year, 1, 1)).days + 1) / 365
    behind = sum(1 for pid in officers if (hours.get(pid) or 0) < pace)
    assert 0.05 <= behind / len(officers) <= 0.25


def test_every_name_is_chinese(bureau: tuple[Database, DemoSummary]) -> None:
    database, _ = bureau
    with database.session() as s:
        names = s.scalars(select(Person.name)).all()
    assert len(names) == 400
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n) for n in names)
    assert any(ch in "".join(names) for ch in "喆堃玥璟")


def test_points_are_quantity_times_rule_points(bureau: tuple[Database, DemoSummary]) -> None:
    database, _ = bureau
    with database.session() as s:
        rows = s.execute(
            select(PointEvent.quantity, PointEvent.points, Rule.points).join(
                Rule, Rule.id == PointEvent.rule_id
            )
        ).all()
    assert rows
    assert all(points == quantity * per_unit for quantity, points, per_unit in rows)
    with database.session() as s:
        imported = s.scalars(
            select(PointEvent.source).where(PointEvent.source_ref == "cases-2026-10").distinct()
        ).all()
    assert imported == [EventSource.CASE_IMPORT]


def test_the_demo_login_works_and_the_audit_chain_holds(
    bureau: tuple[Database, DemoSummary],
) -> None:
    database, summary = bureau
    assert (summary.username, summary.password) == (DEMO_USERNAME, DEMO_PASSWORD)
    user = sign_in(database, DEMO_USERNAME, DEMO_PASSWORD, demo=True).user
    assert user.role is Role.ADMIN
    leader = sign_in(database, "zhongduizhang", DEMO_PASSWORD, demo=True).user
    assert leader.role is Role.SQUAD_LEADER and leader.unit_id is not None
    with database.session() as s:
        checked, breaks = verify_chain(s)
        assert checked > 400 and breaks == []
        bulk = s.scalar(
            select(AuditLog.after).where(
                AuditLog.table_name == "point_event", AuditLog.row_id.is_(None)
            )
        )
        assert bulk is not None and "demo seed 2026" in bulk


def test_the_demo_has_the_three_separated_administrators(
    bureau: tuple[Database, DemoSummary],
) -> None:
    from console.core.audit_log import AuditFilter, audit_page
    from console.core.auth import attempt_sign_in
    from console.core.duties import duties_combined
    from console.core.errors import PermissionDenied
    from glossary import Duty, Role

    database, summary = bureau
    with database.session() as session:
        attempts = {
            name: attempt_sign_in(session, name, summary.password, demo=True)
            for name in ("xitong", "anquan", "shenji")
        }
        signed_in = {n: a.user for n, a in attempts.items() if a.user is not None}
        session.rollback()  # signing in notes the time: not part of this check
        assert {n: u.duties for n, u in signed_in.items()} == {
            "xitong": {Duty.SYSTEM},
            "anquan": {Duty.SECURITY},
            "shenji": {Duty.AUDIT},
        }
        assert all(u.role == Role.VIEWER for u in signed_in.values())
        assert not duties_combined(session)
        assert audit_page(session, signed_in["shenji"], AuditFilter(), size=5).entries
        with pytest.raises(PermissionDenied):
            audit_page(session, signed_in["xitong"], AuditFilter())
