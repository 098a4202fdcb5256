"""The Sync page driven as a user would, against a real register on loopback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.identity import current_author
from app.models import EncounterTally, Theme
from app.services import records
from tests.conftest import NOW, valid_data
from tests.desktop import click, make_window, settle, sign_in, window_at_a_stop
from tests.register import Register
from ui.i18n import Translations
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, store: Store, translations: Translations) -> MainWindow:
    return window_at_a_stop(qtbot, store, translations)


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_enroll_count_and_sync_from_the_window(qtbot: QtBot, window: MainWindow, register: Register) -> None:
    workspace = window.workspace
    workspace.setCurrentWidget(workspace.counter_view)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_2):
        qtbot.keyClick(workspace.counter_view, key)
    workspace.setCurrentWidget(workspace.sync_view)
    settle(qtbot, window)
    view = workspace.sync_view
    assert not view.sync_button.isEnabled()
    assert view.state_label.text().startswith("Ei liitetty")
    qtbot.keyClicks(view.url_edit, register.url)
    qtbot.keyClicks(view.code_edit, register.enrollment_code())
    qtbot.keyClicks(view.name_edit, "Bussi 1")
    click(qtbot, view.enroll_button)
    assert view.state_label.text() == "Tämä kannettava on liitetty rekisteriin."
    assert view.pending_label.text() == "Odottaa lähettämistä: 4"  # the stop day and three encounters
    click(qtbot, view.sync_button)
    assert view.message.text().startswith("Lähetetty 4, vastaanotettu 0. Kaikki tämän kannettavan 4 kirjausta ovat "
                                          "keskustoimistossa (tarkistettu ")  # the end-of-day receipt  # fmt: skip
    assert view.receipt_label.text().startswith("Kaikki tämän kannettavan 4 kirjausta ovat keskustoimistossa")
    assert view.pending_label.text() == "Odottaa lähettämistä: 0"
    assert window.status_line.pending_label.text() == "Odottaa synkronointia: 0"
    assert view.last_label.text().startswith("Viimeisin onnistunut synkronointi:")
    assert view.quarantine.item(0).text() == "Ei hylättyjä kirjauksia."
    with register.store.session() as session:
        assert len(session.scalars(select(EncounterTally)).all()) == 3


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_refused_record_is_listed_with_why(
    qtbot: QtBot, window: MainWindow, register: Register, store: Store
) -> None:
    with store.session() as session:  # a theme this laptop has and the register does not
        session.add(Theme(key="kokeilu", name_fi="Kokeiluteema", position=99))
        session.flush()
        day = window.context.day
        assert day is not None
        data = valid_data("guidance", day.id, {}) | {"themes": ["kokeilu"]}
        records.create(session=session, author=current_author(session), type="guidance", data=data, now=NOW)
    view = window.workspace.sync_view
    window.workspace.setCurrentWidget(view)
    qtbot.keyClicks(view.url_edit, register.url)
    qtbot.keyClicks(view.code_edit, register.enrollment_code())
    click(qtbot, view.enroll_button)
    click(qtbot, view.sync_button)
    assert "1 ei hyväksytty" in view.message.text()
    assert view.quarantine.count() == 1
    text = view.quarantine.item(0).text()
    assert " · Hylätty · Palveluneuvonta · themes: unknown_reference" in text
    assert view.pending_label.text() == "Odottaa lähettämistä: 0"  # out of the queue, in view


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_failures_are_told_in_words_and_keep_the_records(
    qtbot: QtBot, window: MainWindow, register: Register, store: Store
) -> None:
    view = window.workspace.sync_view
    window.workspace.setCurrentWidget(view)
    qtbot.keyClicks(view.url_edit, "register.example")
    click(qtbot, view.enroll_button)
    assert view.message.text().startswith("Anna rekisterin osoite")
    view.url_edit.clear()
    qtbot.keyClicks(view.url_edit, register.url)
    qtbot.keyClicks(view.code_edit, "WRONG-CODE-12")
    click(qtbot, view.enroll_button)
    assert view.message.text().startswith("Liittämiskoodi on väärä")
    view.code_edit.clear()
    qtbot.keyClicks(view.code_edit, register.enrollment_code())
    click(qtbot, view.enroll_button)
    with register.store.session() as session:  # headquarters revokes the laptop
        from sync.server.models import Device  # noqa: PLC0415

        device = session.scalars(select(Device)).one()
        from app.clock import utcnow  # noqa: PLC0415

        device.revoked_at = utcnow()
    click(qtbot, view.sync_button)
    assert view.message.text().startswith("Tämä kannettava on suljettu pois rekisteristä")
    with store.session() as session:  # nothing was lost on the laptop
        assert session.scalars(select(EncounterTally)).all() == []
    assert view.pending_label.text() == "Odottaa lähettämistä: 1"


def test_received_records_that_wait_are_shown(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    """A pulled encounter whose stop day has not arrived is told in words and listed, not dropped."""
    from sync import inbox  # noqa: PLC0415
    from tests.syncing import orphan_encounter  # noqa: PLC0415

    with store.session() as session:
        inbox.take(session, [orphan_encounter(current_author(session).unit_id)], NOW)
    view = window.workspace.sync_view
    window.workspace.setCurrentWidget(view)
    window.workspace.sync.load()
    qtbot.waitUntil(view.waiting_label.isVisible)
    assert view.waiting_label.text().startswith("Vastaanotettu, mutta ei vielä otettu käyttöön: 1.")
    item = view.quarantine.item(0).text()
    assert "Vastaanotettu, odottaa" in item and "stop_day_id: unknown_reference" in item


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_after_a_restart_the_page_shows_the_register_and_this_laptops_name(
    qtbot: QtBot, window: MainWindow, register: Register, store: Store, translations: Translations
) -> None:
    view = window.workspace.sync_view
    window.workspace.setCurrentWidget(view)
    qtbot.keyClicks(view.url_edit, register.url)
    qtbot.keyClicks(view.code_edit, register.enrollment_code())
    qtbot.keyClicks(view.name_edit, "Bussi 2")
    click(qtbot, view.enroll_button)
    window.close()
    again = make_window(qtbot, store, translations)  # the program started again on the same data
    sign_in(qtbot, again, "Aino Auttaja")
    shown = again.workspace.sync_view
    again.workspace.setCurrentWidget(shown)
    again.workspace.sync.load()
    qtbot.waitUntil(lambda: shown.name_edit.text() == "Bussi 2")
    assert shown.url_edit.text() == register.url and not shown.name_edit.isEnabled()


def test_a_sync_whose_process_stopped_is_told_in_words(window: MainWindow) -> None:
    """The sync runs in a process of its own (sync.child); one that ended without an answer is not "nothing was
    saved": what it did is kept, and the rest waits."""
    from sync.child import STOPPED  # noqa: PLC0415
    from sync.client import SyncError  # noqa: PLC0415

    text = window.workspace.sync.describe(SyncError(STOPPED, "exit code -9"))
    assert text.startswith("Synkronointi keskeytyi kesken.") and "tallessa" in text


def test_bookings_not_exchanged_after_the_records_are_told_as_waiting(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    """The records' sync went whole and the bookings' exchange failed: the page says the sync was done, and that
    the bookings wait for the next one, in the worker's language and in the colour of a problem."""
    from collections import Counter  # noqa: PLC0415

    from sync.engine import SyncReport  # noqa: PLC0415

    view = window.workspace.sync_view
    report = SyncReport(pushed=Counter({"created": 2}), bookings_failed="no_network")
    window.workspace.sync._synced(report)
    settle(qtbot, window)
    assert view.message.text() == (
        "Lähetetty 2, vastaanotettu 0. Vastaanottovarauksia ei saatu nyt vaihdettua rekisterin kanssa: ne odottavat "
        "tällä kannettavalla ja lähtevät seuraavassa synkronoinnissa."
    )
    assert "#b00020" in view.message.styleSheet()
    translations.install("sv")
    qtbot.waitUntil(lambda: view.message.text().startswith("Skickade 2"))
    assert "Mottagningsbokningarna kunde inte utbytas" in view.message.text()
    translations.install("fi")
