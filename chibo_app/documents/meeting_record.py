"""Document 4: the meeting record — the attendance list (with a signature column) and
the minutes ("BIÊN BẢN" over "sinh hoạt chi bộ …"), both in the party layout.

The minutes are numbered in the register as "Số NN-BB/CB"; the attendance list goes with
them (unnumbered, type DD) and names the minutes it belongs to.

The minutes are the record of what the chi bộ discussed and decided (Chỉ thị 50-CT/TW):
the members by kind and who attended, the guests, each agenda item with what was
presented and who said what, each vote of the full members present (Điều lệ Đảng Điều 3:
dự bị do not vote), the resolution, the ending time and the signatures of the chair and
the secretary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph

from chibo_app.core.cell import CellSettings
from chibo_app.core.meetings import KIND_TITLES, MeetingKind, Presence, time_text
from chibo_app.core.minutes import (
    AgendaItem,
    Composition,
    Guest,
    Vote,
    agenda_json,
    guests_json,
    vote_sentence,
    votes_json,
)
from chibo_app.core.paper_dates import long_date, month_text
from chibo_app.core.verification import PrintedDocument, Subject, number_text, printed
from chibo_app.documents import fonts
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    DocumentHeader,
    PartyDocument,
    PdfOutput,
    RenderResult,
    SignatureBlock,
    markup,
    table_style,
    write_documents,
)
from chibo_app.documents.text_document import TextDocument

MINUTES_TYPE = "BB"
LIST_TYPE = "DD"
SUBJECT_TABLE = "meetings"

COLUMNS: list[tuple[str, float]] = [
    ("STT", 12),
    ("Họ và tên", 38),
    ("Chức vụ", 37),
    ("Có mặt", 14),
    ("Vắng có lý do", 26),
    ("Vắng không lý do", 16),
    ("Ký tên", 22),
]


@dataclass(frozen=True)
class AttendanceLine:
    full_name: str
    position: str = ""
    presence: Presence = Presence.PRESENT
    reason: str = ""
    late: bool = False
    person_id: int | None = None


@dataclass(frozen=True)
class MeetingRecordData:
    meeting_id: int
    kind: MeetingKind
    held_on: dt.date
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    chair: str = ""
    chair_position: str = ""
    secretary: str = ""
    topics: Sequence[str] = ()
    content: str = ""
    conclusions: str = ""
    commendations: Sequence[str] = ()
    lines: Sequence[AttendanceLine] = field(default_factory=tuple)
    number: int | None = None  # the minutes' register number
    guests: Sequence[Guest] = ()
    agenda: Sequence[AgendaItem] = ()
    votes: Sequence[Vote] = ()
    composition: Composition | None = None  # the members by kind on the day

    @property
    def year(self) -> int:
        return self.held_on.year


def meeting_name(data: MeetingRecordData) -> str:
    """'sinh hoạt chi bộ thường kỳ tháng 5 năm 2026': the trích yếu under "BIÊN BẢN",
    in lower case as Hướng dẫn 36-HD/VPTW sets it (the kind's name alone in capitals)."""
    base = f"sinh hoạt {KIND_TITLES[data.kind].lower()}"
    if data.kind == MeetingKind.REGULAR:
        return f"{base} tháng {month_text(data.held_on.month)} năm {data.year}"
    return f"{base} ngày {data.held_on.strftime('%d/%m/%Y')}"


def attendance_sentence(data: MeetingRecordData) -> str:
    """'có mặt 30/33 đồng chí, vắng 3 đồng chí (có lý do 2: …; không lý do 1: …)'."""
    present = [a for a in data.lines if a.presence == Presence.PRESENT]
    excused = [a for a in data.lines if a.presence == Presence.EXCUSED]
    absent = [a for a in data.lines if a.presence == Presence.ABSENT]
    text = f"có mặt {len(present)}/{len(data.lines)} đồng chí"
    away = len(excused) + len(absent)
    if not away:
        return text + ", không có đồng chí nào vắng mặt"
    parts = []
    if excused:
        names = ", ".join(f"{a.full_name}{f' – {a.reason}' if a.reason else ''}" for a in excused)
        parts.append(f"có lý do {len(excused)}: {names}")
    if absent:
        parts.append(f"không lý do {len(absent)}: {', '.join(a.full_name for a in absent)}")
    return f"{text}, vắng {away} đồng chí ({'; '.join(parts)})"


def header(data: MeetingRecordData, cell: CellSettings, number: int | None) -> DocumentHeader:
    return DocumentHeader.for_cell(
        cell, data.year, data.held_on, doc_type=MINUTES_TYPE, number=number
    )


def signatures(doc: TextDocument, data: MeetingRecordData) -> None:
    doc.close(
        left=SignatureBlock(heading=("THƯ KÝ",), name=data.secretary),
        right=SignatureBlock(heading=("CHỦ TRÌ",), name=data.chair),
    )


def minutes_document(
    data: MeetingRecordData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> PartyDocument:
    doc = PartyDocument(
        header(data, cell, data.number),
        minutes_title(data),
        code=code,
        settings=settings,
    )
    write_minutes(doc, data, cell)
    return doc


def minutes_title(data: MeetingRecordData) -> list[str]:
    return ["BIÊN BẢN", meeting_name(data)]


def write_minutes(doc: TextDocument, data: MeetingRecordData, cell: CellSettings) -> None:
    """The minutes' text and signatures, into a PDF's or a Word file's document."""
    chair = f"đồng chí {data.chair}" if data.chair else "……………"
    if data.chair_position:
        chair += f", {data.chair_position}"
    doc.paragraph(
        f"Thời gian: bắt đầu lúc {time_text(data.start_time)}, {long_date(data.held_on)}."
    )
    doc.paragraph(f"Địa điểm: {data.place or '……………'}.")
    doc.paragraph(f"Chủ trì: {chair}.")
    doc.paragraph(f"Thư ký: {'đồng chí ' + data.secretary if data.secretary else '……………'}.")
    for line in composition_lines(data, cell):
        doc.paragraph(line)
    late = [a.full_name for a in data.lines if a.presence == Presence.PRESENT and a.late]
    if late:
        doc.paragraph(f"Đến muộn: {', '.join(late)}.")
    if data.topics:
        doc.heading("CHUYÊN ĐỀ")
        for title in data.topics:
            doc.paragraph(f"- {title}")
    for heading, lines in minutes_sections(data):
        doc.heading(heading)
        for line in lines:
            doc.paragraph(line)
    doc.paragraph(
        f"Buổi sinh hoạt kết thúc lúc {time_text(data.end_time)} cùng ngày. Biên bản đã được "
        "đọc lại trước Chi bộ và được các đồng chí dự họp nhất trí thông qua."
    )
    signatures(doc, data)


ROMAN = ("I", "II", "III", "IV", "V")


def composition_lines(data: MeetingRecordData, cell: CellSettings) -> list[str]:
    """'Thành phần:' then the members by kind, those present and away, the guests."""
    c = data.composition
    if c is None:  # a record made without it: the attendance only
        return [f"Thành phần: đảng viên {cell.cell_name}; {attendance_sentence(data)}."]
    kinds = ", ".join(
        part
        for part in (
            f"chính thức {c.full}" if c.full else "",
            f"dự bị {c.probationary}" if c.probationary else "",
            f"miễn công tác và sinh hoạt đảng {c.exempted}" if c.exempted else "",
        )
        if part
    )
    lines = [
        "Thành phần:",
        f"- Tổng số đảng viên của Chi bộ: {c.members} đồng chí"
        + (f" ({kinds})." if kinds else "."),
        f"- Đảng viên phải dự: {c.on_roll} đồng chí; {attendance_sentence(data)}.",
    ]
    superior = [g for g in data.guests if g.superior]
    invited = [g for g in data.guests if not g.superior]
    if superior:
        lines.append(f"- Cấp ủy cấp trên dự: {_guests(superior, 'đồng chí ')}.")
    if invited:
        lines.append(f"- Khách mời: {_guests(invited, '')}.")
    return lines


def _guests(guests: Sequence[Guest], title: str) -> str:
    return "; ".join(f"{title}{g.name}" + (f", {g.title}" if g.title else "") for g in guests)


def minutes_sections(data: MeetingRecordData) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) of the body: I. Nội dung (each agenda item, what was
    presented and who said what), the votes, the resolution, the commendations."""
    sections: list[tuple[str, list[str]]] = []
    body: list[str] = []
    for number, item in enumerate(data.agenda, start=1):
        body += _item_lines(number, item)
    if data.content.strip():
        body += _lines(data.content)
    sections.append(("NỘI DUNG", body or ["……………"]))
    if data.votes:
        voters = (
            data.composition.voters
            if data.composition
            else sum(1 for a in data.lines if a.presence == Presence.PRESENT)
        )
        lines = []
        for number, vote in enumerate(data.votes, start=1):
            lines.append(f"{number}. {vote.matter}. {vote_sentence(vote, voters)}")
        if data.composition and data.composition.present_probationary:
            lines.append("(Đảng viên dự bị không biểu quyết.)")
        sections.append(("BIỂU QUYẾT", lines))
    sections.append(("NGHỊ QUYẾT, KẾT LUẬN", _lines(data.conclusions)))
    if data.commendations:
        sections.append(("BIỂU DƯƠNG", [f"- {text}" for text in data.commendations]))
    return [(f"{ROMAN[n]}. {heading}", lines) for n, (heading, lines) in enumerate(sections)]


def _item_lines(number: int, item: AgendaItem) -> list[str]:
    lines = [f"{number}. {item.title}" if item.title else f"{number}."]
    content = [line for line in item.content.splitlines() if line.strip()]
    if item.presenter and content:
        lines.append(f"Đồng chí {item.presenter} trình bày: {content[0]}")
        lines += content[1:]
    elif item.presenter:
        lines.append(f"Đồng chí {item.presenter} trình bày.")
    else:
        lines += content
    if item.opinions:
        lines.append("Ý kiến thảo luận:")
        lines += [
            f"- Đồng chí {o.speaker}: {o.text}" if o.speaker else f"- {o.text}"
            for o in item.opinions
        ]
    return lines


def attendance_document(
    data: MeetingRecordData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> PartyDocument:
    doc = PartyDocument(
        header(data, cell, None),
        attendance_title(data),
        summary=attendance_summary(data, cell),
        code=code,
        settings=settings,
    )
    doc.add(_table(data, doc))
    doc.paragraph(f"Tổng số: {len(data.lines)} đồng chí; {attendance_counts(data)}.", indent=False)
    signatures(doc, data)
    return doc


def attendance_title(data: MeetingRecordData) -> list[str]:
    return ["DANH SÁCH", f"đảng viên dự {meeting_name(data)}"]


def attendance_summary(data: MeetingRecordData, cell: CellSettings) -> str:
    minutes = number_text(data.number, MINUTES_TYPE, cell.symbol or "CB")
    which = f"Biên bản {minutes[0].lower()}{minutes[1:]}" if minutes else "Biên bản"
    return f"(Kèm theo {which} {long_date(data.held_on)})"


def attendance_counts(data: MeetingRecordData) -> str:
    def n(p: Presence) -> int:
        return sum(1 for a in data.lines if a.presence == p)

    return (
        f"có mặt {n(Presence.PRESENT)}, vắng có lý do {n(Presence.EXCUSED)}, "
        f"vắng không lý do {n(Presence.ABSENT)}"
    )


def row_values(number: int, line: AttendanceLine) -> list[str]:
    present = "x" + (" (muộn)" if line.late else "") if line.presence == Presence.PRESENT else ""
    excused = (line.reason or "x") if line.presence == Presence.EXCUSED else ""
    absent = "x" if line.presence == Presence.ABSENT else ""
    return [str(number), line.full_name, line.position, present, excused, absent, ""]


_PADDING = 3  # points each side of a cell
_PRESENT, _POSITION = 3, 2  # the "Có mặt" column, and the one that gives it room
_WHOLE = ("(muộn)", "mặt")  # words of the "Có mặt" column never split


def column_widths(settings: PageSettings) -> list[float]:
    """The columns over the frame's width, "Có mặt" at least as wide as its longest word
    at the table's size (a late arrival, "x (muộn)", then wraps after the x, never inside
    a word), the room taken from the position column; in points (the Word copy's too)."""
    scale = settings.frame_width / (sum(w for _l, w in COLUMNS) * mm)
    widths = [w * mm * scale for _l, w in COLUMNS]
    size = settings.table_size
    need = 2 * _PADDING + 1 + max(stringWidth(w, fonts.BOLD, size) for w in _WHOLE)
    if widths[_PRESENT] < need:
        widths[_POSITION] -= need - widths[_PRESENT]
        widths[_PRESENT] = need
    return widths


def _table(data: MeetingRecordData, doc: PartyDocument) -> LongTable:
    s = doc.styles
    centred = {0, 3, 5}
    rows = [[Paragraph(label, s.cell_header) for label, _w in COLUMNS]]
    for number, line in enumerate(data.lines, start=1):
        rows.append(
            [
                Paragraph(markup(v), s.cell_centre if i in centred else s.cell)
                for i, v in enumerate(row_values(number, line))
            ]
        )
    return LongTable(
        rows,
        colWidths=column_widths(doc.settings),
        repeatRows=1,
        style=table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
            ]
        ),
        spaceAfter=doc.settings.paragraph_space * 2,
    )


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()] or ["……………"]


