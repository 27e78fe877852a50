"""Printing a PDF written by exports/: every page reaches the printer."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from console.ui.print_preview import render_pages


def test_every_page_is_printed(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "two-pages.pdf"
    c = canvas.Canvas(str(source), pagesize=A4)
    for n in (1, 2):
        c.drawString(100, 700, f"page {n}")
        c.showPage()
    c.save()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert render_pages(printer, source, dpi=50) == 2
    printed = pdfium.PdfDocument(str(out))
    assert len(printed) == 2
    printed.close()
