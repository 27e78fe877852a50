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
