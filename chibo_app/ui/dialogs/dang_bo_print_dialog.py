"""In văn bản tổng hợp: one of the đảng ủy's combined documents of the year, with its
number in the đảng ủy's register (services.dang_bo_printing): "Xem trước và in…" (the
default) leaves it to the print preview, where it is printed or saved as PDF, Word or
Excel and only then recorded; "In ra tệp" writes the file named at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.verification import display_code
from chibo_app.errors import ChiboError
from chibo_app.services import dang_bo_packages, dang_bo_printing
from chibo_app.services.session import Session
from chibo_app.ui.core_text import error_text
from chibo_app.ui.folders import DANG_BO_DOCUMENTS, ask_save, last_folder
from chibo_app.ui.forms import load_form
from chibo_app.ui.save_errors import show_save_failure, storage_errors

DOCUMENTS = {
    "nominations": QT_TRANSLATE_NOOP(
        "DangBoPrintDialog", "Danh sách đăng ký điển hình của các chi bộ"
    ),
    "classification": QT_TRANSLATE_NOOP(
        "DangBoPrintDialog", "Tổng hợp kết quả đánh giá, xếp loại đảng viên"
    ),
    "plans": QT_TRANSLATE_NOOP("DangBoPrintDialog", "Tổng hợp kế hoạch cá nhân"),
    "meetings": QT_TRANSLATE_NOOP("DangBoPrintDialog", "Tổng hợp sinh hoạt chi bộ"),
    "report": QT_TRANSLATE_NOOP("DangBoPrintDialog", "Báo cáo tổng hợp kết quả năm"),
}
FILE_NAMES = {
    "nominations": "danh-sach-dien-hinh",
    "classification": "tong-hop-xep-loai",
    "plans": "tong-hop-ke-hoach",
    "meetings": "tong-hop-sinh-hoat",
    "report": "bao-cao-tong-hop",
}
FORMATS = (
    (".pdf", QT_TRANSLATE_NOOP("DangBoPrintDialog", "PDF (để in)")),
    (".xlsx", QT_TRANSLATE_NOOP("DangBoPrintDialog", "Excel (.xlsx)")),
    (".docx", QT_TRANSLATE_NOOP("DangBoPrintDialog", "Word (.docx, để sửa)")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("DangBoPrintDialog", text)


class DangBoPrintDialog(QDialog):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year = year
        self.printed: dang_bo_printing.PrintResult | None = None
        self.previewing = False  # accepted for the print preview: nothing written yet
        self.form: Any = load_form("dang_bo_print_dialog", self)
        self.setWindowTitle(self.tr("In văn bản tổng hợp năm %1").replace("%1", str(year)))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        ok = self.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("In ra tệp"))
        self.form.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)
        preview = self.form.buttons.addButton(
            QCoreApplication.translate("PrintDialogs", "Xem trước và in…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        preview.setObjectName("previewPrint")
        preview.setDefault(True)
        preview.clicked.connect(self.preview)
        for kind in dang_bo_packages.KINDS:
            self.form.document.addItem(tr(DOCUMENTS[kind]), kind)
        for suffix, label in FORMATS:
            self.form.fileFormat.addItem(tr(label), suffix)
        self.form.document.currentIndexChanged.connect(self._changed)
        self.form.fileFormat.currentIndexChanged.connect(self._changed)
        self.form.chooseFile.clicked.connect(self._choose)
        self.form.hint.setText(
            self.tr(
                "Số liệu lấy từ gói mới nhất của mỗi chi bộ. Văn bản được ghi vào sổ văn bản "
                "của đảng ủy, có mã xác thực ở chân trang."
            )
        )
        self._changed()

    def kind(self) -> str:
        return str(self.form.document.currentData())

    def suffix(self) -> str:
        return str(self.form.fileFormat.currentData())

    def _changed(self) -> None:
        self.form.number.setValue(
            dang_bo_printing.suggested_number(self.session, self.kind(), self.year)
        )
        folder = Path(self.form.fileEdit.text()).parent if self.form.fileEdit.text() else None
        if folder is None or not folder.is_dir():
            folder = last_folder(DANG_BO_DOCUMENTS)
        name = f"{FILE_NAMES[self.kind()]}-{self.year}{self.suffix()}"
        self.form.fileEdit.setText(str(folder / name))
        self.form.error.hide()

    def _choose(self) -> None:
        chosen = ask_save(
            self, DANG_BO_DOCUMENTS, self.tr("Lưu văn bản tổng hợp"), self.form.fileEdit.text()
        )
        if chosen is not None:
            path = str(chosen[0])
            if not path.lower().endswith(self.suffix()):
                path += self.suffix()
            self.form.fileEdit.setText(path)

    def number(self) -> int:
        return int(self.form.number.value())

    def preview(self) -> None:
        """Accepted without writing: the caller opens the print preview."""
        self.previewing = True
        super().accept()

    def accept(self) -> None:
        path = Path(self.form.fileEdit.text().strip())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.printed = dang_bo_printing.export(
                self.session, self.kind(), self.year, path, number=self.number()
            )
        except ChiboError as error:
            self.form.error.setText(error_text(error))
            self.form.error.show()
            return
        except storage_errors() as error:
            show_save_failure(self, error)
            return
        finally:
            QApplication.restoreOverrideCursor()
        QMessageBox.information(
            self,
            self.tr("Đã in"),
            self.tr("Đã ghi %1, mã xác thực %2:\n%3")
            .replace("%1", self.printed.title)
            .replace("%2", display_code(self.printed.code))
            .replace("%3", str(path)),
        )
        super().accept()
