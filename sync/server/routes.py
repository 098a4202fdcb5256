"""The register's endpoints and their dependencies (the FastAPI template's ``Annotated`` style).

Each request gets one transaction (``SessionDep``), committed when the endpoint returns; the caller is known from
the bearer token (``CallerDep``), and coordinator-only endpoints say so in their signature (``CoordinatorDep``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import utcnow
from sync.protocol import (
    API_PREFIX,
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
from sync.server import auth, pull, push
from sync.server.auth import AuthError, Caller
from sync.server.models import Device
from sync.server.store import RegisterStore

MIN_PROTOCOL_VERSION = 1


def get_session(request: Request) -> Iterator[Session]:
    store: RegisterStore = request.app.state.store
    with store.session() as session:
        yield session


# scope="function": the transaction commits before the response is sent. A device told "created" may rely on it;
# if the commit fails, the client sees an error and pushes again (the push is idempotent).
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_caller(db: SessionDep, authorization: Annotated[str | None, Header()] = None) -> Caller:
    return auth.authenticate(session=db, authorization=authorization)


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
    unit_id: str
    hours: Annotated[int, Query(ge=1, le=24 * 14)] = auth.DEFAULT_CODE_HOURS


class CodeResponse(BaseModel):
    code: str


@router.get("/hello")
def hello() -> ServerInfo:
    return ServerInfo(
        protocol_version=PROTOCOL_VERSION, min_protocol_version=MIN_PROTOCOL_VERSION, server_time=utcnow()
    )


@router.post("/enroll")
def enroll(request: EnrollRequest, db: SessionDep) -> EnrollResponse:
    device, token = auth.enroll(
        session=db, code=request.code, device_name=request.device_name, device_id=request.device_id
    )
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
    since: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=pull.MAX_LIMIT)] = 500,
) -> PullResponse:
    store: RegisterStore = request.app.state.store
    with store.snapshot() as snapshot:  # one consistent view over every table (see RegisterStore.snapshot)
        return pull.pull(session=snapshot, caller=caller, since=since, limit=limit)


@router.get("/devices")
def devices(db: SessionDep, _caller: CoordinatorDep) -> list[DeviceInfo]:
    return [DeviceInfo.of(d) for d in db.scalars(select(Device).order_by(Device.unit_id, Device.created_at))]


@router.post("/devices/{device_id}/revoke")
def revoke(device_id: str, db: SessionDep, _caller: CoordinatorDep) -> DeviceInfo:
    return DeviceInfo.of(auth.revoke(session=db, device_id=device_id))


@router.post("/enrollment-codes")
def enrollment_code(request: CodeRequest, db: SessionDep, _caller: CoordinatorDep) -> CodeResponse:
    return CodeResponse(code=auth.create_enrollment_code(session=db, unit_id=request.unit_id, hours=request.hours))
