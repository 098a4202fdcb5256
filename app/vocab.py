"""Closed vocabularies of the domain. Values are stable wire and storage codes; the UI translates them."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    FI = "fi"
    SV = "sv"
    EN = "en"
    OTHER = "other"


class HandoutLanguage(StrEnum):
    FI = "fi"
    SV = "sv"
    EN = "en"


class StopDayStatus(StrEnum):
    OPEN = "open"  # the bus is at the stop now
    HELD = "held"  # the day took place and is closed
    CANCELLED = "cancelled"  # the departure did not happen


class CancelReason(StrEnum):
    VEHICLE = "vehicle"
    WEATHER = "weather"
    STAFF = "staff"
    ROADS = "roads"
    OTHER = "other"


class EncounterGroup(StrEnum):
    PARENT = "parent"
    CHILD = "child"
    YOUTH = "youth"
    PROFESSIONAL = "professional"


class ClientType(StrEnum):
    PARENT = "parent"
    FAMILY = "family"
    CHILD = "child"
    YOUTH = "youth"
    PROFESSIONAL = "professional"
    OTHER_ADULT = "other_adult"


class AgeBand(StrEnum):
    UNDER_13 = "0-12"
    TEEN = "13-17"
    YOUNG_ADULT = "18-29"
    ADULT = "30-64"
    SENIOR = "65+"
    UNKNOWN = "unknown"


class Arrival(StrEnum):
    SELF = "self"  # came on their own
    PROFESSIONAL = "professional"  # referred by a professional
    PARTNER = "partner"  # sent by a partner organisation


class Channel(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    REMOTE = "remote"


class Outcome(StrEnum):
    ADVICE = "advice"  # advice or guidance given, nothing more needed
    REFERRAL = "referral"  # referred to a service
    CONTACT_REQUEST = "contact_request"  # someone calls back
    FOLLOW_UP = "follow_up"  # a new meeting was agreed
    OTHER = "other"


class EventKind(StrEnum):
    THEMED_EVENT = "themed_event"
    WORKSHOP = "workshop"
    NETWORK_MEETING = "network_meeting"
    PEER_GROUP = "peer_group"
    TAILORED_PACKAGE = "tailored_package"


class EventMode(StrEnum):
    ON_SITE = "on_site"
    ONLINE = "online"
    HYBRID = "hybrid"


class ProfessionalWorkKind(StrEnum):
    CONSULTATION = "consultation"  # anonymous client consultation between professionals
    PAIR_WORK = "pair_work"  # an NGO worker joins a municipal professional's client meeting


class Sector(StrEnum):
    """Where the professional works."""

    SOCIAL_WORK = "social_work"
    CHILD_WELFARE = "child_welfare"
    HEALTH = "health"
    SCHOOL = "school"
    EARLY_EDUCATION = "early_education"
    YOUTH_WORK = "youth_work"
    NGO = "ngo"
    OTHER = "other"


class ContactStatus(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    CLOSED = "closed"
    UNREACHABLE = "unreachable"


class Role(StrEnum):
    """What a worker may do: a coordinator also keeps reference data, enrolls laptops, reads central reports and
    every organisation's contact requests."""

    WORKER = "worker"
    COORDINATOR = "coordinator"


class AuditAction(StrEnum):
    """What was done to a contact request (the audit log names no one but the worker)."""

    CREATED = "created"
    VIEWED = "viewed"
    CHANGED = "changed"
    DELETED = "deleted"
    RESTORED = "restored"


class TargetGroup(StrEnum):
    """Who a service in the catalogue is for."""

    CHILDREN = "children"
    YOUTH = "youth"
    PARENTS = "parents"
    FAMILIES = "families"
    PROFESSIONALS = "professionals"


# The record types the History page lists, in its order. Contact requests hold identifying data and get their own
# view with its own rules. (A test keeps this in step with app.records.RECORD_TYPES.)
HISTORY_TYPES = ("stop_day", "event", "guidance", "encounter", "referral", "professional_work")


class Access(StrEnum):
    """How a family gets to a service."""

    DROP_IN = "drop_in"
    BOOKING = "booking"
    PHONE = "phone"
    REMOTE = "remote"


class CatalogueSource(StrEnum):
    SHIPPED = "shipped"  # the starter catalogue in resources/reference
    PTV = "ptv"  # imported from the national service catalogue (Palvelutietovaranto)
    REGISTER = "register"  # maintained at headquarters
