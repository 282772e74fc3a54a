"""The year-end evaluation of one person in the three steps of Quy định 366-QĐ/TW Điều 12:

1. the member's self-assessment: text, points, level;
2. the chi bộ's review and proposal: the criteria frame, per task the result, on time
   and evidence, per remedy remedied or not, the general points (and the task points
   when the chi bộ enters them with their source), the units' results of a leader, the
   rules' proposal with its reasons (live), the level the chi bộ proposes with the vote
   of its meeting (only full members vote) and, when it differs, its reason; the cap of
   k1.4 for the year, before the vote; “Chốt” locks the step;
3. the competent level's decision, recorded once the proposal is locked.

Exempt people show "không đánh giá" with the reason; non-party staff get their plan
evaluated but no classification. Closing with changes asks first.
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
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.dates import to_display
from chibo_app.core.evaluation import (
    NOT_PARTY,
    RESULT_LABELS,
    STATUS_LABELS,
    Evaluation,
    Result,
    TaskResult,
)
from chibo_app.core.plans import PlanStatus
from chibo_app.core.rules import FRAME_LABELS, FRAMES, LEADER, number_text
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import evaluation, evaluation_lists, meetings, plans
from chibo_app.services.evaluation_standing import voters_allowed
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.dialogs.plan_reason import ask_reason
from chibo_app.ui.save_errors import show_save_failure, storage_errors

NOT_SCORED = -1.0  # a points box's "chưa chấm"
_NOTE_STYLE = "color: #5a4300; background: #fff3c4; padding: 6px;"
_CAP_STYLE = "color: #1f3b57; background: #eef4fb; padding: 6px;"


def _points_box(top: float, empty: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setRange(NOT_SCORED, top)
    box.setSpecialValueText(empty)
    return box


def _share_box(empty: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(0)
    box.setRange(NOT_SCORED, 100)
    box.setSuffix(" %")
    box.setSpecialValueText(empty)
    return box


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
        self.rule_set = evaluation.rule_set_of(session, self.evaluation)
        self.party_member = evaluation.is_classified(
            session, self.evaluation.with_changes(exempt_reason=None)
        )
        self.setWindowTitle(
            self.tr("Đánh giá, xếp loại năm %1 — %2")
            .replace("%1", str(year))
            .replace("%2", full_name)
        )
        self._loading = True
        self._build()
        self._show(self.evaluation)
        self.resize(960, 680)

    def _load(self, person_id: int, year: int) -> Evaluation:
        found = evaluation.get_evaluation(self.session, person_id, year)
        if found is not None:
            return found
        blank = evaluation.blank(self.session, person_id, year)
        if (
            self.plan is None or self.plan.status != PlanStatus.CONFIRMED
        ) and blank.exempt_reason is None:
            raise ChiboError(
                self.tr(
                    "Kế hoạch năm %1 của người này chưa được chi bộ xác nhận nên chưa đánh "
                    "giá được."
                ).replace("%1", str(year))
            )
        return blank

    @property
    def classified(self) -> bool:
        return self.party_member and not self.evaluation.exempt_reason

    # Building ---------------------------------------------------------------------------

    def _build(self) -> None:
        definition = self.rule_set.definition
        self.state_label = QLabel()
        self.state_label.setObjectName("evaluationState")
        self.state_label.setStyleSheet("font-weight: 600;")
        self.note_label = QLabel()
        self.note_label.setObjectName("evaluationNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(_NOTE_STYLE)
        self.cap_label = QLabel()
        self.cap_label.setObjectName("capCheck")
        self.cap_label.setWordWrap(True)
        self.cap_label.setStyleSheet(_CAP_STYLE)

        # Step 1 -----------------------------------------------------------------------
        self.self_text = QPlainTextEdit()
        self.self_text.setObjectName("selfAssessment")
        self.self_text.setFixedHeight(56)
        self.self_general = _points_box(definition.general_max or 100, self.tr("chưa chấm"))
        self.self_general.setObjectName("selfGeneralPoints")
        self.self_tasks = _points_box(definition.task_max or 100, self.tr("chưa chấm"))
        self.self_tasks.setObjectName("selfTaskPoints")
        self.self_class = self._class_combo(self.tr("(chưa tự xếp loại)"))
        self_points = QWidget()
        row = QHBoxLayout(self_points)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Tiêu chí chung")))
        row.addWidget(self.self_general)
        row.addWidget(QLabel(self.tr("Kết quả nhiệm vụ")))
        row.addWidget(self.self_tasks)
        row.addStretch(1)
        self.step1 = QGroupBox(self.tr("Bước 1. Đảng viên tự đánh giá, xếp loại"))
        self.step1.setObjectName("step1")
        step1 = QFormLayout(self.step1)
        step1.addRow(self.tr("Tự đánh giá:"), self.self_text)
        step1.addRow(self.tr("Tự chấm điểm:"), self_points)
        self.self_class_label = QLabel(self.tr("Tự xếp loại:"))
        step1.addRow(self.self_class_label, self.self_class)
        self.step1_form = step1

        # Step 2 -----------------------------------------------------------------------
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
        for index, task in enumerate(tasks):
            item = QTableWidgetItem(f"{index + 1}. {task.text}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(task.target)
            self.task_table.setItem(index, 0, item)
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
            self.task_table.setCellWidget(index, 1, combo)
            self.task_table.setCellWidget(index, 2, on_time)
            self.task_table.setCellWidget(index, 3, evidence)
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
        self.task_table.setMinimumHeight(60 + 32 * min(len(tasks), 5))

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

        self.frame = QComboBox()
        self.frame.setObjectName("frame")
        for code in FRAMES:
            self.frame.addItem(core_label(FRAME_LABELS[code]), code)
        self.frame.currentIndexChanged.connect(self._frame_changed)
        self.attendance_label = QLabel(self._attendance_text())
        self.attendance_label.setObjectName("attendance")
        self.attendance_label.setWordWrap(True)
        self.attendance_label.setToolTip(
            self.tr("Thông tin để chi bộ tham khảo khi nhận xét (từ các biên bản sinh hoạt)")
        )
        self.cell_text = QPlainTextEdit()
        self.cell_text.setObjectName("cellAssessment")
        self.cell_text.setFixedHeight(56)
        self.points = _points_box(definition.general_max or 100, self.tr("chưa chấm"))
        self.points.setObjectName("generalPoints")
        self.points.valueChanged.connect(self._edited)
        self.task_points_box = QCheckBox(self.tr("Chi bộ nhập điểm"))
        self.task_points_box.setObjectName("enterTaskPoints")
        self.task_points_box.setToolTip(
            self.tr(
                "366-QĐ/TW Điều 6 k2: nhiệm vụ được giao của vị trí việc làm khác cam kết cá "
                "nhân; chi bộ có thể ghi điểm theo kết quả đánh giá của cơ quan"
            )
        )
        self.task_points = _points_box(definition.task_max or 100, "—")
        self.task_points.setObjectName("taskPoints")
        self.task_points_source = QLineEdit()
        self.task_points_source.setObjectName("taskPointsSource")
        self.task_points_source.setPlaceholderText(
            self.tr("Nguồn, ví dụ: theo kết quả đánh giá, xếp loại công chức của cơ quan")
        )
        self.task_points_box.toggled.connect(self._task_points_toggled)
        self.task_points.valueChanged.connect(self._edited)
        self.task_points_source.textEdited.connect(self._edited)
        task_points = QWidget()
        row = QHBoxLayout(task_points)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.task_points_box)
        row.addWidget(self.task_points)
        row.addWidget(self.task_points_source, 1)
        self.unit_boxes = {
            "unit_done_share": _share_box(self.tr("chưa nhập")),
            "unit_exceeded_share": _share_box(self.tr("chưa nhập")),
            "unit_on_time_share": _share_box(self.tr("chưa nhập")),
        }
        units = QWidget()
        units.setObjectName("units")
        row = QHBoxLayout(units)
        row.setContentsMargins(0, 0, 0, 0)
        for text, key in (
            (self.tr("Hoàn thành"), "unit_done_share"),
            (self.tr("Vượt mức"), "unit_exceeded_share"),
            (self.tr("Đúng hạn"), "unit_on_time_share"),
        ):
            row.addWidget(QLabel(text))
            row.addWidget(self.unit_boxes[key])
            self.unit_boxes[key].setObjectName(key)
            self.unit_boxes[key].valueChanged.connect(self._edited)
        row.addStretch(1)
        self.units = units
        self.proposal_label = QLabel()
        self.proposal_label.setObjectName("proposal")
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.final_class = self._class_combo(self.tr("(theo đề xuất)"))
        self.final_class.setObjectName("finalClassification")
        self.vote_meeting = QComboBox()
        self.vote_meeting.setObjectName("voteMeeting")
        self.vote_meeting.addItem(self.tr("(chưa biểu quyết)"), None)
        for meeting in meetings.meetings_of_year(self.session, self.evaluation.year):
            self.vote_meeting.addItem(
                self.tr("Buổi sinh hoạt ngày %1").replace("%1", to_display(meeting.held_on)),
                meeting.id,
            )
        self.votes_for = QSpinBox()
        self.votes_against = QSpinBox()
        self.voters = QSpinBox()
        for name, box in (
            ("votesFor", self.votes_for),
            ("votesAgainst", self.votes_against),
            ("voters", self.voters),
        ):
            box.setObjectName(name)
            box.setRange(0, 9999)
            box.valueChanged.connect(self._edited)
        self.vote_meeting.currentIndexChanged.connect(self._meeting_changed)
        vote = self.vote_row = QWidget()
        row = QHBoxLayout(vote)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.vote_meeting, 1)
        row.addWidget(QLabel(self.tr("Tán thành")))
        row.addWidget(self.votes_for)
        row.addWidget(QLabel(self.tr("Không tán thành")))
        row.addWidget(self.votes_against)
        row.addWidget(QLabel(self.tr("Tổng số biểu quyết")))
        row.addWidget(self.voters)
        self.vote_hint = QLabel()
        self.vote_hint.setObjectName("voteHint")
        self.vote_hint.setStyleSheet("color: palette(placeholder-text);")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("evaluationNotes")
        self.notes.setFixedHeight(48)
        self.notes.setPlaceholderText(
            self.tr("Lý do khi chi bộ chọn mức khác với đề xuất theo quy định; ghi chú khác")
        )

        step2 = QFormLayout()
        self.step2_form = step2
        step2.addRow(self.tr("Khung tiêu chí:"), self.frame)
        if self.party_member:
            step2.addRow(
                self.tr("Sinh hoạt chi bộ năm %1:").replace("%1", str(self.evaluation.year)),
                self.attendance_label,
            )
        step2.addRow(self.tr("Chi bộ nhận xét:"), self.cell_text)
        self.points_label = QLabel(
            self.tr("Điểm tiêu chí chung (tối đa %1):").replace(
                "%1", number_text(definition.general_max)
            )
        )
        step2.addRow(self.points_label, self.points)
        step2.addRow(self.tr("Điểm kết quả nhiệm vụ:"), task_points)
        step2.addRow(self.tr("Đơn vị phụ trách (tỷ lệ nhiệm vụ):"), units)
        self.proposal_title = QLabel(self.tr("Đề xuất theo quy định:"))
        step2.addRow(self.proposal_title, self.proposal_label)
        self.final_label = QLabel(self.tr("Chi bộ đề nghị xếp loại:"))
        step2.addRow(self.final_label, self.final_class)
        step2.addRow(self.tr("Biểu quyết tại:"), vote)
        step2.addRow("", self.vote_hint)
        step2.addRow(self.tr("Lý do, ghi chú:"), self.notes)
        self.step2 = QGroupBox(self.tr("Bước 2. Chi bộ thẩm định, đề xuất xếp loại"))
        self.step2.setObjectName("step2")
        inner2 = QVBoxLayout(self.step2)
        inner2.addWidget(QLabel(self.tr("Kết quả thực hiện nhiệm vụ:")))
        inner2.addWidget(self.task_table)
        inner2.addWidget(remedies)
        inner2.addLayout(step2)
        inner2.addStretch(1)  # room to spare below the rows, never between them
        self.task_points_row = task_points

        # Step 3 -----------------------------------------------------------------------
        self.decision_label = QLabel()
        self.decision_label.setObjectName("decision")
        self.decision_label.setWordWrap(True)
        self.decide_button = QPushButton(self.tr("Ghi quyết định…"))
        self.decide_button.setObjectName("recordDecision")
        self.decide_button.clicked.connect(self.record_decision)
        self.step3 = QGroupBox(self.tr("Bước 3. Cấp có thẩm quyền quyết định"))
        self.step3.setObjectName("step3")
        row = QHBoxLayout(self.step3)
        row.addWidget(self.decision_label, 1)
        row.addWidget(self.decide_button)

        for step in (self.step1, self.step2, self.step3):  # spare room below, not inside
            step.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.step1)
        inner.addWidget(self.step2)
        inner.addWidget(self.step3)
        inner.addStretch(1)  # room to spare goes below the steps, not between their rows
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("saveEvaluation")
        self.finish_button = QPushButton(self.tr("Chốt"))
        self.finish_button.setObjectName("finishEvaluation")
        self.finish_button.setToolTip(
            self.tr("Lưu, ghi mức chi bộ đề nghị xếp loại và khóa bước thẩm định của chi bộ")
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
        for edit in (self.self_text, self.cell_text, self.notes):
            edit.textChanged.connect(self._edited)
        for combo in (self.self_class, self.final_class):
            combo.currentIndexChanged.connect(self._edited)
        for box in (self.self_general, self.self_tasks):
            box.valueChanged.connect(self._edited)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.cap_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._rows_that_apply()

    def _rows_that_apply(self) -> None:
        """Rows that do not apply are taken out of the forms, spacing and all."""
        points = self.rule_set.definition.points and self.classified
        self.step1_form.setRowVisible(self.self_class, self.classified)
        self.step1_form.setRowVisible(1, points)
        form = self.step2_form
        form.setRowVisible(self.frame, self.classified)
        form.setRowVisible(self.points, points)
        form.setRowVisible(self.task_points_row, points)
        form.setRowVisible(self.units, self.classified and self._frame() == LEADER)
        for field in (self.proposal_label, self.final_class, self.notes):
            form.setRowVisible(field, self.classified)
        form.setRowVisible(self.vote_row, self.classified)
        form.setRowVisible(self.vote_hint, self.classified)
        self.step3.setVisible(self.classified)
        self.cap_label.setVisible(self.classified and bool(self.cap_label.text()))

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
        for index, task in enumerate(self.plan.tasks if self.plan else ()):
            found = by_task.get(task.id or -1)
            combo = self.result_boxes[index]
            combo.setCurrentIndex(
                max(0, combo.findData(str(found.result))) if found and found.result else 0
            )
            self.on_time_boxes[index].setChecked(found.on_time if found else True)
            self.evidence_edits[index].setText(found.evidence if found else "")
        for position, box in enumerate(self.remedy_boxes):
            box.setChecked(position < len(shown.remedied) and shown.remedied[position])
        self.self_text.setPlainText(shown.self_assessment)
        self.cell_text.setPlainText(shown.cell_assessment)
        self.notes.setPlainText(shown.notes)
        self._set_code(self.self_class, shown.self_classification)
        self._set_code(self.final_class, shown.cell_level)
        self.frame.setCurrentIndex(max(0, self.frame.findData(shown.frame)))
        for box, value in (
            (self.points, shown.general_points),
            (self.self_general, shown.self_general_points),
            (self.self_tasks, shown.self_task_points),
        ):
            box.setValue(NOT_SCORED if value is None else value)
        entered = shown.task_points is not None
        self.task_points_box.setChecked(entered)
        self.task_points.setValue(shown.task_points if entered else NOT_SCORED)
        self.task_points_source.setText(shown.task_points_source)
        for key, box in self.unit_boxes.items():
            value = getattr(shown, key)
            box.setValue(NOT_SCORED if value is None else round(value * 100))
        self.vote_meeting.setCurrentIndex(max(0, self.vote_meeting.findData(shown.vote_meeting_id)))
        self.votes_for.setValue(shown.votes_for or 0)
        self.votes_against.setValue(shown.votes_against or 0)
        self.voters.setValue(shown.voters or 0)
        self._loading = False
        self._task_points_toggled()
        self._show_state()
        self._show_cap()
        self._show_decision()
        self._meeting_changed()
        self._update_proposal()
        self._rows_that_apply()
        self._shown = self.typed()
        if self.isVisible():  # saved, closed or reopened: what is shown is what is stored
            self.unsaved.mark_saved()

    def _set_code(self, combo: QComboBox, code: str | None) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)) if code else 0)

    def _frame(self) -> str:
        return str(self.frame.currentData() or "")

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
        notes = []
        if shown.exempt_reason:
            notes.append(
                self.tr("Không đánh giá, xếp loại: %1.").replace(
                    "%1", core_label(shown.exempt_reason)
                )
            )
        elif not self.party_member:
            notes.append(core_label(NOT_PARTY) + ".")
        elif shown.is_locked:
            notes.append(self.tr("Chi bộ đã chốt đề nghị: muốn sửa, hãy “Mở lại…” và ghi lý do."))
        if self.classified and shown.proposal_changed:
            before = self.rule_set.definition.label(shown.proposed_before)
            notes.append(
                self.tr(
                    "Đề xuất theo quy định đã thay đổi (trước: “%1”); mức chi bộ đã đề nghị "
                    "được giữ nguyên, hãy xem lại."
                ).replace("%1", core_label(before) or self.tr("không có"))
            )
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        editable = not shown.is_locked
        for widget in (
            self.task_table,
            *self.remedy_boxes,
            self.self_text,
            self.self_class,
            self.self_general,
            self.self_tasks,
            self.cell_text,
            self.points,
            self.frame,
            self.task_points_box,
            self.task_points,
            self.task_points_source,
            *self.unit_boxes.values(),
            self.final_class,
            self.vote_meeting,
            self.votes_for,
            self.votes_against,
            self.voters,
            self.notes,
            self.save_button,
            self.finish_button,
        ):
            widget.setEnabled(editable)
        if editable:
            self._task_points_toggled()
            self._meeting_changed()
        self.reopen_button.setVisible(shown.is_locked)

    def _show_cap(self) -> None:
        """366 Điều 11 k1.4 for the year, in the person's frame: shown before the vote."""
        if not self.classified or self.rule_set.definition.cap is None:
            self.cap_label.clear()
            return
        checks = evaluation_lists.cap_checks(self.session, self.evaluation.year)
        mine = [c for c in checks if c.frame == self.rule_set.definition.frame(self._frame()).code]
        self.cap_label.setText(
            self.tr("Tỷ lệ xuất sắc trong năm: %1").replace("%1", core_message(mine[0].text))
            if mine
            else ""
        )

    def _show_decision(self) -> None:
        shown = self.evaluation
        definition = self.rule_set.definition
        if shown.decided_level:
            parts = [core_label(definition.label(shown.decided_level))]
            if shown.decided_by:
                parts.append(shown.decided_by)
            if shown.decision_number:
                parts.append(self.tr("số %1").replace("%1", shown.decision_number))
            if shown.decision_date:
                parts.append(self.tr("ngày %1").replace("%1", to_display(shown.decision_date)))
            text = " — ".join(parts)
        elif shown.is_locked:
            text = self.tr("Chưa có quyết định. Xếp loại hiện là mức chi bộ đề nghị.")
        else:
            text = self.tr("Ghi được sau khi chi bộ chốt đề nghị xếp loại.")
        self.decision_label.setText(text)
        self.decide_button.setEnabled(shown.is_locked and shown.cell_level is not None)

    def _task_points_toggled(self) -> None:
        entered = self.task_points_box.isChecked() and self.task_points_box.isEnabled()
        self.task_points.setEnabled(entered)
        self.task_points_source.setEnabled(entered)
        if self.task_points_box.isChecked() and self.task_points.value() <= NOT_SCORED:
            self.task_points.setValue(0)
        self._edited()

    def _frame_changed(self) -> None:
        self.step2_form.setRowVisible(self.units, self.classified and self._frame() == LEADER)
        if not self._loading:
            self._show_cap()
        self._edited()

    def _meeting_changed(self) -> None:
        meeting = self.vote_meeting.currentData()
        voting = meeting is not None and self.vote_meeting.isEnabled()
        for box in (self.votes_for, self.votes_against, self.voters):
            box.setEnabled(voting)
        if meeting is None:
            self.vote_hint.setText(
                self.tr("Chỉ đảng viên chính thức biểu quyết (đảng viên dự bị không biểu quyết).")
            )
        else:
            allowed = voters_allowed(self.session, int(meeting))
            self.vote_hint.setText(
                self.tr("Buổi này có %1 đảng viên chính thức có quyền biểu quyết.").replace(
                    "%1", str(allowed)
                )
            )
            if voting and not self._loading and self.voters.value() == 0:
                self.voters.setValue(allowed)
        self._edited()

    def typed(self) -> Evaluation:
        """The evaluation as the form says now (not saved)."""
        tasks = []
        for index, task in enumerate(self.plan.tasks if self.plan else ()):
            code = self.result_boxes[index].currentData()
            tasks.append(
                TaskResult(
                    task.id or 0,
                    Result(code) if code else None,
                    self.on_time_boxes[index].isChecked(),
                    self.evidence_edits[index].text(),
                )
            )

        def points(box: QDoubleSpinBox) -> float | None:
            value = box.value()
            return None if value <= NOT_SCORED else value

        entered = self.task_points_box.isChecked()
        meeting = self.vote_meeting.currentData()
        shares = {
            key: (None if box.value() <= NOT_SCORED else box.value() / 100)
            for key, box in self.unit_boxes.items()
        }
        leader = self._frame() == LEADER
        return self.evaluation.with_changes(
            tasks=tuple(tasks),
            remedied=tuple(box.isChecked() for box in self.remedy_boxes),
            self_assessment=self.self_text.toPlainText(),
            self_classification=self.self_class.currentData(),
            self_general_points=points(self.self_general),
            self_task_points=points(self.self_tasks),
            cell_assessment=self.cell_text.toPlainText(),
            general_points=points(self.points),
            task_points=points(self.task_points) if entered else None,
            task_points_source=self.task_points_source.text() if entered else "",
            frame=self.frame.currentData(),
            cell_level=self.final_class.currentData(),
            vote_meeting_id=meeting,
            votes_for=self.votes_for.value() if meeting is not None else None,
            votes_against=self.votes_against.value() if meeting is not None else None,
            voters=self.voters.value() if meeting is not None else None,
            notes=self.notes.toPlainText(),
            **{k: (v if leader else None) for k, v in shares.items()},
        )

    def has_changes(self) -> bool:
        return not self.evaluation.is_locked and self.typed() != self._shown

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
        head = core_label(proposal.label) if proposal.code else self.tr("Chưa có mức đề xuất")
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

    def record_decision(self) -> bool:
        from chibo_app.ui.dialogs.evaluation_decision_dialog import (  # noqa: PLC0415
            DecisionDialog,
        )

        dialog = DecisionDialog(self.session, self.evaluation, self.rule_set, self)
        if not dialog.exec() or dialog.saved is None:
            return False
        self.changed = True
        self._show(dialog.saved)
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
