"""Print preview and printing of a PDF the exports wrote (bulletins, scorecards).

The PDF is the one layout: pages are rasterised with PDFium (pypdfium2) at the printer's
resolution and drawn onto the printer's pages, so paper matches the file exactly.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from widgets.screen_fit import fit_to_screen

PREVIEW_DPI = 150  # sharp on screen and on most office printers, quick to render


def render_pages(printer: QPrinter, path: Path, dpi: int = PREVIEW_DPI) -> int:
    """Draw every page of the PDF onto ``printer``; returns the number of pages."""
    document = pdfium.PdfDocument(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return 0
    try:
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            image = QImage(
                pil.tobytes(), pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888
            )
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
            page.close()
        return len(document)
    finally:
        painter.end()
        document.close()


def preview_pdf(parent: QWidget | None, path: Path, title: str) -> None:
    """Qt's print preview of the PDF, with its Print button, on A4 at full page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: render_pages(p, path))
    fit_to_screen(dialog, 900, 1000)
    dialog.exec()
