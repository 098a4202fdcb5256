"""The version-merge rule: what happens when a copy of a record meets the copy a store already holds.

One rule for every place two copies meet: a laptop importing an export or applying a pulled change
(``app.transfer``), and the register applying a push (``sync.server.push``).

- nothing here yet: **created**
- a higher version: **updated** (the author's later edit)
- the same version and the same body: **duplicate** (a retry, or what is here already)
- the same version with another body: **conflict** (kept aside, never applied over what is here)
- a lower version: **older** (a late retry; the newer copy stays)

Shared records (contact requests) add compare-and-set on the register's revision before this rule; see
``sync.server.push``.
"""

from __future__ import annotations

from enum import StrEnum


class Merge(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    OLDER = "older"


def merge(incoming_version: int, held_version: int | None, *, same_content: bool) -> Merge:
    """The outcome of ``incoming_version`` meeting ``held_version`` (None: no copy is held).

    ``same_content`` says whether the two copies' bodies and tombstones agree; it matters only at equal versions.
    """
    if held_version is None:
        return Merge.CREATED
    if incoming_version > held_version:
        return Merge.UPDATED
    if incoming_version < held_version:
        return Merge.OLDER
    return Merge.DUPLICATE if same_content else Merge.CONFLICT
