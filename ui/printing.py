"""Printing a PDF made by the program: Qt's print dialog and preview, painting the very pages of that PDF.

The handout exists once, as reportlab's PDF; what the printer gets is that file's pages rendered by QtPdf at the
printer's resolution (capped, so a 1200 dpi printer does not get gigabyte bitmaps), never a second layout.

Every print says what became of it (``PrintOutcome``): which printer, whether it took the job, whether it is a
virtual one, and whether it reported a problem (offline, out of paper): a job handed to an offline printer on
Windows otherwise looks printed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from ui.printer_kind import PrinterFacts, PrinterKind, first_choice, paper_printers, printer_kind

MAX_DPI = 300
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5}


class PrintError(Exception):
    """Printing did not happen; the message is for the user (the referral itself is already saved)."""


class NoPaperPrinterError(PrintError):
    """No printer that makes paper; ``virtual`` names the ones listed that make none (Microsoft Print to PDF...)."""

    def __init__(self, virtual: list[str]) -> None:
        super().__init__("no_printer")
        self.virtual = virtual


class Handed(enum.Enum):
    SENT = "sent"  # the printer took the job
    TROUBLED = "troubled"  # taken, but the printer reports a problem: it may be off, offline, out of paper or jammed
    REFUSED = "refused"  # the printer could not be opened, or it failed or aborted the job: nothing was printed


@dataclass(frozen=True)
class PrintOutcome:
    printer: str  # the printer's name, or the file's name when the job went to a file
    kind: PrinterKind
    handed: Handed


_TROUBLE = (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)


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
        ended = failed = False
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for index in range(self.document.pageCount()):
                if index and not printer.newPage():
                    failed = True
                    break
                points = self.document.pagePointSize(index)
                pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(index, pixels)
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(QRectF(target), image)
            failed = failed or printer.printerState() in _TROUBLE
            ended = painter.end()
        finally:
            if painter.isActive():
                painter.end()
        if failed or not ended or printer.printerState() in _TROUBLE:
            raise PrintError("printer")


def make_printer(page_size: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Pysäkki")  # the job's name in the printer's queue
    printer.setPageSize(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF has its own margins
    return printer


def system_printers() -> list[PrinterFacts]:
    return [PrinterFacts(info.printerName(), info.makeAndModel()) for info in QPrinterInfo.availablePrinters()]


def has_printer() -> bool:
    """Whether a printer that makes paper is set up (the virtual ones Windows always lists do not count)."""
    return bool(paper_printers(system_printers()))


def print_pdf(parent: QWidget, pdf: bytes, page_size: str) -> PrintOutcome | None:
    """Ask where to print and print; None if the user cancelled. Raises NoPaperPrinterError when only virtual printers
    (or none) are set up, PrintError when the PDF cannot be read."""
    printers = system_printers()
    chosen = first_choice(printers, QPrinterInfo.defaultPrinterName())
    if chosen is None:
        raise NoPaperPrinterError([printer.name for printer in printers])
    pages = PdfPages(pdf)
    printer = make_printer(page_size)
    printer.setPrinterName(chosen)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return send(pages, printer, printer.printerName() or chosen)  # Qt forgets a printer gone meanwhile


def send_to(name: str, pdf: bytes, page_size: str) -> PrintOutcome:
    """Print on the printer called ``name`` without asking."""
    printer = make_printer(page_size)
    printer.setPrinterName(name)
    return send(PdfPages(pdf), printer, name)


def send(pages: PdfPages, printer: QPrinter, name: str) -> PrintOutcome:
    """Paint the pages on ``printer`` and say what became of the job. ``name`` is the printer the worker chose
    (Qt forgets a name it does not find, and a PDF file has none: its file name is given then)."""
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        label, kind, state_before = Path(printer.outputFileName()).name, PrinterKind.VIRTUAL, None
    else:
        info = QPrinterInfo.printerInfo(name)
        label, kind = name, printer_kind(name, info.makeAndModel())
        state_before = None if info.isNull() else info.state()
    try:
        pages.paint(printer)
    except PrintError:
        return PrintOutcome(label, kind, Handed.REFUSED)
    if state_before is None or kind is PrinterKind.VIRTUAL:
        return PrintOutcome(label, kind, Handed.SENT)
    state_after = QPrinterInfo.printerInfo(name).state()
    troubled = state_before in _TROUBLE or state_after in _TROUBLE
    return PrintOutcome(label, kind, Handed.TROUBLED if troubled else Handed.SENT)


def preview_pdf(parent: QWidget, pdf: bytes, page_size: str) -> None:
    """Qt's print preview of the same pages, with its own Print button."""
    pages = PdfPages(pdf)
    printer = make_printer(page_size)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(pages.paint)
    dialog.resize(900, 700)
    dialog.exec()


def write_pdf_via_printer(pdf: bytes, path: str, page_size: str) -> PrintOutcome:
    """Print to a PDF file through the same painting path a real printer gets (used to check that path)."""
    printer = make_printer(page_size)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    return send(PdfPages(pdf), printer, "")


def printer_summary() -> str:
    """The printers Qt sees, for ``pysakki doctor`` (English, as the shell tools are)."""
    printers = system_printers()
    paper = paper_printers(printers)
    virtual = [printer.name for printer in printers if printer not in paper]
    also = f"; virtual, making no paper: {', '.join(virtual)}" if virtual else ""
    if not paper:
        return f"none that makes paper found: handouts can still be saved as PDF and printed elsewhere{also}"
    return f"{len(paper)}, default {QPrinterInfo.defaultPrinterName() or '-'}{also}"
