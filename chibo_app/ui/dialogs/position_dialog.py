"""Add or edit one position: kind, title, start and end dates (forms/position_dialog.ui)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

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
from chibo_app.ui.forms import load_form
from chibo_app.ui.widgets.date_field import read_date, set_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors


class PositionDialog(EditorDialog):
    def __init__(self, position: Position, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._position = position
        self.form: Any = load_form("position_dialog", self)
        self.setWindowTitle(self.tr("Chức vụ"))
        self.setStyleSheet(FIELD_STYLE)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form
        f.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đồng ý"))
        f.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        f.buttons.accepted.connect(self.accept)
        f.buttons.rejected.connect(self.reject)
        for kind, label in POSITION_KIND_LABELS.items():
            f.kind.addItem(core_label(label), kind)
        f.kind.setCurrentIndex(f.kind.findData(position.kind))
        set_date(f.start, position.start_date)
        set_date(f.end, position.end_date)
        self.errors = FieldErrors(
            f.formLayout, {"title": f.title, "start_date": f.start, "end_date": f.end}
        )
        f.kind.currentIndexChanged.connect(self._fill_titles)
        self._fill_titles()
        f.title.setCurrentText(position.title)

    def _fill_titles(self) -> None:
        """The party's own titles are offered for a party position; any title can be typed."""
        titles = self.form.title
        text = titles.currentText()
        titles.clear()
        if self.form.kind.currentData() == PositionKind.PARTY:
            titles.addItems(list(PARTY_POSITIONS))
        titles.setCurrentText(text)

    def position(self) -> Position:
        return self._position

    def save_changes(self) -> None:
        self.accept()

    def accept(self) -> None:
        f = self.form
        start, start_problem = read_date(f.start, partial=True)  # "01/2019", "quý I/2019"
        end, end_problem = read_date(f.end, partial=True)
        candidate = Position(
            person_id=self._position.person_id,
            kind=PositionKind(f.kind.currentData()),
            title=clean(f.title.currentText()),
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
            self.adjustSize()  # room for the messages under the fields, none cut
            return
        self._position = candidate
        super().accept()
