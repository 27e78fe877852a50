"""Inspection coverage (督察全覆盖): the share of units inspected at least once in a
month, quarter or year, with the uninspected units named.

tests.factories' bureau has three units to cover — 城东中队, 城西中队 and 办公室 — under
the bureau itself, which is not counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from sqlalchemy.orm import Session

from console.core.database import Database
from console.core.errors import ValidationError
from console.core.indicators import COVERAGE, INTEGRITY, inspection_coverage_indicator
from console.core.integrity.coverage import Span, inspection_coverage, span_dates
from console.core.integrity.inspections import InspectionInput, save_inspection
from console.core.integrity.topics import TOPICS
from db.org import Unit
from glossary import InspectionKind, YearMonth
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)


@pytest.fixture
def b(session: Session) -> Bureau:
    return make_bureau(session)


def inspect(session: Session, b: Bureau, day: date, units: Sequence[Unit]) -> None:
    data = InspectionInput(
        day, InspectionKind.ROUTINE, "日常督察", [u.id for u in units], topics=[TOPICS[0]]
    )
    save_inspection(session, b.supervisor, data, TODAY)
    session.commit()


def test_spans_are_the_month_its_quarter_and_its_year() -> None:
    month = YearMonth(2026, 8)
    assert span_dates(Span.MONTH, month) == (date(2026, 8, 1), date(2026, 8, 31))
    assert span_dates(Span.QUARTER, month) == (date(2026, 7, 1), date(2026, 9, 30))
    assert span_dates(Span.QUARTER, YearMonth(2026, 12)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert span_dates(Span.YEAR, month) == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_unit_inspected_on_the_last_day_of_the_period_counts(session: Session, b: Bureau) -> None:
    inspect(session, b, date(2026, 9, 30), [b.east])  # the quarter's last day
    inspect(session, b, date(2026, 10, 1), [b.west])  # the next quarter's first
    q3 = inspection_coverage(session, b.admin, date(2026, 7, 1), date(2026, 9, 30))
    assert (q3.covered, q3.total) == (1, 3)
    assert q3.share == pytest.approx(1 / 3)
    assert [u.unit_name for u in q3.uninspected] == ["城西中队", "办公室"]
    east = next(u for u in q3.units if u.unit_id == b.east.id)
    assert (east.inspections, east.last_inspected) == (1, date(2026, 9, 30))
    # The year takes in both.
    year = inspection_coverage(session, b.admin, *span_dates(Span.YEAR, YearMonth(2026, 1)))
    assert (year.covered, [u.unit_name for u in year.uninspected]) == (2, ["办公室"])


def test_inactive_units_and_the_bureau_are_not_counted(session: Session, b: Bureau) -> None:
    inspect(session, b, date(2026, 3, 5), [b.east, b.office, b.bureau])
    office = session.get(Unit, b.office.id)
    assert office is not None
    office.active = False
    session.commit()
    q1 = inspection_coverage(session, b.admin, date(2026, 1, 1), date(2026, 3, 31))
    # 城东 and 城西 only: the closed office and the bureau are in neither count.
    assert [u.unit_name for u in q1.units] == ["城东中队", "城西中队"]
    assert (q1.covered, q1.total, q1.share) == (1, 2, 0.5)


def test_a_squad_leader_sees_their_own_units(session: Session, b: Bureau) -> None:
    inspect(session, b, date(2026, 3, 5), [b.west])
    mine = inspection_coverage(session, b.leader, date(2026, 3, 1), date(2026, 3, 31))
    assert ([u.unit_name for u in mine.units], mine.share) == (["城东中队"], 0.0)


def test_the_indicator_states_its_denominator_and_opens_the_period(
    session: Session, b: Bureau
) -> None:
    inspect(session, b, date(2026, 11, 3), [b.east, b.west])
    inspect(session, b, date(2026, 11, 20), [b.east])
    ind = inspection_coverage_indicator(session, b.admin, date(2026, 11, 1), date(2026, 11, 30))
    assert (ind.numerator, ind.denominator) == (2, 3)
    assert ind.value == pytest.approx(2 / 3)
    assert (ind.drill.page, ind.drill.view) == (INTEGRITY, COVERAGE)
    assert (ind.drill.date_from, ind.drill.date_to) == (date(2026, 11, 1), date(2026, 11, 30))


def test_no_units_to_cover_gives_no_share_and_a_backward_period_is_refused(
    session: Session, b: Bureau
) -> None:
    for unit in session.query(Unit):
        unit.active = False
    session.commit()
    assert inspection_coverage(session, b.admin, date(2026, 1, 1), date(2026, 1, 31)).share is None
    with pytest.raises(ValidationError):
        inspection_coverage(session, b.admin, date(2026, 2, 1), date(2026, 1, 31))


def test_coverage_reads_alike_on_sqlite_and_postgresql(any_db: Database) -> None:
    with any_db.session() as session:
        bureau = make_bureau(session)
        inspect(session, bureau, date(2026, 9, 30), [bureau.east])
        inspect(session, bureau, date(2026, 9, 2), [bureau.east, bureau.west])
        q3 = inspection_coverage(session, bureau.admin, date(2026, 7, 1), date(2026, 9, 30))
    east = next(u for u in q3.units if u.unit_name == "城东中队")
    assert (east.inspections, east.last_inspected) == (2, date(2026, 9, 30))
    assert [u.unit_name for u in q3.uninspected] == ["办公室"]
