"""The file dialogs: Qt's own, in the session's language, opening in the documents folder the first time and then
where the last file of the same kind went, proposing a name in the session's language."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.db import Store
from app.services import preferences
from tests.desktop import click, when_modal, window_at_a_stop
from ui import file_dialogs
from ui.context import Context
from ui.i18n import Translations


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own whose documents folder exists (no user-dirs file: Qt's default name)."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    found = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert found.is_relative_to(home)
    found.mkdir(parents=True)
    return found


def what_the_dialog_shows(qtbot: QtBot, button: QPushButton) -> dict[str, str]:
    """Click ``button``, read the file dialog it opens as the user sees it, and cancel it."""
    seen: dict[str, str] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel"):
            seen[name] = dialog.findChild(QLabel, name).text().replace("&", "")
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        seen["accept"] = box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "")
        seen["name"] = dialog.findChild(QLineEdit, "fileNameEdit").text()
        seen["folder"] = dialog.directory().absolutePath()
        seen["places"] = " ".join(url.toString() for url in dialog.sidebarUrls())
        dialog.reject()

    with when_modal(look):
        click(qtbot, button)
    assert seen, "no file dialog opened"
    return seen


def test_the_report_dialog_speaks_the_sessions_language_and_proposes_its_name(
    qtbot: QtBot, store: Store, translations: Translations, documents: Path
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    view = window.workspace.reports_view
    window.workspace.setCurrentWidget(view)
    view.year_spin.setValue(2026)

    seen = what_the_dialog_shows(qtbot, view.export_buttons["csv"])
    assert seen["lookInLabel"] == "Kansio:"
    assert seen["fileNameLabel"] == "Tiedostonimi:"  # Qt's own Finnish catalogue
    assert seen["fileTypeLabel"] == "Tiedostotyyppi:"
    assert seen["accept"] == "Tallenna"
    assert seen["name"] == "vuosikatsaus-2026.csv"
    assert Path(seen["folder"]) == documents  # the first time: the user's documents folder
    assert seen["places"] == f"file: file://{documents} file://{documents.parent}"  # the drives, documents, home

    window.set_language("sv")
    qtbot.waitUntil(lambda: view.kind_combo.currentText() == "Årsöversikt", timeout=2000)
    seen = what_the_dialog_shows(qtbot, view.export_buttons["xlsx"])
    assert (seen["lookInLabel"], seen["fileTypeLabel"]) == ("Leta i:", "Filtyp:")  # Qt's Swedish lacks these two
    assert (seen["fileNameLabel"], seen["accept"]) == ("Filnamn:", "Spara")
    assert seen["name"] == "årsöversikt-2026.xlsx"


def test_each_kind_of_file_opens_where_the_last_one_of_its_kind_went(
    qtbot: QtBot, store: Store, translations: Translations, documents: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    reports, services = window.workspace.reports_view, window.workspace.services_view
    window.workspace.setCurrentWidget(reports)
    reports.year_spin.setValue(2025)
    stick = documents.parent / "usb"
    stick.mkdir()
    opened: list[tuple[Path, str]] = []

    def choose(target: Path | None) -> None:
        def run(dialog: QFileDialog) -> str | None:
            opened.append((Path(dialog.directory().absolutePath()), Path(dialog.selectedFiles()[0]).name))
            return None if target is None else str(target)

        monkeypatch.setattr(file_dialogs, "run", run)

    choose(stick / "raportti.csv")
    click(qtbot, reports.export_buttons["csv"])
    qtbot.waitUntil((stick / "raportti.csv").exists, timeout=5000)
    click(qtbot, reports.export_buttons["pdf"])
    assert opened == [(documents, "vuosikatsaus-2025.csv"), (stick, "vuosikatsaus-2025.pdf")]

    # A handout is another kind of file: it starts in the documents folder, its name in the session's language.
    window.set_language("sv")
    window.workspace.setCurrentWidget(services)
    opened.clear()
    choose(None)  # cancelled: nothing referred, nothing remembered
    services.save_requested.emit(None)  # what "Refer and save as PDF" asks first
    today = window.context.today()
    assert opened == [(documents, f"hänvisningsblad-{today.isoformat()}.pdf")]

    # Kept in the laptop's preferences for the next start.
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=5000)
    with store.session() as session:
        assert preferences.file_folders(session=session) == {"report": str(stick)}


def test_names_from_titles_keep_their_letters_and_lose_their_punctuation() -> None:
    assert file_dialogs.file_stem("STEA: people reached") == "stea-people-reached"
    assert file_dialogs.file_stem("Per kommun") == "per-kommun"
    assert file_dialogs.file_stem("Årsöversikt") == "årsöversikt"
    assert date(2026, 1, 1).isoformat() in file_dialogs.handout_name(date(2026, 1, 1))


def test_a_remembered_folder_that_is_gone_opens_the_documents_folder(documents: Path) -> None:
    context = cast(Context, SimpleNamespace(folders={"backup": str(documents.parent / "unplugged-stick")}))
    assert file_dialogs.start_folder(context, "backup") == documents
    assert file_dialogs.start_folder(context, "restore", first=documents.parent) == documents.parent


def test_without_a_documents_folder_the_dialogs_open_in_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)).exists()
    assert file_dialogs.documents_folder() == home


def test_a_kind_of_file_the_preferences_do_not_keep_is_refused_before_the_dialog_opens(
    qtbot: QtBot, store: Store, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: pytest.fail("the dialog opened"))
    with pytest.raises(ValueError, match="no such kind of file: photos"):
        file_dialogs.save_file(window, window.context, "photos", "Save", "kuva.png", filters="PNG (*.png)")
    assert "audit" in preferences.FILE_KINDS  # the console's audit log has its own folder
