"""The coordinator's console against a live register, on the task queue's real threads: an enrollment code a new
laptop then uses, a lost laptop revoked and refused at its next sync, a conflict of two laptops resolved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select, update

from app.db import Store, open_store
from app.handouts import qr_modules
from app.models import Unit, Worker
from app.vocab import Role
from sync.client import SyncError
from sync.console_wire import enrollment_link
from sync.laptop import enroll, sync_now
from sync.server.models import Conflict, Coordinator, Device
from tests.conftest import NOW
from tests.desktop import add_workers, choose, click
from tests.models import model_contract
from tests.test_mnemonics import letters
from tests.test_shared_follow_ups import changed_on_both
from tests.threaded import WAIT_MS, settled, sign_in
from ui.console.console import Console
from ui.console.qr_widget import QUIET, QrWidget
from ui.console.rows_model import RowsModel
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.tasks import Tasks


@pytest.fixture
def second(register: Any, tmp_path: Path) -> Iterator[Store]:
    """Another laptop's data folder, not enrolled yet."""
    store = open_store(tmp_path / "second")
    yield store
    store.close()


def signed_in(qtbot: QtBot, store: Store, translations: Translations, *, coordinator: bool) -> MainWindow:
    """Aino signed in (a coordinator or not) on a window whose work runs on the task queue's threads."""
    ids = add_workers(store)
    if coordinator:
        with store.session() as session:
            session.get(Worker, ids["Aino Auttaja"]).role = Role.COORDINATOR  # type: ignore[union-attr]
    window = MainWindow(Tasks(), translations, clock=lambda: NOW, fit_screen=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.use_store(store)
    qtbot.waitUntil(lambda: window.signin_view.worker_list.count() > 0, timeout=WAIT_MS)
    assert not window.menus.console_action.isEnabled()  # locked
    sign_in(qtbot, window, "Aino Auttaja")
    return window


def console_of_a_coordinator(qtbot: QtBot, store: Store, translations: Translations) -> tuple[MainWindow, Console]:
    """Aino, a coordinator, signed in; the console opened from the File menu."""
    window = signed_in(qtbot, store, translations, coordinator=True)
    assert window.menus.console_action.isEnabled()
    window.menus.console_action.trigger()
    console = window._console
    assert console is not None and console.view.isVisible()
    return window, console


def connect(qtbot: QtBot, console: Console, token: str) -> None:
    view = console.view
    view.token_edit.clear()
    qtbot.keyClicks(view.token_edit, token)
    qtbot.keyClick(view.token_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(view.connect_button.isEnabled, timeout=WAIT_MS)


def no_letter_twice(console: Console) -> None:
    """No Alt+letter reaches two things on any page of the console (its token field and button included)."""
    for index in range(console.view.tabs.count()):
        console.view.tabs.setCurrentIndex(index)
        clashes = {letter: texts for letter, texts in letters(console.view).items() if len(texts) > 1}
        assert clashes == {}, clashes
    console.view.tabs.setCurrentIndex(0)


def rows(model: RowsModel[Any]) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def choose_row(model: RowsModel[Any], view: Any, key: Any) -> None:
    at = model.find(key)
    assert at is not None
    view.table.selectRow(at)


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_an_enrollment_code_from_the_console_enrolls_a_new_laptop(
    qtbot: QtBot, register: Any, laptop: Store, second: Store, translations: Translations, tmp_path: Path
) -> None:
    with register.store.session() as session:
        session.add(Unit(id="merituuli", name="Merituuli"))
    window, console = console_of_a_coordinator(qtbot, laptop, translations)
    view, devices = console.view, console.view.devices_view
    assert devices.unit_combo.count() == 1  # the laptop's own units until the register answers
    with model_contract() as contract:
        contract.watch_all(view)
        connect(qtbot, console, register.enrollment_code())  # a code is no token
        assert view.message.text().startswith("Rekisteri ei tunne tätä tunnusta")
        assert not view.tabs.isEnabled()

        connect(qtbot, console, register.coordinator_token())
        assert view.tabs.isEnabled(), view.message.text()
        assert register.url in view.address_label.text()
        assert rows(devices.model) == [["Perhelinja", "Bussi 1", "ei koskaan", "Käytössä", ""]]

        # A new laptop of the unit: the code large, and in a QR code with the register's address.
        assert devices.unit_combo.currentText() == "Perhelinja"
        assert [devices.unit_combo.itemText(i) for i in range(devices.unit_combo.count())] == [
            "Merituuli",  # added at the register, not yet pulled by this laptop
            "Perhelinja",
        ]
        click(qtbot, devices.code_button)
        qtbot.waitUntil(lambda: bool(devices.code_label.text()), timeout=WAIT_MS)
        code = devices.code_label.text()
        assert len(code) == 14 and code.count("-") == 2
        assert devices.qr.modules and code in devices.qr.text and "register=http%3A%2F%2F127.0.0.1" in devices.qr.text
        assert register.url in devices.code_help.text() and "72 tunnin" in devices.code_help.text()
        assert enroll(second, register.url, code, "Bussi 2") == "perhelinja"
        third = open_store(tmp_path / "third")
        with pytest.raises(SyncError) as used:  # once only
            enroll(third, register.url, code, "Bussi 3")
        assert used.value.code == "bad_code"
        choose(qtbot, devices.unit_combo, "Merituuli")  # the new unit's first laptop
        click(qtbot, devices.code_button)
        qtbot.waitUntil(lambda: devices.code_label.text() != code, timeout=WAIT_MS)
        assert enroll(third, register.url, devices.code_label.text(), "Bussi 3") == "merituuli"
        third.close()
        sync_now(second)

        click(qtbot, devices.refresh_button)
        qtbot.waitUntil(lambda: devices.model.rowCount() == 3, timeout=WAIT_MS)
        listed = {row[1]: row for row in rows(devices.model)}
        assert listed["Bussi 3"][0] == "Merituuli"
        unit, seen, state, problem = listed["Bussi 2"][0], *listed["Bussi 2"][2:]
        assert (unit, state, problem) == ("Perhelinja", "Käytössä", "") and seen != "ei koskaan"  # it has synced
        contract.watch_all(view)
        devices.table.selectRow(1)  # the Revoke button enabled too
        for language, active in (("sv", "Aktiv"), ("en", "Active"), ("fi", "Käytössä")):
            translations.install(language)
            qtbot.waitUntil(lambda active=active: rows(devices.model)[2][3] == active, timeout=WAIT_MS)
            no_letter_twice(console)
        contract.assert_kept()

    # Locking the window forgets the token, the rows and the code, and closes the console.
    window.lock()
    assert not view.isVisible() and view.token_edit.text() == "" and devices.model.rowCount() == 0
    assert devices.code_label.text() == "" and not view.tabs.isEnabled()


def answer_revoke(qtbot: QtBot, *, yes: bool, erase: bool = False) -> list[str]:
    """Answer the revoke question when it opens, as a coordinator would: tick the erase order or not, then Yes or
    No; the questions shown, in order."""
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)  # not open yet: look again
            return
        shown.append(box.text())
        checkbox = box.checkBox()
        assert checkbox is not None and not checkbox.isChecked()  # the erase order starts unticked
        checkbox.setChecked(erase)
        box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    return shown


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_a_lost_laptop_revoked_in_the_console_is_refused_at_its_next_sync(
    qtbot: QtBot, register: Any, laptop: Store, second: Store, translations: Translations
) -> None:
    enroll(second, register.url, register.enrollment_code(), "Bussi 2")
    window, console = console_of_a_coordinator(qtbot, laptop, translations)
    devices = console.view.devices_view
    connect(qtbot, console, register.coordinator_token())
    qtbot.waitUntil(lambda: devices.model.rowCount() == 2, timeout=WAIT_MS)
    with register.store.session() as session:
        lost = session.scalars(select(Device.id).where(Device.name == "Bussi 2")).one()

    assert not devices.revoke_button.isEnabled()  # nothing chosen
    choose_row(devices.model, devices, lost)
    asked = answer_revoke(qtbot, yes=False, erase=True)
    click(qtbot, devices.revoke_button)
    assert len(asked) == 1 and "Bussi 2" in asked[0] and "Perhelinja" in asked[0]
    settled(qtbot, window)
    assert rows(devices.model)[devices.model.find(lost)][3] == "Käytössä"  # answered No: nothing happened
    sync_now(second)

    answer_revoke(qtbot, yes=True)
    click(qtbot, devices.revoke_button)
    qtbot.waitUntil(lambda: rows(devices.model)[devices.model.find(lost)][3] == "Poistettu käytöstä", timeout=WAIT_MS)
    assert devices.message.text() == "Poistettu käytöstä: Bussi 2."
    assert not devices.revoke_button.isEnabled()
    with pytest.raises(SyncError) as refused:
        sync_now(second)
    assert refused.value.code == "revoked"
    sync_now(laptop)  # the other laptop syncs on


def test_a_lost_laptop_revoked_with_the_erase_order_erases_when_it_connects(
    qtbot: QtBot, register: Any, laptop: Store, second: Store, translations: Translations
) -> None:
    enroll(second, register.url, register.enrollment_code(), "Bussi 2")
    _window, console = console_of_a_coordinator(qtbot, laptop, translations)
    devices = console.view.devices_view
    connect(qtbot, console, register.coordinator_token())
    qtbot.waitUntil(lambda: devices.model.rowCount() == 2, timeout=WAIT_MS)
    with register.store.session() as session:
        lost = session.scalars(select(Device.id).where(Device.name == "Bussi 2")).one()
    choose_row(devices.model, devices, lost)
    answer_revoke(qtbot, yes=True, erase=True)
    click(qtbot, devices.revoke_button)
    state = lambda: rows(devices.model)[devices.model.find(lost)][3]  # noqa: E731
    qtbot.waitUntil(lambda: state() == "Poistettu käytöstä; tyhjennetään, jos se ottaa yhteyttä", timeout=WAIT_MS)
    with pytest.raises(SyncError) as refused:
        sync_now(second)
    assert refused.value.code == "erased"  # tests/test_revoke_erase.py checks what the laptop then holds
    click(qtbot, devices.refresh_button)
    qtbot.waitUntil(lambda: state().startswith("Poistettu käytöstä; tyhjennyskäsky annettu "), timeout=WAIT_MS)


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_a_conflict_of_two_laptops_is_resolved_in_the_console(
    qtbot: QtBot, register: Any, laptop: Store, second: Store, translations: Translations
) -> None:
    enroll(second, register.url, register.enrollment_code(), "Bussi 2")
    made = changed_on_both(laptop, second)
    sync_now(laptop)
    assert sync_now(second).pushed["conflict"] == 1

    _window, console = console_of_a_coordinator(qtbot, laptop, translations)
    page = console.view.conflicts_view
    with model_contract() as contract:
        contract.watch_all(console.view)
        connect(qtbot, console, register.coordinator_token())
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
        assert page.message.text() == "Avoimia ristiriitoja: 1"
        [conflict] = page.model.rows
        assert conflict.record_id == made
        assert rows(page.model)[0][1:] == ["Yhteydenottopyyntö", "Perhelinja", "Avoin", ""]

        # Both versions side by side, the fields that differ in bold.
        assert not page.choice_box.isEnabled()
        console.view.tabs.setCurrentWidget(page)
        choose_row(page.model, page, conflict.id)
        assert page.choice_box.isEnabled()
        no_letter_twice(console)
        fields = {page.versions.item(r, 0).text(): r for r in range(page.versions.rowCount())}
        status = fields["status"]
        assert [page.versions.item(status, c).text() for c in (1, 2)] == ["closed", "unreachable"]
        assert page.versions.item(status, 1).font().bold()
        assert not page.versions.item(fields["organisation_id"], 1).font().bold()
        bold = [page.versions.item(r, 0).font().bold() for r in range(page.versions.rowCount())]
        assert bold == sorted(bold, reverse=True)  # what differs comes first, seen without scrolling

        click(qtbot, page.resolve_button)  # a note is asked for first
        assert page.message.text().startswith("Kirjoita ensin muistiinpano")
        page.keep_register.setChecked(True)
        qtbot.keyClicks(page.note_edit, "Sovittu Bertilin kanssa puhelimessa")
        qtbot.keyClick(page.note_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: rows(page.model)[0][3] == "Ratkaissut: Koordinaattori", timeout=WAIT_MS)
        assert page.message.text() == "Ratkaistu. Rekisterin versio jää voimaan."
        assert not page.choice_box.isEnabled()
        contract.assert_kept()
    with register.store.session() as session:
        kept = session.scalars(select(Conflict)).one()
        assert kept.resolved and kept.note == "kept: register\nSovittu Bertilin kanssa puhelimessa"
        coordinator = session.scalars(select(Coordinator)).one()
        assert kept.resolved_by == coordinator.id and kept.resolved_at is not None  # the register's record of it

    gone_meanwhile(qtbot, register, page, conflict.id)


def gone_meanwhile(qtbot: QtBot, register: Any, page: Any, conflict_id: int) -> None:
    """A conflict open on screen that the register no longer has: the refusal is said on its row."""
    with register.store.session() as session:
        session.execute(update(Conflict).values(resolved=False))
    click(qtbot, page.refresh_button)
    qtbot.waitUntil(lambda: rows(page.model) and rows(page.model)[0][3] == "Avoin", timeout=WAIT_MS)
    with register.store.session() as session:
        session.execute(delete(Conflict))
    choose_row(page.model, page, conflict_id)
    qtbot.keyClicks(page.note_edit, "Toinen kerta")
    click(qtbot, page.resolve_button)
    qtbot.waitUntil(lambda: bool(rows(page.model)[0][4]), timeout=WAIT_MS)
    assert rows(page.model)[0][4].startswith("Rekisterillä ei enää ole tätä ristiriitaa")
    assert rows(page.model)[0][3] == "Avoin"


def test_the_console_is_for_coordinators_only(qtbot: QtBot, store: Store, translations: Translations) -> None:
    window = signed_in(qtbot, store, translations, coordinator=False)
    assert not window.menus.console_action.isEnabled()
    assert window.menus.console_action.text() == "Keskustoimiston k&onsoli…"


def test_the_qr_code_on_screen_is_the_handouts_matrix_module_by_module(qtbot: QtBot) -> None:
    """Each module painted where a scanner looks for it: black or white as the matrix says, with a white border."""
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.resize(300, 260)
    text = enrollment_link("https://rekisteri.example.fi", "ABCD-EFGH-JKLM")
    widget.set_text(text)
    image = widget.grab().toImage()
    modules = qr_modules(text)
    count = len(modules) + 2 * QUIET
    box = 260 // count
    left, top = (300 - box * count) // 2, (260 - box * count) // 2
    assert box >= 3  # whole pixels per module, a few of them

    def dark(row: int, column: int) -> bool:
        return image.pixelColor(left + column * box + box // 2, top + row * box + box // 2).lightness() < 128

    painted = [[dark(r + QUIET, c + QUIET) for c in range(len(modules))] for r in range(len(modules))]
    assert painted == [list(row) for row in modules]
    assert not any(
        dark(r, c) for r in range(count) for c in range(count) if min(r, c, count - 1 - r, count - 1 - c) < QUIET
    )
