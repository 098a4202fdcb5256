"""The Follow-ups page (Ctrl+0) driven as a worker would: take a contact request with consent, see it by deadline,
open it (logged), call back and close it; another organisation's requests stay out of sight."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.models import AuditEntry, ContactRequest, Worker
from app.privacy.sealing import SealError
from app.services import preferences
from app.vocab import AuditAction, ContactStatus, Role
from tests.conftest import NOW
from tests.contact_data import recorded
from tests.desktop import add_workers, choose, click, make_window, sign_in, window_at_a_stop
from ui.i18n import Translations
from ui.messages import error_message


def test_take_open_call_back_and_close_a_request(qtbot: QtBot, store: Store, translations: Translations) -> None:
    with store.session() as session:  # another organisation's request, on the same laptop
        recorded(session, "kota", now=NOW - timedelta(days=1), phone="050 111 2222")
    window = window_at_a_stop(qtbot, store, translations)  # Aino Auttaja, MLL Varsinais-Suomen piiri
    go = window.menus.go_actions[9]
    assert go.shortcut().toString() == "Ctrl+0"
    go.trigger()
    view = window.workspace.follow_ups_view
    assert window.workspace.currentWidget() is view
    assert view.table.rowCount() == 0  # KOTA's request is not Aino's to see
    assert not view.retention_button.isVisibleTo(view)  # how long details are kept is a coordinator's to say

    click(qtbot, view.new_button)
    assert view.form_scroll.isVisible() and "kolmen arkipäivän" in view.consent_text.text()
    qtbot.keyClicks(view.name_edit, "Maija Meikalainen")
    qtbot.keyClicks(view.phone_edit, "040 765 4321")
    choose(qtbot, view.organisation_combo, "MLL Varsinais-Suomen piiri ry")
    click(qtbot, view.save_button)
    assert view.form.errors.labels["consent"].text() == "⚠ Pyyntö kirjataan vain henkilön suostumuksella."
    with store.session() as session:
        assert session.scalars(select(ContactRequest).where(ContactRequest.organisation_id != "kota")).all() == []
    qtbot.keyClick(view.consent_check, Qt.Key.Key_Space)
    click(qtbot, view.save_button)
    assert view.message.text() == "Tallennettu. Soita takaisin viimeistään 25.11.2026."
    assert not view.form_scroll.isVisible()

    assert view.table.rowCount() == 1
    assert view.table.item(0, 0).text() == "25.11.2026" and view.table.item(0, 2).text() == "Uusi"
    assert "Maija" not in " ".join(view.table.item(0, c).text() for c in range(view.table.columnCount()))
    view.table.selectRow(0)
    click(qtbot, view.open_button)
    assert "Maija Meikalainen" in view.details.text() and "040 765 4321" in view.details.text()

    click(qtbot, view.contacted_button)
    assert view.table.item(0, 2).text() == "Soitettu"
    assert view.details.text() == ""  # the list was reloaded: the name is off the screen until opened again
    view.table.selectRow(0)
    click(qtbot, view.closed_button)
    assert view.table.rowCount() == 0

    with store.session() as session:
        mine = session.scalars(select(ContactRequest).where(ContactRequest.organisation_id != "kota")).one()
        assert mine.status is ContactStatus.CLOSED and mine.contacted_at is not None
        actions = [
            (e.action, e.detail)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.created_at))
        ]
    assert actions == [
        (AuditAction.CREATED, None),
        (AuditAction.VIEWED, None),
        (AuditAction.CHANGED, "contacted"),
        (AuditAction.CHANGED, "closed"),
    ]

    with store.session() as session:  # one taken meanwhile (pulled from another laptop, say): F5 shows it
        recorded(session, "mll-varsinais-suomi")
    assert view.table.rowCount() == 0
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F5)
    assert view.table.rowCount() == 1


def test_an_overdue_request_is_marked_in_words_and_colour(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    with store.session() as session:
        recorded(session, "mll-varsinais-suomi", now=NOW - timedelta(days=10))
    window = window_at_a_stop(qtbot, store, translations)
    window.menus.go_actions[9].trigger()
    view = window.workspace.follow_ups_view
    cell = view.table.item(0, 0)
    assert cell.text() == "⚠ 13.11.2026 · myöhässä"
    assert cell.foreground().color().name() == "#b00020"


def test_a_coordinator_sets_how_long_contact_details_are_kept(
    qtbot: QtBot, store: Store, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = add_workers(store)
    with store.session() as session:
        session.get(Worker, ids["Aino Auttaja"]).role = Role.COORDINATOR  # type: ignore[union-attr]
        recorded(session, "kota")
    window = make_window(qtbot, store, translations)
    sign_in(qtbot, window, "Aino Auttaja")
    window.menus.go_actions[9].trigger()
    view = window.workspace.follow_ups_view
    assert view.table.rowCount() == 1  # a coordinator sees every organisation's requests
    asked: list[int] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (asked.append(args[3]) or 7, True))
    click(qtbot, view.retention_button)
    assert asked == [30]  # the default, offered as it is
    with store.session() as session:
        assert preferences.retention_days(session=session) == 7
    assert view.message.text() == "Suljetut pyynnöt säilyttävät yhteystietonsa 7 päivää."


def test_a_request_sealed_with_a_lost_key_is_explained(translations: Translations) -> None:
    assert error_message(SealError("another key")).startswith("Yhteystietoja ei voi avata tällä kannettavalla")


def test_the_dates_are_written_as_the_language_writes_them(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    with store.session() as session:
        recorded(session, "mll-varsinais-suomi", now=NOW - timedelta(days=19))  # received on 1 November
    window = window_at_a_stop(qtbot, store, translations)
    view = window.workspace.follow_ups_view
    window.workspace.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    assert view.table.item(0, 1).text() == "1.11.2026"
    window.set_language("en")
    qtbot.waitUntil(lambda: view.table.item(0, 1).text() == "01/11/2026", timeout=5000)
    assert view.table.item(0, 0).text() == "⚠ 04/11/2026 · overdue"  # three working days after a Sunday
