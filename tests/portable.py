"""Which tests need a POSIX system, said once: on Windows they are skipped with the reason, everything else runs."""

from __future__ import annotations

import sys

import pytest

ON_WINDOWS = sys.platform == "win32"


def posix_only(reason: str) -> pytest.MarkDecorator:
    """Skip on Windows, saying what the test needs there that Windows does not have."""
    return pytest.mark.skipif(ON_WINDOWS, reason=f"POSIX only: {reason}")
