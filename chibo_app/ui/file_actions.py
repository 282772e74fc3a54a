"""Tệp menu actions: import a member list, export it to Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from chibo_app.errors import ChiboError
from chibo_app.services.session import Session


def import_members(window: QWidget) -> bool:
    """Run the import dialog; True when something was written."""
    from chibo_app.ui.dialogs.import_dialog import ImportDialog  # noqa: PLC0415 - lazy

    session: Session = window.session  # type: ignore[attr-defined]
    dialog = ImportDialog(session, window)
    dialog.choose_file()
    if not dialog.path_edit.text():
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.result is not None


def default_export_path() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Danh sach dang vien.xlsx"


def export_members(window: QWidget) -> int | None:
    session: Session = window.session  # type: ignore[attr-defined]
    path, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("FileActions", "Xuất danh sách ra Excel"),
        str(default_export_path()),
        QCoreApplication.translate("FileActions", "Bảng tính Excel (*.xlsx)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    from chibo_app.services.members_export import export_members as write  # noqa: PLC0415

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        count = write(session, path)
    except (ChiboError, OSError) as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("FileActions", "Không xuất được"), str(error)
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
