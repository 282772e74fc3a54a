"""Cài đặt → “Trình bày văn bản”: margins, body size and line spacing of printed documents."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chibo_app.documents.page_settings import PageSettings
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import page_setup
from chibo_app.services.page_setup import LIMITS
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, error_text
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors
from chibo_app.ui.widgets.page_preview import PagePreview

# Spin box steps and decimals per field (line spacing in hundredths: 1,15 is common).
_STEPS = {"body_size": (0.5, 1), "line_spacing": (0.05, 2)}


class PageSetupForm(QWidget):
    saved = Signal(PageSettings)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setStyleSheet(FIELD_STYLE)
        self.summary = QLabel()
        self.summary.setObjectName("pageSetupSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.spins: dict[str, QDoubleSpinBox] = {}
        labels: dict[str, str] = {}
        for name, limit in LIMITS.items():
            spin = QDoubleSpinBox()
            spin.setObjectName(name)
            step, decimals = _STEPS.get(name, (1.0, 1))
            spin.setDecimals(decimals)
            spin.setSingleStep(step)
            spin.setRange(limit.low, limit.high)
            spin.setSuffix(
                f" {limit.unit}"
                if limit.unit
                else QCoreApplication.translate("PageSetupForm", " lần cỡ chữ")
            )
            spin.setFixedWidth(170)
            labels[name] = core_label(limit.label)
            form.addRow(labels[name] + ":", spin)
            self.spins[name] = spin
        self.errors = FieldErrors(form, dict(self.spins), self.summary, labels)

        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("savePageSetup")
        self.default_button = QPushButton(self.tr("Mặc định"))
        self.default_button.setObjectName("defaultPageSetup")
        self.default_button.setToolTip(
            self.tr("Lề trên 20, dưới 20, trái 30, phải 15 mm; chữ 14 pt (Hướng dẫn 36-HD/VPTW)")
        )
        self.saved_label = QLabel()
        self.saved_label.setObjectName("pageSetupSaved")
        self.saved_label.setStyleSheet("color: #1b7a34;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Áp dụng cho mọi văn bản in từ lần in sau: kế hoạch cá nhân, danh sách, báo "
                "cáo… Khổ giấy A4, phông chữ Times New Roman (Liberation Serif)."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")

        fields = QVBoxLayout()
        fields.addWidget(self.summary)
        fields.addLayout(form)
        fields.addLayout(buttons)
        fields.addWidget(note)
        fields.addStretch(1)
        self.preview = PagePreview()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields, 1)
        layout.addSpacing(16)
        layout.addWidget(self.preview)

        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self.use_defaults)
        for spin in self.spins.values():
            spin.valueChanged.connect(self._edited)
        self.show_settings(page_setup.load_page_settings(session))

    def show_settings(self, settings: PageSettings) -> None:
        self._stored = settings
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(float(getattr(settings, name)))
            spin.blockSignals(False)
        self._edited()

    def typed(self) -> PageSettings:
        values = {name: round(spin.value(), 2) for name, spin in self.spins.items()}
        return dataclasses.replace(self._stored, **values)

    def is_changed(self) -> bool:
        return page_setup.editable_values(self.typed()) != page_setup.editable_values(self._stored)

    def _edited(self) -> None:
        self.preview.set_settings(self.typed())
        self.save_button.setEnabled(self.is_changed())
        if self.is_changed():
            self.saved_label.clear()

    def use_defaults(self) -> None:
        """Put the 36-HD defaults in the fields; “Lưu” keeps them."""
        defaults = PageSettings()
        for name, spin in self.spins.items():
            spin.setValue(float(getattr(defaults, name)))

    def save(self) -> bool:
        try:
            settings = page_setup.save_page_settings(self.session, self.typed())
        except ValidationError as error:
            self.errors.show(error.messages, self.tr("Chưa lưu được. Hãy sửa:"))
            return False
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        self.errors.clear()
        self.show_settings(settings)
        self.saved_label.setText(self.tr("Đã lưu."))
        QTimer.singleShot(4000, self.saved_label.clear)
        self.saved.emit(settings)
        return True

    def reload(self) -> None:
        if not self.is_changed():  # never throw away what is being typed
            self.show_settings(page_setup.load_page_settings(self.session))
