"""The year's meetings by month: twelve month rows (whether the regular meeting was
held), each with its meetings as children. Tens of rows: a QStandardItemModel."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from chibo_app.core.dates import to_display
from chibo_app.core.meetings import KIND_LABELS, MeetingRow, MonthView
from chibo_app.ui.core_text import core_label

MEETING_ROLE = Qt.ItemDataRole.UserRole + 1  # the MeetingRow (column 0 of a meeting row)


class Col(IntEnum):
    WHEN = 0
    KIND = 1
    PRESENT = 2
    EXCUSED = 3
    ABSENT = 4
    TOPICS = 5


HEADERS = {
    Col.WHEN: QT_TRANSLATE_NOOP("MeetingsModel", "Tháng / ngày"),
    Col.KIND: QT_TRANSLATE_NOOP("MeetingsModel", "Loại"),
    Col.TOPICS: QT_TRANSLATE_NOOP("MeetingsModel", "Chuyên đề"),
    Col.PRESENT: QT_TRANSLATE_NOOP("MeetingsModel", "Có mặt"),
    Col.EXCUSED: QT_TRANSLATE_NOOP("MeetingsModel", "Vắng có lý do"),
    Col.ABSENT: QT_TRANSLATE_NOOP("MeetingsModel", "Vắng không lý do"),
}
HELD = QT_TRANSLATE_NOOP("MeetingsModel", "Đã sinh hoạt thường kỳ")
MISSING = QT_TRANSLATE_NOOP("MeetingsModel", "Chưa sinh hoạt thường kỳ")
MONTH = QT_TRANSLATE_NOOP("MeetingsModel", "Tháng %1")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsModel", text)


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


class MeetingsModel(QStandardItemModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setHorizontalHeaderLabels([_tr(HEADERS[c]) for c in Col])

    def set_months(self, months: list[MonthView]) -> None:
        self.removeRows(0, self.rowCount())
        bold = QFont()
        bold.setBold(True)
        for view in months:
            head = _item(_tr(MONTH).replace("%1", str(view.month)))
            head.setFont(bold)
            state = _item("")
            if view.past:
                state.setText(_tr(HELD) if view.has_regular else _tr(MISSING))
                # Red only once the month is over: the month under way is not yet due
                # (Chỉ thị 50-CT/TW, one regular meeting a month; as the year's figures count).
                late = view.ended and not view.has_regular
                colour = "#1b6e2a" if view.has_regular else ("#a61b1b" if late else "#5f6368")
                state.setForeground(QBrush(QColor(colour)))
            fillers = [_item("") for _c in list(Col)[2:]]
            for row in view.rows:
                head.appendRow(self._row(row))
            self.appendRow([head, state, *fillers])

    def _row(self, row: MeetingRow) -> list[QStandardItem]:
        m, c = row.meeting, row.counts
        texts = [
            to_display(m.held_on),
            core_label(KIND_LABELS[m.kind]),
            f"{c.present}/{c.total}",
            str(c.excused),
            str(c.absent),
            "; ".join(row.topics),
        ]
        cells = [_item(t) for t in texts]
        cells[Col.TOPICS].setToolTip(texts[Col.TOPICS])
        cells[0].setData(row, MEETING_ROLE)
        return cells
