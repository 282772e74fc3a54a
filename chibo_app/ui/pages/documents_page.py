"""Văn bản đã in: the register of every printed document, and checking a printed code."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from chibo_app.services import document_register
from chibo_app.services.document_register import RegisterEntry
from chibo_app.services.documents import VerifyResult, VerifyStatus
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_message
from chibo_app.ui.models.register_model import ENTRY_ROLE, Col, RegisterModel, RegisterProxy
from chibo_app.ui.pages.base import Loader, Page

_RESULT_STYLES = {
    VerifyStatus.UNCHANGED: "background: #e6f4ea; color: #1b5e20;",
    VerifyStatus.CHANGED: "background: #fce8e6; color: #a50e0e;",
    VerifyStatus.NOT_FOUND: "background: #fce8e6; color: #a50e0e;",
    VerifyStatus.SOURCE_GONE: "background: #fef7e0; color: #7a4f01;",
    VerifyStatus.NOT_CHECKED: "background: #fef7e0; color: #7a4f01;",
    VerifyStatus.REPLACED: "background: #fce8e6; color: #a50e0e;",
    VerifyStatus.EXTERNAL: "background: #fef7e0; color: #7a4f01;",
}


class DocumentsPage(Page):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.model = RegisterModel(self)
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.reload()

    def _build(self) -> None:
        """The layout is forms/documents_page.ui; here, the columns' sizing and the signals."""
        self.form = form = self.use_form("documents_page")
        self.search: QLineEdit = form.documentsSearch
        self.this_year: QCheckBox = form.documentsThisYear
        self.verify_button: QPushButton = form.verifyCode
        self.reserve_button: QPushButton = form.reserveNumber
        self.result: QLabel = form.verifyResult
        self.result.hide()
        self.count_label: QLabel = form.documentsCount
        self.gaps_label: QLabel = form.documentsGaps
        self.gaps_label.hide()
        self.view: QTableView = form.documentsTable
        self.view.setModel(self.proxy)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        self.empty: QLabel = form.documentsEmpty

        self.search.textChanged.connect(self._search)
        self.this_year.toggled.connect(self.reload)
        self.verify_button.clicked.connect(self.ask_code)
        self.reserve_button.clicked.connect(self.reserve)
        self.view.doubleClicked.connect(self._verify_row)

    # Data -----------------------------------------------------------------------------

    watches = frozenset({"documents", "settings"})  # the entries and the symbol in numbers

    def loader(self) -> Loader:
        self.this_year.setText(self.tr("Chỉ năm %1").replace("%1", str(self.year)))
        year = self.year if self.this_year.isChecked() else None
        return lambda session: (
            document_register.list_register(session, year),
            document_register.number_gaps(session),
        )

    def show_data(self, data: Any) -> None:
        entries, gaps = data
        self.model.set_entries(entries)
        self._show_count()
        self.gaps_label.setText(
            self.tr(
                "Số chưa có văn bản trong nhiệm kỳ: %1. Văn bản làm ngoài ứng dụng mang số đó "
                "thì ghi vào sổ bằng “Giữ số…”."
            ).replace("%1", ", ".join(g.text for g in gaps))
        )
        self.gaps_label.setVisible(bool(gaps))

    def reserve(self) -> bool:
        """Hold a number for a paper made elsewhere; True when one was reserved."""
        from chibo_app.ui.dialogs.reserve_number_dialog import (  # noqa: PLC0415
            ReserveNumberDialog,
        )

        dialog = ReserveNumberDialog(self.session, self)
        if dialog.exec() != ReserveNumberDialog.DialogCode.Accepted:
            return False
        self.refresh()
        self.data_changed.emit()
        return True

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_count()

    def _show_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0:
            text = (
                self.tr("Năm %1 chưa in văn bản nào.").replace("%1", str(self.year))
                if self.this_year.isChecked()
                else self.tr("Chưa in văn bản nào.")
            )
            self.empty.setText(
                text
                + "\n"
                + self.tr(
                    "Mỗi văn bản in ra (kế hoạch cá nhân, danh sách, báo cáo…) được ghi vào "
                    "đây với số và mã xác thực."
                )
            )
        self.empty.setVisible(total == 0)
        self.view.setVisible(total > 0)
        self.count_label.setVisible(total > 0)
        if shown == total:
            text = self.tr("%1 văn bản, mới nhất ở trên.").replace("%1", str(total))
            self.count_label.setText(text)
        else:
            self.count_label.setText(
                self.tr("%1 / %2 văn bản khớp với ô tìm.")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )

    def selected_entry(self) -> RegisterEntry | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        entry = rows[0].data(ENTRY_ROLE)
        return entry if isinstance(entry, RegisterEntry) else None

    # Verification ------------------------------------------------------------------------

    def ask_code(self) -> None:
        chosen = self.selected_entry()
        code, ok = QInputDialog.getText(
            self,
            self.tr("Kiểm tra mã xác thực"),
            self.tr("Mã in ở chân văn bản (ví dụ K7QX2-M4TRA):"),
            QLineEdit.EchoMode.Normal,
            chosen.code if chosen is not None else "",
        )
        if ok and code.strip():
            self.check(code)

    def _verify_row(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, RegisterEntry):
            self.check(entry.code)

    def check(self, code: str) -> VerifyResult:
        """Verify `code`, show the answer above the table and select its row."""
        # every printing service (reportlab) behind it: imported when a code is checked
        from chibo_app.services import verification  # noqa: PLC0415

        result = verification.verify(self.session, code)
        self.result.setText(core_message(result.message))
        self.result.setStyleSheet(
            "padding: 8px; border-radius: 4px; " + _RESULT_STYLES[result.status]
        )
        self.result.show()
        if result.document is not None:
            self._select(result.document.id)
        return result

    def _select(self, document_id: int) -> None:
        row = next((i for i, e in enumerate(self.model.entries()) if e.id == document_id), None)
        if row is None:  # another year, or hidden by the search: show everything
            self.search.clear()
            self.this_year.setChecked(False)
            row = next((i for i, e in enumerate(self.model.entries()) if e.id == document_id), None)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
