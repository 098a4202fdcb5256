"""A service's or an organisation's contact as a coordinator typed it: checked before it is sent to the register.

The lengths are the columns' own (the register checks the same limits), so a value the console lets through is
never refused for its length; the shapes of a phone number, an e-mail address and a web address are checked here
only (the register takes any text).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import String

from app.errors import FieldError
from app.models import Organisation, Service
from app.schemas.contact_request import EMAIL_SHAPE, PHONE_CHARS

WEB_SHAPE = re.compile(r"^(https?://)?[^\s/.]+(\.[^\s/.]+)+(/\S*)?$")
REQUIRED = frozenset({"name_fi"})  # what a service or an organisation cannot be without
PHONE_DIGITS = range(5, 16)


def reachable(phone: str | None, web: str | None, address: str | None) -> bool:
    """A family can reach it from a sheet: a phone number, a web address or a street address (an e-mail is no
    way in for many)."""
    return bool(phone or web or address)


def contact_problems(model: type[Service] | type[Organisation], values: Mapping[str, Any]) -> list[FieldError]:
    """What is wrong with ``values`` (field → typed value, blank for none) as fields of ``model``, field by field."""
    columns = {column.key: column for column in model.__table__.columns}
    errors: list[FieldError] = []
    for name, value in values.items():
        text = value.strip() if isinstance(value, str) else value
        if name in REQUIRED and not text:
            errors.append(FieldError(name, "required"))
            continue
        column = columns.get(name)
        length = column.type.length if column is not None and isinstance(column.type, String) else None
        if isinstance(text, str) and length and len(text) > length:
            errors.append(FieldError(name, "too_long", {"max_length": length}))
        elif isinstance(text, str) and text:
            errors += _shape(name, text)
    return errors


def _shape(name: str, text: str) -> list[FieldError]:
    if name == "phone":
        digits = sum(ch.isdigit() for ch in text)
        if not PHONE_CHARS.match(text) or digits not in PHONE_DIGITS:
            return [FieldError(name, "invalid_phone")]
    elif name == "email" and not EMAIL_SHAPE.match(text):
        return [FieldError(name, "invalid_email")]
    elif name in ("web", "website") and not WEB_SHAPE.match(text):
        return [FieldError(name, "invalid_web")]
    return []
