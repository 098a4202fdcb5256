"""History behaviour: list this laptop's records, delete (a tombstone) and restore, with undo of both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.changes import Changes
from app.vocab import HISTORY_TYPES
from ui.backend import lazy
from ui.context import Context
from ui.messages import error_message
from ui.pages.history_view import HistoryView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.records import Record
    from app.services import history, records
else:
    history = lazy("app.services.history")
    records = lazy("app.services.records")

PAGE = 300


class History(QObject):
    edit_requested = Signal(object)  # a Record, to open in its form

    def __init__(self, context: Context, view: HistoryView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.limit = PAGE
        self.undo_stack: list[tuple[str, Record]] = []  # ("deleted" | "restored", record as it was before)
        view.reload_requested.connect(self.load)
        view.more_requested.connect(self.more)
        view.edit_requested.connect(self.edit_requested)
        view.delete_requested.connect(self.delete)
        view.restore_requested.connect(self.restore)
        view.undo_requested.connect(self.undo)
        context.records_changed.connect(self._changed)
        context.choices_changed.connect(self._changed)  # names of themes and services in the new language

    def load(self) -> None:
        if self.context.author is None:
            return
        author, limit = self.context.author, self.limit
        chosen = self.view.record_type()
        types = [chosen] if chosen else list(HISTORY_TYPES)
        include_deleted = self.view.deleted_check.isChecked() or bool(self.undo_stack)
        language = self.context.language

        def listed(session: Session) -> tuple[list[Record], dict[str, str]]:
            rows = history.recent(
                session=session, author=author, types=types, include_deleted=include_deleted, limit=limit
            )
            return rows, history.referral_names(session=session, records=rows, language=language)

        self.context.tasks.run(listed, lambda found: self._show(*found, limit))

    def more(self) -> None:
        self.limit += PAGE
        self.load()

    def delete(self, record: Record) -> None:
        author, now = self.context.require_author(), self.context.now()
        self.context.tasks.run(
            lambda s: records.delete(
                session=s, author=author, type=record.type, id=record.id, expected_version=record.version, now=now
            ),
            lambda done: self._did("deleted", done, self.tr("Deleted. Undo with Ctrl+Z.")),
            self._failed,
        )

    def restore(self, record: Record) -> None:
        author, now = self.context.require_author(), self.context.now()
        self.context.tasks.run(
            lambda s: records.restore(
                session=s, author=author, type=record.type, id=record.id, expected_version=record.version, now=now
            ),
            lambda done: self._did("restored", done, self.tr("Restored.")),
            self._failed,
        )

    def undo(self) -> None:
        if not self.undo_stack or not self.view.isVisible():
            return
        action, record = self.undo_stack.pop()
        author, now = self.context.require_author(), self.context.now()

        def reverse(session: Session) -> Record:
            undo = records.restore if action == "deleted" else records.delete
            return undo(session=session, author=author, type=record.type, id=record.id, now=now)

        self.context.tasks.run(
            reverse,
            lambda undone: self._undone(Changes.made(undone)),
            self._failed,
        )

    def _did(self, action: str, record: Record, message: str) -> None:
        self.undo_stack.append((action, record))
        self.view.can_undo = True
        self.context.message.emit(message)
        self.context.records_changed.emit(Changes.made(record))

    def _undone(self, changes: Changes) -> None:
        self.view.can_undo = bool(self.undo_stack)
        self.context.message.emit(self.tr("Undone."))
        self.context.records_changed.emit(changes)

    def _failed(self, error: Exception) -> None:
        self.context.message.emit(error_message(error))
        self.load()

    def _show(self, rows: list[Record], named: dict[str, str], limit: int) -> None:
        themes = {choice.key: choice.label for choice in self.context.choices.themes}
        # Records deleted in this sitting stay in the list (struck through) so the undo is visible.
        undoable = {record.id for _, record in self.undo_stack}
        if not self.view.deleted_check.isChecked():
            rows = [r for r in rows if not r.deleted or r.id in undoable]
        self.view.show_rows(rows, themes, named, more=len(rows) >= limit)

    def _changed(self, _changes: Changes | None = None) -> None:
        if self.view.isVisible():
            self.load()
