"""Which printers make paper, and what a print tells the worker: real jobs on the offscreen platform."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from ui import printing
from ui.i18n import Translations
from ui.print_messages import expects_paper, no_printer_message, outcome_message
from ui.printer_kind import PrinterFacts, PrinterKind, first_choice, paper_printers, printer_kind
from ui.printing import Handed, PrintOutcome

# What Windows 10/11 lists on a laptop with Office and one office printer (name, driver), and CUPS-PDF on Linux.
WINDOWS_VIRTUAL = [
    PrinterFacts("Microsoft Print to PDF", "Microsoft Print To PDF"),
    PrinterFacts("Microsoft XPS Document Writer", "Microsoft XPS Document Writer v4"),
    PrinterFacts("OneNote (Desktop)", "Send to Microsoft OneNote 16 Driver"),
    PrinterFacts("OneNote for Windows 10", "Microsoft Software Printer Driver"),
    PrinterFacts("Fax", "Microsoft Shared Fax Driver"),
    PrinterFacts("Adobe PDF", "Adobe PDF Converter"),
    PrinterFacts("PDF24", "PDF24"),
    PrinterFacts("PDF", "Generic CUPS-PDF Printer"),
    PrinterFacts("Toimiston paperiton", "Microsoft Print To PDF"),  # renamed: the driver still tells
]
PAPER = [
    PrinterFacts("HP LaserJet M110w", "HP LaserJet M110w PCL-6 (V4)"),
    PrinterFacts("Brother HL-L2350DW series", "Brother Laser Type1 Class Driver"),
    PrinterFacts("EPSON ET-2810 Series", "EPSON ET-2810 Series"),
    PrinterFacts("Canon TS5100 series", "Microsoft IPP Class Driver"),
    PrinterFacts("Bussin tulostin", ""),
]


@pytest.mark.parametrize("printer", WINDOWS_VIRTUAL, ids=lambda p: p.name)
def test_the_printers_windows_always_lists_are_virtual(printer: PrinterFacts) -> None:
    assert printer_kind(printer.name, printer.model) is PrinterKind.VIRTUAL


@pytest.mark.parametrize("printer", PAPER, ids=lambda p: p.name)
def test_office_printers_make_paper(printer: PrinterFacts) -> None:
    assert printer_kind(printer.name, printer.model) is PrinterKind.PAPER


def test_only_virtual_printers_count_as_no_printer_and_a_virtual_default_is_passed_over() -> None:
    assert paper_printers(WINDOWS_VIRTUAL) == []
    assert first_choice(WINDOWS_VIRTUAL, "Microsoft Print to PDF") is None
    laptop = [*WINDOWS_VIRTUAL[:5], PAPER[0], PAPER[1]]
    assert first_choice(laptop, "Microsoft Print to PDF") == "HP LaserJet M110w"  # Windows' usual default
    assert first_choice(laptop, "Brother HL-L2350DW series") == "Brother HL-L2350DW series"
    assert first_choice(laptop, "") == "HP LaserJet M110w"


def a_pdf(pages: int = 2) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595, 842))
    for number in range(pages):
        canvas.drawString(72, 720, f"page {number + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_job_to_a_pdf_file_is_handed_over_and_named_as_virtual(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    outcome = printing.write_pdf_via_printer(a_pdf(), str(target), "A4")
    assert outcome == PrintOutcome("handout.pdf", PrinterKind.VIRTUAL, Handed.SENT)
    assert len(PdfReader(target).pages) == 2  # the job really ran: both pages reached the file
    assert not expects_paper(outcome)


def test_a_printer_that_is_not_there_refuses_the_job(qapp: object) -> None:
    assert printing.send_to("HP LaserJet M110w", a_pdf(), "A4") == PrintOutcome(
        "HP LaserJet M110w", PrinterKind.PAPER, Handed.REFUSED
    )
    assert printing.send_to("Microsoft Print to PDF", a_pdf(), "A4").handed is Handed.REFUSED


def test_a_file_that_cannot_be_written_refuses_the_job(qapp: object, tmp_path: Path) -> None:
    outcome = printing.write_pdf_via_printer(a_pdf(), str(tmp_path / "missing" / "handout.pdf"), "A4")
    assert outcome.handed is Handed.REFUSED


def test_the_worker_is_told_which_printer_and_what_became_of_the_job(translations: Translations) -> None:
    hp = "HP LaserJet M110w"
    assert outcome_message(PrintOutcome(hp, PrinterKind.PAPER, Handed.SENT)) == f"Lomake lähti tulostimelle {hp}."
    assert expects_paper(PrintOutcome(hp, PrinterKind.PAPER, Handed.SENT))
    troubled = PrintOutcome(hp, PrinterKind.PAPER, Handed.TROUBLED)
    assert not expects_paper(troubled)
    assert outcome_message(troubled).startswith(f"Lomake lähti tulostimelle {hp}, mutta tulostin ilmoittaa ongelmasta")
    refused = PrintOutcome(hp, PrinterKind.PAPER, Handed.REFUSED)
    assert outcome_message(refused) == f"Tulostin {hp} ei ottanut lomaketta vastaan: mitään ei tulostettu."
    virtual = PrintOutcome("Microsoft Print to PDF", PrinterKind.VIRTUAL, Handed.SENT)
    assert "Microsoft Print to PDF, joka on virtuaalitulostin" in outcome_message(virtual)
    assert no_printer_message([]) == "Tälle kannettavalle ei ole asennettu tulostinta."
    assert no_printer_message(["Microsoft Print to PDF", "Fax"]).endswith(
        "vain tiedostoja tekeviä virtuaalitulostimia: Microsoft Print to PDF, Fax."
    )
    translations.install("sv")
    assert outcome_message(refused) == f"Skrivaren {hp} tog inte emot bladet: ingenting skrevs ut."
    assert "en virtuell skrivare" in outcome_message(virtual)


def test_doctor_names_the_virtual_printers(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "system_printers", lambda: WINDOWS_VIRTUAL[:2])
    assert printing.printer_summary() == (
        "none that makes paper found: handouts can still be saved as PDF and printed elsewhere; "
        "virtual, making no paper: Microsoft Print to PDF, Microsoft XPS Document Writer"
    )
    assert not printing.has_printer()
