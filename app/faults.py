"""What went wrong with the disk or the data file, read from an exception: one stable code the user interface words.

SQLite reports a full disk, a read-only file or folder and a damaged file with its own result codes; the operating
system with errno. Either may arrive wrapped (SQLAlchemy's DBAPIError keeps SQLite's error as ``orig``; a raise
``from`` keeps it as ``__cause__``), so the whole chain is read.
"""

from __future__ import annotations

import errno

DISK_FULL = "disk_full"
READ_ONLY = "read_only"
CORRUPT = "corrupt"
IN_USE = "in_use"
IO = "io"

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE = {
    3: READ_ONLY,  # SQLITE_PERM
    5: IN_USE,  # SQLITE_BUSY
    6: IN_USE,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    10: IO,  # SQLITE_IOERR
    11: CORRUPT,  # SQLITE_CORRUPT
    13: DISK_FULL,  # SQLITE_FULL
    14: READ_ONLY,  # SQLITE_CANTOPEN: in practice a folder the program may not write in
    26: CORRUPT,  # SQLITE_NOTADB
}
_ERRNO = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: IO,
}


def fault_of(error: BaseException | None) -> str | None:
    """The fault behind ``error`` (a code above), or None when it is not one of these."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        code = getattr(error, "sqlite_errorcode", None)  # sqlite3.Error's (read by name: no sqlite3 import here)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE:
            return _SQLITE[code & 0xFF]
        if isinstance(error, OSError) and error.errno in _ERRNO:
            return _ERRNO[error.errno]
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return None
