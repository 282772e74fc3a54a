"""When to take a backup and which old ones to delete: pure decisions, no files.

Thinning follows Anki (rslib/src/collection/backup.rs): everything from today and
yesterday is kept; then, newest first, the newest backup of each of the last `daily`
days, then of each of the next `weekly` weeks, then of `monthly` months.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from chibo_app.storage.backup_names import SAFETY_PREFIX

AUTOMATIC_INTERVAL = dt.timedelta(minutes=30)


@dataclass(frozen=True)
class BackupLimits:
    daily: int = 12
    weekly: int = 10
    monthly: int = 9
    # Copies taken before a restore, upgrade or check are the way back from a wrong
    # choice; the daily rule alone would drop them as soon as a later copy that day exists.
    safety_days: int = 30


DEFAULT_LIMITS = BackupLimits()


class Dated(Protocol):
    @property
    def taken_at(self) -> dt.datetime: ...

    @property
    def reason(self) -> str: ...


B = TypeVar("B", bound=Dated)


def backup_due(
    last_backup_at: dt.datetime | None,
    last_change_at: dt.datetime | None,
    now: dt.datetime,
    interval: dt.timedelta = AUTOMATIC_INTERVAL,
) -> bool:
    """True when something changed since the last backup and `interval` has passed."""
    if last_change_at is None:
        return False
    if last_backup_at is None:
        return True
    # Times have one-second resolution: a change in the backup's own second may not be
    # in it, so count it (one spare copy is cheaper than a missed edit).
    if last_change_at < last_backup_at:
        return False
    if now < last_backup_at:  # the clock was set back: don't wait for it to catch up
        return True
    return now - last_backup_at >= interval


def backups_to_delete(
    infos: Sequence[B],
    now: dt.datetime,
    daily: int = 12,
    weekly: int = 10,
    monthly: int = 9,
    safety_days: int = 30,
) -> list[B]:
    """The backups thinning would remove, oldest last; the newest is never among them."""
    yesterday = now.date() - dt.timedelta(days=1)
    safety_since = now - dt.timedelta(days=safety_days)
    left = [daily, weekly, monthly]
    last_kept: list[tuple[int, ...] | None] = [None, None, None]
    obsolete: list[B] = []
    ordered = sorted(infos, key=lambda b: b.taken_at, reverse=True)
    for index, backup in enumerate(ordered):
        keys = _period_keys(backup.taken_at)
        if index == 0 or backup.taken_at.date() >= yesterday:
            last_kept = list(keys)
            continue
        if backup.reason.startswith(SAFETY_PREFIX) and backup.taken_at >= safety_since:
            continue  # kept outside the count, so the others thin exactly as without it
        stage = next((i for i in range(3) if left[i] > 0), None)
        if stage is None:
            obsolete.append(backup)
            continue
        previous = last_kept[stage]
        if previous is None or keys[stage] < previous:
            left[stage] -= 1
            last_kept = list(keys)
        else:
            obsolete.append(backup)
    return obsolete


def _period_keys(at: dt.datetime) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    iso = at.isocalendar()
    return (at.year, at.month, at.day), (iso.year, iso.week), (at.year, at.month)
