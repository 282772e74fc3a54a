"""Before printing plans: what to print (the forms; the signed-off list, its number) and
either "Xem trước và in…" — the print preview, where it is printed or saved — or the
file to write at once (forms/print_plans_dialog.ui and forms/signed_off_dialog.ui)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.services import file_titles
from chibo_app.ui.folders import ask_save, last_folder, remember_folder
from chibo_app.ui.forms import load_form

PDF_FILTER = QT_TRANSLATE_NOOP("FileRow", "Tệp PDF (*.pdf)")
XLSX_FILTER = QT_TRANSLATE_NOOP("FileRow", "Bảng tính Excel (*.xlsx)")


class FileRow(QObject):
    """A file name to write, typed in `edit` or chosen with its “Chọn…” button; the
    suffix follows the filter. `kind` names the kind of document whose folder is
    remembered (ui.folders): `default` is a bare name to put there, or a full path."""

    def __init__(
        self,
        edit: QLineEdit,
        choose: QPushButton,
        default: Path,
        filters: list[str],
        kind: str = "documents",
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self._filters = filters
        self.kind = kind
        if not default.is_absolute():
            default = last_folder(kind) / default
        edit.setText(str(default))
        edit.setFocus()  # the dialog opens on the file name, the rest has defaults
        choose.clicked.connect(self.choose)

    def set_filters(self, filters: list[str]) -> None:
        self._filters = filters

    def choose(self) -> None:
        filters = [QCoreApplication.translate("FileRow", f) for f in self._filters]
        answer = ask_save(
            self.edit, self.kind, self.tr("Lưu vào tệp"), self.edit.text(), ";;".join(filters)
        )
        if answer is not None:
            path, picked = answer
            suffix = ".xlsx" if "xlsx" in picked else ".pdf"
            if path.suffix.lower() not in (".pdf", ".xlsx"):
                path = path.with_name(path.name + suffix)
            self.edit.setText(str(path))

    def path(self, suffixes: tuple[str, ...]) -> Path | None:
        """The file to write (suffix added if missing), or None after a message."""
        text = self.edit.text().strip()
        if not text:
            QMessageBox.warning(self.edit, self.tr("Chưa có tên tệp"), self.tr("Hãy ghi tên tệp."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() not in suffixes:
            path = path.with_name(path.name + suffixes[0])
        if not path.parent.is_dir():
            QMessageBox.warning(
                self.edit,
                self.tr("Không có thư mục"),
                self.tr("Không có thư mục %1.").replace("%1", str(path.parent)),
            )
            return None
        remember_folder(self.kind, path)  # typed or chosen: the next one starts there
        return path


class PreviewChoice(QDialog):
    """A print dialog whose default button is "Xem trước và in…": accepted without a
    file, for the print preview (where the document is printed or saved, and only then
    recorded); its OK button writes the file named at once."""

    previewing = False

    def add_preview_button(self, buttons: QDialogButtonBox) -> None:
        button = buttons.addButton(
            QCoreApplication.translate("PrintDialogs", "Xem trước và in…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        button.setObjectName("previewPrint")
        button.setDefault(True)
        button.clicked.connect(self.preview)

    def preview(self) -> None:
        self.previewing = True
        self.accept()

    def set_buttons(self, buttons: QDialogButtonBox, accept: Callable[[], None]) -> None:
        """“Lưu vào tệp” (the file named), “Hủy”, and the default “Xem trước và in…”."""
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("PrintDialogs", "Lưu vào tệp")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("PrintDialogs", "Hủy")
        )
        buttons.accepted.connect(accept)
        buttons.rejected.connect(self.reject)
        self.add_preview_button(buttons)


class PrintPlansDialog(PreviewChoice):
    """Filled or blank forms, and the PDF to write."""

    def __init__(self, year: int, count: int, everyone: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("printPlansDialog")
        self.setWindowTitle(self.tr("In kế hoạch cá nhân"))
        who = (
            self.tr("Tất cả %1 người của năm %2.")
            if everyone
            else self.tr("%1 người đã chọn (năm %2).")
        )
        self.form: Any = load_form("print_plans_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form
        f.who.setText(who.replace("%1", str(count)).replace("%2", str(year)))
        self.filled = f.printFilled
        self.blank = f.printBlank
        self.file = FileRow(
            f.printPath,
            f.chooseFile,
            Path(f"{file_titles.plan_forms(year)}.pdf"),  # as the preview names it
            [PDF_FILTER],
            kind="plan-forms",
        )
        self.set_buttons(f.buttons, self._accept)
        self.chosen_path: Path | None = None

    @property
    def is_blank(self) -> bool:
        return self.blank.isChecked()

    def _accept(self) -> None:
        path = self.file.path((".pdf",))
        if path is not None and _may_replace(self, path):
            self.chosen_path = path
            self.accept()


class NumberBox(QSpinBox):
    """A register number as documents print it: two digits at least ('Số 05-BC/CB',
    core.verification.number_text); typing '5' or '05' both give 5."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self._show_as_printed)

    @staticmethod
    def number_text(value: int) -> str:
        return f"{value:02d}"

    def _show_as_printed(self) -> None:
        """'7' typed reads 'Số 07-…' once typing ends (Qt keeps the typed text)."""
        self.lineEdit().setText(self.prefix() + self.number_text(self.value()) + self.suffix())

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt override
        return self.number_text(value)


class SignedOffDialog(PreviewChoice):
    """The list's register number (the next one, editable) and the PDF or .xlsx file.
    Other numbered documents subclass it with their type and file suffixes."""

    doc_type = "DS"
    suffixes: tuple[str, ...] = (".pdf", ".xlsx")

    def __init__(self, year: int, next_number: int, symbol: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signedOffDialog")
        self.setWindowTitle(self.tr("Danh sách kế hoạch đã được chi bộ xác nhận"))
        self.form: Any = load_form("signed_off_dialog", self, custom=[NumberBox])
        QVBoxLayout(self).addWidget(self.form)
        f = self.form
        f.formLayout.setRowVisible(f.heading, False)  # a subclass's heading, when it has one
        self.number = f.listNumber
        self.number.setValue(next_number)
        self.number.setPrefix(self.tr("Số "))
        self.number.setSuffix(f"-{self.doc_type}/{symbol}")
        self.file = FileRow(
            f.printPath,
            f.chooseFile,
            Path(f"{file_titles.signed_off_list(year)}.pdf"),
            [PDF_FILTER, XLSX_FILTER],
            kind="signed-off",
        )
        self.number_note = f.numberNote
        self.number_note.setText(
            self.tr("Số kế tiếp trong sổ văn bản: %1").replace(
                "%1", f"{NumberBox.number_text(next_number)}-{self.doc_type}/{symbol}"
            )
        )
        self.set_buttons(f.buttons, self._accept)
        self.chosen_path: Path | None = None

    def set_note(self, text: str) -> None:
        """Why the number offered is not the register's next (a reprint, a reissue)."""
        self.number_note.setText(text)

    def _accept(self) -> None:
        path = self.file.path(self.suffixes)
        if path is not None and _may_replace(self, path):
            self.chosen_path = path
            self.accept()


def _may_replace(parent: QWidget, path: Path) -> bool:
    if not path.exists():
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PrintDialogs", "Tệp đã có"),
        QCoreApplication.translate("PrintDialogs", "Tệp %1 đã có. Ghi đè lên tệp đó?").replace(
            "%1", path.name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
