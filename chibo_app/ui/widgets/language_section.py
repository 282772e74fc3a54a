"""Cài đặt → “Giao diện”: the interface language of this computer (Vietnamese or
English), used from the next start. Printed documents and exports stay Vietnamese."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from chibo_app.ui import translations

NOTE_STYLE = "color: #5f6368;"


class LanguageSection(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ngôn ngữ"))
        self.setObjectName("languageSection")
        self.language = QComboBox()
        self.language.setObjectName("interfaceLanguage")
        for code, name in translations.LANGUAGES.items():  # each in its own language
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(translations.saved_language()))
        self.restart_note = QLabel(self.tr("Thay đổi có hiệu lực khi mở lại ứng dụng."))
        self.restart_note.setObjectName("languageRestartNote")
        self.restart_note.setStyleSheet("color: #8a5a00; font-weight: 600;")
        documents_note = QLabel(
            self.tr(
                "Văn bản in ra và tệp Excel xuất ra luôn bằng tiếng Việt, dù giao diện dùng "
                "ngôn ngữ nào. Cài đặt này lưu riêng trên máy tính này."
            )
        )
        documents_note.setWordWrap(True)
        documents_note.setStyleSheet(NOTE_STYLE)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Ngôn ngữ giao diện:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(documents_note)
        self._show_note()
        self.language.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        translations.set_interface_language(str(self.language.currentData()))
        self._show_note()

    def _show_note(self) -> None:
        """The restart note while the choice differs from the running interface."""
        chosen = self.language.currentData()
        self.restart_note.setVisible(chosen != translations.current_language())
