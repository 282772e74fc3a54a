"""The year-end evaluation in the three steps of Quy định 366-QĐ/TW Điều 12; every
write recorded.

1. Self-assessment: the member's text, points and level (`save_evaluation`).
2. The chi bộ's review and proposal: results, general points (or task points entered
   with their source), the criteria frame, the units' results of a leader; the engine's
   proposal with its reasons is stored on every save; the chi bộ proposes a level, with
   the vote of the meeting that decided it (only full members vote), and `finish` locks
   the step; `reopen` needs a reason.
3. The decision of the competent level (`record_decision`, on a locked evaluation).

The final classification is the decision when recorded, else the chi bộ's proposal.
Exempt people ("không đánh giá", with the reason) and non-party staff get no party
classification. The year's list and the cap check are in services.evaluation_lists.
"""

from __future__ import annotations

from chibo_app.core import evaluation as rules
from chibo_app.core.dates import BadDate, parse_date
from chibo_app.core.evaluation import (
    NOT_PARTY,
    Evaluation,
    EvaluationEvent,
    EvaluationStatus,
    Result,
    TaskResult,
)
from chibo_app.core.messages import Message, Problems, msg
from chibo_app.core.people import Kind
from chibo_app.core.plans import Plan, PlanStatus
from chibo_app.core.rule_engine import Proposal, exempt_text, propose
from chibo_app.core.rules import FRAMES, RuleSet
from chibo_app.core.text import clean, clean_or_none
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import rule_sets
from chibo_app.services.evaluation_standing import (
    exemption_hint,
    person_standing,
    suggested_frame,
    voters_allowed,
    year_kind,
)
from chibo_app.services.session import Session, settled_call
from chibo_app.storage import evaluation_repo, plans_repo, records
from chibo_app.storage.settled import latest, remember

__all__ = ["exemption_hint", "year_kind"]  # re-exported: callers know them from here

_LIFE_CYCLE = ("status", "cell_level", "classification", "evaluated_on", "evaluated_by")
_DECISION = ("decided_level", "decided_by", "decision_number", "decision_date", "classification")
_ENGINE = ("score", "proposed", "explanation", "proposed_before", "proposal_changed")
CHANGED_REASON = "Chi bộ chọn mức khác với đề xuất: cần ghi lý do vào ô “Ghi chú”."


def get_evaluation(session: Session, person_id: int, year: int) -> Evaluation | None:
    return evaluation_repo.find(session.db, person_id, year)


def get_evaluation_by_id(session: Session, evaluation_id: int) -> Evaluation:
    db = session.db
    # (a settled block reads it once between writes: a save reads it back, the next step
    # reads it again)
    found = latest(db, "evaluation", evaluation_id, lambda: evaluation_repo.get(db, evaluation_id))
    if found is None:
        raise ChiboError(msg("Không tìm thấy bản đánh giá này."))
    return found


def events(session: Session, evaluation_id: int) -> list[EvaluationEvent]:
    return evaluation_repo.events_of(session.db, evaluation_id)


def blank(session: Session, person_id: int, year: int) -> Evaluation:
    """A new (unsaved) evaluation: the year's rule set, the frame the person's position
    suggests, the exemption a rule says."""
    rule_set = rule_sets.year_rule_set(session, year)
    return Evaluation(
        person_id,
        year,
        exempt_reason=exemption_hint(session, person_id, year),
        rule_set_id=rule_set.id,
        frame=suggested_frame(session, person_id, year),
    )


@settled_call
def start_evaluation(session: Session, person_id: int, year: int) -> Evaluation:
    """The evaluation of a person's confirmed plan (returned if it exists). Someone with
    no confirmed plan can only be recorded as exempt, when a rule says so."""
    found = get_evaluation(session, person_id, year)
    if found is not None:
        return found
    plan = plans_repo.find(session.db, person_id, year)
    evaluation = blank(session, person_id, year)
    if (plan is None or plan.status != PlanStatus.CONFIRMED) and evaluation.exempt_reason is None:
        raise ChiboError(
            msg(
                "Kế hoạch năm {year} của người này chưa được chi bộ xác nhận nên chưa "
                "đánh giá được.",
                year=year,
            )
        )
    return _save(session, evaluation, created=True)


