"""The training report's projection section and the inspection bulletin's coverage
section, as real text in the PDFs."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from console.core.integrity.inspections import InspectionInput, save_inspection
from console.core.integrity.topics import TOPICS
from console.core.training.attendance import Mark, record_attendance
from console.core.training.sessions import SessionInput, save_session
from exports.inspection_pdf import write_inspection_bulletin
from exports.training_pdf import write_training_report
from glossary import AttendanceStatus, InspectionKind, TrainingCategory
from tests.factories import Bureau, make_bureau
from tests.unit.test_reports_pdf import needs_poppler, pdf_text

TODAY = date(2026, 11, 23)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def b(session: Session) -> Bureau:
    """张伟 has done his 60 legal hours; 李娜 has 10, and only 12 are planned in December.
    城东 was inspected on 30 September, the last day of the third quarter."""
    bureau = make_bureau(session)
    legal = TrainingCategory.LEGAL
    march = save_session(
        session, bureau.supervisor, SessionInput("行政处罚法专题", legal, date(2026, 3, 10), 60)
    ).id
    present = AttendanceStatus.PRESENT
    marks = [Mark(bureau.people[0].id, present), Mark(bureau.people[2].id, present, 10)]
    record_attendance(session, bureau.supervisor, march, marks, TODAY)
    save_session(
        session, bureau.supervisor, SessionInput("年终法律轮训", legal, date(2026, 12, 1), 12)
    )
    data = InspectionInput(
        date(2026, 9, 30), InspectionKind.ROUTINE, "例行督察", [bureau.east.id], topics=[TOPICS[0]]
    )
    save_inspection(session, bureau.supervisor, data, TODAY)
    session.commit()
    return bureau


@needs_poppler
def test_the_training_report_names_who_will_miss_and_their_sessions(
    session: Session, b: Bureau, tmp_path: Path
) -> None:
    path = write_training_report(
        session, b.admin, 2026, tmp_path / "t.pdf", bureau_name="测试局", issued_on=TODAY
    )
    text = pdf_text(path)
    section = flat(text[text.index("8. Projection to 31 December") :])
    assert "1ofthe2peoplewitharequirementwillmissit" in section
    assert "李娜" in section and "张伟" not in section
    # 10 h in 326 days → 11.2 on 31 December; the 12 hours left will not suffice.
    assert "11.2" in section
    assert "Allremaining(12h)willnotsuffice:12/1(12h)" in section


@needs_poppler
def test_the_inspection_bulletin_names_the_units_not_inspected(
    session: Session, b: Bureau, tmp_path: Path
) -> None:
    path = write_inspection_bulletin(
        session,
        b.supervisor,
        date(2026, 7, 1),
        date(2026, 9, 30),
        tmp_path / "inspection.pdf",
        bureau_name="测试局",
        issued_on=TODAY,
    )
    text = pdf_text(path)
    body = flat(text[text.index("Inspection coverage") :])
    # 城东, inspected on the quarter's last day, counts; the bureau itself is not a unit.
    assert "1ofthe3unitswereinspectedatleastonce:coverage33.3%" in body
    assert "Notyetinspected(2):城西中队,办公室" in body
