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


def _two_pages(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in (1, 2):
        c.drawString(100, 700, f"page {n}")
        c.showPage()
    c.save()
    return path


def test_the_preview_is_prepared_behind_a_busy_indicator(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Rasterising a long bulletin takes seconds: a busy indicator shows meanwhile, the
    window keeps answering, and the preview opens with every page once they are ready."""
    import threading

    import shiboken6
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

    from console.ui import print_preview

    source = _two_pages(tmp_path / "bulletin.pdf")
    gate = threading.Event()
    real = print_preview.prepare_pages

    def slow(path: Path, dpi: int = 50) -> list:  # type: ignore[type-arg]
        assert gate.wait(20)  # held until the test has looked at the busy window
        return real(path, 50)

    monkeypatch.setattr(print_preview, "prepare_pages", slow)
    seen: dict[str, int] = {}

    def close_preview() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, print_preview.PreviewDialog) and widget.isVisible():
                seen["pages"] = widget.page_count()
                seen["drawn"] = widget.strip.height()
                # the busy indicator is gone (hidden, or already deleted) behind the preview
                seen["busy"] = int(shiboken6.isValid(busy) and busy.isVisible())
                widget.reject()
                return
        QTimer.singleShot(20, close_preview)

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    print_preview.preview_pdf(parent, source, "Bulletin")
    found = parent.findChild(QProgressDialog)
    assert found is not None
    busy: QProgressDialog = found
    assert busy.isVisible()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs while the pages render
    timer.stop()
    assert busy.isVisible() and "pages" not in seen
    QTimer.singleShot(0, close_preview)
    gate.set()
    qtbot.waitUntil(lambda: "pages" in seen, timeout=20_000)
    assert seen["pages"] == 2
    assert seen["drawn"] > 2 * 400  # both pages laid out one under the other
    assert seen["busy"] == 0
    # deleted once the preview closed, or at least hidden
    assert not (shiboken6.isValid(busy) and busy.isVisible())


def test_the_preview_prints_every_page_on_a_worker_and_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from console.ui.print_preview import PreviewDialog, a4_printer, prepare_pages

    source = _two_pages(tmp_path / "bulletin.pdf")
    dialog = PreviewDialog(prepare_pages(source, 50), "Bulletin")
    qtbot.addWidget(dialog)
    dialog.show()
    # Each zoom gives the pages a width of its own; fitting follows the window.
    widths = set()
    for index in range(dialog.zoom.count()):
        dialog.zoom.setCurrentIndex(index)
        widths.add(dialog.strip.page_width)
    assert len(widths) == dialog.zoom.count()
    printer = a4_printer("Bulletin")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialog.send_to(printer)  # what Print… does once the printer is chosen
    assert not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=20_000)
    assert "2" in dialog.status.text()
    printed = pdfium.PdfDocument(str(out))
    assert len(printed) == 2
    printed.close()
