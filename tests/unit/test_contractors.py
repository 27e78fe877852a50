"""Contractor assessment tied to payment: how the score, the coefficient, the payment and
the elimination warning are formed (docs/contractors.md), who may change what, and two
desktops editing one assessment (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pytest

from console.core.conflicts import Conflict
from console.core.contractors import rules
from console.core.contractors.assessments import AssessmentInput, save_assessment
from console.core.contractors.month import contractor_month
from console.core.contractors.records import (
    CompanyInput,
    ContractInput,
    link_staff,
    list_companies,
    list_staff,
    save_company,
    save_contract,
)
from console.core.contractors.settings import (
    ContractorSettings,
    PaymentBand,
    load_contractor_settings,
    save_contractor_settings,
)
from console.core.database import Database
from console.core.errors import PermissionDenied, ValidationError
from console.core.workspace import Workspace
from db.integrity import Finding
from glossary import Category, FindingStatus, Severity, YearMonth
from tests.factories import Bureau, make_bureau

TODAY = date(2026, 11, 22)
MONTH = YearMonth(2026, 10)
FULL = {"C1": 30, "C2": 15, "C3": 15, "C4": 15, "C5": 15, "C6": 10}
D = Decimal


@dataclass
class Desk:
    db: Database
    b: Bureau
    ws: Workspace  # the 督察队长
    company: int

    def assess(self, month: YearMonth, points: dict[str, object], seen: int | None = None) -> int:
        return Workspace(self.db, self.b.supervisor).run(
            save_assessment,
            self.b.supervisor,
            AssessmentInput(self.company, month, points, "督察一组"),
            seen_version=seen,
            today=TODAY,
        )


def _bureau(database: Database) -> Desk:
    with database.session() as s:
        b = make_bureau(s)
    ws = Workspace(database, b.admin)
    company = ws.run(save_company, b.admin, CompanyInput("临江环境服务有限公司", "周经理"))
    ws.run(
        save_contract,
        b.admin,
        ContractInput(
            company,
            "HT-2026-01",
            "城区道路清扫保洁",
            "120000.00",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
    )
    contractor = next(p for p in b.people if p.category is Category.CONTRACTOR)
    ws.run(link_staff, b.admin, [contractor.id], company)
    return Desk(database, b, ws, company)


@pytest.fixture
def desk(db: Database) -> Desk:
    return _bureau(db)


@pytest.fixture
def any_desk(any_db: Database) -> Iterator[Desk]:
    yield _bureau(any_db)


def _finding(
    desk: Desk, day: date, severity: Severity, status: FindingStatus = FindingStatus.OPEN
) -> None:
    contractor = next(p for p in desk.b.people if p.category is Category.CONTRACTOR)
    with desk.db.session() as s:
        s.add(
            Finding(
                person_id=contractor.id,
                unit_id=contractor.unit_id,
                found_date=day,
                topic="着装",
                severity=severity,
                description="作业时未穿反光背心",
                status=status,
            )
        )


# --- the rules -----------------------------------------------------------------------


def test_checklist_score_is_the_share_of_full_marks() -> None:
    assert rules.checklist_score([D(28), D(14), D(13.5)], [D(30), D(15), D(15)]) == D("92.50")
    # Full marks that do not add up to 100 are scaled: 17 of 20 is 85.
    assert rules.checklist_score([D(8), D(9)], [D(10), D(10)]) == D("85.00")
    assert rules.checklist_score([D(1)], [D(3)]) == D("33.33")


def test_the_score_is_the_checklist_less_deductions_never_below_zero() -> None:
    assert rules.month_score(D("92.50"), D(4)) == D("88.50")
    assert rules.month_score(D("3.00"), D(5)) == D("0.00")


@pytest.mark.parametrize(
    ("score", "coefficient"),
    [
        ("100", "1.00"),
        ("95", "1.00"),
        ("94.99", "0.98"),
        ("90", "0.98"),
        ("89.99", "0.95"),
        ("80", "0.95"),
        ("79.99", "0.90"),
        ("0", "0.90"),
    ],
)
def test_coefficient_boundaries_belong_to_the_higher_line(score: str, coefficient: str) -> None:
    assert rules.coefficient_for(D(score), ContractorSettings().bands) == D(coefficient)


def test_payment_is_rounded_to_the_fen_half_up() -> None:
    assert rules.payment(D("120000.00"), D("0.98")) == D("117600.00")
    assert rules.payment(D("12345.67"), D("0.95")) == D("11728.39")  # 11728.3865
    assert rules.payment(D("0.10"), D("0.95")) == D("0.10")  # 0.095 rounds up


def _scores(*pairs: tuple[str, str]) -> dict[YearMonth, Decimal]:
    return {YearMonth.parse(m): D(s) for m, s in pairs}


def test_three_months_below_80_within_twelve_warn() -> None:
    s = ContractorSettings()
    scores = _scores(("2026-01", "79"), ("2026-05", "96"), ("2026-06", "79.99"), ("2026-12", "70"))
    assert rules.elimination_warning(scores, YearMonth(2026, 12), s)
    assert rules.months_below(scores, YearMonth(2026, 12), s) == [
        YearMonth(2026, 1),
        YearMonth(2026, 6),
        YearMonth(2026, 12),
    ]
    assert not rules.elimination_warning(scores, YearMonth(2026, 11), s)  # only two yet
    # Exactly 80 is not below the line.
    assert not rules.elimination_warning(
        _scores(("2026-01", "79"), ("2026-06", "80"), ("2026-12", "70")), YearMonth(2026, 12), s
    )


def test_three_months_spread_over_thirteen_do_not_warn() -> None:
    s = ContractorSettings()
    scores = _scores(("2025-01", "70"), ("2025-07", "70"), ("2026-01", "70"))
    for month in (YearMonth(2025, 12), YearMonth(2026, 1), YearMonth(2026, 6)):
        assert not rules.elimination_warning(scores, month, s)


# --- the month, end to end -----------------------------------------------------------


def test_the_month_forms_score_coefficient_and_payment(desk: Desk) -> None:
    # 28 + 14 + 13 + 15 + 12 + 9 = 91; a serious (3) and a minor (1) finding: 87 → 95%.
    desk.assess(MONTH, {"C1": 28, "C2": 14, "C3": 13, "C4": 15, "C5": 12, "C6": 9})
    _finding(desk, date(2026, 10, 9), Severity.SERIOUS)
    _finding(desk, date(2026, 10, 20), Severity.MINOR)
    _finding(desk, date(2026, 10, 21), Severity.GRAVE, FindingStatus.VOID)  # counts nowhere
    _finding(desk, date(2026, 11, 2), Severity.GRAVE)  # next month's
    month = desk.ws.read(contractor_month, desk.b.admin, MONTH)
    (c,) = month.companies
    assert c.checklist_score == D("91.00")
    assert c.deductions == D(4)
    assert [f.severity for f in c.findings] == [Severity.SERIOUS, Severity.MINOR]
    assert c.score == D("87.00")
    assert c.coefficient == D("0.95")
    assert c.fee == D("120000.00")
    assert c.payment == D("114000.00")
    assert c.staff == 1 and not c.warning


def test_an_unassessed_month_has_no_payment(desk: Desk) -> None:
    (c,) = desk.ws.read(contractor_month, desk.b.admin, MONTH).companies
    assert not c.assessed and c.score is None and c.payment is None
    assert [i.code for i in c.items] == list(FULL)


def test_a_contract_pays_only_in_the_months_it_runs(desk: Desk) -> None:
    desk.assess(YearMonth(2026, 1), FULL)
    assert desk.ws.read(contractor_month, desk.b.admin, YearMonth(2026, 1)).payment == D(
        "120000.00"
    )
    (c,) = desk.ws.read(contractor_month, desk.b.admin, YearMonth(2025, 12)).companies
    assert c.contracts == ()


def test_elimination_warning_from_assessed_months(desk: Desk) -> None:
    low = {**FULL, "C1": 5}  # 75
    for m in (2, 6, 9):
        desk.assess(YearMonth(2026, m), low)
    desk.assess(YearMonth(2026, 8), FULL)
    month = desk.ws.read(contractor_month, desk.b.admin, YearMonth(2026, 9))
    (c,) = month.warnings
    assert c.months_below == (YearMonth(2026, 2), YearMonth(2026, 6), YearMonth(2026, 9))
    assert not desk.ws.read(contractor_month, desk.b.admin, YearMonth(2026, 8)).warnings


def test_findings_can_push_a_month_below_the_line(desk: Desk) -> None:
    desk.assess(MONTH, {**FULL, "C1": 13})  # 83
    for day in (3, 4):
        _finding(desk, date(2026, 10, day), Severity.SERIOUS)  # −6 → 77
    (c,) = desk.ws.read(contractor_month, desk.b.admin, MONTH).companies
    assert c.score == D("77.00") and c.coefficient == D("0.90")
    assert c.months_below == (MONTH,)


# --- entering an assessment -------------------------------------------------------------


def test_points_outside_an_items_marks_are_refused_by_name(desk: Desk) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.assess(MONTH, {**FULL, "C1": 31, "C6": "x"})
    text = str(refused.value)
    assert "道路清扫保洁质量" in text and "安全生产与文明作业" in text
    assert not desk.ws.read(contractor_month, desk.b.admin, MONTH).companies[0].assessed


def test_a_month_not_begun_cannot_be_assessed(desk: Desk) -> None:
    with pytest.raises(ValidationError):
        desk.assess(YearMonth(2026, 12), FULL)


def test_a_past_assessment_keeps_its_checklist(desk: Desk) -> None:
    desk.assess(MONTH, FULL)
    settings = desk.ws.read(load_contractor_settings)
    shorter = replace(settings, checklist=settings.checklist[:2])
    desk.ws.run(save_contractor_settings, desk.b.admin, shorter)
    (c,) = desk.ws.read(contractor_month, desk.b.admin, MONTH).companies
    assert len(c.items) == 6 and c.checklist_score == D("100.00")
    (n,) = desk.ws.read(contractor_month, desk.b.admin, YearMonth(2026, 11)).companies
    assert [i.code for i in n.items] == ["C1", "C2"]


def test_saving_an_assessment_unchanged_keeps_its_version(desk: Desk) -> None:
    desk.assess(MONTH, FULL)
    before = desk.ws.read(contractor_month, desk.b.admin, MONTH).companies[0]
    desk.assess(MONTH, {k: str(v) for k, v in FULL.items()}, before.row_version)
    after = desk.ws.read(contractor_month, desk.b.admin, MONTH).companies[0]
    assert after.row_version == before.row_version


def test_two_desktops_editing_one_assessment(any_desk: Desk) -> None:
    d = any_desk
    d.assess(MONTH, FULL)
    seen = d.ws.read(contractor_month, d.b.admin, MONTH).companies[0].row_version
    d.assess(MONTH, {**FULL, "C1": 20}, seen)
    with pytest.raises(Conflict) as refused:
        d.assess(MONTH, {**FULL, "C1": 25}, seen)
    assert d.b.supervisor.username in str(refused.value)
    c = d.ws.read(contractor_month, d.b.admin, MONTH).companies[0]
    assert c.checklist_score == D("90.00")
    # A second desktop that saw no assessment yet is told one was made meanwhile.
    with pytest.raises(Conflict):
        d.assess(MONTH, FULL, None)


def test_two_desktops_editing_one_company(any_desk: Desk) -> None:
    d = any_desk
    (row,) = d.ws.read(list_companies, d.b.admin)
    d.ws.run(
        save_company, d.b.admin, CompanyInput("新名一"), d.company, seen_version=row.row_version
    )
    with pytest.raises(Conflict):
        d.ws.run(
            save_company,
            d.b.admin,
            CompanyInput("新名称二"),
            d.company,
            seen_version=row.row_version,
        )
    assert d.ws.read(list_companies, d.b.admin)[0].name == "新名一"


# --- permissions ----------------------------------------------------------------------


def test_who_may_do_what(desk: Desk) -> None:
    b = desk.b
    for user in (b.viewer, b.leader, b.sysadmin):
        with pytest.raises(PermissionDenied):
            Workspace(desk.db, user).run(
                save_assessment,
                user,
                AssessmentInput(desk.company, MONTH, FULL),
                seen_version=None,
                today=TODAY,
            )
        # Everyone signed in reads the month.
        assert Workspace(desk.db, user).read(contractor_month, user, MONTH).companies
    for user in (b.supervisor, b.viewer):
        with pytest.raises(PermissionDenied):
            Workspace(desk.db, user).run(save_company, user, CompanyInput("另一家"))
        with pytest.raises(PermissionDenied):
            Workspace(desk.db, user).run(save_contractor_settings, user, ContractorSettings())
    with pytest.raises(PermissionDenied):
        Workspace(desk.db, None).read(contractor_month, None, MONTH)


# --- records and settings -----------------------------------------------------------------


def test_contract_input_is_checked_field_by_field(desk: Desk) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.ws.run(
            save_contract,
            desk.b.admin,
            ContractInput(
                desk.company, "HT-2026-01", "", "12.345", date(2026, 5, 1), date(2026, 4, 1)
            ),
        )
    fields = {e.field for e in refused.value.errors}
    assert fields == {"contract_no", "service", "monthly_fee", "end_date"}


def test_only_contractor_people_are_linked_to_a_company(desk: Desk) -> None:
    officer = desk.b.people[0]
    with pytest.raises(ValidationError) as refused:
        desk.ws.run(link_staff, desk.b.admin, [officer.id], desk.company)
    assert officer.name in str(refused.value)
    staff = desk.ws.read(list_staff, desk.b.admin)
    assert [s.company_id for s in staff] == [desk.company]


def test_settings_are_checked_and_saved(desk: Desk) -> None:
    s = ContractorSettings()
    bad = replace(s, bands=(PaymentBand(D(90), D("1.00")), PaymentBand(D(60), D("0.9"))))
    with pytest.raises(ValidationError) as refused:
        desk.ws.run(save_contractor_settings, desk.b.admin, bad)
    assert {e.field for e in refused.value.errors} == {"bands"}
    stricter = replace(s, elimination_line=D(85), deductions=((Severity.MINOR, D(2)),))
    desk.ws.run(save_contractor_settings, desk.b.admin, stricter)
    loaded = desk.ws.read(load_contractor_settings)
    assert loaded.elimination_line == D(85)
    assert loaded.deduction_for(Severity.MINOR) == D(2)
    assert loaded.deduction_for(Severity.GRAVE) == D(5)  # untouched default
    with pytest.raises(Conflict):
        desk.ws.run(save_contractor_settings, desk.b.admin, s, seen=s)


def test_the_documented_example(desk: Desk) -> None:
    """docs/contractors.md, "Worked example", figure by figure."""
    desk.ws.run(
        save_contract,
        desk.b.admin,
        ContractInput(
            desk.company, "LJ-02", "行道树养护", "33333.33", date(2026, 1, 1), date(2026, 12, 31)
        ),
    )
    desk.assess(MONTH, {"C1": "27.5", "C2": 14, "C3": 13, "C4": 15, "C5": 12, "C6": 9})
    _finding(desk, date(2026, 10, 9), Severity.SERIOUS)
    _finding(desk, date(2026, 10, 20), Severity.MINOR)
    (c,) = desk.ws.read(contractor_month, desk.b.admin, MONTH).companies
    assert (c.checklist_score, c.deductions, c.score) == (D("90.50"), D(4), D("86.50"))
    assert c.coefficient == D("0.95")
    # LJ-01 is the fixture's contract (HT-2026-01) at 120,000.00.
    assert [k.payment for k in c.contracts] == [D("114000.00"), D("31666.66")]
    assert c.payment == D("145666.66")
    scores = _scores(("2025-12", "78"), ("2026-04", "79.5"), ("2026-09", "80"), ("2026-11", "76"))
    s = ContractorSettings()
    assert rules.elimination_warning(scores, YearMonth(2026, 11), s)
    assert not rules.elimination_warning(scores, YearMonth(2026, 12), s)
