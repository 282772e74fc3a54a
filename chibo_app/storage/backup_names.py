"""Backup file names: `<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite`, written and read back here only.

The time stamp comes first so a folder listing sorts by time; the reason says why the
copy was taken (Vietnamese, ASCII, so it survives any file system and USB stick).
"""

from __future__ import annotations

import datetime as dt
import re

from chibo_app.core.messages import Message, msg

ON_START = "khoi-dong"
ON_CLOSE = "dong"
AUTOMATIC = "tu-dong"
MANUAL = "thu-cong"
BEFORE_RESTORE = "truoc-khoi-phuc"
BEFORE_CHECK = "truoc-kiem-tra"
DAMAGED_KEPT = "hong"  # a damaged file a restore set aside: `<name>.hong-<stamp>`
# The only copies of the history a restore went back over: never thinned.
NEVER_THINNED = frozenset({BEFORE_RESTORE, DAMAGED_KEPT})
# Copies taken just before a risky step; thinning keeps them for a while (backup_policy).
SAFETY_PREFIX = "truoc-"

SUFFIX = ".sqlite"
_STAMP = "%Y%m%d-%H%M%S"
_REST = re.compile(r"(\d{8}-\d{6})(?:-([a-z0-9]+(?:-[a-z0-9]+)*))?")


def before_upgrade(version: int) -> str:
    return f"truoc-nang-cap-v{version}"


_REASONS = {
    ON_START: msg("Khi mở ứng dụng"),
    ON_CLOSE: msg("Khi đóng ứng dụng"),
    AUTOMATIC: msg("Tự động trong khi làm việc"),
    MANUAL: msg("Sao lưu ngay (thủ công)"),
    BEFORE_RESTORE: msg("Trước khi khôi phục"),
    BEFORE_CHECK: msg("Trước khi kiểm tra dữ liệu"),
    DAMAGED_KEPT: msg("Tệp hỏng được cất lại khi khôi phục"),
}
_UPGRADE = re.compile(r"truoc-nang-cap-v(\d+)")


def reason_text(reason: str) -> Message:
    """Why a backup was taken, in words (its name holds the short code)."""
    if reason in _REASONS:
        return _REASONS[reason]
    upgrade = _UPGRADE.fullmatch(reason)
    if upgrade:
        return msg("Trước khi nâng cấp (lược đồ {version})", version=upgrade[1])
    return msg("Không rõ") if not reason else msg("“{reason}”", reason=reason)


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


_KEPT = re.compile(r"(\d{8}-\d{6})(?:-\d+)?")


def parse_kept_aside(db_name: str, name: str) -> dt.datetime | None:
    """When the damaged file `name` (`<db_name>.hong-YYYYMMDD-HHMMSS[-n]`) was set aside."""
    prefix = f"{db_name}.hong-"
    match = _KEPT.fullmatch(name[len(prefix) :]) if name.startswith(prefix) else None
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match[1], _STAMP)
    except ValueError:
        return None


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)
