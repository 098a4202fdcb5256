from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_serializer

from app.errors import FieldError
from app.schemas.base import Body, Day, Moment, Note, Ref, ShortText
from app.vocab import CancelReason, StopDayStatus


class StopDayBody(Body):
    record_type = "stop_day"

    day: Day
    status: StopDayStatus
    municipality_code: Annotated[str, Ref("municipalities")]
    stop_id: Annotated[str | None, Ref("stops")] = None
    place: ShortText
    opened_at: Moment | None = None
    closed_at: Moment | None = None
    cancel_reason: CancelReason | None = None
    cancel_note: Note | None = None
    km: Annotated[float | None, Field(ge=0, le=2000)] = None
    odometer_start: Annotated[int | None, Field(ge=0, le=9_999_999)] = None
    odometer_end: Annotated[int | None, Field(ge=0, le=9_999_999)] = None
    worker_ids: Annotated[list[str], Ref("workers"), Field(max_length=50)] = []

    @field_serializer("km", when_used="json")
    def _whole_km(self, km: float | None) -> float | int | None:
        """Whole kilometres are written as whole numbers (162, not 162.0), in exports and on the wire alike."""
        return int(km) if km is not None and km.is_integer() else km

    def rules(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if self.status is StopDayStatus.CANCELLED and self.cancel_reason is None:
            errors.append(FieldError("cancel_reason", "required"))
        if self.status is not StopDayStatus.CANCELLED and self.cancel_reason is not None:
            errors.append(FieldError("cancel_reason", "only_when_cancelled"))
        if (
            self.odometer_start is not None
            and self.odometer_end is not None
            and self.odometer_end < self.odometer_start
        ):
            errors.append(FieldError("odometer_end", "before_start", {"start": self.odometer_start}))
        if self.opened_at and self.closed_at and self.closed_at < self.opened_at:
            errors.append(FieldError("closed_at", "before_start"))
        if self.status is StopDayStatus.OPEN and self.closed_at is not None:
            errors.append(FieldError("closed_at", "open_day_closed"))
        return errors
