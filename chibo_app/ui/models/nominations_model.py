"""A year's nominations as a tree: I. Tập thể, II. Cá nhân, III. Mô hình, each with its
rows. A cell has tens of nominations, so a QStandardItemModel is enough."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from chibo_app.core.dates import to_display
from chibo_app.core.nominations import (
    KIND_ORDER,
    SECTION_TITLES,
    STATUS_LABELS,
    NominationRow,
    Status,
    result_text,
)
from chibo_app.core.text import fold
from chibo_app.ui.core_text import core_label, core_message

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the NominationRow (column 0 of a row)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # folded text to search in
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # (unit, field, status) for the proxy


class Col(IntEnum):
    NAME = 0
    POSITION = 1
    UNIT = 2
    FIELD = 3
    TITLE = 4
    STATUS = 5
    RESULT = 6
    REGISTERED = 7
    HINTS = 8


HEADERS = {
    Col.NAME: QT_TRANSLATE_NOOP("NominationsModel", "Tập thể, cá nhân, mô hình"),
    Col.POSITION: QT_TRANSLATE_NOOP("NominationsModel", "Chức vụ"),
    Col.UNIT: QT_TRANSLATE_NOOP("NominationsModel", "Đơn vị"),
    Col.FIELD: QT_TRANSLATE_NOOP("NominationsModel", "Lĩnh vực"),
    Col.TITLE: QT_TRANSLATE_NOOP("NominationsModel", "Mô hình, thành tích"),
    Col.STATUS: QT_TRANSLATE_NOOP("NominationsModel", "Tình trạng"),
    Col.RESULT: QT_TRANSLATE_NOOP("NominationsModel", "Kết quả"),
    Col.REGISTERED: QT_TRANSLATE_NOOP("NominationsModel", "Ngày đăng ký"),
    Col.HINTS: QT_TRANSLATE_NOOP("NominationsModel", "Gợi ý, lưu ý"),
}
_COLOURS = {
    Status.AWARDED: "#1b6e2a",
    Status.NOT_SELECTED: "#7a7a7a",
    Status.PROPOSED: "#1f4e99",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("NominationsModel", text)


class NominationsModel(QStandardItemModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setHorizontalHeaderLabels([_tr(HEADERS[c]) for c in Col])

    def set_rows(self, rows: list[NominationRow]) -> None:
        self.removeRows(0, self.rowCount())
        for kind in KIND_ORDER:
            mine = [r for r in rows if r.nomination.kind == kind]
            group = QStandardItem(f"{core_label(SECTION_TITLES[kind])} ({len(mine)})")
            bold = QFont()
            bold.setBold(True)
            group.setFont(bold)
            group.setEditable(False)
            group.setData("", SEARCH_ROLE)
            fillers = [QStandardItem("") for _c in list(Col)[1:]]
            for item in fillers:
                item.setEditable(False)
            for row in mine:
                group.appendRow(self._row(row))
            self.appendRow([group, *fillers])

    def _row(self, row: NominationRow) -> list[QStandardItem]:
        item = row.nomination
        texts = {
            Col.NAME: row.name,
            Col.POSITION: row.position,
            Col.UNIT: row.unit,
            Col.FIELD: item.field,  # the cell's own list of fields: data
            Col.TITLE: item.title if item.kind != item.kind.MODEL else item.description,
            Col.STATUS: core_label(STATUS_LABELS[item.status]),
            Col.RESULT: core_message(result_text(item)) if item.status != Status.REGISTERED else "",
            Col.REGISTERED: to_display(item.registered_on),
            Col.HINTS: "; ".join(core_message(m) for m in [*row.warnings, *row.hints]),
        }
        cells = []
        for col in Col:
            cell = QStandardItem(texts[col])
            cell.setEditable(False)
            cell.setToolTip(texts[col])
            cells.append(cell)
        first = cells[0]
        first.setData(row, ROW_ROLE)
        first.setData(fold(" ".join(texts.values())), SEARCH_ROLE)
        first.setData((row.unit, item.field, str(item.status)), FILTER_ROLE)
        colour = _COLOURS.get(item.status)
        if colour:
            cells[Col.STATUS].setForeground(QBrush(QColor(colour)))
        if row.warnings:
            cells[Col.HINTS].setForeground(QBrush(QColor("#a61b1b")))
        return cells
