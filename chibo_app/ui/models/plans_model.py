"""A year's plans as a table: one row per person, sorted in Vietnamese name order."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from chibo_app.core.dates import to_display
from chibo_app.core.plans import STATUS_LABELS, PlanRowView, PlanStatus
from chibo_app.core.text import fold, name_sort_key
from chibo_app.services.midyear import MidyearRow
from chibo_app.services.plan_lists import with_closest
from chibo_app.ui.core_text import core_label, core_message

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the PlanRowView
AnyIndex = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    NAME = 0
    UNIT = 1
    STATUS = 2
    SUBMITTED = 3
    CONFIRMED = 4
    TASKS = 5
    MIDYEAR = 6
    CHECKS = 7
    SIMILAR = 8


HEADERS = {
    Col.NAME: QT_TRANSLATE_NOOP("PlansModel", "Họ và tên"),
    Col.UNIT: QT_TRANSLATE_NOOP("PlansModel", "Đơn vị"),
    Col.STATUS: QT_TRANSLATE_NOOP("PlansModel", "Tình trạng"),
    Col.SUBMITTED: QT_TRANSLATE_NOOP("PlansModel", "Ngày nộp"),
    Col.CONFIRMED: QT_TRANSLATE_NOOP("PlansModel", "Ngày xác nhận"),
    Col.TASKS: QT_TRANSLATE_NOOP("PlansModel", "Số nhiệm vụ"),
    Col.MIDYEAR: QT_TRANSLATE_NOOP("PlansModel", "Sơ kết 6 tháng"),
    Col.CHECKS: QT_TRANSLATE_NOOP("PlansModel", "Cần xem lại"),
    Col.SIMILAR: QT_TRANSLATE_NOOP("PlansModel", "Gần trùng với"),
}
_MIDYEAR_COLOURS = {0: "#b35c00", 1: "#a61b1b", 2: "#1b6e2a"}
_STATUS_COLOURS = {
    PlanStatus.NOT_STARTED: "#7a7a7a",
    PlanStatus.RETURNED: "#a61b1b",
    PlanStatus.CONFIRMED: "#1b6e2a",
}


class MidyearTexts(QObject):
    """The mid-year review column's text and tip. A QObject for tr(): its counts take the
    translation's plural forms ("1 task behind", "2 tasks behind")."""

    def text(self, review: MidyearRow | None) -> str:
        """'Đã sơ kết 15/07/2026 · chậm 2 nhiệm vụ', 'Chưa sơ kết', or '' (no confirmed
        plan)."""
        if review is None:
            return ""
        if not review.reviewed:
            return self.tr("Chưa sơ kết")
        text = self.tr("Đã sơ kết %1").replace("%1", to_display(review.reviewed_on)).strip()
        behind = review.behind
        if behind:
            text += " · " + self.tr("chậm %n nhiệm vụ", "", behind)
        return text

    def tip(self, review: MidyearRow | None) -> str | None:
        if review is None:
            return None
        behind = review.behind
        if not review.reviewed:
            lines = [self.tr("Kế hoạch đã xác nhận nhưng chưa sơ kết 6 tháng.")]
            if behind:
                lines.append(
                    self.tr("%n nhiệm vụ đến hạn giữa năm chưa được ghi là hoàn thành.", "", behind)
                )
            return "\n".join(lines)
        lines = [
            self.tr("Sơ kết ngày %1: %2/%3 nhiệm vụ đã hoàn thành.")
            .replace("%1", to_display(review.reviewed_on))
            .replace("%2", str(review.done))
            .replace("%3", str(review.tasks))
        ]
        if behind:
            lines.append(
                self.tr("Chậm tiến độ: %n nhiệm vụ đến hạn giữa năm chưa hoàn thành.", "", behind)
            )
        if review.comment:
            lines.append(self.tr("Nhận xét: %1").replace("%1", review.comment))
        return "\n".join(lines)


_texts: MidyearTexts | None = None


def _midyear() -> MidyearTexts:
    global _texts  # noqa: PLW0603 - one, made when first needed (after the QApplication)
    if _texts is None:
        _texts = MidyearTexts()
    return _texts


def midyear_text(review: MidyearRow | None) -> str:
    return _midyear().text(review)


def midyear_tip(review: MidyearRow | None) -> str | None:
    return _midyear().tip(review)


def _midyear_rank(review: MidyearRow | None) -> int:
    """Sort order: not reviewed, behind, reviewed on time, no confirmed plan."""
    if review is None:
        return 3
    if not review.reviewed:
        return 0
    return 1 if review.behind else 2


