"""Lịch sử thay đổi: every change to every record, newest first, with filters."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from chibo_app.services import history
from chibo_app.services.history import Entry, HistoryFilter
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label
from chibo_app.ui.models.history_model import HistoryModel
from chibo_app.ui.pages.base import Loader, Page
from chibo_app.ui.widgets.date_field import read_date
from chibo_app.ui.widgets.history_view import HistoryView

_BAD_FIELD = "QLineEdit { border: 1px solid #c62828; }"


class _Data(NamedTuple):
    kinds: dict[str, str]
    users: list[str]
    where: HistoryFilter
    entries: list[Entry]
    total: int | None


class HistoryPage(Page):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.model = HistoryModel(session, self)
        self._build()
        self.reload()

    def _build(self) -> None:
        """The filters are forms/history_page.ui; the list, made with the page's model,
        goes under them."""
        self.form = form = self.use_form("history_page")
        self.search: QLineEdit = form.historySearch
        self.kind: QComboBox = form.historyKind
        self.user: QComboBox = form.historyUser
        self.date_from: QLineEdit = form.historyFrom
        self.date_to: QLineEdit = form.historyTo
        self.count_label: QLabel = form.historyCount
        # Typing waits for a pause: each query may scan many entries.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.apply_filter)
        for edit in (self.search, self.date_from, self.date_to):
            edit.textChanged.connect(self.timer.start)
        for box in (self.kind, self.user):
            box.currentIndexChanged.connect(self.apply_filter)
        self.view = HistoryView(self.model)
        form.mainLayout.addWidget(self.view, 1)

    def loader(self) -> Loader:
        where = self.current_filter()

        def load(session: Session) -> _Data:
            entries = history.entries(session, where, history.PAGE_SIZE)
            total = history.count(session, where) if len(entries) == history.PAGE_SIZE else None
            return _Data(history.kinds(session), history.users(session), where, entries, total)

        return load

    def show_data(self, data: _Data) -> None:
        kinds = {key: core_label(name) for key, name in data.kinds.items()}
        self._fill(self.kind, self.tr("Tất cả các loại"), kinds)
        self._fill(self.user, self.tr("Tất cả người sửa"), {u: u for u in data.users})
        if data.where != self.current_filter():  # the filters changed while reading
            self.apply_filter()
            return
        self.timer.stop()
        self.model.set_page(data.where, data.entries, data.total)
        self._show_total()

    @staticmethod
    def _fill(box: QComboBox, everything: str, items: dict[str, str]) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for key, label in items.items():
            box.addItem(label, key)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)

    def current_filter(self) -> HistoryFilter:
        kind = self.kind.currentData()
        return HistoryFilter(
            tables=(kind,) if kind else (),
            user=self.user.currentData(),
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
            text=self.search.text(),
        )

    def _date(self, edit: QLineEdit) -> str | None:
        iso, problem = read_date(edit)
        edit.setStyleSheet(_BAD_FIELD if problem else "")
        edit.setToolTip(problem or "")
        if iso and len(iso) == 4:  # a bare year: the whole year
            iso = f"{iso}-01-01" if edit is self.date_from else f"{iso}-12-31"
        return iso

    def apply_filter(self) -> None:
        self.timer.stop()
        self.model.set_filter(self.current_filter())
        self._show_total()

    def _show_total(self) -> None:
        total = self.model.total()
        self.count_label.setText(
            self.tr("%1 thay đổi, mới nhất ở trên.").replace("%1", f"{total:,}".replace(",", "."))
            if total
            else self.tr("Không có thay đổi nào khớp với bộ lọc.")
        )
