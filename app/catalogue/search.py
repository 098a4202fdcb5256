"""Catalogue search: the words a worker types, matched the way Finns type them, narrowed by filters, best first.

The words go to the SQLite FTS5 index ``service_search`` (migration 0003): case and accents are folded
(a/ä, o/ö, å), and every word matches as a prefix, so "vaki" finds "väkivalta" and "jarjesto" "järjestö".
Names weigh most, then keywords, then descriptions. A municipality keeps the services that serve it: those of
national organisations, those of organisations serving its region, and those whose areas name it or are empty.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

# bm25 weights for the indexed columns, in index order: three names, keywords, three descriptions.
WEIGHTS = "10.0, 10.0, 10.0, 5.0, 1.0, 1.0, 1.0"
WORD = re.compile(r"\w+")
DEFAULT_LIMIT = 100
# A service serves a municipality when its organisation serves the whole country, or the whole region the
# municipality belongs to, or the service names the municipality among its areas. A service naming no areas serves
# its organisation's region, or everywhere when the organisation has none.
COVERS = """(
    o.national = 1
    OR (o.region IS NOT NULL AND o.region = (SELECT m.region FROM municipalities AS m WHERE m.code = :municipality))
    OR EXISTS (SELECT 1 FROM json_each(s.areas) WHERE value = :municipality)
    OR (o.region IS NULL AND json_array_length(s.areas) = 0)
)"""


@dataclass(frozen=True, slots=True)
class ServiceHit:
    """One service as the result list shows it, in the worker's language."""

    id: str
    name: str
    organisation_id: str
    organisation: str
    summary: str
    themes: list[str]
    target_groups: list[str]
    languages: list[str]
    areas: list[str]
    access: list[str]
    phone: str | None
    web: str | None
    free: bool
    contacts_checked: bool


def match_expression(words: str) -> str | None:
    """An FTS5 query in which every typed word must appear as the start of a word; None if nothing to search."""
    tokens = WORD.findall(words)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def _localised(column: str, language: str) -> str:
    """SQL for a column in ``language``, falling back to Finnish (the languages are fixed names, never input)."""
    if language not in ("fi", "sv", "en"):
        language = "fi"
    return f"COALESCE(NULLIF(s.{column}_{language}, ''), s.{column}_fi)"


def search(
    *,
    session: Session,
    words: str = "",
    theme: str | None = None,
    municipality: str | None = None,
    language: str | None = None,
    target_group: str | None = None,
    display_language: str = "fi",
    limit: int = DEFAULT_LIMIT,
) -> list[ServiceHit]:
    """Active services matching every typed word and every filter given; ranked when words were typed."""
    where = ["s.active = 1", "o.active = 1"]
    params: dict[str, Any] = {"limit": limit}
    source = "services AS s"
    order = f"{_localised('name', display_language)} COLLATE NOCASE"
    expression = match_expression(words)
    if expression is not None:
        source = "service_search JOIN services AS s ON s.rowid = service_search.rowid"
        where.append("service_search MATCH :match")
        params["match"] = expression
        order = f"bm25(service_search, {WEIGHTS}), {order}"
    for column, value, key in (
        ("themes", theme, "theme"),
        ("languages", language, "language"),
        ("target_groups", target_group, "target_group"),
    ):
        if value:
            where.append(f"EXISTS (SELECT 1 FROM json_each(s.{column}) WHERE value = :{key})")
            params[key] = value
    if municipality:
        where.append(COVERS)
        params["municipality"] = municipality
    sql = f"""
        SELECT s.id, {_localised("name", display_language)} AS name, s.organisation_id,
               {_localised("name", display_language).replace("s.", "o.")} AS organisation,
               {_localised("description", display_language)} AS description,
               s.themes, s.target_groups, s.languages, s.areas, s.access, s.phone, s.web, s.free, s.contacts_checked
        FROM {source} JOIN organisations AS o ON o.id = s.organisation_id
        WHERE {" AND ".join(where)}
        ORDER BY {order}
        LIMIT :limit
    """  # only fixed fragments are formatted in; every value is a bound parameter
    return [
        ServiceHit(
            id=row.id,
            name=row.name,
            organisation_id=row.organisation_id,
            organisation=row.organisation,
            summary=_first_sentence(row.description or ""),
            themes=_codes(row.themes),
            target_groups=_codes(row.target_groups),
            languages=_codes(row.languages),
            areas=_codes(row.areas),
            access=_codes(row.access),
            phone=row.phone,
            web=row.web,
            free=bool(row.free),
            contacts_checked=bool(row.contacts_checked),
        )
        for row in session.execute(text(sql), params)
    ]


def _codes(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    loaded = json.loads(value)
    return [str(item) for item in loaded] if isinstance(loaded, list) else []


def _first_sentence(description: str, limit: int = 160) -> str:
    first = description.strip().split("\n", 1)[0]
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"
