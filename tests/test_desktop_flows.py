"""The day's work driven through the window as a worker would, each flow checked in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from app.changes import ANY
from app.db import Store
from app.models import EncounterTally, Event, GuidanceSession, StopDay, WorkerPin
from app.services import preferences
from tests.desktop import add_workers, choose, click, make_window, open_day, pick_worker, settle, sign_in
from ui.i18n import Translations
from ui.main_window import MainWindow


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    return add_workers(store)


@pytest.fixture
def window(qtbot: QtBot, store: Store, ids: dict[str, str], translations: Translations) -> MainWindow:
    return make_window(qtbot, store, translations)


def test_sign_in_shows_the_worker_in_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.signin_view
    assert window.status_line.worker_label.text() == "Lukittu"
    sign_in(qtbot, window, "Aino Auttaja")
    assert window.status_line.worker_label.text() == "Kirjautunut: Aino Auttaja"
    assert window.status_line.stop_label.text() == "Ei avointa pysäkkipäivää"


def test_a_wrong_pin_is_refused_next_to_the_field_and_counted(
    qtbot: QtBot, window: MainWindow, store: Store, ids: dict[str, str]
) -> None:
    pick_worker(qtbot, window, "Aino Auttaja")
    qtbot.keyClicks(window.signin_view.pin_edit, "0000")
    qtbot.keyClick(window.signin_view.pin_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.signin_view
    assert window.signin_view.pin_error.isVisible()
    assert "Väärä PIN-koodi. 4 yritystä" in window.signin_view.pin_error.text()
    with store.session() as session:
        assert session.get(WorkerPin, ids["Aino Auttaja"]).failed_attempts == 1  # type: ignore[union-attr]


def test_first_sign_in_on_this_laptop_chooses_a_pin(
    qtbot: QtBot, window: MainWindow, store: Store, ids: dict[str, str]
) -> None:
    pick_worker(qtbot, window, "Cecilia Uusi")
    assert window.signin_view.pin_again_edit.isVisible()
    qtbot.keyClicks(window.signin_view.pin_edit, "2468")
    qtbot.keyClicks(window.signin_view.pin_again_edit, "2469")
    qtbot.keyClick(window.signin_view.pin_again_edit, Qt.Key.Key_Return)
    assert window.signin_view.pin_again_error.text() == "⚠ PIN-koodit eivät täsmää.", (
        window.signin_view.errors.general.text()
    )
    window.signin_view.pin_again_edit.clear()
    qtbot.keyClicks(window.signin_view.pin_again_edit, "2468")
    qtbot.keyClick(window.signin_view.pin_again_edit, Qt.Key.Key_Return)
    assert window.context.worker is not None and window.context.worker.display_name == "Cecilia Uusi"
    with store.session() as session:
        pin = session.get(WorkerPin, ids["Cecilia Uusi"])
        assert pin is not None and pin.pin_hash.startswith("$argon2id$") and "2468" not in pin.pin_hash


def test_a_worker_not_on_the_list_adds_themselves(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    view = window.signin_view
    qtbot.keyClicks(view.name_edit, "  Daniela   Dahl ")
    choose(qtbot, view.organisation_combo, "Turun Ensi- ja turvakoti ry")
    qtbot.keyClicks(view.new_pin_edit, "97531")
    qtbot.keyClicks(view.new_pin_again_edit, "97531")
    click(qtbot, view.add_button)
    assert window.status_line.worker_label.text() == "Kirjautunut: Daniela Dahl"
    window.lock()
    names = [view.worker_list.item(row).text() for row in range(view.worker_list.count())]
    assert any(name.startswith("Daniela Dahl") for name in names)


def test_open_a_stop_day_with_workers_on_board_and_odometer(
    qtbot: QtBot, window: MainWindow, store: Store, ids: dict[str, str]
) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    open_day(qtbot, window)
    with store.session() as session:
        day = session.scalars(select(StopDay)).one()
        assert (day.status, day.municipality_code, day.place) == ("open", "400", "Laitilan tori")
        assert day.worker_ids == [ids["Aino Auttaja"]]
        assert day.odometer_start == 120500
    assert window.status_line.stop_label.text() == "Pysäkki: Laitilan tori, Laitila"
    assert window.workspace.today_view.stack.currentIndex() == 1


def test_a_window_closed_right_after_a_counter_key_leaves_no_timer_behind(qtbot: QtBot, window: MainWindow) -> None:
    """A counter key shows its button pressed for 120 ms; the window closed meanwhile takes that timer with it
    (before: "Internal C++ object (QPushButton) already deleted" in the event loop, seen with the real threads)."""
    sign_in(qtbot, window, "Aino Auttaja")
    open_day(qtbot, window)
    view = window.workspace.counter_view
    window.workspace.setCurrentWidget(view)
    view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert view.buttons["parent"].isDown()
    destroyed = QTimer()  # longer than the press is shown
    destroyed.setSingleShot(True)
    button = view.buttons["parent"]
    view.deleteLater()
    qtbot.waitUntil(lambda: not isValid(button))  # the page and its buttons are gone, the press still showing
    with qtbot.waitSignal(destroyed.timeout, timeout=2000):  # pytest-qt fails the test on an error in the loop
        destroyed.start(200)


def test_count_twenty_encounters_with_the_keys_and_undo_one(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    open_day(qtbot, window)
    window.workspace.setCurrentWidget(window.workspace.counter_view)
    window.workspace.counter_view.setFocus()
    presses = {Qt.Key.Key_1: 8, Qt.Key.Key_2: 5, Qt.Key.Key_3: 4, Qt.Key.Key_4: 3}
    for key, times in presses.items():
        for _ in range(times):
            qtbot.keyClick(window, key)
    assert window.context.day is not None and sum(window.context.day.counts.values()) == 20
    assert window.workspace.counter_view.buttons["professional"].text() == "Ammattilainen  (4)\n3"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with store.session() as session:
        rows = session.scalars(select(EncounterTally)).all()
        live = [r for r in rows if not r.deleted]
        assert len(rows) == 20 and len(live) == 19
        assert {g: sum(1 for r in live if r.group == g) for g in ("parent", "child", "youth", "professional")} == {
            "parent": 8,
            "child": 5,
            "youth": 4,
            "professional": 2,
        }
        assert next(r for r in rows if r.deleted).group == "professional"
    assert window.workspace.counter_view.buttons["professional"].text() == "Ammattilainen  (4)\n2"
    assert window.status_line.pending_label.text() == "Odottaa synkronointia: 21"  # the stop day and 20 tallies


def test_a_theme_for_the_last_click(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    open_day(qtbot, window)
    window.workspace.setCurrentWidget(window.workspace.counter_view)
    click(qtbot, window.workspace.counter_view.buttons["youth"])
    click(qtbot, window.workspace.counter_view.themes.button("adolescence"))
    with store.session() as session:
        tally = session.scalars(select(EncounterTally)).one()
        assert (tally.group, tally.theme_key, tally.version) == ("youth", "adolescence", 2)


def test_counting_needs_an_open_day(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    window.workspace.setCurrentWidget(window.workspace.counter_view)
    assert not window.workspace.counter_view.buttons["parent"].isEnabled()
    assert "Avaa pysäkkipäivä" in window.workspace.counter_view.info.text()


def test_record_a_guidance_session_with_enter(
    qtbot: QtBot, window: MainWindow, store: Store, ids: dict[str, str]
) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    open_day(qtbot, window)
    window.workspace.setCurrentWidget(window.workspace.guidance_view)
    view = window.workspace.guidance_view
    # The usual case is chosen already, and shown as chosen.
    assert (view.language.value(), view.arrival.value(), view.channel.value()) == ("fi", "self", "face_to_face")
    assert view.language.button("fi").text().startswith("✓") and view.service_package.value() == "1"
    click(qtbot, view.client_type.button("parent"))
    click(qtbot, view.themes.button("divorce"))
    click(qtbot, view.themes.button("coping"))
    click(qtbot, view.duration.button("20"))
    qtbot.keyClick(view.note_edit, Qt.Key.Key_Return)  # outcome missing: refused, shown next to the field
    assert view.form.errors.labels["outcome"].text() == "⚠ Pakollinen."
    with store.session() as session:
        assert session.scalars(select(GuidanceSession)).all() == []
    click(qtbot, view.outcome.button("referral"))
    qtbot.keyClick(view.note_edit, Qt.Key.Key_Return)
    with store.session() as session:
        saved = session.scalars(select(GuidanceSession)).one()
        assert (saved.client_type, saved.outcome, saved.duration_min) == ("parent", "referral", 20)
        assert sorted(saved.themes) == ["coping", "divorce"]
        assert saved.worker_id == ids["Aino Auttaja"] and saved.stop_day_id == window.context.day.id  # type: ignore[union-attr]
    assert view.client_type.value() is None and not view.form.errors.labels["outcome"].isVisible()
    assert window.statusBar().currentMessage() == "Tallennettu."


def test_record_a_network_meeting(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    window.workspace.setCurrentWidget(window.workspace.event_view)
    view = window.workspace.event_view
    click(qtbot, view.kind.button("network_meeting"))
    qtbot.keyClicks(view.title_edit, "Koulun verkostopalaveri")
    choose(qtbot, view.municipality_combo, "Uusikaupunki")
    click(qtbot, view.organisations.button("mll-varsinais-suomi"))
    spin = view.participant_spins["professionals"]
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "7")
    qtbot.keyClick(view.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with store.session() as session:
        event = session.scalars(select(Event)).one()
        assert (event.kind, event.title, event.municipality_code) == (
            "network_meeting",
            "Koulun verkostopalaveri",
            "895",
        )
        assert event.participants_professionals == 7 and event.organisation_ids == ["mll-varsinais-suomi"]


def test_a_new_event_or_consultation_is_placed_at_the_open_stop(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    event, professional = window.workspace.event_view, window.workspace.professional_view
    assert event.municipality_combo.currentData() is None and event.place_edit.text() == ""
    open_day(qtbot, window, "Laitila", "Laitilan tori")
    assert (event.municipality_combo.currentText(), event.place_edit.text()) == ("Laitila", "Laitilan tori")
    assert professional.municipality_combo.currentText() == "Laitila"
    window.workspace.setCurrentWidget(event)
    choose(qtbot, event.municipality_combo, "Uusikaupunki")
    window.context.records_changed.emit(ANY)  # another page saved something: the worker's choice stays
    settle(qtbot, window)
    assert event.municipality_combo.currentText() == "Uusikaupunki"
    click(qtbot, event.clear_button)
    assert (event.municipality_combo.currentText(), event.place_edit.text()) == ("Laitila", "Laitilan tori")


def test_edit_and_delete_from_history_with_undo(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    window.workspace.setCurrentWidget(window.workspace.guidance_view)
    view = window.workspace.guidance_view
    click(qtbot, view.client_type.button("youth"))
    click(qtbot, view.outcome.button("advice"))
    click(qtbot, view.save_button)
    window.workspace.setCurrentWidget(window.workspace.history_view)
    settle(qtbot, window)
    history = window.workspace.history_view
    assert history.proxy.rowCount() == 1
    history.table.selectRow(0)
    click(qtbot, history.edit_button)
    assert window.workspace.currentWidget() is view and view.heading.text() == "Palveluneuvonnan muokkaus"
    click(qtbot, view.duration.button("45"))
    click(qtbot, view.save_button)
    with store.session() as session:
        saved = session.scalars(select(GuidanceSession)).one()
        assert (saved.duration_min, saved.version, saved.client_type) == (45, 2, "youth")
    window.workspace.setCurrentWidget(window.workspace.history_view)
    settle(qtbot, window)
    history.table.selectRow(0)
    click(qtbot, history.edit_button)  # opened again, changed, then given up: nothing is written
    click(qtbot, view.duration.button("5"))
    assert view.clear_button.text() == "Peru muokkaus"
    click(qtbot, view.clear_button)
    assert view.editing is None and view.heading.text() == "Uusi pop up -palveluneuvonta"
    assert view.duration.value() == "15" and view.client_type.value() is None
    with store.session() as session:
        assert session.scalars(select(GuidanceSession.version)).one() == 2
    window.workspace.setCurrentWidget(window.workspace.history_view)
    qtbot.keyClicks(history.search_edit, "45 min")
    assert history.proxy.rowCount() == 1
    history.table.selectRow(0)
    history.table.setFocus()
    qtbot.keyClick(history.table, Qt.Key.Key_Delete)
    with store.session() as session:
        assert session.scalars(select(GuidanceSession)).one().deleted
    assert history.proxy.index(0, 3).data() == "Poistettu"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with store.session() as session:
        restored = session.scalars(select(GuidanceSession)).one()
        assert not restored.deleted and restored.version == 4


def test_lock_and_sign_in_as_another_worker(
    qtbot: QtBot, window: MainWindow, store: Store, ids: dict[str, str]
) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    window.workspace.setCurrentWidget(window.workspace.guidance_view)
    click(qtbot, window.workspace.guidance_view.client_type.button("family"))  # half-filled form
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.signin_view and window.status_line.worker_label.text() == "Lukittu"
    menus = window.menus
    assert not menus.backup_menu.isEnabled() and not menus.go_menu.isEnabled()  # no copy of the data while locked
    sign_in(qtbot, window, "Bertil Berg")
    assert window.menus.backup_menu.isEnabled()
    assert window.status_line.worker_label.text() == "Kirjautunut: Bertil Berg"
    assert window.workspace.guidance_view.client_type.value() == "family"  # nothing typed is lost
    click(qtbot, window.workspace.guidance_view.outcome.button("advice"))
    click(qtbot, window.workspace.guidance_view.save_button)
    with store.session() as session:
        assert session.scalars(select(GuidanceSession)).one().worker_id == ids["Bertil Berg"]


def test_the_window_locks_when_idle(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    assert window.idle_timer.isActive() and window.idle_timer.interval() == 5 * 60_000
    window.idle_timer.setInterval(50)
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.signin_view, timeout=2000)


def test_switch_to_swedish_at_runtime(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    before = [window.workspace.tabText(i) for i in range(window.workspace.count())]
    swedish = next(a for a in window.menus.language_group.actions() if a.data() == "sv")
    swedish.trigger()
    qtbot.waitUntil(lambda: window.workspace.tabText(0) == "I dag")  # LanguageChange is delivered as an event
    after = [window.workspace.tabText(i) for i in range(window.workspace.count())]
    assert before[:2] == ["Tänään", "Laskuri"] and after[:2] == ["I dag", "Räknare"]
    assert window.workspace.counter_view.buttons["parent"].text().startswith("Förälder")
    assert window.workspace.guidance_view.outcome.button("referral").text() == "Hänvisad till tjänst"
    assert window.status_line.worker_label.text() == "Inloggad: Aino Auttaja"
    assert window.workspace.today_view.municipality_combo.findText("Letala") >= 0  # reference names follow too
    window.workspace.setCurrentWidget(window.workspace.guidance_view)
    click(qtbot, window.workspace.guidance_view.clear_button)
    # a fresh form expects the language spoken at the stop
    assert window.workspace.guidance_view.language.value() == "sv"
    with store.session() as session:
        assert preferences.get_preferences(session=session).language == "sv"


def test_close_the_day_with_the_odometer(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    open_day(qtbot, window)
    view = window.workspace.today_view
    qtbot.keyClicks(view.odometer_end_edit, "120442")  # less than at the start: refused next to the field
    click(qtbot, view.close_button)
    assert "Ei voi olla pienempi" in view.close_errors.labels["odometer_end"].text()
    view.odometer_end_edit.clear()
    qtbot.keyClicks(view.odometer_end_edit, "120542")
    qtbot.keyClick(view.odometer_end_edit, Qt.Key.Key_Return)
    with store.session() as session:
        day = session.scalars(select(StopDay)).one()
        assert (day.status, day.km, day.odometer_end) == ("held", 42.0, 120542)
    assert window.context.day is None and view.stack.currentIndex() == 0


def test_mark_a_departure_cancelled(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    sign_in(qtbot, window, "Aino Auttaja")
    view = window.workspace.today_view
    choose(qtbot, view.municipality_combo, "Kemiönsaari")
    qtbot.keyClicks(view.place_edit, "Amosparken")
    click(qtbot, view.cancel_button)
    assert view.cancel_errors.labels["cancel_reason"].text() == "⚠ Pakollinen."
    click(qtbot, view.cancel_reason.button("weather"))
    click(qtbot, view.cancel_button)
    with store.session() as session:
        day = session.scalars(select(StopDay)).one()
        assert (day.status, day.cancel_reason, day.place) == ("cancelled", "weather", "Amosparken")
