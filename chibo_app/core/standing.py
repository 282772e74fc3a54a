"""A party member's standing for a year's classification, from their records.

- Not classified (Quy định 366-QĐ/TW Điều 5 k2.1): exempted from party work and
  activities (miễn công tác và sinh hoạt đảng), suspended (đình chỉ sinh hoạt đảng) on
  the day of the review, admitted less than six months before it.
- Classified on the time actually worked (Hướng dẫn 43-HD/BTCTW mục 7.5): sick leave of
  three months or more in the year, or maternity leave — a note on the record.
- Party activity held temporarily at another cell (HD 43 mục 7.6): classified here, at
  the official cell, on that cell's comments, which must be in before a level is proposed.
- What forces "Không hoàn thành nhiệm vụ" (366 Điều 11 k4): discipline decided in the
  year, competent conclusions of the year.

"The day of the review" is the year's evaluation deadline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from chibo_app.core.dates import earliest, latest, to_display
from chibo_app.core.messages import Message, msg
from chibo_app.core.people import Kind, PersonFact, Status, kind_at
from chibo_app.core.person_events import EventKind, PersonEvent
from chibo_app.core.rules import LEADER, STAFF
from chibo_app.core.text import fold

EXEMPT_NEW = "Kết nạp chưa đủ 6 tháng"
EXEMPT_STATUS = "Được miễn công tác và sinh hoạt đảng"
EXEMPT_SUSPENDED = "Bị đình chỉ sinh hoạt đảng"
EXEMPT_REASONS = (EXEMPT_STATUS, EXEMPT_SUSPENDED, EXEMPT_NEW)
# HD 43 mục 7.5: "nghỉ ốm với tổng thời gian trong năm từ 03 tháng trở lên", counted as
# 90 days of leave within the year.
LONG_SICK_DAYS = 90


@dataclass(frozen=True)
class Standing:
    exempt_reason: str | None = None
    blockers: tuple[Message, ...] = ()
    notes: tuple[Message, ...] = ()
    discipline: tuple[str, ...] = ()  # forms decided in the year
    conclusions: tuple[str, ...] = ()  # kinds concluded in the year


def exemption(person: PersonFact, events: Iterable[PersonEvent], day: dt.date) -> str | None:
    """Why a person is not classified, as of `day` (the year's evaluation deadline).
    Someone admitted after `day` was not a party member that year: no exemption."""
    if kind_at(person, day) == Kind.NON_PARTY:
        return None
    if person.status == Status.EXEMPTED and (
        not person.status_date or earliest(person.status_date) <= day
    ):
        return EXEMPT_STATUS
    if any(e.kind == EventKind.SUSPENSION and _covers(e, day) for e in events):
        return EXEMPT_SUSPENDED
    admitted_on = person.admitted_on
    if admitted_on and len(admitted_on) == 10:
        if add_months(dt.date.fromisoformat(admitted_on), 6) > day:
            return EXEMPT_NEW
    return None


def standing(
    person: PersonFact, events: Iterable[PersonEvent], year: int, day: dt.date
) -> Standing:
    """What the year's records say of the person (`day`: the evaluation deadline)."""
    events = list(events)
    reason = exemption(person, events, day)
    discipline = tuple(
        e.form for e in events if e.kind == EventKind.DISCIPLINE and e.form and _in_year(e, year)
    )
    conclusions = tuple(
        e.form for e in events if e.kind == EventKind.CONCLUSION and e.form and _in_year(e, year)
    )
    notes: list[Message] = []
    blockers: list[Message] = []
    sick = sum(_days(e, year, day) for e in events if _is_leave(e, "sick"))
    if sick >= LONG_SICK_DAYS:
        notes.append(
            msg(
                "Nghỉ ốm {days} ngày trong năm: xếp loại căn cứ kết quả làm việc thực tế "
                "(HD 43 mục 7.5).",
                days=sick,
            )
        )
    for event in events:
        if _is_leave(event, "maternity") and _days(event, year, day):
            notes.append(
                msg(
                    "Nghỉ thai sản {span}: xếp loại căn cứ kết quả làm việc thực tế "
                    "(HD 43 mục 7.5).",
                    span=_span(event),
                )
            )
        if event.kind == EventKind.TEMPORARY and _days(event, year, day):
            if event.comments:
                notes.append(
                    msg(
                        "Sinh hoạt tạm thời tại {place} {span}; nhận xét của chi bộ nơi sinh "
                        "hoạt tạm thời: “{comments}” (HD 43 mục 7.6).",
                        place=event.place,
                        span=_span(event),
                        comments=event.comments,
                    )
                )
            else:
                blockers.append(
                    msg(
                        "Sinh hoạt tạm thời tại {place} {span}: cần lấy ý kiến nhận xét của chi "
                        "bộ nơi sinh hoạt tạm thời trước khi xếp loại (HD 43 mục 7.6).",
                        place=event.place,
                        span=_span(event),
                    )
                )
    return Standing(reason, tuple(blockers), tuple(notes), discipline, conclusions)


def frame_from_position(government_position: str | None) -> str:
    """The criteria frame a person's government position suggests (366 Điều 10):
    leader for a leadership or management post of the agency (Giám đốc, Trưởng phòng,
    Chánh Văn phòng, their deputies…), staff otherwise. Union and youth-union posts do
    not count; "outside the political system" is the cell's choice, per year."""
    for title in re.split(r"[;,]", government_position or ""):
        folded = fold(title).strip()
        if any(word in folded for word in _NOT_MANAGEMENT):
            continue
        if any(folded.startswith(word) for word in _MANAGEMENT):
            return LEADER
    return STAFF


_MANAGEMENT = tuple(
    fold(w)
    for w in (
        "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Trưởng", "Phó Trưởng",
        "Chánh", "Phó Chánh", "Chủ tịch", "Phó Chủ tịch", "Thủ trưởng", "Hiệu trưởng",
        "Phó Hiệu trưởng", "Viện trưởng", "Phó Viện trưởng", "Cục trưởng", "Phó Cục trưởng",
        "Vụ trưởng", "Phó Vụ trưởng", "Chủ nhiệm", "Phó Chủ nhiệm", "Tổng biên tập",
        "Phó Tổng biên tập", "Quản đốc", "Phó Quản đốc",
    )
)  # fmt: skip
_NOT_MANAGEMENT = tuple(fold(w) for w in ("Công đoàn", "Đoàn Thanh niên", "Chi đoàn", "Hội "))


def _is_leave(event: PersonEvent, form: str) -> bool:
    return event.kind == EventKind.LEAVE and event.form == form


def _covers(event: PersonEvent, day: dt.date) -> bool:
    if not event.start_date or earliest(event.start_date) > day:
        return False
    return not event.end_date or latest(event.end_date) >= day


def _in_year(event: PersonEvent, year: int) -> bool:
    return bool(event.start_date) and earliest(event.start_date or "").year == year


def _days(event: PersonEvent, year: int, day: dt.date) -> int:
    """Days of the period within the year (an open end: up to `day`)."""
    if not event.start_date:
        return 0
    first = max(earliest(event.start_date), dt.date(year, 1, 1))
    last = min(latest(event.end_date) if event.end_date else day, dt.date(year, 12, 31))
    return max(0, (last - first).days + 1)


def _span(event: PersonEvent) -> Message:
    start = to_display(event.start_date)
    end = to_display(event.end_date)
    if end:
        return msg("(từ {start} đến {end})", start=start, end=end)
    return msg("(từ {start})", start=start)


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))
