"""Record bodies: the validated data of each record type, shared by the use cases, import/export and sync."""

from app.schemas.audit import AuditEntryBody
from app.schemas.base import Body, Ref, refs_of
from app.schemas.contact_request import ContactRequestBody
from app.schemas.encounter import EncounterBody
from app.schemas.event import EventBody
from app.schemas.guidance import GuidanceBody
from app.schemas.professional_work import ProfessionalWorkBody
from app.schemas.referral import ReferralBody
from app.schemas.stop_day import StopDayBody

__all__ = [
    "AuditEntryBody",
    "Body",
    "ContactRequestBody",
    "EncounterBody",
    "EventBody",
    "GuidanceBody",
    "ProfessionalWorkBody",
    "Ref",
    "ReferralBody",
    "StopDayBody",
    "refs_of",
]
