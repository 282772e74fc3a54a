"""The commendations of a meeting in its editor: one row each, whom it praises (a comrade,
a collective, or the subject of one of the year's nominations) chosen from a list, and
what for typed. A handful of rows: a QTableWidget over the form's table."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from chibo_app.core.meetings import Commendation
from chibo_app.services.meetings import PraiseChoice

WHOM, TEXT = 0, 1
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored commendation's id on the text item


def _key(kind: str, chosen: int | None) -> str:
    """'person:12' — the combo's data for a choice ('' for none)."""
    return f"{kind}:{chosen}" if chosen is not None else ""


def _chosen_key(item: Commendation) -> str:
    return (
        _key("person", item.person_id)
        or _key("unit", item.unit_id)
        or _key("nomination", item.nomination_id)
    )


class CommendationsEditor(QObject):
    def __init__(
        self,
        table: QTableWidget,
        add: QPushButton,
        remove: QPushButton,
        choices: list[PraiseChoice],
    ) -> None:
        super().__init__(table)
        self.table, self.choices = table, choices
        self._titles = {_key(c.kind, c.id): c.name for c in choices if c.kind == "nomination"}
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(WHOM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(WHOM, 400)
        add.clicked.connect(lambda: self.add_row(Commendation("")))
        remove.clicked.connect(self.remove_selected)

    def label(self, choice: PraiseChoice) -> str:
        if choice.kind == "nomination":  # whom first: the title is long
            whom = choice.detail[:1].upper() + choice.detail[1:]
            return (
                self.tr("%1 — theo đăng ký điển hình “%2”")
                .replace("%1", whom)
                .replace("%2", choice.name)
            )
        if choice.kind == "unit":
            return self.tr("Tập thể %1").replace("%1", choice.name)
        if choice.outside:  # "đồng chí" is said of party members only
            if choice.detail:
                return (
                    self.tr("Quần chúng %1 (%2)")
                    .replace("%1", choice.name)
                    .replace("%2", choice.detail)
                )
            return self.tr("Quần chúng %1").replace("%1", choice.name)
        if choice.detail:
            return (
                self.tr("Đồng chí %1 (%2)").replace("%1", choice.name).replace("%2", choice.detail)
            )
        return self.tr("Đồng chí %1").replace("%1", choice.name)

    def set_items(self, items: tuple[Commendation, ...]) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item)

    def add_row(self, item: Commendation) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.addItem(self.tr("— chọn người, tập thể được biểu dương —"), "")
        for choice in self.choices:
            combo.addItem(self.label(choice), _key(choice.kind, choice.id))
        combo.setCurrentIndex(max(0, combo.findData(_chosen_key(item))))
        combo.setToolTip(combo.currentText())
        text = QTableWidgetItem(item.text)
        text.setData(ID_ROLE, item.id)
        self.table.setItem(row, TEXT, text)
        self.table.setCellWidget(row, WHOM, combo)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._chosen(c))
        if not item.text:
            self.table.setCurrentCell(row, WHOM)

    def _chosen(self, combo: QComboBox) -> None:
        """A nomination chosen for a row without text brings its achievement."""
        combo.setToolTip(combo.currentText())
        row = next(
            (r for r in range(self.table.rowCount()) if self.table.cellWidget(r, WHOM) is combo),
            None,
        )
        title = self._titles.get(str(combo.currentData() or ""), "")
        text = self.table.item(row, TEXT) if row is not None else None
        if text is not None and title and not text.text().strip():
            text.setText(title)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def items(self) -> tuple[Commendation, ...]:
        found = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, WHOM)
            text = self.table.item(row, TEXT)
            key = str(combo.currentData() or "") if isinstance(combo, QComboBox) else ""
            kind, _colon, number = key.partition(":")
            chosen = int(number) if number else None
            found.append(
                Commendation(
                    text.text() if text is not None else "",
                    nomination_id=chosen if kind == "nomination" else None,
                    person_id=chosen if kind == "person" else None,
                    unit_id=chosen if kind == "unit" else None,
                    id=text.data(ID_ROLE) if text is not None else None,
                )
            )
        return tuple(found)
