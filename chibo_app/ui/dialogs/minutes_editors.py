"""The minutes' parts in the meeting editor, quick to type during the meeting: the agenda
(a list of items; for the one chosen, its title, who presented it, what was presented and
the opinions, one a line "Name: what they said"), the votes (the count of "tán thành"
follows the full members present unless typed), and the guests."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from chibo_app.core.minutes import (
    AgendaItem,
    Guest,
    Vote,
    opinions_text,
    parse_opinions,
)


class AgendaEditor(QObject):
    """Items kept in memory; the one shown is written back when another is chosen."""

    def __init__(
        self,
        items_list: QListWidget,
        title: QLineEdit,
        presenter: QComboBox,
        content: QPlainTextEdit,
        opinions: QPlainTextEdit,
        add: QPushButton,
        remove: QPushButton,
        names: Sequence[str],
    ) -> None:
        super().__init__(items_list)
        self.list, self.title, self.presenter = items_list, title, presenter
        self.content, self.opinions = content, opinions
        self._items: list[AgendaItem] = []
        self._shown = -1
        presenter.addItem("")
        presenter.addItems(list(names))
        items_list.currentRowChanged.connect(self._show)
        title.textEdited.connect(self._retitle)
        add.clicked.connect(self.add_item)
        remove.clicked.connect(self.remove_current)

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        self._shown = -1
        self._items = list(items)
        self.list.clear()
        for number, item in enumerate(self._items, start=1):
            self.list.addItem(QListWidgetItem(_entry(number, item.title)))
        self._show(0 if self._items else -1)
        self.list.setCurrentRow(0 if self._items else -1)

    def items(self) -> tuple[AgendaItem, ...]:
        self._keep()
        return tuple(self._items)

    def add_item(self) -> None:
        self._keep()
        self._items.append(AgendaItem(""))
        self.list.addItem(QListWidgetItem(_entry(len(self._items), "")))
        self.list.setCurrentRow(len(self._items) - 1)
        self.title.setFocus()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._keep()
        del self._items[row]
        self.set_items(self._items)
        self.list.setCurrentRow(min(row, len(self._items) - 1))

    def _keep(self) -> None:
        """The fields shown, back into their item."""
        if not 0 <= self._shown < len(self._items):
            return
        self._items[self._shown] = AgendaItem(
            self.title.text(),
            self.presenter.currentText(),
            self.content.toPlainText(),
            parse_opinions(self.opinions.toPlainText()),
        )

    def _show(self, row: int) -> None:
        self._keep()
        self._shown = row
        item = self._items[row] if 0 <= row < len(self._items) else None
        for widget in (self.title, self.presenter, self.content, self.opinions):
            widget.setEnabled(item is not None)
        self.title.setText(item.title if item else "")
        self.presenter.setCurrentText(item.presenter if item else "")
        self.content.setPlainText(item.content if item else "")
        self.opinions.setPlainText(opinions_text(item.opinions) if item else "")

    def _retitle(self, text: str) -> None:
        row = self.list.currentRow()
        entry = self.list.item(row)
        if entry is not None:
            entry.setText(_entry(row + 1, text))


def _entry(number: int, title: str) -> str:
    return f"{number}. {title}" if title else f"{number}. …"


MATTER, AGREE, DISAGREE, OTHER = range(4)


class VotesEditor(QObject):
    """One row a vote. "Tán thành" is kept at the voters less the other two columns as
    attendance or those columns change, so a unanimous vote needs no typing."""

    def __init__(self, table: QTableWidget, add: QPushButton, remove: QPushButton) -> None:
        super().__init__(table)
        self.table = table
        self._voters = 0  # the full members present, set by the editor
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(MATTER, QHeaderView.ResizeMode.Stretch)
        for column in (AGREE, DISAGREE, OTHER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        add.clicked.connect(self._add_empty)
        remove.clicked.connect(self.remove_selected)
        table.itemChanged.connect(self._changed)
        self._updating = False

    def _add_empty(self) -> None:
        self.add_row(Vote("", agree=self._voters))

    def set_votes(self, votes: Sequence[Vote]) -> None:
        self.table.setRowCount(0)
        for vote in votes:
            self.add_row(vote if vote.cast else Vote(vote.matter, agree=self._voters))

    def add_row(self, vote: Vote) -> None:
        self._updating = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, MATTER, QTableWidgetItem(vote.matter))
        for column, value in ((AGREE, vote.agree), (DISAGREE, vote.disagree), (OTHER, vote.other)):
            cell = QTableWidgetItem(str(value))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, cell)
        self._updating = False
        matter = self.table.item(row, MATTER)
        if not vote.matter and matter is not None:
            self.table.editItem(matter)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def votes(self) -> tuple[Vote, ...]:
        return tuple(
            Vote(
                self._text(row, MATTER),
                self._number(row, AGREE),
                self._number(row, DISAGREE),
                self._number(row, OTHER),
            )
            for row in range(self.table.rowCount())
        )

    def follow_voters(self, voters: int) -> None:
        """Attendance changed: "tán thành" of every vote follows."""
        self._voters = voters
        for row in range(self.table.rowCount()):
            self._balance(row)

    def _changed(self, item: QTableWidgetItem) -> None:
        if not self._updating and item.column() in (DISAGREE, OTHER):
            self._balance(item.row())

    def _balance(self, row: int) -> None:
        agree = max(0, self._voters - self._number(row, DISAGREE) - self._number(row, OTHER))
        cell = self.table.item(row, AGREE)
        if cell is None:
            return
        self._updating = True
        cell.setText(str(agree))
        self._updating = False

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""

    def _number(self, row: int, column: int) -> int:
        text = self._text(row, column).strip()
        return int(text) if text.isdigit() else 0


NAME, TITLE, SUPERIOR = range(3)


class GuestsEditor(QObject):
    def __init__(self, table: QTableWidget, add: QPushButton, remove: QPushButton) -> None:
        super().__init__(table)
        self.table = table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SUPERIOR, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(NAME, 220)
        add.clicked.connect(self._add_empty)
        remove.clicked.connect(self.remove_selected)

    def _add_empty(self) -> None:
        self.add_row(Guest(""))
        name = self.table.item(self.table.rowCount() - 1, NAME)
        if name is not None:
            self.table.editItem(name)

    def set_guests(self, guests: Sequence[Guest]) -> None:
        self.table.setRowCount(0)
        for guest in guests:
            self.add_row(guest)

    def add_row(self, guest: Guest) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(guest.name))
        self.table.setItem(row, TITLE, QTableWidgetItem(guest.title))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if guest.superior else Qt.CheckState.Unchecked)
        self.table.setItem(row, SUPERIOR, check)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def guests(self) -> tuple[Guest, ...]:
        found = []
        for row in range(self.table.rowCount()):
            name, title = self.table.item(row, NAME), self.table.item(row, TITLE)
            superior = self.table.item(row, SUPERIOR)
            found.append(
                Guest(
                    name.text() if name else "",
                    title.text() if title else "",
                    superior is not None and superior.checkState() == Qt.CheckState.Checked,
                )
            )
        return tuple(found)
