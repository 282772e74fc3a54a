"""The year-end evaluation of one person: per task result, on time and evidence; per
remedy remedied or not; the self-assessment and the cell's; the general points; the
rule set's proposal with its reasons, live; the final classification; Lưu, Chốt, Mở lại.

Exempt people show "không đánh giá" with the reason; non-party staff get their plan
evaluated but no classification.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.evaluation import (
    NOT_PARTY,
    RESULT_LABELS,
    STATUS_LABELS,
    Evaluation,
    Result,
    TaskResult,
)
from chibo_app.core.plans import PlanStatus
from chibo_app.core.rules import number_text
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import evaluation, meetings, plans, rule_sets
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.dialogs.plan_reason import ask_reason
from chibo_app.ui.save_errors import show_save_failure, storage_errors

NOT_SCORED = -1.0  # the spin box's "chưa chấm"


class EvaluationDialog(EditorDialog):
    def __init__(
        self,
        session: Session,
        person_id: int,
        year: int,
        full_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationDialog")
        self.session = session
        self.changed = False
        self.plan = plans.get_plan(session, person_id, year)
        self.evaluation = self._load(person_id, year)
        self.rule_set = (
            rule_sets.get_rule_set(session, self.evaluation.rule_set_id)
            if self.evaluation.rule_set_id is not None
            else rule_sets.year_rule_set(session, year)
        )
        self.party_member = evaluation.proposal_for(session, self._blank_party_probe()) is not None
        self.setWindowTitle(
            self.tr("Đánh giá, xếp loại năm %1 — %2")
            .replace("%1", str(year))
            .replace("%2", full_name)
        )
        self._loading = True
        self._build()
        self._show(self.evaluation)
        self.resize(900, 760)

    def _load(self, person_id: int, year: int) -> Evaluation:
        found = evaluation.get_evaluation(self.session, person_id, year)
        if found is not None:
            return found
        hint = evaluation.exemption_hint(self.session, person_id, year)
        if (self.plan is None or self.plan.status != PlanStatus.CONFIRMED) and hint is None:
            raise ChiboError(
                self.tr(
                    "Kế hoạch năm %1 của người này chưa được chi bộ xác nhận nên chưa đánh "
                    "giá được."
                ).replace("%1", str(year))
            )
        rule_set = rule_sets.year_rule_set(self.session, year)
        return Evaluation(person_id, year, exempt_reason=hint, rule_set_id=rule_set.id)

    def _blank_party_probe(self) -> Evaluation:
        """Whether a classification applies: a party member, not exempt."""
        return Evaluation(self.evaluation.person_id, self.evaluation.year)

    @property
    def classified(self) -> bool:
        return self.party_member and not self.evaluation.exempt_reason

    # Building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.state_label = QLabel()
        self.state_label.setObjectName("evaluationState")
        self.state_label.setStyleSheet("font-weight: 600;")
        self.note_label = QLabel()
        self.note_label.setObjectName("evaluationNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #5a4300; background: #fff3c4; padding: 6px;")

        tasks = self.plan.tasks if self.plan else ()
        self.task_table = QTableWidget(len(tasks), 4)
        self.task_table.setObjectName("taskResults")
        self.task_table.setHorizontalHeaderLabels(
            [self.tr("Nhiệm vụ"), self.tr("Kết quả"), self.tr("Đúng hạn"), self.tr("Minh chứng")]
        )
        self.task_table.verticalHeader().hide()
        self.result_boxes: list[QComboBox] = []
        self.on_time_boxes: list[QCheckBox] = []
        self.evidence_edits: list[QLineEdit] = []
        for row, task in enumerate(tasks):
            item = QTableWidgetItem(f"{row + 1}. {task.text}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(task.target)
            self.task_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("(chưa ghi)"), None)
            for result, label in RESULT_LABELS.items():
                combo.addItem(core_label(label), str(result))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._edited)
            on_time = QCheckBox()
            on_time.toggled.connect(self._edited)
            evidence = QLineEdit()
            evidence.setPlaceholderText(self.tr("Minh chứng, sản phẩm…"))
            evidence.textEdited.connect(self._edited)
            self.task_table.setCellWidget(row, 1, combo)
            self.task_table.setCellWidget(row, 2, on_time)
            self.task_table.setCellWidget(row, 3, evidence)
            self.result_boxes.append(combo)
            self.on_time_boxes.append(on_time)
            self.evidence_edits.append(evidence)
        header = self.task_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The result and on-time columns as wide as their longest choice, so "Hoàn
        # thành" and "Hoàn thành một phần" never look alike.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.task_table.setMinimumHeight(60 + 32 * min(len(tasks), 6))

        self.remedy_boxes: list[QCheckBox] = []
        self.remedies = remedies = QGroupBox(self.tr("Khắc phục hạn chế (mục 1 của kế hoạch)"))
        remedy_layout = QVBoxLayout(remedies)
        for text in self.plan.remedies if self.plan else ():
            box = QCheckBox(text if len(text) <= 110 else text[:108] + "…")
            box.setToolTip(text + "\n" + self.tr("Đánh dấu nếu đã khắc phục"))
            box.toggled.connect(self._edited)
            remedy_layout.addWidget(box)
            self.remedy_boxes.append(box)
        remedies.setVisible(bool(self.remedy_boxes))

        self.self_text = QPlainTextEdit()
        self.self_text.setObjectName("selfAssessment")
        self.self_text.setFixedHeight(60)
        self.self_class = self._class_combo(self.tr("(chưa tự xếp loại)"))
        self.cell_text = QPlainTextEdit()
        self.cell_text.setObjectName("cellAssessment")
        self.cell_text.setFixedHeight(60)
        self.points = QDoubleSpinBox()
        self.points.setObjectName("generalPoints")
        self.points.setDecimals(1)
        self.points.setSingleStep(0.5)
        self.points.setRange(NOT_SCORED, self.rule_set.definition.general_max or 100)
        self.points.setSpecialValueText(self.tr("chưa chấm"))
        self.points.valueChanged.connect(self._edited)
        self.proposal_label = QLabel()
        self.proposal_label.setObjectName("proposal")
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.final_class = self._class_combo(self.tr("(theo đề xuất)"))
        self.final_class.setObjectName("finalClassification")

        form = QFormLayout()
        self.attendance_label = QLabel(self._attendance_text())
        self.attendance_label.setObjectName("attendance")
        self.attendance_label.setWordWrap(True)
        self.attendance_label.setToolTip(
            self.tr("Thông tin để chi bộ tham khảo khi nhận xét (từ các biên bản sinh hoạt)")
        )
        if self.party_member:
            form.addRow(
                self.tr("Sinh hoạt chi bộ năm %1:").replace("%1", str(self.evaluation.year)),
                self.attendance_label,
            )
        form.addRow(self.tr("Tự đánh giá:"), self.self_text)
        self.self_class_label = QLabel(self.tr("Tự xếp loại:"))
        form.addRow(self.self_class_label, self.self_class)
        form.addRow(self.tr("Chi bộ nhận xét:"), self.cell_text)
        self.points_label = QLabel(
            self.tr("Điểm tiêu chí chung (tối đa %1):").replace(
                "%1", number_text(self.rule_set.definition.general_max)
            )
        )
        form.addRow(self.points_label, self.points)
        self.proposal_title = QLabel(self.tr("Đề xuất:"))
        form.addRow(self.proposal_title, self.proposal_label)
        self.final_label = QLabel(self.tr("Chi bộ xếp loại:"))
        form.addRow(self.final_label, self.final_class)
        # Rows that do not apply are taken out of the form, spacing and all.
        form.setRowVisible(self.points, self.rule_set.definition.points and self.classified)
        for field in (self.self_class, self.proposal_label, self.final_class):
            form.setRowVisible(field, self.classified)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(QLabel(self.tr("Kết quả thực hiện nhiệm vụ:")))
        inner.addWidget(self.task_table)
        inner.addWidget(remedies)
        inner.addLayout(form)
        inner.addStretch(1)  # room to spare goes below the form, not between its rows
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("saveEvaluation")
        self.finish_button = QPushButton(self.tr("Chốt"))
        self.finish_button.setObjectName("finishEvaluation")
        self.finish_button.setToolTip(
            self.tr("Lưu, ghi mức xếp loại cuối cùng và khóa bản đánh giá")
        )
        self.reopen_button = QPushButton(self.tr("Mở lại…"))
        self.reopen_button.setObjectName("reopenEvaluation")
        close = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        for button in (self.save_button, self.finish_button, close):
            buttons.addWidget(button)
        self.save_button.clicked.connect(self.save)
        self.finish_button.clicked.connect(self.finish)
        self.reopen_button.clicked.connect(self.reopen)
        close.clicked.connect(self.reject)
        for edit in (self.self_text, self.cell_text):
            edit.textChanged.connect(self._edited)
        self.self_class.currentIndexChanged.connect(self._edited)
        self.final_class.currentIndexChanged.connect(self._edited)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.note_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _attendance_text(self) -> str:
        """'Dự 10/12 buổi (83%), vắng có lý do 1, vắng không lý do 1' for the year."""
        ev = self.evaluation
        counts = meetings.person_attendance(self.session, ev.person_id, ev.year)
        return core_message(meetings.rate_text(counts))

    def _class_combo(self, empty: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(empty, None)
        for band in self.rule_set.definition.bands:
            combo.addItem(core_label(band.label), band.code)
        return combo

    # Showing and reading ----------------------------------------------------------------

    def _show(self, shown: Evaluation) -> None:
        self.evaluation = shown
        self._loading = True
        by_task = {t.task_id: t for t in shown.tasks}
        for row, task in enumerate(self.plan.tasks if self.plan else ()):
            found = by_task.get(task.id or -1)
            combo = self.result_boxes[row]
            combo.setCurrentIndex(
                max(0, combo.findData(str(found.result))) if found and found.result else 0
            )
            self.on_time_boxes[row].setChecked(found.on_time if found else True)
            self.evidence_edits[row].setText(found.evidence if found else "")
        for position, box in enumerate(self.remedy_boxes):
            box.setChecked(position < len(shown.remedied) and shown.remedied[position])
        self.self_text.setPlainText(shown.self_assessment)
        self.cell_text.setPlainText(shown.cell_assessment)
        self._set_code(self.self_class, shown.self_classification)
        self._set_code(self.final_class, shown.cell_level)
        points = shown.general_points
        self.points.setValue(NOT_SCORED if points is None else points)
        self._loading = False
        self._show_state()
        if self.isVisible():  # saved, closed or reopened: what is shown is what is stored
            self.unsaved.mark_saved()
        self._update_proposal()

    def _set_code(self, combo: QComboBox, code: str | None) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)) if code else 0)

    def _show_state(self) -> None:
        shown = self.evaluation
        state = STATUS_LABELS[shown.status] if shown.id is not None else self.tr("Chưa đánh giá")
        if self.classified:  # the rule set classifies: say which
            self.state_label.setText(
                self.tr("%1 — %2")
                .replace("%1", core_label(state))
                .replace("%2", self.rule_set.name)
            )
        else:
            self.state_label.setText(core_label(state))
        if shown.exempt_reason:
            note = self.tr("Không đánh giá, xếp loại: %1.").replace(
                "%1", core_label(shown.exempt_reason)
            )
        elif not self.party_member:
            note = core_label(NOT_PARTY) + "."
        elif shown.is_locked:
            note = self.tr("Đã chốt: muốn sửa, hãy “Mở lại…” và ghi lý do.")
        else:
            note = ""
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        editable = not shown.is_locked
        for widget in (
            self.task_table,
            *self.remedy_boxes,
            self.self_text,
            self.self_class,
            self.cell_text,
            self.points,
            self.final_class,
            self.save_button,
            self.finish_button,
        ):
            widget.setEnabled(editable)
        self.reopen_button.setVisible(shown.is_locked)

    def typed(self) -> Evaluation:
        """The evaluation as the form says now (not saved)."""
        tasks = []
        for row, task in enumerate(self.plan.tasks if self.plan else ()):
            code = self.result_boxes[row].currentData()
            tasks.append(
                TaskResult(
                    task.id or 0,
                    Result(code) if code else None,
                    self.on_time_boxes[row].isChecked(),
                    self.evidence_edits[row].text(),
                )
            )
        points = self.points.value()
        return self.evaluation.with_changes(
            tasks=tuple(tasks),
            remedied=tuple(box.isChecked() for box in self.remedy_boxes),
            self_assessment=self.self_text.toPlainText(),
            self_classification=self.self_class.currentData(),
            cell_assessment=self.cell_text.toPlainText(),
            general_points=None if points <= NOT_SCORED else points,
            cell_level=self.final_class.currentData(),
        )

    def _edited(self) -> None:
        if not getattr(self, "_loading", False):
            self._update_proposal()

    def _update_proposal(self) -> None:
        if not self.classified:
            return
        proposal = evaluation.proposal_for(self.session, self.typed(), self.plan, self.rule_set)
        if proposal is None:
            self.proposal_label.clear()
            return
        head = core_label(proposal.label)
        if proposal.score is not None:
            head = (
                self.tr("%1 (%2 điểm)")
                .replace("%1", head)
                .replace("%2", number_text(proposal.score))
            )
        reasons = "".join(f"<br>• {_escape(core_message(r))}" for r in proposal.reasons)
        self.proposal_label.setText(f"<b>{_escape(head)}</b>{reasons}")

    # Actions ----------------------------------------------------------------------------

    def save_changes(self) -> None:
        if self.save():
            self.accept()

    def save(self) -> bool:
        try:
            saved = evaluation.save_evaluation(self.session, self.typed())
        except ValidationError as error:
            QMessageBox.warning(
                self,
                self.tr("Chưa lưu được"),
                "\n".join(map(core_message, error.messages.values())),
            )
            return False
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        self.changed = True
        self._show(saved)
        return True

    def finish(self) -> bool:
        if not self.save():
            return False
        assert self.evaluation.id is not None
        try:
            done = evaluation.finish(
                self.session, self.evaluation.id, self.final_class.currentData()
            )
        except ValidationError as error:
            QMessageBox.warning(
                self,
                self.tr("Chưa chốt được"),
                "\n".join(map(core_message, error.messages.values())),
            )
            return False
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa chốt được"), error_text(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        self._show(done)
        return True

    def reopen(self) -> bool:
        if self.evaluation.id is None:
            return False
        reason = ask_reason(
            self,
            self.tr("Mở lại đánh giá"),
            self.tr("Lý do mở lại bản đánh giá đã chốt (được ghi lại):"),
        )
        if reason is None:
            return False
        return self.reopen_with(reason)

    def reopen_with(self, reason: str) -> bool:
        assert self.evaluation.id is not None
        try:
            opened = evaluation.reopen(self.session, self.evaluation.id, reason)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa mở lại được"), error_text(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        self.changed = True
        self._show(opened)
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
