"""Putting a backup in place of the data file: offered when the file is found damaged, or chosen from the File menu.

The window lets go of the store first (queued writes finish, the engine closes), the restore runs on the store
thread, and the store is opened again behind the sign-in screen. The replaced file is never deleted: it is kept in
the backups folder, with its WAL, under a "replaced-…" name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.backend import lazy
from ui.messages import error_message
from ui.tasks import Tasks

if TYPE_CHECKING:
    from app import backups, paths
    from app.backups import Backup
else:
    backups = lazy("app.backups")
    paths = lazy("app.paths")


class Recovery(QObject):
    restored = Signal(object)  # where the replaced database was kept (a Path, or None)
    gave_up = Signal()  # damaged and nothing restored: the window closes

    def __init__(
        self, parent: QWidget, tasks: Tasks, release: Callable[[], None], reopen: Callable[[Path], None]
    ) -> None:
        super().__init__(parent)
        self.window, self.tasks = parent, tasks
        self.release, self.reopen = release, reopen
        self._offering = False

    def offer(self, directory: Path) -> None:
        """The data file is damaged: find the newest good backup and offer it (once, however many errors came)."""
        if self._offering:
            return
        self._offering = True
        self.tasks.run_plain(
            lambda: backups.newest_good(paths.backup_dir(directory)),
            lambda backup: self._ask(directory, backup),
            self._failed,
        )

    def _ask(self, directory: Path, backup: Backup | None) -> None:
        if backup is None:
            self._offering = False
            QMessageBox.critical(
                self.window,
                self.tr("Pysäkki"),
                self.tr(
                    "The data file %1 is damaged and there is no good backup of it. Tell headquarters; "
                    "the file was not changed."
                ).replace("%1", str(paths.database_path(directory))),
            )
            self.gave_up.emit()
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore a backup?"),
            self.tr(
                "The data file %1 is damaged. Restore the backup of %2? What was recorded after it stays in the "
                "damaged file, which is kept aside, and at the register if it was synced."
            )
            .replace("%1", str(paths.database_path(directory)))
            .replace("%2", _day(backup.day)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._offering = False
            self.gave_up.emit()
            return
        self.restore(directory, backup.path)

    def restore(self, directory: Path, source: Path) -> None:
        """Put the file ``source`` in place of the data file in ``directory`` and open it."""
        self.release()
        database = paths.database_path(directory)
        self.tasks.run_plain(
            lambda: backups.restore(database, source),
            lambda aside: self._restored(directory, aside),
            lambda error: self._restore_failed(directory, error),
        )

    def _restored(self, directory: Path, aside: Path | None) -> None:
        self._offering = False
        self.restored.emit(aside)
        self.reopen(directory)

    def _restore_failed(self, directory: Path, error: Exception) -> None:
        self._offering = False
        QMessageBox.warning(self.window, self.tr("Pysäkki"), restore_refused_text(error))
        self.reopen(directory)  # the current file was left as it was

    def _failed(self, error: Exception) -> None:
        self._offering = False
        QMessageBox.critical(self.window, self.tr("Pysäkki"), error_message(error))
        self.gave_up.emit()


def restore_refused_text(error: Exception) -> str:
    """Why a file was not restored; the data file is as it was."""
    reason = str(getattr(error, "params", {}).get("reason", ""))
    code = str(getattr(error, "code", ""))
    texts = {
        "damaged": QCoreApplication.translate("Recovery", "The file is damaged (it fails SQLite's integrity check)."),
        "not_pysakki": QCoreApplication.translate("Recovery", "The file is not a Pysäkki data file."),
        "too_new": QCoreApplication.translate(
            "Recovery", "The file was written by a newer Pysäkki; update Pysäkki first."
        ),
        "missing": QCoreApplication.translate("Recovery", "The file does not exist."),
    }
    if code == "database_in_use":
        text = QCoreApplication.translate(
            "Recovery", "The data file is open in another Pysäkki window. Close it first."
        )
    elif code == "file_held":
        text = QCoreApplication.translate(
            "Recovery",
            "Another program (an antivirus, a search indexer or a backup program?) holds the file %1 open, so it "
            "could not be moved. Wait a minute and try again.",
        ).replace("%1", str(getattr(error, "params", {}).get("path", "")))
    else:
        text = texts.get(reason, error_message(error))
    return QCoreApplication.translate("Recovery", "Nothing was restored: %1 The data file was not changed.").replace(
        "%1", text
    )


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
