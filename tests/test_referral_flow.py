"""The Services page driven as a worker would: search, pick, choose the family's language, refer, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.models import GuidanceSession, Organisation, Referral, Service
from tests.desktop import click, make_window, settle, sign_in, window_at_a_stop
from tests.services_page import pdf_text, search_for
from ui import file_dialogs, printing
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.pages.contact_check import Decision
from ui.printer_kind import PrinterKind

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
