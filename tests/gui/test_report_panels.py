"""The Reports page writes the bulletin off the GUI thread and opens the print preview."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.ui.pages.reports import ReportsPage
from tests.factories import Bureau


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_bulletin_preview(qtbot: QtBot, bureau: Bureau, make_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    previewed: list[Path] = []
    monkeypatch.setattr(
        "console.ui.pages.report_panels.preview_pdf",
        lambda parent, path, title: previewed.append(path),
    )
    page = ReportsPage(make_ctx(bureau.admin))
    qtbot.addWidget(page)
    page.refresh()
    page.pdf.bulletin(preview=True)
    qtbot.waitUntil(lambda: bool(previewed), timeout=20_000)
    text = subprocess.run(
        ["pdftotext", str(previewed[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    for person in bureau.people:
        assert person.name in text
    assert page.pdf.bulletin_preview.isEnabled()


def test_a_squad_leader_is_told_why_not(
    qtbot: QtBot, bureau: Bureau, make_ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(
        "console.ui.pages.report_panels.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )
    page = ReportsPage(make_ctx(bureau.leader))
    qtbot.addWidget(page)
    page.refresh()
    page.pdf.bulletin(preview=True)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert warnings[0]


def test_the_score_card_box_completes_by_name_and_staff_number(
    qtbot: QtBot, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    from console.ui.pages.report_panels import PdfReportsPanel

    panel = PdfReportsPanel(make_ctx(bureau.supervisor))
    qtbot.addWidget(panel)
    zhang = bureau.people[0]
    completer = panel.person_completer

    def offered(typed: str) -> list[str]:
        panel.staff_no.setText(typed)
        panel.staff_no.textEdited.emit(typed)
        completer.setCompletionPrefix(typed)
        model = completer.completionModel()
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    assert offered(zhang.name) == [f"{zhang.name}（{zhang.staff_no}）{bureau.east.name}"]
    assert offered(zhang.staff_no.lower())[0].startswith(zhang.name)
    # Choosing puts the staff number in the box, which the score card reads.
    index = completer.completionModel().index(0, 0)
    assert completer.pathFromIndex(index) == zhang.staff_no
