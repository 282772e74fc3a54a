"""Add or edit one position: kind, title, start and end dates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.people import (
    PARTY_POSITIONS,
    POSITION_KIND_LABELS,
    Position,
    PositionKind,
    validate_position,
)
from chibo_app.core.text import clean
from chibo_app.ui.core_text import core_label
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.widgets.date_field import read_date, set_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors


class PositionDialog(EditorDialog):
    def __init__(self, position: Position, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chức vụ"))
        self.setStyleSheet(FIELD_STYLE)
        self._position = position
        self.kind = QComboBox()
        for kind, label in POSITION_KIND_LABELS.items():
            self.kind.addItem(core_label(label), kind)
        self.kind.setCurrentIndex(self.kind.findData(position.kind))
        self.title_box = QComboBox()
        self.title_box.setEditable(True)
        self.title_box.setMinimumWidth(260)
        self.start = QLineEdit()
        self.end = QLineEdit()
        for edit in (self.start, self.end):
            edit.setPlaceholderText(self.tr("ngày/tháng/năm hoặc năm; để trống nếu không rõ"))
        set_date(self.start, position.start_date)
        set_date(self.end, position.end_date)
        form = QFormLayout()
        form.addRow(self.tr("Loại:"), self.kind)
        form.addRow(self.tr("Chức vụ:"), self.title_box)
        form.addRow(self.tr("Từ ngày:"), self.start)
        form.addRow(self.tr("Đến ngày:"), self.end)
        self.errors = FieldErrors(
            form, {"title": self.title_box, "start_date": self.start, "end_date": self.end}
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đồng ý"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._fill_titles)
        self._fill_titles()
        self.title_box.setCurrentText(position.title)

    def _fill_titles(self) -> None:
        text = self.title_box.currentText()
        self.title_box.clear()
        if self.kind.currentData() == PositionKind.PARTY:
            self.title_box.addItems(list(PARTY_POSITIONS))
        self.title_box.setCurrentText(text)

    def position(self) -> Position:
        return self._position

    def save_changes(self) -> None:
        self.accept()

    def accept(self) -> None:
        start, start_problem = read_date(self.start)
        end, end_problem = read_date(self.end)
        candidate = Position(
            person_id=self._position.person_id,
            kind=PositionKind(self.kind.currentData()),
            title=clean(self.title_box.currentText()),
            start_date=start,
            end_date=end,
            id=self._position.id,
        )
        problems = validate_position(candidate)
        if start_problem:
            problems["start_date"] = start_problem
        if end_problem:
            problems["end_date"] = end_problem
        if problems:
            self.errors.show(problems, self.tr("Chưa lưu được:"))
            return
        self._position = candidate
        super().accept()
