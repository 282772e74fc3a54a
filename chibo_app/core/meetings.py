"""Cell meetings (sinh hoạt chi bộ), their attendance, and the year's topics (chuyên đề).

Pure data and rules, no storage. A meeting has a date, a kind (regular monthly,
thematic, extraordinary), the topics it discussed, who chaired it and who kept the
minutes, its content and conclusions, the commendations announced, and one attendance
line per person on the roll: present (perhaps late), excused (with a reason) or absent.
A topic is planned until a meeting discusses it; it is then held (linked to that meeting).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import NamedTuple

from chibo_app.core.messages import Message, Problems, msg
from chibo_app.core.minutes import (
    AgendaItem,
    Guest,
    Vote,
    cleaned_agenda,
    cleaned_guests,
    cleaned_votes,
)
from chibo_app.core.people import PersonFact, on_roll
from chibo_app.core.text import clean
from chibo_app.errors import ValidationError


class MeetingKind(StrEnum):
    REGULAR = "regular"  # sinh hoạt chi bộ thường kỳ (monthly)
    THEMATIC = "thematic"  # sinh hoạt chuyên đề
    EXTRAORDINARY = "extraordinary"  # sinh hoạt bất thường


class Presence(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"  # vắng có lý do
    ABSENT = "absent"  # vắng không lý do


KIND_LABELS = {
    MeetingKind.REGULAR: "Thường kỳ",
    MeetingKind.THEMATIC: "Chuyên đề",
    MeetingKind.EXTRAORDINARY: "Bất thường",
}
KIND_TITLES = {  # in the minutes' title, after "SINH HOẠT"
    MeetingKind.REGULAR: "CHI BỘ THƯỜNG KỲ",
    MeetingKind.THEMATIC: "CHUYÊN ĐỀ",
    MeetingKind.EXTRAORDINARY: "CHI BỘ BẤT THƯỜNG",
}
PRESENCE_LABELS = {
    Presence.PRESENT: "Có mặt",
    Presence.EXCUSED: "Vắng có lý do",
    Presence.ABSENT: "Vắng không lý do",
}
ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Attendance:
    person_id: int
    presence: Presence = Presence.PRESENT
    reason: str = ""  # why an excused person was away
    late: bool = False  # came after the start (present only)
    id: int | None = None


@dataclass(frozen=True)
class Commendation:
    """Whom a meeting praises and what for. Whom: a comrade (person_id), a collective
    (unit_id), or else the subject of the nomination it concerns. Rows from before
    step 9 name no one: their text is the whole announcement."""

    text: str  # what for: the achievement, as announced
    nomination_id: int | None = None  # the nomination it concerns, when there is one
    person_id: int | None = None  # the comrade praised
    unit_id: int | None = None  # the collective praised
    id: int | None = None

    @property
    def names_someone(self) -> bool:
        return any(i is not None for i in (self.person_id, self.unit_id, self.nomination_id))


class NominationSubject(NamedTuple):
    """What a nomination tells about whom a commendation of it praises."""

    kind: str  # core.nominations.Kind value
    title: str
    person_id: int | None
    unit_id: int | None


@dataclass(frozen=True)
class Meeting:
    held_on: str  # ISO date
    kind: MeetingKind = MeetingKind.REGULAR
    start_time: str = ""  # 'HH:MM'
    end_time: str = ""
    place: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None  # thư ký of the meeting (keeps the minutes)
    content: str = ""  # free text (older meetings: the whole record of the discussion)
    conclusions: str = ""  # the resolution (nghị quyết) or conclusion (kết luận)
    topic_ids: tuple[int, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    commendations: tuple[Commendation, ...] = ()
    guests: tuple[Guest, ...] = ()  # cấp ủy cấp trên dự, khách mời
    agenda: tuple[AgendaItem, ...] = ()  # each item: what was presented, who said what
    votes: tuple[Vote, ...] = ()
    id: int | None = None

    @property
    def year(self) -> int:
        return int(self.held_on[:4])

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.held_on)

    def with_changes(self, **changes: object) -> Meeting:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Topic:
    year: int
    title: str
    description: str = ""
    planned_month: int | None = None  # 1–12, or
    planned_quarter: int | None = None  # 1–4 when only the quarter is planned
    presenter: str = ""
    references: str = ""  # e.g. "Kết luận số 01-KL/TW ngày 18/5/2021", one per line
    position: int = 0
    id: int | None = None

    def with_changes(self, **changes: object) -> Topic:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Counts:
    """Attendance of one meeting, or of one person over a period."""

    present: int = 0
    excused: int = 0
    absent: int = 0
    late: int = 0

    @property
    def total(self) -> int:
        return self.present + self.excused + self.absent

    @property
    def rate(self) -> float | None:
        """Share present (late arrivals count as present); None with nothing to count."""
        return self.present / self.total if self.total else None

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.present + other.present,
            self.excused + other.excused,
            self.absent + other.absent,
            self.late + other.late,
        )


@dataclass
class MeetingRow:
    """One line of the meetings list: the meeting (without its attendance lines when
    read for a list) and the counts of those on its roll."""

    meeting: Meeting
    topics: list[str] = field(default_factory=list)
    counts: Counts = Counts()


@dataclass
class MonthView:
    """One month of the year on the meetings page."""

    month: int
    rows: list[MeetingRow] = field(default_factory=list)
    past: bool = True  # the month has begun (a missing meeting is then worth showing)
    ended: bool = True  # the month is over (today is in a later month)

    @property
    def has_regular(self) -> bool:
        return any(r.meeting.kind == MeetingKind.REGULAR for r in self.rows)

    def due_on(self, today: dt.date) -> bool:
        """Chỉ thị 50-CT/TW: chi bộ sinh hoạt thường kỳ mỗi tháng một lần, so a month's
        regular meeting is due once the month has ended, or once it was held (by today)."""
        return self.ended or any(
            r.meeting.kind == MeetingKind.REGULAR and r.meeting.day <= today for r in self.rows
        )


def count(lines: tuple[Attendance, ...] | list[Attendance]) -> Counts:
    return Counts(
        present=sum(1 for a in lines if a.presence == Presence.PRESENT),
        excused=sum(1 for a in lines if a.presence == Presence.EXCUSED),
        absent=sum(1 for a in lines if a.presence == Presence.ABSENT),
        late=sum(1 for a in lines if a.presence == Presence.PRESENT and a.late),
    )


def with_roll(lines: Iterable[Attendance], roll: Iterable[int]) -> tuple[Attendance, ...]:
    """The attendance of a roll, in its order: the lines of those on it kept as marked
    (with their ids), a line (present) for each newcomer, the others' lines dropped."""
    kept = {line.person_id: line for line in lines}
    return tuple(kept.get(person_id, Attendance(person_id)) for person_id in roll)


