"""The laptop trusts the certificates its operating system trusts, not only the ones shipped with ``requests``.

An office behind a TLS-inspecting proxy, or a register whose certificate comes from the organisation's own
authority, is trusted by Windows (its certificate store), macOS (the Keychain) or the Linux distribution, which the
IT people manage; ``requests`` alone knows only certifi's bundle. ``truststore`` makes Python's ``ssl`` ask the
system, while the certificates ``requests`` loads are still accepted too. It is done once, before the laptop's
first call to the register, and never in the register itself (a server has no use for it).
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)
_LOCK = threading.Lock()
_DONE = False


def trust_system_certificates() -> None:
    """From now on every TLS connection of this process verifies against the system's certificate store."""
    global _DONE  # noqa: PLW0603 (one switch for the process: ssl.SSLContext itself is replaced)
    with _LOCK:
        if _DONE:
            return
        try:
            import truststore  # noqa: PLC0415 (loads ssl and requests: not on the window's start-up path)
        except ImportError:  # an installation without it still syncs, with certifi's certificates
            log.warning("truststore is missing: only the bundled certificates are trusted")
        else:
            truststore.inject_into_ssl()
        _DONE = True
