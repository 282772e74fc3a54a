"""The mid-year review and the year-end evaluation of a personal plan, as pure data.

Mid-year (sơ kết 6 tháng): per task a progress and a note, a comment on the plan.
Year-end: per task a result (exceeded / done / partly / not done), on time or not, and
evidence; per section 1 remedy remedied or not; the person's self-assessment and the
cell's; the general points; then the rule set's proposal and the secretary's final
classification. An evaluated record is locked; reopening it needs a reason.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from chibo_app.core.dates import earliest
from chibo_app.core.people import Kind, PersonFact, Status, kind_at
from chibo_app.core.plan_due import last_day
from chibo_app.core.plans import PlanTask, StepRefused
from chibo_app.core.rules import Facts
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
EXEMPT_NEW = "Kết nạp chưa đủ 6 tháng"
EXEMPT_STATUS = "Được miễn công tác và sinh hoạt đảng"
NOT_PARTY = "Quần chúng: đánh giá kế hoạch, không xếp loại đảng viên"
LOCKED_MESSAGE = (
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


@dataclass(frozen=True)
class Evaluation:
    person_id: int
    year: int
    status: EvaluationStatus = EvaluationStatus.OPEN
    self_assessment: str = ""
    self_classification: str | None = None
    cell_assessment: str = ""
    general_points: float | None = None
    score: float | None = None
    proposed: str | None = None
    explanation: tuple[str, ...] = ()
    classification: str | None = None  # the final one, set by the secretary
    exempt_reason: str | None = None
    rule_set_id: int | None = None
    evaluated_on: str | None = None
    evaluated_by: str | None = None
    notes: str = ""
    tasks: tuple[TaskResult, ...] = ()
    remedied: tuple[bool, ...] = ()  # per remedy of the plan's section 1, in order
    id: int | None = None

    @property
    def is_locked(self) -> bool:
        return self.status == EvaluationStatus.EVALUATED

    def with_changes(self, **changes: object) -> Evaluation:
        return replace(self, **changes)  # type: ignore[arg-type]


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
    reasons: list[str] = field(default_factory=list)
    notes: str = ""

    @property
    def party_member(self) -> bool:
        """A party member in the year: classified unless exempt."""
        return self.kind != Kind.NON_PARTY


def facts(evaluation: Evaluation, tasks: tuple[PlanTask, ...], remedies: int) -> Facts:
    """The engine's view of an evaluation of a plan with these tasks and remedies."""
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
    return Facts(evaluation.general_points, tuple(results), tuple(on_time), remedied)


def exemption_hint(person: PersonFact, day: dt.date) -> str | None:
    """Why a person is not evaluated in a year, if a rule says so, as of `day` (the
    year's evaluation deadline): exempted from party activities by then (an undated
    exemption counts), or admitted less than six months before it. Someone admitted
    after `day` was not a party member that year (kind_at): no exemption applies."""
    if kind_at(person, day) == Kind.NON_PARTY:
        return None
    if person.status == Status.EXEMPTED and (
        not person.status_date or earliest(person.status_date) <= day
    ):
        return EXEMPT_STATUS
    admitted_on = person.admitted_on
    if admitted_on and len(admitted_on) == 10:
        admitted = dt.date.fromisoformat(admitted_on)
        months_later = _add_months(admitted, 6)
        if months_later > day:
            return EXEMPT_NEW
    return None


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


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
        raise StepRefused("Cần ghi lý do mở lại đánh giá đã chốt.")
    if not evaluation.is_locked:
        raise StepRefused("Chỉ mở lại được đánh giá đã chốt.")
    changed = evaluation.with_changes(
        status=EvaluationStatus.OPEN, evaluated_on=None, evaluated_by=None
    )
    return changed, EvaluationEvent(EvaluationStep.REOPENED, on, who, reason)
