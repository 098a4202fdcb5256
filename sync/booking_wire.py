"""Reception bookings between a laptop and the register (``POST /api/v1/bookings``), used by both ends.

A laptop sends what its workers did since the last sync (a booking marked arrived, no-show or cancelled; a time
booked for a family) and gets back its unit's bookings of the last days and the days ahead, with the slots it may
book offline. The register answers a worker's booking by the laptop's own id, so sending it again (the answer was
lost) gives the same answer and never a second place.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import AwareDatetime, Field

from sync.protocol import NO_NUL, UUID_PATTERN, Wire

MAX_MARKS = 2000
MAX_BOOKINGS = 200
NICKNAME_LENGTH = 40
CONTACT_LENGTH = 254
SLOT_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"


class BookingState(StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class BookingAnswerStatus(StrEnum):
    BOOKED = "booked"  # the worker's booking holds its place (or a mark was taken)
    TAKEN = "taken"  # the slot filled up meanwhile: nothing was booked
    UNBOOKABLE = "unbookable"  # the visit is cancelled, past, or no longer takes bookings
    INVALID = "invalid"  # the booking's contact or language is not one the register takes
    UNKNOWN = "unknown"  # a mark for a booking the register does not have for this unit


BookingId = Annotated[str, Field(pattern=UUID_PATTERN)]


class BookingMark(Wire):
    id: BookingId
    state: BookingState


class WorkerBooking(Wire):
    """A time a worker booked for a family on the laptop, offline."""

    id: BookingId
    entry_id: Annotated[str, Field(max_length=64, pattern=NO_NUL)]
    slot: Annotated[str, Field(pattern=SLOT_PATTERN)]
    nickname: Annotated[str, Field(min_length=1, max_length=NICKNAME_LENGTH, pattern=NO_NUL)]
    contact: Annotated[str, Field(min_length=1, max_length=CONTACT_LENGTH, pattern=NO_NUL)]
    language: Annotated[str, Field(max_length=8, pattern=NO_NUL)]
    theme_key: Annotated[str | None, Field(max_length=32, pattern=NO_NUL)] = None


class BookingsRequest(Wire):
    marks: Annotated[list[BookingMark], Field(max_length=MAX_MARKS, default_factory=list)]
    bookings: Annotated[list[WorkerBooking], Field(max_length=MAX_BOOKINGS, default_factory=list)]


class BookingAnswer(Wire):
    id: str
    status: BookingAnswerStatus


class BookingRow(Wire):
    """One of the unit's bookings as the register holds it; nickname and contact are None once emptied."""

    id: BookingId
    entry_id: str
    day: date
    slot: str
    nickname: str | None
    contact: str | None
    language: str
    theme_key: str | None
    state: BookingState


class SlotsRow(Wire):
    """A visit of the unit that takes bookings: its hours cut into ``minutes``, ``capacity`` families each."""

    entry_id: str
    minutes: int
    capacity: int


class BookingsResponse(Wire):
    answers: list[BookingAnswer]
    bookings: list[BookingRow]
    slots: list[SlotsRow]
    server_time: AwareDatetime
