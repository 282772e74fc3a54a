"""Cell meetings: save with topics, attendance and commendations (every write recorded),
the year by month, the next monthly meeting drafted from the last one, and attendance
statistics per person (for the person's page and the year-end evaluation).

Topics of a year are in services.topics; printing the record in services.meeting_printing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chibo_app.core import meetings as rules
from chibo_app.core import minutes
from chibo_app.core.dates import BadDate, parse_date, to_display
from chibo_app.core.edits import ChangedElsewhere, check_edit, rebased
from chibo_app.core.meetings import (
    Attendance,
    Counts,
    Meeting,
    MeetingKind,
    MeetingRow,
    MonthView,
    Presence,
)
from chibo_app.core.member_kinds import party_post
from chibo_app.core.messages import Message, msg
from chibo_app.core.minutes import Composition
from chibo_app.core.person_order import person_order
from chibo_app.core.text import name_sort_key
from chibo_app.core.year_report import rate_text as report_rate_text
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services.session import Session
from chibo_app.storage import meetings_repo, nominations_repo, people_repo, records, transactions

if TYPE_CHECKING:  # topics imports this module
    from chibo_app.services.topics import TopicRow


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = meetings_repo.get(session.db, meeting_id)
    if meeting is None:
        raise ChiboError(msg("Không tìm thấy buổi sinh hoạt này (có thể đã bị xóa)."))
    return meeting


def meetings_of_year(session: Session, year: int) -> list[Meeting]:
    return meetings_repo.of_year(session.db, year)


def roll(session: Session, day: dt.date) -> list[int]:
    """Who is on the roll of a meeting held on `day`: the party members of that day
    (admitted by then, not transferred, deceased or exempted by then). Non-party staff
    are on no roll: the minutes count party members ("đồng chí")."""
    return meetings_repo.roll(session.db, day)


def with_roll(session: Session, meeting: Meeting) -> Meeting:
    """The meeting with the roll of its day: the marks of those still on it kept,
    newcomers present, lines of people not on it dropped (after a change of date)."""
    return meeting.with_changes(
        attendance=rules.with_roll(meeting.attendance, roll(session, meeting.day))
    )


def new_meeting(session: Session, day: dt.date, kind: MeetingKind = MeetingKind.REGULAR) -> Meeting:
    """An unsaved meeting on `day` with everyone on the roll present, and the agenda and
    votes of its kind to fill in."""
    agenda, votes = rules.agenda_template(kind, day.month)
    return Meeting(
        held_on=day.isoformat(),
        kind=kind,
        attendance=tuple(Attendance(p) for p in roll(session, day)),
        agenda=agenda,
        votes=votes,
    )


def composition(session: Session, meeting: Meeting) -> Composition:
    """The cell's members on the meeting's day by kind, those present, and the voters
    (full members present; Điều lệ Đảng Điều 3: dự bị do not vote)."""
    present = [a.person_id for a in meeting.attendance if a.presence == Presence.PRESENT]
    return minutes.composition(meetings_repo.member_facts(session.db), present, meeting.day)


def draft_next_regular(session: Session, year: int) -> Meeting:
    """The next monthly meeting of the viewed `year` (unsaved), copying the structure of
    the last one, with the roll of its day: the month after the year's last regular
    meeting; once December is held, the year's first month still without one. A year
    whose twelve months all had theirs is said, not drafted into the next year (where
    the page would not show it)."""
    last_id = meetings_repo.latest_regular(session.db, f"{year + 1}")
    last = get_meeting(session, last_id) if last_id is not None else None
    day: dt.date | None = None
    if last is not None and last.year < year:  # the first meeting of a new year
        day = rules.day_in_month(last.day, year, 1)
    elif last is not None and last.day.month == 12:
        missing = [v.month for v in months(session, year) if not v.has_regular]
        if not missing:
            raise ValidationError(
                {
                    "held_on": msg(
                        "Năm {year} đã ghi đủ sinh hoạt thường kỳ 12 tháng. Buổi tháng 1/{next}"
                        " thuộc năm {next}: chọn năm {next} rồi tạo buổi sinh hoạt.",
                        year=year,
                        next=year + 1,
                    )
                }
            )
        day = rules.day_in_month(last.day, year, missing[0])
    return with_roll(session, rules.next_regular(last, [], dt.date(year, 1, 5), day))


def parse_day(typed: str) -> str:
    """A date as typed (dd/mm/yyyy or ISO) → ISO; ValidationError if not a full date."""
    try:
        value = parse_date(typed)
    except BadDate as error:
        raise ValidationError({"held_on": error.message}) from None
    if value is None or len(value) != 10:
        raise ValidationError({"held_on": msg("Cần ghi đủ ngày/tháng/năm.")})
    return value


_EDIT_LABELS = {
    "held_on": "ngày họp",
    "kind": "loại buổi họp",
    "start_time": "giờ bắt đầu",
    "end_time": "giờ kết thúc",
    "place": "địa điểm",
    "chair_id": "người chủ trì",
    "secretary_id": "thư ký",
    "content": "nội dung",
    "conclusions": "nghị quyết, kết luận",
    "guests": "khách mời",
    "agenda": "nội dung, ý kiến thảo luận",
    "votes": "biểu quyết",
    "topic_ids": "chuyên đề",
    "attendance": "điểm danh",
    "commendations": "biểu dương",
}


def _together(problems: list[Message]) -> Message:
    """Several problems of one field as one message (each translated on its own)."""
    if len(problems) == 1:
        return problems[0]
    return msg("{problems}", problems=tuple(problems))


def save_meeting(
    session: Session, meeting: Meeting, *, loaded: Meeting | None = None, overwrite: bool = False
) -> Meeting:
    """Insert (id None) or update a meeting with its topics, attendance and
    commendations, in one transaction; returns the stored meeting.

    `loaded` is the meeting as the editor loaded it: then only what the user changed is
    written, and ChangedElsewhere is raised (nothing written) if the meeting changed
    elsewhere since, unless `overwrite`.
    """
    meeting = rules.normalise_meeting(meeting)
    rules.ensure_valid(meeting)
    meeting = with_roll(session, meeting)
    vote_problems = minutes.vote_problems(meeting.votes, composition(session, meeting).voters)
    if vote_problems:
        raise ValidationError({"votes": _together(vote_problems)})
    away_ids = [a.person_id for a in meeting.attendance if a.presence != Presence.PRESENT]
    away = people_repo.names(session.db, away_ids, active=False).values() if away_ids else ()
    speaker_problems = minutes.speaker_problems(meeting.agenda, away)
    if speaker_problems:
        raise ValidationError({"agenda": _together(speaker_problems)})
    db, editor = session.db, session.editor
    with transactions.immediate(db):
        if loaded is not None and meeting.id is not None and loaded.id == meeting.id:
            meeting = _rebase_edit(session, loaded, meeting, overwrite)
        values = meetings_repo.meeting_values(meeting)
        if meeting.id is None:
            meeting_id = records.insert(db, editor, "meetings", values)
            old = Meeting(held_on=meeting.held_on)
        else:
            meeting_id = meeting.id
            old = get_meeting(session, meeting_id)
            records.update(db, editor, "meetings", meeting_id, values)
        _write_topics(session, meeting_id, meeting.topic_ids)
        _write_attendance(session, meeting_id, old.attendance, meeting.attendance)
        _write_commendations(session, meeting_id, old, meeting)
    return get_meeting(session, meeting_id)


def _rebase_edit(session: Session, loaded: Meeting, edited: Meeting, overwrite: bool) -> Meeting:
    assert edited.id is not None
    stored = with_roll(session, get_meeting(session, edited.id))
    loaded = with_roll(session, rules.normalise_meeting(loaded))
    check = check_edit(loaded, edited, stored, tuple(_EDIT_LABELS))
    if check.theirs and not overwrite:
        when = to_display(stored.held_on)
        raise ChangedElsewhere(msg("Buổi sinh hoạt ngày {day}", day=when), check, _EDIT_LABELS)
    return with_roll(session, rebased(stored, edited, check.mine))


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Remove a meeting entered by mistake, with its lines (each recorded)."""
    meeting = get_meeting(session, meeting_id)
    db, editor = session.db, session.editor
    with db.atomic():
        for row_id in meetings_repo.meeting_topic_rows(db, meeting_id).values():
            records.delete(db, editor, "meeting_topics", row_id)
        for line in meeting.attendance:
            assert line.id is not None
            records.delete(db, editor, "attendance", line.id)
        for item in meeting.commendations:
            assert item.id is not None
            records.delete(db, editor, "commendations", item.id)
        records.delete(db, editor, "meetings", meeting_id)