def lines_on_roll(
    lines: Iterable[Attendance], facts: Mapping[int, PersonFact], day: dt.date
) -> list[Attendance]:
    """The lines of the people on the roll of `day` (others are left from before a
    change of someone's admission or leaving date, and count nowhere)."""
    return [a for a in lines if a.person_id in facts and on_roll(facts[a.person_id], day)]


def praised(
    item: Commendation,
    nomination: NominationSubject | None,
    people: Mapping[int, tuple[str, int | None]],
    units: Mapping[int, str],
    outside: Collection[int] = frozenset(),
) -> str:
    """Whom a commendation praises, in words: 'đồng chí Nguyễn Văn A (Phòng Lãnh sự)',
    'quần chúng Lê Thị Hoa (Văn phòng)', 'tập thể Phòng Lãnh sự', 'mô hình “Một cửa điện
    tử” (Văn phòng)'; '' for no one. The commendation's own person or unit first, else its
    nomination's subject. `people`: id → (full name, unit id); `outside`: the ids of the
    quần chúng among them ("đồng chí" is said of party members only)."""

    def comrade(person_id: int) -> str:
        name, unit_id = people.get(person_id, ("", None))
        unit = units.get(unit_id) if unit_id is not None else None
        title = "quần chúng" if person_id in outside else "đồng chí"
        return f"{title} {name}" + (f" ({unit})" if unit else "")

    if item.person_id is not None:
        return comrade(item.person_id)
    if item.unit_id is not None:
        return f"tập thể {units.get(item.unit_id, '')}"
    if nomination is None:
        return ""
    if nomination.kind == "model":
        holder = comrade(nomination.person_id) if nomination.person_id is not None else ""
        if not holder and nomination.unit_id is not None:
            holder = units.get(nomination.unit_id, "")
        return f"mô hình “{nomination.title}”" + (f" ({holder})" if holder else "")
    if nomination.person_id is not None:
        return comrade(nomination.person_id)
    if nomination.unit_id is not None:
        return f"tập thể {units.get(nomination.unit_id, '')}"
    return ""


def commendation_sentence(whom: str, text: str) -> str:
    """'Biểu dương đồng chí Nguyễn Văn A (Phòng Lãnh sự): …' as the minutes and the
    report print it; an older commendation naming no one: its text as announced."""
    return f"Biểu dương {whom}: {text}" if whom else text


