"""The meeting record as PDF: attendance list and/or minutes, numbered and recorded.

The minutes take the register's next BB number unless one is given; the attendance list
is recorded unnumbered (type DD). If recording fails after the file was written, the
file is removed: paper must never carry an unknown code.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from chibo_app.core.messages import msg
from chibo_app.core.verification import PrintedDocument
from chibo_app.documents import meeting_record
from chibo_app.documents.meeting_record import AttendanceLine, MeetingRecordData
from chibo_app.documents.page_settings import PageSettings
from chibo_app.errors import ChiboError
from chibo_app.services import documents, meetings, papers
from chibo_app.services.cell import load_settings
from chibo_app.services.documents import Numbering
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.session import Session
from chibo_app.storage import meetings_repo, people_repo
from chibo_app.storage.documents_repo import DocumentRow


@dataclass(frozen=True)
class MeetingPrintResult:
    path: Path
    documents: int
    number: int | None
    codes: tuple[str, ...]
    numbering: Numbering | None = None  # of the minutes


def record_data(session: Session, meeting_id: int, number: int | None = None) -> MeetingRecordData:
    """What the record prints, from today's data (positions as held on the meeting day)."""
    meeting = meetings.get_meeting(session, meeting_id)
    ids = [a.person_id for a in meeting.attendance]
    ids += [i for i in (meeting.chair_id, meeting.secretary_id) if i is not None]
    people = {
        r.id: r for r in people_repo.person_rows(session.db, meeting.held_on) if r.id in set(ids)
    }

    def name(person_id: int | None) -> str:
        row = people.get(person_id) if person_id is not None else None
        return row.full_name if row else ""

    def position(person_id: int | None) -> str:
        row = people.get(person_id) if person_id is not None else None
        if row is None:
            return ""
        return row.party_position or row.government_position or ""

    lines = [
        AttendanceLine(
            name(a.person_id), position(a.person_id), a.presence, a.reason, a.late, a.person_id
        )
        for a in meetings.in_list_order(
            session, meeting.held_on, meetings.lines_on_roll(session, meeting)
        )
    ]
    topics = {t.id: t.title for t in meetings_repo.topics_of_year(session.db, meeting.year)}
    chair_position = position(meeting.chair_id)
    if chair_position in ("Bí thư", "Phó Bí thư"):
        chair_position += " Chi bộ"
    return MeetingRecordData(
        meeting_id=meeting_id,
        kind=meeting.kind,
        held_on=meeting.day,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        place=meeting.place,
        chair=name(meeting.chair_id),
        chair_position=chair_position,
        secretary=name(meeting.secretary_id),
        topics=[topics.get(t) or _topic_title(session, t) for t in meeting.topic_ids],
        content=meeting.content,
        conclusions=meeting.conclusions,
        commendations=[
            sentence
            for _m, _day, sentence, _n in meetings_repo.announced(session.db, meeting_id=meeting_id)
        ],
        lines=lines,
        number=number,
        guests=meeting.guests,
        agenda=meeting.agenda,
        votes=meeting.votes,
        composition=meetings.composition(session, meeting),
    )


def _topic_title(session: Session, topic_id: int) -> str:
    topic = meetings_repo.get_topic(session.db, topic_id)
    return topic.title if topic else ""


def file_name(held_on: str) -> str:
    """What to call a meeting's printed record: 'Biên bản sinh hoạt chi bộ 05-12-2026'."""
    day = dt.date.fromisoformat(held_on)
    return f"Biên bản sinh hoạt chi bộ {day:%d-%m-%Y}"


@dataclass(frozen=True)
class RecordFacts:
    documents: int  # the attendance list and/or the minutes
    number: int | None  # the minutes' number


