"""Cài đặt → “Quy định đánh giá”: every rule set (name, regulation and date, shipped or
a copy, the years that use it); shipped ones are read-only, “Tạo bản sao để sửa…”
makes an editable copy; a copy is saved through the services (checked field by field,
one transaction) and deleted when no year or evaluation uses it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.dates import to_display
from chibo_app.core.rule_editing import fields_of
from chibo_app.core.rules import RuleSet
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import rule_set_editing, rule_sets
from chibo_app.services.rule_set_editing import Usage
from chibo_app.services.session import Session
from chibo_app.ui.confirm import confirm
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.unsaved import Choice, ask_to_save
from chibo_app.ui.widgets.rule_set_form import RuleSetForm

ID_ROLE = Qt.ItemDataRole.UserRole


class RuleSetsEditor(QWidget):
    changed = Signal()  # a rule set was copied, saved or deleted

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.shown: RuleSet | None = None
        self.dirty = False
        self._usage: dict[int, Usage] = {}

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("ruleSetsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tên"), self.tr("Văn bản, ngày"), self.tr("Loại"), self.tr("Năm áp dụng")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.copy_button = QPushButton(self.tr("Tạo bản sao để sửa…"))
        self.copy_button.setObjectName("copyRuleSet")
        self.delete_button = QPushButton(self.tr("Xóa bản sao"))
        self.delete_button.setObjectName("deleteRuleSet")
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.copy_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)

        self.note = QLabel()
        self.note.setObjectName("ruleSetNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5a4300; background: #fff3c4; padding: 6px;")
        self.form = RuleSetForm()
        self.save_button = QPushButton(self.tr("Lưu bộ tiêu chí"))
        self.save_button.setObjectName("saveRuleSet")
        self.revert_button = QPushButton(self.tr("Hoàn tác"))
        self.revert_button.setObjectName("revertRuleSet")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("ruleSetSaved")
        self.saved_label.setStyleSheet("color: #1b7a34;")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.saved_label)
        save_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(list_buttons)
        layout.addSpacing(8)
        layout.addWidget(self.note)
        layout.addWidget(self.form)
        layout.addLayout(save_row)

        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.copy_button.clicked.connect(self.copy_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.form.edited.connect(self._edited)
        self.reload()

    # The list ---------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        wanted = select_id if select_id is not None else (self.shown.id if self.shown else None)
        every = rule_sets.list_rule_sets(self.session)
        self._usage = rule_set_editing.usage(self.session)
        self.table.blockSignals(True)
        self.table.setRowCount(len(every))
        chosen_row = 0
        for row, rule_set in enumerate(every):
            used = self._usage.get(rule_set.id or 0, Usage())
            name = QTableWidgetItem(rule_set.name)
            name.setData(ID_ROLE, rule_set.id)
            regulation = rule_set.code
            if rule_set.issued_on:
                regulation += ", " + to_display(rule_set.issued_on)
            kind = self.tr("Có sẵn (chỉ xem)") if rule_set.builtin else self.tr("Bản sao")
            years = QTableWidgetItem(", ".join(str(y) for y in used.years) or "—")
            years.setToolTip(self._usage_text(used))
            for column, item in enumerate(
                (name, QTableWidgetItem(regulation), QTableWidgetItem(kind), years)
            ):
                item.setToolTip(item.toolTip() or rule_set.regulation)
                self.table.setItem(row, column, item)
            if rule_set.id == wanted:
                chosen_row = row
        self.table.blockSignals(False)
        self._fit_table()
        if not every:
            return
        self.table.blockSignals(True)
        self.table.selectRow(chosen_row)
        self.table.blockSignals(False)
        keep = self.dirty and self.shown is not None and self.shown.id == every[chosen_row].id
        if keep:  # keep what is being typed; the list and the usage are fresh
            self._update_buttons()
        else:
            self._show(every[chosen_row])

    def _fit_table(self) -> None:
        """As tall as its rows (a handful), so the fields below come up."""
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows + 2 * self.table.frameWidth() + 2)

    def _usage_text(self, used: Usage) -> str:
        lines = []
        if used.years:
            lines.append(
                self.tr("Áp dụng cho năm: %1").replace("%1", ", ".join(map(str, used.years)))
            )
        for year, (made, locked) in sorted((used.evaluations or {}).items()):
            lines.append(
                self.tr("Năm %1: %2 bản đánh giá (%3 đã chốt)")
                .replace("%1", str(year))
                .replace("%2", str(made))
                .replace("%3", str(locked))
            )
        return "\n".join(lines) or self.tr("Chưa năm nào dùng")

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.table.item(rows[0].row(), 0).data(ID_ROLE))

    def select_rule_set(self, rule_set_id: int) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == rule_set_id:
                self.table.selectRow(row)
                return self.shown is not None and self.shown.id == rule_set_id
        return False

    def _row_chosen(self) -> None:
        chosen = self.selected_id()
        if chosen is None or (self.shown is not None and chosen == self.shown.id):
            return
        if self.dirty and not self._leave_edits():
            self._reselect_shown()
            return
        self._show(rule_sets.get_rule_set(self.session, chosen))

    def _reselect_shown(self) -> None:
        if self.shown is None or self.shown.id is None:
            return
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == self.shown.id:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    def _leave_edits(self) -> bool:
        """Unsaved edits of the shown copy: the shared “Lưu thay đổi?” (Lưu / Không lưu /
        Hủy); True when the editor may move on (saved, or the edits dropped)."""
        assert self.shown is not None
        choice = ask_to_save(self, self.shown.name)
        if choice is Choice.SAVE:
            return self.save()
        return choice is Choice.DISCARD

    # The shown rule set -----------------------------------------------------------------

    def _show(self, rule_set: RuleSet) -> None:
        self.shown = rule_set
        used = self._usage.get(rule_set.id or 0, Usage())
        locked = [y for y, (_m, done) in sorted((used.evaluations or {}).items()) if done]
        editable = not rule_set.builtin
        self.form.show_fields(
            fields_of(rule_set), editable=editable, rules_editable=editable and not locked
        )
        if rule_set.builtin:
            note = self.tr(
                "Bộ tiêu chí có sẵn theo quy định của Trung ương: chỉ xem. Muốn điều chỉnh "
                "cho chi bộ, bấm “Tạo bản sao để sửa…” rồi chọn bản sao cho năm ở "
                "“Năm và thời hạn”."
            )
        elif locked:
            note = self.tr(
                "Đã có đánh giá đã chốt theo bộ tiêu chí này (năm %1): chỉ sửa được tên, mã "
                "và văn bản. Muốn đổi cách xếp loại, hãy tạo một bản sao."
            ).replace("%1", ", ".join(map(str, locked)))
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.dirty = False
        self.saved_label.clear()
        self._update_buttons()

    def _edited(self) -> None:
        self.dirty = True
        self.saved_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self.shown
        self.copy_button.setEnabled(shown is not None)
        copy = shown is not None and not shown.builtin
        used = self._usage.get(shown.id or 0, Usage()) if shown else Usage()
        in_use = bool(used.years or used.evaluations)
        self.delete_button.setEnabled(copy and not in_use)
        self.delete_button.setToolTip(
            self.tr("Bộ tiêu chí đang được dùng (%1), không xóa được.").replace(
                "%1", self._usage_text(used).replace("\n", "; ")
            )
            if copy and in_use
            else ""
        )
        self.save_button.setVisible(copy)
        self.revert_button.setVisible(copy)
        self.save_button.setEnabled(copy and self.dirty)
        self.revert_button.setEnabled(copy and self.dirty)

    # Actions ----------------------------------------------------------------------------

    def copy_current(self) -> RuleSet | None:
        if self.shown is None or self.shown.id is None:
            return None
        if self.dirty and not self._leave_edits():
            return None
        name, ok = QInputDialog.getText(
            self,
            self.tr("Tạo bản sao để sửa"),
            self.tr("Tên bản sao (ví dụ: Hướng dẫn đánh giá của chi bộ năm 2026):"),
            QLineEdit.EchoMode.Normal,
            rule_set_editing.suggested_name(self.session, self.shown.id),
        )
        if not ok:
            return None
        return self.copy_now(self.shown.id, name)

    def copy_now(self, rule_set_id: int, name: str | None = None) -> RuleSet | None:
        try:
            copy = rule_set_editing.copy_for_editing(self.session, rule_set_id, name)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa tạo được bản sao"), str(error))
            return None
        except storage_errors() as error:
            show_save_failure(self, error)
            return None
        self.dirty = False
        self.reload(copy.id)
        self.changed.emit()
        return copy

    def save(self) -> bool:
        if self.shown is None or self.shown.id is None or self.shown.builtin:
            return True
        try:
            saved = rule_set_editing.save_fields(self.session, self.shown.id, self.form.typed())
        except ValidationError as error:
            self.saved_label.clear()
            self.form.show_problems(error.messages)
            return False
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), str(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        self.dirty = False
        self.reload(saved.id)
        self.saved_label.setText(self.tr("Đã lưu."))
        QTimer.singleShot(4000, self.saved_label.clear)
        self.changed.emit()
        return True

    def revert(self) -> None:
        if self.shown is not None and self.shown.id is not None:
            self._show(rule_sets.get_rule_set(self.session, self.shown.id))

    def delete_current(self) -> bool:
        shown = self.shown
        if shown is None or shown.id is None or shown.builtin:
            return False
        if not confirm(
            self,
            self.tr("Xóa bộ tiêu chí"),
            self.tr("Xóa bộ tiêu chí “%1”?").replace("%1", shown.name),
            self.tr("Xóa"),
        ):
            return False
        return self.delete_now(shown.id)

    def delete_now(self, rule_set_id: int) -> bool:
        try:
            rule_set_editing.delete_rule_set(self.session, rule_set_id)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Không xóa được"), str(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        self.shown = None
        self.dirty = False
        self.reload()
        self.changed.emit()
        return True