def content(data: MeetingRecordData, cell: CellSettings) -> dict[str, object]:
    """What the record says (hashed for the verification code)."""
    return {
        "meeting": data.meeting_id,
        "kind": str(data.kind),
        "held_on": data.held_on,
        "times": [data.start_time, data.end_time],
        "place": data.place,
        "chair": data.chair,
        "secretary": data.secretary,
        "topics": list(data.topics),
        "content": data.content,
        "conclusions": data.conclusions,
        "commendations": list(data.commendations),
        # the minutes' record of the discussion (older meetings: none, hashed as before)
        **(
            {
                "guests": guests_json(data.guests),
                "agenda": agenda_json(data.agenda),
                "votes": votes_json(data.votes),
                "composition": list(_composition_values(data.composition)),
            }
            if data.guests or data.agenda or data.votes
            else {}
        ),
        "lines": [row_values(n, a) for n, a in enumerate(data.lines, start=1)],
        "cell": cell.cell_name,
    }


def _composition_values(c: Composition | None) -> tuple[int, ...]:
    if c is None:
        return ()
    return (c.full, c.probationary, c.exempted, c.present_full, c.present_probationary)


def printed_minutes(data: MeetingRecordData, cell: CellSettings) -> PrintedDocument:
    title = f"Biên bản {meeting_name(data).lower()}"
    subject = Subject(SUBJECT_TABLE, (data.meeting_id,))
    return printed(
        MINUTES_TYPE, cell.term, data.number, data.year, title, content(data, cell), subject
    )


