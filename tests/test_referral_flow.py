"""The Services page driven as a worker would: search, pick, choose the family's language, refer, print."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.models import GuidanceSession, Organisation, Referral, Service
from tests.desktop import click, make_window, settle, sign_in, when_modal, window_at_a_stop
from ui import file_dialogs, printing
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.pages.contact_check import Decision
from ui.printer_kind import PrinterFacts, PrinterKind

PTV_FILE = Path(__file__).parent / "data" / "ptv_sample.json"


@pytest.fixture
def window(qtbot: QtBot, store: Store, translations: Translations) -> MainWindow:
    return window_at_a_stop(qtbot, store, translations)


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Stands in for the print dialog (modal, and no printer here): keeps what would have been printed."""
    sheets: list[bytes] = []

    def fake_print(parent: QWidget, pdf: bytes, page_size: str) -> printing.PrintOutcome:
        sheets.append(pdf)
        return printing.PrintOutcome("HP LaserJet M110w", PrinterKind.PAPER, printing.Handed.SENT)

    monkeypatch.setattr(printing, "print_pdf", fake_print)
    return sheets


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def search_for(qtbot: QtBot, window: MainWindow, words: str, expected: str) -> None:
    view = window.workspace.services_view
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, words)
    timer = window.workspace.services.timer  # the list follows typing after a short pause
    qtbot.waitUntil(lambda: not timer.isActive())
    settle(qtbot, window)
    assert any(expected in view.results.item(i).text() for i in range(view.results.count()))


def test_a_guidance_session_ending_in_a_referral_goes_on_to_the_handout(
    qtbot: QtBot, window: MainWindow, store: Store, printed: list[bytes]
) -> None:
    guidance = window.workspace.guidance_view
    window.workspace.setCurrentWidget(guidance)
    click(qtbot, guidance.client_type.button("parent"))
    click(qtbot, guidance.themes.button("violence"))
    click(qtbot, guidance.language.button("sv"))  # the session was held in Swedish
    click(qtbot, guidance.outcome.button("referral"))
    qtbot.keyClick(guidance.note_edit, Qt.Key.Key_Return)
    view = window.workspace.services_view
    assert window.workspace.currentWidget() is view
    with store.session() as session:
        session_id = session.scalars(select(GuidanceSession.id)).one()
    assert view.session_id() == session_id  # the referral is linked to the session just saved
    assert view.handout_language.value() == "sv"  # and the sheet is in the family's language

    # Typed without the dots, as on the bus. The stop is in Laitila: the regional shelter's intimate-partner-violence
    # work serves the whole region, so it is offered although its own areas do not name Laitila; Turku's Girls'
    # House is not.
    search_for(qtbot, window, "vaki", "Seksuaaliväkivallan ehkäisy ja tuki")
    found = [view.results.item(i).text().split("\n")[0] for i in range(view.results.count())]
    assert "Lähisuhdeväkivaltatyö" in found and "Tyttöjen talo" not in found
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # Enter adds the first (best) result
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "vanhempainpuh")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # faster than the list: the best match is still added
    assert view.chosen.count() == 2
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    # The shelter's entry has no phone, web or address, and no general contact is known for the shelter: the worker
    # is asked, and prints it anyway.
    check = window.workspace.services.contact_check
    assert check is not None and check.isVisible() and printed == []
    assert list(check.buttons) == ["etk-vakivaltatyo"]
    assert list(check.buttons["etk-vakivaltatyo"]) == [Decision.REMOVE, Decision.AS_IS]
    continue_button = check.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not continue_button.isEnabled()  # no way to reach it offered: nothing happens until the worker chooses
    check.choose("etk-vakivaltatyo", Decision.AS_IS)
    assert continue_button.isEnabled()
    click(qtbot, check.button_box.button(QDialogButtonBox.StandardButton.Ok))

    with store.session() as session:
        rows = session.scalars(select(Referral).order_by(Referral.service_id)).all()
        assert [(r.service_id, r.session_id, r.handout_language) for r in rows] == [
            ("etk-vakivaltatyo", session_id, "sv"),
            ("mll-vanhempainpuhelin", session_id, "sv"),
        ]
        assert all(r.stop_day_id == window.context.day.id for r in rows)  # type: ignore[union-attr]
    (sheet,) = printed
    text = pdf_text(sheet)
    assert "Föräldratelefonen" in text and "Arbete mot våld i nära relationer" in text
    assert "Kontaktuppgifterna ska kontrolleras: fråga personalen i bussen." in text  # said on the sheet
    assert "Tjänsten är avgiftsfri och frivillig." in text
    assert view.chosen.count() == 0 and view.recent.count() == 1
    assert view.handout_language.value() == "fi" and view.session_id() is None  # fresh for the next family
    assert window.statusBar().currentMessage() == "Lomake lähti tulostimelle HP LaserJet M110w."


