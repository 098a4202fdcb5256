"""The handout leaving the Services page: without a printer, with virtual printers only, printed as the PDF it is,
saved as a PDF file, and the busy bar while the print preview is open."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.models import Referral
from tests.desktop import click, when_modal, window_at_a_stop
from tests.services_page import pdf_text, search_for
from ui import file_dialogs, printing
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.printer_kind import PrinterFacts


@pytest.fixture
def window(qtbot: QtBot, store: Store, translations: Translations) -> MainWindow:
    return window_at_a_stop(qtbot, store, translations)


def test_without_a_printer_the_referral_is_kept_and_the_sheet_can_be_saved(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not printing.has_printer()  # the offscreen platform has none: the real print path runs
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    search_for(qtbot, window, "perhekahvil", "Perhekahvilat")
    click(qtbot, view.add_button)
    click(qtbot, view.refer_button)
    assert view.problem_label.isVisible()
    assert "Tälle kannettavalle ei ole asennettu tulostinta." in view.problem_label.text()
    with store.session() as session:
        assert session.scalars(select(Referral.service_id)).all() == ["mll-perhekahvilat"]

    assert view.recent.currentRow() == 0
    click(qtbot, view.reprint_button)  # still no printer: the same clear message, nothing lost
    assert "ei ole asennettu tulostinta" in view.problem_label.text()

    # The handout just given is selected under "Handouts given": save it as a PDF instead.
    target = tmp_path / "perhekahvilat.pdf"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(target))
    click(qtbot, view.resave_button)
    assert "Perhekahvilat" in pdf_text(target.read_bytes())
    # The upper button says what it does: it refers, as Ctrl+P does, and saves the sheet instead of printing it.
    search_for(qtbot, window, "kerho", "Nuorten harrastukset ja työllistyminen")
    click(qtbot, view.add_button)
    assert view.save_button.text() == "Ohjaa ja tallenna PDF:nä…"
    click(qtbot, view.save_button)
    assert "Nuorten harrastukset" in pdf_text(target.read_bytes())
    with store.session() as session:
        assert sorted(session.scalars(select(Referral.service_id)).all()) == ["4h-nuorten-tyo", "mll-perhekahvilat"]
    assert view.chosen.count() == 0
    assert window.statusBar().currentMessage() == "Ohjaus tallennettu; lomake tallennettu nimellä perhekahvilat.pdf"


def test_virtual_printers_alone_are_no_printer_and_each_print_names_its_printer(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a Windows laptop lists before anyone adds the bus printer: none of it makes paper.
    listed = [
        PrinterFacts("Microsoft Print to PDF", "Microsoft Print To PDF"),
        PrinterFacts("OneNote (Desktop)", "Send to Microsoft OneNote 16 Driver"),
        PrinterFacts("Fax", "Microsoft Shared Fax Driver"),
    ]
    monkeypatch.setattr(printing, "system_printers", lambda: listed)
    monkeypatch.setattr(printing.QPrinterInfo, "defaultPrinterName", staticmethod(lambda: "Microsoft Print to PDF"))
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    search_for(qtbot, window, "perhekahvil", "Perhekahvilat")
    click(qtbot, view.add_button)
    click(qtbot, view.refer_button)
    assert view.problem_label.text() == (
        "Tälle kannettavalle ei ole asennettu paperitulostinta, vain tiedostoja tekeviä virtuaalitulostimia: "
        "Microsoft Print to PDF, OneNote (Desktop), Fax. "
        "Ohjaus on tallennettu: tulosta lomake myöhemmin uudelleen tai tallenna se PDF-tiedostoksi."
    )
    with store.session() as session:
        assert session.scalars(select(Referral.service_id)).all() == ["mll-perhekahvilat"]

    # The bus printer is added but is not reachable: the dialog opens on it, not on Windows' default (Print to
    # PDF), and the worker reads that it did not take the sheet.
    listed.append(PrinterFacts("HP LaserJet M110w", "HP LaserJet M110w PCL-6 (V4)"))
    choose: list[Callable[[QPrinter], None]] = [lambda printer: None]

    class Dialog:  # the modal print dialog, accepted by the worker as it was set (or as ``choose`` sets it)
        def __init__(self, printer: QPrinter, parent: QWidget) -> None:
            self.printer = printer

        def exec(self) -> QDialog.DialogCode:
            choose[0](self.printer)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "QPrintDialog", Dialog)
    assert view.recent.currentRow() == 0
    click(qtbot, view.reprint_button)
    qtbot.waitUntil(lambda: "HP LaserJet" in view.problem_label.text())
    assert view.problem_label.text().startswith(
        "Tulostin HP LaserJet M110w ei ottanut lomaketta vastaan: mitään ei tulostettu. Ohjaus on tallennettu"
    )

    # The worker picks "print to file" in the dialog: a real job, named as a virtual printer's.
    target = tmp_path / "lomake.pdf"

    def to_file(printer: QPrinter) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))

    choose[0] = to_file
    click(qtbot, view.reprint_button)
    qtbot.waitUntil(lambda: "lomake.pdf" in view.problem_label.text())
    assert view.problem_label.text() == (
        "Lomake lähti kohteeseen lomake.pdf, joka on virtuaalitulostin: se tekee tiedoston, ei paperia."
    )
    (page,) = PdfReader(target).pages  # the sheet's one page, painted as the printer would get it
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_printing_paints_the_same_pdf_pages(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from app.services import referrals  # noqa: PLC0415

    with window.store.session() as session:  # type: ignore[union-attr]
        pdf = referrals.handout_pdf(
            session=session,
            author=window.context.require_author(),
            service_ids=["mll-vanhempainpuhelin"],
            language="fi",
            day=window.context.today(),
        )
    out = tmp_path / "printed.pdf"
    printing.write_pdf_via_printer(pdf, str(out), "A4")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    with pytest.raises(printing.PrintError):
        printing.PdfPages(b"not a pdf")


def test_a_handout_saved_as_pdf_is_whole_and_a_bad_place_is_told(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    search_for(qtbot, window, "vanhempainpuh", "Vanhempainpuhelin")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    target = tmp_path / "esite.pdf"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(target))  # where the worker saves it
    view.save_requested.emit(None)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().endswith("lomake tallennettu nimellä esite.pdf"))
    assert "Vanhempainpuhelin" in pdf_text(target.read_bytes())
    assert not (tmp_path / "esite.pdf.part").exists()

    search_for(qtbot, window, "vanhempainpuh", "Vanhempainpuhelin")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(tmp_path / "no-such-folder" / "esite.pdf"))
    view.save_requested.emit(None)
    qtbot.waitUntil(lambda: view.problem_label.text().startswith("Lomaketta ei voitu tallentaa: "))
    assert not view.problem_label.isHidden()
    assert "Ohjaus on tallennettu" in view.problem_label.text()  # the referral is kept; the sheet can follow
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(target))
    view.save_requested.emit(view.recent.item(0).data(Qt.ItemDataRole.UserRole))  # saved again
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Lomake tallennettu nimellä esite.pdf")


def test_the_busy_bar_is_not_left_on_while_the_print_preview_is_open(qtbot: QtBot, window: MainWindow) -> None:
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    search_for(qtbot, window, "vanhempainpuh", "Vanhempainpuhelin")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    seen: list[tuple[str, bool]] = []

    def look(dialog: QWidget) -> None:  # while the preview is open: the sheet is made, nothing is working any more
        status = window.status_line
        seen.append((type(dialog).__name__, status.busy_delay.isActive() or status.busy_bar.isVisible()))
        assert isinstance(dialog, QDialog)
        dialog.reject()

    with when_modal(look):
        click(qtbot, view.preview_button)
    assert seen == [("QPrintPreviewDialog", False)]
