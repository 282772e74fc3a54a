"""What the minutes record of a cell meeting beyond attendance: guests, each agenda item
with what was presented and who said what, each vote, and the resolution.

Chỉ thị 50-CT/TW names weak resolutions in sinh hoạt chi bộ as a fault ("công tác chuẩn
bị nội dung, điều hành, thảo luận, ban hành nghị quyết … chưa đáp ứng yêu cầu"); the
minutes are the record of what the chi bộ discussed and decided. Votes are cast by the
full members present: Điều lệ Đảng Điều 3, "đảng viên dự bị có các quyền trên đây, trừ
quyền biểu quyết, ứng cử và bầu cử cơ quan lãnh đạo của Đảng".

Pure data and rules; stored as JSON on the meeting (storage.meetings_repo).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from chibo_app.core.messages import Message, msg
from chibo_app.core.people import Kind, PersonFact, Status, kind_at, on_roll
from chibo_app.core.text import clean
from chibo_app.core.year_report import percent_text


@dataclass(frozen=True)
class Guest:
    """Someone not on the roll who attended: a member of the superior committee (cấp ủy
    cấp trên dự, often "dự và chỉ đạo") or an invited guest (khách mời)."""

    name: str
    title: str = ""  # "Ủy viên Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh"
    superior: bool = False


@dataclass(frozen=True)
class Opinion:
    """One contribution to the discussion of an agenda item: who, and what, briefly."""

    speaker: str  # as the minutes name them: "Trần Thị Bình", "đồng chí Bí thư"
    text: str


@dataclass(frozen=True)
class AgendaItem:
    title: str
    presenter: str = ""  # who presented it (a name)
    content: str = ""  # what was presented, briefly
    opinions: tuple[Opinion, ...] = ()


@dataclass(frozen=True)
class Vote:
    """A matter put to the vote and the count: tán thành, không tán thành, ý kiến khác."""

    matter: str
    agree: int = 0
    disagree: int = 0
    other: int = 0

    @property
    def cast(self) -> int:
        return self.agree + self.disagree + self.other


@dataclass(frozen=True)
class Composition:
    """Who the meeting concerned, on its day: the cell's members by kind, those on the roll
    present, and the voters (full members present)."""

    full: int = 0  # đảng viên chính thức on the roll
    probationary: int = 0  # đảng viên dự bị on the roll
    exempted: int = 0  # miễn công tác và sinh hoạt đảng (members, not on the roll)
    present_full: int = 0
    present_probationary: int = 0

    @property
    def members(self) -> int:
        """Every party member of the cell that day, the exempted included."""
        return self.full + self.probationary + self.exempted

    @property
    def on_roll(self) -> int:
        return self.full + self.probationary

    @property
    def present(self) -> int:
        return self.present_full + self.present_probationary

    @property
    def voters(self) -> int:
        """Điều lệ Đảng Điều 3: only full members vote; dự bị do not."""
        return self.present_full


def composition(
    facts: Mapping[int, PersonFact], present: Iterable[int], day: dt.date
) -> Composition:
    """The members of the cell on `day` by kind, and those of them present (`present`:
    the ids marked present, late arrivals included)."""
    here = set(present)
    full = probationary = exempted = present_full = present_probationary = 0
    for person_id, fact in facts.items():
        kind = kind_at(fact, day)
        if kind == Kind.NON_PARTY:
            continue
        if not on_roll(fact, day):
            if _exempted_on(fact, day):
                exempted += 1
            continue
        if kind == Kind.FULL:
            full += 1
            present_full += person_id in here
        else:
            probationary += 1
            present_probationary += person_id in here
    return Composition(full, probationary, exempted, present_full, present_probationary)


def _exempted_on(fact: PersonFact, day: dt.date) -> bool:
    if fact.status != Status.EXEMPTED:
        return False
    return not fact.status_date or dt.date.fromisoformat(fact.status_date[:10]) <= day


def unanimous(matter: str, voters: int) -> Vote:
    """A vote as it usually goes, ready to correct: every voter for."""
    return Vote(matter, agree=voters)


def vote_problems(votes: Sequence[Vote], voters: int) -> list[Message]:
    """Each vote must name its matter and count exactly the full members present (a
    dự bị member does not vote; someone who abstains is counted under "ý kiến khác"); a
    vote not counted yet (all zero) is left to count, and prints with blanks to fill."""
    problems: list[Message] = []
    for number, vote in enumerate(votes, start=1):
        if not clean(vote.matter):
            problems.append(
                msg("Biểu quyết thứ {number}: cần ghi nội dung biểu quyết.", number=number)
            )
        elif min(vote.agree, vote.disagree, vote.other) < 0:
            problems.append(
                msg("Biểu quyết “{matter}”: số phiếu không thể âm.", matter=clean(vote.matter))
            )
        elif vote.cast and vote.cast != voters:
            problems.append(
                msg(
                    "Biểu quyết “{matter}”: {cast} ý kiến, trong khi có {voters} đảng viên "
                    "chính thức có mặt (đảng viên dự bị không biểu quyết).",
                    matter=clean(vote.matter),
                    cast=vote.cast,
                    voters=voters,
                )
            )
    return problems


def speaker_problems(agenda: Sequence[AgendaItem], away: Iterable[str]) -> list[Message]:
    """The minutes record what was said at the meeting: someone the roll marks away
    (with or without reason) cannot have presented an item or given an opinion there.
    Names are matched as typed, "đồng chí" and letter case aside."""
    gone = {_speaker(name).casefold(): clean(name) for name in away if clean(name)}
    problems: list[Message] = []
    named: set[str] = set()
    for item in agenda:
        for who in (item.presenter, *(o.speaker for o in item.opinions)):
            name = gone.get(_speaker(who).casefold())
            if name is None or name in named:
                continue
            named.add(name)
            problems.append(
                msg(
                    "Đồng chí {name} vắng mặt buổi này nhưng được ghi là phát biểu ở mục "
                    "“{item}”: hãy sửa điểm danh hoặc người phát biểu.",
                    name=name,
                    item=clean(item.title),
                )
            )
    return problems


def vote_sentence(vote: Vote, voters: int) -> str:
    """'Số đảng viên chính thức có mặt biểu quyết: 15/15; tán thành 15 (100%), không tán
    thành 0, ý kiến khác 0.' (blanks to fill by hand for a vote not counted yet)."""
    if not vote.cast:
        return (
            f"Số đảng viên chính thức có mặt biểu quyết: ……/{voters}; tán thành ……, "
            "không tán thành ……, ý kiến khác ……."
        )
    return (
        f"Số đảng viên chính thức có mặt biểu quyết: {vote.cast}/{voters}; tán thành "
        f"{vote.agree} ({percent_text(vote.agree, vote.cast)}), không tán thành "
        f"{vote.disagree}, ý kiến khác {vote.other}."
    )