@dataclass(frozen=True)
class PraiseChoice:
    """Someone a commendation may praise, for the editor's list."""

    kind: str  # "nomination" | "person" | "unit"
    id: int
    name: str  # the nomination's title, the person's or the unit's name
    detail: str = ""  # whom the nomination praises in words; the person's unit
    outside: bool = False  # a person who is quần chúng ("đồng chí" only for members)


def praise_choices(session: Session, meeting: Meeting) -> list[PraiseChoice]:
    """Whom a commendation of this meeting may praise: the year's nominations (with
    their subject), the comrades on the meeting's roll, the units in use; and whoever
    its commendations already name."""
    db = session.db
    named = meeting.commendations
    units = nominations_repo.unit_names(db)
    found = nominations_repo.of_year(db, meeting.year)
    comrades = set(roll(session, meeting.day)) | {
        c.person_id for c in named if c.person_id is not None
    }
    wanted = list(comrades | {n.person_id for n in found if n.person_id is not None})
    people = {
        i: (name, unit) for i, (name, unit, _t) in nominations_repo.people_info(db, wanted).items()
    }
    outside = people_repo.non_party_ids(db, people)
    choices = [
        PraiseChoice(
            "nomination",
            n.id or 0,
            n.title,
            rules.praised(
                rules.Commendation("", n.id),
                rules.NominationSubject(str(n.kind), n.title, n.person_id, n.unit_id),
                people,
                units,
                outside,
            ),
        )
        for n in found
    ]
    listed = sorted((i for i in comrades if i in people), key=lambda i: name_sort_key(people[i][0]))
    choices += [
        PraiseChoice("person", i, people[i][0], units.get(people[i][1] or -1, ""), i in outside)
        for i in listed
    ]
    active = nominations_repo.active_units(db)
    kept = {c.unit_id for c in named if c.unit_id is not None} - {i for i, _n in active}
    choices += [
        PraiseChoice("unit", i, name)
        for i, name in active + [(i, units[i]) for i in sorted(kept) if i in units]
    ]
    return choices


