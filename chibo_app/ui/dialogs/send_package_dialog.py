"""“Gửi cấp trên…”: the package of a year for the đảng ủy (services.package_export), with
what it holds shown before it is written, and an optional password."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core import package as core
from chibo_app.errors import ChiboError
from chibo_app.services import package_export
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.folders import PACKAGES, ask_save, last_folder
from chibo_app.ui.forms import load_form
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.new_password import NewPasswordFields

ALL = "all"


class SendPackageDialog(QDialog):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.written: Path | None = None
        self.form: Any = load_form("send_package_dialog", self)
        self.setWindowTitle(self.tr("Gửi cấp trên"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        ok = self.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Tạo gói"))
        self.form.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)
        self.form.part.addItem(self.tr("Tất cả các phần"), ALL)
        for part in core.PARTS:
            self.form.part.addItem(core_label(core.PART_LABELS[part]), str(part))
        self.password_fields = NewPasswordFields(self.form.passwordBox, self.tr("Mật khẩu:"))
        self.form.passwordLayout.addWidget(self.password_fields)
        self.form.year.setValue(year)
        self.form.fileEdit.setText(str(self._default_path()))
        self.form.year.valueChanged.connect(self._changed)
        self.form.part.currentIndexChanged.connect(self._changed)
        self.form.chooseFile.clicked.connect(self._choose)
        self._show_contents()

    def parts(self) -> tuple[core.Part, ...]:
        return core.parse_parts(str(self.form.part.currentData()))

    def year(self) -> int:
        return int(self.form.year.value())

    def _default_path(self) -> Path:
        name = package_export.default_file_name(self.session, self.year(), self.parts())
        return last_folder(PACKAGES) / name

    def _changed(self) -> None:
        typed = Path(self.form.fileEdit.text())
        self.form.fileEdit.setText(str(typed.parent / self._default_path().name))
        self._show_contents()

    def _show_contents(self) -> None:
        """What the package will hold (built in memory: nothing is written)."""
        self.form.error.hide()
        try:
            package = package_export.build(self.session, self.year(), self.parts())
        except ChiboError as error:
            self.form.contents.setText(html.escape(error_text(error)))
            return
        lines = "".join(
            f"<li>{html.escape(core_message(line))}</li>"
            for line in package_export.describe(package)
        )
        self.form.contents.setText(self.tr("Gói sẽ gồm:") + f"<ul>{lines}</ul>")

    def _choose(self) -> None:
        chosen = ask_save(
            self,
            PACKAGES,
            self.tr("Lưu gói gửi cấp trên"),
            self.form.fileEdit.text(),
            self.tr("Gói dữ liệu Chi bộ (*.chibo)"),
        )
        if chosen is not None:
            path = str(chosen[0])
            if not path.lower().endswith(core.SUFFIX):
                path += core.SUFFIX
            self.form.fileEdit.setText(path)

    def accept(self) -> None:
        password = None
        if self.form.passwordBox.isChecked():
            problem = self.password_fields.problem()
            if problem:
                self.password_fields.new.setFocus()
                return
            password = self.password_fields.password()
        text = self.form.fileEdit.text().strip()
        if not text:
            self._error(self.tr("Hãy chọn tệp để lưu gói."))
            return
        path = Path(text)
        if path.suffix.lower() != core.SUFFIX:
            path = path.with_name(path.name + core.SUFFIX)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = package_export.export(self.session, self.year(), self.parts(), path, password)
        except ChiboError as error:
            self._error(error_text(error))
            return
        except storage_errors() as error:
            show_save_failure(self, error)
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.password_fields.clear()
        self.written = result.path
        QMessageBox.information(
            self,
            self.tr("Đã tạo gói"),
            self.tr(
                "Đã tạo gói gửi cấp trên:\n%1\n\nHãy gửi tệp này cho đảng ủy (USB, thư nội bộ)."
            ).replace("%1", str(result.path)),
        )
        super().accept()

    def _error(self, text: str) -> None:
        self.form.error.setText(text)
        self.form.error.show()

    def done(self, result: int) -> None:
        self.password_fields.clear()
        super().done(result)
