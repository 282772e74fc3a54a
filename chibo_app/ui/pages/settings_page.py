"""Cài đặt: the cell's settings, the file's password and auto-lock, and the units."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.cell import CellSettings
from chibo_app.services import cell
from chibo_app.services.session import Session
from chibo_app.ui.pages.base import Page
from chibo_app.ui.widgets.password_section import PasswordSection
from chibo_app.ui.widgets.settings_form import SettingsForm
from chibo_app.ui.widgets.units_editor import UnitsEditor


class SettingsPage(Page):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.form = SettingsForm(session)
        self.save_button = QPushButton(self.tr("Lưu cài đặt"))
        self.save_button.setObjectName("saveSettings")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("settingsSaved")
        self.saved_label.setStyleSheet("color: #1b7a34;")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label)
        save_row.addStretch(1)
        cell_box = QGroupBox(self.tr("Thông tin chi bộ"))
        cell_layout = QVBoxLayout(cell_box)
        cell_layout.addWidget(self.form)
        cell_layout.addLayout(save_row)

        self.units = UnitsEditor(session)
        units_box = QGroupBox(self.tr("Phòng, đơn vị, tổ chức đoàn thể"))
        QVBoxLayout(units_box).addWidget(self.units)

        self.password = PasswordSection(session)

        content = QWidget()
        content.setMaximumWidth(820)  # long lines of fields are hard to read
        layout = QVBoxLayout(content)
        layout.addWidget(cell_box)
        layout.addWidget(self.password)
        layout.addWidget(units_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.save_button.clicked.connect(self.save)
        self.form.saved.connect(self._saved)
        self.units.changed.connect(self.data_changed)
        # Any edit clears the “saved” note so it never lies about unsaved text.
        for edit in self.form.edits.values():
            edit.textEdited.connect(self.saved_label.clear)

    def save(self) -> bool:
        return self.form.save()

    def _saved(self, _settings: CellSettings) -> None:
        self.saved_label.setText(self.tr("Đã lưu."))
        QTimer.singleShot(4000, self.saved_label.clear)
        self.data_changed.emit()

    def reload(self) -> None:
        self.form.show_settings(cell.load_settings(self.session))
        self.units.reload()
        self.password.show_state()
