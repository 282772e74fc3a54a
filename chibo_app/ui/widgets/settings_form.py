"""The cell's settings as a form, shared by the first-start dialog and the settings page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from chibo_app.core.cell import SETTING_LABELS, CellSettings
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, error_text
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors

_PLACEHOLDERS = {
    "cell_name": QT_TRANSLATE_NOOP("SettingsForm", "Ví dụ: Chi bộ Sở Ngoại vụ"),
    "superior": QT_TRANSLATE_NOOP("SettingsForm", "Ví dụ: Đảng ủy Ủy ban nhân dân tỉnh"),
    "place": QT_TRANSLATE_NOOP("SettingsForm", "Ví dụ: Hà Tĩnh"),
    "secretary": QT_TRANSLATE_NOOP("SettingsForm", "Họ và tên Bí thư chi bộ"),
    "deputy": QT_TRANSLATE_NOOP("SettingsForm", "Họ và tên Phó Bí thư (nếu có)"),
    "symbol": "CB",
    "term": QT_TRANSLATE_NOOP("SettingsForm", "Ví dụ: 2025–2030"),
    "user_name": QT_TRANSLATE_NOOP("SettingsForm", "Tên của đồng chí, ghi vào lịch sử thay đổi"),
    "archive": QT_TRANSLATE_NOOP("SettingsForm", "Ví dụ: Lưu Văn phòng Chi bộ"),
}


class SettingsForm(QWidget):
    saved = Signal(CellSettings)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        keys: tuple[str, ...] | None = None,
    ) -> None:
        """`keys`: the settings shown (default: all); the others keep their values."""
        super().__init__(parent)
        self.session = session
        self._kept = cell.load_settings(session)
        self.setStyleSheet(FIELD_STYLE)
        self.summary = QLabel()
        self.summary.setObjectName("settingsSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        for key in keys or CellSettings.keys():
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setPlaceholderText(QCoreApplication.translate("SettingsForm", _PLACEHOLDERS[key]))
            form.addRow(core_label(SETTING_LABELS[key]) + ":", edit)
            self.edits[key] = edit
        self.errors = FieldErrors(form, dict(self.edits), self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        self.show_settings(cell.load_settings(session))

    def show_settings(self, settings: CellSettings) -> None:
        for key, edit in self.edits.items():
            edit.setText(getattr(settings, key))

    def typed(self) -> CellSettings:
        shown = {key: edit.text() for key, edit in self.edits.items()}
        return CellSettings(**{**self._kept.__dict__, **shown})

    def save(self) -> bool:
        """Save through the service; on a problem show it by the field and keep the text."""
        try:
            settings = cell.save_settings(self.session, self.typed())
        except ValidationError as error:
            self.errors.show(error.messages, self.tr("Chưa lưu được. Hãy sửa:"))
            return False
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return False
        except storage_errors() as error:  # disk full, read-only file: nothing written
            show_save_failure(self, error)
            return False
        self.errors.clear()
        self.show_settings(settings)
        self.saved.emit(settings)
        return True
