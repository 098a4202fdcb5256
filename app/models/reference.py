"""Reference data shipped with the program and maintained at headquarters: themes, packages, places, NGOs, units."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, ReferenceRecord, enum_type
from app.vocab import Role


class Named:
    """Names in the three languages of the program; Swedish and English fall back to Finnish."""

    name_fi: Mapped[str] = mapped_column(String(200))
    name_sv: Mapped[str | None] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))

    def name(self, language: str) -> str:
        localised: str | None = getattr(self, f"name_{language}", None)
        return localised or self.name_fi


class Theme(ReferenceRecord, Named, Base):
    __tablename__ = "themes"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ServicePackage(ReferenceRecord, Named, Base):
    """One of the four service packages (toimintakokonaisuudet) of the operating model."""

    __tablename__ = "service_packages"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[str] = mapped_column(String(32), unique=True)


class Municipality(ReferenceRecord, Base):
    """A municipality by its Statistics Finland code (three digits, leading zeros kept)."""

    __tablename__ = "municipalities"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name_fi: Mapped[str] = mapped_column(String(100))
    name_sv: Mapped[str | None] = mapped_column(String(100))
    partner: Mapped[bool] = mapped_column(Boolean, default=False)
    # The region (a set of municipalities sharing this key): a regional organisation serves all of them.
    region: Mapped[str | None] = mapped_column(String(32), index=True)

    def name(self, language: str) -> str:
        return (self.name_sv if language == "sv" else None) or self.name_fi


class Organisation(ReferenceRecord, Named, Base):
    """A partner or other organisation; where its services reach and its own general contact.

    ``national``: its services serve every municipality; ``region``: they serve every municipality of that region,
    whatever their own ``areas`` say. The general contact (web site, phone, e-mail, street address) is what a
    handout may offer for a service of it that has none of its own; empty where nobody has confirmed one.
    """

    __tablename__ = "organisations"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    partner: Mapped[bool] = mapped_column(Boolean, default=True)
    website: Mapped[str | None] = mapped_column(String(300))
    region: Mapped[str | None] = mapped_column(String(32))
    national: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))


class Service(ReferenceRecord, Named, Base):
    """A service an organisation offers, as the offline catalogue shows it and the handout prints it.

    Lists are JSON arrays of vocabulary codes (``app.vocab``). ``areas`` lists the municipalities it serves (empty:
    everywhere); a service of a regional or national organisation also serves its organisation's whole area.
    The full-text index ``service_search`` (``app.catalogue.index``) follows this table through triggers.
    """

    __tablename__ = "services"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    description_fi: Mapped[str | None] = mapped_column(Text)
    description_sv: Mapped[str | None] = mapped_column(Text)
    description_en: Mapped[str | None] = mapped_column(Text)
    keywords: Mapped[str] = mapped_column(Text, default="", server_default="")
    themes: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    target_groups: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    languages: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    areas: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    access: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    web: Mapped[str | None] = mapped_column(String(300))
    address: Mapped[str | None] = mapped_column(String(300))
    hours_fi: Mapped[str | None] = mapped_column(String(300))
    hours_sv: Mapped[str | None] = mapped_column(String(300))
    hours_en: Mapped[str | None] = mapped_column(String(300))
    free: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    contacts_checked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    source: Mapped[str] = mapped_column(String(16), default="shipped", server_default="shipped")

    def description(self, language: str) -> str:
        localised: str | None = getattr(self, f"description_{language}", None)
        return localised or self.description_fi or ""

    def hours(self, language: str) -> str:
        localised: str | None = getattr(self, f"hours_{language}", None)
        return localised or self.hours_fi or ""


class Unit(ReferenceRecord, Base):
    """A bus and its team. The phone, e-mail and web address are the bus's own, shown on the public timetable:
    never a person's."""

    __tablename__ = "units"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    home_municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipalities.code"))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(300))


class Worker(ReferenceRecord, Base):
    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    display_name: Mapped[str] = mapped_column(String(120))
    is_student: Mapped[bool] = mapped_column(Boolean, default=False)
    role: Mapped[Role] = mapped_column(enum_type(Role), default=Role.WORKER, server_default=Role.WORKER.value)


class NetworkMember(ReferenceRecord, Base):
    """A line of a municipality's regional network roster for one year, kept at headquarters, which knows the networks
    from their meetings, not from the bus's records: how many people of an organisation, in a role, took part.
    No names: the yearly review needs only the count of people in the networks."""

    __tablename__ = "network_members"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    organisation: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(120))
    people: Mapped[int] = mapped_column(Integer)


class Stop(ReferenceRecord, Base):
    """An agreed place where the bus stands."""

    __tablename__ = "stops"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))


class ScheduleEntry(ReferenceRecord, Base):
    """One published visit of a unit's bus to a stop: the day and the hours it stands there.

    ``cancelled``: headquarters called the visit off in advance (it stays on the timetable, marked cancelled;
    ``active: false`` instead takes it off). ``organisation_ids``: the organisations whose workers ride that day, as
    headquarters publishes them; empty when it publishes none.
    """

    __tablename__ = "schedule_entries"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    stop_id: Mapped[str] = mapped_column(ForeignKey("stops.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time)
    ends_at: Mapped[time | None] = mapped_column(Time)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    organisation_ids: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
