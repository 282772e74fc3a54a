"""Which file each backup belongs to: the file's own id, never its name.

Every Chi bộ file holds a random id of its own (settings 'file_id', made when the file
is first opened by this version; a backup, being a copy, carries it). The data folder
keeps a small index, `.chibo-sao-luu.json`, of which id each backup in its backups
folder was taken from and which id each data file has — so two files sharing a name stem
(`chibo.db`, `chibo.sqlite`) never see each other's backups, and the backups of a file
too damaged to read its id can still be found. The index holds names and random ids
only; a backup missing from it (taken by an older version) is judged by its name, and
any backup is checked against the id inside before it replaces anything.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import sqlite_utils

from chibo_app.storage.connection import Error

INDEX_NAME = ".chibo-sao-luu.json"
FILE_ID = "file_id"


def ensure_file_id(db: sqlite_utils.Database) -> str:
    """The file's id, made now if it has none (a file made by an older version)."""
    found = file_id(db)
    if found:
        return found
    new = uuid.uuid4().hex
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", [FILE_ID, new])
    return file_id(db) or new


def file_id(db: sqlite_utils.Database) -> str | None:
    try:
        row = db.execute("SELECT value FROM settings WHERE key = ?", [FILE_ID]).fetchone()
    except Error:
        return None
    return str(row[0]) if row and row[0] else None


def index_path(db_path: Path) -> Path:
    return db_path.parent / INDEX_NAME


def read(db_path: Path) -> dict[str, dict[str, str]]:
    try:
        data: Any = json.loads(index_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    return {
        key: {str(k): str(v) for k, v in dict(data.get(key) or {}).items()}
        for key in ("backups", "files")
    }


def record(db_path: Path, backup: Path, owner: str) -> None:
    """Note that `backup` (in the backups folder of `db_path`) was taken from the file
    with id `owner`, which is `db_path`'s. Best effort: an index that cannot be written
    leaves backups judged by their names."""
    index = read(db_path)
    index["backups"][backup.name] = owner
    index["files"][db_path.name] = owner
    present = {p.name for p in backup.parent.iterdir()} if backup.parent.is_dir() else set()
    index["backups"] = {k: v for k, v in index["backups"].items() if k in present}
    target = index_path(db_path)
    tmp = target.with_name(target.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as file:
            json.dump(index, file, ensure_ascii=False, indent=1, sort_keys=True)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)


def owner_of_file(db_path: Path) -> str | None:
    return read(db_path)["files"].get(db_path.name)


def owners(db_path: Path) -> dict[str, str]:
    """Backup name → id of the file it was taken from, for the backups folder."""
    return read(db_path)["backups"]
