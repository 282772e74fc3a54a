"""The year report (báo cáo kết quả) as pure data: its period, its figures and the
narrative the secretary edits. No storage: services.year_report reads the rows and
core.report_figures computes the figures from them.

A period is the whole year, its first half (the 6-month report, to 30/6), or from 1/1
up to a chosen date (the report the superior committee asks for before 20/10). Only
what happened up to the period's end is counted.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from chibo_app.core.messages import msg
from chibo_app.core.people import Kind
from chibo_app.core.text import clean
from chibo_app.errors import ValidationError


class PeriodKind(StrEnum):
    YEAR = "year"  # cả năm
    HALF = "half"  # 6 tháng đầu năm
    UNTIL = "until"  # từ đầu năm đến một ngày


class TaskSource(StrEnum):
    EVALUATION = "evaluation"  # year-end results per task
    MIDYEAR = "midyear"  # mid-year progress per task (a period ending before 31/12)


@dataclass(frozen=True)
class Period:
    year: int
    kind: PeriodKind = PeriodKind.YEAR
    until: dt.date | None = None  # the last day counted, for UNTIL

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        if self.kind == PeriodKind.HALF:
            return dt.date(self.year, 6, 30)
        if self.kind == PeriodKind.UNTIL and self.until is not None:
            return self.until
        return dt.date(self.year, 12, 31)

    @property
    def to_year_end(self) -> bool:
        return self.end == dt.date(self.year, 12, 31)

    @property
    def months(self) -> int:
        """Whole months counted from January when the period ends on a month's last day
        (6 for the first half, 9 to 30/9), else 0."""
        end = self.end
        return end.month if end.day == calendar.monthrange(end.year, end.month)[1] else 0

    @property
    def subject_ids(self) -> tuple[int, int, int]:
        """(year, kind number, end as yyyymmdd): what the register records it covers."""
        end = self.end
        return (
            self.year,
            list(PeriodKind).index(self.kind),
            end.year * 10000 + end.month * 100 + end.day,
        )

    @classmethod
    def from_subject(cls, ids: tuple[int, ...]) -> Period | None:
        if len(ids) != 3 or not 0 <= ids[1] < len(PeriodKind):
            return None
        kind = list(PeriodKind)[ids[1]]
        try:
            end = dt.date(ids[2] // 10000, ids[2] // 100 % 100, ids[2] % 100)
        except ValueError:
            return None
        return cls(ids[0], kind, end if kind == PeriodKind.UNTIL else None)


def make_period(
    year: int, kind: PeriodKind | str = PeriodKind.YEAR, until: dt.date | None = None
) -> Period:
    """A checked period: the year 1990–2200; for UNTIL a day of that year."""
    if not 1990 <= year <= 2200:
        raise ValidationError({"year": msg("Năm {year} không hợp lệ.", year=year)})
    kind = PeriodKind(kind)
    if kind != PeriodKind.UNTIL:
        return Period(year, kind)
    if until is None:
        raise ValidationError({"until": msg("Cần ghi ngày tính đến (ngày/tháng/năm).")})
    if until.year != year:
        raise ValidationError(
            {
                "until": msg(
                    "Ngày tính đến ({day}) phải thuộc năm {year}.",
                    day=until.strftime("%d/%m/%Y"),
                    year=year,
                )
            }
        )
    return Period(year, kind, until)


def day_text(day: dt.date) -> str:
    """A date in running text as the seeds write it: '18/5/2021' (tables and the date
    line keep their leading zeros: core.paper_dates)."""
    return f"{day.day}/{day.month}/{day.year}"


def table_day(day: dt.date) -> str:
    """A date in a table cell: '18/05/2021', aligned with the others."""
    return day.strftime("%d/%m/%Y")


def period_phrase(period: Period) -> str:
    """In a sentence: 'năm 2026', '6 tháng đầu năm 2026', '9 tháng đầu năm 2026',
    'từ đầu năm 2026 đến ngày 15/10/2026'."""
    if period.to_year_end:
        return f"năm {period.year}"
    if period.months:
        return f"{period.months} tháng đầu năm {period.year}"
    return f"từ đầu năm {period.year} đến ngày {day_text(period.end)}"


def section_titles(period: Period) -> tuple[str, str, str, str]:
    """The four narrative sections, as a party report names them."""
    if period.to_year_end:
        ahead = f"NĂM {period.year + 1}"
    elif period.kind == PeriodKind.HALF:
        ahead = f"6 THÁNG CUỐI NĂM {period.year}"
    else:
        ahead = f"NHỮNG THÁNG CUỐI NĂM {period.year}"
    return (
        "KẾT QUẢ ĐẠT ĐƯỢC",
        "HẠN CHẾ, NGUYÊN NHÂN",
        "BÀI HỌC KINH NGHIỆM",
        f"PHƯƠNG HƯỚNG, NHIỆM VỤ {ahead}",
    )


def percent(count: int, total: int) -> float | None:
    """Share in percent, one decimal; None when there is nothing to count."""
    return round(100 * count / total, 1) if total else None


def percent_text(count: int, total: int) -> str:
    """'85,7%' (Vietnamese decimal comma); '0%' when there is nothing to count."""
    value = percent(count, total)
    if value is None:
        return "0%"
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


def rate_text(rate: float | None) -> str:
    """An attendance rate (0–1) as '88,6%'; '' for none."""
    return "" if rate is None else percent_text(round(1000 * rate), 1000)


# Figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeopleFigures:
    by_kind: tuple[tuple[Kind, int], ...]  # every kind, in Kind order
    exempted: int = 0  # of them, exempted from party work and activities
    # Who left during the period (not counted above): party members who moved their party
    # activities elsewhere ("chuyển sinh hoạt đảng") or died, and non-party colleagues who
    # changed jobs or died: each counted with their own kind, never together.
    moved: int = 0
    changed_jobs: int = 0
    deceased: int = 0  # party members
    non_party_deceased: int = 0

    def count(self, kind: Kind) -> int:
        return dict(self.by_kind).get(kind, 0)

    @property
    def left(self) -> int:
        return self.moved + self.changed_jobs + self.deceased + self.non_party_deceased

    @property
    def party_left(self) -> int:
        return self.moved + self.deceased

    @property
    def non_party_left(self) -> int:
        return self.changed_jobs + self.non_party_deceased

    @property
    def total(self) -> int:
        return sum(n for _kind, n in self.by_kind)

    @property
    def party_members(self) -> int:
        return self.total - self.count(Kind.NON_PARTY)


@dataclass(frozen=True)
class PlanCounts:
    """The plan figures of one group (the party members, on the period's last day)."""

    people: int = 0
    made: int = 0
    on_time: int = 0
    confirmed: int = 0
    returned: int = 0


@dataclass(frozen=True)
class PlanFigures:
    people: int  # who had to make a plan
    made: int  # submitted to the cell by the end
    confirmed: int  # confirmed by the cell at the end
    on_time: int  # first submitted by the year's plan deadline
    returned: int = 0  # returned for revision at the end
    drafting: int = 0  # started, not submitted by the end
    deadline: dt.date | None = None
    # The same figures for đảng viên alone; quần chúng are the difference (`others`).
    party: PlanCounts = PlanCounts()

    @property
    def others(self) -> PlanCounts:
        return PlanCounts(
            self.people - self.party.people,
            self.made - self.party.made,
            self.on_time - self.party.on_time,
            self.confirmed - self.party.confirmed,
            self.returned - self.party.returned,
        )


@dataclass(frozen=True)
class MidyearFigures:
    plans: int  # confirmed plans to review
    reviewed: int  # reviewed by the end
    tasks: int  # tasks of the reviewed plans
    done: int
    in_progress: int
    not_started: int
    behind: int  # people with tasks due by mid-year not done


@dataclass(frozen=True)
class TaskFigures:
    """The 'làm theo' tasks of the confirmed plans: year-end results, or mid-year progress
    (then `completed` = done, `partly` = in progress, `not_done` = not started)."""

    source: TaskSource
    total: int
    completed: int  # done or exceeded
    exceeded: int | None  # None for mid-year progress
    partly: int
    not_done: int
    not_assessed: int


@dataclass(frozen=True)
class Level:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class ClassificationFigures:
    rule_set: str
    levels: tuple[Level, ...]  # the rule set's bands top down, then any other code found
    evaluated: int = 0  # finished evaluations (party members and staff)
    exempt: int = 0  # finished without classification: exempt

    @property
    def classified(self) -> int:
        return sum(level.count for level in self.levels)


@dataclass(frozen=True)
class FieldLine:
    field: str
    counts: tuple[int, int, int]  # collective, individual, model

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class NominationFigures:
    by_kind: tuple[int, int, int]  # collective, individual, model (core.nominations.KIND_ORDER)
    by_field: tuple[FieldLine, ...]
    commended: int = 0
    proposed: int = 0  # proposed to the superior committee for an award
    awarded: int = 0
    awards: tuple[tuple[str, int], ...] = ()  # award form (Giấy khen, Bằng khen…) → count

    @property
    def total(self) -> int:
        return sum(self.by_kind)


@dataclass(frozen=True)
class CommendationLine:
    held_on: str  # ISO date of the meeting that announced it
    text: str
    nomination_id: int | None = None


@dataclass(frozen=True)
class MonthFigures:
    month: int
    regular: int = 0
    thematic: int = 0
    extraordinary: int = 0
    rate: float | None = None  # average attendance of the month's meetings (0–1)
    # Chỉ thị 50-CT/TW: chi bộ sinh hoạt thường kỳ mỗi tháng một lần, so a month's regular
    # meeting is due once the month has ended by the figures' day, or earlier if it was held.
    due: bool = True


@dataclass(frozen=True)
class MeetingFigures:
    months: tuple[MonthFigures, ...]  # the period's months that have begun
    average_rate: float | None = None  # average attendance rate of the meetings held (0–1)
    present: int = 0
    excused: int = 0
    absent: int = 0
    # Quarters over by the figures' day without a chuyên đề (Chỉ thị 50-CT/TW mục 2: at
    # least one a quarter).
    without_thematic: tuple[int, ...] = ()

    @property
    def regular(self) -> int:
        return sum(m.regular for m in self.months)

    @property
    def thematic(self) -> int:
        return sum(m.thematic for m in self.months)

    @property
    def extraordinary(self) -> int:
        return sum(m.extraordinary for m in self.months)

    @property
    def months_due(self) -> int:
        """Months whose regular meeting is due (Chỉ thị 50-CT/TW: one a month): ended by the
        figures' day, or with their meeting held already."""
        return sum(1 for m in self.months if m.due or m.regular)

    @property
    def months_with_regular(self) -> int:
        return sum(1 for m in self.months if m.regular)

    @property
    def missing_months(self) -> tuple[int, ...]:
        return tuple(m.month for m in self.months if m.due and not m.regular)


@dataclass(frozen=True)
class TopicLine:
    title: str
    planned: str  # 'Tháng 5' / 'Quý II' / ''
    due: bool  # planned to be held by the end of the period
    held_on: str | None = None  # ISO date of the first meeting on it, within the period


@dataclass(frozen=True)
class ReportFigures:
    period: Period
    as_of: dt.date  # the period's end, or today when earlier
    people: PeopleFigures
    plans: PlanFigures
    midyear: MidyearFigures
    tasks: TaskFigures
    classification: ClassificationFigures
    nominations: NominationFigures
    commendations: tuple[CommendationLine, ...]
    meetings: MeetingFigures
    topics: tuple[TopicLine, ...]
    evaluation_due: dt.date | None = None

    @property
    def topics_held(self) -> int:
        return sum(1 for t in self.topics if t.held_on)

    @property
    def topics_due(self) -> int:
        return sum(1 for t in self.topics if t.due)


@dataclass(frozen=True)
class Basis:
    """The figures a narrative was written against (core.report_basis: key → value as
    printed) and when it was saved with them (ISO date and time; None for a draft not
    saved yet)."""

    figures: tuple[tuple[str, str], ...]
    at: str | None = None

    def values(self) -> dict[str, str]:
        return dict(self.figures)


@dataclass(frozen=True)
class Narrative:
    """The four sections the secretary edits (plain text; one paragraph per line)."""

    results: str = ""
    shortcomings: str = ""
    lessons: str = ""
    directions: str = ""
    until: dt.date | None = None  # the date of an UNTIL period it was last saved with
    id: int | None = None
    basis: Basis | None = None  # the figures drafted from / saved with; None: unknown

    def texts(self) -> tuple[str, str, str, str]:
        return (self.results, self.shortcomings, self.lessons, self.directions)

    def with_changes(self, **changes: object) -> Narrative:
        return replace(self, **changes)  # type: ignore[arg-type]


DOC_TYPE = "BC"  # báo cáo, in the register of documents
SECTION_KEYS = ("results", "shortcomings", "lessons", "directions")


def clean_section(text: str) -> str:
    """Stored form of a section: every line cleaned (NFC, single spaces), at most one
    blank line in a row, none at either end."""
    lines: list[str] = []
    for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = clean(line)
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip("\n")


def normalise(narrative: Narrative) -> Narrative:
    results, shortcomings, lessons, directions = map(clean_section, narrative.texts())
    return replace(
        narrative,
        results=results,
        shortcomings=shortcomings,
        lessons=lessons,
        directions=directions,
    )


# JSON (the CLI's --json; keys are a contract) -------------------------------------------


def figures_json(f: ReportFigures) -> dict[str, Any]:
    p, t, m, c, n = f.plans, f.tasks, f.meetings, f.classification, f.nominations
    return {
        "year": f.period.year,
        "period": str(f.period.kind),
        "start": f.period.start.isoformat(),
        "end": f.period.end.isoformat(),
        "as_of": f.as_of.isoformat(),
        "people": {
            **{str(kind): count for kind, count in f.people.by_kind},
            "party_members": f.people.party_members,
            "total": f.people.total,
            "exempted": f.people.exempted,
            "left": f.people.left,
        },
        "plans": {
            "people": p.people,
            "made": p.made,
            "made_percent": percent(p.made, p.people),
            "confirmed": p.confirmed,
            "confirmed_percent": percent(p.confirmed, p.people),
            "on_time": p.on_time,
            "on_time_percent": percent(p.on_time, p.people),
            "returned": p.returned,
            "drafting": p.drafting,
            "deadline": p.deadline.isoformat() if p.deadline else None,
        },
        "tasks": {
            "source": str(t.source),
            "total": t.total,
            "completed": t.completed,
            "completed_percent": percent(t.completed, t.total),
            "exceeded": t.exceeded,
            "partly": t.partly,
            "not_done": t.not_done,
            "not_assessed": t.not_assessed,
        },
        "midyear": {
            "plans": f.midyear.plans,
            "reviewed": f.midyear.reviewed,
            "tasks": f.midyear.tasks,
            "done": f.midyear.done,
            "in_progress": f.midyear.in_progress,
            "not_started": f.midyear.not_started,
            "behind": f.midyear.behind,
        },
        "classification": {
            "rule_set": c.rule_set,
            "evaluated": c.evaluated,
            "exempt": c.exempt,
            "classified": c.classified,
            "levels": [
                {
                    "code": level.code,
                    "label": level.label,
                    "count": level.count,
                    "percent": percent(level.count, c.classified),
                }
                for level in c.levels
            ],
        },
        "nominations": {
            "total": n.total,
            "by_kind": dict(zip(("collective", "individual", "model"), n.by_kind, strict=True)),
            "by_field": [
                {
                    "field": line.field,
                    **dict(zip(("collective", "individual", "model"), line.counts, strict=True)),
                    "total": line.total,
                }
                for line in n.by_field
            ],
            "commended": n.commended,
            "proposed": n.proposed,
            "awarded": n.awarded,
            "awards": [{"form": form, "count": count} for form, count in n.awards],
        },
        "commendations": {
            "count": len(f.commendations),
            "items": [
                {"date": line.held_on, "text": line.text, "nomination_id": line.nomination_id}
                for line in f.commendations
            ],
        },
        "meetings": {
            "regular": m.regular,
            "thematic": m.thematic,
            "extraordinary": m.extraordinary,
            "months": len(m.months),
            "months_due": m.months_due,
            "months_with_regular": m.months_with_regular,
            "average_attendance": _rate(m.average_rate),
            "present": m.present,
            "excused": m.excused,
            "absent": m.absent,
            "by_month": [
                {
                    "month": month.month,
                    "regular": month.regular,
                    "thematic": month.thematic,
                    "extraordinary": month.extraordinary,
                    "attendance": _rate(month.rate),
                }
                for month in m.months
            ],
        },
        "topics": {
            "total": len(f.topics),
            "due": f.topics_due,
            "held": f.topics_held,
            "items": [
                {"title": t.title, "planned": t.planned, "due": t.due, "held_on": t.held_on}
                for t in f.topics
            ],
        },
    }


def _rate(rate: float | None) -> float | None:
    return None if rate is None else round(100 * rate, 1)


JSON_KEYS = (
    "year",
    "period",
    "start",
    "end",
    "as_of",
    "people",
    "plans",
    "tasks",
    "midyear",
    "classification",
    "nominations",
    "commendations",
    "meetings",
    "topics",
)
