"""The printed reports: the monthly bulletin and a person's scorecard, read back from the PDF.

What a reader relies on is checked in the file itself: every ranked person's name is
there as real (extractable) text, the Chinese font is embedded, the scorecard lists every
entry, and a squad leader gets no one else's people.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core import i18n
from console.core.auth import User
from console.core.database import Database, open_database
from console.core.demo import demo_workspace, generate_demo
from console.core.errors import NotFound, PermissionDenied, ValidationError
from console.core.scoring.deductions import deductions_by_category
from console.core.scoring.locking import finalise_month
from console.core.scoring.ranking import month_ranking
from console.core.scoring.scorecard import person_year
from db.accounts import UserAccount
from db.org import Person
from db.scoring import PointEvent, Rule
from exports import pdf_common
from exports.bulletin_pdf import write_monthly_bulletin
from exports.scorecard_pdf import write_scorecard
from glossary import EventStatus, Role, YearMonth
from tests.scoring_fixtures import scoring_bureau

TODAY = date(2026, 11, 22)
MONTH = YearMonth(2026, 10)
BUREAU = "临江市综合行政执法局"

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font pdffonts lists."""
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    # Columns: name type encoding emb sub uni object ID — the type may hold a space.
    return [(line.split()[0], line.split()[-5]) for line in out if line.strip()]


