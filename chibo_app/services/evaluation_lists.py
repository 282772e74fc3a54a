"""A year's evaluations at a glance: one row per person, the cap warning, and the data
of the printed list (danh sách đánh giá, xếp loại)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from chibo_app.core import evaluation as core
from chibo_app.core.evaluation import NOT_PARTY, EvaluationRowView, EvaluationStatus
from chibo_app.core.people import PersonFact, kind_at
from chibo_app.core.rules import RuleSet, cap_warning
from chibo_app.core.text import name_sort_key
from chibo_app.services import rule_sets, years
from chibo_app.services.session import Session
from chibo_app.storage import evaluation_repo, people_repo, plans_repo

if TYPE_CHECKING:  # reportlab is loaded only when a list is printed (start-up: overview)
    from chibo_app.documents.evaluation_list import EvaluationListData, EvaluationListRow


def list_year(session: Session, year: int, as_of: dt.date | None = None) -> list[EvaluationRowView]:
    """Everyone of the year (active, or with a plan) in Vietnamese name order, with their
    evaluation and their kind as of the year's evaluation deadline; people not yet
    evaluated show the exemption a rule suggests, if any."""
    db = session.db
    due = years.get_year(session, year).deadline("evaluation_due")
    # Positions held on the day (today, or the deadline of a past year); the kind as
    # of the year's deadline, so a past year lists people as they were then.
    day = min(as_of or session.today(), due)
    people = {r.id: r for r in people_repo.person_rows(db, day.isoformat())}
    facts = {f.id: f for f in people_repo.person_facts(db)}
    plans = {p.person_id: p for p in plans_repo.plans_of_year(db, year)}
    evaluations = evaluation_repo.evaluations_of_year(db, year)
    rule_set = rule_sets.year_rule_set(session, year)
    by_id = {r.id: r for r in rule_sets.list_rule_sets(session)}
    rows = []
    for person_id, _name, unit in plans_repo.year_people(db, year):
        person = people[person_id]
        plan = plans.get(person_id)
        found = evaluations.get(person_id)
        labels = by_id.get(found.rule_set_id or -1, rule_set) if found else rule_set
        exempt = found.exempt_reason if found else core.exemption_hint(facts[person_id], due)
        rows.append(
            EvaluationRowView(
                person_id=person_id,
                full_name=person.full_name,
                unit=unit,
                party_position=person.party_position or "",
                government_position=person.government_position or "",
                kind=kind_at(facts[person_id], due),
                plan_id=plan.id if plan else None,
                evaluation_id=found.id if found else None,
                status=found.status if found else EvaluationStatus.NOT_STARTED,
                score=found.score if found else None,
                proposed=found.proposed if found else None,
                proposed_label=labels.definition.label(found.proposed) if found else "",
                final=found.classification if found else None,
                final_label=labels.definition.label(found.classification) if found else "",
                exempt_reason=exempt,
                self_classification=found.self_classification if found else None,
                reasons=list(found.explanation) if found else [],
                notes=found.notes if found else "",
            )
        )
    return sorted(rows, key=lambda r: name_sort_key(r.full_name))


def progress(session: Session, year: int) -> tuple[int, tuple[str, ...]]:
    """(people to evaluate, names of those not yet evaluated in name order): the same
    people as list_year counts, read in one query (the overview at start-up)."""
    due = years.get_year(session, year).deadline("evaluation_due")
    total = 0
    waiting = []
    for name, kind, status, admitted_on, done, exempt in evaluation_repo.year_statuses(
        session.db, year
    ):
        if done == EvaluationStatus.EVALUATED:
            total += 1
        elif not (exempt if done else core.exemption_hint(_fact(kind, status, admitted_on), due)):
            total += 1
            waiting.append(name)
    return total, tuple(sorted(waiting, key=name_sort_key))


def _fact(kind: str, status: str, admitted_on: str | None) -> PersonFact:
    """What progress() reads of a person (no status date: an exemption counts from
    before the year, as an undated one)."""
    return PersonFact(0, kind, status, None, admitted_on, None)


def year_cap_warning(session: Session, year: int) -> str | None:
    """The rule set's cap on the share rated excellent, as a warning (never enforced):
    the final classification counts, else the proposal."""
    rows = list_year(session, year)
    chosen = [r.final or r.proposed for r in rows if r.party_member and not r.exempt_reason]
    return cap_warning(rule_sets.year_rule_set(session, year), chosen)


def list_data(
    session: Session, year: int, *, number: int | None, as_of: dt.date
) -> EvaluationListData:
    from chibo_app.documents.evaluation_list import EvaluationListData  # noqa: PLC0415

    rule_set = rule_sets.year_rule_set(session, year)
    rows = list_year(session, year, as_of)
    to_classify = [r for r in rows if r.party_member and not r.exempt_reason]
    counts = Counter(r.final for r in to_classify if r.final)
    printed = [_printed_row(r, rule_set) for r in rows]
    exempt = sum(1 for r in rows if r.exempt_reason)
    levels = [(band.label, counts.get(band.code, 0)) for band in rule_set.definition.bands]
    return EvaluationListData(
        year=year,
        rule_set=_rule_set_title(rule_set),
        rows=printed,
        levels=levels,
        not_evaluated=exempt,
        not_classified=len(to_classify) - sum(counts.values()),
        non_party=len(rows) - exempt - len(to_classify),
        number=number,
        dated=as_of,
    )


def _printed_row(row: EvaluationRowView, rule_set: RuleSet) -> EvaluationListRow:
    notes = []
    if row.exempt_reason:
        notes.append(f"Không đánh giá: {row.exempt_reason}")
    elif not row.party_member:
        notes.append(NOT_PARTY.split(":")[0])
    if row.notes:
        notes.append(row.notes)
    from chibo_app.documents.evaluation_list import EvaluationListRow  # noqa: PLC0415

    positions = [p for p in (row.party_position, row.government_position) if p]
    return EvaluationListRow(
        full_name=row.full_name,
        positions="; ".join(positions),
        score=None if row.exempt_reason else row.score,
        proposed=row.proposed_label,
        final=row.final_label,
        notes="; ".join(notes),
        person_id=row.person_id,
        party=row.party_member,
    )


def _rule_set_title(rule_set: RuleSet) -> str:
    if rule_set.issued_on:
        day = dt.date.fromisoformat(rule_set.issued_on)
        return f"{rule_set.name} ngày {day.day}/{day.month}/{day.year}"  # as seeds write it
    return rule_set.name
