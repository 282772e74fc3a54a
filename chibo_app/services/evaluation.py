"""The year-end evaluation: results, assessments, the proposal and the final
classification, locking and reopening; every write recorded.

`save_evaluation` stores what was typed and the rule set's proposal (score, level and
the reasons, in Vietnamese) computed from it; `finish` sets the final classification
and locks the evaluation; `reopen` needs a reason. Exempt people ("không đánh giá",
with the reason) and non-party staff get no party classification. The year's list
and the cap warning are in services.evaluation_lists.
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
from chibo_app.core.people import Kind, PersonFact, kind_at
from chibo_app.core.plans import Plan, PlanStatus
from chibo_app.core.rules import Proposal, RuleSet, propose
from chibo_app.core.text import clean, clean_or_none
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import rule_sets, years
from chibo_app.services.session import Session
from chibo_app.storage import evaluation_repo, plans_repo, records

_LIFE_CYCLE = ("status", "classification", "evaluated_on", "evaluated_by")


def get_evaluation(session: Session, person_id: int, year: int) -> Evaluation | None:
    return evaluation_repo.find(session.db, person_id, year)


def get_evaluation_by_id(session: Session, evaluation_id: int) -> Evaluation:
    found = evaluation_repo.get(session.db, evaluation_id)
    if found is None:
        raise ChiboError("Không tìm thấy bản đánh giá này.")
    return found


def events(session: Session, evaluation_id: int) -> list[EvaluationEvent]:
    return evaluation_repo.events_of(session.db, evaluation_id)


def _membership(session: Session, person_id: int) -> PersonFact | None:
    row = session.db.execute(
        "SELECT id, kind, status, status_date, admitted_on, full_member_on FROM people"
        " WHERE id = ?",
        [person_id],
    ).fetchone()
    return PersonFact(*row) if row else None


def year_kind(session: Session, person_id: int, year: int) -> Kind | None:
    """What the person was in `year`: their kind as of the year's evaluation deadline
    (admitted after it: non-party staff; full member after it: probationary)."""
    person = _membership(session, person_id)
    if person is None:
        return None
    return kind_at(person, years.get_year(session, year).deadline("evaluation_due"))


def exemption_hint(session: Session, person_id: int, year: int) -> str | None:
    """Why the person would not be evaluated in `year` (admitted < 6 months before the
    evaluation deadline, or exempted by then), if a rule says so."""
    person = _membership(session, person_id)
    if person is None:
        return None
    due = years.get_year(session, year).deadline("evaluation_due")
    return rules.exemption_hint(person, due)


def start_evaluation(session: Session, person_id: int, year: int) -> Evaluation:
    """The evaluation of a person's confirmed plan (returned if it exists). Someone with
    no confirmed plan can only be recorded as exempt, when a rule says so."""
    found = get_evaluation(session, person_id, year)
    if found is not None:
        return found
    plan = plans_repo.find(session.db, person_id, year)
    hint = exemption_hint(session, person_id, year)
    if (plan is None or plan.status != PlanStatus.CONFIRMED) and hint is None:
        raise ChiboError(
            f"Kế hoạch năm {year} của người này chưa được chi bộ xác nhận nên chưa đánh giá được."
        )
    rule_set = rule_sets.year_rule_set(session, year)
    evaluation = Evaluation(person_id, year, exempt_reason=hint, rule_set_id=rule_set.id)
    return _save(session, evaluation, created=True)


def save_evaluation(session: Session, evaluation: Evaluation) -> Evaluation:
    """Save what was typed (refused when locked) with a fresh proposal."""
    if evaluation.id is None:
        evaluation = evaluation.with_changes(
            id=start_evaluation(session, evaluation.person_id, evaluation.year).id
        )
    return _save(session, evaluation, created=False)


def _save(session: Session, evaluation: Evaluation, created: bool) -> Evaluation:
    db, editor = session.db, session.editor
    plan = plans_repo.find(db, evaluation.person_id, evaluation.year)
    rule_set = _rule_set_of(session, evaluation)
    evaluation = _normalised(evaluation, plan, rule_set)
    proposal = proposal_for(session, evaluation, plan, rule_set)
    evaluation = evaluation.with_changes(
        score=proposal.score if proposal else None,
        proposed=proposal.code if proposal else None,
        explanation=proposal.reasons if proposal else _no_proposal(session, evaluation),
    )
    values = evaluation_repo.evaluation_values(evaluation)
    with db.atomic():
        if created:
            evaluation_id = records.insert(db, editor, "evaluations", values)
        else:
            assert evaluation.id is not None
            evaluation_id = evaluation.id
            stored = get_evaluation_by_id(session, evaluation_id)
            rules.ensure_editable(stored)
            content = {k: v for k, v in values.items() if k not in _LIFE_CYCLE}
            if not _party_member(session, evaluation) or evaluation.exempt_reason:
                content["classification"] = None
            else:
                content["classification"] = values["classification"]
            records.update(db, editor, "evaluations", evaluation_id, content)
        _write_details(session, evaluation_id, evaluation, plan)
    return get_evaluation_by_id(session, evaluation_id)


def _normalised(evaluation: Evaluation, plan: Plan | None, rule_set: RuleSet) -> Evaluation:
    problems: dict[str, str] = {}
    points = evaluation.general_points
    top = rule_set.definition.general_max
    if points is not None and rule_set.definition.points and not 0 <= points <= top:
        problems["general_points"] = f"Điểm tiêu chí chung phải từ 0 đến {top:g}."
    codes = {b.code for b in rule_set.definition.bands}
    for key in ("classification", "self_classification"):
        value = getattr(evaluation, key)
        if value is not None and value not in codes:
            problems[key] = f"Mức xếp loại “{value}” không có trong {rule_set.name}."
    own = {t.id for t in plan.tasks} if plan else set()
    if any(t.task_id not in own for t in evaluation.tasks):
        problems["tasks"] = "Có nhiệm vụ không thuộc kế hoạch này; hãy tải lại kế hoạch."
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
        tasks=tasks,
        remedied=tuple(evaluation.remedied[:remedies]),
        rule_set_id=rule_set.id,
    )


def _write_details(
    session: Session, evaluation_id: int, evaluation: Evaluation, plan: Plan | None
) -> None:
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


def _party_member(session: Session, evaluation: Evaluation) -> bool:
    """A party member in the evaluation's year (as of its deadline)."""
    kind = year_kind(session, evaluation.person_id, evaluation.year)
    return kind is not None and kind != Kind.NON_PARTY


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
    return propose(rule_set.definition, rules.facts(evaluation, tasks, remedies))