def test_filters_narrow_the_list(qtbot: QtBot, window: MainWindow) -> None:
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    # The open stop is in Laitila: the list starts with services that reach it.
    assert view.municipality_combo.currentText() == "Laitila"
    qtbot.waitUntil(lambda: view.results.count() > 0)
    everything_here = view.results.count()
    view.group_combo.setCurrentIndex(view.group_combo.findText("Ammattilaiset"))
    qtbot.waitUntil(lambda: view.results.count() < everything_here)
    names = [view.results.item(i).text().split("\n")[0] for i in range(view.results.count())]
    assert names == ["Konsultaatio ammattilaisille", "Seksuaaliväkivallan ehkäisy ja tuki"]
    assert view.found_label.text() == "2 palvelua löytyi"


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


def test_import_from_ptv_and_a_bad_file(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(PTV_FILE))
    click(qtbot, view.import_button)
    assert window.statusBar().currentMessage() == "Tuotu: 3 uutta palvelua, 0 päivitetty, 0 ennallaan."
    assert "5 kohtaa ohitettiin" in view.problem_label.text()
    with store.session() as session:
        assert session.get(Service, "ptv-5e1d2c3b-0000-4000-8000-100000000001") is not None
    search_for(qtbot, window, "perheneuvola", "Perheneuvola")

    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(bad))
    click(qtbot, view.import_button)
    assert view.problem_label.text().startswith("Tiedosto ei ole Palvelutietovarannon tiedosto")


