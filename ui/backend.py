"""The store's side of the program, loaded where it runs.

SQLAlchemy, pydantic, Alembic and the use cases take most of a second to import on a modest laptop. The GUI thread
never imports them: pages name the application modules they call with :func:`lazy`, and a module is imported the
first time a background task touches it, on the store thread, while the window is already up and answering.
(tests/test_architecture.py checks that importing the window loads none of them.)
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _Deferred:
    """Stands for a module until first use; ``importlib`` makes the import itself thread-safe."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<deferred module {self._name}>"


def lazy(name: str) -> ModuleType:
    """The module ``name``, imported when an attribute of it is first used."""
    return _Deferred(name)  # type: ignore[return-value]  # duck-typed: attribute access is all callers do
