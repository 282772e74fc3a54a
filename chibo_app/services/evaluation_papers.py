"""The chi bộ's papers of the kiểm điểm season (Hướng dẫn 43-HD/BTCTW), PDF or .docx:

- the tổng hợp kết quả biểu quyết, đề nghị xếp loại chất lượng đảng viên: every party
  member reviewed, their own level, the rules' proposal, the vote of the meeting (only
  full members vote), the level the chi bộ proposes; the totals per level and the cap
  of Quy định 366-QĐ/TW Điều 11 k1.4, said on the paper; numbered as a list (DS);
- the Mẫu 04 danh mục hồ sơ kiểm điểm, đánh giá, xếp loại: what the dossier sent up
  holds, counted from the data (unnumbered, type DMHS).

Both are recorded in the register; their verify sources rebuild them as of the day
they were printed."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from chibo_app.core.cell import CellSettings
from chibo_app.core.dates import to_display
from chibo_app.core.evaluation import EvaluationRowView
from chibo_app.core.messages import msg
from chibo_app.core.rules import LEADER, OUTSIDE, RuleSet, number_text, short_label
from chibo_app.core.verification import PrintedDocument, Subject, printed
from chibo_app.documents.list_paper import ListPaper, write_paper, write_paper_pdf
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import CancelCheck, Progress
from chibo_app.errors import ChiboError
from chibo_app.services import documents, evaluation_lists, meetings, papers, rule_sets
from chibo_app.services.cell import load_settings
from chibo_app.services.evaluation_standing import person_standing
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.session import Session
from chibo_app.storage.documents_repo import DocumentRow

SUFFIXES = (".pdf", ".docx")
VOTES_TYPE, VOTES_SUBJECT = "DS", "evaluation_votes"
DOSSIER_TYPE, DOSSIER_SUBJECT = "DMHS", "evaluation_dossier"
VOTE_HEADER = [
    "STT",
    "Họ và tên",
    "Chức vụ",
    "Tự xếp loại",
    "Đề xuất theo quy định",
    "Biểu quyết (tán thành/ không tán thành/ tổng số)",
    "Chi bộ đề nghị xếp loại",
    "Ghi chú",
]
VOTE_WIDTHS = [11, 33, 24, 20, 23, 21, 21, 12]
DOSSIER_HEADER = ["STT", "Tên tài liệu", "Số lượng", "Ghi chú"]
DOSSIER_WIDTHS = [11, 100, 20, 34]


@dataclass(frozen=True)
class PaperResult:
    path: Path
    rows: int
    number: int | None
    code: str
    numbering: documents.Numbering | None = None  # reprint, replaced or earlier print


def _reviewed(rows: list[EvaluationRowView]) -> list[EvaluationRowView]:
    return [r for r in rows if r.party_member and not r.exempt_reason]


def _rule_set_title(rule_set: RuleSet) -> str:
    if rule_set.issued_on:
        return f"{rule_set.name} ngày {to_display(rule_set.issued_on)}"
    return rule_set.name


def _percent(count: int, total: int) -> str:
    return f"{number_text(round(100 * count / total, 1)) if total else '0'}%"


# The biểu quyết list -------------------------------------------------------------------


def vote_paper(session: Session, year: int, *, number: int | None, as_of: dt.date) -> ListPaper:
    rule_set = rule_sets.year_rule_set(session, year)
    definition = rule_set.definition
    rows = evaluation_lists.list_year(session, year, as_of)
    reviewed = _reviewed(rows)
    meeting_day = _vote_day(session, year, reviewed)
    table = []
    for n, row in enumerate(reviewed, start=1):
        proposed = short_label(row.proposed_label) or "Không mức nào đủ điều kiện"
        if row.score is not None:
            proposed = f"{number_text(row.score)} điểm; {proposed}"
        vote = "/".join(map(str, row.vote)) if row.vote else ""
        notes = []
        if row.vote is None:
            notes.append("Chưa biểu quyết")
        if row.proposal_changed:
            notes.append("Đề xuất đã đổi theo quy định mới")
        table.append(
            [
                str(n),
                row.full_name,
                "; ".join(p for p in (row.party_position, row.government_position) if p),
                short_label(row.self_label),
                proposed,
                vote,
                short_label(row.cell_level_label),
                "; ".join(notes),
            ]
        )
    counts = Counter(r.cell_level for r in reviewed if r.cell_level)
    totals = [f"Tổng số đảng viên được kiểm điểm, đánh giá, xếp loại: {len(reviewed)}."]
    if counts:
        totals.append("Chi bộ đề nghị xếp loại:")
        for band in definition.bands:
            count = counts.get(band.code, 0)
            totals.append(f"- {band.label}: {count} ({_percent(count, len(reviewed))}).")
    waiting = sum(1 for r in reviewed if not r.cell_level)
    if waiting:
        totals.append(f"- Chưa có mức chi bộ đề nghị: {waiting}.")
    for check in evaluation_lists.cap_checks(session, year, rows):
        totals.append(f"Tỷ lệ xuất sắc: {check.text}")
    exempt = [r for r in rows if r.exempt_reason]
    if exempt:
        names = "; ".join(f"{r.full_name} ({(r.exempt_reason or '').lower()})" for r in exempt)
        totals.append(
            f"Không kiểm điểm, đánh giá, xếp loại (Quy định 366-QĐ/TW Điều 5 k2.1): {names}."
        )
    summary = f"(Theo {_rule_set_title(rule_set)}"
    summary += (
        f"; hội nghị chi bộ ngày {to_display(meeting_day.isoformat())})" if (meeting_day) else ")"
    )
    return ListPaper(
        year=year,
        doc_type=VOTES_TYPE,
        # Numbered as a list (Số NN-DS): the kind's name in capitals, the trích yếu under
        # it in lower case (Hướng dẫn 36-HD/VPTW); hashed as first printed.
        title=[
            "DANH SÁCH",
            "tổng hợp kết quả biểu quyết, đề nghị xếp loại",
            f"chất lượng đảng viên năm {year}",
        ],
        hashed_title=[
            "TỔNG HỢP KẾT QUẢ BIỂU QUYẾT",
            "ĐỀ NGHỊ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN",
            f"NĂM {year}",
        ],
        header=VOTE_HEADER,
        rows=table,
        widths_mm=VOTE_WIDTHS,
        centred=frozenset({0, 3, 4, 5, 6}),
        totals=totals,
        summary=summary,
        number=number,
        dated=meeting_day or as_of,
    )


def _vote_day(session: Session, year: int, reviewed: list[EvaluationRowView]) -> dt.date | None:
    """The day of the meeting that voted most of the proposals."""
    ids = Counter(r.vote_meeting_id for r in reviewed if r.vote_meeting_id is not None)
    if not ids:
        return None
    meeting_id = ids.most_common(1)[0][0]
    found = {m.id: m for m in meetings.meetings_of_year(session, year)}
    meeting = found.get(meeting_id)
    return meeting.day if meeting else None


def votes_numbering(session: Session, year: int) -> documents.Numbering:
    """How the vote summary of `year` printed now would be numbered (the window asks,
    when it changed since its last print, whether to reissue it or take a new number)."""
    today = session.today()
    draft = vote_paper(session, year, number=None, as_of=today)
    cell = load_settings(session)
    record = _record(draft, cell.term, votes_title(year), Subject(VOTES_SUBJECT, (year,)))
    return documents.numbering(session, record, source=_votes_hash, today=today)


def votes_title(year: int) -> str:
    """The register's title of the vote summary."""
    return f"Tổng hợp kết quả biểu quyết xếp loại năm {year}"


