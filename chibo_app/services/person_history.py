"""One person's years: each year's plan, its tasks with their results, the score and
the classification — for the person page, for printing (documents/person_history.py:
a paper, PDF or Word, recorded unnumbered as type QT and verifiable) and later for
nomination eligibility ("hoàn thành xuất sắc 2 năm liền")."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from chibo_app.core.evaluation import RESULT_LABELS, STATUS_LABELS, EvaluationStatus, Result
from chibo_app.core.messages import msg
from chibo_app.core.plans import STATUS_LABELS as PLAN_LABELS
from chibo_app.core.plans import PlanStatus
from chibo_app.documents import person_history as document
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.person_history import HistoryTask, HistoryYear, PersonHistory
from chibo_app.errors import ChiboError
from chibo_app.services import documents, papers, rule_sets
from chibo_app.services.cell import load_settings
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.session import Session
from chibo_app.storage import evaluation_repo, people_repo, plans_repo
from chibo_app.storage.documents_repo import DocumentRow


def person_history(session: Session, person_id: int) -> PersonHistory:
    db = session.db
    name = people_repo.names(db, [person_id], active=False).get(person_id)
    if name is None:
        raise ChiboError(msg("Không tìm thấy người có mã {person_id}.", person_id=person_id))
    plan_years = plans_repo.years_of_person(db, person_id)
    evaluations = {e.year: e for e in evaluation_repo.of_person(db, person_id)}
    by_id = {r.id: r for r in rule_sets.list_rule_sets(session)}
    found = []
    for year in sorted(set(plan_years) | set(evaluations), reverse=True):
        plan = plans_repo.find(db, person_id, year)
        evaluation = evaluations.get(year)
        results = {t.task_id: t.result for t in evaluation.tasks} if evaluation else {}
        rule_set = (
            by_id.get(evaluation.rule_set_id or -1) if evaluation else None
        ) or rule_sets.year_rule_set(session, year)
        review = evaluation_repo.review_of_plan(db, plan.id) if plan and plan.id else None
        tasks = tuple(
            HistoryTask(t.text, t.target, _label(results.get(t.id or -1)))
            for t in (plan.tasks if plan else ())
        )
        status = evaluation.status if evaluation else EvaluationStatus.NOT_STARTED
        final = evaluation.classification if evaluation else None
        found.append(
            HistoryYear(
                year=year,
                plan_status=PLAN_LABELS[plan.status if plan else PlanStatus.NOT_STARTED],
                tasks=tasks,
                reviewed=review is not None,
                evaluation_status=STATUS_LABELS[status],
                score=evaluation.score if evaluation else None,
                classification=final,
                classification_label=rule_set.definition.label(final) if final else "",
                exempt_reason=evaluation.exempt_reason if evaluation else None,
                rule_set=rule_set.name,
            )
        )
    return PersonHistory(person_id, name, tuple(found))


def _label(result: Result | None) -> str:
    return RESULT_LABELS[result] if result else ""


def history_paper(
    session: Session, person_id: int, *, settings: PageSettings | None = None
) -> papers.Paper[None]:
    """The person's history as a paper to preview, print or save as PDF or Word."""
    history = person_history(session, person_id)
    cell = load_settings(session)
    today = session.today()
    settings = settings or load_page_settings(session)
    record = document.printed_history(history, cell, today)

    def pdf(out: BinaryIO, _progress: object, _cancel: object) -> int:
        return document.write_history_pdf(
            out, history, cell, dated=today, settings=settings, code=record.code
        ).pages

    def word(path: Path) -> None:
        document.write_history_docx(
            path, history, cell, dated=today, settings=settings, code=record.code
        )

    return papers.Paper(
        name=papers.file_name("Quá trình thực hiện kế hoạch", history.full_name, today),
        records=(record,),
        printed_on=today,
        pdf=pdf,
        files={".docx": word},
        facts=None,
    )


def _source(session: Session, row: DocumentRow) -> str | None:
    if row.subject_table != document.SUBJECT_TABLE or len(row.subject_ids) != 1:
        return None
    try:
        history = person_history(session, row.subject_ids[0])
    except ChiboError:
        return None  # the person is gone
    day = documents.printed_day(row)
    return document.printed_history(history, load_settings(session), day).content_hash


VERIFY_SOURCES: documents.ContentSources = {(document.DOC_TYPE, None): _source}
