"""The year report for the superior committee: its figures for a period (read in one
query per kind of record, computed in core.report_figures) and its narrative (a draft
from the figures until the secretary saves an edited one, per year and period).

Printing is in services.report_printing (reportlab only when a report is printed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from chibo_app.core import report_figures as calc
from chibo_app.core.dates import BadDate, parse_date
from chibo_app.core.messages import msg
from chibo_app.core.report_basis import FigureChange, basis_of, changed_figures, stale_message
from chibo_app.core.report_narrative import draft
from chibo_app.core.year_report import (
    Narrative,
    Period,
    PeriodKind,
    ReportFigures,
    make_period,
    normalise,
)
from chibo_app.errors import ValidationError
from chibo_app.services import nominations, rule_sets, years
from chibo_app.services.session import Session
from chibo_app.storage import meetings_repo, people_repo, records, report_repo

__all__ = ["draft", "figures", "narrative", "period_of", "save_narrative", "stale_figures"]


def parse_until(typed: str) -> dt.date:
    """A typed day (dd/mm/yyyy or ISO) → date; ValidationError in Vietnamese."""
    try:
        value = parse_date(typed)
    except BadDate as error:
        raise ValidationError(
            {"until": msg("Ngày tính đến: {error}.", error=error.message)}
        ) from None
    if value is None or len(value) != 10:
        raise ValidationError({"until": msg("Ngày tính đến cần đủ ngày/tháng/năm.")})
    return dt.date.fromisoformat(value)


def period_of(year: int, *, half: bool = False, until: str | dt.date | None = None) -> Period:
    """The period the CLI and the page ask for: the whole year, the first half, or from
    1/1 up to a day of the year."""
    if half and until is not None:
        raise ValidationError({"until": msg("Chọn báo cáo 6 tháng hoặc báo cáo đến một ngày.")})
    if until is not None:
        day = until if isinstance(until, dt.date) else parse_until(until)
        return make_period(year, PeriodKind.UNTIL, day)
    return make_period(year, PeriodKind.HALF if half else PeriodKind.YEAR)


def figures(session: Session, period: Period) -> ReportFigures:
    """Everything the report counts, as of the period's end."""
    db, year = session.db, period.year
    setup = years.get_year(session, year)
    rule_set = rule_sets.year_rule_set(session, year)
    labels = {
        band.code: band.label
        for r in rule_sets.list_rule_sets(session)
        for band in r.definition.bands
    }
    as_of = min(period.end, session.today())
    people = people_repo.person_facts(db)
    plans = report_repo.plans(db, year)
    tasks = report_repo.tasks(db, year)
    reviews = report_repo.reviews(db, year)
    plan_figures, confirmed = calc.plan_figures(plans, people, period, setup.deadline("plans_due"))
    midyear_to = setup.deadline("midyear_to")
    reviewed = calc.reviewed_plans(reviews, confirmed, calc.review_cutoff(period, midyear_to))
    midyear = calc.midyear_figures(tasks, reviewed, confirmed, midyear_to)
    topics = meetings_repo.topics_of_year(db, year)
    return ReportFigures(
        period=period,
        as_of=as_of,
        people=calc.people_figures(people, period),
        plans=plan_figures,
        midyear=midyear,
        tasks=calc.task_figures(tasks, confirmed, reviewed, period),
        classification=calc.classification_figures(
            report_repo.evaluations(db, year),
            [(band.code, band.label) for band in rule_set.definition.bands],
            rule_set.name,
            period,
            labels,
        ),
        nominations=calc.nomination_figures(
            report_repo.nominations(db, year), nominations.fields(session), period
        ),
        commendations=calc.commendation_lines(report_repo.commendations(db, year), period, as_of),
        meetings=calc.meeting_figures(report_repo.meetings(db, year), period, as_of),
        topics=calc.topic_lines(
            topics, report_repo.topics_held(db, year, as_of.isoformat()), period, as_of
        ),
        evaluation_due=setup.deadline("evaluation_due"),
    )


# The narrative ------------------------------------------------------------------------------


def saved_narrative(session: Session, period: Period) -> Narrative | None:
    return report_repo.narrative(session.db, period.year, str(period.kind))


def narrative(session: Session, period: Period, found: ReportFigures | None = None) -> Narrative:
    """The saved narrative of the period, or a draft from its figures."""
    saved = saved_narrative(session, period)
    if saved is not None:
        return saved
    return draft(found or figures(session, period))


def last_until(session: Session, year: int) -> dt.date | None:
    """The day the year's 'up to a date' report was last saved with."""
    saved = report_repo.narrative(session.db, year, str(PeriodKind.UNTIL))
    return saved.until if saved else None


def save_narrative(session: Session, period: Period, text: Narrative) -> Narrative:
    """Save the four sections for (year, period), each change in the history, with the
    figures the text was written against: `text.basis` (the draft's, or the one it was
    read with — editing a stale text does not make it agree with new figures), or
    today's figures when it has none. A basis keeps the time it was first saved with."""
    text = normalise(text)
    values = report_repo.narrative_values(text)
    values["until_date"] = period.end.isoformat() if period.kind == PeriodKind.UNTIL else None
    basis = text.basis or basis_of(figures(session, period))
    if basis.at is None:
        basis = replace(basis, at=session.editor.stamp())
    db = session.db
    with db.atomic():
        stored = saved_narrative(session, period)
        if stored is None or stored.id is None:
            row_id = records.insert(
                db,
                session.editor,
                report_repo.TEXTS,
                {"year": period.year, "period": str(period.kind), **values},
            )
        else:
            row_id = stored.id
            records.update(db, session.editor, report_repo.TEXTS, row_id, values)
        report_repo.save_basis(db, row_id, basis)
    saved = saved_narrative(session, period)
    assert saved is not None
    return saved


def stale_figures(
    session: Session, period: Period, found: ReportFigures | None = None
) -> tuple[FigureChange, ...]:
    """The figures that changed since the period's narrative was saved (none when
    nothing is saved or it was saved without its figures)."""
    saved = saved_narrative(session, period)
    if saved is None or saved.basis is None:
        return ()
    return changed_figures(saved.basis, found or figures(session, period))


def stale_warning(
    session: Session, period: Period, found: ReportFigures | None = None
) -> str | None:
    """In Vietnamese, what changed since the period's narrative was saved, and what to
    do before printing; None when nothing did."""
    saved = saved_narrative(session, period)
    changes = stale_figures(session, period, found)
    if saved is None or saved.basis is None or not changes:
        return None
    return stale_message(saved.basis, changes)
