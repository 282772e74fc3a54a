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

The layout is forms/evaluation_dialog.ui; the task rows live in evaluation_tasks, what
is said about the evaluation in evaluation_texts.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.dates import to_display
from chibo_app.core.evaluation import (
    Evaluation,
)
from chibo_app.core.plans import PlanStatus
from chibo_app.core.rules import FRAME_LABELS, FRAMES, LEADER, number_text
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import evaluation, evaluation_lists, meetings, plans
from chibo_app.services.evaluation_standing import voters_allowed
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.dialogs.evaluation_tasks import TaskRows
from chibo_app.ui.dialogs.evaluation_texts import (
    decision_text,
    proposal_html,
    state_notes,
    state_text,
)
from chibo_app.ui.dialogs.plan_reason import ask_reason
from chibo_app.ui.forms import load_form
from chibo_app.ui.save_errors import show_save_failure, storage_errors

NOT_SCORED = -1.0  # a points box's "chưa chấm"


def _points_box(box: QDoubleSpinBox, top: float | None, empty: str) -> QDoubleSpinBox:
    """A points box of the form: up to the rule set's maximum, NOT_SCORED shown as `empty`."""
    box.setMaximum(top or 100)
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
        """The form's widgets under the names the behaviour uses; what depends on the
        rule set, the plan and the year's meetings is filled here."""
        definition = self.rule_set.definition
        f = self.form = load_form("evaluation_dialog", self)
        QVBoxLayout(self).addWidget(f)
        self.state_label, self.note_label, self.cap_label = (
            f.evaluationState,
            f.evaluationNote,
            f.capCheck,
        )

        # Step 1 -----------------------------------------------------------------------
        self.step1, self.step1_form = f.step1, f.step1Layout
        self.self_text = f.selfAssessment
        empty = self.tr("chưa chấm")
        self.self_general = _points_box(f.selfGeneralPoints, definition.general_max, empty)
        self.self_tasks = _points_box(f.selfTaskPoints, definition.task_max, empty)
        self.self_class = self._class_combo(f.selfClassification, self.tr("(chưa tự xếp loại)"))
        self.self_class_label = f.selfClassLabel

        # Step 2 -----------------------------------------------------------------------
        self.step2, self.step2_form = f.step2, f.step2Layout
        self.task_table, self.remedies = f.taskResults, f.remedies
        self.rows = TaskRows(f.taskResults, f.remedies, self.plan)
        self.rows.edited.connect(self._edited)
        self.result_boxes = self.rows.result_boxes
        self.on_time_boxes = self.rows.on_time_boxes
        self.evidence_edits = self.rows.evidence_edits
        self.remedy_boxes = self.rows.remedy_boxes
        self.frame = f.frame
        for code in FRAMES:
            self.frame.addItem(core_label(FRAME_LABELS[code]), code)
        self.frame.currentIndexChanged.connect(self._frame_changed)
        self.attendance_label = f.attendance
        if self.party_member:
            self.attendance_label.setText(self._attendance_text())
            f.attendanceLabel.setText(
                self.tr("Sinh hoạt chi bộ năm %1:").replace("%1", str(self.evaluation.year))
            )
        self.step2_form.setRowVisible(self.attendance_label, self.party_member)
        self.cell_text = f.cellAssessment
        self.points = _points_box(f.generalPoints, definition.general_max, empty)
        self.points.valueChanged.connect(self._edited)
        self.points_label = f.pointsLabel
        self.points_label.setText(
            self.tr("Điểm tiêu chí chung (tối đa %1):").replace(
                "%1", number_text(definition.general_max)
            )
        )
        self.task_points_row = f.taskPointsRow
        self.task_points_box = f.enterTaskPoints
        self.task_points = _points_box(f.taskPoints, definition.task_max, "—")
        self.task_points_source = f.taskPointsSource
        self.task_points_box.toggled.connect(self._task_points_toggled)
        self.task_points.valueChanged.connect(self._edited)
        self.task_points_source.textEdited.connect(self._edited)
        self.units = f.units
        self.unit_boxes = {
            key: getattr(f, key)
            for key in ("unit_done_share", "unit_exceeded_share", "unit_on_time_share")
        }
        for box in self.unit_boxes.values():
            box.setSpecialValueText(self.tr("chưa nhập"))
            box.valueChanged.connect(self._edited)
        self.proposal_title, self.proposal_label = f.proposalTitle, f.proposal
        self.final_label = f.finalLabel
        self.final_class = self._class_combo(f.finalClassification, self.tr("(theo đề xuất)"))
        self.vote_row, self.vote_meeting = f.voteRow, f.voteMeeting
        self.vote_meeting.addItem(self.tr("(chưa biểu quyết)"), None)
        for meeting in meetings.meetings_of_year(self.session, self.evaluation.year):
            self.vote_meeting.addItem(
                self.tr("Buổi sinh hoạt ngày %1").replace("%1", to_display(meeting.held_on)),
                meeting.id,
            )
        self.votes_for, self.votes_against, self.voters = f.votesFor, f.votesAgainst, f.voters
        for box in (self.votes_for, self.votes_against, self.voters):
            box.valueChanged.connect(self._edited)
        self.vote_meeting.currentIndexChanged.connect(self._meeting_changed)
        self.vote_hint = f.voteHint
        self.notes = f.evaluationNotes

        # Step 3 -----------------------------------------------------------------------
        self.step3, self.decision_label = f.step3, f.decision
        self.decide_button = f.recordDecision
        self.decide_button.clicked.connect(self.record_decision)

        self.save_button = f.saveEvaluation
        self.finish_button = f.finishEvaluation
        self.reopen_button = f.reopenEvaluation
        self.save_button.clicked.connect(self.save)
        self.finish_button.clicked.connect(self.finish)
        self.reopen_button.clicked.connect(self.reopen)
        f.closeButton.clicked.connect(self.reject)
        for edit in (self.self_text, self.cell_text, self.notes):
            edit.textChanged.connect(self._edited)
        for combo in (self.self_class, self.final_class):
            combo.currentIndexChanged.connect(self._edited)
        for box in (self.self_general, self.self_tasks):
            box.valueChanged.connect(self._edited)
        self._tab_order()
        self._rows_that_apply()

    def _tab_order(self) -> None:
        """Tab goes down the steps; the task rows and remedies, made from the plan after
        the form, come in after the task table."""
        f = self.form
        chain = [
            f.selfAssessment,
            f.selfGeneralPoints,
            f.selfTaskPoints,
            f.selfClassification,
            f.taskResults,
            *self.rows.widgets(),
            f.frame,
            f.cellAssessment,
            f.generalPoints,
            f.enterTaskPoints,
            f.taskPoints,
            f.taskPointsSource,
            *self.unit_boxes.values(),
            f.finalClassification,
            f.voteMeeting,
            f.votesFor,
            f.votesAgainst,
            f.voters,
            f.evaluationNotes,
            f.recordDecision,
            f.reopenEvaluation,
            f.saveEvaluation,
            f.finishEvaluation,
            f.closeButton,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

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

    def _class_combo(self, combo: QComboBox, empty: str) -> QComboBox:
        combo.addItem(empty, None)
        for band in self.rule_set.definition.bands:
            combo.addItem(core_label(band.label), band.code)
        return combo

    # Showing and reading ----------------------------------------------------------------

    def _show(self, shown: Evaluation) -> None:
        self.evaluation = shown
        self._loading = True
        self.rows.show(shown)
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
        self.state_label.setText(state_text(shown, self.rule_set, self.classified))
        notes = state_notes(shown, self.rule_set, self.party_member, self.classified)
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
        text = decision_text(shown, self.rule_set)
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
            tasks=self.rows.results(),
            remedied=self.rows.remedied(),
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
        self.proposal_label.setText(proposal_html(proposal))

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
