"""Giữ số: hold a register number for a document made outside the app (typed in Word,
handwritten), so the app's own documents never take it (Hướng dẫn 36-HD/VPTW numbers
every document of the cell once, in order)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from chibo_app.core.dates import to_display
from chibo_app.errors import ChiboError
from chibo_app.services import document_register, documents
from chibo_app.services.documents import DOC_TYPE_NAMES, DocumentRow
from chibo_app.services.session import Session
from chibo_app.ui.confirm import confirm
from chibo_app.ui.core_text import core_label, error_text
from chibo_app.ui.forms import load_form
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.date_field import read_date

# The numbered types a secretary may make by hand (plan forms carry no number).
_TYPES = ("BB", "DS", "BC", "KH")


class ReserveNumberDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form: Any = load_form("reserve_number_dialog", self)
        self.setObjectName("reserveNumberDialog")
        self.setWindowTitle(self.tr("Giữ số cho văn bản làm ngoài ứng dụng"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.form.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Giữ số"))
        self.form.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)
        self.gaps = document_register.number_gaps(session)
        for doc_type in _TYPES:
            name = core_label(DOC_TYPE_NAMES[doc_type])
            self.form.docType.addItem(f"{name} ({doc_type})", doc_type)
        self.form.docType.currentIndexChanged.connect(self._type_chosen)
        self.form.dated.setText(to_display(session.today().isoformat()))
        self.reserved: DocumentRow | None = None
        self._type_chosen()

    def doc_type(self) -> str:
        return str(self.form.docType.currentData())

    def _type_chosen(self) -> None:
        """Offer the first gap of the type, else its next number."""
        doc_type = self.doc_type()
        free = [g for g in self.gaps if g.doc_type == doc_type]
        self.form.number.setValue(
            free[0].number if free else documents.next_number(self.session, doc_type)
        )
        self.form.gaps.setText(
            self.tr("Số còn trống: %1.").replace("%1", ", ".join(g.text for g in free))
            if free
            else self.tr("Không có số nào bị bỏ trống; số đề xuất là số kế tiếp trong sổ.")
        )
        self.form.error.hide()

    def accept(self) -> None:
        iso, problem = read_date(self.form.dated)
        if problem or iso is None:
            self._error(problem or self.tr("Hãy ghi ngày văn bản."))
            self.form.dated.setFocus()
            return
        try:
            self.reserved = documents.reserve_number(
                self.session,
                self.doc_type(),
                self.form.title.text(),
                dt.date.fromisoformat(iso),
                self.form.number.value(),
            )
        except ChiboError as error:
            self._error(error_text(error))
            return
        except storage_errors() as error:  # disk full, read-only file: nothing written
            show_save_failure(self, error)
            return
        super().accept()

    def reject(self) -> None:
        """Asks before losing a typed subject line."""
        if self.form.title.text().strip() and not confirm(
            self,
            self.tr("Bỏ qua"),
            self.tr("Chưa giữ số. Bỏ những gì đã nhập?"),
            self.tr("Bỏ qua"),
        ):
            return
        super().reject()

    def _error(self, text: str) -> None:
        self.form.error.setText(text)
        self.form.error.show()
