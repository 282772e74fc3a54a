"""Nhận gói của chi bộ: the chosen packages verified and previewed (new, changed and how,
received before, older), the refused ones said in one sentence each; “Nhận” stores the
accepted ones in one transaction (services.package_import)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.package import PART_LABELS
from chibo_app.errors import ChiboError
from chibo_app.services import package_import
from chibo_app.services.package_import import Applied, Change, Preview
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.folders import PACKAGES, ask_open_many
from chibo_app.ui.forms import load_form
from chibo_app.ui.save_errors import show_save_failure, storage_errors

RED = "#a61b1b"
GREY = "#6b6b6b"


def choose_and_import(session: Session, parent: QWidget) -> bool:
    """Ask for package files, preview them, store what the đảng ủy accepts; True when
    something was stored."""
    paths = choose_files(parent)
    if not paths:
        return False
    dialog = PackageImportDialog(session, paths, parent)
    dialog.exec()
    return dialog.applied is not None and dialog.applied.parts > 0


def choose_files(parent: QWidget) -> list[Path]:
    return ask_open_many(
        parent,
        PACKAGES,
        QCoreApplication.translate("PackageImportDialog", "Chọn gói của các chi bộ"),
        QCoreApplication.translate(
            "PackageImportDialog", "Gói dữ liệu Chi bộ (*.chibo);;Mọi tệp (*)"
        ),
    )


class PackageImportDialog(QDialog):
    def __init__(self, session: Session, paths: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.paths = list(paths)
        self.passwords: dict[Path, str] = {}
        self.preview = Preview()
        self.applied: Applied | None = None
        self.form: Any = load_form("package_import_dialog", self)
        self.setWindowTitle(self.tr("Nhận gói của các chi bộ"))
        self.resize(780, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.ok = self.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.form.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)
        self.form.addButton.clicked.connect(self._add)
        self.form.passwordButton.clicked.connect(self._ask_passwords)
        self.form.preview.setHeaderLabels([self.tr("Gói, phần"), self.tr("Tình trạng")])
        header = self.form.preview.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 380)
        header.setStretchLastSection(True)
        self.form.intro.setText(
            self.tr(
                "Mỗi gói được kiểm tra (mã kiểm tra, định dạng, mật khẩu) và so với gói nhận "
                "trước đó của cùng chi bộ. Chưa ghi gì cho đến khi bấm “Nhận”."
            )
        )
        self._inspect()

    def _inspect(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = package_import.inspect(self.session, self.paths, None, self.passwords)
        except ChiboError as error:
            self.preview = Preview()
            self.form.note.setText(error_text(error))
        finally:
            QApplication.restoreOverrideCursor()
        self._fill()

    def _fill(self) -> None:
        tree = self.form.preview
        tree.clear()
        for item in self.preview.items:
            package = item.package
            head = f"{item.path.name} — {package.cell_name}, " + self.tr("năm %1").replace(
                "%1", str(package.year)
            )
            if item.known_as is None:
                state = self.tr("Chi bộ mới")
            elif item.renamed:
                state = self.tr("Trước đây: %1").replace("%1", item.known_as)
            else:
                state = ""
            top = QTreeWidgetItem([head, state])
            tree.addTopLevelItem(top)
            for part in item.parts:
                child = QTreeWidgetItem(
                    [core_label(PART_LABELS[part.part]), self._change(part.change)]
                )
                if part.change in (Change.SAME, Change.OLDER):
                    child.setForeground(1, QBrush(QColor(GREY)))
                top.addChild(child)
                for line in part.lines:
                    detail = QTreeWidgetItem(["", core_message(line)])
                    detail.setToolTip(1, core_message(line))
                    child.addChild(detail)
            top.setExpanded(True)
        for refused in self.preview.refused:
            row = QTreeWidgetItem([refused.path.name, core_message(refused.message)])
            row.setToolTip(1, core_message(refused.message))
            for column in (0, 1):
                row.setForeground(column, QBrush(QColor(RED)))
            tree.addTopLevelItem(row)
        accepted = len(self.preview.items)
        self.ok.setText(self.tr("Nhận %1 gói").replace("%1", str(accepted)))
        self.ok.setEnabled(accepted > 0)
        locked = [r for r in self.preview.refused if r.needs_password]
        self.form.passwordButton.setEnabled(bool(locked))
        notes = []
        if self.preview.refused:
            notes.append(
                self.tr("%1 tệp bị từ chối (màu đỏ): không nhận gì từ các tệp đó.").replace(
                    "%1", str(len(self.preview.refused))
                )
            )
        if locked:
            notes.append(self.tr("Gói có mật khẩu: bấm “Nhập mật khẩu gói…”."))
        self.form.note.setText(" ".join(notes))
        self.form.note.setVisible(bool(notes))

    def _change(self, change: Change) -> str:
        return {
            Change.NEW: self.tr("Mới"),
            Change.CHANGED: self.tr("Thay gói nhận trước"),
            Change.SAME: self.tr("Đã nhận rồi: bỏ qua"),
            Change.OLDER: self.tr("Cũ hơn gói đã nhận: chỉ lưu vào lịch sử"),
        }[change]

    def _add(self) -> None:
        for path in choose_files(self):
            if path not in self.paths:
                self.paths.append(path)
        self._inspect()

    def _ask_passwords(self) -> None:
        for refused in [r for r in self.preview.refused if r.needs_password]:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Mật khẩu của gói"),
                self.tr("Mật khẩu của gói “%1”:").replace("%1", refused.path.name),
                QLineEdit.EchoMode.Password,
            )
            if ok and text:
                self.passwords[refused.path] = text
        self._inspect()

    def accept(self) -> None:
        accepted = Preview(self.preview.items)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.applied = package_import.apply(self.session, accepted)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa nhận được"), error_text(error))
            return
        except storage_errors() as error:
            show_save_failure(self, error)
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.passwords.clear()
        if self.applied.parts:
            text = (
                self.tr("Đã nhận %1 phần của %2 chi bộ.")
                .replace("%1", str(self.applied.parts))
                .replace("%2", str(self.applied.cells))
            )
        else:
            text = self.tr("Không có gì mới: các gói này đã được nhận trước đây.")
        QMessageBox.information(self, self.tr("Đã nhận gói"), text)
        super().accept()

    def done(self, result: int) -> None:
        self.passwords.clear()
        super().done(result)
