"""A SQLite file is more than one file: its -wal, -shm and -journal travel with it."""

from __future__ import annotations

import os
from pathlib import Path

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def remove_with_sidecars(path: Path) -> None:
    """Remove a temporary database and whatever SQLite left beside it."""
    for suffix in ("", *SIDECAR_SUFFIXES):
        sidecar(path, suffix).unlink(missing_ok=True)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX only; Windows has no directory fsync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