def planned_text(topic: Topic) -> Message | str:
    """'Tháng 5' / 'Quý II' / '' (str() of the message is the Vietnamese)."""
    if topic.planned_month:
        return msg("Tháng {month}", month=topic.planned_month)
    if topic.planned_quarter:
        return msg("Quý {quarter}", quarter=ROMAN_QUARTERS[topic.planned_quarter])
    return ""


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def quarters_without_thematic(
    thematic_days: Iterable[dt.date], year: int, through: dt.date
) -> tuple[int, ...]:
    """The quarters of `year` over by `through` (their last day on or before it) in which
    no chuyên đề was held. Chỉ thị 50-CT/TW mục 2: "Tổ chức sinh hoạt chuyên đề, ít nhất
    mỗi quý 1 lần"."""
    held = {quarter_of(day.month) for day in thematic_days if day.year == year}
    over = [
        q
        for q in ROMAN_QUARTERS
        if dt.date(year, q * 3, calendar.monthrange(year, q * 3)[1]) <= through
    ]
    return tuple(q for q in over if q not in held)


def quarters_text(quarters: Iterable[int]) -> str:
    """'Quý I', 'Quý I và III', 'Quý I, II và IV'."""
    names = [ROMAN_QUARTERS[q] for q in quarters]
    if len(names) <= 1:
        return f"Quý {''.join(names)}"
    return f"Quý {', '.join(names[:-1])} và {names[-1]}"


def planned_quarter(topic: Topic) -> int | None:
    if topic.planned_month:
        return (topic.planned_month - 1) // 3 + 1
    return topic.planned_quarter


_TIME = re.compile(r"^(\d{1,2})\s*(?:[:hg]|giờ)\s*(\d{0,2})\s*(?:phút)?$", re.IGNORECASE)


def parse_time(text: str) -> str:
    """'14h', '14:00', '7 giờ 30' → 'HH:MM'; '' stays ''. ValueError otherwise."""
    text = clean(text)
    if not text:
        return ""
    match = _TIME.match(text) or re.match(r"^(\d{1,2})()$", text)
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(text)
    return f"{hour:02d}:{minute:02d}"


def time_text(value: str) -> str:
    """'14:00' → '14 giờ 00 phút' (as minutes write it)."""
    if not value:
        return "…… giờ …… phút"
    hour, minute = value.split(":")
    return f"{int(hour)} giờ {minute} phút"


def normalise_meeting(meeting: Meeting) -> Meeting:
    """Stored form: text cleaned (line breaks kept), reasons only for the excused, late
    only for the present, commendations without text dropped, topics once each."""
    lines = tuple(
        replace(
            a,
            reason=clean(a.reason) if a.presence == Presence.EXCUSED else "",
            late=a.late and a.presence == Presence.PRESENT,
        )
        for a in meeting.attendance
    )
    commendations = tuple(
        replace(c, text=clean(c.text))
        for c in meeting.commendations
        if clean(c.text) or c.names_someone
    )
    return meeting.with_changes(
        place=clean(meeting.place),
        content=_clean_lines(meeting.content),
        conclusions=_clean_lines(meeting.conclusions),
        topic_ids=tuple(dict.fromkeys(meeting.topic_ids)),
        attendance=lines,
        commendations=commendations,
        guests=cleaned_guests(meeting.guests),
        agenda=cleaned_agenda(meeting.agenda),
        votes=cleaned_votes(meeting.votes),
    )


def validate_meeting(meeting: Meeting) -> Problems:
    problems: Problems = {}
    try:
        dt.date.fromisoformat(meeting.held_on)
    except (TypeError, ValueError):
        problems["held_on"] = msg("Cần ghi ngày sinh hoạt (ngày/tháng/năm).")
    if meeting.start_time and meeting.end_time and meeting.end_time < meeting.start_time:
        problems["end_time"] = msg("Giờ kết thúc không thể trước giờ bắt đầu.")
    people = [a.person_id for a in meeting.attendance]
    if len(people) != len(set(people)):
        problems["attendance"] = msg("Một người được điểm danh hai lần.")
    if meeting.kind == MeetingKind.THEMATIC and not meeting.topic_ids:
        problems["topic_ids"] = msg("Buổi sinh hoạt chuyên đề cần chọn chuyên đề.")
    for number, item in enumerate(meeting.commendations, start=1):
        if not item.names_someone:
            problems["commendations"] = msg(
                "Biểu dương thứ {number}: cần chọn đồng chí, tập thể hoặc đăng ký điển "
                "hình được biểu dương.",
                number=number,
            )
            break
        if not clean(item.text):
            problems["commendations"] = msg(
                "Biểu dương thứ {number}: cần ghi nội dung biểu dương (thành tích gì).",
                number=number,
            )
            break
    return problems


def validate_topic(topic: Topic) -> Problems:
    problems: Problems = {}
    if not clean(topic.title):
        problems["title"] = msg("Cần ghi tên chuyên đề.")
    if topic.planned_month is not None and not 1 <= topic.planned_month <= 12:
        problems["planned_month"] = msg("Tháng dự kiến phải từ 1 đến 12.")
    if topic.planned_quarter is not None and not 1 <= topic.planned_quarter <= 4:
        problems["planned_quarter"] = msg("Quý dự kiến phải từ I đến IV.")
    return problems


