"""What every record body shares: strict parsing, references to other rows, and cross-field rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Annotated, Any, ClassVar, TypeVar, get_args

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, StringConstraints
from pydantic_core import PydanticCustomError

from app.clock import EARLIEST, LATEST
from app.errors import FieldError


@dataclass(frozen=True, slots=True)
class Anonymous:
    """Marks free text of an anonymous record: nothing in it may identify a person (:mod:`app.privacy.guard`)."""


_SHORT = StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
_LONG = StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)
ShortText = Annotated[str, _SHORT, Anonymous()]
Note = Annotated[str, _LONG, Anonymous()]
# The contact request's own fields: a name and a preferred time identify on purpose, and are encrypted.
PersonalText = Annotated[str, _SHORT]
PersonalNote = Annotated[str, _LONG]


_When = TypeVar("_When", date, datetime)


def _in_range(value: _When) -> _When:
    """Refuse a date outside EARLIEST..LATEST (its own calendar day, as the worker entered it)."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise PydanticCustomError(
            "date_out_of_range",
            "a date from {earliest} to {latest}",
            {"earliest": EARLIEST.isoformat(), "latest": LATEST.isoformat()},
        )
    return value


# Every date and moment of a record: within the program's working years (app.clock.EARLIEST … LATEST).
Day = Annotated[date, AfterValidator(_in_range)]
Moment = Annotated[AwareDatetime, AfterValidator(_in_range)]


@dataclass(frozen=True, slots=True)
class Ref:
    """Marks a field (or each item of a list field) as the key of a row in ``table``.

    ``operational`` references point at another device-written record, which must belong to the same unit and
    must not be deleted.
    """

    table: str
    operational: bool = False


class Body(BaseModel):
    """The data part of a record: exactly the fields a worker enters, validated, immutable.

    Unknown fields are refused rather than dropped, so a record from a newer program is never silently cut short.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    record_type: ClassVar[str]

    def rules(self) -> list[FieldError]:
        """Cross-field rules that a single field's type cannot say."""
        return []

    def storage_values(self) -> dict[str, Any]:
        """Column values for the ORM row (enums and dates stay Python objects).

        The fields' values as pydantic keeps them: ``dict(self)`` would first ask for a ``keys`` attribute and pay
        for pydantic's missing-attribute path, an exception per record, on every record a register is pushed."""
        return self.__dict__.copy()


def _marked_anonymous(annotation: Any) -> bool:
    """Whether ``Anonymous`` is among the annotation's metadata, also inside ``Note | None``."""
    if any(isinstance(meta, Anonymous) for meta in getattr(annotation, "__metadata__", ())):
        return True
    return any(_marked_anonymous(arg) for arg in get_args(annotation))


@cache
def anonymous_fields(body_type: type[Body]) -> tuple[str, ...]:
    return tuple(
        name
        for name, info in body_type.model_fields.items()
        if any(isinstance(meta, Anonymous) for meta in info.metadata) or _marked_anonymous(info.annotation)
    )


@cache
def refs_of(body_type: type[Body]) -> dict[str, Ref]:
    found: dict[str, Ref] = {}
    for name, info in body_type.model_fields.items():
        for meta in info.metadata:
            if isinstance(meta, Ref):
                found[name] = meta
    return found


def one_place(stop_day_id: str | None, event_id: str | None) -> list[FieldError]:
    if stop_day_id is None and event_id is None:
        return [FieldError("stop_day_id", "place_required")]
    if stop_day_id is not None and event_id is not None:
        return [FieldError("event_id", "one_place_only")]
    return []
