from __future__ import annotations

from typing import Annotated

from pydantic import Field

from app.schemas.base import Body, Moment, Note, Ref
from app.vocab import AgeBand, Arrival, Channel, ClientType, Language, Outcome


class GuidanceBody(Body):
    record_type = "guidance"

    occurred_at: Moment
    stop_day_id: Annotated[str | None, Ref("stop_days", operational=True)] = None
    worker_id: Annotated[str | None, Ref("workers")] = None
    client_type: ClientType
    age_band: AgeBand = AgeBand.UNKNOWN
    language: Language = Language.FI
    arrival: Arrival = Arrival.SELF
    channel: Channel = Channel.FACE_TO_FACE
    themes: Annotated[list[str], Ref("themes"), Field(max_length=8)] = []
    service_package: Annotated[int, Ref("service_packages")] = 1
    duration_min: Annotated[int, Field(ge=1, le=600)]
    outcome: Outcome
    note: Note | None = None
