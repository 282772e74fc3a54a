"""What the evaluation dialog says about an evaluation, as text: its state and the notes
above the steps, the competent level's decision (step 3) and the rules' proposal with
its reasons (step 2). In the dialog's own translation context."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from chibo_app.core.dates import to_display
from chibo_app.core.evaluation import NOT_PARTY, STATUS_LABELS, Evaluation
from chibo_app.core.rule_engine import Proposal
from chibo_app.core.rules import RuleSet, number_text
from chibo_app.ui.core_text import core_label, core_message


def state_text(shown: Evaluation, rule_set: RuleSet, classified: bool) -> str:
    """'Đang đánh giá — Quy định 366-QĐ/TW'; without a classification, the state only."""
    state = (
        STATUS_LABELS[shown.status]
        if shown.id is not None
        else QCoreApplication.translate("EvaluationDialog", "Chưa đánh giá")
    )
    if not classified:
        return core_label(state)
    return (
        QCoreApplication.translate("EvaluationDialog", "%1 — %2")
        .replace("%1", core_label(state))
        .replace("%2", rule_set.name)
    )


def state_notes(
    shown: Evaluation, rule_set: RuleSet, party_member: bool, classified: bool
) -> list[str]:
    """Why nothing is classified, that the step is locked, that the proposal moved."""
    notes = []
    if shown.exempt_reason:
        notes.append(
            QCoreApplication.translate("EvaluationDialog", "Không đánh giá, xếp loại: %1.").replace(
                "%1", core_label(shown.exempt_reason)
            )
        )
    elif not party_member:
        notes.append(core_label(NOT_PARTY) + ".")
    elif shown.is_locked:
        notes.append(
            QCoreApplication.translate(
                "EvaluationDialog", "Chi bộ đã chốt đề nghị: muốn sửa, hãy “Mở lại…” và ghi lý do."
            )
        )
    if classified and shown.proposal_changed:
        before = rule_set.definition.label(shown.proposed_before)
        notes.append(
            QCoreApplication.translate(
                "EvaluationDialog",
                "Đề xuất theo quy định đã thay đổi (trước: “%1”); mức chi bộ đã đề nghị "
                "được giữ nguyên, hãy xem lại.",
            ).replace(
                "%1",
                core_label(before) or QCoreApplication.translate("EvaluationDialog", "không có"),
            )
        )
    return notes


def decision_text(shown: Evaluation, rule_set: RuleSet) -> str:
    """Step 3: the level decided, by whom, number and date; or what is still awaited."""
    if shown.decided_level:
        parts = [core_label(rule_set.definition.label(shown.decided_level))]
        if shown.decided_by:
            parts.append(shown.decided_by)
        if shown.decision_number:
            parts.append(
                QCoreApplication.translate("EvaluationDialog", "số %1").replace(
                    "%1", shown.decision_number
                )
            )
        if shown.decision_date:
            parts.append(
                QCoreApplication.translate("EvaluationDialog", "ngày %1").replace(
                    "%1", to_display(shown.decision_date)
                )
            )
        return " — ".join(parts)
    if shown.is_locked:
        return QCoreApplication.translate(
            "EvaluationDialog", "Chưa có quyết định. Xếp loại hiện là mức chi bộ đề nghị."
        )
    return QCoreApplication.translate(
        "EvaluationDialog", "Ghi được sau khi chi bộ chốt đề nghị xếp loại."
    )


def proposal_html(proposal: Proposal) -> str:
    """The level the rules propose (with the score) in bold, its reasons below."""
    head = (
        core_label(proposal.label)
        if proposal.code
        else QCoreApplication.translate("EvaluationDialog", "Chưa có mức đề xuất")
    )
    if proposal.score is not None:
        head = (
            QCoreApplication.translate("EvaluationDialog", "%1 (%2 điểm)")
            .replace("%1", head)
            .replace("%2", number_text(proposal.score))
        )
    reasons = "".join(f"<br>• {escape(core_message(r))}" for r in proposal.reasons)
    return f"<b>{escape(head)}</b>{reasons}"
