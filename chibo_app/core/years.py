"""A working year: its deadlines and the cell's own plan reference.

Each deadline is a date the secretary can change per year; a new year starts from
the previous year's dates moved on by one year (or from these defaults).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from chibo_app.core.dates import add_years
from chibo_app.core.messages import Message, Problems, msg

# key → (month, day) of the default, and its Vietnamese label.
DEADLINES: dict[str, tuple[tuple[int, int], str]] = {
    "nominations_due": ((3, 15), "Hạn đăng ký điển hình"),
    "plans_due": ((3, 31), "Hạn nộp kế hoạch cá nhân"),
    "midyear_from": ((6, 1), "Sơ kết 6 tháng: từ ngày"),
    "midyear_to": ((7, 31), "Sơ kết 6 tháng: đến ngày"),
    "report_due": ((10, 20), "Hạn gửi báo cáo kết quả"),
    "evaluation_due": ((12, 15), "Hạn đánh giá, xếp loại cuối năm"),
}
# Values that belong to one year only and are not carried into the next.
PER_YEAR_KEYS = ("plan_number", "plan_date")


@dataclass(frozen=True)
class Year:
    year: int
    deadlines: dict[str, str] = field(default_factory=dict)  # key → ISO date
    plan_number: str | None = None  # the cell's own plan, e.g. "03-KH/CB"
    plan_date: str | None = None
    exists: bool = True

    def deadline(self, key: str) -> dt.date:
        return dt.date.fromisoformat(self.deadlines[key])


def default_deadlines(year: int) -> dict[str, str]:
    return {key: dt.date(year, m, d).isoformat() for key, ((m, d), _label) in DEADLINES.items()}


def carried_deadlines(previous: dict[str, str], from_year: int, year: int) -> dict[str, str]:
    """The deadlines of `from_year` moved on to `year`; missing keys take the default."""
    result = default_deadlines(year)
    for key, value in previous.items():
        if key in DEADLINES and value:
            result[key] = add_years(dt.date.fromisoformat(value), year - from_year).isoformat()
    return result


def validate_deadlines(year: int, deadlines: dict[str, str]) -> Problems:
    problems: Problems = {}
    for key, value in deadlines.items():
        if key not in DEADLINES:
            problems[key] = msg("Không có thời hạn “{key}”.", key=key)
            continue
        try:
            day = dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            problems[key] = _about(DEADLINES[key][1], msg("ngày không hợp lệ."))
            continue
        if abs(day.year - year) > 1:
            problems[key] = _about(DEADLINES[key][1], msg("ngày phải thuộc năm {year}.", year=year))
    start, end = deadlines.get("midyear_from"), deadlines.get("midyear_to")
    if start and end and not problems and end < start:
        problems["midyear_to"] = _about(
            "Sơ kết 6 tháng", msg("ngày kết thúc phải sau ngày bắt đầu.")
        )
    return problems


def _about(what: str, problem: Message) -> Message:
    """'Hạn nộp kế hoạch cá nhân: ngày không hợp lệ.': the problem of the field named,
    which the editor shows alone under that field (the summary names it)."""
    return msg("{value}: {problem}", value=what, problem=problem)
