"""The mid-year review and the year-end evaluation of a personal plan, as pure data.

Mid-year (sơ kết 6 tháng): per task a progress and a note, a comment on the plan.
Year-end: per task a result (exceeded / done / partly / not done), on time or not, and
evidence; per section 1 remedy remedied or not; the person's self-assessment and the
cell's; the general points; then the rule set's proposal and the secretary's final
classification. An evaluated record is locked; reopening it needs a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from chibo_app.core import frozen
from chibo_app.core.messages import Message, msg
from chibo_app.core.people import Kind, PersonFact
from chibo_app.core.person_events import PersonEvent
from chibo_app.core.plan_due import last_day
from chibo_app.core.plans import PlanTask, StepRefused
from chibo_app.core.rule_engine import Facts, UnitFacts
from chibo_app.core.rules import STAFF
from chibo_app.core.standing import (  # noqa: F401 - the exempt reasons, named here too
    EXEMPT_NEW,
    EXEMPT_STATUS,
    EXEMPT_SUSPENDED,
    Standing,
    exemption,
)
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError


class Progress(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Result(StrEnum):
    EXCEEDED = "exceeded"
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"


class EvaluationStatus(StrEnum):
    NOT_STARTED = "not_started"  # no row yet; never stored
    OPEN = "open"
    EVALUATED = "evaluated"


class EvaluationStep(StrEnum):
    EVALUATED = "evaluated"
    REOPENED = "reopened"


PROGRESS_LABELS = {
    Progress.NOT_STARTED: "Chưa thực hiện",
    Progress.IN_PROGRESS: "Đang thực hiện",
    Progress.DONE: "Đã hoàn thành",
}
RESULT_LABELS = {
    Result.EXCEEDED: "Vượt mức",
    Result.DONE: "Hoàn thành",
    Result.PARTLY: "Hoàn thành một phần",
    Result.NOT_DONE: "Chưa hoàn thành",
}
STATUS_LABELS = {
    EvaluationStatus.NOT_STARTED: "Chưa đánh giá",
    EvaluationStatus.OPEN: "Đang đánh giá",
    EvaluationStatus.EVALUATED: "Đã đánh giá",
}
STEP_LABELS = {
    EvaluationStep.EVALUATED: "Chi bộ đánh giá, xếp loại",
    EvaluationStep.REOPENED: "Mở lại đánh giá",
}
NOT_PARTY = "Quần chúng: đánh giá kế hoạch, không xếp loại đảng viên"
LOCKED_MESSAGE = msg(
    "Đánh giá cuối năm đã chốt nên không sửa được. Muốn sửa, hãy “Mở lại đánh giá” (cần ghi lý do)."
)


class EvaluationLocked(ChiboError):
    """An edit of an evaluated (locked) year-end evaluation."""


@dataclass(frozen=True)
class TaskReview:
    task_id: int
    progress: Progress = Progress.NOT_STARTED
    note: str = ""


@dataclass(frozen=True)
class MidyearReview:
    plan_id: int
    comment: str = ""
    reviewed_on: str | None = None
    reviewed_by: str | None = None
    tasks: tuple[TaskReview, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class TaskResult:
    task_id: int
    result: Result | None = None
    on_time: bool = True
    evidence: str = ""


@frozen.plain
@dataclass(frozen=True)
class Evaluation:
    """One person's year-end evaluation, in the three steps of 366 Điều 12:

    1. self-assessment: `self_assessment`, `self_general_points`, `self_task_points`,
       `self_classification` (the member's own points and level);
    2. the chi bộ's review and proposal: the results per task and remedy, the general
       points (and the task points when entered with their source), the criteria
       `frame`, the units' results for a leader, the engine's `proposed` level with its
       `explanation`, and the level the chi bộ proposes (`cell_level`) with the vote of
       the meeting that decided it (`vote_meeting_id`, `votes_for`, `votes_against`,
       `voters`); "Chốt" locks this step;
    3. the decision of the competent level: `decided_level`, `decided_by`,
       `decision_number`, `decision_date`.

    `classification` is the final one: the decision when recorded, else the chi bộ's
    proposal. `proposal_changed`: a recomputation (new rules) changed `proposed` from
    `proposed_before` after the chi bộ had proposed a level; shown until next saved.
    """

    person_id: int
    year: int
    status: EvaluationStatus = EvaluationStatus.OPEN
    self_assessment: str = ""
    self_classification: str | None = None
    cell_assessment: str = ""
    general_points: float | None = None
    score: float | None = None
    proposed: str | None = None
    # The engine's reasons (Messages); a sentence stored before they were is a string.
    explanation: tuple[Message | str, ...] = ()
    classification: str | None = None  # the final one (decided, else the chi bộ's)
    exempt_reason: str | None = None
    rule_set_id: int | None = None
    evaluated_on: str | None = None
    evaluated_by: str | None = None
    notes: str = ""
    tasks: tuple[TaskResult, ...] = ()
    remedied: tuple[bool, ...] = ()  # per remedy of the plan's section 1, in order
    id: int | None = None
    frame: str | None = None
    task_points: float | None = None  # entered by the chi bộ (None: from the plan)
    task_points_source: str = ""
    unit_done_share: float | None = None  # 0–1, for leaders (366 Điều 11 k1.1…k4.1)
    unit_exceeded_share: float | None = None
    unit_on_time_share: float | None = None
    self_general_points: float | None = None
    self_task_points: float | None = None
    cell_level: str | None = None
    vote_meeting_id: int | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    voters: int | None = None
    decided_level: str | None = None
    decided_by: str = ""
    decision_number: str = ""
    decision_date: str | None = None
    proposed_before: str | None = None
    proposal_changed: bool = False

    @property
    def is_locked(self) -> bool:
        return self.status == EvaluationStatus.EVALUATED

    @property
    def final(self) -> str | None:
        """The decision when recorded, else the chi bộ's proposal."""
        return self.decided_level or self.cell_level

    @property
    def self_score(self) -> float | None:
        parts = (self.self_general_points, self.self_task_points)
        if all(p is None for p in parts):
            return None
        return round(sum(p or 0.0 for p in parts), 2)

    def with_changes(self, **changes: object) -> Evaluation:
        return frozen.with_changes(self, changes)


@dataclass(frozen=True)
class EvaluationEvent:
    step: EvaluationStep
    on: str
    who: str
    reason: str | None = None
    id: int | None = None


@dataclass
class EvaluationRowView:
    """One line of the year's evaluation list."""

    person_id: int
    full_name: str
    unit: str | None
    party_position: str  # Bí thư, Chi ủy viên…; "" for none (party status is no position)
    government_position: str
    kind: Kind  # as of the year's evaluation deadline
    plan_id: int | None
    evaluation_id: int | None
    status: EvaluationStatus
    score: float | None
    proposed: str | None
    proposed_label: str
    final: str | None
    final_label: str
    exempt_reason: str | None
    self_classification: str | None = None
    reasons: list[Message | str] = field(default_factory=list)
    notes: str = ""
    frame: str = STAFF
    self_score: float | None = None
    cell_level: str | None = None
    cell_level_label: str = ""
    vote: tuple[int, int, int] | None = None  # (for, against, voters)
    vote_meeting_id: int | None = None
    decided_level: str | None = None
    decided_level_label: str = ""
    decided_by: str = ""
    proposal_changed: bool = False
    proposed_before_label: str = ""
    decided: bool = False  # `final` is the competent level's decision
    self_label: str = ""

    @property
    def party_member(self) -> bool:
        """A party member in the year: classified unless exempt."""
        return self.kind != Kind.NON_PARTY


def facts(
    evaluation: Evaluation,
    tasks: tuple[PlanTask, ...],
    remedies: int,
    standing: Standing | None = None,
) -> Facts:
    """The engine's view of an evaluation of a plan with these tasks and remedies, and
    of the person's standing in the year (discipline, conclusions, notes)."""
    by_task = {t.task_id: t for t in evaluation.tasks}
    results = []
    on_time = []
    for task in tasks:
        found = by_task.get(task.id or -1)
        results.append(str(found.result) if found and found.result else None)
        on_time.append(found.on_time if found else True)
    remedied = tuple(
        evaluation.remedied[i] if i < len(evaluation.remedied) else False for i in range(remedies)
    )
    standing = standing or Standing()
    unit = UnitFacts(
        evaluation.unit_done_share, evaluation.unit_exceeded_share, evaluation.unit_on_time_share
    )
    return Facts(
        evaluation.general_points,
        tuple(results),
        tuple(on_time),
        remedied,
        frame=evaluation.frame or STAFF,
        task_points=evaluation.task_points,
        task_points_source=evaluation.task_points_source,
        discipline=standing.discipline,
        conclusions=standing.conclusions,
        unit=unit,
        exempt_reason=evaluation.exempt_reason,
        blockers=standing.blockers,
        notes=standing.notes,
    )


def exemption_hint(
    person: PersonFact, day: dt.date, events: tuple[PersonEvent, ...] = ()
) -> str | None:
    """Why a person is not evaluated in a year, if a rule says so, as of `day` (the
    year's evaluation deadline): 366 Điều 5 k2.1 (core.standing.exemption)."""
    return exemption(person, events, day)


def behind(tasks: tuple[PlanTask, ...], reviews: dict[int, Progress], midyear: dt.date) -> int:
    """How many tasks due by mid-year (their last day ≤ `midyear`) are not done."""
    return late_count(((t.due, reviews.get(t.id or -1)) for t in tasks), midyear)


def late_count(tasks: Iterable[tuple[str | None, Progress | None]], midyear: dt.date) -> int:
    """How many (due, progress) pairs are due by mid-year and not done."""
    count = 0
    for due, progress in tasks:
        end = last_day(due)
        if end is not None and end <= midyear and progress != Progress.DONE:
            count += 1
    return count


# Life cycle -----------------------------------------------------------------------------


def ensure_editable(evaluation: Evaluation) -> None:
    if evaluation.is_locked:
        raise EvaluationLocked(LOCKED_MESSAGE)


def finish(
    evaluation: Evaluation, classification: str | None, on: str, who: str
) -> tuple[Evaluation, EvaluationEvent]:
    """The cell's final classification is set and the evaluation locked. Exempt people
    and non-party staff are finished with no classification."""
    ensure_editable(evaluation)
    changed = evaluation.with_changes(
        status=EvaluationStatus.EVALUATED,
        classification=classification,
        evaluated_on=on,
        evaluated_by=who,
    )
    return changed, EvaluationEvent(EvaluationStep.EVALUATED, on, who)


def reopen(
    evaluation: Evaluation, on: str, who: str, reason: str
) -> tuple[Evaluation, EvaluationEvent]:
    reason = clean(reason)
    if not reason:
        raise StepRefused(msg("Cần ghi lý do mở lại đánh giá đã chốt."))
    if not evaluation.is_locked:
        raise StepRefused(msg("Chỉ mở lại được đánh giá đã chốt."))
    changed = evaluation.with_changes(
        status=EvaluationStatus.OPEN, evaluated_on=None, evaluated_by=None
    )
    return changed, EvaluationEvent(EvaluationStep.REOPENED, on, who, reason)
