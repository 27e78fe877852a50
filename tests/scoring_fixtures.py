"""A small bureau with a rule catalogue, for the scoring tests (unit and GUI).

The bureau is tests.factories' five people — east squad: 张伟 (T0001), 王芳 (T0002); west
squad: 李娜 (T0003), 刘洋 (T0004); office: 陈静 (T0005) — and one rule set in force from
2026-01-01 with a base score of 100.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.database import Database
from console.core.scoring.entries import EntryInput, record_entries
from console.core.scoring.locking import finalise_month
from console.core.workspace import Workspace
from db.scoring import PointEvent, PointTally, Rule, RuleSet
from glossary import EventStatus, RuleCategory, YearMonth
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)
D = Decimal

# code, category, text, points, monthly cap, serious, needs approval
RULES: list[tuple[str, RuleCategory, str, Decimal, Decimal | None, bool, bool]] = [
    ("AJ01", RuleCategory.CASEWORK, "简易程序", D("0.5"), D(10), False, False),
    ("AJ02", RuleCategory.CASEWORK, "一般程序", D(2), None, False, False),
    ("FW01", RuleCategory.SERVICE, "群众表扬", D(1), None, False, False),
    ("TS01", RuleCategory.COMPLAINT, "投诉属实", D(-5), None, False, False),
    ("JL07", RuleCategory.DISCIPLINE, "违反廉洁", D(-10), None, True, False),
    ("BZ02", RuleCategory.COMMENDATION, "省级表彰", D(10), None, False, True),
]


def add_rules(session: Session) -> None:
    rs = RuleSet(name="细则", effective_from=date(2026, 1, 1), base_score=D(100))
    session.add(rs)
    session.flush()
    session.add_all(
        Rule(
            rule_set_id=rs.id,
            code=code,
            category=category,
            text=text,
            points=points,
            monthly_cap=cap,
            serious=serious,
            needs_approval=approval,
        )
        for code, category, text, points, cap, serious, approval in RULES
    )
    session.commit()


def scoring_bureau(session: Session) -> Bureau:
    """The five-person bureau with the rule catalogue above."""
    bureau = make_bureau(session)
    add_rules(session)
    return bureau


def rule_id(session: Session, code: str) -> int:
    return session.scalar(select(Rule.id).where(Rule.code == code))  # type: ignore[return-value]


def enter(
    session: Session,
    b: Bureau,
    who: int,
    code: str,
    qty: Decimal | str | float | int = 1,
    on: date = date(2026, 10, 15),
    user: User | None = None,
) -> list[int]:
    """Record one entry for ``b.people[who]`` (as the supervisor unless told)."""
    return record_entries(
        session,
        user or b.supervisor,
        EntryInput(rule_id(session, code), on, qty, person_ids=[b.people[who].id]),
        TODAY,
    )


SEALED_MONTH = YearMonth(2026, 10)


def finalised_bureau(database: Database) -> Bureau:
    """The bureau with three entries in October 2026 (AJ02 ×3: 6 points; FW01 ×2; TS01
    ×1), October finalised: a sealed month for the seal's tests."""
    with database.session() as session:
        b = scoring_bureau(session)
        enter(session, b, 0, "AJ02", 3)
        enter(session, b, 1, "FW01", 2)
        enter(session, b, 2, "TS01", 1)
        session.commit()
    Workspace(database, b.admin).run(finalise_month, b.admin, SEALED_MONTH, TODAY)
    return b


def tally_rows(session: Session) -> set[tuple[int, int, int, int]]:
    """point_tally's non-zero rows: (YYYYMM, person, rule, cents)."""
    rows = session.execute(
        select(PointTally.period, PointTally.person_id, PointTally.rule_id, PointTally.cents)
    ).all()
    return {(int(p.to_int()), pid, rid, c) for p, pid, rid, c in rows if c}


def recount_rows(session: Session) -> set[tuple[int, int, int, int]]:
    """The same, counted afresh from the approved entries."""
    sums: dict[tuple[int, int, int], int] = {}
    for on, pid, rid, points in session.execute(
        select(
            PointEvent.event_date, PointEvent.person_id, PointEvent.rule_id, PointEvent.points
        ).where(PointEvent.status == EventStatus.APPROVED, PointEvent.person_id.is_not(None))
    ).all():
        key = (on.year * 100 + on.month, pid, rid)
        sums[key] = sums.get(key, 0) + int(points * 100)
    return {(*k, v) for k, v in sums.items() if v}
