"""Printing a PDF made by the program: Qt's print dialog and preview, painting the very pages of that PDF.

The handout exists once, as reportlab's PDF; what the printer gets is that file's pages rendered by QtPdf at the
printer's resolution (capped, so a 1200 dpi printer does not get gigabyte bitmaps), never a second layout.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5}


class PrintError(Exception):
    """Printing did not happen; the message is for the user (the referral itself is already saved)."""


class PdfPages:
    """A PDF held in memory and opened with QtPdf (the buffer must outlive the document)."""

    def __init__(self, pdf: bytes) -> None:
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            raise PrintError("unreadable")

    def paint(self, printer: QPrinter) -> None:
        """Paint every page onto ``printer``, one printer page per PDF page."""
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("printer")
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(index, pixels)
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(QRectF(target), image)
        finally:
            painter.end()


def make_printer(page_size: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF has its own margins
    return printer


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def print_pdf(parent: QWidget, pdf: bytes, page_size: str) -> bool:
    """Ask where to print and print; False if the user cancelled. Raises PrintError if it cannot print."""
    if not has_printer():
        raise PrintError("no_printer")
    pages = PdfPages(pdf)
    printer = make_printer(page_size)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    pages.paint(printer)
    return True


def preview_pdf(parent: QWidget, pdf: bytes, page_size: str) -> None:
    """Qt's print preview of the same pages, with its own Print button."""
    pages = PdfPages(pdf)
    printer = make_printer(page_size)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(pages.paint)
    dialog.resize(900, 700)
    dialog.exec()


def write_pdf_via_printer(pdf: bytes, path: str, page_size: str) -> None:
    """Print to a PDF file through the same painting path a real printer gets (used to check that path)."""
    printer = make_printer(page_size)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    PdfPages(pdf).paint(printer)


def printer_summary() -> str:
    """The printers Qt sees, for ``pysakki doctor`` (English, as the shell tools are)."""
    printers = QPrinterInfo.availablePrinters()
    if not printers:
        return "none found: handouts can still be saved as PDF and printed elsewhere"
    return f"{len(printers)}, default {QPrinterInfo.defaultPrinterName() or '-'}"