def _write_topics(session: Session, meeting_id: int, topic_ids: tuple[int, ...]) -> None:
    db, editor = session.db, session.editor
    stored = meetings_repo.meeting_topic_rows(db, meeting_id)
    for topic_id, row_id in stored.items():
        if topic_id not in topic_ids:
            records.delete(db, editor, "meeting_topics", row_id)
    for topic_id in topic_ids:
        if topic_id not in stored:
            if meetings_repo.get_topic(db, topic_id) is None:
                raise ChiboError(msg("Chuyên đề đã chọn không còn (có thể đã bị xóa)."))
            records.insert(
                db, editor, "meeting_topics", {"meeting_id": meeting_id, "topic_id": topic_id}
            )


def _write_attendance(
    session: Session,
    meeting_id: int,
    old: tuple[Attendance, ...],
    new: tuple[Attendance, ...],
) -> None:
    """Lines matched by person: changed ones updated, missing ones deleted, new inserted."""
    db, editor = session.db, session.editor
    stored = {a.person_id: a for a in old}
    wanted = {a.person_id for a in new}
    for line in old:
        if line.person_id not in wanted and line.id is not None:
            records.delete(db, editor, "attendance", line.id)
    for line in new:
        values = meetings_repo.attendance_values(line)
        before = stored.get(line.person_id)
        if before is None or before.id is None:
            records.insert(db, editor, "attendance", {"meeting_id": meeting_id, **values})
        else:
            records.update(db, editor, "attendance", before.id, values)


def _write_commendations(session: Session, meeting_id: int, old: Meeting, new: Meeting) -> None:
    db, editor = session.db, session.editor
    kept = {c.id for c in new.commendations if c.id is not None}
    for item in old.commendations:
        if item.id is not None and item.id not in kept:
            records.delete(db, editor, "commendations", item.id)
    for position, item in enumerate(new.commendations):
        values = meetings_repo.commendation_values(item, position)
        if item.id is None or item.id not in {c.id for c in old.commendations}:
            records.insert(db, editor, "commendations", {"meeting_id": meeting_id, **values})
        else:
            records.update(db, editor, "commendations", item.id, values)


# The year ------------------------------------------------------------------------------


def meeting_rows(session: Session, year: int) -> list[MeetingRow]:
    """The year's meetings with their topics' titles and attendance counts (of the
    people on each meeting's roll). The meetings come without their attendance lines
    (a list shows counts; an editor reads its meeting with get_meeting)."""
    titles = {t.id or 0: t.title for t in meetings_repo.topics_of_year(session.db, year)}
    titles.update(_other_titles(session, year, titles))
    counts = meetings_repo.roll_counts(session.db, year)
    return [
        MeetingRow(m, [titles.get(t, "") for t in m.topic_ids], counts.get(m.id or 0, Counts()))
        for m in meetings_repo.of_year(session.db, year, lines=False)
    ]


def in_list_order(session: Session, day: str, lines: Iterable[Attendance]) -> list[Attendance]:
    """Attendance lines in the order every list names people (core.person_order: Bí thư,
    Phó Bí thư, chi ủy viên, members without a post, then quần chúng, each by Vietnamese
    name order), posts as held on `day`: the editor's table and the printed list alike."""
    order = _list_order(session, day)
    return sorted(lines, key=lambda line: order(line.person_id))


def ids_in_list_order(session: Session, day: str, ids: Iterable[int]) -> list[int]:
    """People in the order of `in_list_order` (the chair and secretary choices follow the
    attendance table)."""
    return sorted(ids, key=_list_order(session, day))


