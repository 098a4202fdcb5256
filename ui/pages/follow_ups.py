"""Follow-ups behaviour: the signed-in worker's open contact requests, opening one, its status, taking a new one.

Everything runs on the store thread through ``app.services.contact_requests``, which decides what this worker may
read (their organisation's requests, or all for a coordinator) and logs each view and change.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import QInputDialog

from app.changes import Changes
from app.errors import ValidationError
from app.vocab import ContactStatus
from ui.backend import lazy
from ui.context import Context
from ui.messages import error_message
from ui.pages.follow_ups_view import FollowUpsView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.privacy import audit
    from app.privacy.audit import Actor
    from app.records import Record
    from app.services import contact_requests, preferences
    from app.services.contact_requests import FollowUp
else:
    audit = lazy("app.privacy.audit")
    contact_requests = lazy("app.services.contact_requests")
    preferences = lazy("app.services.preferences")

CONSENT_TEXT_VERSION = "2026-1"  # the consent text the view shows; a new wording gets a new version


class FollowUps(QObject):
    def __init__(self, context: Context, view: FollowUpsView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        view.reload_requested.connect(self.load)
        view.open_requested.connect(self.open)
        view.status_requested.connect(self.change)
        view.take_requested.connect(self.take)
        view.retention_requested.connect(self.ask_retention)
        context.worker_changed.connect(self._worker_changed)
        self._worker_changed()

    def _who(self) -> Callable[[Session], Actor]:
        """Who is signed in, read here on the GUI thread; the store thread turns it into an Actor."""
        author, worker = self.context.require_author(), self.context.worker
        if worker is None:
            raise RuntimeError("no worker is signed in")
        worker_id = worker.id
        return lambda session: audit.actor(session, author, worker_id)

    def load(self) -> None:
        if self.context.author is None or self.context.worker is None:
            return
        today, who = self.context.today(), self._who()
        self.context.tasks.run(
            lambda s: contact_requests.follow_ups(session=s, who=who(s), today=today), self._show, self._failed
        )

    def _show(self, rows: list[FollowUp]) -> None:
        self.view.show_rows(rows)

    def open(self, request_id: str) -> None:
        now, who = self.context.now(), self._who()
        self.context.tasks.run(
            lambda s: contact_requests.open_request(session=s, who=who(s), id=request_id, now=now),
            self._opened,
            self._failed,
        )

    def _opened(self, record: Record) -> None:
        self.view.show_details(record.body)

    def change(self, request_id: str, status: str) -> None:
        now, who = self.context.now(), self._who()
        chosen = ContactStatus(status)
        self.context.tasks.run(
            lambda s: contact_requests.change_status(session=s, who=who(s), id=request_id, status=chosen, now=now),
            self._changed,
            self._failed,
        )

    def _changed(self, _record: Record) -> None:
        self.view.show_message(lambda: self.tr("Saved."))
        self.context.records_changed.emit(Changes.of("contact_request"))
        self.load()

    def take(self) -> None:
        data: dict[str, Any] = self.view.form_data() | {"consent_text_version": CONSENT_TEXT_VERSION}
        day = self.context.day
        if day is not None:
            data["stop_day_id"] = day.id
        now, who = self.context.now(), self._who()
        self.view.form.errors.clear()
        self.context.tasks.run(
            lambda s: contact_requests.take_request(session=s, who=who(s), data=data, now=now),
            self._taken,
            self._not_taken,
        )

    def _taken(self, record: Record) -> None:
        self.view.clear_form()
        deadline = record.body.deadline  # type: ignore[attr-defined]
        by = QDate(deadline.year, deadline.month, deadline.day)
        self.view.show_message(
            lambda: self.tr("Saved. Call back by %1.").replace(
                "%1", QLocale().toString(by, QLocale.FormatType.ShortFormat)
            )
        )
        self.context.records_changed.emit(Changes.of("contact_request"))
        self.load()

    def _not_taken(self, error: Exception) -> None:
        """A refused request is shown field by field in its form; what was typed stays."""
        if isinstance(error, ValidationError):
            self.view.form.errors.show(error.errors)
        else:
            self._failed(error)

    def _failed(self, error: Exception) -> None:
        self.view.show_message(partial(error_message, error))

    def ask_retention(self) -> None:
        """A coordinator sets how many days a closed request keeps its name and number on this laptop."""
        self.context.tasks.run(lambda s: preferences.retention_days(session=s), self._ask_retention)

    def _ask_retention(self, current: int) -> None:
        days, ok = QInputDialog.getInt(
            self.view,
            self.tr("Keep contact details"),
            self.tr("Days a closed request keeps its name and number (0: emptied at the next start):"),
            current,
            0,
            365,
        )
        if ok:
            self.context.tasks.run(
                lambda s: preferences.set_retention_days(session=s, days=days),
                lambda _none: self.view.show_message(
                    lambda: self.tr("Closed requests keep their contact details for %n day(s).", "", days)
                ),
                self._failed,
            )

    def _worker_changed(self) -> None:
        worker = self.context.worker
        self.view.details.clear()  # the next worker must not see what the last one opened
        self.view.retention_button.setVisible(worker is not None and worker.coordinator)
        self.view.own_organisation = worker.organisation_id if worker is not None else None
        if worker is not None:
            self.load()
