"""Today's reception bookings: load the day's list and the times a worker may book, mark a booking, book a time.

A booking marked arrived opens a new guidance session in the family's language and theme (``arrived``); the
marks and the times booked here go to the register at the next sync.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog

from app.errors import ValidationError
from ui.backend import lazy
from ui.context import Context
from ui.messages import error_message
from ui.pages.bookings_view import BookingsView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.privacy import booking_purge
    from app.services import bookings
    from app.services.bookings import BookingLine
else:
    booking_purge = lazy("app.privacy.booking_purge")
    bookings = lazy("app.services.bookings")


class Bookings(QObject):
    arrived = Signal(str, object)  # the family's language, its theme key (or None)

    def __init__(self, context: Context, view: BookingsView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        view.mark_requested.connect(self.mark)
        view.book_requested.connect(self.book)
        view.contact_requested.connect(self.show_contact)
        view.days_requested.connect(self.ask_days)
        context.choices_changed.connect(lambda: view.show_themes(context.choices.themes))
        context.worker_changed.connect(self._worker_changed)

    def _worker_changed(self) -> None:
        worker = self.context.worker
        self.view.days_button.setVisible(worker is not None and worker.coordinator)
        self.view.message.clear()
        self.view.clear_contact()  # a family's number is not left on screen for whoever comes to the laptop next
        self.load()

    def ask_days(self) -> None:
        """A coordinator sets how many days after its visit a booking keeps its nickname and contact here."""
        self.context.tasks.run(booking_purge.booking_days, self._ask_days)

    def _ask_days(self, current: int) -> None:
        days, ok = QInputDialog.getInt(
            self.view,
            self.tr("Keep booking contacts"),
            self.tr(
                "Days after the visit a booking keeps the family's nickname and contact (1: emptied the next day):"
            ),
            max(1, current),  # never on the visit's own day: the workers may still have to call the family
            1,
            booking_purge.MAX_DAYS,
        )
        if ok:
            self.context.tasks.run(
                lambda s: booking_purge.set_booking_days(s, days),
                lambda _none: self.view.message.setText(
                    self.tr("Bookings keep the family's contact for %n day(s) after the visit.", "", days)
                ),
                self._mark_failed,
            )

    def load(self) -> None:
        if self.context.author is None:
            return
        unit_id, day = self.context.author.unit_id, self.context.today()

        def read(session: Session) -> tuple[Any, Any]:
            return (
                bookings.day_bookings(session=session, unit_id=unit_id, day=day),
                bookings.openings(session=session, unit_id=unit_id, today=day),
            )

        self.context.tasks.run(read, lambda loaded: self._show(loaded, day))

    def _show(self, loaded: tuple[list[BookingLine], Any], day: date) -> None:
        lines, openings = loaded
        self.view.show_bookings(lines, day)
        self.view.show_openings(openings)

    def mark(self, booking_id: str, state: str) -> None:
        unit_id, now = self.context.require_author().unit_id, self.context.now()
        self.context.tasks.run(
            lambda s: bookings.mark(session=s, unit_id=unit_id, id=booking_id, state=state, now=now),
            self._marked,
            self._mark_failed,
        )

    def _marked(self, line: BookingLine) -> None:
        self.view.list_errors.clear_message()
        texts = {
            "arrived": self.tr("Marked arrived. A new guidance session is open for them."),
            "no_show": self.tr("Marked as not come."),
            "cancelled": self.tr("Booking cancelled."),
        }
        self.context.message.emit(texts.get(line.state, ""))
        self.load()
        if line.state == "arrived":
            self.arrived.emit(line.language, line.theme_key)

    def show_contact(self, booking_id: str) -> None:
        """The family's number or address, read only when a worker asks for it to call them."""
        unit_id = self.context.require_author().unit_id
        asked_by = self.context.worker

        def show(contact: str | None) -> None:
            if self.context.worker is asked_by and asked_by is not None:  # not after a lock or for another worker
                self.view.show_contact(contact)

        self.context.tasks.run(
            lambda s: bookings.contact_of(session=s, unit_id=unit_id, id=booking_id), show, self._mark_failed
        )

    def _mark_failed(self, error: Exception) -> None:
        self.view.list_errors.show_message(partial(error_message, error))
        self.load()

    def book(self) -> None:
        author, now, day = self.context.require_author(), self.context.now(), self.context.today()
        view = self.view
        slot = view.slot()
        entry_id, time = slot if slot else (None, None)
        nickname, contact = view.nickname_edit.text(), view.contact_edit.text()
        language, theme = view.language.value(), view.theme()
        self.context.tasks.run(
            lambda s: bookings.book(
                session=s,
                author=author,
                entry_id=entry_id,
                slot=time,
                nickname=nickname,
                contact=contact,
                language=language,
                theme_key=theme,
                today=day,
                now=now,
            ),
            self._booked,
            self._book_failed,
        )

    def _booked(self, _line: BookingLine) -> None:
        self.view.clear_form()
        self.context.message.emit(self.tr("Time booked. It is confirmed at the next sync."))
        self.load()

    def _book_failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self.view.errors.show(error.errors)
        else:
            self.view.errors.general.show_message(partial(error_message, error))