def record_paper(
    session: Session,
    meeting_id: int,
    *,
    attendance: bool = True,
    minutes: bool = True,
    number: int | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> papers.Paper[RecordFacts]:
    """The attendance list and/or the minutes of one meeting as one paper (PDF or Word,
    the same numbers and codes). The minutes printed again unchanged keep their number
    (a copy); changed, they take the next number, or with `replace` are reissued under
    theirs (documents.numbering)."""
    if not (attendance or minutes):
        raise ChiboError(msg("Hãy chọn in danh sách dự họp, biên bản, hoặc cả hai."))
    settings = settings or load_page_settings(session)
    cell = load_settings(session)
    now = session.today()  # read once: a print crossing midnight keeps one day
    plan: Numbering | None = None
    data = record_data(session, meeting_id, number)
    if not data.lines:
        raise ChiboError(msg("Buổi sinh hoạt chưa có điểm danh."))
    if minutes:
        draft = meeting_record.printed_minutes(data, cell)
        # The minutes are dated the meeting day (their date line): numbered among the
        # register's BB by that day, not by the day they are printed.
        plan = documents.numbering(
            session,
            draft,
            number,
            source=_source,
            replace=replace,
            today=now,
            dated=data.held_on,
        )
        number = plan.number
        data = record_data(session, meeting_id, number)
    records: list[PrintedDocument] = []
    if attendance:
        records.append(meeting_record.printed_attendance(data, cell))
    if minutes:
        records.append(meeting_record.printed_minutes(data, cell))
        documents.check_number_free(session, records[-1], plan.replaces if plan else None)

    def pdf(out: BinaryIO, _progress: object, _cancel: object) -> int:
        return meeting_record.write_meeting_record_pdf(
            out, data, cell, attendance=attendance, minutes=minutes, settings=settings
        )[0].pages

    def word(path: Path) -> None:
        from chibo_app.documents.meeting_record_word import (  # noqa: PLC0415 - .docx only
            write_meeting_record_docx,
        )

        write_meeting_record_docx(
            path, data, cell, attendance=attendance, minutes=minutes, settings=settings
        )

    held = meetings.get_meeting(session, meeting_id).held_on
    return papers.Paper(
        name=file_name(held),
        records=tuple(records),
        printed_on=plan.as_of if plan else data.held_on,
        pdf=pdf,
        files={".docx": word},
        facts=RecordFacts(len(records), number if minutes else None),
        numbering=plan,
    )


def minutes_numbering(session: Session, meeting_id: int) -> Numbering:
    """How the meeting's minutes printed now would be numbered."""
    data = record_data(session, meeting_id)
    return documents.numbering(
        session,
        meeting_record.printed_minutes(data, load_settings(session)),
        source=_source,
        dated=data.held_on,
    )


def print_meeting(
    session: Session,
    meeting_id: int,
    path: str | os.PathLike[str],
    *,
    attendance: bool = True,
    minutes: bool = True,
    number: int | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> MeetingPrintResult:
    """The attendance list and/or the minutes of one meeting in one PDF (or one Word
    file, .docx, with the same numbers and codes), numbered as record_paper says and
    recorded."""
    if not (attendance or minutes):
        raise ChiboError(msg("Hãy chọn in danh sách dự họp, biên bản, hoặc cả hai."))
    target = Path(path)
    if target.suffix.lower() not in (".pdf", ".docx"):
        raise ChiboError(msg("Biên bản chỉ in ra tệp .pdf hoặc .docx."))
    paper = record_paper(
        session,
        meeting_id,
        attendance=attendance,
        minutes=minutes,
        number=number,
        settings=settings,
        replace=replace,
    )
    papers.issue(session, paper, target)
    facts = paper.facts
    return MeetingPrintResult(
        target, facts.documents, facts.number, tuple(paper.codes), paper.numbering
    )


# Verify sources ------------------------------------------------------------------------


def _source(session: Session, document: DocumentRow) -> str | None:
    if document.subject_table != meeting_record.SUBJECT_TABLE or len(document.subject_ids) != 1:
        return None
    try:
        data = record_data(session, document.subject_ids[0], document.number)
    except ChiboError:
        return None
    cell = load_settings(session)
    if document.doc_type == meeting_record.MINUTES_TYPE:
        return meeting_record.printed_minutes(data, cell).content_hash
    return meeting_record.printed_attendance(data, cell).content_hash


VERIFY_SOURCES: documents.ContentSources = {
    (meeting_record.MINUTES_TYPE, None): _source,
    (meeting_record.LIST_TYPE, None): _source,
}
