"""Every log line the program writes during the whole test run, kept and searched for identifying data.

The test data's names, phone numbers and e-mail addresses of contact requests are listed here; after the last test
the run fails if any of them (or an identity code a guard test feeds in) reached a log line, the program's own or
a library's, tracebacks included.
"""

from __future__ import annotations

import logging
import re

SECRETS = (
    "Maija Meikäläinen",
    "040 765 4321",
    "maija.meikalainen@example.fi",
    "Testi Vanhempi",
    "+358 40 123 4567",
    "131052-308T",
)


class Watch(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a record that cannot be formatted is still kept, raw
            self.lines.append(f"{record.name}: {record.msg!r} {record.args!r}")


def leaked(lines: list[str], secrets: tuple[str, ...] = SECRETS) -> list[str]:
    """The lines holding a secret, whitespace and case aside (so "040 7654321" counts too)."""
    squeeze = re.compile(r"\s+")
    wanted = [squeeze.sub("", secret).casefold() for secret in secrets]
    return [line for line in lines if any(w in squeeze.sub("", line).casefold() for w in wanted)]


def install() -> Watch:
    watch = Watch()
    root = logging.getLogger()
    root.addHandler(watch)
    root.setLevel(logging.DEBUG)
    # As the program runs: SQLAlchemy's statement echo is off (its INFO lines would be every query).
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return watch
