"""The document register and verification codes, for every printed document.

Printing goes: `next_number` (shown, editable) → a builder in chibo_app/documents
returns the PDF and a `PrintedDocument` per document → `record_document(s)` once the
file is written. Each printing service declares how to rebuild the content hash of its
documents from today's data (a `ContentSource`); `services/verification` gathers them
to say whether a printed code's record has changed since.

One number per document (Hướng dẫn 36-HD/VPTW numbers each document once, in order,
per type per term): `numbering` looks for the document printed before under the same
title. Unchanged, printing it again (as PDF, Word or Excel alike) is a copy of it: its
number, date and code, recorded as a copy. Changed, it takes the next number, or, when
the secretary reissues it, the old number, the old record marked as replaced.

Numbers follow the documents' dates, not the order they happen to be printed in: the
date of a document is its date line (the day it is signed and issued: the print day for
a list or a report, the meeting day for minutes), and the register records that date.
Numbers are never moved once on paper, so a document dated before one already numbered
(minutes typed up after a later meeting's) takes a free number that stands between the
dates around it, or a number reserved for it (`reserve_number`, then that number
given); when none fits it takes the next one and `Numbering.out_of_order` names the
document it comes after in the register though dated later (`order_note` says so).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from chibo_app.core.messages import Message, msg
from chibo_app.core.verification import (
    PrintedDocument,
    Subject,
    content_hash,
    display_code,
    number_text,
    verification_code,
)
from chibo_app.errors import ChiboError
from chibo_app.services.cell import load_settings
from chibo_app.services.session import Session
from chibo_app.storage import documents_repo
from chibo_app.storage.documents_repo import DocumentRow

# Rebuilds the content hash of what a recorded document covers from today's data;
# None when that no longer exists (e.g. the plan was deleted).
ContentSource = Callable[[Session, DocumentRow], "str | None"]
# (document type, subject table) -> source, as each printing service declares them and
# services/verification gathers them; a subject table of None serves the type's documents
# that no more specific entry claims.
ContentSources = dict[tuple[str, "str | None"], ContentSource]

EXTERNAL_TABLE = "external"  # the subject of a number reserved for a paper made elsewhere

# Names of the document types in messages; later documents add theirs.
DOC_TYPE_NAMES: dict[str, str] = {
    "KH": "Kế hoạch",
    "KHCN": "Kế hoạch cá nhân",
    "DS": "Danh sách",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "DD": "Danh sách dự sinh hoạt",
    "PDK": "Phiếu đăng ký điển hình",
    "KĐCN": "Bản kiểm điểm cá nhân",
    "DMHS": "Danh mục hồ sơ",
    "QT": "Quá trình thực hiện kế hoạch, xếp loại",
}


def next_number(session: Session, doc_type: str, term: str | None = None) -> int:
    """The number the next document of this type takes in the term (default: current)."""
    if term is None:
        term = load_settings(session).term
    return documents_repo.highest_number(session.db, doc_type, term) + 1


def number_to_use(session: Session, doc_type: str, number: int | None) -> int:
    """The number a numbered document takes: the one given (1–9999), else the next."""
    chosen = next_number(session, doc_type) if number is None else number
    if not 1 <= chosen <= 9999:
        raise ChiboError(msg("Số văn bản phải từ 1 đến 9999."))
    return chosen


@dataclass(frozen=True)
class Numbering:
    """The number and date line a numbered document is printed with."""

    number: int
    as_of: dt.date  # the date line: a reprint keeps the first print's
    earlier: DocumentRow | None = None  # the same document printed before
    reprint: bool = False  # earlier is unchanged: this print is a copy of it
    replaces: DocumentRow | None = None  # a reissue under earlier's number, or a reservation
    out_of_order: DocumentRow | None = None  # numbered across this one's date (see order_note)
    filled_gap: bool = False  # a free number below the highest, chosen to keep date order

    @property
    def claims(self) -> DocumentRow | None:
        """The reservation (a number held with `reserve_number`) this print takes."""
        held = self.replaces
        return held if held is not None and held.external else None

    @property
    def changed_since(self) -> DocumentRow | None:
        """The earlier print when this one differs from it (the secretary chooses: a new
        number, or a reissue replacing it)."""
        return self.earlier if self.earlier is not None and not self.reprint else None


def earlier_print(session: Session, draft: PrintedDocument) -> DocumentRow | None:
    """The newest current print of the document `draft` is (same type, term, title and
    source table), whatever its content."""
    return documents_repo.latest_version(
        session.db, draft.doc_type, draft.term, draft.title, draft.subject.table
    )


def numbering(
    session: Session,
    draft: PrintedDocument,
    number: int | None = None,
    *,
    source: ContentSource,
    replace: bool = False,
    today: dt.date | None = None,
    dated: dt.date | None = None,
) -> Numbering:
    """How to number `draft` (built with any number, as of `today`, the day the print
    read from the clock once; `dated`: the document's own date when it is not that day,
    e.g. the meeting day of minutes): a reprint of the unchanged document printed before
    keeps its number, date and code; a changed one takes `number` (default: the number
    that keeps the register in date order, `fitting_number`), or with `replace` the
    earlier one's number. A `number` reserved with `reserve_number` is taken over.
    `source` rebuilds the earlier print's content as of its day, to tell the two apart."""
    today = session.today() if today is None else today
    dated = today if dated is None else dated
    earlier = earlier_print(session, draft)
    if earlier is not None and earlier.number is not None:
        unchanged = source(session, earlier) == earlier.content_hash
        if unchanged and number in (None, earlier.number):
            return Numbering(earlier.number, earlier.printed_on, earlier, reprint=True)
        if replace:
            if number not in (None, earlier.number):
                raise ChiboError(
                    msg(
                        "Bản thay thế giữ số của văn bản cũ ({number}).",
                        number=f"{earlier.number:02d}-{earlier.doc_type}",
                    )
                )
            return Numbering(earlier.number, dated, earlier, replaces=earlier)
    else:
        earlier = None
    if number is None:
        chosen, gap = fitting_number(session, draft.doc_type, draft.term, dated)
    else:
        chosen, gap = number_to_use(session, draft.doc_type, number), False
    held = documents_repo.number_taken(session.db, draft.doc_type, draft.term, chosen)
    reservation = held if held is not None and held.external else None
    return Numbering(
        chosen,
        dated,
        earlier,
        replaces=reservation,
        out_of_order=_across(session, draft.doc_type, draft.term, chosen, dated),
        filled_gap=gap,
    )


