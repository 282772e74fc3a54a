"""At start, a damaged data file: say what is wrong, keep the file, offer the newest
good backup (or, without one, say clearly what to do)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from chibo_app.ui.backup_text import reason_label, when_text
from chibo_app.ui.core_text import core_message

if TYPE_CHECKING:
    from chibo_app.services.backups import BackupInfo, Diagnosis


def restore_button_text(backup: BackupInfo) -> str:
    return QCoreApplication.translate("DamagedFile", "Mở bản sao lưu mới nhất (%1)").replace(
        "%1", when_text(backup.taken_at)
    )


def offer_backup(parent: QWidget | None, diagnosis: Diagnosis, backup: BackupInfo) -> bool:
    """True when the secretary chooses to open the backup; False for “Thoát”."""
    box = QMessageBox(parent)
    box.setObjectName("damagedFileBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("DamagedFile", "Tệp dữ liệu bị hỏng"))
    box.setText(
        QCoreApplication.translate("DamagedFile", "<b>Tệp dữ liệu bị hỏng nên chưa mở được.</b>")
    )
    box.setInformativeText(
        core_message(diagnosis.message)
        + "\n\n"
        + QCoreApplication.translate(
            "DamagedFile",
            "Có một bản sao lưu còn tốt, lúc %1 (%2). Những thay đổi sau thời điểm đó không có "
            "trong bản sao lưu.",
        )
        .replace("%1", when_text(backup.taken_at))
        .replace("%2", reason_label(backup.reason).lower())
        + "\n\n"
        + QCoreApplication.translate(
            "DamagedFile",
            "Tệp hỏng không bị xóa hay sửa: khi mở bản sao lưu, tệp hỏng được cất riêng bên "
            "cạnh (tên kết thúc bằng “.hong-…”); khi thoát, tệp được để nguyên như hiện tại.",
        )
    )
    # No setDetailedText: its “Show Details…” button is not translated in every Qt build,
    # and SQLite's first words are already in the message.
    restore = box.addButton(restore_button_text(backup), QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreNewest")
    quit_button = box.addButton(
        QCoreApplication.translate("DamagedFile", "Thoát"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("quit")
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_button)
    box.exec()
    return box.clickedButton() is restore


def report_without_backup(parent: QWidget | None, diagnosis: Diagnosis) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("DamagedFile", "Tệp dữ liệu bị hỏng"),
        core_message(diagnosis.message)
        + "\n\n"
        + QCoreApplication.translate(
            "DamagedFile",
            "Tệp được để nguyên, không bị thay đổi:\n%1\n\nKhông tìm thấy bản sao lưu nào còn "
            "tốt. Đừng xóa tệp này: hãy chép nó ra USB và nhờ người hỗ trợ kỹ thuật.",
        ).replace("%1", str(diagnosis.path)),
    )
