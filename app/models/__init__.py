"""SQLAlchemy mappings, one module per aggregate. Importing this package registers every table on ``Base``."""

from app.models.audit import AuditEntry
from app.models.base import Base, ReferenceRecord, SyncedRecord
from app.models.booking import BookingSlots, ReceptionBooking
from app.models.contact_request import ContactRequest
from app.models.encounter import EncounterTally
from app.models.event import Event
from app.models.guidance import GuidanceSession
from app.models.local import LocalSetting
from app.models.professional_work import ProfessionalWork
from app.models.quarantine import QuarantinedRecord
from app.models.reference import (
    Municipality,
    NetworkMember,
    Organisation,
    ScheduleEntry,
    Service,
    ServicePackage,
    Stop,
    Theme,
    Unit,
    Worker,
)
from app.models.referral import Referral
from app.models.stop_day import StopDay
from app.models.waiting import WaitingChange
from app.models.worker_pin import WorkerPin

__all__ = [
    "AuditEntry",
    "Base",
    "BookingSlots",
    "ContactRequest",
    "EncounterTally",
    "Event",
    "GuidanceSession",
    "LocalSetting",
    "Municipality",
    "NetworkMember",
    "Organisation",
    "ProfessionalWork",
    "QuarantinedRecord",
    "ReceptionBooking",
    "ReferenceRecord",
    "Referral",
    "ScheduleEntry",
    "Service",
    "ServicePackage",
    "Stop",
    "StopDay",
    "SyncedRecord",
    "Theme",
    "Unit",
    "WaitingChange",
    "Worker",
    "WorkerPin",
]
