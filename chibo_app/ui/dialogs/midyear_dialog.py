"""Sơ kết 6 tháng of one confirmed plan: per task a progress and a note, a comment
(forms/midyear_dialog.ui)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.evaluation import PROGRESS_LABELS, Progress, TaskReview
from chibo_app.errors import ChiboError
from chibo_app.services import midyear, plans
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.forms import load_form
from chibo_app.ui.save_errors import show_save_failure, storage_errors


class MidyearDialog(EditorDialog):
    def __init__(
        self, session: Session, plan_id: int, full_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("midyearDialog")
        self.session = session
        self.changed = False
        self.plan = plans.get_plan_by_id(session, plan_id)
        review = midyear.get_review(session, plan_id)
        stored = {t.task_id: t for t in review.tasks} if review else {}
        self.setWindowTitle(
            self.tr("Sơ kết 6 tháng năm %1 — %2")
            .replace("%1", str(self.plan.year))
            .replace("%2", full_name)
        )
        self.form: Any = load_form("midyear_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        self.table = self.form.taskProgress
        self.table.setRowCount(len(self.plan.tasks))
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nhiệm vụ"), self.tr("Tiến độ"), self.tr("Ghi chú")]
        )
        self.progress_boxes: list[QComboBox] = []
        self.note_edits: list[QLineEdit] = []
        for row, task in enumerate(self.plan.tasks):
            item = QTableWidgetItem(f"{row + 1}. {task.text}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            for progress, label in PROGRESS_LABELS.items():
                combo.addItem(core_label(label), str(progress))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            found = stored.get(task.id or -1)
            if found is not None:
                combo.setCurrentIndex(max(0, combo.findData(str(found.progress))))
            note = QLineEdit(found.note if found else "")
            self.table.setCellWidget(row, 1, combo)
            self.table.setCellWidget(row, 2, note)
            self.progress_boxes.append(combo)
            self.note_edits.append(note)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # As wide as the longest choice ("Đang thực hiện"), never cut.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.comment = self.form.midyearComment
        self.comment.setPlainText(review.comment if review else "")
        buttons = self.form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.resize(760, 460)

    def save_changes(self) -> None:
        self.save()

    def save(self) -> bool:
        tasks = [
            TaskReview(task.id or 0, Progress(combo.currentData()), note.text())
            for task, combo, note in zip(
                self.plan.tasks, self.progress_boxes, self.note_edits, strict=True
            )
        ]
        try:
            midyear.save_review(self.session, self.plan.id or 0, tasks, self.comment.toPlainText())
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        self.changed = True
        self.accept()
        return True