def test_page_keys_belong_to_the_page_shown(qtbot: QtBot, window: MainWindow) -> None:
    services, history = window.workspace.services_view, window.workspace.history_view
    window.workspace.setCurrentWidget(services)
    services.results.setFocus()
    qtbot.keyClick(services.results, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert services.search_edit.hasFocus()
    window.workspace.setCurrentWidget(history)
    history.table.setFocus()
    qtbot.keyClick(history.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert history.search_edit.hasFocus()


def test_print_a_referrals_handout_again_from_history(
    qtbot: QtBot, window: MainWindow, store: Store, printed: list[bytes]
) -> None:
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    search_for(qtbot, window, "perhekahvil", "Perhekahvilat")
    click(qtbot, view.add_button)
    search_for(qtbot, window, "kerho", "Nuorten harrastukset")
    click(qtbot, view.add_button)
    click(qtbot, view.handout_language.button("en"))
    click(qtbot, view.refer_button)
    assert len(printed) == 1

    history = window.workspace.history_view
    window.workspace.setCurrentWidget(history)
    history.type_combo.setCurrentIndex(history.type_combo.findData("referral"))
    settle(qtbot, window)
    assert history.proxy.rowCount() == 2
    history.table.selectRow(0)  # one of the two referrals
    assert history.edit_button.text() == "Tulosta uudelleen…"
    click(qtbot, history.edit_button)
    assert window.workspace.currentWidget() is view
    assert len(printed) == 2
    text = pdf_text(printed[1])
    assert "Family cafés" in text and "Hobbies and first jobs for young people" in text  # the whole sheet, in English
    with store.session() as session:
        assert len(session.scalars(select(Referral)).all()) == 2  # printing again records nothing new


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


def test_a_service_with_no_way_to_reach_it_is_put_to_the_worker_before_the_sheet_leaves(
    qtbot: QtBot, window: MainWindow, store: Store, printed: list[bytes]
) -> None:
    """The organisation's general contact is offered where the catalogue has one; taking a service off the sheet
    leaves it unreferred; cancelling refers nothing."""
    with store.session() as session:  # headquarters has filled the shelter's general contact
        shelter = session.get(Organisation, "turun-ensi-ja-turvakoti")
        assert shelter is not None and shelter.phone is None  # the shipped data knows none and makes none up
        shelter.phone = "02 0000 0000"
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    for words, name in (("lahisuhde", "Lähisuhdeväkivaltatyö"), ("vauvaperhe", "Päihteitä käyttävien"),
                        ("vanhempainpuh", "Vanhempainpuhelin")):  # fmt: skip
        search_for(qtbot, window, words, name)
        click(qtbot, view.add_button)
    assert view.chosen.count() == 3

    click(qtbot, view.refer_button)
    check = window.workspace.services.contact_check
    assert check is not None
    assert list(check.buttons) == ["etk-vakivaltatyo", "etk-vauvaperhetyo"]  # the helpline has a phone of its own
    offered = check.buttons["etk-vakivaltatyo"][Decision.ORGANISATION]
    assert "02 0000 0000" in offered.text() and offered.isChecked()
    click(qtbot, check.button_box.button(QDialogButtonBox.StandardButton.Cancel))
    assert window.workspace.services.contact_check is None and printed == [] and view.chosen.count() == 3
    with store.session() as session:
        assert session.scalars(select(Referral)).all() == []

    click(qtbot, view.refer_button)
    check = window.workspace.services.contact_check
    assert check is not None
    check.choose("etk-vauvaperhetyo", Decision.REMOVE)
    click(qtbot, check.button_box.button(QDialogButtonBox.StandardButton.Ok))
    (sheet,) = printed
    text = pdf_text(sheet)
    assert "Lähisuhdeväkivaltatyö" in text and "02 0000 0000" in text and "Järjestön yleiset yhteystiedot" in text
    assert "vauvaperheiden" not in text and "tarkistettavana" not in text
    with store.session() as session:
        assert sorted(session.scalars(select(Referral.service_id)).all()) == [
            "etk-vakivaltatyo", "mll-vanhempainpuhelin",
        ]  # fmt: skip
    assert view.chosen.count() == 0


def test_down_in_the_search_field_moves_through_the_results_and_enter_adds_the_one_reached(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    search_for(qtbot, window, "perhe", "Perhekahvilat")
    assert view.search_edit.hasFocus() and view.results.currentRow() == 0
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Up)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.results.currentRow() == 2 and view.search_edit.hasFocus()  # the worker keeps typing there
    third = view.results.item(2).text().split("\n")[0]
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert [view.chosen.item(i).text() for i in range(view.chosen.count())] == [third]
    # New words: Enter means their best match again.
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "vanhempainpuh")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.chosen.item(1).text() == "Vanhempainpuhelin ja -netti"


def test_the_handout_lists_show_three_entries_at_1366x768(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    for words, name in (("perhekahvil", "Perhekahvilat"), ("vanhempainpuh", "Vanhempainpuhelin"),
                        ("kerho", "Nuorten harrastukset")):  # fmt: skip
        search_for(qtbot, window, words, name)
        click(qtbot, view.add_button)
    qtbot.waitUntil(lambda: view.chosen.viewport().height() > 0)
    shown = view.chosen.viewport().rect()
    for row in range(3):
        assert shown.contains(view.chosen.visualItemRect(view.chosen.item(row))), row
    row_height = view.chosen.visualItemRect(view.chosen.item(0)).height()
    assert view.recent.viewport().height() >= 3 * row_height


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


def test_the_municipality_filter_starts_at_the_stop_when_the_day_is_known_before_the_choices(
    qtbot: QtBot, window: MainWindow, store: Store, translations: Translations
) -> None:
    """The next start on a day already open: the day is read before the choices, and the filter still takes the
    stop's municipality; a worker's own choice of all municipalities then stands through the day's writes."""
    day = window.context.day
    assert day is not None
    again = make_window(qtbot, store, translations)  # the next start, on the same data file
    sign_in(qtbot, again, "Aino Auttaja")
    view = again.workspace.services_view
    again.workspace.setCurrentWidget(view)
    assert view.municipality_combo.currentData() == day.municipality_code
    view.municipality_combo.setCurrentIndex(0)  # all municipalities
    again.context.refresh_day()
    settle(qtbot, again)
    assert view.municipality_combo.currentData() is None
