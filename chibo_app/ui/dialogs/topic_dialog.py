"""A topic of the year (chuyên đề): title, description, planned month or quarter,
presenter and reference documents (forms/topic_dialog.ui)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from chibo_app.core.meetings import ROMAN_QUARTERS, Topic
from chibo_app.errors import ChiboError
from chibo_app.services import topics
from chibo_app.services.session import Session
from chibo_app.ui.core_text import error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.forms import load_form


class TopicDialog(EditorDialog):
    def __init__(
        self, session: Session, year: int, topic: Topic | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.topic = topic or Topic(year, "")
        self.saved: Topic | None = None
        self.form: Any = load_form("topic_dialog", self)
        self.setWindowTitle(self.tr("Chuyên đề năm %1").replace("%1", str(year)))
        QVBoxLayout(self).addWidget(self.form)
        self.resize(620, 380)
        f = self.form
        save = f.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Lưu"))
        f.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        f.buttons.accepted.connect(self.save)
        f.buttons.rejected.connect(self.reject)
        f.planned.addItem(self.tr("(chưa định)"), (None, None))
        for month in range(1, 13):
            f.planned.addItem(self.tr("Tháng %1").replace("%1", str(month)), (month, None))
        for quarter, roman in ROMAN_QUARTERS.items():
            f.planned.addItem(self.tr("Quý %1").replace("%1", roman), (None, quarter))
        # Compared in Python: QComboBox.findData does not reliably match tuple data (a
        # topic planned for a month or quarter reopened as “(chưa định)” and lost it).
        chosen = (self.topic.planned_month, self.topic.planned_quarter)
        found = [i for i in range(f.planned.count()) if f.planned.itemData(i) == chosen]
        f.planned.setCurrentIndex(found[0] if found else 0)
        f.title.setText(self.topic.title)
        f.description.setPlainText(self.topic.description)
        f.presenter.setText(self.topic.presenter)
        f.references.setPlainText(self.topic.references)

    def collect(self) -> Topic:
        f = self.form
        month, quarter = f.planned.currentData()
        return self.topic.with_changes(
            title=f.title.text(),
            description=f.description.toPlainText(),
            planned_month=month,
            planned_quarter=quarter,
            presenter=f.presenter.text(),
            references=f.references.toPlainText(),
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
