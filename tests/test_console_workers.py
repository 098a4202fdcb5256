"""The console's Workers and organisations page against a live register, on the task queue's real threads: a worker
added (a student of a new organisation that is no partner NGO) and deactivated after a question, both pulled by a
laptop at its next sync."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.models import Organisation, Worker
from sync.laptop import sync_now
from tests.desktop import answer_message_boxes, choose, click
from tests.models import model_contract
from tests.test_console import connect, console_of_a_coordinator, rows
from tests.test_console_stops import no_letter_twice, shown_errors
from tests.threaded import WAIT_MS, settled
from ui.i18n import Translations
from ui.main_window import MainWindow


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_a_worker_added_and_deactivated_in_the_console(
    qtbot: QtBot, register: Any, laptop: Store, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, console = console_of_a_coordinator(qtbot, laptop, translations)
    page = console.view.workers_view
    workers, organisations = page.workers, page.organisations
    with model_contract() as contract:
        contract.watch_all(console.view)
        connect(qtbot, console, register.coordinator_token())
        console.view.tabs.setCurrentWidget(page)
        settled(qtbot, window)
        assert console.view.tabs.tabText(console.view.tabs.currentIndex()) == "Työntekijät ja järjestöt"
        shipped = organisations.model.rowCount()
        assert shipped > 5 and {row[2] for row in rows(organisations.model)} == {"Kumppanijärjestö", ""}

        # A new organisation, no partner NGO of the operating model.
        click(qtbot, organisations.new_button)
        click(qtbot, organisations.save_button)
        assert shown_errors(organisations) == {"name_fi": "⚠ Pakollinen."}
        organisations.name_fi_edit.setText("Kylätalo ry")
        organisations.partner_check.setChecked(False)
        click(qtbot, organisations.save_button)
        qtbot.waitUntil(lambda: organisations.model.rowCount() == shipped + 1, timeout=WAIT_MS)
        added = organisations.model.find(organisations.editing.id)
        assert rows(organisations.model)[added] == ["Kylätalo ry", "", "", "Käytössä", ""]

        # A student of it: checked before sending, then added.
        click(qtbot, workers.new_button)
        click(qtbot, workers.save_button)
        assert shown_errors(workers) == {"display_name": "⚠ Pakollinen."}
        qtbot.keyClicks(workers.name_edit, "Carita Koski")
        choose(qtbot, workers.organisation_combo, "Kylätalo ry")  # offered once the register took it
        workers.student_check.setChecked(True)
        click(qtbot, workers.save_button)
        qtbot.waitUntil(lambda: workers.model.find(getattr(workers.editing, "id", None)) is not None, timeout=WAIT_MS)
        carita = workers.editing.id
        assert rows(workers.model)[workers.model.find(carita)] == [
            "Carita Koski", "Perhelinja", "Kylätalo ry", "Opiskelija", "Käytössä", ""
        ]  # fmt: skip
        for language, state in (("sv", "Aktiv"), ("en", "Active"), ("fi", "Käytössä")):
            translations.install(language)
            qtbot.waitUntil(lambda state=state: rows(workers.model)[0][4] == state, timeout=WAIT_MS)
            no_letter_twice(console, page)
        contract.assert_kept()

    deactivated_after_a_question(qtbot, window, workers, carita, monkeypatch)

    with register.store.session() as session:
        worker = session.get(Worker, carita)
        assert worker is not None and (worker.active, worker.is_student, worker.revision is not None) == (
            False, True, True
        )  # fmt: skip
        organisation = session.scalars(select(Organisation).where(Organisation.name_fi == "Kylätalo ry")).one()
        assert worker.organisation_id == organisation.id and not organisation.partner
    sync_now(laptop)
    with laptop.session() as session:
        pulled = session.get(Worker, carita)
        assert pulled is not None and not pulled.active and pulled.is_student
        assert session.get(Organisation, organisation.id) is not None


def deactivated_after_a_question(
    qtbot: QtBot, window: MainWindow, workers: Any, carita: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deactivating asks first; No changes nothing."""
    asked = answer_message_boxes(monkeypatch, "question", QMessageBox.StandardButton.No)
    workers.table.selectRow(workers.model.find(carita))
    workers.active_check.setChecked(False)
    click(qtbot, workers.save_button)
    assert len(asked) == 1 and "Carita Koski" in asked[0]
    settled(qtbot, window)
    assert rows(workers.model)[workers.model.find(carita)][4] == "Käytössä"
    answer_message_boxes(monkeypatch, "question")
    click(qtbot, workers.save_button)
    qtbot.waitUntil(lambda: rows(workers.model)[workers.model.find(carita)][4] == "Ei käytössä", timeout=WAIT_MS)
