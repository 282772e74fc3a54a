"""The year report's figures from plain facts (rows as storage reads them), cut at the
period's end: a plan's status is replayed from its dated steps, a person's kind from
their admission and full-membership dates, and nothing dated after the end counts.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from chibo_app.core.dates import earliest
from chibo_app.core.evaluation import Progress, behind
from chibo_app.core.meetings import (
    Topic,
    planned_quarter,
    planned_text,
    quarters_without_thematic,
)
from chibo_app.core.nominations import KIND_ORDER
from chibo_app.core.people import Kind, PersonFact, in_cell, kind_at
from chibo_app.core.plans import PlanStatus, PlanTask
from chibo_app.core.year_report import (
    ClassificationFigures,
    CommendationLine,
    FieldLine,
    Level,
    MeetingFigures,
    MidyearFigures,
    MonthFigures,
    NominationFigures,
    PeopleFigures,
    Period,
    PeriodKind,
    PlanCounts,
    PlanFigures,
    TaskFigures,
    TaskSource,
    TopicLine,
)


class PlanFact(NamedTuple):
    id: int
    person_id: int
    status: str  # today's
    submitted_on: str | None
    confirmed_on: str | None
    steps: tuple[tuple[str, str], ...]  # (step, ISO date) in the order they were taken


class TaskFact(NamedTuple):
    plan_id: int
    task_id: int
    due: str | None
    progress: str | None  # mid-year
    result: str | None  # year-end


class EvaluationFact(NamedTuple):
    status: str
    classification: str | None
    exempt_reason: str | None
    evaluated_on: str | None


class NominationFact(NamedTuple):
    kind: str
    field: str
    status: str
    registered_on: str | None
    commended_on: str | None
    proposed_on: str | None
    award_form: str | None
    decision_date: str | None


class MeetingFact(NamedTuple):
    held_on: str
    kind: str
    present: int
    excused: int
    absent: int


_STEP_STATUS = {
    "created": PlanStatus.DRAFT,
    "submitted": PlanStatus.SUBMITTED,
    "returned": PlanStatus.RETURNED,
    "confirmed": PlanStatus.CONFIRMED,
    "reopened": PlanStatus.SUBMITTED,
}


def _on_or_before(iso: str | None, day: dt.date) -> bool:
    return bool(iso) and earliest(iso or "") <= day


def people_figures(people: Iterable[PersonFact], period: Period) -> PeopleFigures:
    end = period.end
    kinds: Counter[Kind] = Counter()
    left: Counter[str] = Counter()
    exempted = 0
    for person in people:
        if not in_cell(person, end):
            if person.status_date and earliest(person.status_date) >= period.start:
                left[_departure(person)] += 1
            continue
        kinds[kind_at(person, end)] += 1
        exempted += person.status == "exempted" and (
            not person.status_date or _on_or_before(person.status_date, end)
        )
    return PeopleFigures(
        tuple((kind, kinds[kind]) for kind in Kind),
        exempted,
        moved=left["moved"],
        changed_jobs=left["changed_jobs"],
        deceased=left["deceased"],
        non_party_deceased=left["non_party_deceased"],
    )


def _departure(person: PersonFact) -> str:
    """How a person left, by their kind on the day: a party member 'moved' their party
    activities or is 'deceased'; a non-party colleague 'changed_jobs' or is
    'non_party_deceased' (a quần chúng never "chuyển sinh hoạt đảng")."""
    day = earliest(person.status_date or "")
    party = kind_at(person, day) != Kind.NON_PARTY
    if person.status == "deceased":
        return "deceased" if party else "non_party_deceased"
    return "moved" if party else "changed_jobs"


def status_at(plan: PlanFact, day: dt.date) -> PlanStatus | None:
    """The plan's status on `day` (None: not started yet), replayed from its steps; a
    plan without recorded steps goes by its dates."""
    if plan.steps:
        taken = [step for step, on in plan.steps if _on_or_before(on, day)]
        return _STEP_STATUS.get(taken[-1], PlanStatus.DRAFT) if taken else None
    if plan.status == PlanStatus.CONFIRMED and _on_or_before(plan.confirmed_on, day):
        return PlanStatus.CONFIRMED
    if _on_or_before(plan.submitted_on, day):
        return PlanStatus.SUBMITTED
    return None if plan.submitted_on else PlanStatus.DRAFT


def first_submitted(plan: PlanFact) -> str | None:
    days = [on for step, on in plan.steps if step == "submitted" and on]
    return min(days) if days else plan.submitted_on


def plan_figures(
    plans: Sequence[PlanFact],
    people: Sequence[PersonFact],
    period: Period,
    deadline: dt.date | None,
) -> tuple[PlanFigures, set[int]]:
    """The plan figures and the ids of the plans confirmed at the end."""
    end = period.end
    made, on_time, confirmed, returned, drafting = set(), set(), set(), set(), 0
    confirmed_people: set[int] = set()
    for plan in plans:
        status = status_at(plan, end)
        submitted = first_submitted(plan)
        if submitted and _on_or_before(submitted, end):
            made.add(plan.person_id)
            if deadline is None or earliest(submitted) <= deadline:
                on_time.add(plan.person_id)
        elif status is not None:
            drafting += 1
        if status == PlanStatus.CONFIRMED:
            confirmed.add(plan.id)
            confirmed_people.add(plan.person_id)
        if status == PlanStatus.RETURNED:
            returned.add(plan.person_id)
    # Who had to make one: everyone active at the end (not exempted), and anyone who
    # left since but had submitted a plan.
    due = {
        p.id
        for p in people
        if in_cell(p, end) and not (p.status == "exempted" and _on_or_before(p.status_date, end))
    }
    # Đảng viên counted apart: a member on the period's last day (one who left by then, on
    # the day they left).
    party = {p.id for p in people if kind_at(p, _last_day_in_cell(p, end)) != Kind.NON_PARTY}
    figures = PlanFigures(
        people=len(due | made),
        made=len(made),
        confirmed=len(confirmed),
        on_time=len(on_time),
        returned=len(returned),
        drafting=drafting,
        deadline=deadline,
        party=PlanCounts(
            people=len((due | made) & party),
            made=len(made & party),
            on_time=len(on_time & party),
            confirmed=len(confirmed_people & party),
            returned=len(returned & party),
        ),
    )
    return figures, confirmed


def _last_day_in_cell(person: PersonFact, end: dt.date) -> dt.date:
    if in_cell(person, end) or not person.status_date:
        return end
    return earliest(person.status_date)


def review_cutoff(period: Period, midyear_to: dt.date) -> dt.date:
    """The last day a mid-year review counts: the period's end; for the 6-month report
    also a review held after 30/6 within the year's review window (it reviews the
    first half of the year)."""
    if period.kind == PeriodKind.HALF:
        return max(period.end, midyear_to)
    return period.end


def reviewed_plans(reviews: dict[int, str | None], confirmed: set[int], until: dt.date) -> set[int]:
    """Plans confirmed at the end and reviewed by `until` (an undated review counts)."""
    return {
        plan_id
        for plan_id, on in reviews.items()
        if plan_id in confirmed and (on is None or _on_or_before(on, until))
    }


def midyear_figures(
    tasks: Sequence[TaskFact],
    reviewed: set[int],
    confirmed: set[int],
    midyear_to: dt.date,
) -> MidyearFigures:
    """The progress of the reviewed plans' tasks, over the plans confirmed at the end;
    who is behind on the tasks due by `midyear_to`."""
    by_plan = _tasks_by_plan(tasks, reviewed)
    progress = Counter(
        Progress(t.progress or Progress.NOT_STARTED) for ts in by_plan.values() for t in ts
    )
    late = 0
    for found in by_plan.values():
        states = {t.task_id: Progress(t.progress or Progress.NOT_STARTED) for t in found}
        plan_tasks = tuple(PlanTask("", "", t.due, t.task_id) for t in found)
        late += behind(plan_tasks, states, midyear_to) > 0
    return MidyearFigures(
        plans=len(confirmed),
        reviewed=len(reviewed),
        tasks=sum(progress.values()),
        done=progress[Progress.DONE],
        in_progress=progress[Progress.IN_PROGRESS],
        not_started=progress[Progress.NOT_STARTED],
        behind=late,
    )


def task_figures(
    tasks: Sequence[TaskFact], confirmed: set[int], reviewed: set[int], period: Period
) -> TaskFigures:
    """Year-end results when the period ends on 31/12, else mid-year progress."""
    found = [t for t in tasks if t.plan_id in confirmed]
    if period.to_year_end:
        results = Counter(t.result for t in found)
        return TaskFigures(
            source=TaskSource.EVALUATION,
            total=len(found),
            completed=results["done"] + results["exceeded"],
            exceeded=results["exceeded"],
            partly=results["partly"],
            not_done=results["not_done"],
            not_assessed=results[None],
        )
    assessed = [t for t in found if t.plan_id in reviewed]
    progress = Counter(t.progress or Progress.NOT_STARTED for t in assessed)
    return TaskFigures(
        source=TaskSource.MIDYEAR,
        total=len(found),
        completed=progress[Progress.DONE],
        exceeded=None,
        partly=progress[Progress.IN_PROGRESS],
        not_done=progress[Progress.NOT_STARTED],
        not_assessed=len(found) - len(assessed),
    )


def _tasks_by_plan(tasks: Sequence[TaskFact], plans: set[int]) -> dict[int, list[TaskFact]]:
    found: dict[int, list[TaskFact]] = {plan_id: [] for plan_id in plans}
    for task in tasks:
        if task.plan_id in plans:
            found[task.plan_id].append(task)
    return found


def classification_figures(
    evaluations: Iterable[EvaluationFact],
    bands: Sequence[tuple[str, str]],
    rule_set: str,
    period: Period,
    labels: dict[str, str] | None = None,
) -> ClassificationFigures:
    """Finished evaluations dated by the end; levels in the rule set's order."""
    counts: Counter[str] = Counter()
    evaluated = exempt = 0
    for item in evaluations:
        if item.status != "evaluated" or (
            item.evaluated_on and not _on_or_before(item.evaluated_on, period.end)
        ):
            continue
        evaluated += 1
        if item.classification:
            counts[item.classification] += 1
        elif item.exempt_reason:
            exempt += 1
    known = [code for code, _label in bands]
    levels = [Level(code, label, counts[code]) for code, label in bands]
    levels += [
        Level(code, (labels or {}).get(code, code), counts[code])
        for code in sorted(counts)
        if code not in known
    ]
    return ClassificationFigures(rule_set, tuple(levels), evaluated, exempt)


