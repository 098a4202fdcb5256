"""A PTV file imported from the console's catalogue page, at the register, on the task queue's real threads: the
page says what it did and lists what it left out, and a laptop has the services after its next sync; a file of
another shape imports nothing and says so. (The file dialog itself is tested in tests/test_file_dialogs.py.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.db import Store
from app.models import Service
from sync.laptop import sync_now
from tests.desktop import click
from tests.test_console import connect, console_of_a_coordinator
from tests.test_ptv_import import COUNSELLING, FIXTURE
from tests.threaded import WAIT_MS
from ui.console import catalogue
from ui.i18n import Translations


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_a_ptv_file_imported_in_the_console_reaches_a_laptop(
    qtbot: QtBot,
    register: Any,
    laptop: Store,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _window, console = console_of_a_coordinator(qtbot, laptop, translations)
    page = console.view.catalogue_view
    console.view.tabs.setCurrentWidget(page)
    connect(qtbot, console, register.coordinator_token())
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    listed = page.model.rowCount()

    bad = tmp_path / "palvelut.json"
    bad.write_text('{"services": "kaikki"}', encoding="utf-8")
    chosen = [bad, FIXTURE]
    monkeypatch.setattr(catalogue, "open_file", lambda *_args, **_kwargs: chosen.pop(0))
    click(qtbot, page.import_button)
    qtbot.waitUntil(lambda: page.message.text().startswith("Tiedosto ei ole PTV"), timeout=WAIT_MS)
    assert page.import_button.isEnabled()

    click(qtbot, page.import_button)
    qtbot.waitUntil(lambda: page.message.text().startswith("Tuotu. Palveluja uusia: 3,"), timeout=WAIT_MS)
    said = page.message.text()
    assert "Jätettiin pois syineen: " in said and "service 5e1d2c3b-0000-4000-8000-100000000004: no name" in said
    qtbot.waitUntil(lambda: page.model.rowCount() == listed + 3, timeout=WAIT_MS)  # listed again from the register
    sync_now(laptop)
    with laptop.session() as session:
        service = session.get(Service, COUNSELLING)
        assert service is not None and service.name_fi == "Perheneuvola"
