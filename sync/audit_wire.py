"""The audit log of contact requests on the wire (``GET /audit``), and as a coordinator saves it: a CSV of ids.

An entry names the worker, the action and the request, never what the request holds. The saved file leaves out
even the worker's name: ids only, so the file identifies nobody without the register beside it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime

from pydantic import BaseModel, ConfigDict

CSV_COLUMNS = ("at", "unit_id", "device_id", "worker_id", "action", "contact_request_id")


class AuditLine(BaseModel):
    model_config = ConfigDict(extra="ignore")

    at: datetime
    unit_id: str
    device_id: str
    worker_id: str | None
    worker_name: str | None
    action: str
    contact_request_id: str
    detail: str | None


def audit_csv(lines: Sequence[AuditLine]) -> bytes:
    """The lines as CSV (UTF-8 with a byte-order mark, which spreadsheets read as such), ids and times only."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for line in lines:
        writer.writerow(
            [line.at.isoformat(), line.unit_id, line.device_id, line.worker_id or "", line.action,
             line.contact_request_id]
        )  # fmt: skip
    return ("\ufeff" + out.getvalue()).encode("utf-8")