def nomination_figures(
    nominations: Iterable[NominationFact], fields: Sequence[str], period: Period
) -> NominationFigures:
    """Registered by the end, by kind and field; commendations, proposals and awards dated
    by the end. Fields in the given order, then any other field found."""
    end = period.end
    kinds: Counter[str] = Counter()
    by_field: dict[str, Counter[str]] = defaultdict(Counter)
    commended = proposed = awarded = 0
    awards: Counter[str] = Counter()
    for item in nominations:
        if item.registered_on and not _on_or_before(item.registered_on, end):
            continue
        kinds[item.kind] += 1
        by_field[item.field or "Khác"][item.kind] += 1
        commended += _on_or_before(item.commended_on, end)
        proposed += _on_or_before(item.proposed_on, end)
        decided = item.decision_date or item.proposed_on
        if item.status == "awarded" and (not decided or _on_or_before(decided, end)):
            awarded += 1
            awards[item.award_form or "Khác"] += 1
    order = [f for f in fields if f in by_field] + sorted(f for f in by_field if f not in fields)
    return NominationFigures(
        by_kind=_kind_counts(kinds),
        by_field=tuple(FieldLine(f, _kind_counts(by_field[f])) for f in order),
        commended=commended,
        proposed=proposed,
        awarded=awarded,
        awards=tuple(sorted(awards.items(), key=lambda item: (-item[1], item[0]))),
    )


