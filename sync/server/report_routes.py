"""The central report: the same engine as the laptop's (``app.reports``) over every device's records, for
coordinators. Exported formats and JSON are protected (small numbers hidden) unless ``exact`` is asked for."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from app.reports import DEFAULT_THRESHOLD, Scope, make_report, render
from sync.protocol import API_PREFIX, NO_NUL
from sync.report_wire import ReportBody
from sync.server.routes import ERRORS, CoordinatorDep, StoreDep

router = APIRouter(prefix=API_PREFIX, responses=ERRORS)

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


Kind = Literal["review", "municipality", "theme", "organisation", "package", "month", "stea"]


@router.get(
    "/reports/{kind}",
    response_model=ReportBody,
    responses={200: {"content": {media.split(";")[0]: {} for media in MEDIA_TYPES.values()}}},
)
def report(
    kind: Kind,
    *,
    store: StoreDep,
    _caller: CoordinatorDep,
    start: date,
    end: date,
    municipality: Annotated[str | None, Query(max_length=3, pattern=NO_NUL)] = None,
    unit: Annotated[str | None, Query(max_length=64, pattern=NO_NUL)] = None,
    language: Literal["fi", "sv", "en"] = "fi",
    format: Literal["json", "csv", "xlsx", "pdf"] = "json",
    exact: bool = False,
    threshold: Annotated[int, Query(ge=2, le=100)] = DEFAULT_THRESHOLD,
) -> Response | ReportBody:
    """A report of every unit's records (or one unit's, or one municipality's) for the dates given, inclusive."""
    scope = Scope(start, end, municipality_code=municipality, unit_id=unit)  # ScopeError: 422 (sync.server.app)
    with store.snapshot() as session:
        made = make_report(session, kind, scope, language=language, threshold=0 if exact else threshold)
    if format == "json":
        return ReportBody.model_validate(made.as_dict())
    name = f"{kind}-{start.isoformat()}-{end.isoformat()}.{format}"
    return Response(
        render(made, format),
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
