"""Which of the printers the system lists put paper in a worker's hand, decided from plain data (no Qt here).

Windows always lists printers that make no paper: Microsoft Print to PDF, Microsoft XPS Document Writer, OneNote,
Fax, and whatever PDF writer an office installed. Counted as printers, they hide "no printer on this laptop", and a
handout sent to one looks printed. A printer is virtual when its name or its driver (Qt's ``makeAndModel``, the
driver's name on Windows, the PPD's model with CUPS) says it writes a file, a note or a fax.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass


class PrinterKind(enum.Enum):
    PAPER = "paper"
    VIRTUAL = "virtual"  # a file, a note or a fax: nothing comes out on the bus


@dataclass(frozen=True)
class PrinterFacts:
    """What the system says of one printer (from QPrinterInfo)."""

    name: str
    model: str = ""  # the driver: "Microsoft Print To PDF", "Send to Microsoft OneNote 16 Driver", "HP Universal ..."


# Words found, in lower case, in the names and drivers of printers that make no paper: Windows' own ones, Office's,
# the common PDF writers (Adobe PDF, PDF24, PDFCreator, CutePDF, doPDF, Foxit, Bullzip) and CUPS-PDF on Linux.
VIRTUAL_WORDS = (
    "pdf",
    "xps",
    "onenote",
    "fax",
    "document writer",
    "print to file",
    "send to kindle",
    "snagit",
)


def printer_kind(name: str, model: str = "") -> PrinterKind:
    """A paper printer unless its name or driver says it writes a file, a note or a fax."""
    words = f"{name} {model}".casefold()
    return PrinterKind.VIRTUAL if any(word in words for word in VIRTUAL_WORDS) else PrinterKind.PAPER


def paper_printers(printers: Sequence[PrinterFacts]) -> list[PrinterFacts]:
    return [printer for printer in printers if printer_kind(printer.name, printer.model) is PrinterKind.PAPER]


def first_choice(printers: Sequence[PrinterFacts], default: str) -> str | None:
    """The printer the print dialog opens on: the system's default when it makes paper, else the first one that
    does (Windows often makes Microsoft Print to PDF the default); None when none does."""
    paper = paper_printers(printers)
    if any(printer.name == default for printer in paper):
        return default
    return paper[0].name if paper else None