def _kind_counts(counts: Counter[str]) -> tuple[int, int, int]:
    a, b, c = (counts[str(kind)] for kind in KIND_ORDER)
    return a, b, c


def meeting_figures(
    meetings: Iterable[MeetingFact], period: Period, as_of: dt.date
) -> MeetingFigures:
    """Meetings held by the end, month by month over the months of the period begun; a
    meeting dated after `as_of` (the report's "tính đến" day) is not yet held."""
    last = min(period.end, as_of)
    months = (
        {m: Counter[str]() for m in range(1, last.month + 1)} if last.year == period.year else {}
    )
    rates: dict[int, list[float]] = defaultdict(list)
    every: list[float] = []
    thematic: list[dt.date] = []
    present = excused = absent = 0
    for meeting in meetings:
        day = dt.date.fromisoformat(meeting.held_on)
        if day > last or day.year != period.year:
            continue
        months.setdefault(day.month, Counter())[meeting.kind] += 1
        if meeting.kind == "thematic":
            thematic.append(day)
        total = meeting.present + meeting.excused + meeting.absent
        if total:
            rates[day.month].append(meeting.present / total)
            every.append(meeting.present / total)
        present, excused, absent = (
            present + meeting.present,
            excused + meeting.excused,
            absent + meeting.absent,
        )
    lines = tuple(
        MonthFigures(
            month,
            counts["regular"],
            counts["thematic"],
            counts["extraordinary"],
            _mean(rates.get(month, [])),
            due=_month_ended(period.year, month, last),
        )
        for month, counts in sorted(months.items())
    )
    return MeetingFigures(
        lines,
        _mean(every),
        present,
        excused,
        absent,
        without_thematic=quarters_without_thematic(thematic, period.year, last),
    )


