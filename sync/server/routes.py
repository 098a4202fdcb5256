"""The register's endpoints and their dependencies (the FastAPI template's ``Annotated`` style).

Each request gets one transaction (``SessionDep``), committed when the endpoint returns; the caller is known from
the bearer token (``CallerDep``), and coordinator-only endpoints say so in their signature (``CoordinatorDep``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from pydantic import BaseModel, BeforeValidator, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.transfer import MAX_COUNTER, integral
from sync.protocol import (
    API_PREFIX,
    NO_NUL,
    PROTOCOL_VERSION,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    PullResponse,
    PushRequest,
    PushResponse,
    ServerInfo,
    WorkersRequest,
    WorkersResponse,
)
from sync.server import auth, conflicts, pull, push, reference_admin
from sync.server.auth import AuthError, Caller
from sync.server.conflicts import ConflictInfo
from sync.server.models import Device
from sync.server.reference_admin import ReferenceTable, RowStatus
from sync.server.store import RegisterStore

MIN_PROTOCOL_VERSION = 1


def get_session(request: Request) -> Iterator[Session]:
    store: RegisterStore = request.app.state.store
    with store.session() as session:
        yield session


# scope="function": the transaction commits before the response is sent. A device told "created" may rely on it;
# if the commit fails, the client sees an error and pushes again (the push is idempotent).
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_caller(request: Request, db: SessionDep, authorization: Annotated[str | None, Header()] = None) -> Caller:
    try:
        return auth.authenticate(session=db, authorization=authorization)
    except AuthError as exc:
        if exc.code == "bad_token":  # an address trying tokens is slowed down like one trying enrollment codes
            client = "token " + (request.client.host if request.client else "unknown")
            auth.check_enrollment_rate(session=db, client=client, what="tokens")
            store: RegisterStore = request.app.state.store
            with store.session() as session:  # its own transaction: this one rolls back with the error
                auth.record_failed_enrollment(session=session, client=client)
        raise


CallerDep = Annotated[Caller, Depends(get_caller)]


def get_coordinator(caller: CallerDep) -> Caller:
    if not caller.is_coordinator:
        raise AuthError(403, "coordinators_only", "this needs a coordinator's token")
    return caller


CoordinatorDep = Annotated[Caller, Depends(get_coordinator)]
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 413, 422, 426)
}
router = APIRouter(prefix=API_PREFIX, responses=ERRORS)


class DeviceInfo(BaseModel):
    id: str
    unit_id: str
    name: str
    revoked: bool
    last_seen_at: str | None

    @classmethod
    def of(cls, device: Device) -> DeviceInfo:
        seen = device.last_seen_at.isoformat() if device.last_seen_at else None
        return cls(id=device.id, unit_id=device.unit_id, name=device.name, revoked=device.revoked_at is not None,
                   last_seen_at=seen)  # fmt: skip


class CodeRequest(BaseModel):
    unit_id: Annotated[str, Field(min_length=1, max_length=64, pattern=NO_NUL)]
    hours: Annotated[int, Field(ge=1, le=24 * 14, strict=True), BeforeValidator(integral)] = auth.DEFAULT_CODE_HOURS


class CodeResponse(BaseModel):
    code: str


@router.get("/hello")
def hello() -> ServerInfo:
    return ServerInfo(
        protocol_version=PROTOCOL_VERSION, min_protocol_version=MIN_PROTOCOL_VERSION, server_time=utcnow()
    )


@router.post("/enroll", responses={429: {"model": ErrorBody}})
def enroll(body: EnrollRequest, request: Request, db: SessionDep) -> EnrollResponse:
    client = request.client.host if request.client else "unknown"
    auth.check_enrollment_rate(session=db, client=client)
    try:
        device, token = auth.enroll(session=db, code=body.code, device_name=body.device_name, device_id=body.device_id)
    except AuthError as exc:
        if exc.code == "bad_code":  # counted in a transaction of its own: this one rolls back with the error
            store: RegisterStore = request.app.state.store
            with store.session() as session:
                auth.record_failed_enrollment(session=session, client=client)
        raise
    return EnrollResponse(device_id=device.id, unit_id=device.unit_id, token=token)


@router.post("/push")
def push_records(request: PushRequest, db: SessionDep, caller: CallerDep) -> PushResponse:
    results = push.apply_push(session=db, caller=caller, records=list(request.records))
    return PushResponse(results=results, server_time=utcnow())


@router.post("/workers")
def upload_workers(request: WorkersRequest, db: SessionDep, caller: CallerDep) -> WorkersResponse:
    created, known = push.add_workers(session=db, caller=caller, workers=list(request.workers))
    return WorkersResponse(created=created, known=known)


@router.get("/pull")
def pull_changes(
    request: Request,
    caller: CallerDep,
    since: Annotated[int, Query(ge=0, le=MAX_COUNTER)] = 0,
    limit: Annotated[int, Query(ge=1, le=pull.MAX_LIMIT)] = 500,
) -> PullResponse:
    store: RegisterStore = request.app.state.store
    with store.snapshot() as snapshot:  # one consistent view over every table (see RegisterStore.snapshot)
        return pull.pull(session=snapshot, caller=caller, since=since, limit=limit)


@router.get("/devices")
def devices(db: SessionDep, _caller: CoordinatorDep) -> list[DeviceInfo]:
    return [DeviceInfo.of(d) for d in db.scalars(select(Device).order_by(Device.unit_id, Device.created_at))]


@router.post("/devices/{device_id}/revoke")
def revoke(
    device_id: Annotated[str, Path(max_length=64, pattern=NO_NUL)], db: SessionDep, _caller: CoordinatorDep
) -> DeviceInfo:
    return DeviceInfo.of(auth.revoke(session=db, device_id=device_id))


@router.post("/enrollment-codes")
def enrollment_code(request: CodeRequest, db: SessionDep, _caller: CoordinatorDep) -> CodeResponse:
    return CodeResponse(code=auth.create_enrollment_code(session=db, unit_id=request.unit_id, hours=request.hours))


@router.get("/conflicts")
def list_conflicts(
    db: SessionDep,
    _caller: CoordinatorDep,
    unit_id: Annotated[str | None, Query(max_length=64, pattern=NO_NUL)] = None,
    resolved: bool = False,
) -> list[ConflictInfo]:
    """Pushed versions kept beside the register's copy, oldest first, each with the current version beside it."""
    return conflicts.list_conflicts(db, unit_id=unit_id, resolved=resolved)


