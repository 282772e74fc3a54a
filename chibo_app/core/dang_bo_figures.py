"""The đảng ủy's figures for a year, from its cells' packages (no storage, no layout).

`sum_figures` adds up the cells' year-report figures (the JSON of each cell's
`chibo report --json`, as its package carries it): every count is the sum of the cells'
counts, so the combined report says exactly what the cells' own reports say together;
shares are worked out again from the sums, and attendance is averaged over all the
meetings held. The summaries per cell — classification with the cap of 366-QĐ/TW
Điều 11 k1.4, plans, meetings — are built from the parts' rows and figures.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from chibo_app.core.year_report import percent

# Lists of objects are added up entry by entry, matched by the first of these keys they
# have (classification levels by code, nominations by field, meetings by month …); any
# other list is joined.
IDENTITY_KEYS = ("code", "field", "month", "form")
# Numbers that name something rather than count it: kept, never added.
NAMING_KEYS = frozenset({"year", "nomination_id", *IDENTITY_KEYS})
# Shares worked out again from the sums: key → (numerator, denominator) in the same object.
PERCENTS = {
    "made_percent": ("made", "people"),
    "confirmed_percent": ("confirmed", "people"),
    "on_time_percent": ("on_time", "people"),
    "completed_percent": ("completed", "total"),
}
CAP_SHARE = 0.2  # 366-QĐ/TW Điều 11 k1.4: xuất sắc ≤ 20 % of those rated "tốt"
CAP_EXCEPTIONAL = 0.25  # … or 25 % when the competent level decides so
CAP_CLAUSE = "366-QĐ/TW Điều 11 k1.4"
EXCELLENT, GOOD = "excellent", "good"


def sum_figures(items: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The cells' figures added up (an empty dict when there are none)."""
    total: dict[str, Any] = {}
    for item in items:
        total = _merge(total, item)
    if not total:
        return {}
    _shares(total)
    meetings = total.get("meetings")
    if isinstance(meetings, dict):
        meetings["average_attendance"] = _attendance(
            [(m.get("average_attendance"), _held(m)) for m in _each(items, "meetings")]
        )
        for month in meetings.get("by_month", []):
            month["attendance"] = _attendance(
                [
                    (line.get("attendance"), _held(line))
                    for m in _each(items, "meetings")
                    for line in m.get("by_month", [])
                    if line.get("month") == month.get("month")
                ]
            )
    if isinstance(total.get("plans"), dict):
        total["plans"]["deadline"] = None  # each cell's own; the đảng ủy's is in its years
    return total


def _each(items: Sequence[Mapping[str, Any]], key: str) -> list[Mapping[str, Any]]:
    return [i[key] for i in items if isinstance(i.get(key), Mapping)]


def _held(meetings: Mapping[str, Any]) -> int:
    return sum(int(meetings.get(k) or 0) for k in ("regular", "thematic", "extraordinary"))


def _attendance(rates: list[tuple[Any, int]]) -> float | None:
    """Average attendance (percent) over every meeting: each cell's average weighted by
    the meetings it held."""
    weighted = [(float(r), n) for r, n in rates if isinstance(r, int | float) and n]
    held = sum(n for _r, n in weighted)
    return round(sum(r * n for r, n in weighted) / held, 1) if held else None


def _merge(a: Any, b: Any) -> Any:
    if isinstance(b, Mapping):
        merged = dict(a) if isinstance(a, Mapping) else {}
        for key, value in b.items():
            if key in NAMING_KEYS and key in merged:
                continue
            merged[key] = _merge(merged.get(key), value)
        return merged
    if isinstance(b, list):
        return _merge_list(a if isinstance(a, list) else [], b)
    if isinstance(b, bool) or b is None:
        return a if a is not None else b
    if isinstance(b, int):
        return (a if isinstance(a, int) and not isinstance(a, bool) else 0) + b
    if isinstance(b, float):
        return None  # a share or a rate: worked out again from the sums
    if isinstance(b, str):
        if a is None or a == b:
            return b
        if isinstance(a, str) and len(a) == len(b) == 10 and a[4] == "-" == b[4]:
            return max(a, b)  # dates: the latest (as_of)
        return a if b in str(a).split("; ") else f"{a}; {b}"
    return a


def _merge_list(a: list[Any], b: list[Any]) -> list[Any]:
    key = next(
        (k for k in IDENTITY_KEYS if b and all(isinstance(x, Mapping) and k in x for x in b)),
        None,
    )
    if key is None:
        return [*a, *b]
    merged = {x[key]: x for x in a if isinstance(x, Mapping)}
    for item in b:
        merged[item[key]] = _merge(merged.get(item[key]), item)
    values = list(merged.values())
    return sorted(values, key=lambda x: x[key]) if key == "month" else values


