"""The overview of a year (the first page): its deadlines with what is still missing,
progress figures and the data of three charts. Texts are left to the page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chibo_app.core.meetings import (
    Meeting,
    MeetingKind,
    MonthView,
    quarter_of,
    quarters_without_thematic,
)
from chibo_app.core.messages import Message
from chibo_app.core.plans import STATUS_LABELS, PlanStatus
from chibo_app.core.quotas import QuotaLine
from chibo_app.core.verification import number_text
from chibo_app.core.year_report import DOC_TYPE as REPORT_TYPE
from chibo_app.services import (
    cell,
    evaluation_lists,
    meetings,
    midyear,
    nomination_lists,
    rule_sets,
    years,
)
from chibo_app.services.session import Session
from chibo_app.storage import (
    documents_repo,
    evaluation_repo,
    nominations_repo,
    people_repo,
    plans_repo,
)

CLASSIFICATION_YEARS = 5  # the selected year and the four before it


@dataclass(frozen=True)
class Deadline:
    """One deadline of the year and what is still missing for it."""

    key: str  # plans_due, nominations_due, midyear, report_due, evaluation_due
    day: dt.date
    days_left: int  # from today; negative once passed
    page: str  # the side-bar page that deals with it ("" for none)
    # People's names, or a unit's shortfall as a message ("Phòng A: thiếu 1 tập thể").
    missing: tuple[Message | str, ...] = ()
    start: dt.date | None = None  # the mid-year review window opens
    done: str = ""  # what met it, when that is a document: "Số 03-BC/CB, 15/10/2026"
    # How many people (or quota places) it concerns; None where that is no count (the
    # report). Zero is not "done": nothing to do yet, because nobody is there.
    concerned: int | None = None

    @property
    def overdue(self) -> bool:
        return self.days_left < 0 and bool(self.missing)

    @property
    def empty(self) -> bool:
        """Nobody (or no quota) to meet it yet: neither done nor late."""
        return self.concerned == 0


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def share(self) -> float:
        return self.done / self.total if self.total else 0.0


@dataclass(frozen=True)
class Classifications:
    """Final classifications per year: bands (code, label) top down, counts per year."""

    bands: tuple[tuple[str, str], ...]
    years: tuple[int, ...]
    counts: dict[int, dict[str, int]]


@dataclass(frozen=True)
class Overview:
    year: int
    today: dt.date
    deadlines: tuple[Deadline, ...]  # by date
    plans: Progress  # confirmed / people of the year
    nominations: Progress  # registered within the quotas / places the quotas ask for
    meetings: Progress  # months with their regular meeting / months begun
    evaluations: Progress  # evaluated / people to evaluate
    plan_statuses: tuple[tuple[PlanStatus, str, int], ...]  # status, label, people
    classifications: Classifications
    attendance: tuple[float | None, ...]  # average rate of each month's meetings, 12 values
    people: int = 0  # everyone in the register (the status bar's count)
    # Quarters begun with a chuyên đề held / quarters begun; the quarters over without one
    # (Chỉ thị 50-CT/TW mục 2: at least one a quarter).
    thematic: Progress = Progress(0, 0)
    without_thematic: tuple[int, ...] = ()


def build(session: Session, year: int) -> Overview:
    today = session.today()
    deadlines = years.get_year(session, year).deadlines
    day = {key: dt.date.fromisoformat(value) for key, value in deadlines.items()}

    def left(key: str) -> int:
        return (day[key] - today).days

    plans = plan_statuses(session, year)
    not_confirmed = tuple(name for name, status in plans if status != PlanStatus.CONFIRMED)
    quotas = nomination_lists.quota_report(session, year)
    short = tuple(q.unit_short_text() for q in quotas if q.short_by)
    reviews = midyear.midyear_rows(session, year)
    not_reviewed = tuple(r.full_name for r in reviews if not r.reviewed)
    to_evaluate, not_evaluated = evaluation_lists.progress(session, year)
    found = [
        Deadline(
            "plans_due",
            day["plans_due"],
            left("plans_due"),
            "plans",
            not_confirmed,
            concerned=len(plans),
        ),
        Deadline(
            "nominations_due",
            day["nominations_due"],
            left("nominations_due"),
            "nominations",
            short,
            concerned=_quota_progress(quotas).total,
        ),
        Deadline(
            "midyear",
            day["midyear_to"],
            left("midyear_to"),
            "plans",
            not_reviewed,
            start=day["midyear_from"],
            concerned=len(reviews),
        ),
        _report_deadline(session, year, day["report_due"], left("report_due")),
        Deadline(
            "evaluation_due",
            day["evaluation_due"],
            left("evaluation_due"),
            "evaluations",
            not_evaluated,
            concerned=to_evaluate,
        ),
    ]
    views = meetings.months(session, year)  # read once: the summary, the chart, chuyên đề
    summary = meetings.year_summary(session, year, views)
    held = [row.meeting for view in views for row in view.rows]
    thematic, without_thematic = _thematic(held, year, today)
    return Overview(
        year=year,
        today=today,
        deadlines=tuple(sorted(found, key=lambda d: d.day)),
        plans=Progress(len(plans) - len(not_confirmed), len(plans)),
        nominations=_quota_progress(quotas),
        meetings=Progress(summary.months_with_regular, summary.months_begun),
        evaluations=Progress(to_evaluate - len(not_evaluated), to_evaluate),
        plan_statuses=tuple(
            (status, label, sum(1 for _name, s in plans if s == status))
            for status, label in STATUS_LABELS.items()
        ),
        classifications=classifications(session, year),
        attendance=attendance_by_month(views),
        people=people_repo.count(session.db),
        thematic=thematic,
        without_thematic=without_thematic,
    )


def _thematic(
    meetings_held: list[Meeting], year: int, today: dt.date
) -> tuple[Progress, tuple[int, ...]]:
    days = [m.day for m in meetings_held if m.kind == MeetingKind.THEMATIC and m.day <= today]
    begun = [q for q in range(1, 5) if dt.date(year, q * 3 - 2, 1) <= today]
    held = {quarter_of(day.month) for day in days}
    # A quarter is over once its last day has passed (a chuyên đề may be held that day).
    over = quarters_without_thematic(days, year, today - dt.timedelta(days=1))
    return Progress(sum(1 for q in begun if q in held), len(begun)), over


REPORT_MISSING = "report"  # the report's `missing` entry: no report of the year printed


def _report_deadline(session: Session, year: int, day: dt.date, days_left: int) -> Deadline:
    """Met once a report of the year (any period) is printed: its number and date."""
    printed = documents_repo.list_documents(session.db, doc_type=REPORT_TYPE, year=year)
    if not printed:
        return Deadline("report_due", day, days_left, "report", (REPORT_MISSING,))
    last = printed[-1]
    symbol = cell.load_settings(session).symbol or "CB"
    number = number_text(last.number, last.doc_type, symbol) or ""
    when = dt.datetime.fromisoformat(last.created_at).strftime("%d/%m/%Y")
    return Deadline("report_due", day, days_left, "report", done=f"{number}, {when}")


def plan_statuses(session: Session, year: int) -> list[tuple[str, PlanStatus]]:
    """(name, plan status) of the year's people, in the plans list order. The same rows
    as plan_lists.list_year_plans without its copy detection (seconds on 5,000 plans)."""
    db = session.db
    found = nominations_repo.plan_statuses(db, year)
    return [
        (name, PlanStatus(found.get(person_id, PlanStatus.NOT_STARTED)))
        for person_id, name, _unit in plans_repo.year_people(db, year)
    ]


def _quota_progress(quotas: list[QuotaLine]) -> Progress:
    """Places filled against places asked for, unit lines and the whole-cell line alike."""
    need = sum(sum(q.required) for q in quotas)
    return Progress(need - sum(q.short_by for q in quotas), need)


def classifications(session: Session, year: int) -> Classifications:
    """Final classifications of `year` and the years before it that have any."""
    bands = [(b.code, b.label) for b in rule_sets.year_rule_set(session, year).definition.bands]
    first = year - CLASSIFICATION_YEARS + 1
    counts: dict[int, dict[str, int]] = {y: {} for y in range(first, year + 1)}
    for past, code, number in evaluation_repo.classification_counts(session.db, first, year):
        counts[past][code] = number
        if all(code != known for known, _label in bands):
            label = rule_sets.year_rule_set(session, past).definition.label(code)
            bands.append((code, label or code))
    counts = {y: found for y, found in counts.items() if found or y == year}
    return Classifications(tuple(bands), tuple(counts), counts)


def attendance_by_month(views: list[MonthView]) -> tuple[float | None, ...]:
    """Average attendance rate of each month's meetings (None: no meeting counted)."""
    rates: list[float | None] = []
    for month in views:
        found = [r.counts.rate for r in month.rows if r.counts.rate is not None]
        rates.append(sum(found) / len(found) if found else None)
    return tuple(rates)
