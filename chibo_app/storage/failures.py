"""A failed read or write of the data file, told as one sentence — for the window and
the command line alike.

The services write each change in one transaction, so when SQLite or the disk refuses
(disk full, read-only file, USB stick pulled out, another program writing) nothing of
that change was kept and everything saved before it is intact — which the message says.
Anything else (bad SQL, a constraint the code should have checked) is a bug, not a
storage failure, and is not dressed up as one.
"""

from __future__ import annotations

import errno

from chibo_app.core.messages import Message, msg
from chibo_app.storage.connection import Error, IntegrityError, error_name

_READ_ONLY = {"SQLITE_READONLY", "SQLITE_READONLY_DBMOVED", "SQLITE_PERM", "SQLITE_CANTOPEN"}
_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_BUGS = ("ProgrammingError", "InterfaceError")  # sqlite3's and sqlcipher3's alike

STORAGE_ERRORS: tuple[type[BaseException], ...] = (OSError, Error)


def is_storage_failure(error: BaseException) -> bool:
    """A disk or file problem, not a bug."""
    if isinstance(error, IntegrityError) or type(error).__name__ in _BUGS:
        return False
    return isinstance(error, STORAGE_ERRORS)


def failure_message(error: BaseException) -> Message:
    """What went wrong with the disk or the file, and that earlier data is intact."""
    name = error_name(error)
    code = error.errno if isinstance(error, OSError) else None
    if name in _READ_ONLY or name.startswith("SQLITE_READONLY") or code in _READ_ONLY_ERRNOS:
        what = msg("Tệp dữ liệu chỉ đọc nên thay đổi này không được lưu.")
    elif name in _BUSY:
        what = msg(
            "Tệp dữ liệu đang bận (một thao tác khác đang ghi). Hãy thử lưu lại sau giây lát."
        )
    elif name == "SQLITE_FULL" or name.startswith("SQLITE_IOERR") or code in _FULL_ERRNOS:
        what = msg(
            "Ổ đĩa đầy hoặc không ghi được: {detail}. Hãy giải phóng bớt dung lượng rồi lưu lại.",
            detail=str(error),
        )
    else:
        what = msg("Không ghi được vào tệp dữ liệu: {detail}.", detail=str(error))
    return msg("{what} Dữ liệu trước đó vẫn nguyên vẹn.", what=what)
