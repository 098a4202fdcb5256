"""The register's endpoints and their dependencies (the FastAPI template's ``Annotated`` style).

Every endpoint opens its own transaction with ``store.session()`` (a write) or ``store.snapshot()`` (a read) inside
its body, so the transaction commits and its connection goes back to the pool in the endpoint's own worker thread,
before the answer is serialised. (A session handed out by a ``yield`` dependency is closed only after that, in a
worker thread of its own: when every worker thread waits for a lock that such a session holds, nothing is left to
close it, and the register wedges.) The caller is known from the bearer token (``CallerDep``), looked up in a read;
coordinator-only endpoints say so in their signature (``CoordinatorDep``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from pydantic import BaseModel, Field, WithJsonSchema
from sqlalchemy import select

from app.clock import utcnow
from app.transfer import MAX_COUNTER
from sync.console_wire import CodeRequest, CodeResponse, ConflictInfo, DeviceInfo, ResolveRequest
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
    ReceiptResponse,
    ServerInfo,
    WorkersRequest,
    WorkersResponse,
)
from sync.server import auth, conflicts, json_body, pull, push, receipt, reference_admin
from sync.server.auth import AuthError, Caller
from sync.server.models import Device
from sync.server.reference_admin import ReferenceTable, RowStatus
from sync.server.store import RegisterStore

MIN_PROTOCOL_VERSION = 1


def get_store(request: Request) -> RegisterStore:
    store: RegisterStore = request.app.state.store
    return store


StoreDep = Annotated[RegisterStore, Depends(get_store)]


def client_address(request: Request) -> str:
    """The caller's address: the socket's, or the one a trusted proxy forwarded (``serve --forwarded-allow-ips``)."""
    return request.client.host if request.client else "unknown"


def get_caller(request: Request, store: StoreDep, authorization: Annotated[str | None, Header()] = None) -> Caller:
    try:
        return auth.identify(store, authorization)
    except AuthError as exc:
        if exc.code == "bad_token":  # an address trying tokens is slowed down like one trying enrollment codes
            client = "token " + client_address(request)
            with store.session() as session:
                auth.check_enrollment_rate(session=session, client=client, what="tokens")
                auth.record_failed_enrollment(session=session, client=client)
        raise


CallerDep = Annotated[Caller, Depends(get_caller)]


def get_coordinator(caller: CallerDep) -> Caller:
    if not caller.is_coordinator:
        raise AuthError(403, "coordinators_only", "this needs a coordinator's token")
    return caller


def get_device(caller: CallerDep) -> Caller:
    if caller.is_coordinator or caller.unit_id is None:
        raise AuthError(403, "devices_only", "this is for devices")
    return caller


CoordinatorDep = Annotated[Caller, Depends(get_coordinator)]
DeviceDep = Annotated[Caller, Depends(get_device)]
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 413, 422, 426, 503)
}
router = APIRouter(prefix=API_PREFIX, responses=ERRORS)


def device_info(device: Device) -> DeviceInfo:
    seen = device.last_seen_at.isoformat() if device.last_seen_at else None
    told = device.erase_told_at.isoformat() if device.erase_told_at else None
    return DeviceInfo(id=device.id, unit_id=device.unit_id, name=device.name, revoked=device.revoked_at is not None,
                      last_seen_at=seen, erase_ordered=device.erase_ordered, erase_told_at=told)  # fmt: skip


@router.get("/hello")
async def hello() -> ServerInfo:
    """Answered on the event loop, without a worker thread or the database: it answers while the register is busy."""
    return ServerInfo(
        protocol_version=PROTOCOL_VERSION, min_protocol_version=MIN_PROTOCOL_VERSION, server_time=utcnow()
    )


@router.get("/health")
async def health() -> dict[str, str]:
    """For a load balancer or a monitor: the process answers (on the event loop, whatever the database does)."""
    return {"status": "ok"}


@router.post("/enroll", responses={409: {"model": ErrorBody}, 429: {"model": ErrorBody}})
def enroll(body: EnrollRequest, request: Request, store: StoreDep) -> EnrollResponse:
    """A one-time code for a device and its token; repeated with the same attempt secret after a lost answer, the
    same device and a new token (``auth.enroll``). The unit's reference rows come along, so a unit added at
    headquarters a minute ago is known to the laptop at once."""
    client = client_address(request)
    try:
        with store.session() as session:  # the code is used only if this commits
            auth.check_enrollment_rate(session=session, client=client)
            device, token = auth.enroll(session=session, code=body.code, device_name=body.device_name,
                                        device_id=body.device_id, attempt=body.attempt)  # fmt: skip
            answer = EnrollResponse(device_id=device.id, unit_id=device.unit_id, token=token,
                                    reference=pull.unit_reference(session, device.unit_id))  # fmt: skip
    except AuthError as exc:
        if exc.code == "bad_code":  # counted in a transaction of its own: the one above rolled back
            with store.session() as session:
                auth.record_failed_enrollment(session=session, client=client)
        raise
    return answer


@router.post("/push", openapi_extra=json_body.openapi_body(PushRequest))
def push_records(
    caller: CallerDep, store: StoreDep, request: Annotated[PushRequest, Depends(json_body.parsed(PushRequest))]
) -> PushResponse:
    # The caller is known before the body is parsed; the body is parsed in one pass (sync.server.json_body).
    with store.session() as session:
        results = push.apply_push(session=session, caller=caller, records=list(request.records))
    return PushResponse(results=results, server_time=utcnow())


@router.post("/workers")
def upload_workers(request: WorkersRequest, store: StoreDep, caller: CallerDep) -> WorkersResponse:
    with store.session() as session:
        created, known = push.add_workers(session=session, caller=caller, workers=list(request.workers))
    return WorkersResponse(created=created, known=known)


@router.get("/pull")
def pull_changes(
    store: StoreDep,
    caller: CallerDep,
    since: Annotated[int, Query(ge=0, le=MAX_COUNTER)] = 0,
    limit: Annotated[int, Query(ge=1, le=pull.MAX_LIMIT)] = 500,
) -> PullResponse:
    with store.snapshot() as snapshot:  # one consistent view over every table (see RegisterStore.snapshot)
        return pull.pull(session=snapshot, caller=caller, since=since, limit=limit)


@router.get("/receipt")
def end_of_day_receipt(store: StoreDep, caller: DeviceDep) -> ReceiptResponse:
    """What the register holds of this device's records: a count and a digest per type, for the laptop to check."""
    with store.snapshot() as snapshot:
        return receipt.receipt(snapshot, caller)


