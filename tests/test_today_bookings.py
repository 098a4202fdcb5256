"""Today's reception bookings in the window, against a live register: the day's list as the sync brought it, a
family marked arrived (a guidance session opens in its language and theme), a time booked for a family on the
laptop, and a slot taken meanwhile told in words on the Sync page and on Today."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.models import Worker
from app.privacy.booking_purge import booking_days
from app.vocab import Role
from sync.server.public.timetable import finnish_today
from tests.booking_data import NICKNAME, at_register, bookable_day, family_books
from tests.desktop import add_workers, answer_message_boxes, choose, click, make_window, settle, sign_in
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.pages.bookings_view import BookingsView


def window_today(qtbot: QtBot, store: Store, translations: Translations) -> MainWindow:
    """Aino signed in on a laptop whose clock reads noon of the register's (Finnish) today."""
    add_workers(store)
    noon = datetime.combine(finnish_today(), time(12), tzinfo=UTC)
    window = make_window(qtbot, store, translations, clock=lambda: noon)
    sign_in(qtbot, window, "Aino Auttaja")
    window.workspace.setCurrentWidget(window.workspace.today_view)
    return window


def sync(qtbot: QtBot, window: MainWindow) -> str:
    """Sync now from the Sync page, as a worker does at the end of the day; what the page said."""
    workspace = window.workspace
    workspace.setCurrentWidget(workspace.sync_view)
    click(qtbot, workspace.sync_view.sync_button)
    qtbot.waitUntil(lambda: not workspace.sync.running)
    workspace.setCurrentWidget(workspace.today_view)
    return workspace.sync_view.message.text()


def rows(view: BookingsView) -> list[str]:
    return [view.booking_list.item(row).text() for row in range(view.booking_list.count())]


