"""Printing nominations: the list for the superior committee and the registration forms.

- `list_paper`: the list as a paper for the print preview (services.papers), numbered
  "Số NN-DS/CB" as documents.numbering says (the register's next DS number unless
  given or printed before); `export_list` writes it as .xlsx, PDF or .docx by the
  file's suffix and records it. It shares the DS series
  with the signed-off list of plans; `verify` tells them apart by what they cover
  (subject table "nominations").
- `print_registration_forms`: the registration form (phiếu đăng ký) of one nominee, a
  selection or the whole year, one PDF, each form from a new page, with progress and
  cancel; every form is recorded (type PDK, unnumbered, subject the nomination).

If recording fails after the file was written, the file is removed: paper must never
carry an unknown code.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import chibo_app.services.plan_printing  # noqa: F401 - registers the DS source we chain to
from chibo_app.core import nomination_list
from chibo_app.core.member_kinds import party_post
from chibo_app.core.messages import Message, msg
from chibo_app.core.nominations import Kind, Nomination
from chibo_app.core.people import PersonRowView
from chibo_app.documents import registration_form
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import CancelCheck, Progress
from chibo_app.documents.registration_form import RegistrationFormData
from chibo_app.errors import ChiboError
from chibo_app.services import documents, file_titles, nomination_lists, papers
from chibo_app.services.cell import load_settings
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.plan_print_data import iso_day
from chibo_app.services.session import Session
from chibo_app.storage import nominations_repo, people_repo
from chibo_app.storage.documents_repo import DocumentRow

DOC_TYPE = nomination_list.DOC_TYPE
FORM_DOC_TYPE = registration_form.DOC_TYPE  # "PDK"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    number: int
    code: str
    numbering: documents.Numbering | None = None  # reprint, replaced or earlier print
    left_out: int = 0  # "Không được chọn": on the page, not in the list sent up

    def left_out_note(self) -> Message | None:
        """Why the list has fewer rows than the page shows, or None when it has them all."""
        if not self.left_out:
            return None
        return msg(
            "Không đưa vào danh sách {count} đăng ký “Không được chọn”: danh sách gửi cấp trên"
            " chỉ gồm các đăng ký còn được xét.",
            count=self.left_out,
        )


def list_paper(
    session: Session,
    year: int,
    *,
    number: int | None = None,
    dated: dt.date | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> papers.Paper[ListFacts]:
    """The year's nomination list as a paper (PDF, Word or Excel with the same number
    and code), numbered as documents.numbering says (unchanged: its earlier number;
    `replace`: a changed list reissued under its number)."""
    settings = settings or load_page_settings(session)
    cell = load_settings(session)
    dated = dated or session.today()  # read once: a print crossing midnight keeps one day
    data = nomination_lists.list_data(session, year, number, dated)
    if not data.rows:
        raise ChiboError(msg("Năm {year} chưa có đăng ký điển hình nào.", year=year))
    plan = documents.numbering(
        session,
        nomination_list.printed_list(data, cell),
        number,
        source=_list_hash,
        replace=replace,
        today=dated,
    )
    number, dated = plan.number, plan.as_of
    data = nomination_lists.list_data(session, year, number, dated)
    record = nomination_list.printed_list(data, cell)
    documents.check_number_free(session, record, plan.replaces)

    def sheet(path: Path) -> None:
        from chibo_app.spreadsheets.nomination_list import (  # noqa: PLC0415 - .xlsx only
            write_nomination_list_xlsx,
        )

        write_nomination_list_xlsx(path, data, cell, code=record.code)

    return papers.layout_paper(
        papers.file_name(file_titles.nomination_list(year), f"số {number:02d}-{DOC_TYPE}"),
        nomination_list.layout(data, cell),
        record,
        cell,
        printed_on=dated,
        settings=settings,
        facts=ListFacts(len(data.rows), number),
        sheet=sheet,
        numbering=plan,
    )


def list_numbering(session: Session, year: int) -> documents.Numbering:
    """How the nomination list of `year` exported now would be numbered."""
    today = session.today()
    draft = nomination_lists.list_data(session, year, None, today)
    return documents.numbering(
        session, nomination_list.printed_list(draft, load_settings(session)), source=_list_hash
    )


@dataclass(frozen=True)
class ListFacts:
    rows: int
    number: int


def export_list(
    session: Session,
    year: int,
    path: str | os.PathLike[str],
    *,
    number: int | None = None,
    dated: dt.date | None = None,
    settings: PageSettings | None = None,
    replace: bool = False,
) -> ExportResult:
    target, paper = papers.issue_list(
        session,
        path,
        lambda: list_paper(
            session, year, number=number, dated=dated, settings=settings, replace=replace
        ),
    )
    facts = paper.facts
    left_out = nomination_lists.not_selected(session, year)
    return ExportResult(target, facts.rows, facts.number, paper.codes[0], paper.numbering, left_out)


@dataclass(frozen=True)
class FormsResult:
    path: Path
    forms: int  # one per nominee
    pages: int
    codes: list[str]  # the verification codes, in print order


def forms_paper(
    session: Session,
    year: int,
    nomination_ids: Sequence[int] | None,
    *,
    settings: PageSettings | None = None,
) -> papers.Paper[int]:
    """The registration forms of `nomination_ids` (None: every nomination of the year
    still in the running, i.e. not "không được chọn") in the list's order — I. Tập thể,
    II. Cá nhân, III. Mô hình — as one paper (PDF or Word, a form a page / a section,
    each with its code); its facts are the number of forms. ChiboError for nothing to
    print or a nomination not of that year."""
    settings = settings or load_page_settings(session)
    items = _chosen(session, year, nomination_ids)
    today = session.today()
    people = _people(session, today)
    forms = [registration_data(session, item, people) for item in items]
    cell = load_settings(session)
    records = tuple(registration_form.printed_form(form, cell) for form in forms)

    def pdf(out: BinaryIO, progress: Progress | None, cancel: CancelCheck | None) -> int:
        return registration_form.write_registration_forms(
            out, forms, cell, settings=settings, progress=progress, cancel=cancel
        ).render.pages

    def word(path: Path) -> None:
        registration_form.write_registration_docx(path, forms, cell, settings=settings)

    whose = forms[0].name if len(forms) == 1 else ""
    return papers.Paper(
        name=papers.file_name(f"Phiếu đăng ký điển hình năm {year}", whose),
        records=records,
        printed_on=today,
        pdf=pdf,
        files={".docx": word},
        facts=len(forms),
    )


def print_registration_forms(
    session: Session,
    year: int,
    nomination_ids: Sequence[int] | None,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    settings: PageSettings | None = None,
) -> FormsResult:
    """forms_paper written to `path` (.pdf or .docx) and recorded. Raises Cancelled (no
    file left) when `cancel()` turns true."""
    target = Path(path)
    if target.suffix.lower() not in (".pdf", ".docx"):
        raise ChiboError(msg("Phiếu đăng ký chỉ in ra tệp .pdf hoặc .docx."))
    paper = forms_paper(session, year, nomination_ids, settings=settings)
    pages = papers.issue(session, paper, target, progress=progress, cancel=cancel)
    return FormsResult(path=target, forms=paper.facts, pages=pages, codes=paper.codes)


def _chosen(session: Session, year: int, ids: Sequence[int] | None) -> list[Nomination]:
    ordered = [row.nomination for row in nomination_lists.rows(session, year)]
    if ids is None:
        chosen = [item for item in ordered if item.counts_for_quota]
        if not chosen:
            raise ChiboError(
                msg("Năm {year} chưa có đăng ký điển hình nào để in phiếu.", year=year)
            )
        return chosen
    wanted = set(ids)
    known = {item.id for item in ordered}
    unknown = [str(i) for i in dict.fromkeys(ids) if i not in known]
    if unknown:
        raise ChiboError(
            msg(
                "Không tìm thấy đăng ký có mã {codes} trong năm {year}.",
                codes=", ".join(unknown),
                year=year,
            )
        )
    chosen = [item for item in ordered if item.id in wanted]
    if not chosen:
        raise ChiboError(msg("Chưa chọn đăng ký nào để in phiếu."))
    return chosen


def _people(session: Session, as_of: dt.date) -> dict[int, PersonRowView]:
    return {r.id: r for r in people_repo.person_rows(session.db, as_of.isoformat())}


def registration_data(
    session: Session, item: Nomination, people: dict[int, PersonRowView]
) -> RegistrationFormData:
    """The form of one nomination; an individual's positions are those in `people`
    (read for the day of printing)."""
    units = nominations_repo.unit_names(session.db)
    unit = units.get(item.unit_id or -1, "")
    position = ""
    if item.kind == Kind.INDIVIDUAL:
        person = people.get(item.person_id or -1)
        name = person.full_name if person else ""
        position = _position(person) if person else ""
    elif item.kind == Kind.COLLECTIVE:
        name, unit = unit, ""
    else:
        name = item.title
    return RegistrationFormData(
        year=item.year,
        kind=item.kind,
        name=name,
        position=position,
        unit=unit,
        field=item.field,
        title=item.title if item.kind != Kind.MODEL else "",
        description=item.description,
        dated=iso_day(item.registered_on),
        nomination_id=item.id,
    )


def _position(person: PersonRowView) -> str:
    """Government position first (what the unit head signs for), then the party post;
    blank for neither (being a member is not a position)."""
    held = [p for p in (person.government_position, party_post(person)) if p]
    return "; ".join(held)


def _form_hash(session: Session, document: DocumentRow) -> str | None:
    """The form as today's data would print it (positions as held on the day it was
    printed); None when the nomination is gone."""
    if document.subject_table != registration_form.SUBJECT_TABLE:
        return None
    if len(document.subject_ids) != 1:
        return None
    item = nominations_repo.get(session.db, document.subject_ids[0])
    if item is None:
        return None
    people = _people(session, documents.printed_day(document))
    form = registration_data(session, item, people)
    return registration_form.printed_form(form, load_settings(session)).content_hash


def _list_hash(session: Session, document: DocumentRow) -> str | None:
    if document.year is None:
        return None
    day = documents.printed_day(document)
    cell = load_settings(session)
    data = nomination_lists.list_data(session, document.year, document.number, day)
    current = nomination_list.printed_list(data, cell).content_hash
    if current == document.content_hash:
        return current
    # Lists printed before people were ordered by post named them by name alone within
    # a unit: the same nominations in that order are the same list, unchanged.
    by_name = nomination_lists.list_data(
        session, document.year, document.number, day, by_post=False
    )
    earlier = nomination_list.printed_list(by_name, cell).content_hash
    return earlier if earlier == document.content_hash else current


VERIFY_SOURCES: documents.ContentSources = {
    (DOC_TYPE, nomination_list.SUBJECT_TABLE): _list_hash,
    (FORM_DOC_TYPE, None): _form_hash,
}