def _shares(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _shares(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in list(node.items()):
        if key in PERCENTS:
            numerator, denominator = PERCENTS[key]
            node[key] = percent(int(node.get(numerator) or 0), int(node.get(denominator) or 0))
        else:
            _shares(value)
    if "levels" in node and "classified" in node:
        for level in node["levels"]:
            level["percent"] = percent(int(level.get("count") or 0), int(node["classified"]))


# Classification summary -------------------------------------------------------------------


def cap_allowed(good: int, share: float = CAP_SHARE) -> int:
    """How many may be rated "xuất sắc": at most `share` of those rated "tốt"
    (366-QĐ/TW Điều 11 k1.4, "không vượt quá"), rounded down."""
    return math.floor(share * good + 1e-9)


@dataclass(frozen=True)
class ClassificationLine:
    """One cell's (or the total's) classification of its đảng viên."""

    name: str
    full: int = 0  # đảng viên chính thức in the list
    probationary: int = 0
    exempt: int = 0  # not classified (366 Điều 5: miễn, đình chỉ, kết nạp < 6 tháng)
    counts: Mapping[str, int] = field(default_factory=dict)  # level code → đảng viên
    received: bool = True

    @property
    def members(self) -> int:
        return self.full + self.probationary

    @property
    def classified(self) -> int:
        return sum(self.counts.values())

    @property
    def waiting(self) -> int:
        """Đảng viên neither classified nor exempt yet."""
        return self.members - self.exempt - self.classified

    def share(self, code: str) -> float | None:
        return percent(self.counts.get(code, 0), self.classified)

    @property
    def allowed(self) -> int:
        return cap_allowed(self.counts.get(GOOD, 0))

    @property
    def over_cap(self) -> bool:
        return self.counts.get(EXCELLENT, 0) > self.allowed


def classification_line(
    name: str, rows: Sequence[Mapping[str, Any]], levels: Sequence[str]
) -> ClassificationLine:
    """A cell's line from its evaluation rows: đảng viên only (a quần chúng's evaluation
    is no classification of a party member)."""
    members = [r for r in rows if r.get("kind") in ("full", "probationary")]
    counts = {code: 0 for code in levels}
    for row in members:
        if row.get("final_level") and not row.get("exempt_reason"):
            counts[row["final_level"]] = counts.get(row["final_level"], 0) + 1
    return ClassificationLine(
        name,
        full=sum(1 for r in members if r["kind"] == "full"),
        probationary=sum(1 for r in members if r["kind"] == "probationary"),
        exempt=sum(1 for r in members if r.get("exempt_reason")),
        counts=counts,
    )


def total_line(name: str, lines: Sequence[ClassificationLine]) -> ClassificationLine:
    counts: dict[str, int] = {}
    for line in lines:
        for code, count in line.counts.items():
            counts[code] = counts.get(code, 0) + count
    return ClassificationLine(
        name,
        full=sum(x.full for x in lines),
        probationary=sum(x.probationary for x in lines),
        exempt=sum(x.exempt for x in lines),
        counts=counts,
    )


# Plans and meetings per cell -------------------------------------------------------------


@dataclass(frozen=True)
class PlansLine:
    name: str
    members: int = 0  # đảng viên of the year
    members_confirmed: int = 0
    non_party: int = 0  # quần chúng
    non_party_confirmed: int = 0
    received: bool = True

    @property
    def people(self) -> int:
        return self.members + self.non_party

    @property
    def confirmed(self) -> int:
        return self.members_confirmed + self.non_party_confirmed

    @property
    def share(self) -> float | None:
        return percent(self.confirmed, self.people)


def plans_line(name: str, rows: Sequence[Mapping[str, Any]]) -> PlansLine:
    members = [r for r in rows if r.get("kind") != "non_party"]
    others = [r for r in rows if r.get("kind") == "non_party"]
    return PlansLine(
        name,
        members=len(members),
        members_confirmed=sum(1 for r in members if r.get("status") == "confirmed"),
        non_party=len(others),
        non_party_confirmed=sum(1 for r in others if r.get("status") == "confirmed"),
    )


def plans_total(name: str, lines: Sequence[PlansLine]) -> PlansLine:
    return PlansLine(
        name,
        sum(x.members for x in lines),
        sum(x.members_confirmed for x in lines),
        sum(x.non_party for x in lines),
        sum(x.non_party_confirmed for x in lines),
    )


@dataclass(frozen=True)
class MeetingsLine:
    name: str
    months: int = 0  # months of the period begun
    months_with_regular: int = 0
    # Months whose regular meeting is due (Chỉ thị 50-CT/TW: one a month, due once the month
    # ended or held); packages sent before it was recorded count every month begun.
    months_due: int = 0
    regular: int = 0
    thematic_by_quarter: tuple[int, int, int, int] = (0, 0, 0, 0)
    attendance: float | None = None  # average, percent
    held: int = 0  # meetings of every kind (the weight of the attendance)
    received: bool = True

    @property
    def thematic(self) -> int:
        return sum(self.thematic_by_quarter)

    @property
    def missing_quarters(self) -> tuple[int, ...]:
        """Quarters begun without a thematic meeting (Chỉ thị 50-CT/TW: at least one a
        quarter)."""
        begun = (self.months + 2) // 3
        return tuple(q + 1 for q in range(begun) if not self.thematic_by_quarter[q])


def meetings_line(name: str, figures: Mapping[str, Any]) -> MeetingsLine:
    meetings = figures.get("meetings", {})
    quarters = [0, 0, 0, 0]
    for month in meetings.get("by_month", []):
        quarters[(int(month["month"]) - 1) // 3] += int(month.get("thematic") or 0)
    return MeetingsLine(
        name,
        months=int(meetings.get("months") or 0),
        months_with_regular=int(meetings.get("months_with_regular") or 0),
        months_due=int(meetings.get("months_due", meetings.get("months")) or 0),
        regular=int(meetings.get("regular") or 0),
        thematic_by_quarter=(quarters[0], quarters[1], quarters[2], quarters[3]),
        attendance=meetings.get("average_attendance"),
        held=_held(meetings),
    )


def meetings_total(name: str, lines: Sequence[MeetingsLine]) -> MeetingsLine:
    quarters = [sum(x.thematic_by_quarter[q] for x in lines) for q in range(4)]
    return MeetingsLine(
        name,
        months=max((x.months for x in lines), default=0),
        months_with_regular=sum(x.months_with_regular for x in lines),
        months_due=max((x.months_due for x in lines), default=0),
        regular=sum(x.regular for x in lines),
        thematic_by_quarter=(quarters[0], quarters[1], quarters[2], quarters[3]),
        attendance=_attendance([(x.attendance, x.held) for x in lines]),
        held=sum(x.held for x in lines),
    )