def ensure_valid(meeting: Meeting) -> None:
    problems = validate_meeting(meeting)
    if problems:
        raise ValidationError(problems)


def day_in_month(day: dt.date, year: int, month: int) -> dt.date:
    """The same day of the month in `month` of `year` (the last day when shorter)."""
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_month_day(day: dt.date) -> dt.date:
    """The same day of the next month (the last day when that month is shorter)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_HEADING = re.compile(r"^\s*(?:[IVX]+\.|\d{1,2}[.)]|[a-zđ]\))\s+\S", re.IGNORECASE)


def content_structure(content: str) -> str:
    """The outline of a meeting's content (its numbered headings) for the next one; the
    whole text when it has no headings."""
    headings = [line.rstrip() for line in content.splitlines() if _HEADING.match(line)]
    return "\n".join(headings) if headings else content


def agenda_template(
    kind: MeetingKind, month: int, topics: Sequence[str] = ()
) -> tuple[tuple[AgendaItem, ...], tuple[Vote, ...]]:
    """The usual agenda and votes of a meeting of `kind`, to fill in during the meeting.

    A monthly meeting reviews the month, carries the programme's content (seed 003: "đưa
    nội dung học tập và làm theo Bác vào sinh hoạt chi bộ định kỳ") and sets next month's
    tasks, then votes its resolution. A chuyên đề is presented, discussed in depth and
    concluded with tasks and solutions (Chỉ thị 50-CT/TW mục 2: "tập trung thảo luận sâu
    để đề ra các nhiệm vụ, giải pháp có tính khả thi cao")."""
    if kind == MeetingKind.THEMATIC:
        named = "; ".join(f"“{t}”" for t in topics) if topics else "……"
        return (
            (
                AgendaItem(f"Trình bày chuyên đề {named}"),
                AgendaItem("Thảo luận, liên hệ thực tiễn cơ quan, đơn vị"),
                AgendaItem("Nhiệm vụ, giải pháp thực hiện"),
            ),
            (Vote("Thông qua kết luận sinh hoạt chuyên đề"),),
        )
    if kind == MeetingKind.EXTRAORDINARY:
        return (AgendaItem("Nội dung cần giải quyết"),), ()
    return (
        tuple(AgendaItem(title) for title in REGULAR_AGENDA),
        (Vote(f"Thông qua nghị quyết sinh hoạt chi bộ tháng {month}"),),
    )


REGULAR_AGENDA = (
    "Đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị, công tác xây dựng Đảng trong tháng",
    "Nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Phương hướng, nhiệm vụ tháng tới",
)


def carried_agenda(last: Sequence[AgendaItem]) -> tuple[AgendaItem, ...]:
    """Last meeting's agenda as this one's starting point: the items and who presented
    them repeat; what was said does not."""
    return tuple(AgendaItem(item.title, item.presenter) for item in last if item.title)


def carried_votes(last: Sequence[Vote], month: int) -> tuple[Vote, ...]:
    """Last meeting's matters put to the vote (counts to fill in), "tháng N" moved on."""
    moved = []
    for vote in last:
        matter = re.sub(r"\btháng \d{1,2}\b", f"tháng {month}", vote.matter)
        moved.append(Vote(matter))
    return tuple(moved)


def next_regular(
    last: Meeting | None, roll: list[int], fallback_day: dt.date, day: dt.date | None = None
) -> Meeting:
    """A draft of the next monthly meeting: the last one's structure (place, times,
    chair, secretary, agenda and who presents it, the matters voted, the superior
    committee's member who attends), dated a month later (or on `day`), everyone
    present."""
    attendance = tuple(Attendance(person_id) for person_id in roll)
    if last is None:
        first = day or fallback_day
        agenda, votes = agenda_template(MeetingKind.REGULAR, first.month)
        return Meeting(held_on=first.isoformat(), attendance=attendance, agenda=agenda, votes=votes)
    day = day or next_month_day(last.day)
    agenda, votes = agenda_template(MeetingKind.REGULAR, day.month)
    return Meeting(
        held_on=day.isoformat(),
        kind=MeetingKind.REGULAR,
        start_time=last.start_time,
        end_time=last.end_time,
        place=last.place,
        chair_id=last.chair_id,
        secretary_id=last.secretary_id,
        content=content_structure(last.content),
        attendance=attendance,
        guests=tuple(g for g in last.guests if g.superior),
        agenda=carried_agenda(last.agenda) or (agenda if not last.content else ()),
        votes=carried_votes(last.votes, day.month) or votes,
    )


def _clean_lines(text: str) -> str:
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(clean(line) for line in lines).strip("\n")
