"""Checking a printed document's code: which record it is, and whether the data it was
printed from still says what the paper says.

Each printing service declares how its documents are rebuilt from today's data (its
`VERIFY_SOURCES`); the table below gathers them, written out so that a new kind of
document is added here in one line, and a code can be checked whatever was printed
earlier in this process. Importing this module imports every printing service.
"""

from __future__ import annotations

from chibo_app.core.verification import normalise_code
from chibo_app.services import (
    dang_bo_printing,
    documents,
    evaluation_papers,
    evaluation_printing,
    meeting_printing,
    nomination_printing,
    person_history,
    plan_printing,
    report_printing,
    review_forms,
)
from chibo_app.services.documents import VerifyResult, VerifyStatus
from chibo_app.services.session import Session
from chibo_app.storage import documents_repo

SOURCES: documents.ContentSources = {
    **plan_printing.VERIFY_SOURCES,
    **meeting_printing.VERIFY_SOURCES,
    **nomination_printing.VERIFY_SOURCES,
    **evaluation_printing.VERIFY_SOURCES,
    **evaluation_papers.VERIFY_SOURCES,
    **review_forms.VERIFY_SOURCES,
    **report_printing.VERIFY_SOURCES,
    **dang_bo_printing.VERIFY_SOURCES,
    **person_history.VERIFY_SOURCES,
}


def verify(session: Session, code: str) -> VerifyResult:
    """Which document a printed code belongs to, and whether its record changed since."""
    wanted = normalise_code(code)
    document = documents_repo.by_code(session.db, wanted)
    if document is None:
        return VerifyResult(wanted, VerifyStatus.NOT_FOUND)
    if document.external:  # reserved; a print may have taken the number since
        return VerifyResult(wanted, VerifyStatus.EXTERNAL, document)
    if document.replaced_by is not None:
        newest = document
        while newest.replaced_by is not None:  # a reissue may itself have been replaced
            follow = documents_repo.by_id(session.db, newest.replaced_by)
            if follow is None or follow.id == newest.id:
                break
            newest = follow
        return VerifyResult(wanted, VerifyStatus.REPLACED, document, newest)
    source = SOURCES.get((document.doc_type, document.subject_table)) or SOURCES.get(
        (document.doc_type, None)
    )
    if source is None:
        return VerifyResult(wanted, VerifyStatus.NOT_CHECKED, document)
    current = source(session, document)
    if current is None:
        status = VerifyStatus.SOURCE_GONE
    elif current == document.content_hash:
        status = VerifyStatus.UNCHANGED
    else:
        status = VerifyStatus.CHANGED
    return VerifyResult(wanted, status, document)
