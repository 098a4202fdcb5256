"""Every file the program saves or opens is asked for here, one way.

Qt's own dialog, not the system's: it speaks the session's language (Qt's catalogues qtbase_fi and qtbase_sv, which
ui.i18n installs, and ours for the two labels the Swedish one lacks) whatever language Windows itself is in, a
Swedish-speaking worker on a Finnish laptop included, and it behaves and is tested the same on every system. Each
kind of file opens in the folder the last one of its kind went to (kept in the laptop's preferences), the user's
documents folder the first time, and proposes a name in the session's language.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QSplitter, QWidget

from ui.backend import lazy
from ui.context import Context

if TYPE_CHECKING:
    from app.services import preferences
else:
    preferences = lazy("app.services.preferences")

DIALOG_SIZE = QSize(860, 540)
PLACES_WIDTH = 180  # the drives and folders beside the files, their names whole ("Tietokone", "Dokument")


def documents_folder() -> Path:
    """The user's documents folder (the home folder where there is none: a dialog told a folder that is not there
    opens wherever it likes, the program's own folder on Windows)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def file_stem(words: str) -> str:
    """A file name's words from a title in any language: lower case, runs of anything else than letters and digits
    made one hyphen ("STEA: people reached" -> "stea-people-reached"; "Årsöversikt" keeps its letters)."""
    return re.sub(r"\W+", "-", words.lower()).strip("-_")


def handout_name(today: date) -> str:
    """The name a handout's PDF is proposed under: "ohjauslomake-2026-11-27.pdf" in a Finnish session."""
    stem = QCoreApplication.translate("FileDialogs", "handout", "the start of a saved handout's file name")
    return f"{file_stem(stem)}-{today.isoformat()}.pdf"


def start_folder(context: Context, kind: str, first: Path | None = None) -> Path:
    """Where a dialog for ``kind`` opens: the folder used last for it if it is still there, else ``first`` (the
    documents folder unless said)."""
    remembered = context.folders.get(kind)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return first or documents_folder()


def run(dialog: QFileDialog) -> str | None:
    """Show ``dialog`` and wait for the user: the path chosen, or None. The one place a file dialog is shown."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else None


def _dialog(parent: QWidget, title: str, folder: Path, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    # Beside the folders: the computer's drives (a USB stick among them), the documents and the home folder.
    places = [
        QUrl("file:"),
        *(QUrl.fromLocalFile(str(place)) for place in dict.fromkeys([documents_folder(), Path.home()])),
    ]
    dialog.setSidebarUrls(places)
    dialog.resize(DIALOG_SIZE)
    splitter = dialog.findChild(QSplitter, "splitter")  # the places | the folder's files
    if splitter is not None:
        splitter.setSizes([PLACES_WIDTH, DIALOG_SIZE.width() - PLACES_WIDTH])
    # Qt's Swedish catalogue lacks these two; ours has them in all three languages.
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialogs", "Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialogs", "Files of type:"))
    return dialog


def _chosen(context: Context, kind: str, dialog: QFileDialog, folder_of: bool = True) -> Path | None:
    if kind not in preferences.FILE_KINDS:  # said at once, not by a failed write after the file is chosen
        raise ValueError(f"no such kind of file: {kind}")
    answer = run(dialog)
    if not answer:
        return None
    path = Path(answer)
    remember(context, kind, path.parent if folder_of else path)
    return path


def remember(context: Context, kind: str, folder: Path) -> None:
    """The next dialog for ``kind`` opens in ``folder``, in this window at once and after a restart."""
    context.folders[kind] = str(folder)
    text = str(folder)
    context.tasks.run(lambda s: preferences.set_file_folder(session=s, kind=kind, folder=text))


def save_file(
    parent: QWidget, context: Context, kind: str, title: str, name: str, *, filters: str, first: Path | None = None
) -> Path | None:
    """Ask where to save a file of ``kind``, proposing ``name`` (its suffix added if the user types none)."""
    dialog = _dialog(parent, title, start_folder(context, kind, first), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(Path(name).suffix.lstrip("."))
    dialog.selectFile(name)
    return _chosen(context, kind, dialog)


def open_file(
    parent: QWidget, context: Context, kind: str, title: str, *, filters: str, first: Path | None = None
) -> Path | None:
    """Ask for an existing file of ``kind`` to open."""
    dialog = _dialog(parent, title, start_folder(context, kind, first), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(context, kind, dialog)


def choose_folder(parent: QWidget, context: Context, kind: str, title: str) -> Path | None:
    """Ask for a folder (the second place of the backups)."""
    dialog = _dialog(parent, title, start_folder(context, kind), "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _chosen(context, kind, dialog, folder_of=False)