def fitting_number(session: Session, doc_type: str, term: str, dated: dt.date) -> tuple[int, bool]:
    """The number a new document dated `dated` takes, and whether it is a free number
    below the highest. 36-HD numbers each type in order of issue: the next number when
    no document of the type is dated later; otherwise the lowest free number between
    the dates around it, and the next number only when none is free there (the print
    then says which document it comes after, `order_note`)."""
    rows = documents_repo.current_numbered(session.db, doc_type, term)
    highest = documents_repo.highest_number(session.db, doc_type, term)
    if all(row.printed_on <= dated for row in rows):
        return highest + 1, False
    used = documents_repo.numbers_used(session.db, doc_type, term)
    for candidate in range(1, highest):
        if candidate not in used and _fits(rows, candidate, dated):
            return candidate, True
    return highest + 1, False


def reservation_offer(session: Session, doc_type: str, dated: dt.date) -> Numbering:
    """The number a reservation of a document dated `dated` is offered — and takes when
    none is typed: the one a print of that date would take (`fitting_number`), with what
    `order_note` says of it (a free number between the dates, or out of date order). The
    window's "Giữ số…" and `chibo documents reserve` alike."""
    term = load_settings(session).term
    chosen, gap = fitting_number(session, doc_type, term, dated)
    return Numbering(
        chosen,
        dated,
        out_of_order=_across(session, doc_type, term, chosen, dated),
        filled_gap=gap,
    )


def _fits(rows: Sequence[DocumentRow], number: int, dated: dt.date) -> bool:
    return all(
        row.printed_on <= dated if (row.number or 0) < number else row.printed_on >= dated
        for row in rows
        if row.number != number
    )


def _across(
    session: Session, doc_type: str, term: str, number: int, dated: dt.date
) -> DocumentRow | None:
    """A document of the type whose number stands on the other side of `number` from
    its date (lower number, later date; or higher number, earlier date), the nearest in
    number; None when `number` keeps the register in date order."""
    crossing = [
        row
        for row in documents_repo.current_numbered(session.db, doc_type, term)
        if row.number != number
        and (
            ((row.number or 0) < number and row.printed_on > dated)
            or ((row.number or 0) > number and row.printed_on < dated)
        )
    ]
    return min(crossing, key=lambda row: abs((row.number or 0) - number), default=None)


