from __future__ import annotations

from typing import Annotated

from pydantic import Field

from app.errors import FieldError
from app.schemas.base import Body, Moment, Ref, one_place
from app.vocab import EncounterGroup


class EncounterBody(Body):
    record_type = "encounter"

    occurred_at: Moment
    group: EncounterGroup
    count: Annotated[int, Field(ge=1, le=10_000)] = 1
    estimated: bool = False
    theme_key: Annotated[str | None, Ref("themes")] = None
    stop_day_id: Annotated[str | None, Ref("stop_days", operational=True)] = None
    event_id: Annotated[str | None, Ref("events", operational=True)] = None

    def rules(self) -> list[FieldError]:
        return one_place(self.stop_day_id, self.event_id)
