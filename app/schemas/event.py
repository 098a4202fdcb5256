from __future__ import annotations

from typing import Annotated

from pydantic import Field

from app.errors import FieldError
from app.schemas.base import Body, Moment, Ref, ShortText
from app.vocab import EventKind, EventMode

Participants = Annotated[int, Field(ge=0, le=100_000)]


class EventBody(Body):
    record_type = "event"

    kind: EventKind
    title: ShortText
    starts_at: Moment
    duration_min: Annotated[int | None, Field(ge=1, le=7 * 24 * 60)] = None
    mode: EventMode = EventMode.ON_SITE
    municipality_code: Annotated[str | None, Ref("municipalities")] = None
    place: ShortText | None = None
    stop_day_id: Annotated[str | None, Ref("stop_days", operational=True)] = None
    service_package: Annotated[int | None, Ref("service_packages")] = None
    themes: Annotated[list[str], Ref("themes"), Field(max_length=8)] = []
    organisation_ids: Annotated[list[str], Ref("organisations"), Field(max_length=50)] = []
    participants_parents: Participants = 0
    participants_children: Participants = 0
    participants_youth: Participants = 0
    participants_professionals: Participants = 0
    participants_others: Participants = 0
    participants_estimated: bool = False
    expert_by_experience: bool = False

    def rules(self) -> list[FieldError]:
        if self.mode is not EventMode.ONLINE and self.municipality_code is None:
            return [FieldError("municipality_code", "required")]
        return []
