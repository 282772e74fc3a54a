"""The safety steps between the window frame and the data, in order: one window per
file, the password of an encrypted file, a damaged file caught before it is opened,
a read-only file opened read-only.

Everything here imports the services lazily: the frame is already on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from chibo_app.ui.core_text import error_text
from chibo_app.ui.progress import run_with_progress

if TYPE_CHECKING:
    from chibo_app.services.backups import BackupInfo, Diagnosis
    from chibo_app.services.instance_lock import InstanceLock
    from chibo_app.services.session import Session


@dataclass
class Opened:
    session: Session
    read_only: bool = False
    note: str = ""  # for the status bar, e.g. “opened from the backup of …”


def resolve_path(path: Path | None) -> Path:
    from chibo_app.services.session import default_db_path  # noqa: PLC0415

    return Path(path) if path else default_db_path()


def take_lock(window: QWidget, path: Path) -> InstanceLock | None:
    """The file's lock; None (after telling the secretary) when another window has it."""
    from chibo_app.services.instance_lock import AlreadyOpenError, acquire  # noqa: PLC0415

    try:
        return acquire(path)
    except AlreadyOpenError as error:
        from chibo_app.ui.single_instance import ask_owner_to_show  # noqa: PLC0415

        shown = ask_owner_to_show(path)
        window.hide()
        text = str(error)
        if shown:
            text += " " + QCoreApplication.translate("Startup", "Cửa sổ đó đã được đưa lên trước.")
        QMessageBox.information(
            None, QCoreApplication.translate("Startup", "Tệp đang được mở"), text
        )
        return None


def open_file(window: QWidget, path: Path) -> Opened | int:
    """With the file's lock held: password, diagnosis, open. The session, or the exit
    code (0: the secretary chose “Thoát”; 2: the file cannot be used).

    The password lives only in this call and in the session it opens: closing or
    locking the session drops it.
    """
    from chibo_app.storage.leftovers import clean_leftovers  # noqa: PLC0415

    clean_leftovers(path)  # a password change a crash interrupted is finished first
    password = None
    note: str | None = ""
    if needs_password(path):
        answer = ask_password(window, path)
        if answer.use_backup:  # encrypted or damaged: cannot tell without the key
            note, password = restore_when_unsure(window, path, answer.typed)
            if note is None:
                return 0
        elif answer.password is None:
            return 0
        else:
            password = answer.password
    if not note:
        note = recover_if_damaged(window, path, password)
    if note is None:  # damaged, kept as it was
        return 2
    opened = open_data(window, path, password)
    if opened is None:
        return 2
    opened.note = note
    return opened


def needs_password(path: Path) -> bool:
    from chibo_app.storage.connection import looks_encrypted  # noqa: PLC0415

    return looks_encrypted(path)


@dataclass
class PasswordAnswer:
    password: str | None  # the password that opened the file; None: quit or a backup
    use_backup: bool = False
    typed: str | None = field(default=None, repr=False)  # the last password tried


def ask_password(window: QWidget, path: Path) -> PasswordAnswer:
    """The password that opens `path`, “Thoát”, or — when there are backups — “use a
    backup” (the file may be damaged, not encrypted).

    Each try is checked on a read-only look at the file: nothing is created or changed.
    """
    from chibo_app.services.backups import list_backups  # noqa: PLC0415
    from chibo_app.storage.connection import check_password  # noqa: PLC0415
    from chibo_app.ui.dialogs.password_prompt import PasswordPromptDialog  # noqa: PLC0415

    opened_with: list[str] = []
    tried: list[str] = []

    def attempt(password: str) -> None:
        tried[:] = [password]
        check_password(path, password)
        opened_with.append(password)

    dialog = PasswordPromptDialog(path, attempt, window, has_backups=bool(list_backups(path)))
    accepted = dialog.exec() == PasswordPromptDialog.DialogCode.Accepted
    use_backup = dialog.use_backup
    dialog.deleteLater()
    if accepted and opened_with:
        return PasswordAnswer(opened_with[-1])
    return PasswordAnswer(None, use_backup, tried[-1] if tried else None)


def restore_when_unsure(
    window: QWidget, path: Path, typed: str | None
) -> tuple[str | None, str | None]:
    """The file would not open with a password and the secretary thinks it is damaged:
    offer the newest backup that opens (plain, or with the password typed). Returns the
    status-bar note (None: nothing restored) and the restored file's password."""
    from chibo_app.storage.integrity import NOT_SQLITE  # noqa: PLC0415
    from chibo_app.storage.integrity import Diagnosis as Found  # noqa: PLC0415

    diagnosis = Found(
        path,
        NOT_SQLITE,
        QCoreApplication.translate(
            "Startup",
            "Tệp “%1” không mở được bằng mật khẩu: nếu tệp vốn không có mật khẩu (hoặc mật "
            "khẩu chắc chắn đúng) thì tệp đã bị hỏng.",
        ).replace("%1", path.name),
    )
    # Only a backup that opened with the password typed takes it: a plain one stays plain.
    return _offer_newest(window, path, diagnosis, typed, keep_password=False)


