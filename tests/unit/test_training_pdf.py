"""The training report, read back from the PDF: units, the people behind pace by name,
exams and certificate expiries as real (extractable) text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from console.core import i18n
from console.core.default_rules import install_default_rules
from console.core.training.attendance import Mark, record_attendance
from console.core.training.certificates import CertificateInput, save_certificate
from console.core.training.exams import ExamInput, Score, record_scores, save_exam
from console.core.training.report import training_report_data
from console.core.training.sessions import SessionInput, save_session
from exports.training_pdf import write_training_report
from glossary import AttendanceStatus, CertificateKind, TrainingCategory
from tests.factories import Bureau, make_bureau
from tests.unit.test_reports_pdf import needs_poppler, pdf_text

TODAY = date(2026, 11, 22)


@pytest.fixture
def b(session: Session) -> Bureau:
    bureau = make_bureau(session)
    install_default_rules(session, date(2026, 1, 1))
    session.commit()
    # 张伟 (east) has done his 60 hours; 李娜 (west) has 10 of the 53.4 expected.
    s1 = save_session(
        session,
        bureau.supervisor,
        SessionInput("行政处罚法专题", TrainingCategory.LEGAL, date(2026, 3, 10), 60),
    ).id
    present = AttendanceStatus.PRESENT
    record_attendance(
        session,
        bureau.supervisor,
        s1,
        [Mark(bureau.people[0].id, present), Mark(bureau.people[2].id, present, 10)],
        TODAY,
    )
    exam = save_exam(session, bureau.supervisor, ExamInput("年度法律知识考试", date(2026, 11, 5)))
    record_scores(
        session,
        bureau.supervisor,
        exam.id,
        [Score(bureau.people[0].id, 88), Score(bureau.people[2].id, 52)],
        TODAY,
    )
    save_certificate(
        session,
        bureau.supervisor,
        CertificateInput(
            bureau.people[0].id, CertificateKind.ENFORCEMENT, "ZF2020001", None, date(2027, 1, 10)
        ),
    )
    return bureau


@needs_poppler
def test_the_report_names_the_units_and_the_people_behind_pace(
    session: Session, b: Bureau, tmp_path: Path
) -> None:
    path = write_training_report(
        session, b.admin, 2026, tmp_path / "t.pdf", bureau_name="测试局", issued_on=TODAY
    )
    text = pdf_text(path)
    for unit in ("城东中队", "城西中队"):
        assert unit in text
    behind = text[text.index("3. People behind pace") : text.index("4. Hours by category")]
    assert "李娜" in behind and "T0003" in behind
    assert "张伟" not in behind  # done
    assert "年度法律知识考试" in text and "50.0%" in text  # one of two passed
    assert "ZF2020001" in text  # expires within 90 days
    assert "\u20141\u2014" in "".join(text.split())  # the page number "— 1 —"


@needs_poppler
def test_the_report_in_chinese(session: Session, b: Bureau, tmp_path: Path) -> None:
    i18n.set_language("zh_CN")
    try:
        path = write_training_report(
            session, b.admin, 2026, tmp_path / "t.pdf", bureau_name="测试局", issued_on=TODAY
        )
    finally:
        i18n.set_language("en")
    text = pdf_text(path)
    assert "进度滞后" in text and "李娜" in text


@needs_poppler
def test_a_squad_leaders_report_covers_their_people(
    session: Session, b: Bureau, tmp_path: Path
) -> None:
    path = write_training_report(
        session, b.leader, 2026, tmp_path / "t.pdf", bureau_name="测试局", issued_on=TODAY
    )
    text = pdf_text(path)
    assert "张伟" in text and "李娜" not in text and "城西中队" not in text


def test_the_reports_data_is_gathered_for_the_readers_units(session: Session, b: Bureau) -> None:
    """The report's data comes from the core, without a PDF, limited as the reader is."""
    everyone = training_report_data(session, b.supervisor, 2026, TODAY)
    assert [p.name for p in everyone.progress.behind()] == ["李娜"]
    assert [e.title for e in everyone.exams] == ["年度法律知识考试"]
    assert [c.number for c in everyone.certificates] == ["ZF2020001"]  # expires in 90 days
    own = training_report_data(session, b.leader, 2026, TODAY)
    names = {p.name for p in own.progress.required_people}
    assert "张伟" in names and "李娜" not in names
    # Before the exam was sat, it is not in the report of that day.
    assert training_report_data(session, b.supervisor, 2026, date(2026, 11, 1)).exams == []