def order_note(numbering: Numbering, *, reserving: bool = False) -> Message | None:
    """One sentence when the number is not simply the next one in date order: a free
    number chosen for an earlier date, a reservation taken over, or a number that stands
    out of date order in the register. None otherwise (and for a reprint). `reserving`:
    the number is offered for a reservation ("Giữ số…"), which cannot be told to choose
    a number reserved before."""
    if numbering.reprint:
        return None
    day = f"{numbering.as_of:%d/%m/%Y}"
    held = numbering.claims
    if held is not None:
        return msg(
            "Số {number} đã giữ ngày {held_day} (“{title}”): văn bản này dùng số đã giữ đó.",
            number=f"{numbering.number:02d}-{held.doc_type}",
            held_day=f"{held.printed_on:%d/%m/%Y}",
            title=held.title,
        )
    other = numbering.out_of_order
    if other is not None:
        values = {
            "day": day,
            "other": f"{other.number or 0:02d}-{other.doc_type}",
            "other_day": f"{other.printed_on:%d/%m/%Y}",
            "number": f"{numbering.number:02d}",
        }
        if (other.number or 0) < numbering.number and reserving:
            return msg(
                "Văn bản ghi ngày {day}, sớm hơn văn bản số {other} ngày {other_day}, nhưng "
                "không còn số trống hợp thứ tự ngày: số {number} giữ cho văn bản này sẽ đứng "
                "sau số đó trong sổ văn bản.",
                **values,
            )
        if (other.number or 0) < numbering.number:
            return msg(
                "Văn bản ghi ngày {day}, sớm hơn văn bản số {other} ngày {other_day}: số "
                "{number} đứng sau số đó trong sổ văn bản dù ghi ngày trước. Không còn số "
                "trống hợp thứ tự ngày; nếu đã giữ số cho văn bản này, hãy chọn số đã giữ.",
                **values,
            )
        return msg(
            "Văn bản ghi ngày {day}, muộn hơn văn bản số {other} ngày {other_day}: số "
            "{number} đứng trước số đó trong sổ văn bản dù ghi ngày sau.",
            **values,
        )
    if numbering.filled_gap:
        return msg(
            "Văn bản ghi ngày {day}: lấy số còn trống {number}, giữa các văn bản cùng loại ghi "
            "ngày trước và sau ngày đó (số văn bản theo thứ tự ngày).",
            day=day,
            number=f"{numbering.number:02d}",
        )
    return None


def check_number_free(
    session: Session, printed: PrintedDocument, replaces: DocumentRow | None = None
) -> None:
    """Refuse, before anything is written, a number another document already has (a
    reprint of the same content keeps its number, a reissue the one it replaces)."""
    if printed.number is None:
        return
    clash = documents_repo.number_taken(session.db, printed.doc_type, printed.term, printed.number)
    if replaces is not None and clash is not None and clash.id == replaces.id:
        return
    if clash is not None and clash.code != printed.code:
        shown = number_text(printed.number, printed.doc_type, load_settings(session).symbol or "CB")
        raise ChiboError(
            msg(
                "{shown} đã dùng cho “{title}”. Hãy chọn số khác (số kế tiếp: {next_number}).",
                shown=shown,
                title=clash.title,
                next_number=next_number(session, printed.doc_type, printed.term),
            )
        )


def record_written(
    session: Session,
    printed: PrintedDocument,
    path: Path,
    *,
    printed_on: dt.date,
    replaces: DocumentRow | None = None,
) -> DocumentRow:
    """Record a document whose file is written; if that fails the file is removed, so
    paper never carries a code the register does not know. `printed_on` is the day the
    document was drawn up as of (the `session.today()` its builder was given)."""
    return record_all_written(session, [printed], path, printed_on=printed_on, replaces=replaces)[0]


def record_all_written(
    session: Session,
    printed: Sequence[PrintedDocument],
    path: Path,
    *,
    printed_on: dt.date,
    replaces: DocumentRow | None = None,
) -> list[DocumentRow]:
    """record_written for the documents of one file (a batch of forms, a meeting's
    attendance list and minutes), in one transaction."""
    try:
        return record_documents(
            session,
            printed,
            printed_on=printed_on,
            replaces=replaces,
            file_type=path.suffix.lower().lstrip("."),
        )
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


