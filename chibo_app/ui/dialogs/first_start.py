"""First start: the cell's name and signers, before anything else."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from chibo_app.services.session import Session
from chibo_app.ui.widgets.settings_form import SettingsForm


class FirstStartDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chào mừng — thông tin chi bộ"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "<b>Chào mừng bạn đến với Chi bộ.</b><br>Trước khi bắt đầu, hãy nhập thông tin "
                "của chi bộ. Các thông tin này được in trên văn bản và có thể sửa sau trong "
                "“Cài đặt”."
            )
        )
        intro.setWordWrap(True)
        self.form = SettingsForm(session, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bắt đầu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.edits["cell_name"].setFocus()

    def accept(self) -> None:
        if self.form.save():
            super().accept()
