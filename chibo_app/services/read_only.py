"""A file the app may not write (read-only file, folder, USB stick or share): tell it
beforehand, and open it for reading only, honestly, instead of failing at the first save
(storage/read_only.py opens it)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from chibo_app.services.session import Session
from chibo_app.storage import connection
from chibo_app.storage.read_only import NeedsRecovery, open_read_only_database


def can_write(path: Path) -> bool:
    """Whether the app can write `path` and create its -wal and backups beside it.

    os.access sees permissions, read-only attributes and read-only mounts; actually
    opening the file for writing and creating a file in its folder also catches what it
    misses (Windows ACLs, some network shares). Nothing is written to the data file, and
    no SQLite library is involved, so this works the same for an encrypted file. A file
    that does not exist yet is judged by its folder.
    """
    path = Path(path)
    folder = path.parent
    if not folder.exists():
        return os.access(existing_parent(path), os.W_OK)
    if not os.access(folder, os.W_OK) or not _can_create_in(folder):
        return False
    if not path.exists():
        return True
    if not os.access(path, os.W_OK):
        return False
    try:
        with open(path, "r+b"):
            pass
    except OSError:
        return False
    return True


def existing_parent(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists():
            return parent
    return path.parent


def _can_create_in(folder: Path) -> bool:
    try:
        fd, name = tempfile.mkstemp(prefix=".chibo-ghi-thu-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    try:
        os.unlink(name)
    except OSError:
        pass
    return True


def open_read_only(path: Path, password: str | None = None) -> Session:
    """A session that can read `path` and refuses every write; ChiboError when it cannot
    be shown. An encrypted file needs `password` (PasswordRequired / WrongPassword
    otherwise); nothing is created or changed either way."""
    db = open_read_only_database(Path(path), password)
    return Session(db=db, path=Path(path), password=connection.password_of(db.conn), read_only=True)


__all__ = ["NeedsRecovery", "can_write", "open_read_only"]
