"""The rows of an import preview: status (coloured), values, reason, and a decision."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from chibo_app.core.dates import to_display
from chibo_app.core.member_import import (
    DECISION_LABELS,
    ROW_STATUS_LABELS,
    Decision,
    ImportPreview,
    ImportRow,
    RowStatus,
    row_statuses,
)
from chibo_app.core.people import KIND_LABELS, Kind
from chibo_app.ui.core_text import core_label, core_message

AnyIndex = QModelIndex | QPersistentModelIndex
DECISION_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

LINE, STATUS, NAME, KIND, BIRTH, CARD, UNIT, DECISION, REASON = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("ImportRowsModel", "Dòng"),
    QT_TRANSLATE_NOOP("ImportRowsModel", "Kết quả"),
    QT_TRANSLATE_NOOP("ImportRowsModel", "Họ và tên"),
    QT_TRANSLATE_NOOP("ImportRowsModel", "Loại"),
    QT_TRANSLATE_NOOP("ImportRowsModel", "Ngày sinh"),
    QT_TRANSLATE_NOOP("ImportRowsModel", "Số thẻ đảng viên"),
    QT_TRANSLATE_NOOP("ImportRowsModel", "Đơn vị"),
    QT_TRANSLATE_NOOP("ImportRowsModel", "Xử lý"),
    QT_TRANSLATE_NOOP("ImportRowsModel", "Lý do, ghi chú"),
)
STATUS_COLOURS = {
    RowStatus.NEW: "#e3f4e5",
    RowStatus.MATCHED: "#e7eef9",
    RowStatus.CONFLICT: "#fff2cc",
    RowStatus.INVALID: "#fbe0de",
}
GUESS_COLOUR = "#fff2cc"  # a kind the file did not say: to be looked at


class ImportRowsModel(QAbstractTableModel):
    decisions_changed = Signal()
    kinds_chosen = Signal(object)  # {row number: Kind} the secretary set

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # The preview's rows as they are: an import's are built when first shown.
        self._rows: Sequence[ImportRow] = []
        self.decisions: dict[int, Decision] = {}

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._rows = preview.rows if preview else []
        # Conflicts are skipped unless the user says otherwise (a choice made before the
        # preview was checked again is kept).
        conflicts = [
            self._rows[i].row_number
            for i, status in enumerate(row_statuses(self._rows))
            if status == RowStatus.CONFLICT
        ]
        self.decisions = {n: self.decisions.get(n, Decision.SKIP) for n in conflicts}
        self.endResetModel()

    def choose_kind(self, rows: list[int], kind: Kind) -> None:
        """Ask for `kind` on these model rows; the dialog checks the preview again."""
        self.kinds_chosen.emit({self._rows[r].row_number: kind for r in rows})

    def row(self, index: int) -> ImportRow:
        return self._rows[index]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == DECISION and self._rows[index.row()].status == RowStatus.CONFLICT:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == KIND:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == KIND:
            return self._kind_tip(row)
        if role == Qt.ItemDataRole.ToolTipRole and col == REASON:
            return self._reason(row, "\n")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == STATUS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.BackgroundRole and col == KIND and not row.kind_sure:
            return QBrush(QColor(GUESS_COLOUR))
        if role == DECISION_ROLE:
            return self.decisions.get(row.row_number)
        if role == KIND_ROLE:
            return row.person.kind
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if index.column() == KIND and role in (Qt.ItemDataRole.EditRole, KIND_ROLE):
            if Kind(value) == self._rows[index.row()].person.kind:
                return False
            self.choose_kind([index.row()], Kind(value))
            return True
        if index.column() != DECISION or role not in (Qt.ItemDataRole.EditRole, DECISION_ROLE):
            return False
        row = self._rows[index.row()]
        if row.status != RowStatus.CONFLICT:
            return False
        self.decisions[row.row_number] = Decision(value)
        self.dataChanged.emit(index, index)
        self.decisions_changed.emit()
        return True

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ImportRowsModel", HEADERS[section])
        return None

    @staticmethod
    def _kind_tip(row: ImportRow) -> str:
        tip = core_label(KIND_LABELS[row.person.kind]) + " — " + core_message(row.kind_source)
        if not row.kind_sure:
            tip += "\n" + QCoreApplication.translate(
                "ImportRowsModel", "Tệp không ghi rõ: hãy kiểm tra, bấm đúp để sửa."
            )
        return tip

    def _text(self, row: ImportRow, col: int) -> str:
        person = row.person
        match col:
            case 0:
                return str(row.row_number)
            case 1:
                return core_label(ROW_STATUS_LABELS[row.status])
            case 2:
                return person.full_name or row.raw.get("full_name", "")
            case 3:
                return core_label(KIND_LABELS[person.kind]) + ("" if row.kind_sure else " ?")
            case 4:
                return to_display(person.birth_date) or row.raw.get("birth_date", "")
            case 5:
                return person.party_card or row.raw.get("party_card", "")
            case 6:
                return row.unit or ""
            case 7:
                decision = self.decisions.get(row.row_number)
                return core_label(DECISION_LABELS[decision]) if decision else ""
            case _:
                return self._reason(row, "; ")

    @staticmethod
    def _reason(row: ImportRow, joint: str) -> str:
        """Why the row is what it is; for a row matched with someone in the register,
        whom, and what the import will change there, field by field (old → new)."""
        notes = [core_message(reason) for reason in [*row.reasons, *row.warnings]]
        if row.match_name and row.status != RowStatus.NEW:
            notes.append(
                QCoreApplication.translate("ImportRowsModel", "trùng với %1").replace(
                    "%1", row.match_name
                )
            )
        if row.status == RowStatus.MATCHED:
            changes = [core_message(change) for change in row.changes]
            notes.append(
                QCoreApplication.translate("ImportRowsModel", "sẽ cập nhật: %1").replace(
                    "%1", joint.join(changes)
                )
                if changes
                else QCoreApplication.translate("ImportRowsModel", "không có gì thay đổi")
            )
        return joint.join(note.rstrip(".") if joint == "; " else note for note in notes)
