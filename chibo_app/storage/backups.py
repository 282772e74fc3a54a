"""Backup files of one database: take, list, thin, and copy out to another folder."""

from __future__ import annotations

import datetime as dt
import errno
import shutil
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from chibo_app.core.clock import default_clock
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.storage import backup_index
from chibo_app.storage.backup_names import (
    DAMAGED_KEPT,
    NEVER_THINNED,
    backup_name,
    glob_escape,
    parse_backup_name,
    parse_kept_aside,
)
from chibo_app.storage.backup_policy import DEFAULT_LIMITS, BackupLimits, backups_to_delete
from chibo_app.storage.connection import Error, connect, error_name
from chibo_app.storage.database import backup_to, backups_folder

_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)  # quota exceeded; not on Windows


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of `db_path` in its backups folder (or `folder`), newest first — and, in
    its own folder, the damaged copies a restore kept aside (reason DAMAGED_KEPT).

    A backup the folder's index says was taken from another file (another file with the
    same name stem) is not one of them; temporary files and anything else are ignored.
    """
    own = folder is None
    folder = backups_folder(db_path) if folder is None else folder
    try:
        entries = list(folder.iterdir())
    except OSError:  # no folder yet, or a USB stick that was pulled out
        entries = []
    owner = backup_index.owner_of_file(db_path)
    taken_from = backup_index.owners(db_path) if own else {}
    found = []
    for entry in entries:
        parsed = parse_backup_name(db_path.stem, entry.name)
        if parsed is None:
            continue
        if owner and taken_from.get(entry.name, owner) != owner:
            continue  # another file's, though it shares the name stem
        info = _info(entry, *parsed)
        if info is not None:
            found.append(info)
    if own:
        found += kept_aside(db_path)
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def kept_aside(db_path: Path) -> list[BackupInfo]:
    """The damaged files a restore set aside beside `db_path` (`<name>.hong-<stamp>`):
    listed with the backups, as the only copy of what happened before the restore."""
    found = []
    for entry in db_path.parent.glob(f"{glob_escape(db_path.name)}.hong-*"):
        taken_at = parse_kept_aside(db_path.name, entry.name)
        if taken_at is not None:
            info = _info(entry, taken_at, DAMAGED_KEPT)
            if info is not None:
                found.append(info)
    return found


def _info(entry: Path, taken_at: dt.datetime, reason: str) -> BackupInfo | None:
    try:
        if not entry.is_file():
            return None
        return BackupInfo(entry, taken_at, reason, entry.stat().st_size)
    except OSError:
        return None


def take_backup(
    db: sqlite_utils.Database, db_path: Path, reason: str, now: dt.datetime | None = None
) -> Path:
    """A verified copy of the open database in its backups folder, noted in the
    folder's index as taken from this file."""
    owner = backup_index.file_id(db)
    taken_at = now or default_clock().now()
    taken_from = backup_index.owners(db_path)
    name = backup_name(db_path.stem, taken_at, reason)
    while taken_from.get(name, owner) != owner:  # another file's, same stem, same second
        taken_at += dt.timedelta(seconds=1)
        name = backup_name(db_path.stem, taken_at, reason)
    try:
        target = backup_to(db, backups_folder(db_path) / name)
    except (OSError, Error) as error:
        raise ChiboError(_write_failure(backups_folder(db_path), error)) from error
    if owner:
        backup_index.record(db_path, target, owner)
    return target


def backup_closed_file(
    db_path: Path, reason: str, now: dt.datetime | None = None, password: str | None = None
) -> Path:
    """Same as take_backup for a file nobody has open (before it is replaced).

    An encrypted file needs its password, and its backup is encrypted with it.
    """
    conn = connect(db_path, password)
    try:
        return take_backup(sqlite_utils.Database(conn), db_path, reason, now)
    finally:
        conn.close()


def copy_to_folder(
    db: sqlite_utils.Database, db_path: Path, folder: Path, reason: str, now: dt.datetime | None
) -> Path:
    """“Sao lưu ra…”: a verified copy in a folder the user chose (often a USB stick)."""
    if not folder.is_dir():
        raise ChiboError(
            msg("Không tìm thấy thư mục “{folder}”. Hãy kiểm tra USB hoặc chọn lại.", folder=folder)
        )
    needed = _database_bytes(db)
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = needed  # can't tell: let the write itself decide
    if free < needed:
        raise ChiboError(_no_space(folder, needed))
    target = folder / backup_name(db_path.stem, now or default_clock().now(), reason)
    try:
        backup_to(db, target)
    except (OSError, Error) as error:
        raise ChiboError(_write_failure(folder, error)) from error
    return target  # judged by its name and, before any restore, by the id inside


def thin_backups(
    db_path: Path, now: dt.datetime | None = None, limits: BackupLimits = DEFAULT_LIMITS
) -> list[Path]:
    """Delete the backups the daily/weekly/monthly rule no longer needs; return them.

    What a restore kept (the copy taken just before it, a damaged file set aside) is
    never thinned: it is the only copy of the history the restore went back over.
    """
    obsolete = backups_to_delete(
        [b for b in list_backups(db_path) if b.reason not in NEVER_THINNED],
        now or default_clock().now(),
        limits.daily,
        limits.weekly,
        limits.monthly,
        limits.safety_days,
    )
    deleted = []
    for info in obsolete:
        try:
            info.path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue  # locked by an antivirus or a viewer: try again next time
        deleted.append(info.path)
    return deleted


def last_change_at(db: sqlite_utils.Database) -> dt.datetime | None:
    """Time of the newest change_history row (written in the same transaction as each edit).

    PRAGMA data_version would not do: it only moves for commits made by *other*
    connections, and the app writes through one. The rowid lookup is one b-tree descent.
    """
    row = db.execute("SELECT at FROM change_history ORDER BY id DESC LIMIT 1").fetchone()
    return dt.datetime.fromisoformat(row[0]) if row else None


def _database_bytes(db: sqlite_utils.Database) -> int:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    return int(pages) * int(size)


def _no_space(folder: Path, needed: int) -> str:
    return (
        f"Không đủ chỗ trống trong “{folder}” để sao lưu (cần khoảng {_megabytes(needed)}). "
        "Hãy giải phóng bớt dung lượng hoặc chọn nơi khác; dữ liệu hiện tại không bị ảnh hưởng."
    )


def _write_failure(folder: Path, error: Exception) -> str:
    code = error.errno if isinstance(error, OSError) else None
    name = error_name(error)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or name in (
        "SQLITE_CANTOPEN",
        "SQLITE_READONLY",
        "SQLITE_PERM",
    ):
        cause = "không có quyền ghi hoặc thiết bị chỉ cho phép đọc"
    elif code in (errno.ENOSPC, errno.EFBIG, _EDQUOT) or name in (
        "SQLITE_FULL",
        "SQLITE_IOERR",  # all sqlcipher3 tells us; stdlib sqlite3 said SQLITE_IOERR_WRITE
        "SQLITE_IOERR_WRITE",
    ):
        cause = "ổ đĩa đã đầy hoặc không ghi tiếp được (USB bị rút ra?)"
    elif name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        cause = "tệp dữ liệu đang dùng bị hỏng, hãy chạy “Kiểm tra dữ liệu”"
    else:
        cause = str(error)
    return (
        f"Không sao lưu được vào “{folder}”: {cause}. Bản sao lưu chưa được tạo; "
        "dữ liệu hiện tại không bị ảnh hưởng."
    )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")
