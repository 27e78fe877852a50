"""The services behind the Performance, Integrity, Training, Reports and Settings pages.

One small bureau (tests.factories) plus a hand-built month: November 2026, today the
22nd. The squad leader answers for 城东中队 (east): 张伟 and 王芳.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.accounts import list_accounts, set_account_active
from console.core.auth import User, attempt_sign_in, create_account
from console.core.database import Database, open_database
from console.core.demo import DEMO_USERNAME, generate_demo
from console.core.errors import PermissionDenied, ValidationError
from console.core.integrity.findings import integrity_kpis, is_overdue, list_findings
from console.core.overview_figures import build_overview
from console.core.people import list_people
from console.core.policy import month_average
from console.core.scoring.dashboard import average_trend
from console.core.scoring.events import list_events, scope_average_score, summarise
from console.core.scoring.ranking import month_ranking
from console.core.system_info import database_info
from console.core.training.page import training_page
from console.core.training.sessions import list_sessions
from console.core.workspace import Workspace
from db.accounts import UserAccount
from db.integrity import Finding
from db.migrate import head_revision
from exports.roster_xlsx import write_roster
from glossary import (
    FindingStatus,
    Role,
    TrainingCategory,
    YearMonth,
)
from tests.factories import PASSWORD, Bureau, make_bureau
from tests.records import NOV, TODAY, Records, populate


@pytest.fixture
def bureau(session: Session) -> Bureau:
    return make_bureau(session)


@pytest.fixture
def records(session: Session, bureau: Bureau) -> Records:
    return populate(session, bureau)


# --- performance ---------------------------------------------------------------------


def test_events_of_the_month_with_unit_entries(
    session: Session, bureau: Bureau, records: Records
) -> None:
    events = list_events(session, bureau.admin, NOV)
    assert [e.event_date.day for e in events] == [3, 4, 5, 6, 7, 8]
    unit_entry = next(e for e in events if e.event_date.day == 6)
    assert (unit_entry.person_id, unit_entry.person_name, unit_entry.staff_no) == (None, "", "")
    assert unit_entry.unit_name == "城西中队"
    assert unit_entry.points == Decimal(-3) and unit_entry.quantity == Decimal(3)
    zhang = events[0]
    assert (zhang.staff_no, zhang.person_name, zhang.unit_name) == ("T0001", "张伟", "城东中队")
    assert (zhang.rule_code, zhang.rule_text) == ("A01", "办结一般程序案件")
    assert zhang.recorded_by == "督察员"


def test_squad_leader_sees_only_their_squads_events(
    session: Session, bureau: Bureau, records: Records
) -> None:
    events = list_events(session, bureau.leader, NOV)
    assert {(e.person_name, e.unit_name) for e in events} == {
        ("张伟", "城东中队"),
        ("王芳", "城东中队"),
        ("", "城东中队"),
    }


def test_summary_counts_approved_points_and_pending_entries(
    session: Session, bureau: Bureau, records: Records
) -> None:
    summary = summarise(list_events(session, bureau.admin, NOV))
    assert summary.entries == 6
    assert summary.awards == Decimal(8)  # 2 + 4 + the east unit's 2; the rejected 2 left out
    assert summary.deductions == Decimal(-3)  # the pending -1 does not count yet
    assert summary.pending == 1


def test_average_score_over_active_people_in_scope(
    session: Session, bureau: Bureau, records: Records
) -> None:
    # Active: 张伟 +2, 王芳 0 (pending), 李娜 +4, 陈静 0; 刘洋 has left.
    assert scope_average_score(session, bureau.admin, NOV) == Decimal(100) + Decimal(6) / 4
    assert scope_average_score(session, bureau.leader, NOV) == Decimal(101)


# --- integrity -----------------------------------------------------------------------


def test_overdue_means_deadline_passed_and_rectification_still_owed() -> None:
    assert is_overdue(FindingStatus.ASSIGNED, date(2026, 11, 21), TODAY)
    assert is_overdue(FindingStatus.SENT_BACK, date(2026, 1, 1), TODAY)
    assert not is_overdue(FindingStatus.OPEN, TODAY, TODAY)  # due today is not late yet
    assert not is_overdue(FindingStatus.RECTIFIED, date(2026, 1, 1), TODAY)
    assert not is_overdue(FindingStatus.VERIFIED, date(2026, 1, 1), TODAY)
    assert not is_overdue(FindingStatus.OPEN, None, TODAY)


def test_findings_by_period_and_open_only(
    session: Session, bureau: Bureau, records: Records
) -> None:
    ids = {v: k for k, v in records.findings.items()}

    def names(rows: list) -> list[str]:  # type: ignore[type-arg]
        return [ids[r.id] for r in rows]

    admin = bureau.admin
    assert names(list_findings(session, admin, NOV.first_day, NOV.last_day)) == ["F1", "F2"]
    year = list_findings(session, admin, date(2026, 1, 1), date(2026, 12, 31))
    assert names(year) == ["F3", "F4", "F5", "F1", "F2"]
    assert names(list_findings(session, admin, open_only=True)) == ["F6", "F4", "F5", "F1", "F2"]
    f1 = next(r for r in year if ids[r.id] == "F1")
    assert (f1.unit_name, f1.person_name, f1.staff_no) == ("城东中队", "张伟", "T0001")
    assert f1.overdue_on(TODAY) and not f1.overdue_on(date(2026, 11, 15))


def test_squad_leader_sees_only_findings_of_their_units(
    session: Session, bureau: Bureau, records: Records
) -> None:
    ids = {v: k for k, v in records.findings.items()}
    rows = list_findings(session, bureau.leader, open_only=True)
    assert [ids[r.id] for r in rows] == ["F6", "F1", "F2"]
    assert list_findings(session, bureau.leader, date(2026, 3, 1), date(2026, 6, 30)) == []


def test_integrity_kpis_bureau_wide(session: Session, bureau: Bureau, records: Records) -> None:
    k = integrity_kpis(session, bureau.admin, NOV, TODAY)
    assert k.inspections == 3
    assert k.findings_raised == 2  # F1, F2
    assert k.open_findings == 5  # all but the verified F3
    assert k.overdue_findings == 2  # F1 (assigned, due 15 Nov) and F6 (sent back, 2025)
    # Found in 2026 and due before today: F1, F3, F4; of them only F3 is verified.
    assert (k.verified_due, k.due_findings) == (1, 3)
    assert k.rectification_rate == pytest.approx(1 / 3)
    # Active: 张伟 王芳 李娜 陈静; pledged for 2026: 张伟 李娜 陈静 (刘洋 has left).
    assert (k.pledged_people, k.active_people) == (3, 4)
    assert k.pledge_coverage == pytest.approx(0.75)


def test_integrity_kpis_of_a_squad_leader(
    session: Session, bureau: Bureau, records: Records
) -> None:
    k = integrity_kpis(session, bureau.leader, NOV, TODAY)
    # The east squad was visited on 5 Nov, and its officer was checked on 12 Nov.
    assert k.inspections == 2
    assert (k.findings_raised, k.open_findings, k.overdue_findings) == (2, 3, 2)
    assert (k.verified_due, k.due_findings) == (0, 1)
    assert k.rectification_rate == 0
    assert (k.pledged_people, k.active_people) == (1, 2)


def test_rates_are_none_when_nothing_is_due(session: Session, bureau: Bureau) -> None:
    k = integrity_kpis(session, bureau.admin, NOV, TODAY)
    assert k.rectification_rate is None
    assert k.pledge_coverage == 0


# --- training ------------------------------------------------------------------------


def test_sessions_of_the_year_with_attendance_counts(
    session: Session, bureau: Bureau, records: Records
) -> None:
    rows = list_sessions(session, bureau.admin, 2026)
    assert [r.title for r in rows] == ["行政处罚法专题", "执法技能练兵", "年终法律培训"]
    s1 = rows[0]
    assert (s1.category, s1.hours) == (TrainingCategory.LEGAL, 4)
    assert (s1.present, s1.absent, s1.excused) == (2, 1, 1)
    assert (rows[2].present, rows[2].absent, rows[2].excused) == (0, 0, 0)


def test_squad_leader_attendance_counts_cover_their_people_only(
    session: Session, bureau: Bureau, records: Records
) -> None:
    rows = list_sessions(session, bureau.leader, 2026)
    # The sessions the squad's people attended or are called to (the planned year-end
    # session is for everyone, so for them too), counted for them alone.
    assert [(r.present, r.absent, r.excused) for r in rows] == [(2, 0, 0), (1, 0, 0), (0, 0, 0)]


# --- accounts ------------------------------------------------------------------------


def test_everyone_may_list_accounts(session: Session, bureau: Bureau) -> None:
    rows = list_accounts(session, bureau.viewer)
    assert [r.username for r in rows] == [
        "admin",
        "auditor",
        "lead",
        "secadmin",
        "sup",
        "sysadmin",
        "view",
    ]
    lead = rows[2]
    assert (lead.role, lead.unit_name, lead.active) == (Role.SQUAD_LEADER, "城东中队", True)


def test_only_the_system_administrator_may_disable_accounts(
    session: Session, bureau: Bureau
) -> None:
    for acting in (
        bureau.viewer,
        bureau.supervisor,
        bureau.leader,
        bureau.admin,
        bureau.secadmin,
        bureau.auditor,
    ):
        with pytest.raises(PermissionDenied):
            set_account_active(session, acting, bureau.supervisor.id, False)
    assert session.get(UserAccount, bureau.supervisor.id).active  # type: ignore[union-attr]


def test_disabled_account_cannot_sign_in_until_enabled(session: Session, bureau: Bureau) -> None:
    row = set_account_active(session, bureau.sysadmin, bureau.supervisor.id, False)
    assert not row.active
    refused = attempt_sign_in(session, "sup", PASSWORD)
    assert refused.user is None and refused.refusal == "Wrong user name or password."
    assert set_account_active(session, bureau.sysadmin, bureau.supervisor.id, True).active
    signed = attempt_sign_in(session, "sup", PASSWORD).user
    assert signed is not None and signed.id == bureau.supervisor.id


def test_admin_cannot_disable_own_account(session: Session, bureau: Bureau) -> None:
    with pytest.raises(ValidationError, match="your own account"):
        set_account_active(session, bureau.sysadmin, bureau.sysadmin.id, False)
    assert session.get(UserAccount, bureau.sysadmin.id).active  # type: ignore[union-attr]


def test_last_active_admin_cannot_be_disabled(session: Session, bureau: Bureau) -> None:
    second = create_account(session, bureau.sysadmin, "sys2", "副系统管理员", PASSWORD, Role.VIEWER)
    second_acc = session.get(UserAccount, second.id)
    assert second_acc is not None
    second_acc.duties = "system"  # as the security administrator would appoint it
    set_account_active(session, bureau.sysadmin, second.id, False)  # another remains
    # ``second`` still holds a session from before it was disabled: the core re-reads
    # the account on every write, so the stale session can no longer act.
    with pytest.raises(PermissionDenied, match="disabled"):
        set_account_active(session, second, bureau.sysadmin.id, False)
    with pytest.raises(ValidationError, match="last active administrator"):
        set_account_active(session, bureau.sysadmin, bureau.admin.id, False)
    active_admins = session.scalars(
        select(UserAccount.username).where(
            UserAccount.role == Role.ADMIN, UserAccount.active.is_(True)
        )
    ).all()
    assert active_admins == ["admin"]


# --- roster export and database facts --------------------------------------------------


def test_roster_workbook_reads_back(session: Session, bureau: Bureau, tmp_path: Path) -> None:
    people = list_people(session, bureau.admin)
    path = write_roster(people, tmp_path / "out" / "roster.xlsx", "测试局 人员花名册", TODAY)
    assert path == tmp_path / "out" / "roster.xlsx"
    assert [p.name for p in tmp_path.joinpath("out").iterdir()] == ["roster.xlsx"]  # no temp
    ws = load_workbook(path).active
    assert ws is not None
    assert "测试局 人员花名册" in ws["A1"].value and "2026-11-22" in ws["A1"].value
    header = [c.value for c in ws[2]]
    assert header == [
        "Staff no.",
        "Name",
        "Unit",
        "Category",
        "Position",
        "Gender",
        "Birth date",
        "Hire date",
        "Status",
        "Legal qualification",
        "Phone",
    ]
    assert ws["A2"].font.bold
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == f"A2:K{2 + len(people)}"
    names = {ws.cell(row=r, column=2).value for r in range(3, ws.max_row + 1)}
    assert names == {p.name for p in bureau.people}
    first = [c.value for c in ws[3]]
    assert first[:4] == ["T0001", "张伟", "城东中队", "Officer"]
    birth = ws.cell(row=3, column=7)
    assert birth.value.date() == date(1985, 1, 1) and birth.number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["J"].width >= len("Legal qualification")


def test_roster_refuses_a_target_it_cannot_write(bureau: Bureau, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OSError):
        write_roster([], blocker / "roster.xlsx", "t", TODAY)


def test_database_info(db, session: Session, bureau: Bureau, records: Records) -> None:  # type: ignore[no-untyped-def]
    info = database_info(session)  # a read: any session on the database will do
    assert info.backend == "sqlite" and info.can_back_up
    assert info.description.endswith("ducha.sqlite3")
    assert info.schema_revision == head_revision(db.engine)
    assert (info.people, info.point_events) == (5, 7)
    assert info.audit_rows > 0


# --- the Overview agrees with the pages behind it ----------------------------------------


@pytest.fixture(scope="module")
def demo_like(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A small demo bureau over 13 months: finalised months, void findings, squads."""
    database = open_database(tmp_path_factory.mktemp("overview") / "ducha.sqlite3")
    with database.session() as s:
        generate_demo(s, today=TODAY, people=80, months=13)
    yield database
    database.close()


