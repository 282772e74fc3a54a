"""Step 2 of the evaluation, per task of the confirmed plan: its result, on time or not
and the evidence; and per remedy of the plan's mục 1, remedied or not. Rows made from
the plan in the form's table (forms/evaluation_dialog.ui: taskResults, remedies)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from chibo_app.core.evaluation import RESULT_LABELS, Evaluation, Result, TaskResult
from chibo_app.core.plans import Plan
from chibo_app.ui.core_text import core_label

_REMEDY_CHARS = 110  # a remedy longer than this is cut, whole in its tooltip


class TaskRows(QObject):
    edited = Signal()

    def __init__(self, table: QTableWidget, remedies: QGroupBox, plan: Plan | None) -> None:
        super().__init__(table)
        self.table = table
        self.tasks = plan.tasks if plan else ()
        self.result_boxes: list[QComboBox] = []
        self.on_time_boxes: list[QCheckBox] = []
        self.evidence_edits: list[QLineEdit] = []
        self.remedy_boxes: list[QCheckBox] = []
        table.setRowCount(len(self.tasks))
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Nhiệm vụ"), self.tr("Kết quả"), self.tr("Đúng hạn"), self.tr("Minh chứng")]
        )
        for index, task in enumerate(self.tasks):
            self._add_task(index, f"{index + 1}. {task.text}", task.target)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The result and on-time columns as wide as their longest choice, so "Hoàn
        # thành" and "Hoàn thành một phần" never look alike.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(60 + 32 * min(len(self.tasks), 5))
        layout = remedies.layout()
        assert layout is not None  # the form gives the box its layout
        for text in plan.remedies if plan else ():
            cut = text if len(text) <= _REMEDY_CHARS else text[: _REMEDY_CHARS - 2] + "…"
            box = QCheckBox(cut, remedies)
            box.setToolTip(text + "\n" + self.tr("Đánh dấu nếu đã khắc phục"))
            box.toggled.connect(self.edited)
            layout.addWidget(box)
            self.remedy_boxes.append(box)
        remedies.setVisible(bool(self.remedy_boxes))

    def _add_task(self, row: int, text: str, target: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(target)
        self.table.setItem(row, 0, item)
        combo = QComboBox()
        combo.addItem(self.tr("(chưa ghi)"), None)
        for result, label in RESULT_LABELS.items():
            combo.addItem(core_label(label), str(result))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self.edited)
        on_time = QCheckBox()
        on_time.toggled.connect(self.edited)
        evidence = QLineEdit()
        evidence.setPlaceholderText(self.tr("Minh chứng, sản phẩm…"))
        evidence.textEdited.connect(self.edited)
        self.table.setCellWidget(row, 1, combo)
        self.table.setCellWidget(row, 2, on_time)
        self.table.setCellWidget(row, 3, evidence)
        self.result_boxes.append(combo)
        self.on_time_boxes.append(on_time)
        self.evidence_edits.append(evidence)

    def widgets(self) -> list[QWidget]:
        """In the order Tab goes through them: row by row, then the remedies."""
        rows = zip(self.result_boxes, self.on_time_boxes, self.evidence_edits, strict=True)
        found: list[QWidget] = [w for row in rows for w in row]
        return found + list(self.remedy_boxes)

    def show(self, shown: Evaluation) -> None:
        by_task = {t.task_id: t for t in shown.tasks}
        for index, task in enumerate(self.tasks):
            found = by_task.get(task.id or -1)
            combo = self.result_boxes[index]
            combo.setCurrentIndex(
                max(0, combo.findData(str(found.result))) if found and found.result else 0
            )
            self.on_time_boxes[index].setChecked(found.on_time if found else True)
            self.evidence_edits[index].setText(found.evidence if found else "")
        for position, box in enumerate(self.remedy_boxes):
            box.setChecked(position < len(shown.remedied) and shown.remedied[position])

    def results(self) -> tuple[TaskResult, ...]:
        found = []
        for index, task in enumerate(self.tasks):
            code = self.result_boxes[index].currentData()
            found.append(
                TaskResult(
                    task.id or 0,
                    Result(code) if code else None,
                    self.on_time_boxes[index].isChecked(),
                    self.evidence_edits[index].text(),
                )
            )
        return tuple(found)

    def remedied(self) -> tuple[bool, ...]:
        return tuple(box.isChecked() for box in self.remedy_boxes)