def _no_proposal(session: Session, evaluation: Evaluation) -> tuple[str, ...]:
    if evaluation.exempt_reason:
        return (f"Không đánh giá, xếp loại: {evaluation.exempt_reason}.",)
    return (f"{NOT_PARTY}.",)


# Life cycle -----------------------------------------------------------------------------


def finish(
    session: Session,
    evaluation_id: int,
    classification: str | None = None,
    on: str | None = None,
) -> Evaluation:
    """Set the final classification (default: the one typed, else the proposal) and lock.

    Exempt people and non-party staff are finished without a classification."""
    day = parse_day(session, on)
    evaluation = get_evaluation_by_id(session, evaluation_id)
    final = classification or evaluation.classification or evaluation.proposed
    if evaluation.exempt_reason or not _party_member(session, evaluation):
        final = None
    elif final is None:
        raise ChiboError("Cần chọn mức xếp loại trước khi chốt đánh giá.")
    else:
        rule_set = _rule_set_of(session, evaluation)
        if final not in {b.code for b in rule_set.definition.bands}:
            raise ValidationError(
                {"classification": f"Mức xếp loại “{final}” không có trong {rule_set.name}."}
            )
    changed, event = rules.finish(evaluation, final, day, session.user)
    return _step(session, changed, event)


def finish_all(session: Session, year: int, on: str | None = None) -> int:
    """Lock every open evaluation of the year with its typed or proposed classification,
    all or nothing; returns how many were locked."""
    count = 0
    with session.db.atomic():
        for evaluation in evaluation_repo.evaluations_of_year(session.db, year).values():
            if evaluation.status == EvaluationStatus.OPEN and evaluation.id is not None:
                finish(session, evaluation.id, on=on)
                count += 1
    return count


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
    return get_evaluation_by_id(session, changed.id)


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
        raise ValidationError({"on": str(error)}) from None
    if value is None or len(value) != 10:
        raise ValidationError({"on": "Cần ghi đủ ngày/tháng/năm."})
    return value