@settled_call
def save_evaluation(
    session: Session, evaluation: Evaluation, *, acknowledge: bool = True
) -> Evaluation:
    """Save what was typed (refused when locked) with a fresh proposal. `acknowledge`:
    the user has seen the proposal (a "changed" mark is cleared); False when the rules
    changed under the evaluation (a changed proposal is marked, never taken over)."""
    if evaluation.id is None:
        evaluation = evaluation.with_changes(
            id=start_evaluation(session, evaluation.person_id, evaluation.year).id
        )
    return _save(session, evaluation, created=False, acknowledge=acknowledge)


def _save(
    session: Session, evaluation: Evaluation, created: bool, acknowledge: bool = True
) -> Evaluation:
    db, editor = session.db, session.editor
    plan = plans_repo.find(db, evaluation.person_id, evaluation.year)
    rule_set = _rule_set_of(session, evaluation)
    evaluation = _normalised(session, evaluation, plan, rule_set)
    stored = None if created else get_evaluation_by_id(session, evaluation.id or 0)
    if stored is not None:
        rules.ensure_editable(stored)
    evaluation = with_proposal(session, evaluation, stored, plan, rule_set, acknowledge)
    party = _party_member(session, evaluation) and not evaluation.exempt_reason
    if not party:  # no party classification: none at any step
        evaluation = evaluation.with_changes(self_classification=None, cell_level=None)
    evaluation = evaluation.with_changes(classification=evaluation.final)
    values = evaluation_repo.evaluation_values(evaluation)
    with db.atomic():
        if stored is None:
            evaluation_id = records.insert(db, editor, "evaluations", values)
        else:
            evaluation_id = stored.id or 0
            content = {k: v for k, v in values.items() if k not in _LIFE_CYCLE + _DECISION}
            content["cell_level"] = values["cell_level"]
            content["classification"] = evaluation.with_changes(
                decided_level=stored.decided_level
            ).final
            records.update(db, editor, "evaluations", evaluation_id, content)
        _write_details(session, evaluation_id, evaluation)
    return get_evaluation_by_id(session, evaluation_id)


def with_proposal(
    session: Session,
    evaluation: Evaluation,
    stored: Evaluation | None,
    plan: Plan | None,
    rule_set: RuleSet,
    acknowledge: bool,
) -> Evaluation:
    """The evaluation with the engine's proposal for it now. A proposal that changes
    after the chi bộ proposed a level is marked changed (the earlier one kept), unless
    `acknowledge`; the chi bộ's level is never replaced."""
    proposal = proposal_for(session, evaluation, plan, rule_set)
    code = proposal.code if proposal else None
    changes: dict[str, object] = {
        "score": proposal.score if proposal else None,
        "proposed": code,
        "explanation": proposal.reasons if proposal else _no_proposal(evaluation),
        "proposal_changed": False,
        "proposed_before": None,
    }
    if stored is not None and not acknowledge:
        decided = stored.cell_level is not None or stored.is_locked
        before = stored.proposed_before if stored.proposal_changed else stored.proposed
        if decided and before != code:
            changes.update(proposal_changed=True, proposed_before=before)
    return evaluation.with_changes(**changes)


