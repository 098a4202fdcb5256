"""Pysäkki domain: records, rules, storage, reports and handouts. Never imports Qt."""

from typing import Any


def __getattr__(name: str) -> Any:
    """``app.__version__``, read from the installed package's metadata only when asked (it is slow to read)."""
    if name != "__version__":
        raise AttributeError(f"module 'app' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("pysakki")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"
