"""Windows' Data Protection API for the key file, where no keyring serves the laptop.

File modes mean nothing on Windows, so a key file there is kept encrypted with DPAPI in the user's scope: Windows
derives that key from the account's sign-in, so a copy of the file read by another account, on another machine or
from a backup opens nothing. Credential Manager, where the key goes when the keyring works, is DPAPI too.

The file then holds ``dpapi:`` and the protected bytes in base64. Elsewhere ``available()`` is false, and such a
file is reported as protected by Windows rather than as damaged.
"""

from __future__ import annotations

import sys

PREFIX = "dpapi:"
# Mixed into the protection: another program of the same user asking DPAPI for the bare blob gets nothing.
ENTROPY = b"Pysakki contact-request key"
UI_FORBIDDEN = 0x1  # CRYPTPROTECT_UI_FORBIDDEN: never a dialog; fail instead


def available() -> bool:
    return sys.platform == "win32"


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    class _Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    def _blob(data: bytes) -> tuple[_Blob, ctypes.Array[ctypes.c_char]]:
        buffer = ctypes.create_string_buffer(data, len(data))
        return _Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char))), buffer

    def _call(name: str, data: bytes) -> bytes:
        source, _source_buffer = _blob(data)
        entropy, _entropy_buffer = _blob(ENTROPY)
        result = _Blob()
        call = getattr(ctypes.windll.crypt32, name)
        if not call(ctypes.byref(source), None, ctypes.byref(entropy), None, None, UI_FORBIDDEN, ctypes.byref(result)):
            raise ctypes.WinError()
        try:
            return ctypes.string_at(result.pbData, result.cbData)
        finally:
            ctypes.windll.kernel32.LocalFree(result.pbData)

    def protect(data: bytes) -> bytes:
        """``data`` encrypted for this Windows account (CryptProtectData)."""
        return _call("CryptProtectData", data)

    def unprotect(blob: bytes) -> bytes:
        """What ``protect`` encrypted, on the same account; OSError otherwise (CryptUnprotectData)."""
        return _call("CryptUnprotectData", blob)

else:

    def protect(data: bytes) -> bytes:
        raise OSError("DPAPI exists only on Windows")

    def unprotect(blob: bytes) -> bytes:
        raise OSError("DPAPI exists only on Windows")