def _normalised(
    session: Session, evaluation: Evaluation, plan: Plan | None, rule_set: RuleSet
) -> Evaluation:
    problems: Problems = {}
    definition = rule_set.definition
    top = definition.general_max
    for key in ("general_points", "self_general_points"):
        points = getattr(evaluation, key)
        if points is not None and definition.points and not 0 <= points <= top:
            problems[key] = msg("Điểm tiêu chí chung phải từ 0 đến {top}.", top=f"{top:g}")
    for key in ("task_points", "self_task_points"):
        points = getattr(evaluation, key)
        if points is not None and definition.points and not 0 <= points <= definition.task_max:
            problems[key] = msg(
                "Điểm kết quả thực hiện nhiệm vụ phải từ 0 đến {task_max}.",
                task_max=f"{definition.task_max:g}",
            )
    for key in ("unit_done_share", "unit_exceeded_share", "unit_on_time_share"):
        share = getattr(evaluation, key)
        if share is not None and not 0 <= share <= 1:
            problems[key] = msg("Tỷ lệ phải từ 0% đến 100%.")
    codes = {b.code for b in definition.bands}
    for key in ("cell_level", "self_classification"):
        value = getattr(evaluation, key)
        if value is not None and value not in codes:
            problems[key] = msg(
                "Mức xếp loại “{level}” không có trong {name}.", level=value, name=rule_set.name
            )
    if evaluation.frame is not None and evaluation.frame not in FRAMES:
        problems["frame"] = msg("Khung tiêu chí không hợp lệ.")
    own = {t.id for t in plan.tasks} if plan else set()
    if any(t.task_id not in own for t in evaluation.tasks):
        problems["tasks"] = msg("Có nhiệm vụ không thuộc kế hoạch này; hãy tải lại kế hoạch.")
    problems.update(vote_problems(session, evaluation))
    if problems:
        raise ValidationError(problems)
    tasks = tuple(
        TaskResult(t.task_id, Result(t.result) if t.result else None, t.on_time, clean(t.evidence))
        for t in evaluation.tasks
    )
    remedies = len(plan.remedies) if plan else 0
    return evaluation.with_changes(
        self_assessment=clean(evaluation.self_assessment),
        cell_assessment=clean(evaluation.cell_assessment),
        exempt_reason=clean_or_none(evaluation.exempt_reason),
        notes=clean(evaluation.notes),
        task_points_source=clean(evaluation.task_points_source),
        tasks=tasks,
        remedied=tuple(evaluation.remedied[:remedies]),
        rule_set_id=rule_set.id,
    )


def vote_problems(session: Session, evaluation: Evaluation) -> Problems:
    """What is wrong with the recorded vote: a meeting of the cell, tán thành + không
    tán thành ≤ the voters ≤ the full members who could vote (Điều lệ Đảng Điều 2: dự
    bị do not vote)."""
    figures = (evaluation.votes_for, evaluation.votes_against, evaluation.voters)
    if evaluation.vote_meeting_id is None:
        if any(f is not None for f in figures):
            return {"vote_meeting_id": msg("Cần chọn buổi sinh hoạt chi bộ đã biểu quyết.")}
        return {}
    if any(f is None or f < 0 for f in figures):
        return {"voters": msg("Cần ghi số tán thành, không tán thành và tổng số biểu quyết.")}
    votes_for, against, voters = (int(f or 0) for f in figures)
    if votes_for + against > voters:
        return {"voters": msg("Số tán thành và không tán thành cộng lại vượt tổng số biểu quyết.")}
    allowed = voters_allowed(session, evaluation.vote_meeting_id)
    if voters > allowed:
        return {
            "voters": msg(
                "Buổi sinh hoạt này chỉ có {allowed} đảng viên chính thức có quyền "
                "biểu quyết (đảng viên dự bị không biểu quyết).",
                allowed=allowed,
            )
        }
    return {}


def _write_details(session: Session, evaluation_id: int, evaluation: Evaluation) -> None:
    db, editor = session.db, session.editor
    existing = evaluation_repo.task_result_ids(db, [t.task_id for t in evaluation.tasks])
    for task in evaluation.tasks:
        row = {
            "result": str(task.result) if task.result else None,
            "on_time": int(task.on_time),
            "evidence": task.evidence,
        }
        if task.task_id in existing:
            records.update(db, editor, "task_results", existing[task.task_id], row)
        else:
            records.insert(db, editor, "task_results", {"task_id": task.task_id, **row})
    stored = evaluation_repo.remedy_ids(db, evaluation_id)
    for position, remedied in enumerate(evaluation.remedied):
        if position in stored:
            records.update(db, editor, "remedy_results", stored[position], {"remedied": remedied})
        else:
            values = {"evaluation_id": evaluation_id, "position": position, "remedied": remedied}
            records.insert(db, editor, "remedy_results", values)