# Typing during the meeting --------------------------------------------------------------

_OPINION = re.compile(r"^\s*[-–•+*]?\s*(?P<who>[^:]{2,60}?)\s*:\s*(?P<what>\S.*)$")


def parse_opinions(text: str) -> tuple[Opinion, ...]:
    """One opinion a line, "Trần Thị Bình: đề nghị …" (a leading dash is fine); a line
    without a speaker continues the one before (or stands alone)."""
    found: list[Opinion] = []
    for line in (text or "").replace("\r\n", "\n").split("\n"):
        line = clean(line)
        if not line:
            continue
        match = _OPINION.match(line)
        if match and not match.group("who").strip().isdigit():
            found.append(Opinion(_speaker(match.group("who")), clean(match.group("what"))))
        elif found:
            last = found[-1]
            found[-1] = Opinion(last.speaker, f"{last.text} {line.lstrip('-–•+* ')}")
        else:
            found.append(Opinion("", line.lstrip("-–•+* ")))
    return tuple(found)


def _speaker(who: str) -> str:
    """'Đ/c Bình', 'đồng chí Bình' → 'Bình': the minutes add "đồng chí" themselves."""
    who = clean(who)
    return re.sub(r"^(?:đ/c|đc|đồng chí)\s+", "", who, flags=re.IGNORECASE)


def opinions_text(opinions: Iterable[Opinion]) -> str:
    """The editor's text for `opinions` (parse_opinions reads it back)."""
    return "\n".join(f"{o.speaker}: {o.text}" if o.speaker else o.text for o in opinions)


# Stored form (JSON on the meetings row) ------------------------------------------------


def guests_json(guests: Sequence[Guest]) -> list[dict[str, Any]]:
    return [{"name": g.name, "title": g.title, "superior": g.superior} for g in guests]


def guests_from(data: object) -> tuple[Guest, ...]:
    return tuple(
        Guest(str(g.get("name", "")), str(g.get("title", "")), bool(g.get("superior")))
        for g in _dicts(data)
    )


def agenda_json(items: Sequence[AgendaItem]) -> list[dict[str, Any]]:
    return [
        {
            "title": i.title,
            "presenter": i.presenter,
            "content": i.content,
            "opinions": [{"speaker": o.speaker, "text": o.text} for o in i.opinions],
        }
        for i in items
    ]


def agenda_from(data: object) -> tuple[AgendaItem, ...]:
    return tuple(
        AgendaItem(
            str(i.get("title", "")),
            str(i.get("presenter", "")),
            str(i.get("content", "")),
            tuple(
                Opinion(str(o.get("speaker", "")), str(o.get("text", "")))
                for o in _dicts(i.get("opinions"))
            ),
        )
        for i in _dicts(data)
    )


def votes_json(votes: Sequence[Vote]) -> list[dict[str, Any]]:
    return [
        {"matter": v.matter, "agree": v.agree, "disagree": v.disagree, "other": v.other}
        for v in votes
    ]


def votes_from(data: object) -> tuple[Vote, ...]:
    return tuple(
        Vote(
            str(v.get("matter", "")),
            int(v.get("agree") or 0),
            int(v.get("disagree") or 0),
            int(v.get("other") or 0),
        )
        for v in _dicts(data)
    )


def _dicts(data: object) -> list[dict[str, Any]]:
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def cleaned_agenda(items: Iterable[AgendaItem]) -> tuple[AgendaItem, ...]:
    """Stored form: text cleaned (line breaks kept in the content), empty items dropped."""
    kept = []
    for item in items:
        opinions = tuple(
            Opinion(clean(o.speaker), clean(o.text)) for o in item.opinions if clean(o.text)
        )
        content = "\n".join(clean(line) for line in item.content.splitlines()).strip("\n")
        if clean(item.title) or content or opinions:
            kept.append(AgendaItem(clean(item.title), clean(item.presenter), content, opinions))
    return tuple(kept)


def cleaned_guests(guests: Iterable[Guest]) -> tuple[Guest, ...]:
    return tuple(Guest(clean(g.name), clean(g.title), g.superior) for g in guests if clean(g.name))


def cleaned_votes(votes: Iterable[Vote]) -> tuple[Vote, ...]:
    return tuple(
        Vote(clean(v.matter), v.agree, v.disagree, v.other)
        for v in votes
        if clean(v.matter) or v.cast
    )
