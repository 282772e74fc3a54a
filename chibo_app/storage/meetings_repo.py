"""Queries over meetings, their attendance, topics and commendations.

Writes go through storage.records (change history) from services.meetings and
services.topics.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from chibo_app.core import minutes
from chibo_app.core.meetings import (
    Attendance,
    Commendation,
    Counts,
    Meeting,
    MeetingKind,
    NominationSubject,
    Presence,
    Topic,
    commendation_sentence,
    praised,
)
from chibo_app.core.people import PersonFact, on_roll, roll_span
from chibo_app.storage import people_repo

MEETING_COLUMNS = (
    "held_on",
    "kind",
    "start_time",
    "end_time",
    "place",
    "chair_id",
    "secretary_id",
    "content",
    "conclusions",
    "guests",
    "agenda",
    "votes",
)
TOPIC_COLUMNS = (
    "year",
    "position",
    "title",
    "description",
    "planned_month",
    "planned_quarter",
    "presenter",
    "reference_documents",
)


def meeting_values(meeting: Meeting) -> dict[str, object]:
    """The meetings row of a Meeting (without id)."""
    values: dict[str, object] = {name: getattr(meeting, name) for name in MEETING_COLUMNS}
    # The minutes' lists, stored as JSON (core.minutes).
    for name, data in (
        ("guests", minutes.guests_json(meeting.guests)),
        ("agenda", minutes.agenda_json(meeting.agenda)),
        ("votes", minutes.votes_json(meeting.votes)),
    ):
        values[name] = json.dumps(data, ensure_ascii=False)
    values["kind"] = str(meeting.kind)
    values["year"] = meeting.year
    return values


def attendance_values(line: Attendance) -> dict[str, object]:
    return {
        "person_id": line.person_id,
        "presence": str(line.presence),
        "reason": line.reason,
        "late": int(line.late),
    }


def topic_values(topic: Topic) -> dict[str, object]:
    values = {name: getattr(topic, name) for name in TOPIC_COLUMNS if name != "reference_documents"}
    values["reference_documents"] = topic.references
    return values


def _meeting(
    row: tuple[Any, ...],
    topics: tuple[int, ...],
    lines: tuple[Attendance, ...],
    commendations: tuple[Commendation, ...],
) -> Meeting:
    values = dict(zip(MEETING_COLUMNS, row[1:], strict=True))
    values["kind"] = MeetingKind(values["kind"])
    values["guests"] = minutes.guests_from(_loaded(values["guests"]))
    values["agenda"] = minutes.agenda_from(_loaded(values["agenda"]))
    values["votes"] = minutes.votes_from(_loaded(values["votes"]))
    return Meeting(
        id=row[0],
        topic_ids=topics,
        attendance=lines,
        commendations=commendations,
        **values,
    )


def _loaded(text: object) -> object:
    try:
        return json.loads(str(text or "[]"))
    except ValueError:  # damaged by hand: an empty list rather than a crash
        return []


_SELECT = f"SELECT id, {', '.join(MEETING_COLUMNS)} FROM meetings"


def get(db: sqlite_utils.Database, meeting_id: int) -> Meeting | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [meeting_id]).fetchone()
    if row is None:
        return None
    return _meeting(
        row,
        tuple(topic_ids_of(db, [meeting_id]).get(meeting_id, [])),
        tuple(attendance_of(db, [meeting_id]).get(meeting_id, [])),
        tuple(commendations_of(db, [meeting_id]).get(meeting_id, [])),
    )


def of_year(db: sqlite_utils.Database, year: int, *, lines: bool = True) -> list[Meeting]:
    """Every meeting of the year, by date, with topics, attendance and commendations;
    `lines=False`: without the attendance lines (thousands per meeting in a đảng bộ;
    a list counts them with `roll_counts`)."""
    rows = db.execute(f"{_SELECT} WHERE year = ? ORDER BY held_on, id", [year]).fetchall()
    ids = [row[0] for row in rows]
    topics, praise = topic_ids_of(db, ids), commendations_of(db, ids)
    lines_of = attendance_of(db, ids) if lines else {}
    return [
        _meeting(
            row,
            tuple(topics.get(row[0], [])),
            tuple(lines_of.get(row[0], [])),
            tuple(praise.get(row[0], [])),
        )
        for row in rows
    ]


def roll_counts(db: sqlite_utils.Database, year: int) -> dict[int, Counts]:
    """meeting id → the attendance of the people on its roll (core.meetings.count of
    lines_on_roll), for every meeting of the year with lines, in one pass: a line kept
    from before a change of someone's admission or leaving date is not counted."""
    cursor = db.execute(
        "SELECT a.meeting_id, m.held_on, a.person_id, a.presence, a.late, 1 FROM attendance a"
        " JOIN meetings m ON m.id = a.meeting_id WHERE m.year = ?",
        [year],
    )
    return _tally_on_roll(db, cursor)


