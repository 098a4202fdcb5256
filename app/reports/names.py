"""Names of the things reports are broken down by, in the report's language."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Municipality, Organisation, ServicePackage, Theme, Unit
from app.reports.text import word


class Names:
    """Loaded once per report: reference tables are small."""

    def __init__(self, session: Session, language: str) -> None:
        self.language = language
        self.municipalities = {row.code: row.name(language) for row in session.scalars(select(Municipality))}
        self.organisations = {
            row.id: row.short_name or row.name(language) for row in session.scalars(select(Organisation))
        }
        themes = session.scalars(select(Theme).order_by(Theme.position, Theme.key)).all()
        self.themes = {row.key: row.name(language) for row in themes}
        self.theme_order = {row.key: index for index, row in enumerate(themes)}
        self.packages = {
            str(row.number): f"{row.number}. {row.name(language)}" for row in session.scalars(select(ServicePackage))
        }
        self.units = {row.id: row.name for row in session.scalars(select(Unit))}

    def word(self, key: str) -> str:
        return word(key, self.language)

    def unit(self, unit_id: str | None) -> str:
        return self.word("all_units") if unit_id is None else self.units.get(unit_id, unit_id)

    def municipality(self, code: str | None) -> str:
        return self.word("all_municipalities") if code is None else self.municipalities.get(code, code)
