"""Chi bộ trực thuộc (a đảng bộ file): each cell, what it has sent for the year and when,
and for the chosen cell the deadline cards of the overview — what is still missing
before each deadline. Packages are received and combined documents printed from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from chibo_app.core import package as core
from chibo_app.services import dang_bo, level
from chibo_app.services.dang_bo import CellStatus, PartStatus
from chibo_app.services.overview import Deadline
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, core_message
from chibo_app.ui.forms import load_form
from chibo_app.ui.pages.base import Loader, Page
from chibo_app.ui.widgets.deadline_card import RED, DeadlineCard, names_text

if TYPE_CHECKING:
    from chibo_app.services.papers import Paper
    from chibo_app.ui.plan_print_actions import PreviewRun

CELL_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(stamp: str) -> str:
    return f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"


class SubCellsPage(Page):
    watches = frozenset({"sub_cells", "received_packages", "settings", "year_settings"})

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.form: Any = load_form("sub_cells_page", self)
        self.printing: PreviewRun | None = None  # the last document previewed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.model = QStandardItemModel(self)
        self.form.cellsTable.setModel(self.model)
        self.form.cellsTable.verticalHeader().hide()
        self.form.cellsTable.selectionModel().currentRowChanged.connect(self._show_cards)
        self.form.importButton.clicked.connect(self.import_packages)
        self.form.printButton.clicked.connect(self.print_documents)
        self.form.printButton.setProperty("readOnlySafe", False)
        self.found: list[CellStatus] = []
        self.cards: list[DeadlineCard] = []
        self.reload()

    def loader(self) -> Loader:
        year = self.year

        def load(session: Session) -> tuple[bool, list[CellStatus]]:
            committee = level.is_committee(session)
            return committee, dang_bo.status(session, year) if committee else []

        return load

    def show_data(self, data: tuple[bool, list[CellStatus]]) -> None:
        committee, self.found = data
        self._fill()
        self._summary(committee)
        if self.found:
            self.form.cellsTable.selectRow(0)
        self._show_cards(self.model.index(0, 0), QModelIndex())

    def _summary(self, committee: bool) -> None:
        if not committee:
            self.form.summary.setText(
                self.tr("Tệp dữ liệu này là của một chi bộ: trang này dành cho đảng ủy.")
            )
            return
        if not self.found:
            self.form.summary.setText(
                self.tr(
                    "Chưa nhận gói nào. Các chi bộ tạo gói bằng “Tệp → Gửi cấp trên…” rồi gửi "
                    "tệp .chibo lên; bấm “Nhận gói của chi bộ…” để nhận."
                )
            )
            return
        complete = sum(1 for c in self.found if all(p.received for p in c.parts))
        self.form.summary.setText(
            self.tr("Năm %1: %2 chi bộ trực thuộc, %3 chi bộ đã gửi đủ bốn phần.")
            .replace("%1", str(self.year))
            .replace("%2", str(len(self.found)))
            .replace("%3", str(complete))
        )

    def _fill(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Chi bộ"), *[core_label(core.PART_LABELS[p]) for p in core.PARTS]]
        )
        for cell in self.found:
            name = QStandardItem(cell.cell.name)
            name.setData(cell.cell.uid, CELL_ROLE)
            self.model.appendRow([name, *[self._part_item(p) for p in cell.parts]])
        header = self.form.cellsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _part_item(self, part: PartStatus) -> QStandardItem:
        if part.received is None:
            item = QStandardItem(self.tr("Chưa nhận"))
            if part.overdue:
                item.setForeground(QBrush(QColor(RED)))
            return item
        text = self.tr("%1 (lần %2)").replace("%1", _day(part.received.created_at))
        item = QStandardItem(text.replace("%2", str(part.version)))
        item.setToolTip(
            self.tr("Chi bộ lập gói ngày %1, nhận ngày %2, gói số %3 của chi bộ")
            .replace("%1", _day(part.received.created_at))
            .replace("%2", _day(part.received.received_at))
            .replace("%3", str(part.received.sequence))
        )
        return item

    def current_cell(self) -> CellStatus | None:
        row = self.form.cellsTable.currentIndex().row()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _show_cards(self, current: QModelIndex, _previous: QModelIndex) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        row = current.row()
        cell = self.found[row] if 0 <= row < len(self.found) else None
        self.form.cardsTitle.setVisible(cell is not None)
        if cell is None:
            return
        self.form.cardsTitle.setText(
            "<b>" + self.tr("Hạn và những gì còn thiếu — %1").replace("%1", cell.cell.name) + "</b>"
        )
        for part in sorted(cell.parts, key=lambda p: p.deadline):
            deadline = Deadline(
                core.PART_DEADLINES[part.part],
                part.deadline,
                part.days_left,
                "",
                part.missing if part.received else (self.tr("Chưa nhận"),),
            )
            card = DeadlineCard(deadline, False, self.form.cardsArea, self._card_text(part))
            self.form.cardsLayout.addWidget(card)
            self.cards.append(card)

    def _card_text(self, part: PartStatus) -> str:
        if part.received is None:
            return self.tr("Chưa nhận gói của chi bộ.")
        got = self.tr("Đã nhận gói lập ngày %1.").replace("%1", _day(part.received.created_at))
        if not part.missing:
            return got
        what = {
            core.Part.NOMINATIONS: self.tr("Đơn vị chưa đủ chỉ tiêu (%1):"),
            core.Part.PLANS: self.tr("Chưa xác nhận kế hoạch (%1 người):"),
            core.Part.EVALUATION: self.tr("Chưa đánh giá (%1 người):"),
        }.get(part.part, "%1")
        head = what.replace("%1", str(len(part.missing)))
        units = part.part == core.Part.NOMINATIONS
        shown = tuple(core_message(line) for line in part.missing) if units else part.missing
        return f"{got} {head} {names_text(shown, units)}"

    # Actions -------------------------------------------------------------------------------

    def import_packages(self) -> None:
        from chibo_app.ui.dialogs.package_import_dialog import choose_and_import  # noqa: PLC0415

        if choose_and_import(self.session, self):
            self.reload()
            self.data_changed.emit()

    def print_documents(self) -> None:
        from chibo_app.ui.dialogs.dang_bo_print_dialog import DangBoPrintDialog  # noqa: PLC0415

        dialog = DangBoPrintDialog(self.session, self.year, self)
        dialog.exec()
        if dialog.printed is not None:
            self.data_changed.emit()
        elif dialog.previewing:
            self.preview_document(dialog.kind(), dialog.number())

    def preview_document(self, kind: str, number: int) -> PreviewRun:
        """The combined document laid out on a worker, then its print preview: recorded
        in the đảng ủy's register when printed or saved there."""
        from chibo_app.ui.plan_print_actions import PreviewRun  # noqa: PLC0415

        year = self.year

        def prepare(worker: Session) -> Paper[Any]:
            from chibo_app.services import dang_bo_printing  # noqa: PLC0415 - reportlab

            return dang_bo_printing.paper(worker, kind, year, number=number)

        run = PreviewRun(
            self, self.session, prepare, self.tr("Đang chuẩn bị văn bản…"), "dang-bo",
            cancellable=False,
        )  # fmt: skip
        run.recorded.connect(self.data_changed)  # the register has the document now
        self.printing = run
        return run
