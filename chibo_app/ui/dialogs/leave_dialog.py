"""Record that someone left the active list: transferred out, exempted or deceased
(forms/leave_dialog.ui)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from chibo_app.core.dates import to_display
from chibo_app.core.people import Kind, Status, status_label
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import people
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.forms import load_form
from chibo_app.ui.widgets.date_field import read_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors


class LeaveDialog(EditorDialog):
    def __init__(self, session: Session, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person = people.get_person(session, person_id)
        self.setWindowTitle(
            self.tr("Chuyển sinh hoạt, miễn công tác và sinh hoạt đảng, từ trần")
            if self.person.kind != Kind.NON_PARTY
            else self.tr("Chuyển công tác, từ trần")
        )
        self.setStyleSheet(FIELD_STYLE)
        self.form: Any = load_form("leave_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form
        f.personName.setText(f"<b>{escape(self.person.full_name)}</b>")
        self.status = f.status
        # A quần chúng changes jobs; only a party member is exempted from party activities.
        kinds = (Status.TRANSFERRED, Status.EXEMPTED, Status.DECEASED)
        for status in kinds:
            if status == Status.EXEMPTED and self.person.kind == Kind.NON_PARTY:
                continue
            self.status.addItem(core_label(status_label(status, self.person.kind)), status)
        self.date = f.date
        self.date.setText(to_display(session.today().isoformat()))
        self.note = f.note
        self.note_label = f.noteLabel
        self.errors = FieldErrors(
            f.formLayout, {"status_date": self.date, "status_note": self.note}
        )
        buttons = f.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ghi nhận"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.status.currentIndexChanged.connect(self._relabel)
        self._relabel()

    def _relabel(self) -> None:
        if self.status.currentData() == Status.TRANSFERRED:
            self.note_label.setText(self.tr("Nơi chuyển đến:"))
        else:
            self.note_label.setText(self.tr("Ghi chú:"))

    def save_changes(self) -> None:
        self.accept()

    def accept(self) -> None:
        on, problem = read_date(self.date)
        if problem or not on:
            self.errors.show({"status_date": problem or self.tr("Cần ghi ngày.")}, "")
            return
        try:
            people.leave(
                self.session,
                self.person.id or 0,
                Status(self.status.currentData()),
                on,
                self.note.text(),
            )
        except ValidationError as error:
            if set(error.problems) <= {"status_date", "status_note"}:
                self.errors.show(error.messages, "")
                return
            QMessageBox.warning(self, self.tr("Chưa ghi nhận được"), error_text(error))
            return
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa ghi nhận được"), error_text(error))
            return
        super().accept()