def pick(qtbot: QtBot, view: BookingsView, text: str) -> None:
    for row in range(view.booking_list.count()):
        item = view.booking_list.item(row)
        if text in item.text():
            rect = view.booking_list.visualItemRect(item)
            qtbot.mouseClick(view.booking_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert view.chosen() is not None
            return
    raise AssertionError(f"{text!r} is not on the list: {rows(view)}")


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_booked_family_arrives_and_its_guidance_session_opens(
    qtbot: QtBot, register: Any, laptop: Store, translations: Translations
) -> None:
    bookable_day(register, laptop, capacity=2)
    family_books(register, "10:00")  # Maija, in Swedish, on coping
    family_books(register, "10:30", nickname="Kalle", language="fi", theme=None)
    window = window_today(qtbot, laptop, translations)
    view = window.workspace.today_view.bookings
    assert view.none_label.isVisible() and view.none_label.text() == "Ei vastaanottovarauksia tänään."

    sync(qtbot, window)
    assert rows(view) == ["10.00  ·  Maija  ·  ruotsi  ·  Jaksaminen", "10.30  ·  Kalle  ·  suomi"]
    assert not view.arrived_button.isEnabled()  # nothing chosen yet

    form = view.book_box.layout()
    assert isinstance(form, QFormLayout) and form.labelForField(view.contact_edit) is view.contact_label
    pick(qtbot, view, NICKNAME)
    assert view.contact_shown.text() == ""  # read only when asked for
    click(qtbot, view.contact_button)
    assert view.contact_shown.text() == "+358407654321"
    assert view.contact_label.text() == "Puhelin tai sähköposti:"  # the booking form's label is not where it shows
    click(qtbot, view.arrived_button)
    assert view.contact_shown.text() == ""
    assert view.contact_label.text() == "Puhelin tai sähköposti:"
    guidance = window.workspace.guidance_view
    assert window.workspace.currentWidget() is guidance
    assert (guidance.language.value(), guidance.themes.values(), guidance.editing) == ("sv", ["coping"], None)
    assert window.statusBar().currentMessage() == "Merkitty saapuneeksi. Uusi ohjauskerta on auki heille."
    assert rows(view)[0] == "10.00  ·  (nimi tyhjennetty)  ·  ruotsi  ·  Jaksaminen  —  saapui"

    pick(qtbot, view, "Kalle")
    click(qtbot, view.no_show_button)
    assert rows(view)[1] == "10.30  ·  Kalle  ·  suomi  —  ei tullut"
    pick(qtbot, view, "Kalle")
    assert not view.arrived_button.isEnabled() and not view.cancel_button.isEnabled()  # marked once
    pick(qtbot, view, "nimi tyhjennetty")
    assert not view.contact_button.isEnabled()  # emptied when the family came

    sync(qtbot, window)
    held = {row.slot: row for row in at_register(register)}
    assert (held["10:00"].outcome, held["10:00"].nickname, held["10:00"].contact) == ("arrived", None, None)
    assert held["10:30"].outcome == "no_show"


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_time_booked_on_the_laptop_and_taken_meanwhile_is_told_in_words(
    qtbot: QtBot, register: Any, laptop: Store, translations: Translations
) -> None:
    bookable_day(register, laptop)
    window = window_today(qtbot, laptop, translations)
    view = window.workspace.today_view.bookings
    assert view.book_box.isVisible()
    assert view.slot_combo.count() == 5  # "Choose a time" and 10:00, 10:30, 11:00, 11:30, one place each

    click(qtbot, view.book_button)  # nothing filled in: each field says what is missing
    assert view.errors.shown() == {
        "slot": "⚠ Pakollinen.",
        "nickname": "⚠ Pakollinen.",
        "contact": "⚠ Anna puhelinnumero tai sähköpostiosoite.",
        "language": "⚠ Pakollinen.",
    }
    day = view.slot_combo.itemText(3).split(" ")[0]
    choose(qtbot, view.slot_combo, f"{day} 11.00  Laitilan tori  (1 vapaa)")
    qtbot.keyClicks(view.nickname_edit, "Ville")
    qtbot.keyClicks(view.contact_edit, "040 123")
    click(qtbot, view.language.button("fi"))
    click(qtbot, view.book_button)
    assert view.errors.shown() == {"contact": "⚠ Anna puhelinnumero tai sähköpostiosoite."}
    assert view.nickname_edit.text() == "Ville"  # what was typed stays
    qtbot.keyClicks(view.contact_edit, " 4567")
    click(qtbot, view.book_button)
    assert view.errors.shown() == {}
    assert rows(view) == [
        "11.00  ·  Ville  ·  suomi  —  varattu tällä kannettavalla, vahvistetaan seuraavassa synkronoinnissa"
    ]
    assert view.slot_combo.findText(f"{day} 11.00  Laitilan tori  (1 vapaa)") == -1  # full as far as this laptop knows
    assert view.nickname_edit.text() == ""

    family_books(register, "11:00")  # a family takes the same place on the public page first
    said = sync(qtbot, window)
    assert ("Tällä kannettavalla varattua 1 aikaa ei voitu vahvistaa (varattu sillä välin tai ei enää varattavissa): "
            "katso varaukset Tänään-sivulta ja soita perheelle.") in said  # fmt: skip
    shown = rows(view)
    conflict = next(text for text in shown if "Ville" in text)
    assert conflict.endswith(
        "11.00  ·  Ville  ·  suomi: aika ehdittiin varata ennen kuin tämä varaus tuli rekisteriin. Soita perheelle ja "
        "sovi uusi aika, peru sitten tämä."
    )
    assert [row.nickname for row in at_register(register)] == [NICKNAME]

    pick(qtbot, view, "Ville")
    assert view.cancel_button.isEnabled() and not view.arrived_button.isEnabled()
    click(qtbot, view.cancel_button)
    settled = "11.00  ·  (nimi tyhjennetty)  ·  suomi  —  peruttu"  # two bookings of one time: in no set order
    assert sorted(rows(view)) == sorted(["11.00  ·  Maija  ·  ruotsi  ·  Jaksaminen", settled])


def test_a_coordinator_sets_how_long_bookings_keep_their_contact(
    qtbot: QtBot, store: Store, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_today(qtbot, store, translations)  # Aino, a worker: not hers to say
    view = window.workspace.today_view.bookings
    assert not view.days_button.isVisibleTo(view)
    with store.session() as session:
        session.scalars(select(Worker).where(Worker.display_name == "Bertil Berg")).one().role = Role.COORDINATOR
    window.lock()
    settle(qtbot, window)
    sign_in(qtbot, window, "Bertil Berg")
    window.workspace.setCurrentWidget(window.workspace.today_view)
    assert view.days_button.isVisibleTo(view)
    asked: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (asked.append(args[2:6]) or 3, True))
    click(qtbot, view.days_button)
    ((label, current, least, most),) = asked
    assert current == 1  # the default, the next day, offered as it is
    assert (least, most) == (1, 30)  # never emptied on the visit's own day: the workers may still have to call
    assert "0:" not in label and "1:" in label
    with store.session() as session:
        assert booking_days(session) == 3
    assert view.message.text() == "Varaukset säilyttävät perheen yhteystiedon 3 päivää käynnin jälkeen."


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_shown_contact_is_gone_when_the_laptop_locks(
    qtbot: QtBot, register: Any, laptop: Store, translations: Translations
) -> None:
    bookable_day(register, laptop)
    family_books(register, "10:00")
    window = window_today(qtbot, laptop, translations)
    view = window.workspace.today_view.bookings
    sync(qtbot, window)
    pick(qtbot, view, NICKNAME)
    click(qtbot, view.contact_button)
    assert view.contact_shown.text() == "+358407654321"
    window.lock()
    assert view.contact_shown.text() == ""  # the next worker at the laptop does not find the family's number
    assert "+358407654321" not in view.contact_label.text()
    settle(qtbot, window)
    sign_in(qtbot, window, "Bertil Berg")
    assert view.contact_shown.text() == ""
    assert view.contact_label.text() == "Puhelin tai sähköposti:"


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_an_arrival_asks_before_it_replaces_a_session_being_filled_in(
    qtbot: QtBot, register: Any, laptop: Store, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    bookable_day(register, laptop, capacity=2)
    family_books(register, "10:00")  # Maija, in Swedish, on coping
    family_books(register, "10:30", nickname="Kalle", language="fi", theme=None)
    family_books(register, "11:00", nickname="Liisa", language="en", theme=None)
    window = window_today(qtbot, laptop, translations)
    view = window.workspace.today_view.bookings
    guidance = window.workspace.guidance_view
    sync(qtbot, window)

    asked = answer_message_boxes(monkeypatch, "question", QMessageBox.StandardButton.No)
    pick(qtbot, view, "Liisa")
    click(qtbot, view.arrived_button)
    assert asked == []  # a form nobody has filled in is not asked about
    assert guidance.language.value() == "en"

    guidance.note_edit.setText("puolivalmis")  # a session half filled in, not saved
    window.workspace.setCurrentWidget(window.workspace.today_view)
    pick(qtbot, view, NICKNAME)
    click(qtbot, view.arrived_button)
    assert len(asked) == 1 and "ei ole tallennettu" in asked[0]
    assert window.workspace.currentWidget() is guidance
    assert (guidance.note_edit.text(), guidance.language.value()) == ("puolivalmis", "en")  # kept as it was
    assert "säilytettiin" in window.statusBar().currentMessage()

    asked = answer_message_boxes(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    window.workspace.setCurrentWidget(window.workspace.today_view)
    pick(qtbot, view, "Kalle")
    click(qtbot, view.arrived_button)
    assert len(asked) == 1
    assert (guidance.note_edit.text(), guidance.language.value()) == ("", "fi")  # the family's new session
