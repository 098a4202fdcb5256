"""Statistics: the same reports on the laptop's database and the register's, as plain data, then rendered.

``make_report`` is the one entry point: a kind (the yearly review, a breakdown, the STEA view), a scope (dates,
municipality, unit) and a language. With ``threshold`` the small numbers are hidden, as every exported report must be.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app.files import write_atomically
from app.reports.breakdowns import by_month, by_municipality, by_organisation, by_package, by_theme
from app.reports.names import Names
from app.reports.review import review
from app.reports.scope import Scope, ScopeError
from app.reports.stea import stea
from app.reports.suppression import DEFAULT_THRESHOLD, protect_report
from app.reports.table import Report, Table

__all__ = [
    "DEFAULT_THRESHOLD",
    "FORMATS",
    "KINDS",
    "Report",
    "Scope",
    "ScopeError",
    "Table",
    "make_report",
    "render",
    "save_report",
]

_BUILDERS: dict[str, Callable[[Session, Scope, Names], list[Table]]] = {
    "review": review,
    "municipality": lambda s, sc, n: [by_municipality(s, sc, n)],
    "theme": lambda s, sc, n: [by_theme(s, sc, n)],
    "organisation": lambda s, sc, n: [by_organisation(s, sc, n)],
    "package": lambda s, sc, n: [by_package(s, sc, n)],
    "month": lambda s, sc, n: [by_month(s, sc, n)],
    "stea": lambda s, sc, n: [stea(s, sc, n)],
}
KINDS = tuple(_BUILDERS)


def make_report(
    session: Session,
    kind: str,
    scope: Scope,
    *,
    language: str = "fi",
    threshold: int = 0,
    today: date | None = None,
) -> Report:
    """``threshold`` 0 gives exact figures (the unit's own view); exports pass 5 or the configured value."""
    if kind not in _BUILDERS:
        raise ScopeError(f"no report {kind!r}; choose one of {', '.join(KINDS)}")
    names = Names(session, language)
    report = Report(
        kind=kind,
        title=names.word(f"report_{kind}"),
        start=scope.start,
        end=scope.end,
        language=language,
        unit=names.unit(scope.unit_id),
        municipality=names.municipality(scope.municipality_code),
        tables=tuple(_BUILDERS[kind](session, scope, names)),
        made_on=today or date.today(),
    )
    return protect_report(report, threshold) if threshold else report


FORMATS = ("json", "csv", "xlsx", "pdf")


def render(report: Report, format: str) -> bytes:
    """The report as a file's bytes; each renderer loads only when asked for."""
    if format == "json":
        import json  # noqa: PLC0415

        return json.dumps(report.as_dict(), ensure_ascii=False, indent=2).encode("utf-8")
    if format == "csv":
        from app.reports.render_csv import render_csv  # noqa: PLC0415

        return render_csv(report)
    if format == "xlsx":
        from app.reports.render_xlsx import render_xlsx  # noqa: PLC0415

        return render_xlsx(report)
    if format == "pdf":
        from app.reports.render_pdf import render_pdf  # noqa: PLC0415

        return render_pdf(report)
    raise ScopeError(f"no format {format!r}; choose one of {', '.join(FORMATS)}")


def save_report(report: Report, format: str, path: Path) -> Path:
    """Render ``report`` and write it whole or not at all."""
    return write_atomically(path, render(report, format))
