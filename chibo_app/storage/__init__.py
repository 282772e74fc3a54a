"""storage layer. No Qt."""

from __future__ import annotations

import sys


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite_utils imports numpy and pandas when it is imported, only to map their
    scalar types to column types; we never store such values, and importing numpy costs
    start-up ~0.4 s. They are hidden from that one import (a module set to None in
    sys.modules cannot be imported); copy detection imports numpy itself, when a
    thousands-of-plans year needs it."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401, PLC0415
    finally:
        for name in hidden:
            del sys.modules[name]


_import_sqlite_utils_without_numpy()
