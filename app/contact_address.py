"""A way to call a family back: a Finnish phone number or an e-mail address, as a booking takes it.

Both ends check it the same way: the register's public booking form, and a worker booking a time on the laptop.
"""

from __future__ import annotations

import re

import phonenumbers

EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}")
MAX_LENGTH = 254


def normalise_contact(text: str) -> str | None:
    """A Finnish phone number in international form, or an e-mail address as typed; None if it is neither."""
    text = text.strip()
    if "@" in text:
        return text if EMAIL.fullmatch(text) and len(text) <= MAX_LENGTH else None
    try:
        number = phonenumbers.parse(text, "FI")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