def account(session: Session, username: str) -> User:
    acc = session.scalars(select(UserAccount).where(UserAccount.username == username)).one()
    return User(acc.id, acc.username, acc.display_name, acc.role, acc.unit_id)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A small demo bureau (80 people, September to November 2026), shared read-only."""
    database = open_database(tmp_path_factory.mktemp("reports") / "ducha.sqlite3")
    demo_workspace(database).run(generate_demo, seed=2026, today=TODAY, people=80, months=3)
    yield database
    database.close()


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.set_language("zh_CN")
    try:
        yield
    finally:
        i18n.set_language("en")


@needs_poppler
def test_bulletin_holds_every_ranked_name_as_embedded_text(
    demo: Database, tmp_path: Path, chinese: None
) -> None:
    with demo.session() as session:
        admin = account(session, "admin")
        path = write_monthly_bulletin(
            session, admin, MONTH, tmp_path / "通报.pdf", bureau_name=BUREAU, issued_on=TODAY
        )
        ranking = month_ranking(session, admin, MONTH)
    assert path == tmp_path / "通报.pdf"
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file
    text = pdf_text(path)
    assert BUREAU in text
    # The title as the bulletin translates it (it may break across lines on the page).
    from exports.pdf_common import month_name

    title = i18n.translate(
        "bulletin",
        "{bureau}: bulletin on the all-staff points-based performance review, {month_name} {year}",
    ).format(bureau=BUREAU, month_name=month_name(MONTH.month), year=MONTH.year)
    assert "".join(title.split()) in "".join(text.split())
    assert len(ranking.people) > 70
    missing = [p.name for p in ranking.people if p.name not in text]
    assert missing == []
    assert all(p.staff_no in text for p in ranking.people)
    fonts = pdf_fonts(path)
    assert fonts, "the bulletin names no font"
    assert all(emb == "yes" for _, emb in fonts), fonts
    assert any("WenQuanYi" in name for name, _ in fonts)


@needs_poppler
def test_bulletin_says_provisional_until_the_month_is_finalised(
    demo: Database, tmp_path: Path
) -> None:
    month = YearMonth.of(TODAY)  # the demo's earlier months are finalised already
    with demo.session() as session:
        admin = account(session, "admin")
        draft = write_monthly_bulletin(
            session, admin, month, tmp_path / "draft.pdf", bureau_name=BUREAU, issued_on=TODAY
        )
        finalise_month(session, admin, month, TODAY)
        final = write_monthly_bulletin(
            session, admin, month, tmp_path / "final.pdf", bureau_name=BUREAU, issued_on=TODAY
        )
    draft_text, final_text = pdf_text(draft), pdf_text(final)
    assert "(provisional)" in draft_text and "Provisional" in draft_text
    assert "(provisional)" not in final_text and "Provisional" not in final_text
    assert "version 1" in final_text


@needs_poppler
def test_bulletin_names_the_stars_and_the_squads(demo: Database, tmp_path: Path) -> None:
    with demo.session() as session:
        admin = account(session, "admin")
        ranking = month_ranking(session, admin, MONTH)
        path = write_monthly_bulletin(
            session, admin, MONTH, tmp_path / "b.pdf", bureau_name=BUREAU, issued_on=TODAY
        )
    text = pdf_text(path)
    starred = [p for p in ranking.people if p.stars]
    assert starred, "the demo month has stars"
    assert "Casework star" in text
    assert "\u20141\u2014" in "".join(text.split())  # the page number "— 1 —"
    # The squad ranking and its chart both name every front-line squad.
    assert text.count("城东中队") >= 2


def test_bulletin_is_not_for_a_squad_leader(demo: Database, tmp_path: Path) -> None:
    with demo.session() as session:
        leader = account(session, "zhongduizhang")
        assert leader.role == Role.SQUAD_LEADER
        with pytest.raises(PermissionDenied):
            write_monthly_bulletin(
                session, leader, MONTH, tmp_path / "b.pdf", bureau_name=BUREAU, issued_on=TODAY
            )
    assert not (tmp_path / "b.pdf").exists()


def test_bulletin_of_a_month_not_yet_begun_is_refused(demo: Database, tmp_path: Path) -> None:
    with demo.session() as session, pytest.raises(ValidationError, match="2026-12"):
        write_monthly_bulletin(
            session,
            account(session, "admin"),
            YearMonth(2026, 12),
            tmp_path / "b.pdf",
            bureau_name=BUREAU,
            issued_on=TODAY,
        )
    assert not (tmp_path / "b.pdf").exists()


def test_deductions_by_category_add_up_the_approved_negative_entries(demo: Database) -> None:
    with demo.session() as session:
        admin = account(session, "admin")
        rows = session.execute(
            select(Rule.category, PointEvent.points, PointEvent.status)
            .join(Rule, Rule.id == PointEvent.rule_id)
            .where(
                PointEvent.event_date >= MONTH.first_day,
                PointEvent.event_date <= MONTH.last_day,
            )
        ).all()
        expected: dict[str, tuple[int, Decimal]] = defaultdict(lambda: (0, Decimal(0)))
        for category, pts, status in rows:
            if status == EventStatus.APPROVED and pts < 0:
                n, total = expected[category]
                expected[category] = (n + 1, total + pts)
        found = deductions_by_category(session, admin, MONTH)
    assert {d.category: (d.count, d.points) for d in found} == dict(expected)
    assert [d.points for d in found] == sorted(d.points for d in found)  # heaviest first
    assert all(d.points < 0 for d in found)


def test_deductions_by_category_for_a_squad_leader_cover_their_unit(demo: Database) -> None:
    with demo.session() as session:
        admin = account(session, "admin")
        leader = account(session, "zhongduizhang")
        everyone = sum(d.count for d in deductions_by_category(session, admin, MONTH))
        own = sum(d.count for d in deductions_by_category(session, leader, MONTH))
    assert 0 <= own < everyone


def _busiest(session: Session, year: int) -> Person:
    """The demo person with the most entries in the year that did not count (pending,
    rejected or void), so that the scorecard shows entries in every state."""
    counts: dict[int, int] = defaultdict(int)
    for pid in session.scalars(
        select(PointEvent.person_id).where(
            PointEvent.person_id.is_not(None),
            PointEvent.event_date >= date(year, 1, 1),
            PointEvent.status != EventStatus.APPROVED,
        )
    ):
        counts[pid] += 1
    person_id = max(counts, key=lambda k: counts[k]) if counts else 1
    person = session.get(Person, person_id)
    assert person is not None
    return person


@needs_poppler
def test_scorecard_lists_every_entry_of_the_year(demo: Database, tmp_path: Path) -> None:
    with demo.session() as session:
        admin = account(session, "admin")
        person = _busiest(session, 2026)
        card = person_year(session, admin, person.staff_no, 2026, today=TODAY)
        path = write_scorecard(
            session,
            admin,
            person.staff_no.lower(),  # staff numbers are found whatever their case
            2026,
            tmp_path / "card.pdf",
            bureau_name=BUREAU,
            issued_on=TODAY,
        )
    text = pdf_text(path)
    assert person.name in text and person.staff_no in text
    assert card.entries, "the demo person has entries"
    assert {e.rule_code for e in card.entries if e.rule_code not in text} == set()
    assert all(e.event_date.isoformat() in text for e in card.entries)
    assert any(e.status != EventStatus.APPROVED for e in card.entries)
    assert all(emb == "yes" for _, emb in pdf_fonts(path))


def test_person_year_matches_the_monthly_ranking(demo: Database) -> None:
    with demo.session() as session:
        admin = account(session, "admin")
        ranking = month_ranking(session, admin, MONTH)
        someone = ranking.people[len(ranking.people) // 2]
        card = person_year(session, admin, someone.staff_no, 2026, today=TODAY)
    assert [line.month for line in card.months] == [YearMonth(2026, m) for m in range(1, 13)]
    october = card.months[9].result
    assert october is not None
    assert (october.total, october.rank, october.grade, october.stars) == (
        someone.total,
        someone.rank,
        someone.grade,
        someone.stars,
    )
    assert card.months[9].ranked == len(ranking.people)
    assert card.months[11].result is None  # December 2026 has not begun on 22 November


def test_person_year_is_blank_before_hire(session: Session) -> None:
    bureau = scoring_bureau(session)
    newcomer = bureau.people[0]
    newcomer.hire_date = date(2026, 6, 15)
    session.commit()
    card = person_year(session, bureau.admin, newcomer.staff_no, 2026, today=TODAY)
    blank = [line.month.month for line in card.months if line.result is None]
    assert blank == [1, 2, 3, 4, 5, 12]


def test_scorecard_permissions_and_unknown_staff_numbers(demo: Database, tmp_path: Path) -> None:
    with demo.session() as session:
        leader = account(session, "zhongduizhang")
        assert leader.unit_id is not None
        own = session.scalars(
            select(Person).where(Person.unit_id == leader.unit_id).order_by(Person.staff_no)
        ).first()
        other = session.scalars(
            select(Person).where(Person.unit_id != leader.unit_id).order_by(Person.staff_no)
        ).first()
        assert own is not None and other is not None
        assert person_year(session, leader, own.staff_no, 2026, today=TODAY).person.id == own.id
        with pytest.raises(PermissionDenied):
            person_year(session, leader, other.staff_no, 2026, today=TODAY)
        with pytest.raises(PermissionDenied):
            write_scorecard(
                session,
                leader,
                other.staff_no,
                2026,
                tmp_path / "x.pdf",
                bureau_name=BUREAU,
                issued_on=TODAY,
            )
        with pytest.raises(NotFound, match="ZZ9999"):
            person_year(session, leader, "zz9999", 2026, today=TODAY)
    assert not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_rare_name_characters_survive_a_face_that_lacks_them(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows the body face is SimSun; a character it lacks must still print. Here a
    Latin-only face stands in for it, so every Chinese character takes the fallback."""
    bureau = scoring_bureau(session)
    bureau.people[0].name = "王喆堃"
    bureau.people[1].name = "李玥璟"
    session.commit()
    vera = Path(pdfmetrics.__file__).resolve().parents[1] / "fonts" / "Vera.ttf"
    windows = tmp_path / "Fonts"
    windows.mkdir()
    shutil.copy(vera, windows / "simsun.ttc")
    shutil.copy(vera, windows / "simhei.ttf")
    fonts = pdf_common.register_fonts(windows)
    assert fonts.body != pdf_common.SHIPPED_FACE and fonts.heading != fonts.body
    assert pdf_common.face_for("王喆堃", fonts.body, fonts) == pdf_common.SHIPPED_FACE
    assert pdf_common.face_for("LJ0001", fonts.body, fonts) == fonts.body
    assert pdf_common.markup("A&王喆", fonts.body, fonts) == (
        f'A&amp;<font face="{pdf_common.SHIPPED_FACE}">王喆</font>'
    )
    monkeypatch.setattr(pdf_common, "register_fonts", lambda *a, **k: fonts)
    monkeypatch.setattr("exports.bulletin_pdf.register_fonts", lambda *a, **k: fonts)
    path = write_monthly_bulletin(
        session,
        bureau.admin,
        YearMonth(2026, 11),
        tmp_path / "rare.pdf",
        bureau_name="测试市综合行政执法局",
        issued_on=TODAY,
    )
    text = pdf_text(path)
    assert "王喆堃" in text and "李玥璟" in text and "测试市综合行政执法局" in text
    names = {name.split("+")[-1] for name, _ in pdf_fonts(path)}
    assert any("Vera" in n for n in names) and any("WenQuanYi" in n for n in names)
    assert all(emb == "yes" for _, emb in pdf_fonts(path))
