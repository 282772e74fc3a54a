"""First start: the cell's name and signers, before anything else; optionally a password
for the data file (forms/first_start.ui)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.cell import CellSettings
from chibo_app.services.session import Session
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.forms import load_form
from chibo_app.ui.unsaved import ask_to_quit
from chibo_app.ui.widgets.new_password import NewPasswordFields, forgotten_warning
from chibo_app.ui.widgets.settings_form import SettingsForm


class FirstStartDialog(EditorDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Chào mừng — thông tin chi bộ"))
        self.setMinimumWidth(560)
        self.ui: Any = load_form("first_start", self, custom=[NewPasswordFields])
        QVBoxLayout(self).addWidget(self.ui)
        f = self.ui
        self.level_box = f.levelBox
        self.cell_level = f.cellLevel
        self.committee_level = f.committeeLevel
        self.committee_level.toggled.connect(self._level_changed)
        # What every document needs; the filing line ("Lưu …") keeps its default until
        # the secretary changes it in Cài đặt.
        shown = tuple(k for k in CellSettings.keys() if k != "archive")
        self.form = SettingsForm(session, self, shown)
        f.settingsLayout.addWidget(self.form)
        self.password_box = f.firstPassword
        f.passwordNote.setText(
            self.tr(
                "Có mật khẩu thì tệp dữ liệu và các bản sao lưu được mã hóa: ai lấy được máy "
                "cũng không đọc được. Có thể đặt, đổi hoặc bỏ mật khẩu sau trong “Cài đặt”."
            )
            + "<br><b>"
            + forgotten_warning()
            + "</b>"
        )
        self.password_fields = f.passwordFields
        self.password_fields.set_label(self.tr("Mật khẩu:"))
        buttons = f.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bắt đầu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.edits["cell_name"].setFocus()

    def _level_changed(self, committee: bool) -> None:
        """A đảng bộ's file: the đảng ủy's own name and signer, symbol ĐU."""
        labels = {
            "cell_name": (self.tr("Tên chi bộ:"), self.tr("Tên đảng ủy:")),
            "superior": (self.tr("Đảng ủy cấp trên:"), self.tr("Cấp ủy cấp trên:")),
            "secretary": (self.tr("Bí thư chi bộ:"), self.tr("Bí thư đảng ủy:")),
        }
        layout = self.form.findChild(QFormLayout)
        for key, (as_cell, as_committee) in labels.items():
            label = layout.labelForField(self.form.edits[key]) if layout is not None else None
            if isinstance(label, QLabel):
                label.setText(as_committee if committee else as_cell)
        examples = {
            "cell_name": (
                self.tr("Ví dụ: Chi bộ Sở Ngoại vụ"),
                self.tr("Ví dụ: Đảng ủy Sở Ngoại vụ"),
            ),
            "superior": (
                self.tr("Ví dụ: Đảng ủy Ủy ban nhân dân tỉnh"),
                self.tr("Ví dụ: Đảng bộ tỉnh Hà Tĩnh"),
            ),
        }
        for key, (as_cell, as_committee) in examples.items():
            self.form.edits[key].setPlaceholderText(as_committee if committee else as_cell)
        from chibo_app.services.level import DEFAULT_SYMBOL, Level  # noqa: PLC0415

        symbol = self.form.edits["symbol"]
        if symbol.text().strip() in ("", *DEFAULT_SYMBOL.values()):
            symbol.setText(DEFAULT_SYMBOL[Level.COMMITTEE if committee else Level.CELL])

    def chosen_level(self) -> str:
        from chibo_app.services.level import Level  # noqa: PLC0415

        return str(Level.COMMITTEE if self.committee_level.isChecked() else Level.CELL)

    def save_changes(self) -> None:
        self.accept()

    def may_close(self) -> bool:
        """Escape, “Thoát” or ×: this dialog's closing quits the program, so it always asks
        (what is typed is offered for saving first)."""
        if self.has_changes():
            return super().may_close()
        return not self.isVisible() or ask_to_quit(self)

    def wants_password(self) -> bool:
        return self.password_box.isChecked()

    def accept(self) -> None:
        if self.wants_password() and self.password_fields.problem():
            self.password_fields.new.setFocus()  # the problem is shown under the boxes
            return
        if not self.form.save():
            return
        if not self._save_level():
            return
        if self.wants_password():
            self._set_password()
        super().accept()

    def _save_level(self) -> bool:
        from chibo_app.errors import ChiboError  # noqa: PLC0415
        from chibo_app.services import level  # noqa: PLC0415
        from chibo_app.ui.core_text import error_text  # noqa: PLC0415
        from chibo_app.ui.save_errors import show_save_failure, storage_errors  # noqa: PLC0415

        try:
            level.set_level(self.session, level.Level(self.chosen_level()))
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        return True

    def _set_password(self) -> None:
        """Encrypt the new file; if that fails, it still works without a password."""
        from chibo_app.errors import ChiboError  # noqa: PLC0415
        from chibo_app.services.password import set_password  # noqa: PLC0415
        from chibo_app.ui.save_errors import storage_errors, storage_failure_text  # noqa: PLC0415

        failure: BaseException | None = None
        message = ""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            message = set_password(self.session, self.password_fields.password()).message
        except ChiboError as error:
            failure = error
        except storage_errors() as error:
            failure = error
        finally:
            QApplication.restoreOverrideCursor()
            self.password_fields.clear()
        if failure is None:
            QMessageBox.information(self, self.tr("Đã đặt mật khẩu"), message)
            return
        text = str(failure) if isinstance(failure, ChiboError) else storage_failure_text(failure)
        QMessageBox.warning(
            self,
            self.tr("Chưa đặt được mật khẩu"),
            text
            + "\n\n"
            + self.tr(
                "Tệp dữ liệu vẫn dùng được nhưng chưa có mật khẩu; có thể đặt lại trong “Cài đặt”."
            ),
        )

    def done(self, result: int) -> None:
        self.password_fields.clear()
        super().done(result)
