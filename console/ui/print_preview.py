"""Print preview and printing of a PDF the exports wrote (bulletins, scorecards).

The PDF is the one layout: pages are rasterised with PDFium (pypdfium2) at the printer's
resolution and drawn onto the printer's pages, so paper matches the file exactly.
Rasterising a bulletin of 3,000 people (64 pages) takes over a second: it runs on a
worker behind a busy indicator, and the preview opens when the pages are ready, drawing
only the pages in view. Printing draws the same images onto the printer, on a worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.ui.errors import in_words
from console.ui.tasks import expected, run_in_background
from widgets.page_strip import DESK, GAP, PageStrip
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


def a4_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


def show_preview(parent: QWidget | None, images: list[QImage], title: str) -> None:
    dialog = PreviewDialog(images, title, parent)
    dialog.exec()
    dialog.deleteLater()


FIT_WIDTH = 0  # the zoom that fits the page to the window's width
ZOOMS = (FIT_WIDTH, 50, 75, 100, 150)


class PreviewDialog(QDialog):
    """The pages as they will print, scrolled through at a chosen zoom, and a Print…
    button. The pages were rasterised on a worker; only those in view are drawn, so the
    preview opens at once however long the report, and printing runs on a worker too
    (Qt paints on a printer from any thread)."""

    def __init__(self, images: list[QImage], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.images = images
        self.title = title
        self._printer: QPrinter | None = None  # the one being printed to, on a worker

        self.count = QLabel(self.tr("{n} pages").format(n=len(images)))
        self.zoom = QComboBox()
        for zoom in ZOOMS:
            self.zoom.addItem(self.tr("Fit width") if zoom == FIT_WIDTH else f"{zoom}%", zoom)
        self.status = QLabel("")
        self.status.setObjectName("Hint")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addWidget(QLabel(self.tr("Zoom:")))
        bar.addWidget(self.zoom)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(close)

        self.strip = PageStrip(images)
        self.area = QScrollArea()
        self.area.setWidget(self.strip)
        self.area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # The pages lie on grey, edge to edge (a scroll area's background is its viewport's).
        self.area.setStyleSheet(f"QScrollArea {{ background: {DESK}; }}")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)

        self.zoom.currentIndexChanged.connect(lambda _i: self._fit())
        self.print_button.clicked.connect(self.print_pages)
        close.clicked.connect(self.reject)
        fit_to_screen(self, 900, 1000)

    def page_count(self) -> int:
        return len(self.images)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Once the layout has given the scroll area its new size.
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        zoom = self.zoom.currentData()
        if zoom == FIT_WIDTH or not self.images:
            bar = self.area.verticalScrollBar().sizeHint().width()
            width = self.area.viewport().width() - 2 * GAP - bar
        else:
            # 100% is the paper's own size on this screen.
            inches = self.images[0].width() / PREVIEW_DPI
            width = round(inches * self.logicalDpiX() * zoom / 100)
        self.strip.set_page_width(width)

    def print_pages(self) -> None:
        printer = a4_printer(self.title)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.send_to(printer)

    def send_to(self, printer: QPrinter) -> None:
        """Draw every page onto the printer on a worker; the dialog says when done."""
        self._printer = printer
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing {n} pages…").format(n=len(self.images)))
        images = self.images

        def done(pages: int) -> None:
            self._printer = None
            self.print_button.setEnabled(True)
            if pages:
                self.status.setText(self.tr("{n} pages sent to the printer").format(n=pages))
            else:
                self.status.setText(self.tr("The printer could not be started"))

        def failed(exc: Exception) -> None:
            self._printer = None
            self.print_button.setEnabled(True)
            self.status.setText(self.tr("Could not print: {error}").format(error=in_words(exc)))

        run_in_background(self, lambda: draw_pages(printer, images), done, failed)