def recover_if_damaged(window: QWidget, path: Path, password: str | None = None) -> str | None:
    """None to quit; otherwise a note for the status bar ("" when the file is fine).

    A damaged file is never changed here: it is either replaced by the newest good
    backup (and then kept beside it as `<name>.hong-…` by the restore) or left as it is.
    """
    if not path.exists() or path.stat().st_size == 0:
        return ""
    from chibo_app.services.backups import prepare_for_writing  # noqa: PLC0415
    from chibo_app.services.read_only import can_write  # noqa: PLC0415
    from chibo_app.storage.integrity import diagnose_file  # noqa: PLC0415

    writable = can_write(path)
    diagnosis, aside = run_with_progress(
        window,
        QCoreApplication.translate("Startup", "Đang kiểm tra tệp dữ liệu…"),
        lambda: (
            prepare_for_writing(path, password)  # a -wal not of this file: set aside
            if writable
            else (diagnose_file(path, password=password), None)
        ),
        meanwhile=warm_up,
    )
    if not diagnosis.damaged:
        if aside is None:
            return ""
        return QCoreApplication.translate(
            "Startup", "Tệp “%1” không khớp với tệp dữ liệu nên không được đưa vào; đã cất riêng."
        ).replace("%1", aside.name)
    return _offer_newest(window, path, diagnosis, password, keep_password=True)[0]


# What opening the data and showing the first page import: imported while the file is
# checked (seconds at a party committee's scale, in SQLite, off the GIL), not after it.
# A module missing here only costs its import later (tests/ui/test_startup_warm_up.py).
WARM_UP = (
    "chibo_app.services.session",
    "chibo_app.services.read_only",
    "chibo_app.services.evaluation_refresh",
    "chibo_app.services.changes",
    "chibo_app.services.level",
    "chibo_app.services.people",
    "chibo_app.services.topics",
    "chibo_app.services.overview",
    "chibo_app.ui.background",
    "chibo_app.ui.auto_lock",
    "chibo_app.ui.single_instance",
    "chibo_app.ui.pages.overview_page",
)
WARM_UP_FORMS = ("overview_page",)


def warm_up() -> None:
    from chibo_app.ui.forms import form_module  # noqa: PLC0415

    for name in WARM_UP:
        import_module(name)
    for form in WARM_UP_FORMS:
        form_module(form)


def _offer_newest(
    window: QWidget, path: Path, diagnosis: Diagnosis, password: str | None, keep_password: bool
) -> tuple[str | None, str | None]:
    """Offer the newest good backup (opened plain or with `password`) in place of the
    damaged file; the status-bar note (None: nothing restored) and the file's password
    after it. `keep_password`: the restored file takes `password` (the damaged file's,
    known good) even if the backup had none; otherwise it keeps the backup's own."""
    from chibo_app.services.backups import newest_good_backup  # noqa: PLC0415
    from chibo_app.storage.connection import ENCRYPTED, file_kind  # noqa: PLC0415
    from chibo_app.ui.dialogs import damaged_file  # noqa: PLC0415

    backup = run_with_progress(
        window,
        QCoreApplication.translate("Startup", "Đang tìm bản sao lưu còn tốt…"),
        lambda: newest_good_backup(path, password=password),
    )
    if backup is None:
        damaged_file.report_without_backup(window, diagnosis)
        return None, None
    if not damaged_file.offer_backup(window, diagnosis, backup):
        return None, None
    if not (keep_password or file_kind(backup.path) == ENCRYPTED):
        password = None
    return _restore(window, path, backup, password), password


def _restore(window: QWidget, path: Path, backup: BackupInfo, password: str | None) -> str | None:
    """Put `backup` in place of the damaged file (kept aside and listed with the
    backups; the restore recorded); the status-bar note, or None after a message."""
    from chibo_app.errors import ChiboError  # noqa: PLC0415
    from chibo_app.services.backups import restore_over_damaged  # noqa: PLC0415

    try:
        kept = run_with_progress(
            window,
            QCoreApplication.translate("Startup", "Đang mở bản sao lưu…"),
            lambda: restore_over_damaged(path, backup.path, password=password),
        )
    except ChiboError as error:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("Startup", "Không mở được bản sao lưu"),
            error_text(error),
        )
        return None
    from chibo_app.ui.backup_text import when_text  # noqa: PLC0415

    return (
        QCoreApplication.translate("Startup", "Đã mở bản sao lưu lúc %1; tệp hỏng được cất tại %2.")
        .replace("%1", when_text(backup.taken_at))
        .replace("%2", str(kept))
    )


def open_data(window: QWidget, path: Path, password: str | None = None) -> Opened | None:
    """The session for `path`, read-only when the file or folder cannot be written;
    None after a clear message when it cannot be opened at all."""
    from chibo_app.errors import ChiboError  # noqa: PLC0415
    from chibo_app.services.read_only import can_write, open_read_only  # noqa: PLC0415
    from chibo_app.services.session import open_session  # noqa: PLC0415

    read_only = not can_write(path)
    try:
        session = open_read_only(path, password) if read_only else open_session(path, password)
        if not read_only:  # proposals a schema step asked to recompute
            from chibo_app.services.evaluation_refresh import refresh_if_flagged  # noqa: PLC0415

            refresh_if_flagged(session)
    except ChiboError as error:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("Startup", "Không mở được dữ liệu"),
            error_text(error),
        )
        return None
    return Opened(session, read_only)