def votes_for_print(
    session: Session,
    year: int,
    *,
    number: int | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> papers.Paper[PaperFacts]:
    """The tổng hợp biểu quyết as a paper for the print preview (PDF or Word), numbered
    as documents.numbering says (one number per document: printed again unchanged, in
    either format, it keeps its number, date and code; `replace` reissues a changed one
    under its number); recorded when printed or saved."""
    today = session.today()  # read once: a print crossing midnight keeps one day
    draft = vote_paper(session, year, number=number, as_of=today)
    if not draft.rows:
        raise ChiboError(
            msg("Năm {year} không có đảng viên nào để tổng hợp biểu quyết.", year=year)
        )
    cell = load_settings(session)
    title = votes_title(year)
    subject = Subject(VOTES_SUBJECT, (year,))
    plan = documents.numbering(
        session,
        _record(draft, cell.term, title, subject),
        number,
        source=_votes_hash,
        replace=replace,
        today=today,
    )
    paper = vote_paper(session, year, number=plan.number, as_of=plan.as_of)
    record = _record(paper, cell.term, title, subject)
    documents.check_number_free(session, record, plan.replaces)
    settings = settings or load_page_settings(session)
    return _printable(paper, record, cell, plan.as_of, settings, numbering=plan)


def print_votes(
    session: Session,
    year: int,
    path: str | os.PathLike[str],
    *,
    number: int | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> PaperResult:
    target = _checked_target(path)
    printable = votes_for_print(session, year, number=number, settings=settings, replace=replace)
    papers.issue(session, printable, target)
    facts = printable.facts
    return PaperResult(target, facts.rows, facts.number, printable.codes[0], printable.numbering)


# The Mẫu 04 danh mục hồ sơ -------------------------------------------------------------


def dossier_paper(session: Session, year: int, *, as_of: dt.date) -> ListPaper:
    rule_set = rule_sets.year_rule_set(session, year)
    rows = evaluation_lists.list_year(session, year, as_of)
    reviewed = _reviewed(rows)
    forms = Counter(
        rule_set.definition.frame(r.frame).form or {LEADER: "2A", OUTSIDE: "2C"}.get(r.frame, "2B")
        for r in reviewed
    )
    days = sorted({d for d in (_meeting_day(session, year, r) for r in reviewed) if d is not None})
    temporary = sum(
        1
        for r in reviewed
        if any(note.template.startswith("Sinh hoạt tạm thời") for note in person_standing(
            session, r.person_id, year
        ).notes)
    )  # fmt: skip

    def count(value: int) -> str:
        return f"{value:02d}" if value else ""

    table = [
        ["1", "Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của chi bộ (Mẫu 01)", "01",
         ""],
        ["2", "Bản kiểm điểm, tự đánh giá, xếp loại cá nhân giữ chức vụ lãnh đạo, quản lý "
         "(Mẫu 2A)", count(forms.get("2A", 0)), ""],
        ["3", "Bản kiểm điểm, tự đánh giá, xếp loại cá nhân không giữ chức vụ lãnh đạo, quản "
         "lý (Mẫu 2B)", count(forms.get("2B", 0)), ""],
        ["4", "Bản kiểm điểm, tự đánh giá, xếp loại của đảng viên không làm việc trong hệ "
         "thống chính trị (Mẫu 2C)", count(forms.get("2C", 0)), ""],
        ["5", "Biên bản hội nghị kiểm điểm, đánh giá, xếp loại của chi bộ", count(len(days)),
         "; ".join(f"Ngày {to_display(d.isoformat())}" for d in days)],
        ["6", "Tổng hợp kết quả biểu quyết, đề nghị xếp loại chất lượng đảng viên", "01", ""],
        ["7", "Ý kiến nhận xét của chi bộ nơi đảng viên sinh hoạt tạm thời (Hướng dẫn "
         "43-HD/BTCTW mục 7.6)", count(temporary), ""],
        ["8", "Văn bản gợi ý kiểm điểm, kết luận của cấp có thẩm quyền, đơn thư liên quan "
         "(nếu có)", "", ""],
    ]  # fmt: skip
    totals = [
        f"Số đảng viên kiểm điểm, đánh giá, xếp loại: {len(reviewed)}; không kiểm điểm theo "
        f"Quy định 366-QĐ/TW Điều 5 k2.1: {sum(1 for r in rows if r.exempt_reason)}."
    ]
    return ListPaper(
        year=year,
        doc_type=DOSSIER_TYPE,
        title=["DANH MỤC HỒ SƠ", "KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI", f"NĂM {year}"],
        header=DOSSIER_HEADER,
        rows=table,
        widths_mm=DOSSIER_WIDTHS,
        centred=frozenset({0, 2}),
        totals=totals,
        summary="(Mẫu 04-HD KĐ.ĐG 2025, Hướng dẫn 43-HD/BTCTW)",
        # The danh mục (Mẫu 04) lists the meeting's papers and goes up with them: dated,
        # as the vote summary it lists (vote_paper), the day of the meeting that voted;
        # before that meeting, the day it is drawn up.
        dated=_vote_day(session, year, reviewed) or as_of,
    )


def _meeting_day(session: Session, year: int, row: EvaluationRowView) -> dt.date | None:
    if row.vote_meeting_id is None:
        return None
    for meeting in meetings.meetings_of_year(session, year):
        if meeting.id == row.vote_meeting_id:
            return meeting.day
    return None


def dossier_for_print(
    session: Session, year: int, *, settings: PageSettings | None = None
) -> papers.Paper[PaperFacts]:
    """The Mẫu 04 danh mục hồ sơ as a paper for the print preview (PDF or Word)."""
    today = session.today()
    paper = dossier_paper(session, year, as_of=today)
    cell = load_settings(session)
    record = _record(paper, cell.term, f"Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại năm {year}",
                     Subject(DOSSIER_SUBJECT, (year,)))  # fmt: skip
    return _printable(paper, record, cell, today, settings or load_page_settings(session))


def print_dossier(
    session: Session,
    year: int,
    path: str | os.PathLike[str],
    *,
    settings: PageSettings | None = None,
) -> PaperResult:
    target = _checked_target(path)
    printable = dossier_for_print(session, year, settings=settings)
    papers.issue(session, printable, target)
    return PaperResult(target, printable.facts.rows, None, printable.codes[0])


# Shared ----------------------------------------------------------------------------------


def _checked_target(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    if target.suffix.lower() not in SUFFIXES:
        raise ChiboError(msg("Chỉ in ra tệp .pdf hoặc .docx."))
    return target


@dataclass(frozen=True)
class PaperFacts:
    rows: int
    number: int | None


def _printable(
    paper: ListPaper,
    record: PrintedDocument,
    cell: CellSettings,
    today: dt.date,
    settings: PageSettings,
    numbering: documents.Numbering | None = None,
) -> papers.Paper[PaperFacts]:
    """`paper` as a services.papers Paper: its PDF (into a stream for the preview) and
    its Word copy, with `record`'s number and code."""

    def pdf(out: BinaryIO, _progress: Progress | None, _cancel: CancelCheck | None) -> int:
        return write_paper_pdf(out, paper, record, cell, settings=settings)

    def word(path: Path) -> None:
        write_paper(path.with_suffix(".docx"), paper, record, cell, settings=settings)

    number = f"số {paper.number:02d}-{paper.doc_type}" if paper.number is not None else ""
    return papers.Paper(
        name=papers.file_name(record.title, number),
        records=(record,),
        printed_on=today,
        pdf=pdf,
        files={".docx": word},
        facts=PaperFacts(len(paper.rows), paper.number),
        numbering=numbering,
    )


def _record(paper: ListPaper, term: str, title: str, subject: Subject) -> PrintedDocument:
    return printed(paper.doc_type, term, paper.number, paper.year, title, paper.content(), subject)


def _votes_hash(session: Session, document: DocumentRow) -> str | None:
    if document.year is None:
        return None
    paper = vote_paper(
        session, document.year, number=document.number, as_of=documents.printed_day(document)
    )
    return _record(paper, document.term, document.title, Subject()).content_hash


def _dossier_hash(session: Session, document: DocumentRow) -> str | None:
    if document.year is None:
        return None
    printed_on = documents.printed_day(document)
    paper = dossier_paper(session, document.year, as_of=printed_on)
    found = _record(paper, document.term, document.title, Subject()).content_hash
    if found != document.content_hash and paper.dated != printed_on:
        # Printed before the danh mục took the meeting's day, it was dated the day it
        # was printed: the same content under that date is the document unchanged.
        earlier = replace(paper, dated=printed_on)
        then = _record(earlier, document.term, document.title, Subject()).content_hash
        if then == document.content_hash:
            return then
    return found


VERIFY_SOURCES: documents.ContentSources = {
    (VOTES_TYPE, VOTES_SUBJECT): _votes_hash,
    (DOSSIER_TYPE, DOSSIER_SUBJECT): _dossier_hash,
}