def _rule_set_of(session: Session, evaluation: Evaluation) -> RuleSet:
    if evaluation.rule_set_id is not None:
        return rule_sets.get_rule_set(session, evaluation.rule_set_id)
    return rule_sets.year_rule_set(session, evaluation.year)


def rule_set_of(session: Session, evaluation: Evaluation) -> RuleSet:
    return _rule_set_of(session, evaluation)


def _party_member(session: Session, evaluation: Evaluation) -> bool:
    """A party member in the evaluation's year (as of its deadline)."""
    kind = year_kind(session, evaluation.person_id, evaluation.year)
    return kind is not None and kind != Kind.NON_PARTY


def is_classified(session: Session, evaluation: Evaluation) -> bool:
    """Whether a party classification applies: a party member that year, not exempt."""
    return _party_member(session, evaluation) and not evaluation.exempt_reason


@settled_call
def proposal_for(
    session: Session,
    evaluation: Evaluation,
    plan: Plan | None = None,
    rule_set: RuleSet | None = None,
) -> Proposal | None:
    """The rule set's proposal for what `evaluation` says now (not saved); None for
    exempt people and non-party staff (their plan is evaluated, not classified)."""
    if evaluation.exempt_reason or not _party_member(session, evaluation):
        return None
    plan = plan or plans_repo.find(session.db, evaluation.person_id, evaluation.year)
    rule_set = rule_set or _rule_set_of(session, evaluation)
    tasks = plan.tasks if plan else ()
    remedies = len(plan.remedies) if plan else 0
    standing = person_standing(session, evaluation.person_id, evaluation.year)
    return propose(rule_set.definition, rules.facts(evaluation, tasks, remedies, standing))


def _no_proposal(evaluation: Evaluation) -> tuple[Message, ...]:
    if evaluation.exempt_reason:
        return (exempt_text(evaluation.exempt_reason),)
    return (msg("{label}.", label=NOT_PARTY),)


# Step 2: the chi bộ locks its proposal ---------------------------------------------------


@settled_call
def finish(
    session: Session,
    evaluation_id: int,
    classification: str | None = None,
    on: str | None = None,
) -> Evaluation:
    """The chi bộ's proposal (default: the level it typed, else the engine's) set, and
    the step locked. A level other than the engine's proposal (or when it proposes
    none) needs the chi bộ's reason in the notes. Exempt people and non-party staff are
    finished without a level."""
    day = parse_day(session, on)
    evaluation = get_evaluation_by_id(session, evaluation_id)
    level = classification or evaluation.cell_level or evaluation.proposed
    if not is_classified(session, evaluation):
        level = None
    elif level is None:
        raise ChiboError(
            msg(
                "Chưa có mức xếp loại: không mức nào đủ điều kiện theo quy định. Chi "
                "bộ cần chọn mức xếp loại và ghi lý do vào ô “Ghi chú” trước khi chốt."
            )
        )
    else:
        rule_set = _rule_set_of(session, evaluation)
        if level not in {b.code for b in rule_set.definition.bands}:
            raise ValidationError(
                {
                    "cell_level": msg(
                        "Mức xếp loại “{level}” không có trong {name}.",
                        level=level,
                        name=rule_set.name,
                    )
                }
            )
        if level != evaluation.proposed and not evaluation.notes:
            raise ValidationError({"notes": CHANGED_REASON})
    changed, event = rules.finish(evaluation, level, day, session.user)
    changed = changed.with_changes(cell_level=level)
    return _step(session, changed.with_changes(classification=changed.final), event)


@settled_call
def finish_all(session: Session, year: int, on: str | None = None) -> tuple[int, list[int]]:
    """Lock every open evaluation of the year that has a level (typed or proposed), all
    or nothing; returns how many were locked and the ids left open (no level yet, or a
    level other than the proposal without a reason)."""
    count = 0
    left: list[int] = []
    with session.db.atomic():
        for evaluation in evaluation_repo.evaluations_of_year(session.db, year).values():
            if evaluation.status != EvaluationStatus.OPEN or evaluation.id is None:
                continue
            level = evaluation.cell_level or evaluation.proposed
            classified = is_classified(session, evaluation)
            if classified and (
                level is None or (level != evaluation.proposed and not evaluation.notes)
            ):
                left.append(evaluation.id)
                continue
            finish(session, evaluation.id, on=on)
            count += 1
    return count, left