def record_document(
    session: Session, printed: PrintedDocument, *, printed_on: dt.date
) -> DocumentRow:
    """Record one printed document; a reprint of identical content returns its record.

    Raises ChiboError if the number is already taken by a different document.
    """
    return record_documents(session, [printed], printed_on=printed_on)[0]


def record_documents(
    session: Session,
    printed: Sequence[PrintedDocument],
    *,
    printed_on: dt.date,
    replaces: DocumentRow | None = None,
    file_type: str = "",
) -> list[DocumentRow]:
    """Record a batch (e.g. 500 plan forms) in one transaction. A document the register
    holds already (the same code) is recorded as one more copy of it; the one `printed`
    item numbered as `replaces` takes its number and marks it replaced."""
    db = session.db
    editor = session.editor
    now = editor.stamp()
    stored: list[DocumentRow] = []
    with db.atomic():
        for item in printed:
            expected = verification_code(
                item.doc_type, item.term, item.number, item.subject, item.content_hash
            )
            if expected != item.code:
                raise ValueError(f"verification code {item.code} does not match its content")
            existing = documents_repo.by_code(db, item.code)
            if existing is not None:
                documents_repo.add_copy(db, editor, existing.id, now, file_type)
                again = documents_repo.by_id(db, existing.id)
                stored.append(again or existing)
                continue
            replacing = _replaced_here(replaces, item)
            if replacing is not None:
                documents_repo.release_number(db, replacing.id)
            if item.number is not None:
                clash = documents_repo.number_taken(db, item.doc_type, item.term, item.number)
                if clash is not None:
                    symbol = load_settings(session).symbol or "CB"
                    raise ChiboError(
                        msg(
                            "{number_text} đã dùng cho “{title}” (in ngày {day}). Hãy chọn số "
                            "khác.",
                            number_text=number_text(item.number, item.doc_type, symbol),
                            title=clash.title,
                            day=moment_text(clash.created_at),
                        )
                    )
            row_id = documents_repo.insert(
                db,
                editor,
                doc_type=item.doc_type,
                number=item.number,
                term=item.term,
                year=item.year,
                title=item.title,
                created_at=now,
                printed_on=printed_on,
                content_hash=item.content_hash,
                code=item.code,
                subject_table=item.subject.table,
                subject_ids=item.subject.ids,
            )
            if replacing is not None:
                documents_repo.mark_replaced(db, editor, replacing.id, row_id)
            found = documents_repo.by_code(db, item.code)
            assert found is not None and found.id == row_id
            stored.append(found)
    return stored


def _replaced_here(replaces: DocumentRow | None, item: PrintedDocument) -> DocumentRow | None:
    if replaces is None or replaces.replaced_by is not None:
        return None
    same = (item.doc_type, item.term, item.number) == (
        replaces.doc_type,
        replaces.term,
        replaces.number,
    )
    return replaces if same else None


def reserve_number(
    session: Session,
    doc_type: str,
    title: str,
    dated: dt.date,
    number: int | None = None,
) -> DocumentRow:
    """Hold a number of the register for a document made outside the app (typed in
    Word, handwritten), so the app's own documents never take it."""
    if doc_type not in DOC_TYPE_NAMES:
        raise ChiboError(msg("Không có loại văn bản {doc_type}.", doc_type=doc_type))
    if not title.strip():
        raise ChiboError(msg("Hãy ghi trích yếu của văn bản cần giữ số."))
    term = load_settings(session).term
    if number is None:  # the number that keeps the register in date order
        chosen = reservation_offer(session, doc_type, dated).number
    else:
        chosen = number_to_use(session, doc_type, number)
    digest = content_hash({"external": title.strip(), "dated": dated.isoformat()})
    subject = Subject(EXTERNAL_TABLE)
    draft = PrintedDocument(
        doc_type,
        term,
        chosen,
        dated.year,
        title.strip(),
        digest,
        verification_code(doc_type, term, chosen, subject, digest),
        subject,
    )
    check_number_free(session, draft)
    db = session.db
    with db.atomic():
        if documents_repo.by_code(db, draft.code) is not None:
            raise ChiboError(msg("Số này đã được giữ cho văn bản đó."))
        row_id = documents_repo.insert(
            db,
            session.editor,
            doc_type=doc_type,
            number=chosen,
            term=term,
            year=dated.year,
            title=draft.title,
            created_at=session.editor.stamp(),
            printed_on=dated,
            content_hash=digest,
            code=draft.code,
            subject_table=EXTERNAL_TABLE,
            subject_ids=(),
            external=True,
        )
    found = documents_repo.by_id(db, row_id)
    assert found is not None
    return found


