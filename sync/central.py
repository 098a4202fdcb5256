"""The register as a coordinator reads it from the desktop program: the central report over every unit's records,
and the console's calls (laptops, enrollment codes, conflicts).

The laptop knows the register's address from its enrollment; the coordinator's own token is asked for each time
and never stored, so a laptop left open in the van does not carry headquarters' key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from app.db import Store
from app.files import write_atomically
from app.identity import get_setting
from app.reports import Report, Scope
from sync.client import RegisterClient, SyncError
from sync.laptop import REGISTER_URL
from sync.report_wire import as_report


def _client(store: Store, token: str) -> RegisterClient:
    """A client with the coordinator's ``token`` for the register this laptop is enrolled with."""
    with store.session() as session:
        url = get_setting(session, REGISTER_URL)
    if not url:
        raise SyncError("not_enrolled", "this laptop does not know the register's address yet")
    if not token.strip():
        raise SyncError("no_token", "a coordinator's token is needed")
    return RegisterClient(url, token.strip(), attempts=2)


T = TypeVar("T")


def as_coordinator(store: Store, token: str, call: Callable[[RegisterClient], T]) -> T:
    """``call(client)`` with a client holding the coordinator's ``token``, closed afterwards (the console's calls)."""
    client = _client(store, token)
    try:
        return call(client)
    finally:
        client.close()


def _params(scope: Scope, language: str) -> dict[str, Any]:
    params: dict[str, Any] = {"start": scope.start.isoformat(), "end": scope.end.isoformat(), "language": language}
    if scope.municipality_code:
        params["municipality"] = scope.municipality_code
    if scope.unit_id:
        params["unit"] = scope.unit_id
    return params


def central_report(store: Store, token: str, kind: str, scope: Scope, *, language: str, exact: bool) -> Report:
    """The figures of every unit (or the one in ``scope``), exact only when asked: the register protects the rest."""
    params = {**_params(scope, language), "exact": "true" if exact else "false"}
    return as_report(as_coordinator(store, token, lambda client: client.report(kind, params)))


def save_central_report(
    store: Store, token: str, kind: str, scope: Scope, *, language: str, format: str, path: Path
) -> Path:
    """The register's protected report file, written whole or not at all."""
    data = as_coordinator(store, token, lambda client: client.report_file(kind, _params(scope, language), format))
    write_atomically(path, data)
    return path