def _list_order(session: Session, day: str) -> Callable[[int], tuple[object, ...]]:
    people = {r.id: r for r in people_repo.person_rows(session.db, day)}

    def order(person_id: int) -> tuple[object, ...]:
        row = people.get(person_id)
        if row is None:
            return person_order("")
        return person_order(row.full_name, party_post(row), row.kind)

    return order


def lines_on_roll(session: Session, meeting: Meeting) -> list[Attendance]:
    """The meeting's attendance lines of the people on its roll (what is printed and
    counted)."""
    return rules.lines_on_roll(
        meeting.attendance, meetings_repo.member_facts(session.db), meeting.day
    )


def _other_titles(session: Session, year: int, known: dict[int, str]) -> dict[int, str]:
    """Titles of topics of another year a meeting of `year` discussed (rare)."""
    found = meetings_repo.other_year_topics(session.db, year)
    return {i: title for i, title in found.items() if i not in known}


def months(session: Session, year: int) -> list[MonthView]:
    """The twelve months of the year with their meetings (calendar-like list)."""
    today = session.today()
    views = [
        MonthView(
            month,
            past=(year, month) <= (today.year, today.month),
            ended=(year, month) < (today.year, today.month),
        )
        for month in range(1, 13)
    ]
    for row in meeting_rows(session, year):
        views[row.meeting.day.month - 1].rows.append(row)
    return views


@dataclass(frozen=True)
class YearSummary:
    months_begun: int  # months of the year whose regular meeting is due (MonthView.due)
    months_with_regular: int  # of those, how many had their regular meeting
    missing_months: tuple[int, ...]  # due months without a regular meeting
    thematic_held: int  # thematic meetings held
    topics_total: int
    topics_held: int
    average_rate: float | None  # average attendance rate of the meetings held


def year_summary(
    session: Session,
    year: int,
    views: list[MonthView] | None = None,
    topic_rows: list[TopicRow] | None = None,
) -> YearSummary:
    """The year's meetings in figures; `views` (months) and `topic_rows` when the caller
    has already read them (a page shows both)."""
    views = months(session, year) if views is None else views
    today = session.today()
    begun = [v for v in views if v.due_on(today)]
    rows = [r for v in views for r in v.rows]
    if topic_rows is None:
        from chibo_app.services import topics  # noqa: PLC0415 - topics imports this module

        topic_rows = topics.topic_rows(session, year)
    rates = [r.counts.rate for r in rows if r.counts.rate is not None]
    return YearSummary(
        months_begun=len(begun),
        months_with_regular=sum(1 for v in begun if v.has_regular),
        missing_months=tuple(v.month for v in begun if not v.has_regular),
        thematic_held=sum(1 for r in rows if r.meeting.kind == MeetingKind.THEMATIC),
        topics_total=len(topic_rows),
        topics_held=sum(1 for t in topic_rows if t.held),
        average_rate=sum(rates) / len(rates) if rates else None,
    )


# Statistics ----------------------------------------------------------------------------


def attendance_stats(session: Session, year: int, until: str | None = None) -> dict[int, Counts]:
    """person id → attendance over the year's meetings (up to an ISO date) whose roll
    the person was on: present (late counted among them), excused, absent, and `rate` =
    present / those meetings."""
    return meetings_repo.person_counts(session.db, year, until)


def person_attendance(session: Session, person_id: int, year: int) -> Counts:
    """One person's attendance over a year (all zero when never on a roll)."""
    counts = meetings_repo.person_counts(session.db, year, person_id=person_id)
    return counts.get(person_id, Counts())


def percent_text(rate: float | None) -> str:
    """An attendance rate (0–1) as everywhere else, the year report included: one
    decimal with a comma, none when whole ('90,4%', '90%'); '' for none."""
    return report_rate_text(rate)


def counts_text(counts: Counts) -> str:
    """'11/13 (84,6%)'; '' when the person was on no meeting's roll."""
    if not counts.total:
        return ""
    return f"{counts.present}/{counts.total} ({percent_text(counts.rate)})"


def rate_text(counts: Counts) -> Message:
    """'Dự 11/13 buổi (84,6%), vắng có lý do 2' — for the person page and the evaluation
    (str() is the Vietnamese, which the review form prints)."""
    if not counts.total:
        return msg("Chưa có buổi sinh hoạt nào")
    text = msg(
        "Dự {present}/{total} buổi ({rate})",
        present=counts.present,
        total=counts.total,
        rate=percent_text(counts.rate),
    )
    extra = []
    if counts.excused:
        extra.append(msg("vắng có lý do {count}", count=counts.excused))
    if counts.absent:
        extra.append(msg("vắng không lý do {count}", count=counts.absent))
    if counts.late:
        extra.append(msg("đến muộn {count}", count=counts.late))
    for more in extra:
        text = msg("{text}, {more}", text=text, more=more)
    return text
