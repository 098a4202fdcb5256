from __future__ import annotations

import re
from typing import Annotated

from pydantic import StringConstraints

from app.errors import FieldError
from app.schemas.base import Body, Day, Moment, PersonalNote, PersonalText, Ref
from app.vocab import ContactStatus, Language

PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-]+$")
EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ContactRequestBody(Body):
    record_type = "contact_request"

    received_at: Moment
    stop_day_id: Annotated[str | None, Ref("stop_days", operational=True)] = None
    session_id: Annotated[str | None, Ref("guidance_sessions", operational=True)] = None
    consent: bool
    consent_text_version: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=32)]
    name: PersonalText | None = None
    phone: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)] | None = None
    email: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=254)] | None = None
    preferred_time: PersonalNote | None = None
    language: Language = Language.FI
    theme_key: Annotated[str | None, Ref("themes")] = None
    organisation_id: Annotated[str, Ref("organisations")]
    deadline: Day
    status: ContactStatus = ContactStatus.NEW
    contacted_at: Moment | None = None
    closed_at: Moment | None = None

    def rules(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.consent:
            errors.append(FieldError("consent", "consent_required"))
        if self.phone is not None:
            digits = sum(ch.isdigit() for ch in self.phone)
            if not PHONE_CHARS.match(self.phone) or not 5 <= digits <= 15:
                errors.append(FieldError("phone", "invalid_phone"))
        if self.email is not None and not EMAIL_SHAPE.match(self.email):
            errors.append(FieldError("email", "invalid_email"))
        if self.deadline < self.received_at.date():
            errors.append(FieldError("deadline", "before_received"))
        if self.contacted_at is not None and self.contacted_at < self.received_at:
            errors.append(FieldError("contacted_at", "before_received"))
        return errors
