from __future__ import annotations

from typing import Annotated

from app.schemas.base import Body, Moment, Ref
from app.vocab import HandoutLanguage


class ReferralBody(Body):
    record_type = "referral"

    referred_at: Moment
    session_id: Annotated[str | None, Ref("guidance_sessions", operational=True)] = None
    stop_day_id: Annotated[str | None, Ref("stop_days", operational=True)] = None
    organisation_id: Annotated[str, Ref("organisations")]
    service_id: Annotated[str | None, Ref("services")] = None
    theme_key: Annotated[str | None, Ref("themes")] = None
    handout_language: HandoutLanguage | None = None