def _month_ended(year: int, month: int, day: dt.date) -> bool:
    """Whether `month` of `year` is over by `day` (its last day included): Chỉ thị
    50-CT/TW asks one regular meeting a month, due by the month's end."""
    return (year, month) < (day.year, day.month) or (
        (year, month) == (day.year, day.month) and (day + dt.timedelta(days=1)).month != month
    )


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def topic_lines(
    topics: Sequence[Topic], held: dict[int, str], period: Period, as_of: dt.date
) -> tuple[TopicLine, ...]:
    """The year's topics; `held`: topic id → first meeting date (any); only dates by the
    end (and by `as_of`) count. A topic is due once the last day of its planned month
    (or quarter; else of the year) is past, as of `as_of` (the period's end, or today
    when earlier): a Quý IV topic is not late in a year report printed on 25/11."""
    end = min(period.end, as_of)  # a meeting after the "tính đến" day is not yet held
    lines = []
    for topic in topics:
        day = held.get(topic.id or -1)
        quarter = planned_quarter(topic)
        last_month = topic.planned_month or (quarter * 3 if quarter else 12)
        last_day = calendar.monthrange(period.year, last_month)[1]
        due = dt.date(period.year, last_month, last_day) <= end
        lines.append(
            TopicLine(
                title=topic.title,
                planned=str(planned_text(topic)),  # the report prints it
                due=due,
                held_on=day if day and _on_or_before(day, end) else None,
            )
        )
    return tuple(lines)


def commendation_lines(
    rows: Iterable[tuple[str, str, int | None]], period: Period, as_of: dt.date
) -> tuple[CommendationLine, ...]:
    """Commendations of the meetings held by the end (and by the "tính đến" day)."""
    end = min(period.end, as_of)
    return tuple(
        CommendationLine(day, text, nomination)
        for day, text, nomination in rows
        if _on_or_before(day, end) and earliest(day).year == period.year
    )