_PRESENCE_COLUMN = {Presence.PRESENT: 0, Presence.EXCUSED: 1, Presence.ABSENT: 2}


def _tally_on_roll(
    db: sqlite_utils.Database,
    rows: Iterable[tuple[int, str, int, str, int, int]],
    person_id: int | None = None,
) -> dict[int, Counts]:
    """key → Counts of the rows (key, ISO day, person, presence, late, how many) whose
    person was on the roll that day; each person's roll span is worked out once, as a
    đảng bộ's year has tens of thousands of lines. With `person_id`: rows of that person
    only, and only their span worked out."""
    facts = people_repo.person_facts(db, person_id)
    spans = {fact.id: roll_span(fact) for fact in facts}
    days: dict[str, dt.date] = {}
    tallies: dict[int, list[int]] = {}
    for key, held_on, person, presence, late, number in rows:
        span = spans.get(person)
        day = days.get(held_on) or days.setdefault(held_on, dt.date.fromisoformat(held_on))
        if span is None or not span[0] <= day < span[1]:
            continue
        tally = tallies.setdefault(key, [0, 0, 0, 0])
        tally[_PRESENCE_COLUMN[Presence(presence)]] += number
        if late and presence == Presence.PRESENT:
            tally[3] += number
    return {key: Counts(*tally) for key, tally in tallies.items()}


def counted(db: sqlite_utils.Database, year: int) -> list[tuple[str, str, Counts]]:
    """(ISO date, kind, counts) of the year's meetings in order, the attendance of the
    people on each one's roll counted (roll_counts). Two queries."""
    heads = db.execute(
        "SELECT id, held_on, kind FROM meetings WHERE year = ? ORDER BY held_on, id", [year]
    ).fetchall()
    counts = roll_counts(db, year)
    return [(day, kind, counts.get(i, Counts())) for i, day, kind in heads]


def latest_regular(db: sqlite_utils.Database, before: str | None = None) -> int | None:
    """Id of the latest regular meeting (before an ISO date, when given)."""
    row = db.execute(
        "SELECT id FROM meetings WHERE kind = 'regular' AND held_on < ?"
        " ORDER BY held_on DESC, id DESC LIMIT 1",
        [before or "9999"],
    ).fetchone()
    return int(row[0]) if row else None


def _in(ids: list[int]) -> str:
    return ", ".join("?" for _ in ids)


