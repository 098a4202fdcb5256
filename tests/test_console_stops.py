"""The console's Stops and timetable page against a live register, on the task queue's real threads: a stop and a
visit made there reach a laptop's Today page at its next sync, and a visit cancelled there leaves it; a row the
register refuses keeps what was typed and says why beside the field and on the row."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.models import ScheduleEntry, Stop
from tests.desktop import answer_message_boxes, choose, click
from tests.models import model_contract
from tests.test_console import connect, console_of_a_coordinator, rows
from tests.test_mnemonics import letters
from tests.threaded import WAIT_MS, settled
from ui.console.console import Console
from ui.i18n import Translations
from ui.main_window import MainWindow


def no_letter_twice(console: Console, page: QWidget) -> None:
    """No Alt+letter reaches two things while ``page`` is shown (the console's token field and button included)."""
    console.view.tabs.setCurrentWidget(page)
    clashes = {letter: texts for letter, texts in letters(console.view).items() if len(texts) > 1}
    assert clashes == {}, clashes


def shown_errors(editor: Any) -> dict[str, str]:
    return {name: label.text() for name, label in editor.form.errors.labels.items() if label.isVisible()}


def synced(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Sync now on the laptop's Sync page; the Today page's schedule once the sync is done."""
    workspace = window.workspace
    workspace.sync.sync_now()
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=WAIT_MS)
    settled(qtbot, window)
    schedule = workspace.today_view.schedule_list
    return [schedule.item(i).text() for i in range(schedule.count())]


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_a_stop_and_a_visit_from_the_console_reach_the_laptops_today_page(
    qtbot: QtBot, register: Any, laptop: Store, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, console = console_of_a_coordinator(qtbot, laptop, translations)
    page = console.view.stops_view
    stops, schedule = page.stops, page.schedule
    with model_contract() as contract:
        contract.watch_all(console.view)
        connect(qtbot, console, register.coordinator_token())
        console.view.tabs.setCurrentWidget(page)
        settled(qtbot, window)
        assert console.view.tabs.tabText(console.view.tabs.currentIndex()) == "Pysäkit ja aikataulu"
        assert rows(stops.model) == [] and rows(schedule.model) == []

        # A new stop: checked before it is sent, the errors beside the fields.
        click(qtbot, stops.new_button)
        click(qtbot, stops.save_button)
        assert shown_errors(stops) == {"name": "⚠ Pakollinen."}
        qtbot.keyClicks(stops.name_edit, "Kirkkotori")
        assert shown_errors(stops) == {}  # typing takes the error away
        choose(qtbot, stops.municipality_combo, "Laitila")
        qtbot.keyClicks(stops.address_edit, "Koulutie 1")
        click(qtbot, stops.save_button)
        qtbot.waitUntil(lambda: stops.model.rowCount() == 1, timeout=WAIT_MS)
        assert rows(stops.model) == [["Kirkkotori", "Laitila", "Perhelinja", "Koulutie 1", "Käytössä", ""]]
        assert page.message.text() == "Tallennettu rekisteriin. Kannettavat saavat sen seuraavassa synkronoinnissa."
        assert stops.editing is not None and stops.name_edit.text() == "Kirkkotori"  # still in the form

        # A visit there today: the end before the start is refused on the spot.
        qtbot.waitUntil(lambda: schedule.stop_combo.count() == 1, timeout=WAIT_MS)
        assert schedule.stop_combo.currentText() == "Kirkkotori, Laitila"
        schedule.starts_edit.setTime(QTime(13, 0))
        schedule.ends_edit.setTime(QTime(12, 0))
        click(qtbot, schedule.save_button)
        assert shown_errors(schedule) == {"ends_at": "⚠ Valitse päättymisaika alkamisajan jälkeen."}
        schedule.ends_edit.setTime(QTime(15, 30))
        click(qtbot, schedule.save_button)
        qtbot.waitUntil(lambda: schedule.model.rowCount() == 1, timeout=WAIT_MS)
        assert rows(schedule.model)[0][1:] == ["13.00–15.30", "Kirkkotori", "Suunniteltu", ""]
        stops.table.selectRow(0)
        for language, state in (("sv", "I bruk"), ("en", "In use"), ("fi", "Käytössä")):
            translations.install(language)
            qtbot.waitUntil(lambda state=state: rows(stops.model)[0][4] == state, timeout=WAIT_MS)
            no_letter_twice(console, page)
        contract.assert_kept()

    with register.store.session() as session:
        stop = session.scalars(select(Stop)).one()
        entry = session.scalars(select(ScheduleEntry)).one()
        assert (stop.municipality_code, stop.unit_id, stop.revision is not None) == ("400", "perhelinja", True)
        assert (entry.stop_id, entry.unit_id, entry.day) == (stop.id, "perhelinja", window.context.today())
    assert any("Kirkkotori" in line for line in synced(qtbot, window))
    cancelled_in_advance(qtbot, window, schedule, monkeypatch)
    rejected_row_keeps_what_was_typed(qtbot, window, stops)


def cancelled_in_advance(qtbot: QtBot, window: MainWindow, schedule: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelled after a question: the laptop's Today page loses the visit at its next sync."""
    asked = answer_message_boxes(monkeypatch, "question")
    schedule.table.selectRow(0)
    schedule.cancelled_check.setChecked(True)
    click(qtbot, schedule.save_button)
    assert len(asked) == 1 and "Kirkkotori" in asked[0]
    qtbot.waitUntil(lambda: rows(schedule.model)[0][3] == "Peruttu etukäteen", timeout=WAIT_MS)
    assert not any("Kirkkotori" in line for line in synced(qtbot, window))


def rejected_row_keeps_what_was_typed(qtbot: QtBot, window: MainWindow, stops: Any) -> None:
    """A name longer than the register takes (the form's own limit lifted, as an older form's might be): the
    register's reason beside the field and on the row, the typed name kept."""
    stops.table.selectRow(0)
    stops.name_edit.setMaxLength(1000)
    long_name = "Kirkkotori " + "x" * 200
    stops.name_edit.setText(long_name)
    click(qtbot, stops.save_button)
    qtbot.waitUntil(lambda: bool(rows(stops.model)[0][5]), timeout=WAIT_MS)
    assert rows(stops.model)[0][5] == "Nimi: Liian pitkä rekisterille."
    assert shown_errors(stops) == {"name": "⚠ Liian pitkä rekisterille."}
    assert stops.name_edit.text() == long_name
    assert rows(stops.model)[0][0] == "Kirkkotori"  # the register's row is as it was
    settled(qtbot, window)
