from __future__ import annotations

from typing import Annotated

from pydantic import Field

from app.schemas.base import Body, Moment, Note, Ref
from app.vocab import Channel, ProfessionalWorkKind, Sector


class ProfessionalWorkBody(Body):
    record_type = "professional_work"

    kind: ProfessionalWorkKind
    occurred_at: Moment
    sector: Sector
    municipality_code: Annotated[str | None, Ref("municipalities")] = None
    stop_day_id: Annotated[str | None, Ref("stop_days", operational=True)] = None
    organisation_id: Annotated[str | None, Ref("organisations")] = None
    channel: Channel = Channel.FACE_TO_FACE
    themes: Annotated[list[str], Ref("themes"), Field(max_length=8)] = []
    professionals: Annotated[int, Field(ge=1, le=1000)] = 1
    duration_min: Annotated[int | None, Field(ge=1, le=24 * 60)] = None
    note: Note | None = None