def printed_attendance(data: MeetingRecordData, cell: CellSettings) -> PrintedDocument:
    title = f"Danh sách đảng viên dự {meeting_name(data).lower()}"
    subject = Subject(SUBJECT_TABLE, (data.meeting_id,))
    return printed(LIST_TYPE, cell.term, None, data.year, title, content(data, cell), subject)


def write_meeting_record_pdf(
    path: PdfOutput,
    data: MeetingRecordData,
    cell: CellSettings,
    *,
    attendance: bool = True,
    minutes: bool = True,
    settings: PageSettings | None = None,
) -> tuple[RenderResult, list[PrintedDocument]]:
    """Write the chosen parts (attendance list first) into one PDF; record the returned
    PrintedDocuments in the register afterwards."""
    documents: list[PartyDocument] = []
    records: list[PrintedDocument] = []
    if attendance:
        record = printed_attendance(data, cell)
        documents.append(attendance_document(data, cell, settings=settings, code=record.code))
        records.append(record)
    if minutes:
        record = printed_minutes(data, cell)
        documents.append(minutes_document(data, cell, settings=settings, code=record.code))
        records.append(record)
    title = f"Biên bản {meeting_name(data).lower()}"
    render = write_documents(path, documents, settings=settings, title=title, author=cell.cell_name)
    return render, records
