"""“Khôi phục từ bản sao lưu”: the backups newest first; the chosen one replaces the
data only after it has proved whole, and the current data is kept as a backup first
(forms/restore_dialog.ui)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_app.errors import ChiboError
from chibo_app.services import backups
from chibo_app.services.session import Session
from chibo_app.ui.backup_text import reason_label, size_text, when_text
from chibo_app.ui.confirm import confirm
from chibo_app.ui.core_text import error_text
from chibo_app.ui.folders import BACKUPS, ask_open
from chibo_app.ui.forms import load_form
from chibo_app.ui.save_errors import storage_errors, storage_failure_text

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.restored_from = ""  # how the restored backup is named on screen
        self.kept: Path | None = None  # where the replaced data went
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.setMinimumSize(620, 420)
        self.form: Any = load_form("restore_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form
        self.table = f.backupsTable
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Thời điểm"), self.tr("Lý do sao lưu"), self.tr("Dung lượng")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = f.noBackups
        self.folder = f.backupsFolder
        self.restore_button = f.restoreSelected
        self.file_button = f.chooseBackupFile
        close_button = f.closeButton

        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.choose_file)
        close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.restore_selected)
        self.reload()

    def reload(self) -> None:
        found = backups.list_backups(self.session.path)
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            when = QTableWidgetItem(when_text(info.taken_at))
            when.setData(PATH_ROLE, str(info.path))
            when.setToolTip(info.path.name)
            size = QTableWidgetItem(size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate((when, QTableWidgetItem(reason_label(info.reason)), size)):
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(found))
        self.empty.setVisible(not found)
        if found:
            self.table.selectRow(0)
        folder = found[0].path.parent if found else self.session.path.parent / "backups"
        self.folder.setText(self.tr("Thư mục sao lưu: %1").replace("%1", str(folder)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected(self) -> tuple[Path, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return None
        return Path(item.data(PATH_ROLE)), item.text()

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.restore_from(*chosen)

    def choose_file(self) -> None:
        path = ask_open(
            self,
            BACKUPS,
            self.tr("Chọn bản sao lưu"),
            self.tr("Bản sao lưu Chi bộ (*.sqlite);;Mọi tệp (*)"),
        )
        if path is not None:
            self.restore_from(path, path.name)

    def restore_from(self, path: Path, label: str) -> bool:
        question = (
            self.tr("Đưa dữ liệu về bản sao lưu %1?").replace("%1", label)
            + "\n\n"
            + self.tr(
                "Mọi thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng. Dữ liệu hiện "
                "tại được giữ lại thành một bản sao lưu (“Trước khi khôi phục”) trước khi bị "
                "thay thế, nên có thể lấy lại bất cứ lúc nào."
            )
        )
        if not confirm(self, self.tr("Khôi phục dữ liệu"), question, self.tr("Khôi phục")):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.kept = backups.restore_backup(self.session, path)
        except (ChiboError, *storage_errors()) as error:
            QApplication.restoreOverrideCursor()
            text = (
                error_text(error) if isinstance(error, ChiboError) else storage_failure_text(error)
            )
            QMessageBox.warning(self, self.tr("Không khôi phục được"), text)
            self.reload()
            return False
        QApplication.restoreOverrideCursor()
        self.restored_from = label
        self.accept()
        return True
