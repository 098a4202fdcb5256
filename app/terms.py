"""The one vocabulary: every fixed choice of the domain (app.vocab) and every kind of record, named once per language.

The screen (``ui.labels``), the reports (``app.reports.text``) and the handouts (``app.handout_text``) all take
their words for these terms from here, so a term reads the same on screen, in a saved report and on a sheet; a
translator edits them here, and Qt Linguist keeps the screen's sentences. ``tests/test_vocabulary.py`` fails when
a place names a term in words of its own.
"""

from __future__ import annotations

from enum import StrEnum

from app import vocab

LANGUAGES = ("fi", "sv", "en")
Words = tuple[str, str, str]  # Finnish, Swedish, English

# Keyed by (enum, value) below: members of different enums with the same value ("parent", "other") are equal strings.
_ENTRIES: list[tuple[StrEnum, Words]] = [
    # Language
    (vocab.Language.FI, ("suomi", "finska", "Finnish")),
    (vocab.Language.SV, ("ruotsi", "svenska", "Swedish")),
    (vocab.Language.EN, ("englanti", "engelska", "English")),
    (vocab.Language.OTHER, ("Muu", "Annat", "Other")),
    # StopDayStatus
    (vocab.StopDayStatus.OPEN, ("Auki", "Öppen", "Open")),
    (vocab.StopDayStatus.HELD, ("Pidetty", "Hållen", "Held")),
    (vocab.StopDayStatus.CANCELLED, ("Peruttu", "Inställd", "Cancelled")),
    # CancelReason
    (vocab.CancelReason.VEHICLE, ("Autossa vika", "Fel på fordonet", "Vehicle fault")),
    (vocab.CancelReason.WEATHER, ("Sää", "Väder", "Weather")),
    (vocab.CancelReason.STAFF, ("Ei henkilökuntaa", "Ingen personal", "No staff")),
    (vocab.CancelReason.ROADS, ("Keli", "Väglag", "Road conditions")),
    (vocab.CancelReason.OTHER, ("Muu", "Annat", "Other")),
    # EncounterGroup
    (vocab.EncounterGroup.PARENT, ("Vanhempi", "Förälder", "Parent")),
    (vocab.EncounterGroup.CHILD, ("Lapsi", "Barn", "Child")),
    (vocab.EncounterGroup.YOUTH, ("Nuori", "Ung", "Youth")),
    (vocab.EncounterGroup.PROFESSIONAL, ("Ammattilainen", "Yrkesverksam", "Professional")),
    # ClientType
    (vocab.ClientType.PARENT, ("Vanhempi", "Förälder", "Parent")),
    (vocab.ClientType.FAMILY, ("Perhe", "Familj", "Family")),
    (vocab.ClientType.CHILD, ("Lapsi", "Barn", "Child")),
    (vocab.ClientType.YOUTH, ("Nuori", "Ung", "Youth")),
    (vocab.ClientType.PROFESSIONAL, ("Ammattilainen", "Yrkesverksam", "Professional")),
    (vocab.ClientType.OTHER_ADULT, ("Muu aikuinen", "Annan vuxen", "Other adult")),
    # AgeBand
    (vocab.AgeBand.UNDER_13, ("0–12", "0–12", "0–12")),
    (vocab.AgeBand.TEEN, ("13–17", "13–17", "13–17")),
    (vocab.AgeBand.YOUNG_ADULT, ("18–29", "18–29", "18–29")),
    (vocab.AgeBand.ADULT, ("30–64", "30–64", "30–64")),
    (vocab.AgeBand.SENIOR, ("65+", "65+", "65+")),
    (vocab.AgeBand.UNKNOWN, ("Ei tiedossa", "Okänd", "Not known")),
    # Arrival
    (vocab.Arrival.SELF, ("Omatoimisesti", "På eget initiativ", "On their own")),
    (vocab.Arrival.PROFESSIONAL, ("Ammattilaisen ohjaamana", "Hänvisad av en yrkesverksam", "Sent by a professional")),
    (vocab.Arrival.PARTNER, ("Kumppanin ohjaamana", "Hänvisad av en partner", "Sent by a partner")),
    # Channel
    (vocab.Channel.FACE_TO_FACE, ("Kasvokkain", "Ansikte mot ansikte", "Face to face")),
    (vocab.Channel.PHONE, ("Puhelin", "Telefon", "Phone")),
    (vocab.Channel.REMOTE, ("Etänä", "På distans", "Remote")),
    # Outcome
    (vocab.Outcome.ADVICE, ("Neuvottu", "Rådgivning given", "Advice given")),
    (vocab.Outcome.REFERRAL, ("Ohjattu palveluun", "Hänvisad till tjänst", "Referred")),
    (vocab.Outcome.CONTACT_REQUEST, ("Yhteydenottopyyntö", "Kontaktbegäran", "Contact request")),
    (vocab.Outcome.FOLLOW_UP, ("Jatkotapaaminen sovittu", "Uppföljning avtalad", "Follow-up agreed")),
    (vocab.Outcome.OTHER, ("Muu", "Annat", "Other")),
    # EventKind
    (vocab.EventKind.THEMED_EVENT, ("Teematilaisuus", "Temaevenemang", "Themed event")),
    (vocab.EventKind.WORKSHOP, ("Työpaja", "Workshop", "Workshop")),
    (vocab.EventKind.NETWORK_MEETING, ("Verkostopalaveri", "Nätverksmöte", "Network meeting")),
    (vocab.EventKind.PEER_GROUP, ("Vertaisryhmä", "Kamratgrupp", "Peer group")),
    (vocab.EventKind.TAILORED_PACKAGE, ("Räätälöity kokonaisuus", "Skräddarsydd helhet", "Tailored package")),
    # EventMode
    (vocab.EventMode.ON_SITE, ("Paikan päällä", "På plats", "On site")),
    (vocab.EventMode.ONLINE, ("Verkossa", "På nätet", "Online")),
    (vocab.EventMode.HYBRID, ("Hybridi", "Hybrid", "Hybrid")),
    # ProfessionalWorkKind
    (
        vocab.ProfessionalWorkKind.CONSULTATION,
        ("Nimetön asiakaskonsultaatio", "Anonym klientkonsultation", "Anonymous consultation"),
    ),
    (vocab.ProfessionalWorkKind.PAIR_WORK, ("Parityö", "Pararbete", "Pair work")),
    # Sector
    (vocab.Sector.SOCIAL_WORK, ("Sosiaalityö", "Socialt arbete", "Social work")),
    (vocab.Sector.CHILD_WELFARE, ("Lastensuojelu", "Barnskydd", "Child welfare")),
    (vocab.Sector.HEALTH, ("Terveydenhuolto", "Hälso- och sjukvård", "Health care")),
    (vocab.Sector.SCHOOL, ("Koulu", "Skola", "School")),
    (vocab.Sector.EARLY_EDUCATION, ("Varhaiskasvatus", "Småbarnspedagogik", "Early education")),
    (vocab.Sector.YOUTH_WORK, ("Nuorisotyö", "Ungdomsarbete", "Youth work")),
    (vocab.Sector.NGO, ("Järjestö", "Organisation", "NGO")),
    (vocab.Sector.OTHER, ("Muu", "Annat", "Other")),
    # TargetGroup
    (vocab.TargetGroup.CHILDREN, ("Lapset", "Barn", "Children")),
    (vocab.TargetGroup.YOUTH, ("Nuoret", "Unga", "Young people")),
    (vocab.TargetGroup.PARENTS, ("Vanhemmat", "Föräldrar", "Parents")),
    (vocab.TargetGroup.FAMILIES, ("Perheet", "Familjer", "Families")),
    (vocab.TargetGroup.PROFESSIONALS, ("Ammattilaiset", "Yrkesverksamma", "Professionals")),
    # Access
    (vocab.Access.DROP_IN, ("Ilman ajanvarausta", "Utan tidsbokning", "Drop in")),
    (vocab.Access.BOOKING, ("Ajanvarauksella", "Med tidsbokning", "By appointment")),
    (vocab.Access.PHONE, ("Puhelimitse", "Per telefon", "By phone")),
    (vocab.Access.REMOTE, ("Verkossa", "På nätet", "Online")),
    # ContactStatus
    (vocab.ContactStatus.NEW, ("Uusi", "Ny", "New")),
    (vocab.ContactStatus.CONTACTED, ("Soitettu", "Uppringd", "Called back")),
    (vocab.ContactStatus.CLOSED, ("Suljettu", "Stängd", "Closed")),
    (vocab.ContactStatus.UNREACHABLE, ("Ei tavoitettu", "Nåddes inte", "Could not reach")),
    # AuditAction: what was done to a contact request (the coordinator's audit log)
    (vocab.AuditAction.CREATED, ("Otettu", "Tagen", "Taken")),
    (vocab.AuditAction.VIEWED, ("Avattu", "Öppnad", "Opened")),
    (vocab.AuditAction.CHANGED, ("Muutettu", "Ändrad", "Changed")),
    (vocab.AuditAction.DELETED, ("Poistettu", "Raderad", "Deleted")),
    (vocab.AuditAction.RESTORED, ("Palautettu", "Återställd", "Restored")),
]
TERMS: dict[tuple[type[StrEnum], str], Words] = {(type(member), member.value): words for member, words in _ENTRIES}

RECORD_TYPES: dict[str, Words] = {
    "stop_day": ("Pysäkkipäivä", "Hållplatsdag", "Stop day"),
    "encounter": ("Kohtaaminen", "Möte", "Encounter"),
    "guidance": ("Palveluneuvonta", "Servicehandledning", "Guidance"),
    "event": ("Tilaisuus", "Evenemang", "Event"),
    "professional_work": ("Ammattilaistyö", "Arbete med yrkesverksamma", "Professional work"),
    "referral": ("Ohjaus", "Hänvisning", "Referral"),
    "contact_request": ("Yhteydenottopyyntö", "Kontaktbegäran", "Contact request"),
    "audit_entry": ("Lokimerkintä", "Loggpost", "Audit entry"),
}


def words(member: StrEnum) -> Words:
    """The term in every language: (fi, sv, en)."""
    return TERMS[type(member), member.value]


def term(member: StrEnum, language: str) -> str:
    """The term in ``language`` (Finnish for a language the program does not speak)."""
    return words(member)[LANGUAGES.index(language) if language in LANGUAGES else 0]


def record_type(name: str, language: str) -> str:
    return RECORD_TYPES[name][LANGUAGES.index(language) if language in LANGUAGES else 0]
