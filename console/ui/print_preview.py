"""Print preview and printing of a PDF the exports wrote (bulletins, scorecards).

The PDF is the one layout: pages are rasterised with PDFium (pypdfium2) at the printer's
resolution and drawn onto the printer's pages, so paper matches the file exactly.
Rasterising a bulletin of 3,000 people (64 pages) takes over a second: it runs on a
worker behind a busy indicator, and the preview opens when the pages are ready.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from console.ui.errors import in_words
from console.ui.tasks import expected, run_in_background
from widgets.screen_fit import fit_to_screen

PREVIEW_DPI = 150  # sharp on screen and on most office printers, quick to render


def prepare_pages(path: Path, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page of the PDF as an image. Slow for a long report: call it on a worker
    (it touches no widget, and each image owns its pixels)."""
    import pypdfium2 as pdfium  # imported when first printing, not at start

    document = pdfium.PdfDocument(str(path))
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            image = QImage(
                pil.tobytes(), pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888
            )
            images.append(image.copy())  # the bytes above are freed on return
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def draw_pages(printer: QPrinter, images: list[QImage]) -> int:
    """Draw the prepared pages onto ``printer``; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
        return len(images)
    finally:
        painter.end()


def render_pages(printer: QPrinter, path: Path, dpi: int = PREVIEW_DPI) -> int:
    """Draw every page of the PDF onto ``printer``; returns the number of pages."""
    return draw_pages(printer, prepare_pages(path, dpi))


def preview_pdf(parent: QWidget | None, path: Path, title: str) -> None:
    """Qt's print preview of the PDF, with its Print button, on A4 at full page; the
    pages are prepared on a worker first, behind a busy indicator the user may cancel."""
    busy = QProgressDialog(
        QCoreApplication.translate("print_preview", "Preparing the print preview…"),
        QCoreApplication.translate("print_preview", "Cancel"),
        0,
        0,
        parent,
    )
    busy.setWindowTitle(title)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(0)
    busy.setAutoClose(False)
    busy.setAutoReset(False)
    busy.show()

    def ready(images: list[QImage]) -> None:
        cancelled = busy.wasCanceled()
        busy.close()
        busy.deleteLater()
        if not cancelled:
            show_preview(parent, images, title)

    def failed(exc: Exception) -> None:
        busy.close()
        busy.deleteLater()
        if expected(exc):  # a file gone or unreadable; anything else is a bug (reported)
            QMessageBox.warning(
                parent,
                title,
                QCoreApplication.translate(
                    "print_preview", "The print preview could not be prepared: {error}"
                ).format(error=in_words(exc)),
            )

    run_in_background(busy, lambda: prepare_pages(path), ready, failed)


def show_preview(parent: QWidget | None, images: list[QImage], title: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: draw_pages(p, images))
    fit_to_screen(dialog, 900, 1000)
    dialog.exec()
    dialog.deleteLater()
