"""Printing the bản kiểm điểm (Hướng dẫn 43-HD/BTCTW Mẫu 2A/2B/2C) of a year's party
members, pre-filled from their plan, results, remedies, commitments, attendance and
self-assessment, or blank to fill by hand; one person, a selection or everyone; PDF or
.docx by the file's suffix. The template follows the person's criteria frame (366
Điều 10: Phụ lục 3 → 2A, 4 → 2B, 5 → 2C). Filled forms are recorded in the register
(type KĐCN) and their verify source rebuilds them as of the day they were printed."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from chibo_app.core.evaluation import RESULT_LABELS, Evaluation, Result
from chibo_app.core.messages import msg
from chibo_app.core.plan_due import display_due
from chibo_app.core.rule_engine import Counts, Facts
from chibo_app.core.rules import FRAMES, LEADER, OUTSIDE, percent_text
from chibo_app.documents import review_form
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import CancelCheck, Progress
from chibo_app.documents.review_form import ReviewFormData, ReviewTask
from chibo_app.errors import ChiboError
from chibo_app.services import documents, evaluation, evaluation_lists, meetings, papers
from chibo_app.services.cell import load_settings
from chibo_app.services.evaluation_standing import person_standing
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.session import Session
from chibo_app.storage import people_repo, plans_repo
from chibo_app.storage.documents_repo import DocumentRow

SUFFIXES = (".pdf", ".docx")
DOC_TYPE = review_form.DOC_TYPE
_FORM_OF_FRAME = {LEADER: "2A", OUTSIDE: "2C"}  # others: 2B


@dataclass(frozen=True)
class FormsResult:
    path: Path
    forms: int
    filled: int
    codes: list[str]


def people_to_review(session: Session, year: int) -> list[int]:
    """The year's party members who are reviewed (366 Điều 5: not the exempt), in the
    list's order."""
    rows = evaluation_lists.list_year(session, year)
    return [r.person_id for r in rows if r.party_member and not r.exempt_reason]


def form_data(
    session: Session, year: int, person_id: int, as_of: dt.date | None = None
) -> ReviewFormData:
    """What the person's bản kiểm điểm says, pre-filled from the data of `year`."""
    day = as_of or session.today()
    rows = people_repo.person_rows(session.db, day.isoformat(), person_id)
    if not rows:
        raise ChiboError(msg("Không tìm thấy người này (có thể đã bị xóa)."))
    person = rows[0]
    found = evaluation.get_evaluation(session, person_id, year)
    shown = found or evaluation.blank(session, person_id, year)
    rule_set = evaluation.rule_set_of(session, shown)
    definition = rule_set.definition
    frame = (
        shown.frame if shown.frame in FRAMES else evaluation.blank(session, person_id, year).frame
    )
    form = definition.frame(frame).form or _FORM_OF_FRAME.get(frame or "", "2B")
    plan = plans_repo.find(session.db, person_id, year)
    tasks = plan.tasks if plan else ()
    by_task = {t.task_id: t for t in found.tasks} if found else {}
    lines = []
    for task in tasks:
        result = by_task.get(task.id or -1)
        recorded = result is not None and result.result is not None
        lines.append(
            ReviewTask(
                task.text,
                task.target,
                display_due(task.due),
                RESULT_LABELS[Result(result.result)] if result and result.result else "",
                ("Đúng hạn" if result.on_time else "Chậm tiến độ") if result and recorded else "",
            )
        )
    remedies = plan.remedies if plan else ()
    states = found.remedied if found else ()
    remedy_lines = [
        (text, ("Đã khắc phục" if states[i] else "Chưa khắc phục") if i < len(states) else "")
        for i, text in enumerate(remedies)
    ]
    counts = meetings.person_attendance(session, person_id, year)
    attendance = (
        f"Sinh hoạt chi bộ năm {year}: {meetings.rate_text(counts)}." if counts.total else ""
    )
    standing = person_standing(session, person_id, year)
    positions = "; ".join(p for p in (person.party_position, person.government_position) if p)
    return ReviewFormData(
        full_name=person.full_name,
        year=year,
        form=form,
        birth_date=person.birth_date,
        workplace=person.unit or "",
        positions=positions,
        cell_name=load_settings(session).cell_name,
        tasks=lines,
        task_summary=_task_summary(found, tasks),
        attendance=attendance,
        commitments=plan.commitments if plan else (),
        remedies=remedy_lines,
        units=_units(shown) if frame == LEADER else "",
        general_points=found.self_general_points if found else None,
        task_points=found.self_task_points if found else None,
        general_max=definition.general_max or 30,
        task_max=definition.task_max or 70,
        levels=[b.label for b in definition.bands],
        chosen_level=definition.label(found.self_classification)
        if found and found.self_classification
        else "",
        dated=None,  # the member dates the form when signing it
        person_id=person_id,
        notes=tuple(str(note) for note in standing.notes),  # the paper is Vietnamese
    )


