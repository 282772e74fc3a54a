"""A topic of the year (chuyên đề): title, description, planned month or quarter,
presenter and reference documents."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from chibo_app.core.meetings import ROMAN_QUARTERS, Topic
from chibo_app.errors import ChiboError
from chibo_app.services import topics
from chibo_app.services.session import Session
from chibo_app.ui.core_text import error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog


class TopicDialog(EditorDialog):
    def __init__(
        self, session: Session, year: int, topic: Topic | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.topic = topic or Topic(year, "")
        self.saved: Topic | None = None
        self.setWindowTitle(self.tr("Chuyên đề năm %1").replace("%1", str(year)))
        self.resize(620, 380)
        self.title = QLineEdit(self.topic.title)
        self.title.setObjectName("topicTitle")
        self.description = QPlainTextEdit(self.topic.description)
        self.description.setTabChangesFocus(True)
        self.planned = QComboBox()
        self.planned.setObjectName("topicPlanned")
        self.planned.addItem(self.tr("(chưa định)"), (None, None))
        for month in range(1, 13):
            self.planned.addItem(self.tr("Tháng %1").replace("%1", str(month)), (month, None))
        for quarter, roman in ROMAN_QUARTERS.items():
            self.planned.addItem(self.tr("Quý %1").replace("%1", roman), (None, quarter))
        chosen = (self.topic.planned_month, self.topic.planned_quarter)
        self.planned.setCurrentIndex(max(0, self.planned.findData(chosen)))
        self.presenter = QLineEdit(self.topic.presenter)
        self.references = QPlainTextEdit(self.topic.references)
        self.references.setTabChangesFocus(True)
        self.references.setPlaceholderText(self.tr("Ví dụ: Kết luận số 01-KL/TW ngày 18/5/2021"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Tên chuyên đề"), self.title)
        layout.addRow(self.tr("&Nội dung tóm tắt"), self.description)
        layout.addRow(self.tr("&Dự kiến sinh hoạt"), self.planned)
        layout.addRow(self.tr("&Người trình bày"), self.presenter)
        layout.addRow(self.tr("Tài liệu &tham khảo"), self.references)
        layout.addRow(buttons)

    def collect(self) -> Topic:
        month, quarter = self.planned.currentData()
        return self.topic.with_changes(
            title=self.title.text(),
            description=self.description.toPlainText(),
            planned_month=month,
            planned_quarter=quarter,
            presenter=self.presenter.text(),
            references=self.references.toPlainText(),
        )

    def save_changes(self) -> None:
        self.save()

    def save(self) -> None:
        try:
            self.saved = topics.save_topic(self.session, self.collect())
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return
        self.accept()
