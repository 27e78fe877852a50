"""The inspection bulletin (督察通报), read back from the PDF: the period, every overdue
finding, the typical problems and the warnings are there as real text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from console.core import i18n
from console.core.errors import PermissionDenied, ValidationError
from console.core.integrity.bulletin import inspection_bulletin_data
from console.core.integrity.warnings import evaluate_warnings
from db.integrity import Finding, Inspection
from exports.inspection_pdf import write_inspection_bulletin
from glossary import FindingStatus, InspectionKind, Severity
from tests.factories import Bureau, make_bureau
from tests.unit.test_reports_pdf import BUREAU, needs_poppler, pdf_fonts, pdf_text

ISSUED = date(2026, 10, 20)


def flat(text: str) -> str:
    """Extracted text without the line breaks a wrapping cell puts inside a sentence."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def b(session: Session) -> Bureau:
    b = make_bureau(session)
    zhang, wang, li = b.people[0], b.people[1], b.people[2]
    inspection = Inspection(
        inspection_date=date(2026, 7, 3), kind=InspectionKind.ROUTINE, title="例行督察"
    )
    inspection.units = [b.east, b.west]
    session.add(inspection)
    session.flush()
    rows = [
        # (person, found, deadline, status, severity, description)
        (zhang, date(2026, 7, 3), date(2026, 7, 10), FindingStatus.VERIFIED, Severity.MINOR,
         "执勤时未按规定佩戴执法标志"),
        (wang, date(2026, 7, 3), date(2026, 7, 20), FindingStatus.ASSIGNED, Severity.SERIOUS,
         "现场执法未全程开启执法记录仪，执法过程音像资料缺失"),
        (li, date(2026, 8, 12), date(2026, 8, 26), FindingStatus.SENT_BACK, Severity.GRAVE,
         "接受管理对象宴请"),
        (li, date(2026, 9, 2), date(2026, 12, 1), FindingStatus.OPEN, Severity.MINOR,
         "执法文书填写不规范"),
        # Found before the period, still overdue: listed too.
        (zhang, date(2026, 4, 2), date(2026, 4, 30), FindingStatus.OPEN, Severity.MINOR,
         "考勤记录与实际在岗情况不符"),
    ]  # fmt: skip
    for person, found, deadline, status, severity, text in rows:
        session.add(
            Finding(
                inspection_id=inspection.id,
                found_date=found,
                person_id=person.id,
                unit_id=person.unit_id,
                topic="执法记录仪使用",
                severity=severity,
                description=text,
                deadline=deadline,
                status=status,
            )
        )
    session.commit()
    evaluate_warnings(session, b.supervisor, ISSUED, codes=["grave_finding"])
    return b


def write(session: Session, b: Bureau, path: Path) -> Path:
    return write_inspection_bulletin(
        session,
        b.supervisor,
        date(2026, 7, 1),
        date(2026, 9, 30),
        path,
        bureau_name=BUREAU,
        issued_on=ISSUED,
    )


@needs_poppler
def test_the_bulletin_holds_the_period_and_every_overdue_finding(
    session: Session, b: Bureau, tmp_path: Path
) -> None:
    path = write(session, b, tmp_path / "inspection.pdf")
    text = pdf_text(path)
    assert "1 July to 30 September 2026" in text
    body = flat(text)
    for overdue in (
        "现场执法未全程开启执法记录仪，执法过程音像资料缺失",
        "接受管理对象宴请",
        "考勤记录与实际在岗情况不符",
    ):
        assert overdue in body
    assert "3 problems are past their deadline" in text
    # Due by 20 October: the three of the period with deadlines passed, one verified.
    assert "33.3%" in text
    assert "李娜" in text  # the grave finding's warning
    assert "\u20141\u2014" in "".join(text.split())  # the page number "— 1 —"
    assert all(embedded == "yes" for _name, embedded in pdf_fonts(path))


@needs_poppler
def test_the_chinese_bulletin(session: Session, b: Bureau, tmp_path: Path) -> None:
    i18n.set_language("zh_CN")
    try:
        path = write(session, b, tmp_path / "督察通报.pdf")
    finally:
        i18n.set_language("en")
    body = flat(pdf_text(path))
    assert f"{BUREAU}关于2026年7月1日至9月30日督察检查情况的通报" in body
    assert "整改率33.3%" in body
    assert "典型问题" in body and "预警情况" in body


def test_who_may_print_it_and_for_which_period(session: Session, b: Bureau, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        write_inspection_bulletin(
            session,
            b.leader,
            date(2026, 7, 1),
            date(2026, 9, 30),
            tmp_path / "x.pdf",
            bureau_name=BUREAU,
            issued_on=ISSUED,
        )
    with pytest.raises(ValidationError):
        write_inspection_bulletin(
            session,
            b.supervisor,
            date(2026, 9, 30),
            date(2026, 7, 1),
            tmp_path / "x.pdf",
            bureau_name=BUREAU,
            issued_on=ISSUED,
        )
    assert not (tmp_path / "x.pdf").exists()


def test_an_empty_period_still_prints(session: Session, b: Bureau, tmp_path: Path) -> None:
    path = write_inspection_bulletin(
        session,
        b.viewer,
        date(2026, 1, 1),
        date(2026, 1, 31),
        tmp_path / "empty.pdf",
        bureau_name=BUREAU,
        issued_on=ISSUED,
    )
    assert path.read_bytes().startswith(b"%PDF")


def test_the_bulletins_data_is_gathered_and_checked_without_a_pdf(
    session: Session, b: Bureau
) -> None:
    """The figures come from the core, permission-checked; the renderer only lays them out."""
    data = inspection_bulletin_data(
        session, b.supervisor, date(2026, 7, 1), date(2026, 9, 30), ISSUED
    )
    assert data.figures.findings == 4  # the April one was found before the period
    assert len(data.figures.overdue) == 3  # …but is overdue, and listed
    assert [w.person_name for w in data.warnings] == ["李娜"]  # the grave finding
    with pytest.raises(PermissionDenied):
        inspection_bulletin_data(session, b.leader, date(2026, 7, 1), date(2026, 9, 30), ISSUED)
    with pytest.raises(ValidationError):
        inspection_bulletin_data(
            session, b.supervisor, date(2026, 11, 1), date(2026, 11, 30), ISSUED
        )
