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
from chibo_app.ui.core_text import core_label, core_message, error_text
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
        self.form.docType.currentIndexChanged.connect(self._offer)
        self.form.dated.setText(to_display(session.today().isoformat()))
        self.form.dated.textChanged.connect(self._date_typed)
        self.reserved: DocumentRow | None = None
        self._offered_for: dt.date = session.today()
        self._offer()

    def doc_type(self) -> str:
        return str(self.form.docType.currentData())

    def _typed_day(self) -> dt.date | None:
        """The document's date once typed in full (a bare year is not yet a day)."""
        iso, problem = read_date(self.form.dated)
        if problem or iso is None or len(iso) != len("2026-01-01"):
            return None
        return dt.date.fromisoformat(iso)

    def _date_typed(self) -> None:
        """A new date brings the number that fits it (a date half typed changes nothing)."""
        day = self._typed_day()
        if day is not None and day != self._offered_for:
            self._offered_for = day
            self._offer()

    def _offer(self) -> None:
        """Offer the number a print of the typed date would take, as `chibo documents
        reserve` does (services.documents.reservation_offer): the next number, or a free
        one between the dates around it; say why when it is not simply the next, and list
        the type's free numbers."""
        doc_type = self.doc_type()
        offer = documents.reservation_offer(self.session, doc_type, self._offered_for)
        self.form.number.setValue(offer.number)
        free = [g for g in self.gaps if g.doc_type == doc_type]
        lines = [
            self.tr("Số còn trống: %1.").replace("%1", ", ".join(g.text for g in free))
            if free
            else self.tr("Không có số nào bị bỏ trống.")
        ]
        note = documents.order_note(offer, reserving=True)
        if note is not None:
            lines.append(core_message(note))
        self.form.gaps.setText("\n".join(lines))
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
