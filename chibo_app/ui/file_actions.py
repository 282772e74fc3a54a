"""Tệp menu actions: import a member list, export it to Excel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QMessageBox,
    QWidget,
)

from chibo_app.errors import ChiboError
from chibo_app.services import file_titles
from chibo_app.services.session import Session
from chibo_app.ui.core_text import error_text
from chibo_app.ui.folders import MEMBER_LISTS, ask_save


def import_members(window: QWidget) -> bool:
    """Run the import dialog; True when something was written."""
    from chibo_app.ui.dialogs.import_dialog import ImportDialog  # noqa: PLC0415 - lazy

    session: Session = window.session  # type: ignore[attr-defined]
    dialog = ImportDialog(session, window)
    dialog.choose_file()
    if not dialog.path_edit.text():
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.imported is not None


def confirm_plain_export(window: QWidget) -> bool:
    """With a password on the data file: say that the exported file has none. True to go on.

    The secretary may tick “don't ask again” for the rest of this session (the window).
    """
    session: Session = window.session  # type: ignore[attr-defined]
    if session.password is None or window.property("plainExportAccepted"):
        return True
    translate = QCoreApplication.translate
    box = QMessageBox(window)
    box.setObjectName("plainExportBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("FileActions", "Tệp xuất ra không có mật khẩu"))
    box.setText(
        translate(
            "FileActions",
            "<b>Tệp Excel xuất ra không có mật khẩu</b>: ai có tệp đó cũng đọc được danh sách "
            "đảng viên, dù tệp dữ liệu của Chi bộ có mật khẩu.",
        )
    )
    box.setInformativeText(
        translate(
            "FileActions",
            "Chỉ xuất khi thật cần, lưu vào nơi an toàn và xóa tệp khi không còn dùng. "
            "Muốn mang dữ liệu đi (USB) thì nên dùng “Dữ liệu → Sao lưu ra…”: bản sao lưu "
            "vẫn có mật khẩu.",
        )
    )
    go_on = box.addButton(translate("FileActions", "Tiếp tục"), QMessageBox.ButtonRole.AcceptRole)
    go_on.setObjectName("continue")
    cancel = box.addButton(translate("FileActions", "Hủy"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancel")
    box.setDefaultButton(cancel)
    remember = QCheckBox(translate("FileActions", "Không nhắc lại cho đến khi đóng chương trình"))
    box.setCheckBox(remember)
    box.exec()
    if box.clickedButton() is not go_on:
        return False
    if remember.isChecked():
        window.setProperty("plainExportAccepted", True)
    return True


def export_members(window: QWidget) -> int | None:
    session: Session = window.session  # type: ignore[attr-defined]
    if not confirm_plain_export(window):
        return None
    chosen = ask_save(
        window,
        MEMBER_LISTS,
        QCoreApplication.translate("FileActions", "Xuất danh sách ra Excel"),
        f"{file_titles.MEMBER_LIST}.xlsx",
        QCoreApplication.translate("FileActions", "Bảng tính Excel (*.xlsx)"),
    )
    if chosen is None:
        return None
    path = str(chosen[0])
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    from chibo_app.services.members_export import export_members as write  # noqa: PLC0415

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        count = write(session, path)
    except (ChiboError, OSError) as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("FileActions", "Không xuất được"), error_text(error)
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
    QMessageBox.information(
        window,
        QCoreApplication.translate("FileActions", "Đã xuất danh sách"),
        QCoreApplication.translate("FileActions", "Đã ghi %1 người vào tệp:\n%2")
        .replace("%1", str(count))
        .replace("%2", path),
    )
    return count
