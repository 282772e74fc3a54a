"""Putting re-keyed copies in place of the data file and its backups, all or none.

Setting, changing or removing the password re-keys the data file and every backup
beside it. Each copy is made and checked under a temporary name first; then a small job
file lists which copy replaces which file, and only then do the renames start. A crash
before the job file exists leaves every original in place (the copies are leftovers,
removed at the next start); a crash after it is finished at the next start from the job
file alone (no password needed: the copies were checked before the job was written). So
no copy under the old key — a plain-text backup beside an encrypted file — outlives the
next start.

The job file holds names only, never a password.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from chibo_app.storage.sqlite_files import SIDECAR_SUFFIXES, fsync_folder, sidecar

_SUFFIX = ".doi-mat-khau"


def job_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}{_SUFFIX}")


def write_job(db_path: Path, pairs: list[tuple[Path, Path]]) -> None:
    """Record (checked copy, file it replaces) pairs, durably, before any rename."""
    path = job_path(db_path)
    tmp = path.with_name(path.name + ".tmp")
    data = [[str(staged), str(target)] for staged, target in pairs]
    with open(tmp, "w", encoding="utf-8") as file:
        json.dump(data, file, ensure_ascii=False)
        file.flush()
        os.fsync(file.fileno())
    os.replace(tmp, path)
    fsync_folder(path.parent)


def pending(db_path: Path) -> list[tuple[Path, Path]]:
    """The pairs of an unfinished job; [] when there is none (or it is unreadable)."""
    try:
        data = json.loads(job_path(db_path).read_text(encoding="utf-8"))
        return [(Path(staged), Path(target)) for staged, target in data]
    except (OSError, ValueError, TypeError):
        return []


def replace_one(staged: Path, target: Path) -> None:
    """`staged` in place of `target`; the target's -wal and -shm (of its old key, never
    to be replayed into the new file) removed first."""
    for suffix in SIDECAR_SUFFIXES:
        sidecar(target, suffix).unlink(missing_ok=True)
    os.replace(staged, target)


def finish(db_path: Path) -> list[Path]:
    """Complete an interrupted job (the renames not yet done), then drop the job file.
    Returns the files replaced now. Idempotent; nothing to do without a job file."""
    pairs = pending(db_path)
    done = []
    for staged, target in pairs:
        if staged.exists():
            replace_one(staged, target)
            done.append(target)
    for folder in {target.parent for _staged, target in pairs}:
        fsync_folder(folder)
    drop(db_path)
    return done


def drop(db_path: Path) -> None:
    job_path(db_path).unlink(missing_ok=True)
    job_path(db_path).with_name(job_path(db_path).name + ".tmp").unlink(missing_ok=True)
