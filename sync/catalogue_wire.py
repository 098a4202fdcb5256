"""The service catalogue as the console reads and writes it on the register: services, organisations and
municipalities as ``GET /reference/{table}`` lists them, with what the console sends back: a change names only the
fields it changes and the row's key (the register answers each row on its own, ``sync.console_wire.RowAnswer``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from app.catalogue.contacts import reachable


class _Row(BaseModel):
    model_config = ConfigDict(extra="ignore")  # the register lists every column; the console edits some


class ServiceRow(_Row):
    id: str
    organisation_id: str
    name_fi: str
    name_sv: str | None = None
    name_en: str | None = None
    description_fi: str | None = None
    description_sv: str | None = None
    description_en: str | None = None
    phone: str | None = None
    email: str | None = None
    web: str | None = None
    address: str | None = None
    areas: list[str] = []
    contacts_checked: bool = False
    active: bool = True

    @property
    def reachable(self) -> bool:
        return reachable(self.phone, self.web, self.address)

    @property
    def needs_attention(self) -> bool:
        """No way to reach it from a sheet, or nobody has checked its contacts."""
        return not self.reachable or not self.contacts_checked


class OrganisationContact(_Row):
    """An organisation with its general contact and where its services reach (its region, or the whole country)."""

    id: str
    name_fi: str
    name_sv: str | None = None
    name_en: str | None = None
    website: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    region: str | None = None
    national: bool = False
    active: bool = True


class MunicipalityRow(_Row):
    code: str
    name_fi: str
    name_sv: str | None = None
    region: str | None = None

    def name(self, language: str) -> str:
        return (self.name_sv if language == "sv" else None) or self.name_fi


def attention_first(services: Sequence[ServiceRow]) -> list[ServiceRow]:
    """Active services with no way to reach them first, then those never checked, then the rest; by name within."""
    return sorted(
        (service for service in services if service.active),
        key=lambda service: (service.reachable, service.contacts_checked, service.name_fi.casefold()),
    )


def changes(before: BaseModel, typed: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``typed`` that differ from ``before``; blank text is no value (``None``)."""
    changed = {}
    for name, typed_value in typed.items():
        value = (typed_value.strip() or None) if isinstance(typed_value, str) else typed_value
        if value != getattr(before, name):
            changed[name] = value
    return changed


class CatalogueImportAnswer(BaseModel):
    """What a national service catalogue (PTV) file imported at the register did; laptops pull it at their sync."""

    services_created: int
    services_updated: int
    services_unchanged: int
    organisations_created: int
    organisations_updated: int
    left_out: list[str]  # the entries that could not be used, each with its id and the reason