def _display(row: PlanRowView, col: Col, review: MidyearRow | None = None) -> str:
    match col:
        case Col.NAME:
            return row.full_name
        case Col.UNIT:
            return row.unit or ""
        case Col.STATUS:
            return core_label(STATUS_LABELS[row.status])
        case Col.SUBMITTED:
            return to_display(row.submitted_on)
        case Col.CONFIRMED:
            return to_display(row.confirmed_on)
        case Col.TASKS:
            return str(row.tasks) if row.plan_id else ""
        case Col.MIDYEAR:
            return midyear_text(review)
        case Col.CHECKS:
            return f"⚠ {row.checks}" if row.checks else ""
        case Col.SIMILAR:
            if not row.similar_to:
                return ""
            return f"{row.similar_to} ({round((row.similar_score or 0) * 100)}%)"


def by_name(rows: list[PlanRowView]) -> list[PlanRowView]:
    """The rows in Vietnamese name order (the model's ranks come from it)."""
    return sorted(rows, key=lambda r: name_sort_key(r.full_name))


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        ROW_ROLE,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)


class PlansModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRowView] = []
        self._midyear: dict[int, MidyearRow] = {}
        self._rank: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (Col.NAME, Qt.SortOrder.AscendingOrder)

    def set_rows(
        self, rows: list[PlanRowView], midyear: dict[int, MidyearRow] | None = None
    ) -> None:
        """The year's rows, and where each confirmed plan stands at mid-year (by person)."""
        self.set_prepared(by_name(rows), midyear)

    def set_prepared(
        self, named: list[PlanRowView], midyear: dict[int, MidyearRow] | None = None
    ) -> None:
        """Rows already in name order (`by_name`, made on any thread)."""
        self.beginResetModel()
        self._midyear = midyear or {}
        self._rank = {r.person_id: i for i, r in enumerate(named)}
        self._rows = list(named)
        if self._sort != (Col.NAME, Qt.SortOrder.AscendingOrder):
            self._apply_sort()  # else they are in that order already
        self.endResetModel()

    def set_closest(self, closest: dict[int, tuple[float, str]]) -> None:
        """Near-identical plans found (after the rows): only the rows they change."""
        first = last = None
        for index, row in enumerate(self._rows):
            updated = with_closest(row, closest.get(row.person_id))
            if updated != row:
                self._rows[index] = updated
                first = index if first is None else first
                last = index
        if first is not None and last is not None:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Col) - 1))
            if self._sort[0] in (Col.CHECKS, Col.SIMILAR):
                self.sort(*self._sort)

    def rows(self) -> list[PlanRowView]:
        return self._rows

    def midyear_of(self, person_id: int) -> MidyearRow | None:
        return self._midyear.get(person_id)

    def row_of(self, person_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.person_id == person_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Col)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # a painted cell asks for a dozen roles: most answered here
        row = self._rows[index.row()]
        col = Col(index.column())
        review = self._midyear.get(row.person_id) if col == Col.MIDYEAR else None
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, col, review)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col in (Col.CHECKS, Col.SIMILAR):
            return "\n".join(core_message(m) for m in row.check_messages) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.MIDYEAR:
            return midyear_tip(review)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Col.MIDYEAR and review is not None:
                return QBrush(QColor(_MIDYEAR_COLOURS[_midyear_rank(review)]))
            if col == Col.STATUS and row.status in _STATUS_COLOURS:
                return QBrush(QColor(_STATUS_COLOURS[row.status]))
            if col in (Col.CHECKS, Col.SIMILAR) and (row.checks or row.similar_to):
                return QBrush(QColor("#b35c00"))
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PlansModel", HEADERS[Col(section)])
        return section + 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        col = Col(column)
        self._rows.sort(
            key=lambda r: self._key(r, col), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def _key(self, row: PlanRowView, col: Col) -> Any:
        rank = self._rank.get(row.person_id, 0)
        match col:
            case Col.NAME:
                return (rank,)
            case Col.SUBMITTED:
                return (row.submitted_on or "9999", rank)
            case Col.CONFIRMED:
                return (row.confirmed_on or "9999", rank)
            case Col.TASKS | Col.CHECKS:
                return (row.tasks if col == Col.TASKS else -row.checks, rank)
            case Col.STATUS:
                return (list(PlanStatus).index(row.status), rank)
            case Col.MIDYEAR:
                review = self._midyear.get(row.person_id)
                return (_midyear_rank(review), -(review.behind if review else 0), rank)
            case _:
                text = _display(row, col)
                return (not text, fold(text), rank)
