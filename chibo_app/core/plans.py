"""The personal plan (seed 003's form) and its life cycle, as pure data and functions.

not started → draft → submitted → (returned, with a reason → submitted) → confirmed.
A confirmed plan is locked; reopening it needs a reason. Every step makes a PlanEvent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from chibo_app.core import frozen
from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.plan_due import shift_year
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError


class PlanStatus(StrEnum):
    NOT_STARTED = "not_started"  # no plan row yet; never stored
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    CONFIRMED = "confirmed"


class Step(StrEnum):
    CREATED = "created"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    CONFIRMED = "confirmed"
    REOPENED = "reopened"


class Source(StrEnum):
    BLANK = "blank"
    LAST_YEAR = "last_year"
    PAPER = "paper"


STATUS_LABELS = {
    PlanStatus.NOT_STARTED: "Chưa xây dựng",
    PlanStatus.DRAFT: "Đang soạn",
    PlanStatus.SUBMITTED: "Đã nộp",
    PlanStatus.RETURNED: "Trả lại để chỉnh sửa",
    PlanStatus.CONFIRMED: "Đã xác nhận",
}
STEP_LABELS = {
    Step.CREATED: "Tạo kế hoạch",
    Step.SUBMITTED: "Nộp",
    Step.RETURNED: "Trả lại để chỉnh sửa",
    Step.CONFIRMED: "Chi bộ xác nhận",
    Step.REOPENED: "Mở lại",
}
SOURCE_LABELS = {
    Source.BLANK: "mẫu trống",
    Source.LAST_YEAR: "sao từ kế hoạch năm trước",
    Source.PAPER: "nhập từ bản giấy",
}
LOCKED_MESSAGE = msg(
    "Kế hoạch đã được chi bộ xác nhận nên không sửa được. "
    "Muốn sửa, hãy “Mở lại” kế hoạch (cần ghi lý do)."
)


class PlanLocked(ChiboError):
    """An edit of a confirmed plan."""


class StepRefused(ChiboError):
    """A life-cycle step that does not apply to the plan's current status."""


@dataclass(frozen=True)
class PlanTask:
    text: str
    target: str = ""  # chỉ tiêu, sản phẩm, kết quả
    due: str | None = None  # see core.plan_due
    id: int | None = None


@frozen.plain
@dataclass(frozen=True)
class Plan:
    person_id: int
    year: int
    remedies: tuple[str, ...] = ()  # section 1, one item per entry
    tasks: tuple[PlanTask, ...] = ()  # section 2, in order (numbered 1, 2, …)
    commitments: tuple[str, ...] = ()  # section 3, optional
    status: PlanStatus = PlanStatus.DRAFT
    source: Source = Source.BLANK
    submitted_on: str | None = None
    returned_on: str | None = None
    return_reason: str | None = None
    confirmed_on: str | None = None
    confirmed_by: str | None = None
    id: int | None = None

    @property
    def is_locked(self) -> bool:
        return self.status == PlanStatus.CONFIRMED

    def with_changes(self, **changes: object) -> Plan:
        return frozen.with_changes(self, changes)

    def items(self) -> list[str]:
        """Every piece of text of the plan, one per item (for checks and comparison)."""
        tasks = [f"{t.text} {t.target}".strip() for t in self.tasks]  # stored text is clean
        return [i for i in (*self.remedies, *tasks, *self.commitments) if i]


@dataclass(frozen=True)
class PlanEvent:
    step: Step
    on: str  # ISO date of the step (may differ from the day it was typed)
    who: str
    reason: str | None = None
    id: int | None = None


@dataclass
class PlanRowView:
    """One line of the plans list: a person of the year and where their plan stands."""

    person_id: int
    full_name: str
    unit: str | None
    plan_id: int | None
    status: PlanStatus
    submitted_on: str | None
    confirmed_on: str | None
    tasks: int = 0
    checks: int = 0
    check_messages: list[Message] = field(default_factory=list)
    similar_to: str | None = None  # a name, with "(năm trước)" for last year's own plan
    similar_score: float | None = None
    overdue: bool = False


_BULLET = re.compile(r"^\s*(?:[-–—•*+]|\d{1,2}[.)]|[a-zđ][.)])\s+", re.IGNORECASE)


def split_items(text: str | None) -> tuple[str, ...]:
    """Lines typed into a section → its items: bullets and numbers dropped, blanks skipped."""
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return tuple(item for item in (clean(_BULLET.sub("", line)) for line in lines) if item)