def _task_summary(found: Evaluation | None, tasks: Sequence[object]) -> str:
    if found is None or not tasks or not found.tasks:
        return ""
    results = tuple(str(t.result) if t.result else None for t in found.tasks)
    on_time = tuple(t.on_time for t in found.tasks)
    counts = Counts.of(Facts(None, results, on_time))
    return (
        f"Hoàn thành {counts.done}/{counts.total} nhiệm vụ (vượt mức {counts.exceeded}), "
        f"hoàn thành một phần {counts.partly}, chưa hoàn thành {counts.not_done}; "
        f"chưa bảo đảm tiến độ {counts.late}."
    )


def _units(shown: Evaluation) -> str:
    parts = []
    for value, what in (
        (shown.unit_done_share, "hoàn thành"),
        (shown.unit_exceeded_share, "vượt mức"),
        (shown.unit_on_time_share, "đúng hạn"),
    ):
        if value is not None:
            parts.append(f"{percent_text(value)} nhiệm vụ {what}")
    return f"Cơ quan, đơn vị do đồng chí phụ trách: {', '.join(parts)}." if parts else ""


def forms_paper(
    session: Session,
    year: int,
    person_ids: Sequence[int] | None,
    *,
    blank: bool = False,
    settings: PageSettings | None = None,
) -> papers.Paper[int]:
    """The forms of `person_ids` (everyone reviewed in `year` for None) as one paper for
    the print preview (PDF or Word, each form from a new page; filled forms recorded when
    it is printed or saved); refused for someone who is not reviewed that year. Its facts:
    how many forms."""
    reviewed = people_to_review(session, year)
    ids = list(reviewed) if not person_ids else list(dict.fromkeys(person_ids))
    strangers = [i for i in ids if i not in reviewed]
    if strangers:
        raise ChiboError(
            msg(
                "Người mã số {ids} không thuộc diện kiểm điểm đảng viên năm {year} "
                "(quần chúng, hoặc không đánh giá theo Điều 5 Quy định 366).",
                ids=", ".join(map(str, strangers)),
                year=year,
            )
        )
    if not ids:
        raise ChiboError(msg("Năm {year} không có đảng viên nào để kiểm điểm.", year=year))
    today = session.today()
    forms = [form_data(session, year, i, today) for i in ids]
    cell = load_settings(session)
    settings = settings or load_page_settings(session)
    records = () if blank else tuple(review_form.printed_form(data, cell) for data in forms)

    def pdf(out: BinaryIO, progress: Progress | None, cancel: CancelCheck | None) -> int:
        return review_form.write_review_forms(
            out, forms, cell, blank=blank, settings=settings, progress=progress, cancel=cancel
        ).render.pages

    def word(path: Path) -> None:
        from chibo_app.documents.review_form_word import write_review_words  # noqa: PLC0415 - .docx only

        write_review_words(path, forms, cell, blank=blank, settings=settings)

    whose = forms[0].full_name if len(forms) == 1 and not blank else ("mẫu trống" if blank else "")
    return papers.Paper(
        name=papers.file_name(f"Bản kiểm điểm năm {year}", whose),
        records=records,
        printed_on=today,
        pdf=pdf,
        files={".docx": word},
        facts=len(forms),
    )


def print_forms(
    session: Session,
    year: int,
    person_ids: Sequence[int] | None,
    path: str | os.PathLike[str],
    *,
    blank: bool = False,
    settings: PageSettings | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> FormsResult:
    """forms_paper written into `path` (.pdf or .docx) and recorded."""
    target = Path(path)
    if target.suffix.lower() not in SUFFIXES:
        raise ChiboError(msg("Bản kiểm điểm chỉ in ra tệp .pdf hoặc .docx."))
    paper = forms_paper(session, year, person_ids, blank=blank, settings=settings)
    papers.issue(session, paper, target, progress=progress, cancel=cancel)
    return FormsResult(target, paper.facts, len(paper.records), paper.codes)


def _form_hash(session: Session, document: DocumentRow) -> str | None:
    if document.year is None or not document.subject_ids:
        return None
    person_id = document.subject_ids[0]
    day = documents.printed_day(document)
    try:
        data = form_data(session, document.year, person_id, day)
    except ChiboError:
        return None
    return review_form.printed_form(data, load_settings(session)).content_hash


VERIFY_SOURCES: documents.ContentSources = {(DOC_TYPE, None): _form_hash}
