"""The daily backup while the program runs, and the File menu's backup actions (back up now, restore, second place).

The copy is made on a thread of its own through a connection of its own, so counting and syncing go on meanwhile.
It is attempted a few minutes after the store opens and then every hour; a day that has its copy is skipped. A copy
that fails SQLite's integrity check means the data file itself is damaged, and the recovery is offered.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.backend import lazy
from ui.context import Context
from ui.file_dialogs import choose_folder, open_file, save_file
from ui.messages import error_message
from ui.recovery import Recovery

if TYPE_CHECKING:
    from app import backups, paths
    from app.backups import DailyResult
    from app.services import preferences
else:
    backups = lazy("app.backups")
    paths = lazy("app.paths")
    preferences = lazy("app.services.preferences")

FIRST_DELAY_MS = 3 * 60_000
EVERY_MS = 60 * 60_000


class BackupKeeper(QObject):
    done = Signal(object)  # a DailyResult, after each attempt (for tests)
    failed = Signal(Exception)

    def __init__(self, parent: QWidget, context: Context, recovery: Recovery) -> None:
        super().__init__(parent)
        self.window, self.context, self.recovery = parent, context, recovery
        self.directory: Path | None = None
        self.running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.back_up_today)

    def start(self, directory: Path) -> None:
        self.directory = directory
        self.timer.start(FIRST_DELAY_MS)

    def stop(self) -> None:
        self.timer.stop()
        self.directory = None

    # The daily copy ----------------------------------------------------------------------------------------

    def back_up_today(self) -> None:
        """Make today's copy if there is none (and copy it to the second place), then look again in an hour."""
        directory = self.directory
        if directory is None or self.running:
            return
        self.running = True
        self.timer.start(EVERY_MS)
        self.context.tasks.run(
            lambda s: preferences.backup_location(session=s),
            lambda second: self._copy(directory, second),
            self._failed,
        )

    def _copy(self, directory: Path, second: Path | None) -> None:
        today: date = self.context.today()
        database = paths.database_path(directory)
        self.context.tasks.run_aside(
            lambda: backups.daily_backup(database, today, second=second), self._copied, self._failed
        )

    def _copied(self, result: DailyResult) -> None:
        self.running = False
        if result.second_problem == "missing":
            self.context.message.emit(
                self.tr("Today's backup is on this laptop only: the second backup place is not plugged in.")
            )
        elif result.second_problem:
            self.context.message.emit(
                self.tr("Today's backup could not be copied to the second place: %1").replace(
                    "%1", result.second_problem
                )
            )
        self.done.emit(result)

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.failed.emit(error)
        # A copy that fails its integrity check: the data file itself is damaged. (An error SQLite reports as damage
        # is offered the restore by Tasks.damaged, whoever handles it.)
        if getattr(error, "params", {}).get("reason") == "damaged" and self.directory is not None:
            self.recovery.offer(self.directory)
            return
        self.context.message.emit(self.tr("Today's backup failed: %1").replace("%1", error_message(error)))

    def _warn(self, error: Exception) -> None:
        QMessageBox.warning(self.window, self.tr("Pysäkki"), error_message(error))

    # The File menu -----------------------------------------------------------------------------------------

    def back_up_to_file(self) -> None:
        directory = self.directory
        if directory is None:
            return
        name = save_file(
            self.window,
            self.context,
            "backup",
            self.tr("Back up the data file"),
            f"pysakki-{self.context.today().isoformat()}.db",
            filters=self.tr("Pysäkki backup (*.db)"),
        )
        if name is None:
            return
        database = paths.database_path(directory)
        self.context.tasks.run_aside(
            lambda: backups.copy_database(database, name),
            lambda path: self.context.message.emit(self.tr("Backup written: %1").replace("%1", str(path))),
            self._warn,
        )

    def restore_from_file(self) -> None:
        directory = self.directory
        if directory is None:
            return
        name = open_file(
            self.window,
            self.context,
            "restore",
            self.tr("Restore a backup"),
            filters=self.tr("Pysäkki backup (*.db)"),
            first=paths.backup_dir(directory),  # the daily backups, the first time
        )
        if name is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore a backup?"),
            self.tr(
                "Put the backup %1 in place of the data file? The current data file is kept aside in the backups "
                "folder, not deleted."
            ).replace("%1", name.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.recovery.restore(directory, name)

    def choose_second_place(self) -> None:
        folder = choose_folder(self.window, self.context, "backup_place", self.tr("Second place for the daily backups"))
        if folder is not None:
            self._set_second_place(str(folder))

    def laptop_only(self) -> None:
        self._set_second_place("")

    def _set_second_place(self, folder: str) -> None:
        self.context.tasks.run(
            lambda s: preferences.set_backup_location(session=s, folder=folder),
            lambda _none: self.context.message.emit(
                self.tr("Daily backups also go to %1.").replace("%1", folder)
                if folder
                else self.tr("Daily backups stay on this laptop only.")
            ),
            self._warn,
        )
