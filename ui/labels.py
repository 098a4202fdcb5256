"""Words for the program's fixed choices (app.vocab), translated at the moment they are shown."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from app import vocab
from ui.i18n import QT_TRANSLATE_NOOP

# Keyed by (enum, value): members of different enums with the same value ("parent", "other") are equal strings.
_LABELS: dict[tuple[type[StrEnum], str], str] = {
    (vocab.Language, vocab.Language.FI.value): QT_TRANSLATE_NOOP("Vocab", "Finnish"),
    (vocab.Language, vocab.Language.SV.value): QT_TRANSLATE_NOOP("Vocab", "Swedish"),
    (vocab.Language, vocab.Language.EN.value): QT_TRANSLATE_NOOP("Vocab", "English"),
    (vocab.Language, vocab.Language.OTHER.value): QT_TRANSLATE_NOOP("Vocab", "Other"),
    (vocab.StopDayStatus, vocab.StopDayStatus.OPEN.value): QT_TRANSLATE_NOOP("Vocab", "Open"),
    (vocab.StopDayStatus, vocab.StopDayStatus.HELD.value): QT_TRANSLATE_NOOP("Vocab", "Held"),
    (vocab.StopDayStatus, vocab.StopDayStatus.CANCELLED.value): QT_TRANSLATE_NOOP("Vocab", "Cancelled"),
    (vocab.CancelReason, vocab.CancelReason.VEHICLE.value): QT_TRANSLATE_NOOP("Vocab", "Vehicle fault"),
    (vocab.CancelReason, vocab.CancelReason.WEATHER.value): QT_TRANSLATE_NOOP("Vocab", "Weather"),
    (vocab.CancelReason, vocab.CancelReason.STAFF.value): QT_TRANSLATE_NOOP("Vocab", "No staff"),
    (vocab.CancelReason, vocab.CancelReason.ROADS.value): QT_TRANSLATE_NOOP("Vocab", "Road conditions"),
    (vocab.CancelReason, vocab.CancelReason.OTHER.value): QT_TRANSLATE_NOOP("Vocab", "Other"),
    (vocab.EncounterGroup, vocab.EncounterGroup.PARENT.value): QT_TRANSLATE_NOOP("Vocab", "Parent"),
    (vocab.EncounterGroup, vocab.EncounterGroup.CHILD.value): QT_TRANSLATE_NOOP("Vocab", "Child"),
    (vocab.EncounterGroup, vocab.EncounterGroup.YOUTH.value): QT_TRANSLATE_NOOP("Vocab", "Youth"),
    (vocab.EncounterGroup, vocab.EncounterGroup.PROFESSIONAL.value): QT_TRANSLATE_NOOP("Vocab", "Professional"),
    (vocab.ClientType, vocab.ClientType.PARENT.value): QT_TRANSLATE_NOOP("Vocab", "Parent"),
    (vocab.ClientType, vocab.ClientType.FAMILY.value): QT_TRANSLATE_NOOP("Vocab", "Family"),
    (vocab.ClientType, vocab.ClientType.CHILD.value): QT_TRANSLATE_NOOP("Vocab", "Child"),
    (vocab.ClientType, vocab.ClientType.YOUTH.value): QT_TRANSLATE_NOOP("Vocab", "Youth"),
    (vocab.ClientType, vocab.ClientType.PROFESSIONAL.value): QT_TRANSLATE_NOOP("Vocab", "Professional"),
    (vocab.ClientType, vocab.ClientType.OTHER_ADULT.value): QT_TRANSLATE_NOOP("Vocab", "Other adult"),
    (vocab.AgeBand, vocab.AgeBand.UNDER_13.value): QT_TRANSLATE_NOOP("Vocab", "0–12"),
    (vocab.AgeBand, vocab.AgeBand.TEEN.value): QT_TRANSLATE_NOOP("Vocab", "13–17"),
    (vocab.AgeBand, vocab.AgeBand.YOUNG_ADULT.value): QT_TRANSLATE_NOOP("Vocab", "18–29"),
    (vocab.AgeBand, vocab.AgeBand.ADULT.value): QT_TRANSLATE_NOOP("Vocab", "30–64"),
    (vocab.AgeBand, vocab.AgeBand.SENIOR.value): QT_TRANSLATE_NOOP("Vocab", "65+"),
    (vocab.AgeBand, vocab.AgeBand.UNKNOWN.value): QT_TRANSLATE_NOOP("Vocab", "Not known"),
    (vocab.Arrival, vocab.Arrival.SELF.value): QT_TRANSLATE_NOOP("Vocab", "On their own"),
    (vocab.Arrival, vocab.Arrival.PROFESSIONAL.value): QT_TRANSLATE_NOOP("Vocab", "Sent by a professional"),
    (vocab.Arrival, vocab.Arrival.PARTNER.value): QT_TRANSLATE_NOOP("Vocab", "Sent by a partner"),
    (vocab.Channel, vocab.Channel.FACE_TO_FACE.value): QT_TRANSLATE_NOOP("Vocab", "Face to face"),
    (vocab.Channel, vocab.Channel.PHONE.value): QT_TRANSLATE_NOOP("Vocab", "Phone"),
    (vocab.Channel, vocab.Channel.REMOTE.value): QT_TRANSLATE_NOOP("Vocab", "Remote"),
    (vocab.Outcome, vocab.Outcome.ADVICE.value): QT_TRANSLATE_NOOP("Vocab", "Advice given"),
    (vocab.Outcome, vocab.Outcome.REFERRAL.value): QT_TRANSLATE_NOOP("Vocab", "Referred"),
    (vocab.Outcome, vocab.Outcome.CONTACT_REQUEST.value): QT_TRANSLATE_NOOP("Vocab", "Contact request"),
    (vocab.Outcome, vocab.Outcome.FOLLOW_UP.value): QT_TRANSLATE_NOOP("Vocab", "Follow-up agreed"),
    (vocab.Outcome, vocab.Outcome.OTHER.value): QT_TRANSLATE_NOOP("Vocab", "Other"),
    (vocab.EventKind, vocab.EventKind.THEMED_EVENT.value): QT_TRANSLATE_NOOP("Vocab", "Themed event"),
    (vocab.EventKind, vocab.EventKind.WORKSHOP.value): QT_TRANSLATE_NOOP("Vocab", "Workshop"),
    (vocab.EventKind, vocab.EventKind.NETWORK_MEETING.value): QT_TRANSLATE_NOOP("Vocab", "Network meeting"),
    (vocab.EventKind, vocab.EventKind.PEER_GROUP.value): QT_TRANSLATE_NOOP("Vocab", "Peer group"),
    (vocab.EventKind, vocab.EventKind.TAILORED_PACKAGE.value): QT_TRANSLATE_NOOP("Vocab", "Tailored package"),
    (vocab.EventMode, vocab.EventMode.ON_SITE.value): QT_TRANSLATE_NOOP("Vocab", "On site"),
    (vocab.EventMode, vocab.EventMode.ONLINE.value): QT_TRANSLATE_NOOP("Vocab", "Online"),
    (vocab.EventMode, vocab.EventMode.HYBRID.value): QT_TRANSLATE_NOOP("Vocab", "Hybrid"),
    (vocab.ProfessionalWorkKind, vocab.ProfessionalWorkKind.CONSULTATION.value): QT_TRANSLATE_NOOP(
        "Vocab", "Anonymous consultation"
    ),
    (vocab.ProfessionalWorkKind, vocab.ProfessionalWorkKind.PAIR_WORK.value): QT_TRANSLATE_NOOP("Vocab", "Pair work"),
    (vocab.Sector, vocab.Sector.SOCIAL_WORK.value): QT_TRANSLATE_NOOP("Vocab", "Social work"),
    (vocab.Sector, vocab.Sector.CHILD_WELFARE.value): QT_TRANSLATE_NOOP("Vocab", "Child welfare"),
    (vocab.Sector, vocab.Sector.HEALTH.value): QT_TRANSLATE_NOOP("Vocab", "Health care"),
    (vocab.Sector, vocab.Sector.SCHOOL.value): QT_TRANSLATE_NOOP("Vocab", "School"),
    (vocab.Sector, vocab.Sector.EARLY_EDUCATION.value): QT_TRANSLATE_NOOP("Vocab", "Early education"),
    (vocab.Sector, vocab.Sector.YOUTH_WORK.value): QT_TRANSLATE_NOOP("Vocab", "Youth work"),
    (vocab.Sector, vocab.Sector.NGO.value): QT_TRANSLATE_NOOP("Vocab", "NGO"),
    (vocab.Sector, vocab.Sector.OTHER.value): QT_TRANSLATE_NOOP("Vocab", "Other"),
    (vocab.TargetGroup, vocab.TargetGroup.CHILDREN.value): QT_TRANSLATE_NOOP("Vocab", "Children"),
    (vocab.TargetGroup, vocab.TargetGroup.YOUTH.value): QT_TRANSLATE_NOOP("Vocab", "Young people"),
    (vocab.TargetGroup, vocab.TargetGroup.PARENTS.value): QT_TRANSLATE_NOOP("Vocab", "Parents"),
    (vocab.TargetGroup, vocab.TargetGroup.FAMILIES.value): QT_TRANSLATE_NOOP("Vocab", "Families"),
    (vocab.TargetGroup, vocab.TargetGroup.PROFESSIONALS.value): QT_TRANSLATE_NOOP("Vocab", "Professionals"),
    (vocab.Access, vocab.Access.DROP_IN.value): QT_TRANSLATE_NOOP("Vocab", "Drop in"),
    (vocab.Access, vocab.Access.BOOKING.value): QT_TRANSLATE_NOOP("Vocab", "By appointment"),
    (vocab.Access, vocab.Access.PHONE.value): QT_TRANSLATE_NOOP("Vocab", "By phone"),
    (vocab.Access, vocab.Access.REMOTE.value): QT_TRANSLATE_NOOP("Vocab", "Online"),
    (vocab.ContactStatus, vocab.ContactStatus.NEW.value): QT_TRANSLATE_NOOP("Vocab", "New"),
    (vocab.ContactStatus, vocab.ContactStatus.CONTACTED.value): QT_TRANSLATE_NOOP("Vocab", "Called back"),
    (vocab.ContactStatus, vocab.ContactStatus.CLOSED.value): QT_TRANSLATE_NOOP("Vocab", "Closed"),
    (vocab.ContactStatus, vocab.ContactStatus.UNREACHABLE.value): QT_TRANSLATE_NOOP("Vocab", "Could not reach"),
}

RECORD_TYPES = {
    "stop_day": QT_TRANSLATE_NOOP("Vocab", "Stop day"),
    "encounter": QT_TRANSLATE_NOOP("Vocab", "Encounter"),
    "guidance": QT_TRANSLATE_NOOP("Vocab", "Guidance"),
    "event": QT_TRANSLATE_NOOP("Vocab", "Event"),
    "professional_work": QT_TRANSLATE_NOOP("Vocab", "Professional work"),
    "referral": QT_TRANSLATE_NOOP("Vocab", "Referral"),
    "contact_request": QT_TRANSLATE_NOOP("Vocab", "Contact request"),
    "audit_entry": QT_TRANSLATE_NOOP("Vocab", "Audit entry"),
}


def label(value: StrEnum) -> str:
    """The translated word for one choice."""
    return QCoreApplication.translate("Vocab", _LABELS[type(value), value.value])


def record_type_label(name: str) -> str:
    return QCoreApplication.translate("Vocab", RECORD_TYPES[name])


def options(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """Every member of ``enum`` as (value, translated label), in declaration order."""
    return [(member.value, label(member)) for member in enum]
