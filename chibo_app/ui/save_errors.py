"""A failed write shown as one clear Vietnamese sentence, never as a traceback.

The services write each change in one transaction, so when SQLite refuses (disk full,
read-only file, USB stick pulled out) nothing of that change was kept and everything
saved before it is intact — which is what the message says.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

_READ_ONLY = {"SQLITE_READONLY", "SQLITE_READONLY_DBMOVED", "SQLITE_PERM", "SQLITE_CANTOPEN"}
_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def storage_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a failed write can raise. Use as `except storage_errors()`."""
    from chibo_app.storage.connection import Error  # noqa: PLC0415 - the one database door

    return (OSError, Error)


def is_storage_failure(error: BaseException) -> bool:
    """A disk or file problem, not a bug (bad SQL, a constraint the code should have checked)."""
    if type(error).__name__ in ("IntegrityError", "ProgrammingError", "InterfaceError"):
        return False
    return isinstance(error, storage_errors())


def storage_failure_text(error: BaseException) -> str:
    """What went wrong with the disk or the file, and that earlier data is intact."""
    name = getattr(error, "sqlite_errorname", "") or ""
    code = error.errno if isinstance(error, OSError) else None
    intact = QCoreApplication.translate("SaveErrors", "Dữ liệu trước đó vẫn nguyên vẹn.")
    if name in _READ_ONLY or name.startswith("SQLITE_READONLY") or code in _READ_ONLY_ERRNOS:
        return (
            QCoreApplication.translate(
                "SaveErrors", "Tệp dữ liệu chỉ đọc nên thay đổi này không được lưu."
            )
            + " "
            + intact
        )
    if name in _BUSY:
        return (
            QCoreApplication.translate(
                "SaveErrors",
                "Tệp dữ liệu đang bận (một thao tác khác đang ghi). Hãy thử lưu lại sau giây lát.",
            )
            + " "
            + intact
        )
    if name == "SQLITE_FULL" or name.startswith("SQLITE_IOERR") or code in _FULL_ERRNOS:
        return (
            QCoreApplication.translate("SaveErrors", "Ổ đĩa đầy hoặc không ghi được: %1.").replace(
                "%1", str(error)
            )
            + " "
            + QCoreApplication.translate("SaveErrors", "Hãy giải phóng bớt dung lượng rồi lưu lại.")
            + " "
            + intact
        )
    return (
        QCoreApplication.translate("SaveErrors", "Không ghi được vào tệp dữ liệu: %1.").replace(
            "%1", str(error)
        )
        + " "
        + intact
    )


def show_save_failure(parent: QWidget | None, error: BaseException) -> None:
    """The message for a disk or file problem; anything else is a bug and goes on up
    (to the error reporter), rather than being dressed up as a full disk."""
    if not is_storage_failure(error):
        raise error
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("SaveErrors", "Chưa lưu được"),
        storage_failure_text(error),
    )
