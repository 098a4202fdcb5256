"""What every page shares: the task runner, who is signed in, the open stop day, the reference choices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.changes import ANY, DAY, Changes
from app.choice import Choices
from app.clock import utcnow
from ui.backend import lazy
from ui.tasks import Tasks

if TYPE_CHECKING:
    from app.identity import Author
    from app.services import choices, preferences, records, today
    from app.services.today import OpenDay
    from app.services.workers import WorkerInfo
else:
    choices = lazy("app.services.choices")
    preferences = lazy("app.services.preferences")
    records = lazy("app.services.records")
    today = lazy("app.services.today")


class Context(QObject):
    """Pages read state from here and announce writes through it; it holds plain data only, never a session."""

    worker_changed = Signal()
    day_changed = Signal()
    choices_changed = Signal()
    records_changed = Signal(object)  # app.changes.Changes: what a write changed; each page refreshes what it shows
    pending_changed = Signal(int)
    message = Signal(str)  # a short note for the status bar ("Saved.")

    def __init__(
        self,
        tasks: Tasks,
        language: str,
        clock: Callable[[], datetime] = utcnow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.clock = clock
        self.language = language
        self.author: Author | None = None
        self.worker: WorkerInfo | None = None
        self.day: OpenDay | None = None
        self.choices = Choices([], [], [], [], [])
        self.folders: dict[str, str] = {}  # the folder last used for each kind of file (ui.file_dialogs)
        self.records_changed.connect(self._after_write)

    def set_author(self, author: Author) -> None:
        self.author = author
        self.refresh_day()
        self.refresh_choices()
        self.refresh_pending()
        self.tasks.run(lambda s: preferences.file_folders(session=s), self.folders.update)

    def set_worker(self, worker: WorkerInfo | None) -> None:
        self.worker = worker
        self.worker_changed.emit()

    def replay(self) -> None:
        """Announce the current day and choices again, for pages built after they were loaded."""
        self.day_changed.emit()
        self.choices_changed.emit()

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """The laptop's local date: a stop day belongs to the day in Finland, not in UTC."""
        return self.clock().astimezone().date()

    def require_author(self) -> Author:
        if self.author is None:
            raise RuntimeError("no unit chosen yet")
        return self.author

    def refresh_day(self) -> None:
        author = self.require_author()
        language = self.language
        self.tasks.run(lambda s: today.open_day(session=s, author=author, language=language), self._set_day)

    def refresh_choices(self) -> None:
        language = self.language
        self.tasks.run(lambda s: choices.all_choices(session=s, language=language), self._set_choices)

    def refresh_pending(self) -> None:
        self.tasks.run(lambda s: records.pending_count(session=s), self.pending_changed.emit)

    def _after_write(self, changes: Changes) -> None:
        self.refresh_pending()
        if self.author is not None and (changes is ANY or changes.touches(*DAY)):
            self.refresh_day()  # the day's counts, or the day itself opened or closed

    def _set_day(self, day: OpenDay | None) -> None:
        self.day = day
        self.day_changed.emit()

    def _set_choices(self, loaded: Choices) -> None:
        self.choices = loaded
        self.choices_changed.emit()