@settled_call
def reopen(session: Session, evaluation_id: int, reason: str, on: str | None = None) -> Evaluation:
    day = parse_day(session, on)
    evaluation = get_evaluation_by_id(session, evaluation_id)
    changed, event = rules.reopen(evaluation, day, session.user, reason)
    return _step(session, changed, event)


def _step(session: Session, changed: Evaluation, event: EvaluationEvent) -> Evaluation:
    assert changed.id is not None
    db, editor = session.db, session.editor
    values = evaluation_repo.evaluation_values(changed)
    with db.atomic():
        records.update(db, editor, "evaluations", changed.id, {k: values[k] for k in _LIFE_CYCLE})
        records.insert(
            db,
            editor,
            "evaluation_events",
            {
                "evaluation_id": changed.id,
                "step": str(event.step),
                "on_date": event.on,
                "who": event.who,
                "reason": event.reason,
                "at": session.editor.stamp(),
            },
        )
    # As stored now, without reading it again: only the life-cycle columns were written,
    # from `changed` (core.evaluation's steps change nothing else).
    remember(db, "evaluation", changed.id, changed)
    return changed


# Step 3: the competent level decides ----------------------------------------------------


@settled_call
def record_decision(
    session: Session,
    evaluation_id: int,
    level: str | None,
    *,
    by: str = "",
    number: str = "",
    on: str | None = None,
) -> Evaluation:
    """The competent level's decision on the chi bộ's (locked) proposal: the level, who
    decided, the document and its date. `level` None clears a decision recorded by
    mistake. The decision becomes the final classification."""
    evaluation = get_evaluation_by_id(session, evaluation_id)
    if not evaluation.is_locked:
        raise ChiboError(
            msg("Chi bộ cần chốt đề nghị xếp loại trước khi ghi quyết định của cấp trên.")
        )
    if not is_classified(session, evaluation) and level is not None:
        raise ChiboError(msg("Người này không thuộc diện xếp loại chất lượng đảng viên năm này."))
    values: dict[str, object]
    if level is None:
        values = {
            "decided_level": None,
            "decided_by": "",
            "decision_number": "",
            "decision_date": None,
        }
    else:
        problems: Problems = {}
        rule_set = _rule_set_of(session, evaluation)
        if level not in {b.code for b in rule_set.definition.bands}:
            problems["decided_level"] = msg(
                "Mức xếp loại “{level}” không có trong {name}.", level=level, name=rule_set.name
            )
        if not clean(by):
            problems["decided_by"] = msg("Cần ghi cấp có thẩm quyền quyết định (ví dụ: Đảng ủy …).")
        day = None
        try:
            day = parse_date(on) if on else None
        except BadDate as error:
            problems["decision_date"] = error.message
        if problems:
            raise ValidationError(problems)
        values = {
            "decided_level": level,
            "decided_by": clean(by),
            "decision_number": clean(number),
            "decision_date": day,
        }
    values["classification"] = level or evaluation.cell_level
    with session.db.atomic():
        records.update(session.db, session.editor, "evaluations", evaluation_id, values)
    decided = evaluation.with_changes(**values)  # as stored now: `values` were written
    remember(session.db, "evaluation", evaluation_id, decided)
    return decided


def plan_is_evaluated(session: Session, plan_id: int) -> bool:
    """True when the plan's year-end evaluation is locked (its plan must not reopen)."""
    plan = plans_repo.get(session.db, plan_id)
    if plan is None:
        return False
    found = get_evaluation(session, plan.person_id, plan.year)
    return found is not None and found.is_locked


def parse_day(session: Session, on: str | None) -> str:
    """An ISO day from what was typed (today when None); ValidationError otherwise."""
    if on is None:
        return session.today().isoformat()
    try:
        value = parse_date(on)
    except BadDate as error:
        raise ValidationError({"on": error.message}) from None
    if value is None or len(value) != 10:
        raise ValidationError({"on": msg("Cần ghi đủ ngày/tháng/năm.")})
    return value
