"""Import from the national service catalogue (Palvelutietovaranto, PTV), open API v11 shapes.

The file holds the three lists the API serves: ``{"organizations": [...], "services": [...], "serviceChannels":
[...]}``; each list may also be a page as the API returns it (``{"itemList": [...]}``). Services and organisations
keep their PTV id (prefixed ``ptv-``), so importing the same file again updates rows instead of adding new ones.
Fields the catalogue has no use for are ignored. An entry that cannot be used is skipped and reported with its id
and the reason; the rest of the file is imported.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.models import Organisation, Service
from app.vocab import Access, CatalogueSource, TargetGroup

LANGUAGES = ("fi", "sv", "en")
ID_PREFIX = "ptv-"
WHOLE_COUNTRY = {"Nationwide", "NationwideExceptAlandIslands"}
DAYS = {
    "fi": {"Monday": "ma", "Tuesday": "ti", "Wednesday": "ke", "Thursday": "to", "Friday": "pe", "Saturday": "la",
           "Sunday": "su"},
    "sv": {"Monday": "mån", "Tuesday": "tis", "Wednesday": "ons", "Thursday": "tors", "Friday": "fre",
           "Saturday": "lör", "Sunday": "sön"},
    "en": {"Monday": "Mon", "Tuesday": "Tue", "Wednesday": "Wed", "Thursday": "Thu", "Friday": "Fri",
           "Saturday": "Sat", "Sunday": "Sun"},
}  # fmt: skip
# PTV's target group codes the catalogue can use; other codes are read from their names (below).
TARGET_CODES = {"KR1.2": [TargetGroup.FAMILIES, TargetGroup.PARENTS, TargetGroup.CHILDREN]}
TARGET_WORDS = {
    "lapsi": TargetGroup.CHILDREN,
    "lasten": TargetGroup.CHILDREN,
    "nuor": TargetGroup.YOUTH,
    "perhe": TargetGroup.FAMILIES,
    "vanhem": TargetGroup.PARENTS,
    "ammattila": TargetGroup.PROFESSIONALS,
    "viranomai": TargetGroup.PROFESSIONALS,
}
# Word stems (folded: no accents, lower case) that put a service under one of the unit's themes.
THEME_STEMS = {
    "parenting": ("vanhemmu", "kasvatu", "foraldraskap", "parenting"),
    "coping": ("jaksami", "uupumu", "stress", "valmaende", "wellbeing"),
    "adolescence": ("murrosik", "nuoruu", "tonar", "adolescen"),
    "divorce": ("ero ", "eroperhe", "avioero", "erotilan", "skilsmass", "separation", "divorce"),
    "substances": ("paihte", "alkoholi", "huume", "rusmedel", "missbruk", "substance"),
    "relatives": ("omais", "anhorig", "relatives"),
    "eating": ("syomishairi", "atstorning", "eating disorder"),
    "violence": ("vakival", "vald ", "violence", "abuse"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # "service", "organization" or "serviceChannel"
    id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.kind} {self.id}: {self.reason}"


@dataclass(slots=True)
class ImportReport:
    organisations_created: int = 0
    organisations_updated: int = 0
    services_created: int = 0
    services_updated: int = 0
    services_unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def services_read(self) -> int:
        return self.services_created + self.services_updated + self.services_unchanged


class PtvFileError(ValueError):
    """The file as a whole cannot be read (not JSON, or not the expected shape); nothing was imported."""


def read_file(path: Path) -> dict[str, list[Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PtvFileError(f"{path}: {exc}") from exc
    return _lists(data)


def _lists(data: Any) -> dict[str, list[Any]]:
    if not isinstance(data, dict):
        raise PtvFileError("expected a JSON object with 'services', 'organizations' and 'serviceChannels'")
    found: dict[str, list[Any]] = {}
    for key in ("organizations", "services", "serviceChannels"):
        value = data.get(key, [])
        if isinstance(value, dict):  # a page of the API's answer
            value = value.get("itemList")
        if not isinstance(value, list):
            raise PtvFileError(f"'{key}' is not a list (nor a page with an 'itemList')")
        found[key] = value
    if not found["services"]:
        raise PtvFileError("the file has no services")
    return found


def import_file(*, session: Session, path: Path) -> ImportReport:
    """Read a PTV file and import it; PtvFileError if the file as a whole is unusable (then nothing changes)."""
    return import_ptv(session=session, data=read_file(path))


def import_ptv(*, session: Session, data: Mapping[str, Any]) -> ImportReport:
    """Map the file's organisations and services into the catalogue; the caller's transaction commits them."""
    lists = _lists(dict(data))
    report = ImportReport()
    organisations = _import_organisations(session, lists["organizations"], report)
    channels = _channels(lists["serviceChannels"], report)
    for entry in lists["services"]:
        _import_service(session, entry, organisations, channels, report)
    session.flush()
    return report


# Organisations ----------------------------------------------------------------------------------------------------


def _import_organisations(session: Session, entries: list[Any], report: ImportReport) -> dict[str, str]:
    """Create or update each organisation; return PTV id -> catalogue id."""
    known: dict[str, str] = {}
    for entry in entries:
        ptv_id = _id(entry)
        if ptv_id is None:
            report.problems.append(Problem("organization", _shown_id(entry), "no id"))
            continue
        names = _localised(entry.get("organizationNames"), ("Name",))
        if not names:
            report.problems.append(Problem("organization", ptv_id, "no name in Finnish, Swedish or English"))
            continue
        values = {
            "name_fi": _first(names, "fi"),
            "name_sv": names.get("sv"),
            "name_en": names.get("en"),
            "website": _web(entry.get("webPages")),
            "active": True,
        }
        row = session.get(Organisation, ID_PREFIX + ptv_id)
        if row is None:
            session.add(Organisation(id=ID_PREFIX + ptv_id, partner=False, **values))
            report.organisations_created += 1
        elif _changed(row, values):
            report.organisations_updated += 1
        known[ptv_id] = ID_PREFIX + ptv_id
    return known


# Channels ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Contact:
    phone: str | None = None
    email: str | None = None
    web: str | None = None
    address: str | None = None
    hours: dict[str, str] = field(default_factory=dict)
    access: set[str] = field(default_factory=set)


def _channels(entries: list[Any], report: ImportReport) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for entry in entries:
        channel_id = _id(entry)
        if channel_id is None:
            report.problems.append(Problem("serviceChannel", _shown_id(entry), "no id"))
            continue
        found[channel_id] = entry
    return found


def _contact(channels: Iterable[dict[str, Any]]) -> _Contact:
    contact = _Contact()
    for channel in channels:
        kind = channel.get("serviceChannelType")
        if kind == "Phone":
            contact.access.add(Access.PHONE)
        elif kind in ("EChannel", "WebPage"):
            contact.access.add(Access.REMOTE)
        elif kind == "ServiceLocation":
            contact.access.add(Access.DROP_IN)
        contact.phone = contact.phone or _phone(channel.get("phoneNumbers"))
        contact.email = contact.email or _plain(channel.get("emails"))
        contact.web = contact.web or _web(channel.get("webPages")) or _web(channel.get("channelUrls"))
        contact.address = contact.address or _address(channel.get("addresses"))
        if not contact.hours:
            contact.hours = _hours(channel.get("serviceHours"))
    return contact


def _phone(numbers: Any) -> str | None:
    for number in _dicts(numbers):
        digits = str(number.get("number") or "").strip()
        if digits:
            prefix = str(number.get("prefixNumber") or "").strip()
            if prefix and not digits.startswith("+"):
                return f"{prefix} {digits.lstrip('0')}"
            return digits
    return None


def _plain(items: Any) -> str | None:
    for item in _dicts(items):
        value = str(item.get("value") or "").strip()
        if value:
            return value
    return None


def _web(pages: Any) -> str | None:
    for page in _dicts(pages):
        url = str(page.get("url") or page.get("value") or "").strip()
        if url.startswith(("http://", "https://")):
            return url
    return None


def _address(addresses: Any) -> str | None:
    for address in _dicts(addresses):
        street = address.get("streetAddress")
        if not isinstance(street, dict):
            continue
        name = _first(_localised(street.get("street"), None), "fi")
        if not name:
            continue
        number = str(street.get("streetNumber") or "").strip()
        town = _first(_localised(street.get("postOffice"), None), "fi")
        postal = str(street.get("postalCode") or "").strip()
        first = f"{name} {number}".strip()
        second = f"{postal} {town or ''}".strip()
        return f"{first}, {second}" if second else first
    return None


def _hours(service_hours: Any) -> dict[str, str]:
    texts: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for hours in _dicts(service_hours):
        for opening in _dicts(hours.get("openingHour")):
            day_from = str(opening.get("dayFrom") or "")
            day_to = str(opening.get("dayTo") or day_from)
            start, end = _clock(opening.get("from")), _clock(opening.get("to"))
            if day_from not in DAYS["fi"] or not start or not end:
                continue
            for language in LANGUAGES:
                names = DAYS[language]
                days = names[day_from] if day_to == day_from else f"{names[day_from]}–{names.get(day_to, '')}"
                texts[language].append(f"{days} {start}–{end}")
    return {language: ", ".join(parts) for language, parts in texts.items() if parts}


def _clock(value: Any) -> str:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})(:\d{2})?", str(value or ""))
    if not match:
        return ""
    hour, minute = int(match.group(1)), match.group(2)
    return f"{hour}" if minute == "00" else f"{hour}.{minute}"


# Services ---------------------------------------------------------------------------------------------------------


def _import_service(
    session: Session,
    entry: Any,
    organisations: dict[str, str],
    channels: dict[str, dict[str, Any]],
    report: ImportReport,
) -> None:
    ptv_id = _id(entry)
    if ptv_id is None:
        reason = "no id" if isinstance(entry, dict) else "not a JSON object"
        report.problems.append(Problem("service", _shown_id(entry), reason))
        return
    names = _localised(entry.get("serviceNames"), ("Name",))
    if not names:
        report.problems.append(Problem("service", ptv_id, "no name in Finnish, Swedish or English"))
        return
    organisation_id = _responsible(entry, organisations, session)
    if organisation_id is None:
        report.problems.append(Problem("service", ptv_id, "no responsible organisation in the file or catalogue"))
        return
    descriptions = _localised(entry.get("serviceDescriptions"), ("Description",))
    summaries = _localised(entry.get("serviceDescriptions"), ("Summary",))
    for language, summary in summaries.items():
        descriptions[language] = f"{summary}\n{descriptions[language]}" if language in descriptions else summary
    linked = [
        channels[channel_id]
        for link in _dicts(entry.get("serviceChannels"))
        if (channel_id := _id(link.get("serviceChannel"))) in channels
    ]
    contact = _contact(linked)
    keywords = [_plain([k]) or "" for k in _dicts(entry.get("keywords"))]
    keywords += [name for organisation in _dicts(entry.get("organizations")) for name in _org_names(organisation)]
    text = " ".join([*names.values(), *descriptions.values(), *keywords])
    languages = [str(code) for code in entry.get("languages") or [] if code in LANGUAGES]
    values: dict[str, Any] = {
        "organisation_id": organisation_id,
        "name_fi": _first(names, "fi"),
        "name_sv": names.get("sv"),
        "name_en": names.get("en"),
        "description_fi": _first(descriptions, "fi") if descriptions else None,
        "description_sv": descriptions.get("sv"),
        "description_en": descriptions.get("en"),
        "keywords": " ".join(k for k in keywords if k),
        "themes": _themes(text),
        "target_groups": _target_groups(entry.get("targetGroups")),
        "languages": languages,
        "areas": _areas(entry),
        "access": sorted(contact.access),
        "phone": contact.phone,
        "email": contact.email,
        "web": contact.web,
        "address": contact.address,
        "hours_fi": contact.hours.get("fi"),
        "hours_sv": contact.hours.get("sv"),
        "hours_en": contact.hours.get("en"),
        "free": entry.get("serviceChargeType") != "Charged",
        "contacts_checked": True,  # PTV is maintained by the organisations themselves
        "source": CatalogueSource.PTV.value,
        "active": True,
    }
    row = session.get(Service, ID_PREFIX + ptv_id)
    if row is None:
        session.add(Service(id=ID_PREFIX + ptv_id, **values))
        report.services_created += 1
    elif _changed(row, values):
        report.services_updated += 1
    else:
        report.services_unchanged += 1


def _responsible(entry: dict[str, Any], organisations: dict[str, str], session: Session) -> str | None:
    links = _dicts(entry.get("organizations"))
    links.sort(key=lambda link: link.get("roleType") != "Responsible")
    for link in links:
        ptv_id = _id(link.get("organization"))
        if ptv_id is None:
            continue
        if ptv_id in organisations:
            return organisations[ptv_id]
        if session.get(Organisation, ID_PREFIX + ptv_id) is not None:
            return ID_PREFIX + ptv_id
    return None


def _org_names(link: dict[str, Any]) -> list[str]:
    organisation = link.get("organization")
    if not isinstance(organisation, dict):
        return []
    name = organisation.get("name")
    return [name] if isinstance(name, str) and name else []


def _areas(entry: dict[str, Any]) -> list[str]:
    if entry.get("areaType") in WHOLE_COUNTRY:
        return []
    codes: set[str] = set()
    for area in _dicts(entry.get("areas")):
        for municipality in _dicts(area.get("municipalities")):
            code = str(municipality.get("code") or "")
            if re.fullmatch(r"\d{1,3}", code):
                codes.add(code.zfill(3))
    return sorted(codes)


def _target_groups(groups: Any) -> list[str]:
    found: set[str] = set()
    for group in _dicts(groups):
        found.update(TARGET_CODES.get(str(group.get("code") or ""), []))
        name = fold(_first(_localised(group.get("name"), None), "fi") or "")
        found.update(target for stem, target in TARGET_WORDS.items() if stem in name)
    return sorted(found)


def _themes(text: str) -> list[str]:
    folded = f" {fold(text)} "
    return [key for key, stems in THEME_STEMS.items() if any(stem in folded for stem in stems)]


# Helpers ----------------------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case without accents: "Väkivalta" -> "vakivalta", as the search index folds."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _id(entry: Any) -> str | None:
    if not isinstance(entry, dict):
        return None
    value = entry.get("id")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _shown_id(entry: Any) -> str:
    return "(no id)" if not isinstance(entry, dict) else str(entry.get("id") or "(no id)")


def _localised(items: Any, types: tuple[str, ...] | None) -> dict[str, str]:
    """``[{language, value, type}]`` -> {language: value} for our languages (and the given types)."""
    found: dict[str, str] = {}
    for item in _dicts(items):
        language, value = item.get("language"), item.get("value")
        if language not in LANGUAGES or not isinstance(value, str) or not value.strip():
            continue
        if types is not None and item.get("type") not in types:
            continue
        found.setdefault(language, value.strip())
    return found


def _first(values: dict[str, str], language: str) -> str | None:
    """The value in ``language``, else in any language (a name must not be missing in Finnish)."""
    return values.get(language) or next(iter(values.values()), None)


def _changed(row: Any, values: dict[str, Any]) -> bool:
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed
