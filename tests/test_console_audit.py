"""The console's audit log against a live register, on the task queue's real threads: who took, opened, changed or
deleted which contact request, filtered by unit, worker, request and period, and saved as a CSV of ids only."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.db import Store
from app.identity import current_author
from app.services import contact_requests
from app.vocab import ContactStatus
from sync.audit_wire import CSV_COLUMNS
from sync.laptop import sync_now
from tests.conftest import NOW
from tests.contact_data import PHONE, take
from tests.desktop import choose, click
from tests.models import model_contract
from tests.test_console import connect, console_of_a_coordinator, no_letter_twice, rows
from tests.test_contact_followups import worker
from tests.threaded import WAIT_MS
from ui.console import audit
from ui.console.audit_view import AuditView
from ui.i18n import Translations


def search(qtbot: QtBot, page: AuditView) -> None:
    click(qtbot, page.search_button)
    qtbot.waitUntil(page.search_button.isEnabled, timeout=WAIT_MS)


def saved_csv(qtbot: QtBot, page: AuditView, monkeypatch: pytest.MonkeyPatch, target: Path) -> str:
    """Save as CSV…, the file dialog answered with ``target``; the file's text."""
    monkeypatch.setattr(audit, "save_file", lambda *args, **kwargs: target)
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.message.text().startswith("Tallennettu"), timeout=WAIT_MS)
    return target.read_text(encoding="utf-8-sig")


def refused_before_asking(qtbot: QtBot, page: AuditView, day: QDate) -> None:
    """Filters checked before the register is asked, errors under their fields."""
    page.request_edit.setText("ei tunniste")
    period(page, day, day.addDays(-1))
    click(qtbot, page.search_button)
    assert page.form.errors.shown() == {
        "request": "⚠ Tunnisteessa on vain kirjaimia, numeroita ja yhdysmerkkejä.",
        "until": "⚠ Jakso päättyy ennen kuin se alkaa.",
    }
    assert page.search_button.isEnabled()  # nothing asked


def period(page: AuditView, first: QDate, last: QDate) -> None:
    page.since_edit.setDate(first)
    page.until_edit.setDate(last)


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_the_audit_log_is_read_filtered_and_saved_without_names(
    qtbot: QtBot,
    register: Any,
    laptop: Store,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    with laptop.session() as session:
        author = current_author(session)
        kerttu = worker(session, author, "Kerttu Kota", "kota")
        mari = worker(session, author, "Mari Meri", "kota")
        first = take(session, kerttu)
        contact_requests.open_request(session=session, who=kerttu, id=first, now=NOW + timedelta(minutes=1))
        contact_requests.change_status(
            session=session, who=kerttu, id=first, status=ContactStatus.CONTACTED, now=NOW + timedelta(minutes=2)
        )
        second = take(session, mari, now=NOW + timedelta(minutes=3))
    sync_now(laptop)

    _window, console = console_of_a_coordinator(qtbot, laptop, translations)
    page = console.view.audit_view
    console.view.tabs.setCurrentWidget(page)
    day = QDate(NOW.year, NOW.month, NOW.day)
    with model_contract() as contract:
        contract.watch_all(console.view)
        connect(qtbot, console, register.coordinator_token())
        qtbot.waitUntil(lambda: page.worker_combo.findText("Mari Meri") >= 0, timeout=WAIT_MS)
        period(page, day, day)
        search(qtbot, page)
        assert [row[1:] for row in rows(page.model)] == [
            ["Perhelinja", "Mari Meri", "Otettu", second, ""],
            ["Perhelinja", "Kerttu Kota", "Muutettu", first, "Soitettu"],
            ["Perhelinja", "Kerttu Kota", "Avattu", first, ""],
            ["Perhelinja", "Kerttu Kota", "Otettu", first, ""],
        ]
        assert page.message.text() == "Merkintöjä: 4"

        # One worker's; one request's; one unit's; a period with none.
        choose(qtbot, page.worker_combo, "Mari Meri")
        search(qtbot, page)
        assert [row[4] for row in rows(page.model)] == [second]
        choose(qtbot, page.worker_combo, "Kaikki työntekijät")
        qtbot.keyClicks(page.request_edit, first)
        search(qtbot, page)
        assert [row[3] for row in rows(page.model)] == ["Muutettu", "Avattu", "Otettu"]
        choose(qtbot, page.unit_combo, "Perhelinja")
        search(qtbot, page)
        assert page.model.rowCount() == 3
        period(page, day.addDays(1), day.addDays(2))
        search(qtbot, page)
        assert page.model.rowCount() == 0 and page.message.text() == "Näillä ehdoilla ei löytynyt merkintöjä."
        assert not page.save_button.isEnabled()

        refused_before_asking(qtbot, page, day)
        page.request_edit.clear()
        period(page, day, day)
        search(qtbot, page)
        assert page.model.rowCount() == 4 and page.form.errors.shown() == {}
        for language in ("sv", "en", "fi"):
            translations.install(language)
            no_letter_twice(console)
        contract.assert_kept()

    # Saved as CSV: ids and times, no name and no number.
    text = saved_csv(qtbot, page, monkeypatch, tmp_path / "loki.csv")
    lines = list(csv.reader(text.splitlines()))
    assert lines[0] == list(CSV_COLUMNS)
    assert [(line[3], line[4], line[5]) for line in lines[1:]] == [
        (mari.worker_id, "created", second),
        (kerttu.worker_id, "changed", first),
        (kerttu.worker_id, "viewed", first),
        (kerttu.worker_id, "created", first),
    ]
    for identifying in ("Kerttu", "Mari", PHONE, PHONE.replace(" ", "")):
        assert identifying not in text
