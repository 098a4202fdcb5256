"""The store's side of the program, loaded where it runs.

SQLAlchemy, pydantic, Alembic and the use cases take most of a second to import on a modest laptop. The GUI thread
never imports them: pages name the application modules they call with :func:`lazy`, and a module is imported the
first time a background task touches it, on the store thread, while the window is already up and answering.
(tests/test_architecture.py checks that importing the window loads none of them.)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any


class _Deferred:
    """Stands for a module until first use; ``importlib`` makes the import itself thread-safe."""

    def __init__(self, name: str, prepare: Callable[[], None] | None = None) -> None:
        self._name = name
        self._prepare = prepare

    def __getattr__(self, attribute: str) -> Any:
        if self._prepare is not None:
            self._prepare()  # idempotent, and cheap after the first time
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<deferred module {self._name}>"


def lazy(name: str, prepare: Callable[[], None] | None = None) -> ModuleType:
    """The module ``name``, imported when an attribute of it is first used (after ``prepare``, if given, runs on
    that thread: the network side trusts the system's certificates before its first connection)."""
    return _Deferred(name, prepare)  # type: ignore[return-value]  # duck-typed: attribute access is all callers do
