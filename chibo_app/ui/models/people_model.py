"""The people register as a table: display text, sort keys and search text per row."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from chibo_app.core.dates import to_display
from chibo_app.core.people import Kind, PersonRowView, Status, status_label
from chibo_app.core.person_order import post_rank
from chibo_app.core.text import fold, name_sort_key
from chibo_app.ui.core_text import core_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the PersonRowView itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLES_USED = frozenset(
    (ROW_ROLE, SORT_ROLE, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)
)


class Col(IntEnum):
    NAME = 0
    SEX = 1
    BIRTH = 2
    KIND = 3
    CARD = 4
    UNIT = 5
    PARTY_POSITION = 6
    GOVERNMENT_POSITION = 7
    STATUS = 8


HEADERS = {
    Col.NAME: QT_TRANSLATE_NOOP("PeopleModel", "Họ và tên"),
    Col.SEX: QT_TRANSLATE_NOOP("PeopleModel", "Giới tính"),
    Col.BIRTH: QT_TRANSLATE_NOOP("PeopleModel", "Ngày sinh"),
    Col.KIND: QT_TRANSLATE_NOOP("PeopleModel", "Loại"),
    Col.CARD: QT_TRANSLATE_NOOP("PeopleModel", "Số thẻ đảng viên"),
    Col.UNIT: QT_TRANSLATE_NOOP("PeopleModel", "Đơn vị"),
    Col.PARTY_POSITION: QT_TRANSLATE_NOOP("PeopleModel", "Chức vụ đảng"),
    Col.GOVERNMENT_POSITION: QT_TRANSLATE_NOOP("PeopleModel", "Chức vụ chính quyền, đoàn thể"),
    Col.STATUS: QT_TRANSLATE_NOOP("PeopleModel", "Trạng thái"),
}


# Short forms: the column header already says "Loại"; the full label is in the editor.
KIND_SHORT = {
    Kind.FULL: QT_TRANSLATE_NOOP("PeopleModel", "Chính thức"),
    Kind.PROBATIONARY: QT_TRANSLATE_NOOP("PeopleModel", "Dự bị"),
    Kind.NON_PARTY: QT_TRANSLATE_NOOP("PeopleModel", "Quần chúng"),
}


def _display(row: PersonRowView, col: Col) -> str:
    match col:
        case Col.NAME:
            return row.full_name
        case Col.SEX:
            return core_label(row.sex) if row.sex else ""
        case Col.BIRTH:
            return to_display(row.birth_date)
        case Col.KIND:
            return QCoreApplication.translate("PeopleModel", KIND_SHORT[row.kind])
        case Col.CARD:
            return row.party_card or ""
        case Col.UNIT:
            return row.unit or ""
        case Col.PARTY_POSITION:
            return core_label(row.party_position) if row.party_position else ""
        case Col.GOVERNMENT_POSITION:
            return row.government_position or ""
        case Col.STATUS:
            return core_label(status_label(row.status, row.kind))


class Prepared(NamedTuple):
    """Rows with what the model computes once per row: made on any thread (a page's
    background load), so the GUI thread only swaps lists."""

    rows: list[PersonRowView]
    search: dict[int, str]  # person id -> folded search text
    name_keys: dict[int, Any]  # person id -> Vietnamese name sort key


def prepare(rows: list[PersonRowView]) -> Prepared:
    return Prepared(
        list(rows),
        {r.id: search_text(r) for r in rows},
        {r.id: name_sort_key(r.full_name) for r in rows},
    )


class PeopleModel(QAbstractTableModel):
    """Rows are kept in memory with their search text and name rank computed once.

    Sorting happens here, in Python over precomputed keys, because a proxy sort
    would call data() from C++ for every comparison (too slow at 5,000 rows).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRowView] = []
        self._search: list[str] = []
        self._cells: list[tuple[str, ...] | None] = []  # display text, made on first view
        self._name_rank: dict[int, int] = {}
        self._prepared = prepare([])
        self._sort: tuple[int, Qt.SortOrder] = (Col.NAME, Qt.SortOrder.AscendingOrder)

    # Data in --------------------------------------------------------------

    def set_rows(self, rows: list[PersonRowView]) -> None:
        self.set_prepared(prepare(rows))

    def set_prepared(self, prepared: Prepared) -> None:
        self.beginResetModel()
        self._take(prepared)
        self.endResetModel()

    def put_rows(self, rows: list[PersonRowView], gone: Iterable[int] = ()) -> None:
        """Rows changed (or added), people deleted: only they are computed again; the
        others keep their place in the order unless a name moved them."""
        gone = set(gone)
        changed = {r.id: r for r in rows}
        kept = self._prepared
        current = [changed.pop(r.id, r) for r in kept.rows if r.id not in gone]
        added = list(changed.values())
        fresh = prepare([*(r for r in rows if r.id not in gone)])
        search = {k: v for k, v in kept.search.items() if k not in gone}
        search.update(fresh.search)
        keys = {k: v for k, v in kept.name_keys.items() if k not in gone}
        keys.update(fresh.name_keys)
        prepared = Prepared(current + added, search, keys)
        if added or gone:
            self.set_prepared(prepared)
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept_ids = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._take(prepared)
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(where[i], c) for i, c in kept_ids])
        self.layoutChanged.emit()

    def _take(self, prepared: Prepared) -> None:
        self._prepared = prepared
        self._rows = list(prepared.rows)
        self._search = [prepared.search[r.id] for r in self._rows]
        by_name = sorted(self._rows, key=lambda r: prepared.name_keys[r.id])
        self._name_rank = {r.id: i for i, r in enumerate(by_name)}
        self._apply_sort()

    def rows(self) -> list[PersonRowView]:
        return self._rows

    def search_texts(self) -> list[str]:
        return self._search

    def row_of(self, person_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == person_id:
                return i
        return None

    # Qt model interface ----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Col)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell_data(index.row(), index.column(), role)

    def cell_data(self, number: int, column: int, role: int) -> Any:
        """data() of row `number` (PeopleFilter reads its rows through this)."""
        # Called thousands of times per repaint: the display case comes first and cheap.
        if role == _DISPLAY:
            cells = self._cells[number]
            if cells is None:  # only rows that are painted pay for their text
                cells = self._cells[number] = tuple(_display(self._rows[number], c) for c in Col)
            return cells[column]
        if role not in _ROLES_USED:
            return None
        row = self._rows[number]
        if role == ROW_ROLE:
            return row
        col = Col(column)
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and row.status != Status.ACTIVE:
            return _muted()
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and col == Col.STATUS
            and row.status != Status.ACTIVE
        ):
            return core_label(status_label(row.status, row.kind))
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PeopleModel", HEADERS[Col(section)])
        return section + 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._sort:
            return  # rows are kept in this order already (set_rows sorts them)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._sort = (column, order)
        self._apply_sort()
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(where[i], c) for i, c in kept])
        self.layoutChanged.emit()

    # Helpers ---------------------------------------------------------------

    def _apply_sort(self) -> None:
        column, order = self._sort
        col = Col(column)
        pairs = sorted(
            zip(self._rows, self._search, strict=True),
            key=lambda p: self._sort_key(p[0], col),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [p[0] for p in pairs]
        self._search = [p[1] for p in pairs]
        self._cells = [None] * len(self._rows)

    def _sort_key(self, row: PersonRowView, col: Col) -> Any:
        rank = self._name_rank.get(row.id, 0)
        match col:
            case Col.NAME:
                return rank
            case Col.BIRTH:
                return (row.birth_date or "", rank)
            case Col.PARTY_POSITION:
                # Posts in the order every list prints them (Bí thư, Phó Bí thư, chi ủy
                # viên…, core.person_order), not alphabetically; ties in name order.
                return (post_rank(row.party_position, row.kind), rank)
            case _:
                # Empty cells last in ascending order; ties in name order.
                text = _display(row, col)
                return (not text, fold(text), rank)


def search_text(row: PersonRowView) -> str:
    """Everything the search box matches, folded once per row."""
    parts = (
        row.full_name,
        row.party_card,
        row.unit,
        row.party_position,
        row.government_position,
        row.phone,
        row.email,
    )
    return fold(" ".join(p for p in parts if p))


def _muted() -> QBrush:
    return QBrush(QColor("#7a7a7a"))
