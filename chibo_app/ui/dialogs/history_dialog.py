"""Lịch sử thay đổi of one person: the person's own fields and their positions
(forms/history_dialog.ui)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from chibo_app.services import people
from chibo_app.services.history import HistoryFilter
from chibo_app.services.session import Session
from chibo_app.ui.forms import load_form
from chibo_app.ui.models.history_model import HistoryModel
from chibo_app.ui.widgets.history_view import HistoryView


class HistoryDialog(QDialog):
    def __init__(self, session: Session, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        try:
            name = people.get_person(session, person_id).full_name
        except Exception:  # noqa: BLE001 - a deleted person still has a history
            name = self.tr("người đã xóa")
        self.setWindowTitle(self.tr("Lịch sử thay đổi — %1").replace("%1", name))
        self.resize(900, 560)
        self.model = HistoryModel(session, self)
        self.model.set_filter(HistoryFilter(person_id=person_id))
        self.form: Any = load_form("history_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        self.view = HistoryView(self.model)
        self.form.viewLayout.addWidget(self.view)
        self.count_label = self.form.historyCount
        total = self.model.total()
        self.count_label.setText(
            self.tr("%1 thay đổi, mới nhất ở trên.").replace("%1", str(total))
            if total
            else self.tr("Chưa có thay đổi nào được ghi lại.")
        )
        buttons = self.form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        if total:
            self.view.table.selectRow(0)
