"""The anonymity guard: finds what identifies a person in free text that must stay anonymous.

Three kinds are found, each with where it starts and ends so a form can highlight it:

- ``identity_code``: a Finnish personal identity code (henkilötunnus) with any century sign, the 2023 ones
  included (Y X W V U for the 1900s, B C D E F for the 2000s) and temporary numbers 900-999. A code with the right
  birth date and individual number but a mistyped check character counts too: it still points at one person.
- ``phone``: a telephone number as people type it ("040 123 4567", "+358 50 765 4321", "(02) 123 4567",
  "0400-123456"), read by libphonenumber for Finland. Toll-free, shared-cost and premium service numbers belong to
  services, not to people, and pass.
- ``email``: an e-mail address.

Dates ("2.5.2024"), kilometres ("15 km"), counts ("12345", "3 lasta") and clock times pass: libphonenumber's
``VALID`` leniency refuses them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.fi import hetu

IDENTITY_CODE = re.compile(r"(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])", re.IGNORECASE)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?!\w)")
SERVICE_NUMBERS = frozenset(
    {PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.UAN}
)


class Finding(NamedTuple):
    kind: str  # "identity_code", "phone" or "email"
    start: int
    end: int


def _is_identity_code(text: str) -> bool:
    try:
        hetu.validate(text.upper(), allow_temporary=True)
    except InvalidChecksum:
        return True  # the date and number hold, one character is mistyped: still someone's code
    except ValidationError:
        return False  # no such date or number: some other code
    return True


def find_identifying(text: str) -> list[Finding]:
    """Every identifying thing in ``text``, in order of where it starts; overlaps keep the first found."""
    found = [Finding("identity_code", m.start(), m.end()) for m in IDENTITY_CODE.finditer(text)]
    found = [f for f in found if _is_identity_code(text[f.start : f.end])]
    found += [Finding("email", m.start(), m.end()) for m in EMAIL.finditer(text)]
    for match in PhoneNumberMatcher(text, "FI", leniency=Leniency.VALID):
        if phonenumbers.number_type(match.number) not in SERVICE_NUMBERS:
            found.append(Finding("phone", match.start, match.end))
    kept: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.start, -f.end)):
        if not kept or finding.start >= kept[-1].end:
            kept.append(finding)
    return kept
