"""A year's evaluations as a table: one row per person (evaluation_lists.list_year)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from chibo_app.core.evaluation import STATUS_LABELS, EvaluationRowView, EvaluationStatus
from chibo_app.core.meetings import Counts
from chibo_app.core.rules import number_text, short_label
from chibo_app.services.meetings import counts_text, rate_text
from chibo_app.ui.core_text import core_label, core_message

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the EvaluationRowView
AnyIndex = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    NAME = 0
    POSITIONS = 1
    SCORE = 2
    FINAL = 3  # the decision, else the chi bộ's proposal (marked)
    SELF = 4  # step 1: the member's own level
    PROPOSED = 5  # the rules' proposal
    CELL = 6  # step 2: the chi bộ's proposal and its vote
    DECIDED = 7  # step 3: the competent level's decision
    STATE = 8
    ATTENDANCE = 9
    EXEMPT = 10


HEADERS = {
    Col.NAME: QT_TRANSLATE_NOOP("EvaluationsModel", "Họ và tên"),
    Col.POSITIONS: QT_TRANSLATE_NOOP("EvaluationsModel", "Chức vụ"),
    Col.SCORE: QT_TRANSLATE_NOOP("EvaluationsModel", "Điểm"),
    Col.FINAL: QT_TRANSLATE_NOOP("EvaluationsModel", "Xếp loại"),
    Col.SELF: QT_TRANSLATE_NOOP("EvaluationsModel", "Tự xếp loại"),
    Col.PROPOSED: QT_TRANSLATE_NOOP("EvaluationsModel", "Đề xuất"),
    Col.CELL: QT_TRANSLATE_NOOP("EvaluationsModel", "Chi bộ đề nghị (biểu quyết)"),
    Col.DECIDED: QT_TRANSLATE_NOOP("EvaluationsModel", "Cấp trên quyết định"),
    Col.STATE: QT_TRANSLATE_NOOP("EvaluationsModel", "Tình trạng"),
    Col.ATTENDANCE: QT_TRANSLATE_NOOP("EvaluationsModel", "Dự họp"),
    Col.EXEMPT: QT_TRANSLATE_NOOP("EvaluationsModel", "Không đánh giá vì"),
}
_STATE_COLOURS = {
    EvaluationStatus.NOT_STARTED: "#7a7a7a",
    EvaluationStatus.EVALUATED: "#1b6e2a",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationsModel", text)


def _display(row: EvaluationRowView, col: Col) -> str:
    match col:
        case Col.NAME:
            return row.full_name
        case Col.POSITIONS:
            party = core_label(row.party_position) if row.party_position else ""
            return "; ".join(p for p in (party, row.government_position) if p)
        case Col.SCORE:
            return "" if row.score is None or row.exempt_reason else number_text(row.score)
        case Col.SELF:
            return _short(row.self_label)
        case Col.PROPOSED:
            shown = _short(row.proposed_label)
            if row.proposal_changed:
                changed = QCoreApplication.translate("EvaluationsModel", "%1 (đã đổi)")
                shown = changed.replace("%1", shown or "—")
            return shown
        case Col.CELL:
            shown = _short(row.cell_level_label)
            if shown and row.vote:
                shown += f" ({row.vote[0]}/{row.vote[2]})"
            return shown
        case Col.DECIDED:
            return _short(row.decided_level_label)
        case Col.FINAL:
            if row.exempt_reason:
                return QCoreApplication.translate("EvaluationsModel", "Không đánh giá")
            if not row.party_member:
                return QCoreApplication.translate("EvaluationsModel", "Quần chúng (không xếp loại)")
            if row.final and not row.decided:  # the chi bộ's proposal, marked as such
                marked = QCoreApplication.translate("EvaluationsModel", "%1 (chi bộ đề nghị)")
                return marked.replace("%1", core_label(row.final_label))
            return core_label(row.final_label)
        case Col.STATE:
            return core_label(STATUS_LABELS[row.status])
        case Col.EXEMPT:
            return core_label(row.exempt_reason) if row.exempt_reason else ""
        case Col.ATTENDANCE:
            return ""  # from the model's attendance (attendance_text)


def _short(label: str) -> str:
    """A level without its last words ("Hoàn thành tốt"), for the narrow step columns."""
    return core_label(short_label(label)) if label else ""


class EvaluationsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EvaluationRowView] = []
        self._attendance: dict[int, Counts] = {}

    def set_rows(
        self, rows: list[EvaluationRowView], attendance: dict[int, Counts] | None = None
    ) -> None:
        """The year's rows and each person's meeting attendance of the year."""
        self.beginResetModel()
        self._rows = list(rows)
        self._attendance = attendance or {}
        self.endResetModel()

    def attendance_of(self, person_id: int) -> Counts:
        return self._attendance.get(person_id, Counts())

    def rows(self) -> list[EvaluationRowView]:
        return list(self._rows)

    def row_of(self, person_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.person_id == person_id:
                return number
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Col)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[Col(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], Col(index.column())
        if col == Col.ATTENDANCE:
            return self._attendance_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, col)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col in (Col.PROPOSED, Col.SCORE):
            return "\n".join(core_message(r) for r in row.reasons) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.CELL and row.vote:
            text = QCoreApplication.translate(
                "EvaluationsModel", "Tán thành %1, không tán thành %2, tổng số biểu quyết %3"
            )
            return (
                text.replace("%1", str(row.vote[0]))
                .replace("%2", str(row.vote[1]))
                .replace("%3", str(row.vote[2]))
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.DECIDED and row.decided_by:
            return row.decided_by
        if role == Qt.ItemDataRole.ForegroundRole and col == Col.PROPOSED and row.proposal_changed:
            return QBrush(QColor("#a15c00"))
        if role == Qt.ItemDataRole.ForegroundRole and col == Col.STATE:
            colour = _STATE_COLOURS.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Col.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _attendance_data(self, row: EvaluationRowView, role: int) -> Any:
        counts = self.attendance_of(row.person_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return attendance_text(counts)
        if role == Qt.ItemDataRole.ToolTipRole and counts.total:
            return core_message(rate_text(counts))
        if role == Qt.ItemDataRole.ForegroundRole and counts.absent:
            return QBrush(QColor("#a61b1b"))  # absent without a reason
        return None


def attendance_text(counts: Counts) -> str:
    """'10/12 (83,3%)'; '' when the person was on no meeting's roll."""
    return counts_text(counts)
