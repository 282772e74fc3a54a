"""Does the -wal beside a file belong to it? Asked before the file is opened for writing.

Opening a SQLite file replays the -wal found beside it, whatever file that WAL came
from: a WAL copied along from another cell's file, or left from an earlier state of this
one (the file was restored or copied back, its old WAL not), is written into the file —
rows vanish, indexes break. SQLite cannot tell: a WAL does not name its database.

So a leftover WAL is tried on a private copy first: the file with it and the file
without it are both checked (integrity and identity). A WAL that turns a whole file
into a damaged one, or into another file, does not belong: it is set aside (renamed,
bytes kept for a support request) and never replayed. A WAL the file needs — a crash
in the middle of a checkpoint leaves the file whole only with it — is kept.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from chibo_app.storage.connection import Error, connect
from chibo_app.storage.sqlite_files import sidecar

NONE, BELONGS, FOREIGN, UNKNOWN = "none", "belongs", "foreign", "unknown"
SCRATCH_PREFIX = ".kiem-tra-wal-"
ASIDE_MARK = ".wal-khong-khop-"


def leftover_wal(path: Path) -> bool:
    wal = sidecar(path, "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def check_wal(path: Path, password: str | None = None) -> str:
    """NONE (no leftover WAL), BELONGS, FOREIGN, or UNKNOWN (the file is damaged with
    and without it: the diagnosis that follows says so). Changes nothing."""
    if not leftover_wal(path):
        return NONE
    try:
        scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=path.parent))
    except OSError:
        return UNKNOWN  # a folder we cannot write: the file is opened read-only anyway
    try:
        without = _state(path, password, immutable=True)
        copy = scratch / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(sidecar(path, "-wal"), sidecar(copy, "-wal"))
        with_wal = _state(copy, password, immutable=False)
    except OSError:
        return UNKNOWN
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if with_wal is not None and (without is None or _same_file(with_wal[1], without[1])):
        return BELONGS  # whole with it (and the same file): a crash's committed work
    if without is not None:
        return FOREIGN  # whole without it, broken or another file with it
    return UNKNOWN


def _same_file(a: tuple[int, str | None], b: tuple[int, str | None]) -> bool:
    """Application id and file id agree wherever both are set (a WAL may hold the first
    write of either, right after the file was made or upgraded)."""
    return all(x == y for x, y in zip(a, b, strict=True) if x and y)


def _state(
    path: Path, password: str | None, *, immutable: bool
) -> tuple[str, tuple[int, str | None]] | None:
    """("ok", identity) when the file (with its -wal unless immutable) is whole; None if
    not. The identity: the application id and the file's own id."""
    try:
        if immutable:
            conn = connect(path, password, read_only=True, immutable=True)
        else:
            conn = connect(path, password)  # replays the WAL into the private copy
        try:
            if conn.execute("PRAGMA integrity_check(1)").fetchone()[0] != "ok":
                return None
            identity = (int(conn.execute("PRAGMA application_id").fetchone()[0]), _file_id(conn))
        finally:
            conn.close()
    except Error:
        return None
    return "ok", identity


def _file_id(conn: object) -> str | None:
    try:
        row = conn.execute(  # type: ignore[attr-defined]
            "SELECT value FROM settings WHERE key = 'file_id'"
        ).fetchone()
    except Error:
        return None
    return str(row[0]) if row else None


def set_aside_wal(path: Path, now: dt.datetime) -> Path:
    """Rename the -wal out of SQLite's sight (`<name>.wal-khong-khop-<stamp>`), bytes
    unchanged; drop the -shm built from it."""
    target = path.with_name(f"{path.name}{ASIDE_MARK}{now:%Y%m%d-%H%M%S}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}{ASIDE_MARK}{now:%Y%m%d-%H%M%S}-{number}")
    os.rename(sidecar(path, "-wal"), target)
    sidecar(path, "-shm").unlink(missing_ok=True)
    return target