@router.get("/devices")
def devices(store: StoreDep, _caller: CoordinatorDep) -> list[DeviceInfo]:
    with store.snapshot() as session:
        return [device_info(d) for d in session.scalars(select(Device).order_by(Device.unit_id, Device.created_at))]


@router.post("/devices/{device_id}/revoke")
def revoke(
    device_id: Annotated[str, Path(max_length=64, pattern=NO_NUL)],
    store: StoreDep,
    _caller: CoordinatorDep,
    erase: bool = False,
) -> DeviceInfo:
    """Lock a laptop out; ``erase=true`` also orders it, should it ever call again, to empty its contact requests'
    names and numbers and destroy their key (what it sent stays in the register)."""
    with store.session() as session:
        return device_info(auth.revoke(session=session, device_id=device_id, erase=erase))


@router.post("/enrollment-codes")
def enrollment_code(request: CodeRequest, store: StoreDep, _caller: CoordinatorDep) -> CodeResponse:
    with store.session() as session:
        return CodeResponse(
            code=auth.create_enrollment_code(session=session, unit_id=request.unit_id, hours=request.hours)
        )


@router.get("/conflicts")
def list_conflicts(
    store: StoreDep,
    _caller: CoordinatorDep,
    unit_id: Annotated[str | None, Query(max_length=64, pattern=NO_NUL)] = None,
    resolved: bool = False,
) -> list[ConflictInfo]:
    """Pushed versions kept beside the register's copy, oldest first, each with the current version beside it."""
    with store.snapshot() as session:
        return conflicts.list_conflicts(session, unit_id=unit_id, resolved=resolved)


@router.post("/conflicts/{conflict_id}/resolve")
def resolve_conflict(
    conflict_id: Annotated[int, Path(ge=1, le=MAX_COUNTER)],
    body: ResolveRequest,
    store: StoreDep,
    caller: CoordinatorDep,
) -> ConflictInfo:
    """Resolved with the note, the coordinator and the time kept beside the conflict; nothing is applied."""
    with store.session() as session:
        return conflicts.resolve(session, conflict_id, body.note, by=caller.id)


# Every table's fields, published; a row is still checked on its own (``reference_admin.check_row``) and answered
# on its own, so one wrong field refuses that row with its name, never the whole request.
ROW_SCHEMAS = {"anyOf": [reference_admin.row_schema(table) for table in reference_admin.TABLES]}


class ReferenceRows(BaseModel):
    rows: Annotated[
        list[dict[str, Any]],
        Field(max_length=1000),
        WithJsonSchema({"type": "array", "maxItems": 1000, "items": ROW_SCHEMAS}),
    ]


class ReferenceAnswer(BaseModel):
    key: str
    status: RowStatus
    reason: str = ""


@router.get("/reference/{table}")
def reference_rows(table: ReferenceTable, store: StoreDep, _caller: CoordinatorDep) -> list[dict[str, Any]]:
    with store.snapshot() as session:
        return reference_admin.list_rows(session, table.value)


@router.put("/reference/{table}")
def put_reference_rows(
    table: ReferenceTable, body: ReferenceRows, store: StoreDep, _caller: CoordinatorDep
) -> list[ReferenceAnswer]:
    """Create or change reference rows (a row names only the fields it changes, and its key); laptops pull them.

    Each row is answered on its own: created, updated, unchanged, or rejected with the reason.
    """
    with store.session() as session:
        answers = reference_admin.put_rows(session, table.value, body.rows)
    return [ReferenceAnswer(key=key, status=status, reason=reason) for key, status, reason in answers]
