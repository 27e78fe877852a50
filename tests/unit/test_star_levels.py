"""Star levels of auxiliary and assistant staff: the yearly rule at its boundaries, the
review read from the months' grades, complaints and training, and its confirmation
(audited, once, and refused when anything changed since it was shown)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from console.core.conflicts import Conflict
from console.core.database import Database
from console.core.errors import PermissionDenied, ValidationError
from console.core.star_levels.history import star_history
from console.core.star_levels.review import (
    CONFIRMED,
    SeenRow,
    StarReview,
    confirm_review,
    year_review,
)
from console.core.star_levels.rule import YearFacts, propose, service_years
from console.core.star_levels.settings import (
    COEFFICIENT,
    ServiceBand,
    StarLevelSettings,
    load_star_settings,
    pay_text,
    save_star_settings,
)
from console.core.training.requirements import (
    Requirement,
    TrainingSettings,
    save_training_settings,
)
from console.core.workspace import Workspace
from db.audit import AuditLog, verify_chain
from db.star_levels import REVIEW, START, StarLevel, StarLevelRecord
from exports.star_review_pdf import render_star_review
from glossary import Category, Grade, TrainingCategory
from tests.factories import Bureau
from tests.star_fixtures import (
    AFTER,
    LIU,
    WANG,
    YEAR,
    fail_month,
    finalise_year,
    founded_complaint,
    plain_months,
    star_bureau,
)

S = StarLevelSettings()


def facts(level: int, excellent: int = 0, fails: int = 0, founded: int = 0, training: bool = True):  # type: ignore[no-untyped-def]
    return YearFacts(level, excellent, fails, founded, training)


# --------------------------------------------------------------------------- the rule


def test_exactly_n_excellent_months_and_no_fail_is_up_one_star() -> None:
    p = propose(facts(2, excellent=6), S)
    assert (p.level, p.change) == (3, 1)
    assert "6" in p.reasons[0].words()


def test_one_excellent_month_short_keeps_the_level() -> None:
    assert propose(facts(2, excellent=5), S).level == 2


def test_a_fail_month_is_down_one_star_whatever_the_excellent_months() -> None:
    assert propose(facts(3, excellent=11, fails=1), S).level == 2


def test_a_founded_complaint_is_down_one_star() -> None:
    assert propose(facts(3, excellent=8, founded=1), S).level == 2


def test_the_levels_stay_within_one_and_five() -> None:
    assert propose(facts(1, fails=3, founded=2), S).level == 1
    assert propose(facts(5, excellent=12), S).level == 5


def test_five_stars_need_the_training_requirement_met() -> None:
    refused = propose(facts(4, excellent=12, training=False), S)
    assert refused.level == 4
    assert any("training" in r.words() for r in refused.reasons)
    assert propose(facts(4, excellent=12, training=True), S).level == 5
    # Holding 5★ needs it too: without it the level after the review is 4★.
    assert propose(facts(5, excellent=12, training=False), S).level == 4


def test_the_number_of_excellent_months_is_a_setting() -> None:
    eight = replace(S, excellent_needed=8)
    assert propose(facts(2, excellent=7), eight).level == 2
    assert propose(facts(2, excellent=8), eight).level == 3


def test_starting_level_by_full_years_of_service() -> None:
    on = date(2025, 1, 1)
    assert service_years(date(2023, 1, 2), on) == 1  # a day short of two years
    assert service_years(date(2023, 1, 1), on) == 2
    assert service_years(None, on) is None
    assert [S.starting_level(y) for y in (0, 1, 2, 4, 5, 9, 10, 30)] == [1, 1, 2, 2, 3, 3, 4, 4]


def test_pay_tier_of_each_level() -> None:
    assert S.pay(3) == Decimal(300)
    coefficient = replace(S, pay_mode=COEFFICIENT)
    assert pay_text(coefficient, 5) == "×1.20"


# --------------------------------------------------------------------------- the setting


def test_settings_are_saved_by_an_administrator_and_checked(session) -> None:  # type: ignore[no-untyped-def]
    b = star_bureau(session)
    mine = replace(S, excellent_needed=8, service_bands=(ServiceBand(0, 1), ServiceBand(3, 2)))
    save_star_settings(session, b.admin, mine)
    assert load_star_settings(session) == mine
    with pytest.raises(PermissionDenied):
        save_star_settings(session, b.supervisor, mine)
    bad = replace(
        S,
        excellent_needed=13,
        service_bands=(ServiceBand(1, 2),),
        pay_amounts=tuple(Decimal(v) for v in (500, 400, 300, 200, 100)),
    )
    with pytest.raises(ValidationError) as caught:
        save_star_settings(session, b.admin, bad)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"excellent_needed", "service_bands", "pay_amounts"}
    assert load_star_settings(session) == mine  # nothing written


def test_settings_changed_on_another_desktop_are_not_overwritten(any_db: Database) -> None:
    with any_db.session() as s:
        b = star_bureau(s)
        s.commit()
    admin = Workspace(any_db, b.admin)
    shown = admin.read(load_star_settings)
    # Another desktop raises the bar meanwhile.
    admin.run(save_star_settings, b.admin, replace(shown, excellent_needed=9), seen=shown)
    with pytest.raises(Conflict, match="another desktop"):
        admin.run(save_star_settings, b.admin, replace(shown, excellent_needed=7), seen=shown)
    assert admin.read(load_star_settings).excellent_needed == 9  # theirs stands


# --------------------------------------------------------------------------- the review


def _row(review: StarReview, b: Bureau, who: int):  # type: ignore[no-untyped-def]
    return next(r for r in review.rows if r.person_id == b.people[who].id)


def test_the_review_reads_the_year_of_each_auxiliary_and_assistant(session) -> None:  # type: ignore[no-untyped-def]
    b = star_bureau(session)
    plain_months(session, b, WANG, range(7, 13))  # six excellent months: up
    plain_months(session, b, LIU, range(6, 13))  # five excellent months, then …
    fail_month(session, b, LIU, 3)  # … a fail in March: down (already 1★: stays)
    founded_complaint(session, b, WANG, date(YEAR - 1, 12, 20))  # closed the year before
    session.commit()
    review = year_review(session, b.viewer, YEAR, AFTER)
    assert {r.category for r in review.rows} == {Category.AUXILIARY, Category.ASSISTANT}
    wang, liu = _row(review, b, WANG), _row(review, b, LIU)
    assert wang.starting and wang.service_years == 3
    assert (wang.excellent, wang.fails, wang.founded_complaints) == (6, 0, 0)
    assert (wang.level, wang.proposed) == (2, 3)
    assert wang.grades[:6] == (Grade.EXCELLENT,) * 6 and wang.grades[6] == Grade.PASS
    assert liu.grades[2] == Grade.FAIL
    assert (liu.level, liu.proposed, liu.fails) == (1, 1, 1)
    assert "1 star" in liu.reason_text
    assert wang.pay_now == "200 yuan/month" and wang.pay_proposed == "300 yuan/month"
    assert review.provisional == tuple(review.provisional)  # months not finalised listed
    assert len(review.provisional) == 12 and review.year_over


def test_a_founded_complaint_of_the_year_costs_a_star(session) -> None:  # type: ignore[no-untyped-def]
    b = star_bureau(session)
    plain_months(session, b, WANG, range(9, 13))  # eight excellent months …
    founded_complaint(session, b, WANG, date(YEAR, 5, 12))  # … and a founded complaint
    session.commit()
    wang = _row(year_review(session, b.admin, YEAR, AFTER), b, WANG)
    assert (wang.excellent, wang.founded_complaints) == (8, 1)
    assert (wang.level, wang.proposed) == (2, 1)


def test_a_squad_leader_reviews_their_own_squad(session) -> None:  # type: ignore[no-untyped-def]
    b = star_bureau(session)
    review = year_review(session, b.leader, YEAR, AFTER)
    assert [r.name for r in review.rows] == ["王芳"]


def test_five_stars_refused_when_the_training_requirement_is_missed(session) -> None:  # type: ignore[no-untyped-def]
    b = star_bureau(session)
    session.add(StarLevel(person_id=b.people[WANG].id, level=4, effective_year=YEAR))
    save_training_settings(
        session,
        b.admin,
        TrainingSettings(
            requirements=(Requirement(Category.AUXILIARY, TrainingCategory.LEGAL, 20.0),)
        ),
    )
    session.commit()
    wang = _row(year_review(session, b.admin, YEAR, AFTER), b, WANG)
    assert wang.excellent == 12 and not wang.training_met
    assert (wang.level, wang.proposed) == (4, 4)


# --------------------------------------------------------------------------- confirming


@dataclass
class Desk:
    db: Database
    b: Bureau
    admin: Workspace


@pytest.fixture
def desk(any_db: Database) -> Iterator[Desk]:
    with any_db.session() as s:
        b = star_bureau(s)
        plain_months(s, b, WANG, range(7, 13))
        fail_month(s, b, LIU, 3)
        s.commit()
        finalise_year(s, b)
    yield Desk(any_db, b, Workspace(any_db, b.admin))


def _seen(d: Desk) -> list[SeenRow]:
    review = d.admin.read(year_review, d.b.admin, YEAR, AFTER)
    return [SeenRow.of(r) for r in review.rows]


def test_confirming_writes_levels_and_history_audited(desk: Desk) -> None:
    d = desk
    done = d.admin.run(confirm_review, d.b.admin, YEAR, _seen(d), AFTER)
    assert (done.people, done.changed) == (2, 1)
    with d.db.session() as s:
        levels = {
            lv.person_id: (lv.level, lv.effective_year) for lv in s.scalars(select(StarLevel))
        }
        assert levels == {d.b.people[WANG].id: (3, YEAR + 1), d.b.people[LIU].id: (1, YEAR + 1)}
        records = s.scalars(
            select(StarLevelRecord).where(StarLevelRecord.person_id == d.b.people[WANG].id)
        ).all()
        assert {(r.kind, r.effective_year, r.previous_level, r.level) for r in records} == {
            (START, YEAR, None, 2),
            (REVIEW, YEAR + 1, 2, 3),
        }
        assert all(r.confirmed_by_id == d.b.admin.id for r in records)
        audited = s.scalars(
            select(AuditLog.table_name).where(
                AuditLog.table_name.in_(["star_level", "star_level_record", "star_review"])
            )
        ).all()
        assert audited.count("star_level_record") == 4 and "star_review" in audited
        changes = s.scalars(select(AuditLog).where(AuditLog.table_name == "star_level"))
        assert {a.username for a in changes} == {"admin"}
        assert verify_chain(s)[1] == []
    review = d.admin.read(year_review, d.b.admin, YEAR, AFTER)
    assert {r.state for r in review.rows} == {CONFIRMED}
    history = d.admin.read(star_history, d.b.admin, d.b.people[WANG].id)
    assert (history.level, history.effective_year, history.pay) == (3, YEAR + 1, "300 yuan/month")
    assert [(s.starting, s.level) for s in history.steps] == [(False, 3), (True, 2)]
    # Stored as the rule's words and numbers, read back in the reader's language.
    assert history.steps[0].reason == "6 excellent months (at least 6) and no fail: up one star"
    assert history.steps[1].reason == "starting level from 3 full years of service"


def test_a_review_confirmed_on_another_desktop_is_a_conflict(desk: Desk) -> None:
    d = desk
    seen = _seen(d)
    d.admin.run(confirm_review, d.b.admin, YEAR, seen[:1], AFTER)
    with pytest.raises(Conflict, match="管理员"):
        d.admin.run(confirm_review, d.b.admin, YEAR, seen, AFTER)
    with d.db.session() as s:  # all or nothing: the second person got nothing
        assert s.scalar(select(StarLevel).where(StarLevel.person_id == seen[1].person_id)) is None


def test_a_level_changed_since_shown_is_a_conflict(desk: Desk) -> None:
    d = desk
    seen = _seen(d)
    with d.db.session() as s:  # someone gives 王芳 a level meanwhile
        s.add(StarLevel(person_id=d.b.people[WANG].id, level=4, effective_year=YEAR))
        s.commit()
    with pytest.raises(Conflict):
        d.admin.run(confirm_review, d.b.admin, YEAR, seen, AFTER)


def test_confirming_is_for_the_administrator_after_the_year_and_its_months(desk: Desk) -> None:
    d = desk
    seen = _seen(d)
    with pytest.raises(PermissionDenied):
        Workspace(d.db, d.b.supervisor).run(confirm_review, d.b.supervisor, YEAR, seen, AFTER)
    with pytest.raises(ValidationError, match="1 January 2026"):
        d.admin.run(confirm_review, d.b.admin, YEAR, seen, date(YEAR, 12, 31))
    with pytest.raises(ValidationError, match="Choose"):
        d.admin.run(confirm_review, d.b.admin, YEAR, [], AFTER)


def test_confirming_needs_every_month_finalised(session) -> None:  # type: ignore[no-untyped-def]
    b = star_bureau(session)
    seen = [SeenRow.of(r) for r in year_review(session, b.admin, YEAR, AFTER).rows]
    with pytest.raises(ValidationError, match="2025-01"):
        confirm_review(session, b.admin, YEAR, seen, AFTER)


# --------------------------------------------------------------------------- outputs


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_review_prints_as_a_pdf_with_each_change_and_its_reason(
    session,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    b = star_bureau(session)
    plain_months(session, b, WANG, range(7, 13))
    fail_month(session, b, LIU, 3)
    session.commit()
    review = year_review(session, b.admin, YEAR, AFTER)
    path = render_star_review(
        review, tmp_path / "stars.pdf", bureau_name="测试市综合行政执法局", issued_on=AFTER
    )
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        ).stdout.split()
    )
    assert "测试市综合行政执法局" in text
    assert "Provisional" in text  # its months are not finalised
    assert "王芳" in text and "刘洋" in text
    assert "6 excellent months (at least 6) and no fail: up one star" in text
    assert "200 yuan/month" in text or "300 yuan/month" in text
