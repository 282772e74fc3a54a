"""What the classification of a person in a year depends on besides the evaluation
itself: their kind as of the year's evaluation deadline, their standing (366 Điều 5
exemptions, discipline, conclusions, HD 43 mục 7 notes) from their records, the
criteria frame their positions suggest, and who may vote at a meeting."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from contextvars import ContextVar

from chibo_app.core.messages import msg
from chibo_app.core.people import Kind, PersonFact, kind_at
from chibo_app.core.person_events import PersonEvent
from chibo_app.core.standing import Standing, exemption, frame_from_position, standing
from chibo_app.errors import ChiboError
from chibo_app.services import meetings, years
from chibo_app.services.session import Session
from chibo_app.storage import meetings_repo, people_repo, person_events_repo
from chibo_app.storage.settled import kept


def membership(session: Session, person_id: int) -> PersonFact | None:
    db = session.db
    return kept(db, ("membership", person_id), lambda: people_repo.membership(db, person_id))


def _events(session: Session, person_id: int) -> tuple[PersonEvent, ...]:
    """The person's records (kept by a settled block: each step of an evaluation asks)."""
    db = session.db
    return kept(
        db, ("person_events", person_id), lambda: tuple(person_events_repo.of_person(db, person_id))
    )


def due(session: Session, year: int) -> dt.date:
    """The year's evaluation deadline: the day of the review."""
    return years.get_year(session, year).deadline("evaluation_due")


def year_kind(session: Session, person_id: int, year: int) -> Kind | None:
    """What the person was in `year`: their kind as of the year's evaluation deadline."""
    person = membership(session, person_id)
    return None if person is None else kind_at(person, due(session, year))


def exemption_hint(session: Session, person_id: int, year: int) -> str | None:
    """Why the person is not classified in `year` (366 Điều 5 k2.1), if a rule says so."""
    person = membership(session, person_id)
    if person is None:
        return None
    events = _events(session, person_id)
    return exemption(person, events, due(session, year))


def person_standing(session: Session, person_id: int, year: int) -> Standing:
    person = membership(session, person_id)
    if person is None:
        return Standing()
    events = _events(session, person_id)
    return standing(person, events, year, due(session, year))


def suggested_frame(session: Session, person_id: int, year: int) -> str:
    """The frame the person's government position suggests on the review day (or today
    when the year's review is still ahead)."""
    day = min(session.today(), due(session, year)).isoformat()
    db = session.db

    def read() -> str:
        rows = people_repo.person_rows(db, day, person_id)
        return frame_from_position(rows[0].government_position if rows else None)

    return kept(db, ("frame", person_id, day), read)


# (connection, meeting id) → its voters, while a block promises that neither changes.
_FIXED_VOTERS: ContextVar[dict[tuple[int, int], int] | None] = ContextVar(
    "fixed_voters", default=None
)


@contextlib.contextmanager
def voters_fixed(session: Session, meeting_id: int) -> Iterator[int]:
    """The meeting's voters counted once for a block that changes neither its
    attendance nor anyone's membership (the list of a year voted at one meeting: each
    evaluation's vote is checked against the count, which costs a pass over the whole
    cell, once per meeting instead of once per evaluation)."""
    allowed = voters_allowed(session, meeting_id)
    fixed = dict(_FIXED_VOTERS.get() or {})
    fixed[(id(session.db.conn), meeting_id)] = allowed
    token = _FIXED_VOTERS.set(fixed)
    try:
        yield allowed
    finally:
        _FIXED_VOTERS.reset(token)


def voters_allowed(session: Session, meeting_id: int) -> int:
    """How many may vote at the meeting (Điều lệ Đảng: đảng viên dự bị do not vote):
    the full members present, when attendance was taken; else the full members on the
    roll of that day."""
    fixed = (_FIXED_VOTERS.get() or {}).get((id(session.db.conn), meeting_id))
    if fixed is not None:
        return fixed
    meeting = meetings_repo.get(session.db, meeting_id)
    if meeting is None:
        raise ChiboError(msg("Không tìm thấy buổi sinh hoạt này (có thể đã bị xóa)."))
    day = meeting.day
    if meeting.attendance:  # the minutes' own count of the voters (services.meetings)
        return meetings.composition(session, meeting).voters
    facts = {f.id: f for f in people_repo.person_facts(session.db)}
    ids = meetings_repo.roll(session.db, day)
    return sum(1 for i in ids if i in facts and kind_at(facts[i], day) == Kind.FULL)
