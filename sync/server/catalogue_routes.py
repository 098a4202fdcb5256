"""A coordinator's import of a national service catalogue (PTV) file at the register, for every laptop."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import WithJsonSchema

from app.catalogue.ptv import PtvFileError
from sync.catalogue_wire import CatalogueImportAnswer
from sync.protocol import API_PREFIX
from sync.server.auth import AuthError
from sync.server.catalogue_import import import_at_register
from sync.server.routes import ERRORS, CoordinatorDep, StoreDep

router = APIRouter(prefix=API_PREFIX, responses=ERRORS)
# The file's shape as the import reads it (a list, or a page of the API's answer with its ``itemList``); each entry is
# checked on its own and, when unusable, left out and listed.
ENTRIES = {"type": "array"}
PAGE = {"type": "object", "required": ["itemList"], "properties": {"itemList": ENTRIES}}
PTV_FILE = {
    "type": "object",
    "required": ["services"],
    "properties": {
        "services": {
            "anyOf": [
                {"type": "array", "minItems": 1},
                {**PAGE, "properties": {"itemList": {"type": "array", "minItems": 1}}},
            ]
        },
        "organizations": {"anyOf": [ENTRIES, PAGE]},
        "serviceChannels": {"anyOf": [ENTRIES, PAGE]},
    },
}


@router.post("/catalogue/ptv")
def import_ptv_file(
    data: Annotated[dict[str, Any], Body(), WithJsonSchema(PTV_FILE)], store: StoreDep, _caller: CoordinatorDep
) -> CatalogueImportAnswer:
    """The file's organisations and services into the register's catalogue (PTV open API v11: ``organizations``,
    ``services``, ``serviceChannels``); an unusable entry is left out and listed, a file of another shape refused."""
    try:
        with store.session() as session:
            report = import_at_register(session, data)
    except PtvFileError as exc:  # the shape is checked before anything is written
        raise AuthError(422, "not_ptv", f"not a PTV catalogue file: {exc}") from exc
    return CatalogueImportAnswer(
        services_created=report.services_created,
        services_updated=report.services_updated,
        services_unchanged=report.services_unchanged,
        organisations_created=report.organisations_created,
        organisations_updated=report.organisations_updated,
        left_out=[str(problem) for problem in report.problems],
    )