def _account(database: Database, username: str) -> User:
    with database.session() as s:
        acc = s.scalars(select(UserAccount).where(UserAccount.username == username)).one()
        return User(acc.id, acc.username, acc.display_name, acc.role, acc.unit_id)


@pytest.mark.parametrize("username", [DEMO_USERNAME, "zhongduizhang"])
def test_overview_agrees_with_performance_and_integrity(demo_like: Database, username: str) -> None:
    user = _account(demo_like, username)
    ws = Workspace(demo_like, user)
    month = YearMonth.of(TODAY)
    ov = ws.read(build_overview, user, month, TODAY)

    # Findings as the Integrity page counts them: a void finding is neither open nor
    # overdue. The demo bureau has some, so the check has teeth.
    kpis = ws.read(integrity_kpis, user, month, TODAY)
    assert (ov.open_findings.value, ov.overdue_findings.value) == (
        kpis.open_findings,
        kpis.overdue_findings,
    )
    with demo_like.session() as s:
        assert s.scalar(select(func.count(Finding.id)).where(Finding.status == FindingStatus.VOID))
    # The records a click on the tile lists are exactly those counted.
    listed = ws.read(list_findings, user, None, None, open_only=True)
    assert len(listed) == ov.open_findings.value
    assert all(f.status != FindingStatus.VOID for f in listed)

    # Training hours per head as the Training page has them, over the same people.
    training = ws.read(training_page, user, month.year, TODAY).overview
    assert ov.training_hours.value == pytest.approx(training.average_hours)
    assert ov.training_hours.denominator == training.people

    # The average as the Performance page has it: the mean of the month's ranking in the
    # user's scope, month by month (finalised months from their snapshot).
    expected = [
        month_average([p.total for p in ws.read(month_ranking, user, m).people])
        for m in (month.shift(-k) for k in range(11, -1, -1))
    ]
    assert [m.average for m in ov.score_trend] == expected
    assert ov.average_score == expected[-1] is not None
    trend = ws.read(average_trend, user, month)
    assert [t.value for t in trend] == expected
