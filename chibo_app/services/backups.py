"""Backups and recovery for the GUI and the CLI: "Sao lưu ngay", "Sao lưu ra…",
automatic copies, restore, and what to do with a damaged file at start.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chibo_app.core.clock import Clock, default_clock
from chibo_app.services.session import Session, open_session
from chibo_app.storage import backup_names, records, wal_check
from chibo_app.storage.backup_policy import (
    AUTOMATIC_INTERVAL,
    DEFAULT_LIMITS,
    BackupLimits,
    backup_due,
)
from chibo_app.storage.backups import (
    BackupInfo,
    copy_to_folder,
    last_change_at,
    list_backups,
    take_backup,
    thin_backups,
)
from chibo_app.storage.integrity import Diagnosis, diagnose_file, set_aside_damaged
from chibo_app.storage.restore import newest_good_backup, verify_backup
from chibo_app.storage.restore import restore_backup as restore_file

__all__ = [
    "BackupInfo",
    "BackupLimits",
    "Diagnosis",
    "automatic_backup",
    "backup_due",
    "backup_to_folder",
    "diagnose_file",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "restore_backup",
    "restore_over_damaged",
    "prepare_for_writing",
    "set_aside_damaged",
    "thin_backups",
    "verify_backup",
]


def make_backup(
    session: Session,
    reason: str = backup_names.MANUAL,
    *,
    now: dt.datetime | None = None,
    limits: BackupLimits = DEFAULT_LIMITS,
) -> Path:
    """A verified copy in the backups folder, then thinning of the old ones."""
    now = now or session.now()
    path = take_backup(session.db, session.path, reason, now)
    thin_backups(session.path, now, limits)
    return path


def backup_to_folder(session: Session, folder: Path, now: dt.datetime | None = None) -> Path:
    """“Sao lưu ra…”: a verified copy in `folder`; ChiboError with the reason if not."""
    return copy_to_folder(
        session.db, session.path, Path(folder), backup_names.MANUAL, now or session.now()
    )


def automatic_backup(
    session: Session,
    *,
    now: dt.datetime | None = None,
    interval: dt.timedelta = AUTOMATIC_INTERVAL,
    limits: BackupLimits = DEFAULT_LIMITS,
) -> Path | None:
    """For the GUI's timer: back up if something changed and `interval` has passed."""
    now = now or session.now()
    newest = next(iter(list_backups(session.path)), None)
    last_backup_at = newest.taken_at if newest else None
    if not backup_due(last_backup_at, last_change_at(session.db), now, interval):
        return None
    return make_backup(session, backup_names.AUTOMATIC, now=now, limits=limits)


def restore_backup(
    session: Session,
    backup_path: Path,
    now: dt.datetime | None = None,
    *,
    backup_password: str | None = None,
) -> Path | None:
    """Replace the session's data by the backup; the session is reopened either way.

    Returns where the replaced data was kept. On refusal (damaged or too new backup,
    disk full, wrong password) ChiboError is raised and the session is back on the
    untouched file. An older backup is brought up to date by open_database, after its
    own backup. The data keep the session's password: a backup taken under another
    password (give it as `backup_password`) or none is re-keyed on the way in.
    """
    session.close()
    try:
        kept = restore_file(
            session.path,
            Path(backup_path),
            now or session.now(),
            password=session.password,
            backup_password=backup_password,
        )
    finally:
        session.reopen()
    _record_restore(session, Path(backup_path), kept)
    return kept


def restore_over_damaged(
    path: Path, backup_path: Path, *, password: str | None = None, clock: Clock | None = None
) -> Path | None:
    """Put the backup in place of a file too damaged to open (nobody has it open): the
    damaged file is kept aside (listed with the backups), and the restore recorded in
    the restored file. Returns where the damaged file was kept."""
    clock = clock or default_clock()
    kept = restore_file(path, Path(backup_path), clock.now(), password=password)
    session = open_session(path, password, clock=clock)
    try:
        _record_restore(session, Path(backup_path), kept)
    finally:
        session.close()
    return kept


def _record_restore(session: Session, backup_path: Path, kept: Path | None) -> None:
    """From which backup, by whom and when — and where the history it went back over is
    kept — in the restored file's own change history."""
    with session.db.atomic():
        records.record_change(
            session.db,
            session.editor,
            "database",
            None,
            "update",
            None,
            {"restored_from": backup_path.name, "kept": kept.name if kept else None},
        )


def prepare_for_writing(
    path: Path, password: str | None = None, clock: Clock | None = None
) -> tuple[Diagnosis, Path | None]:
    """What the window and every writing command do before opening a file for writing,
    without changing a byte of it: a -wal that does not belong to the file is set aside
    (never replayed), then the file is diagnosed read-only. Returns the diagnosis and
    where a foreign WAL was put (None: there was none)."""
    aside = None
    if wal_check.check_wal(path, password) == wal_check.FOREIGN:
        aside = wal_check.set_aside_wal(path, (clock or default_clock()).now())
    return diagnose_file(path, password=password), aside
