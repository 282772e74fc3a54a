"""The year's topics (chuyên đề) and whether each has been held."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from chibo_app.core.dates import to_display
from chibo_app.services.topics import TopicRow
from chibo_app.ui.core_text import core_message

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = [
    QT_TRANSLATE_NOOP("TopicsModel", "Chuyên đề"),
    QT_TRANSLATE_NOOP("TopicsModel", "Dự kiến"),
    QT_TRANSLATE_NOOP("TopicsModel", "Người trình bày"),
    # the day it was held, or "Chưa sinh hoạt" (as the year report's table of topics)
    QT_TRANSLATE_NOOP("TopicsModel", "Đã sinh hoạt"),
]
PLANNED = QT_TRANSLATE_NOOP("TopicsModel", "Chưa sinh hoạt")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TopicsModel", text)


class TopicsModel(QStandardItemModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])

    def set_rows(self, rows: list[TopicRow]) -> None:
        self.removeRows(0, self.rowCount())
        for row in rows:
            status = to_display(row.held_on) if row.held else _tr(PLANNED)
            cells = [
                QStandardItem(t)
                for t in (row.topic.title, core_message(row.planned), row.topic.presenter, status)
            ]
            for cell in cells:
                cell.setEditable(False)
            # The whole title too: the list shows two lines of it at most.
            cells[0].setToolTip(
                "\n\n".join(
                    filter(None, [row.topic.title, row.topic.description, row.topic.references])
                )
            )
            cells[0].setData(row, TOPIC_ROLE)
            cells[3].setForeground(QBrush(QColor("#1b6e2a" if row.held else "#7a5a00")))
            self.appendRow(cells)