def number_gaps(session: Session, term: str | None = None) -> dict[str, list[int]]:
    """Per document type, the numbers below its highest that no document holds (36-HD
    numbers in order: a gap is a document missing from the register, or one to reserve)."""
    if term is None:
        term = load_settings(session).term
    gaps: dict[str, list[int]] = {}
    for doc_type in documents_repo.numbered_types(session.db, term):
        used = documents_repo.numbers_used(session.db, doc_type, term)
        missing = [n for n in range(1, max(used) + 1) if n not in used]
        if missing:
            gaps[doc_type] = missing
    return gaps


class VerifyStatus(Enum):
    NOT_FOUND = "not_found"  # no document with this code in this cell's register
    UNCHANGED = "unchanged"  # the record still says what the paper says
    CHANGED = "changed"  # the record was edited after printing
    SOURCE_GONE = "source_gone"  # what it covered no longer exists
    NOT_CHECKED = "not_checked"  # no source registered for this type
    REPLACED = "replaced"  # a reissue under the same number replaced it
    EXTERNAL = "external"  # a number reserved for a document made outside the app


@dataclass(frozen=True)
class VerifyResult:
    code: str
    status: VerifyStatus
    document: DocumentRow | None = None
    replacement: DocumentRow | None = None  # for REPLACED: the print now in force

    @property
    def message(self) -> Message:
        """One sentence for the CLI and the GUI."""
        shown = display_code(self.code) if len(self.code) > 1 else self.code
        doc = self.document
        if doc is None:
            return msg(
                "Không tìm thấy văn bản có mã {code} trong sổ văn bản của chi bộ.", code=shown
            )
        what: Message | str = doc.title
        if doc.number is not None:
            what = msg(
                "{title} (số {number}, nhiệm kỳ {term})",
                title=doc.title,
                number=f"{doc.number:02d}-{doc.doc_type}",
                term=doc.term or "—",
            )
        when = (
            msg(
                "in ngày {day} bởi {editor}",
                day=moment_text(doc.created_at),
                editor=doc.created_by,
            )
            if doc.created_by
            else msg("in ngày {day}", day=moment_text(doc.created_at))
        )
        verdict = {
            VerifyStatus.UNCHANGED: msg("nội dung trong dữ liệu không thay đổi kể từ khi in."),
            VerifyStatus.CHANGED: msg("dữ liệu đã bị sửa sau khi in: bản giấy không còn khớp."),
            VerifyStatus.SOURCE_GONE: msg("dữ liệu gốc của văn bản không còn."),
            VerifyStatus.NOT_CHECKED: msg("chưa kiểm tra được nội dung loại văn bản này."),
            VerifyStatus.REPLACED: msg(
                "văn bản này đã được thay thế bằng bản ban hành lại{replaced}: bản giấy này "
                "không còn hiệu lực.",
                replaced=self.replaced_text,
            ),
            VerifyStatus.EXTERNAL: msg(
                "số này được giữ cho một văn bản làm ngoài ứng dụng; ứng dụng không kiểm tra "
                "được nội dung."
            ),
        }[self.status]
        return msg(
            "Mã {code}: {what}, {when}; {verdict}",
            code=shown,
            what=what,
            when=when,
            verdict=verdict,
        )

    @property
    def replaced_text(self) -> Message | str:
        """' ngày 07/12/2026, mã ABCDE-FGHIJ' (the replacing print), or ''."""
        new = self.replacement
        if new is None:
            return ""
        return msg(
            " ngày {day}, mã {code}", day=f"{new.printed_on:%d/%m/%Y}", code=display_code(new.code)
        )


def printed_day(document: DocumentRow) -> dt.date:
    """The day a recorded document was drawn up as of: sources rebuild it as of then."""
    return document.printed_on


def moment_text(created_at: str) -> str:
    """'07/12/2026 14:05' for a record's ISO time (as stored, when unreadable)."""
    try:
        return dt.datetime.fromisoformat(created_at).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return created_at