def topic_ids_of(db: sqlite_utils.Database, ids: list[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    if ids:
        cursor = db.execute(
            f"SELECT meeting_id, topic_id FROM meeting_topics WHERE meeting_id IN ({_in(ids)})"
            " ORDER BY id",
            ids,
        )
        for meeting_id, topic_id in cursor:
            found[meeting_id].append(topic_id)
    return found


def attendance_of(db: sqlite_utils.Database, ids: list[int]) -> dict[int, list[Attendance]]:
    found: dict[int, list[Attendance]] = defaultdict(list)
    if ids:
        cursor = db.execute(
            "SELECT meeting_id, id, person_id, presence, reason, late FROM attendance"
            f" WHERE meeting_id IN ({_in(ids)}) ORDER BY id",
            ids,
        )
        for meeting_id, line_id, person, presence, reason, late in cursor:
            found[meeting_id].append(
                Attendance(person, Presence(presence), reason, bool(late), line_id)
            )
    return found


def commendations_of(db: sqlite_utils.Database, ids: list[int]) -> dict[int, list[Commendation]]:
    found: dict[int, list[Commendation]] = defaultdict(list)
    if ids:
        cursor = db.execute(
            "SELECT meeting_id, id, text, nomination_id, person_id, unit_id FROM commendations"
            f" WHERE meeting_id IN ({_in(ids)}) ORDER BY position, id",
            ids,
        )
        for meeting_id, item_id, text, nomination, person, unit in cursor:
            found[meeting_id].append(Commendation(text, nomination, person, unit, item_id))
    return found


def commendation_values(item: Commendation, position: int) -> dict[str, object]:
    return {
        "position": position,
        "text": item.text,
        "nomination_id": item.nomination_id,
        "person_id": item.person_id,
        "unit_id": item.unit_id,
    }


def announced(
    db: sqlite_utils.Database, *, year: int | None = None, meeting_id: int | None = None
) -> list[tuple[int, str, str, int | None]]:
    """(meeting id, ISO date, sentence, nomination id) of the commendations announced in
    a year or at one meeting, in order: "Biểu dương đồng chí … (unit): what for". One
    query: the people and units a commendation or its nomination names come joined."""
    where, value = ("m.id = ?", meeting_id) if meeting_id is not None else ("m.year = ?", year)
    rows = db.execute(
        "SELECT c.meeting_id, m.held_on, c.text, c.nomination_id, c.person_id, c.unit_id,"
        " n.kind, n.title, n.person_id, n.unit_id,"
        " p.full_name, p.unit_id, pu.name, cu.name, np.full_name, np.unit_id, npu.name,"
        " nu.name, p.kind, np.kind FROM commendations c JOIN meetings m ON m.id = c.meeting_id"
        " LEFT JOIN nominations n ON n.id = c.nomination_id"
        " LEFT JOIN people p ON p.id = c.person_id LEFT JOIN units pu ON pu.id = p.unit_id"
        " LEFT JOIN units cu ON cu.id = c.unit_id"
        " LEFT JOIN people np ON np.id = n.person_id LEFT JOIN units npu ON npu.id = np.unit_id"
        " LEFT JOIN units nu ON nu.id = n.unit_id"
        f" WHERE {where} ORDER BY m.held_on, m.id, c.position, c.id",
        [value],
    ).fetchall()
    found = []
    for row in rows:
        meeting, day, text, nomination, person, unit, kind, title, n_person, n_unit = row[:10]
        name, p_unit, p_unit_name, unit_name, n_name, np_unit, np_unit_name, n_unit_name = row[
            10:18
        ]
        people = {person: (name, p_unit), n_person: (n_name, np_unit)}
        outside = {i for i, k in ((person, row[18]), (n_person, row[19])) if k == "non_party"}
        units = {p_unit: p_unit_name, unit: unit_name, np_unit: np_unit_name, n_unit: n_unit_name}
        item = Commendation(text, nomination, person, unit)
        subject = NominationSubject(kind, title, n_person, n_unit) if kind else None
        whom = praised(item, subject, people, units, outside)
        found.append((meeting, day, commendation_sentence(whom, text), nomination))
    return found


def meeting_topic_rows(db: sqlite_utils.Database, meeting_id: int) -> dict[int, int]:
    """topic id → meeting_topics row id of one meeting."""
    cursor = db.execute(
        "SELECT topic_id, id FROM meeting_topics WHERE meeting_id = ?", [meeting_id]
    )
    return {topic: row for topic, row in cursor}


def person_counts(
    db: sqlite_utils.Database, year: int, until: str | None = None, person_id: int | None = None
) -> dict[int, Counts]:
    """person id → attendance counts over the year's meetings (up to an ISO date), each
    meeting counted only for the people on its roll (a line kept from before a change
    of admission or leaving date does not count). With `person_id`, only that person's
    (their attendance lines only: a person's editor opens at once in a large file)."""
    one = " AND a.person_id = ?" if person_id is not None else ""
    cursor = db.execute(
        "SELECT a.person_id, m.held_on, a.person_id, a.presence, a.late, count(*)"
        " FROM attendance a JOIN meetings m ON m.id = a.meeting_id"
        f" WHERE m.year = ? AND m.held_on <= ?{one}"
        " GROUP BY m.held_on, a.person_id, a.presence, a.late",
        [year, until or "9999", *([person_id] if person_id is not None else [])],
    )
    return _tally_on_roll(db, cursor, person_id)


# Topics ------------------------------------------------------------------------------


def _topic(row: tuple[Any, ...]) -> Topic:
    values = dict(zip(TOPIC_COLUMNS, row[1:], strict=True))
    values["references"] = values.pop("reference_documents")
    return Topic(id=row[0], **values)


_TOPICS = f"SELECT id, {', '.join(TOPIC_COLUMNS)} FROM topics"


def topics_of_year(db: sqlite_utils.Database, year: int) -> list[Topic]:
    cursor = db.execute(f"{_TOPICS} WHERE year = ? ORDER BY position, id", [year])
    return [_topic(row) for row in cursor]


def get_topic(db: sqlite_utils.Database, topic_id: int) -> Topic | None:
    row = db.execute(f"{_TOPICS} WHERE id = ?", [topic_id]).fetchone()
    return _topic(row) if row else None


def meetings_of_topics(db: sqlite_utils.Database, year: int) -> dict[int, list[tuple[int, str]]]:
    """topic id → [(meeting id, ISO date)] of the meetings that discussed it, by date."""
    cursor = db.execute(
        "SELECT mt.topic_id, m.id, m.held_on FROM meeting_topics mt"
        " JOIN meetings m ON m.id = mt.meeting_id JOIN topics t ON t.id = mt.topic_id"
        " WHERE t.year = ? ORDER BY m.held_on, m.id",
        [year],
    )
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for topic, meeting, day in cursor:
        found[topic].append((meeting, day))
    return dict(found)


def other_year_topics(db: sqlite_utils.Database, year: int) -> dict[int, str]:
    """{id: title} of topics of another year that a meeting of `year` discussed."""
    cursor = db.execute(
        "SELECT t.id, t.title FROM topics t JOIN meeting_topics mt ON mt.topic_id = t.id"
        " JOIN meetings m ON m.id = mt.meeting_id WHERE m.year = ? AND t.year != ?",
        [year, year],
    )
    return {int(i): str(title) for i, title in cursor}


def member_facts(db: sqlite_utils.Database) -> dict[int, PersonFact]:
    """person id → what decides their membership on a date (core.people.on_roll)."""
    return {fact.id: fact for fact in people_repo.person_facts(db)}


def roll(db: sqlite_utils.Database, day: dt.date) -> list[int]:
    """Ids of the people on the roll of a meeting held on `day`, by id: the party
    members of that day (core.people.on_roll)."""
    return [fact.id for fact in people_repo.person_facts(db) if on_roll(fact, day)]


def next_topic_position(db: sqlite_utils.Database, year: int) -> int:
    """Where a new topic of `year` goes: after the last one."""
    row = db.execute("SELECT max(position) FROM topics WHERE year = ?", [year]).fetchone()
    return (int(row[0]) if row[0] is not None else -1) + 1


def meetings_on_topic(db: sqlite_utils.Database, topic_id: int) -> int:
    """How many meetings discussed the topic."""
    cursor = db.execute("SELECT count(*) FROM meeting_topics WHERE topic_id = ?", [topic_id])
    return int(cursor.fetchone()[0])