class ResolveRequest(BaseModel):
    note: Annotated[str, Field(min_length=1, max_length=2000, pattern=NO_NUL)]


@router.post("/conflicts/{conflict_id}/resolve")
def resolve_conflict(
    conflict_id: Annotated[int, Path(ge=1, le=MAX_COUNTER)],
    body: ResolveRequest,
    db: SessionDep,
    _caller: CoordinatorDep,
) -> ConflictInfo:
    return conflicts.resolve(db, conflict_id, body.note)


class ReferenceRows(BaseModel):
    rows: Annotated[list[dict[str, Any]], Field(max_length=1000)]


class ReferenceAnswer(BaseModel):
    key: str
    status: RowStatus
    reason: str = ""


@router.get("/reference/{table}")
def reference_rows(table: ReferenceTable, db: SessionDep, _caller: CoordinatorDep) -> list[dict[str, Any]]:
    return reference_admin.list_rows(db, table.value)


@router.put("/reference/{table}")
def put_reference_rows(
    table: ReferenceTable, body: ReferenceRows, db: SessionDep, _caller: CoordinatorDep
) -> list[ReferenceAnswer]:
    """Create or change reference rows (a row names only the fields it changes, and its key); laptops pull them.

    Each row is answered on its own: created, updated, unchanged, or rejected with the reason.
    """
    answers = reference_admin.put_rows(db, table.value, body.rows)
    return [ReferenceAnswer(key=key, status=status, reason=reason) for key, status, reason in answers]
