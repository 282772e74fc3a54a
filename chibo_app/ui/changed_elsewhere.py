"""The question asked when an editor saves over a record changed elsewhere meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from chibo_app.core.edits import ChangedElsewhere
from chibo_app.ui.core_text import core_message


def save_anyway(parent: QWidget, changed: ChangedElsewhere) -> bool:
    """True for “Vẫn lưu” (write what was changed here); False to go back to editing."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ChangedElsewhere", "Đã được sửa ở nơi khác"),
        "\n".join(core_message(line) for line in changed.lines),
        parent=parent,
    )
    save = box.addButton(
        QCoreApplication.translate("ChangedElsewhere", "Vẫn lưu"), QMessageBox.ButtonRole.AcceptRole
    )
    save.setObjectName("saveAnyway")
    back = box.addButton(
        QCoreApplication.translate("ChangedElsewhere", "Quay lại sửa"),
        QMessageBox.ButtonRole.RejectRole,
    )
    back.setObjectName("backToEditing")
    box.setDefaultButton(back)
    box.exec()
    return box.clickedButton() is save
