"""A language switch says again, in the new language, what is already on screen: a confirmation and the errors
next to the fields, a report's figures and the line about the file it was saved to, and the date editors' format.
A page keeps how to word a message (its key and arguments), not the words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from app.db import Store
from tests.desktop import choose, click, window_at_a_stop
from tests.services_page import search_for
from ui import file_dialogs, printing
from ui.i18n import Translations
from ui.main_window import MainWindow

TODAY = {"fi": "Tänään", "sv": "I dag", "en": "Today"}
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def switch(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """Language > (language); the LanguageChange events come after the click."""
    window.set_language(language)
    qtbot.waitUntil(lambda: window.workspace.tabText(0) == TODAY[language])


def test_a_shown_confirmation_and_field_error_are_said_again_in_the_new_language(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    window.menus.go_actions[9].trigger()
    view = window.workspace.follow_ups_view
    click(qtbot, view.new_button)
    qtbot.keyClicks(view.phone_edit, "040 765 4321")
    choose(qtbot, view.organisation_combo, "MLL Varsinais-Suomen piiri ry")
    click(qtbot, view.save_button)
    consent = view.form.errors.labels["consent"]
    assert consent.text() == "⚠ Pyyntö kirjataan vain henkilön suostumuksella."
    switch(qtbot, window, "en")
    qtbot.waitUntil(lambda: consent.text() == "⚠ A request is taken only with the person's consent.")
    qtbot.keyClick(view.consent_check, Qt.Key.Key_Space)
    click(qtbot, view.save_button)
    assert view.message.text() == "Saved. Call back by 25/11/2026."
    switch(qtbot, window, "fi")
    qtbot.waitUntil(lambda: view.message.text() == "Tallennettu. Soita takaisin viimeistään 25.11.2026.")
    switch(qtbot, window, "sv")
    qtbot.waitUntil(lambda: view.message.text() == "Sparat. Ring tillbaka senast 25.11.2026.")


def test_a_shown_report_and_its_saved_line_are_said_again_in_the_new_language(
    qtbot: QtBot, store: Store, translations: Translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    window.menus.go_actions[8].trigger()
    view = window.workspace.reports_view
    click(qtbot, view.show_button)
    assert view.heading.text().startswith("Vuosikatsaus")
    target = tmp_path / "katsaus.csv"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(target))
    click(qtbot, view.export_buttons["csv"])
    assert view.message.text().startswith(f"Tallennettu: {target}")
    switch(qtbot, window, "en")
    qtbot.waitUntil(lambda: view.heading.text().startswith("Yearly review"))
    assert view.message.text() == f'Saved to {target}. Numbers from 1 to 4 are shown as "<5".'
    labels = [view.grids[0].verticalHeaderItem(r).text() for r in range(view.grids[0].rowCount())]
    assert "Days on the road" in labels, labels


@pytest.mark.parametrize("language", ["en", "sv"])
def test_date_editors_take_the_new_languages_format(
    qtbot: QtBot, store: Store, translations: Translations, language: str
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    starts = window.workspace.event_view.starts_edit
    start_of_report = window.workspace.reports_view.start_edit
    for step in (language, "fi"):
        switch(qtbot, window, step)
        locale = QLocale(LOCALES[step])
        qtbot.waitUntil(lambda: starts.displayFormat() == locale.dateTimeFormat(QLocale.FormatType.ShortFormat))  # noqa: B023
        assert starts.locale().name() == locale.name()
        assert start_of_report.displayFormat() == locale.dateFormat(QLocale.FormatType.ShortFormat)


def test_the_no_printer_sentence_is_said_again_in_the_new_language(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    view = window.workspace.services_view
    window.workspace.setCurrentWidget(view)
    search_for(qtbot, window, "perhekahvil", "Perhekahvilat")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # the best match onto the handout
    assert not printing.has_printer()  # offscreen there is none: Ctrl+P runs the real print path to its end
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert view.problem_label.text().startswith("Tälle kannettavalle ei ole asennettu tulostinta.")
    switch(qtbot, window, "en")
    qtbot.waitUntil(lambda: view.problem_label.text().startswith("No printer is set up on this laptop."))
    assert view.problem_label.text().endswith("print it again later, or save the handout as a PDF.")


def test_a_sync_page_message_is_said_again_in_the_new_language(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    view = window.workspace.sync_view
    window.workspace.setCurrentWidget(view)
    click(qtbot, view.enroll_button)  # no address given
    assert view.message.text().startswith("Anna rekisterin osoite")
    switch(qtbot, window, "en")
    qtbot.waitUntil(lambda: view.message.text() == "Enter the register's address, starting with https://")
