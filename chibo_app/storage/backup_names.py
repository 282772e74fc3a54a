"""Backup file names: `<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite`, written and read back here only.

The time stamp comes first so a folder listing sorts by time; the reason says why the
copy was taken (Vietnamese, ASCII, so it survives any file system and USB stick).
"""

from __future__ import annotations

import datetime as dt
import re

ON_START = "khoi-dong"
ON_CLOSE = "dong"
AUTOMATIC = "tu-dong"
MANUAL = "thu-cong"
BEFORE_RESTORE = "truoc-khoi-phuc"
BEFORE_CHECK = "truoc-kiem-tra"
# Copies taken just before a risky step; thinning keeps them for a while (backup_policy).
SAFETY_PREFIX = "truoc-"

SUFFIX = ".sqlite"
_STAMP = "%Y%m%d-%H%M%S"
_REST = re.compile(r"(\d{8}-\d{6})(?:-([a-z0-9]+(?:-[a-z0-9]+)*))?")


def before_upgrade(version: int) -> str:
    return f"truoc-nang-cap-v{version}"


def backup_name(stem: str, taken_at: dt.datetime, reason: str) -> str:
    if not _REST.fullmatch(f"00000000-000000-{reason}"):
        raise ValueError(f"bad backup reason: {reason!r}")
    return f"{stem}-{taken_at.strftime(_STAMP)}-{reason}{SUFFIX}"


def parse_backup_name(stem: str, name: str) -> tuple[dt.datetime, str] | None:
    """(taken_at, reason) for a backup of the database named `stem`; None for other files."""
    prefix = f"{stem}-"
    if not (name.startswith(prefix) and name.endswith(SUFFIX)):
        return None
    match = _REST.fullmatch(name[len(prefix) : -len(SUFFIX)])
    if match is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match[1], _STAMP)
    except ValueError:
        return None
    return taken_at, match[2] or ""