def join_items(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def normalise(plan: Plan) -> Plan:
    """Stored form: NFC and single spaces everywhere, empty tasks and items dropped."""
    tasks = tuple(
        PlanTask(clean(t.text), clean(t.target), t.due or None, t.id)
        for t in plan.tasks
        if clean(t.text) or clean(t.target)
    )
    return plan.with_changes(
        remedies=tuple(i for i in map(clean, plan.remedies) if i),
        tasks=tasks,
        commitments=tuple(i for i in map(clean, plan.commitments) if i),
    )


def move_task(tasks: tuple[PlanTask, ...], index: int, offset: int) -> tuple[PlanTask, ...]:
    """Move one task up (-1) or down (+1); numbering follows the order."""
    target = index + offset
    if not (0 <= index < len(tasks) and 0 <= target < len(tasks)):
        return tasks
    items = list(tasks)
    items[index], items[target] = items[target], items[index]
    return tuple(items)


def blank_plan(person_id: int, year: int, source: Source = Source.BLANK) -> Plan:
    return Plan(person_id=person_id, year=year, source=source)


def copy_from(previous: Plan, year: int) -> Plan:
    """A new draft for `year` with last year's text (remedies, tasks, commitments).

    Due dates move to the new year; the copy is flagged as similar until edited.
    """
    tasks = tuple(
        PlanTask(t.text, t.target, shift_year(t.due, year - previous.year)) for t in previous.tasks
    )
    return Plan(
        person_id=previous.person_id,
        year=year,
        remedies=previous.remedies,
        tasks=tasks,
        commitments=previous.commitments,
        source=Source.LAST_YEAR,
    )


# Life cycle -------------------------------------------------------------------


def ensure_editable(plan: Plan) -> None:
    if plan.is_locked:
        raise PlanLocked(LOCKED_MESSAGE)


def submit(plan: Plan, on: str, who: str) -> tuple[Plan, PlanEvent]:
    if plan.status not in (PlanStatus.DRAFT, PlanStatus.RETURNED):
        raise StepRefused(_refusal("nộp", plan.status))
    changed = plan.with_changes(status=PlanStatus.SUBMITTED, submitted_on=on)
    return changed, PlanEvent(Step.SUBMITTED, on, who)


def return_for_revision(plan: Plan, on: str, who: str, reason: str) -> tuple[Plan, PlanEvent]:
    reason = _required_reason(reason, msg("Cần ghi lý do trả lại (ví dụ: chỉ tiêu chưa cụ thể)."))
    if plan.status != PlanStatus.SUBMITTED:
        raise StepRefused(_refusal("trả lại", plan.status))
    changed = plan.with_changes(status=PlanStatus.RETURNED, returned_on=on, return_reason=reason)
    return changed, PlanEvent(Step.RETURNED, on, who, reason)


def confirm(plan: Plan, on: str, by: str) -> tuple[Plan, PlanEvent]:
    if plan.status != PlanStatus.SUBMITTED:
        raise StepRefused(_refusal("xác nhận", plan.status))
    if plan.submitted_on and on < plan.submitted_on:
        raise StepRefused(msg("Ngày xác nhận không thể trước ngày nộp."))
    by = clean(by)
    if not by:
        raise StepRefused(msg("Cần ghi người xác nhận."))
    changed = plan.with_changes(status=PlanStatus.CONFIRMED, confirmed_on=on, confirmed_by=by)
    return changed, PlanEvent(Step.CONFIRMED, on, by)


def reopen(plan: Plan, on: str, who: str, reason: str) -> tuple[Plan, PlanEvent]:
    """A confirmed plan becomes editable again (status submitted); the reason is kept."""
    reason = _required_reason(reason, msg("Cần ghi lý do mở lại kế hoạch đã xác nhận."))
    if plan.status != PlanStatus.CONFIRMED:
        raise StepRefused(msg("Chỉ mở lại được kế hoạch đã được chi bộ xác nhận."))
    changed = plan.with_changes(status=PlanStatus.SUBMITTED, confirmed_on=None, confirmed_by=None)
    return changed, PlanEvent(Step.REOPENED, on, who, reason)


def _required_reason(reason: str | None, message: Message) -> str:
    reason = clean(reason)
    if not reason:
        raise StepRefused(message)
    return reason


def _refusal(action: str, status: PlanStatus) -> Message:
    return msg(
        "Không thể {action} kế hoạch đang ở trạng thái “{status}”.",
        action=Label(action),
        status=Label(STATUS_LABELS[status]),
    )
