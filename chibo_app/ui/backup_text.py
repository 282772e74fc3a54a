"""How a backup is named on screen: its time, why it was taken, its size."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Keys are the reasons in backup file names (storage.backup_names).
_REASONS = {
    "khoi-dong": QT_TRANSLATE_NOOP("BackupText", "Khi mở ứng dụng"),
    "dong": QT_TRANSLATE_NOOP("BackupText", "Khi đóng ứng dụng"),
    "tu-dong": QT_TRANSLATE_NOOP("BackupText", "Tự động trong khi làm việc"),
    "thu-cong": QT_TRANSLATE_NOOP("BackupText", "Sao lưu ngay (thủ công)"),
    "truoc-khoi-phuc": QT_TRANSLATE_NOOP("BackupText", "Trước khi khôi phục"),
    "truoc-kiem-tra": QT_TRANSLATE_NOOP("BackupText", "Trước khi kiểm tra dữ liệu"),
    "hong": QT_TRANSLATE_NOOP("BackupText", "Tệp hỏng được cất lại khi khôi phục"),
}
_UPGRADE = re.compile(r"truoc-nang-cap-v(\d+)")


def reason_label(reason: str) -> str:
    if reason in _REASONS:
        return QCoreApplication.translate("BackupText", _REASONS[reason])
    match = _UPGRADE.fullmatch(reason)
    if match:
        return QCoreApplication.translate("BackupText", "Trước khi nâng cấp (lược đồ %1)").replace(
            "%1", match[1]
        )
    return reason or QCoreApplication.translate("BackupText", "Không rõ")


def when_text(at: dt.datetime) -> str:
    return at.strftime("%d/%m/%Y %H:%M")


def size_text(size: int) -> str:
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")
