"""A year's evaluations at a glance: one row per person, the cap warning, and the data
of the printed list (danh sách đánh giá, xếp loại)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from chibo_app.core import rule_cap
from chibo_app.core.evaluation import NOT_PARTY, EvaluationRowView, EvaluationStatus
from chibo_app.core.evaluation_list import EvaluationListData, EvaluationListRow
from chibo_app.core.messages import Message
from chibo_app.core.people import kind_at
from chibo_app.core.person_order import person_order
from chibo_app.core.rule_cap import CapCheck
from chibo_app.core.rules import RuleSet
from chibo_app.core.standing import exemption, frame_from_position
from chibo_app.services import rule_sets, years
from chibo_app.services.session import Session
from chibo_app.storage import evaluation_repo, people_repo, person_events_repo, plans_repo


def list_year(session: Session, year: int, as_of: dt.date | None = None) -> list[EvaluationRowView]:
    """Everyone of the year (active, or with a plan) in Vietnamese name order, with their
    evaluation in its three steps (366 Điều 12) and their kind as of the year's
    evaluation deadline; people not yet evaluated show the exemption a rule suggests,
    if any, and the frame their position suggests."""
    db = session.db
    due = years.get_year(session, year).deadline("evaluation_due")
    # Positions held on the day (today, or the deadline of a past year); the kind as
    # of the year's deadline, so a past year lists people as they were then.
    day = min(as_of or session.today(), due)
    people = {r.id: r for r in people_repo.person_rows(db, day.isoformat())}
    facts = {f.id: f for f in people_repo.person_facts(db)}
    events = person_events_repo.by_person(db)
    plans = plans_repo.plan_ids(db, year)  # the plans' ids only (thousands of plans)
    evaluations = evaluation_repo.evaluations_of_year(db, year)
    rule_set = rule_sets.year_rule_set(session, year)
    by_id = {r.id: r for r in rule_sets.list_rule_sets(session)}
    rows = []
    for person_id, _name, unit in plans_repo.year_people(db, year):
        person = people[person_id]
        found = evaluations.get(person_id)
        labels = (by_id.get(found.rule_set_id or -1, rule_set) if found else rule_set).definition
        exempt = (
            found.exempt_reason
            if found
            else exemption(facts[person_id], events.get(person_id, ()), due)
        )
        vote = None
        if found and found.vote_meeting_id is not None:
            vote = (found.votes_for or 0, found.votes_against or 0, found.voters or 0)
        rows.append(
            EvaluationRowView(
                person_id=person_id,
                full_name=person.full_name,
                unit=unit,
                party_position=person.party_position or "",
                government_position=person.government_position or "",
                kind=kind_at(facts[person_id], due),
                plan_id=plans.get(person_id),
                evaluation_id=found.id if found else None,
                status=found.status if found else EvaluationStatus.NOT_STARTED,
                score=found.score if found else None,
                proposed=found.proposed if found else None,
                proposed_label=labels.label(found.proposed) if found else "",
                final=found.final if found else None,
                final_label=labels.label(found.final) if found else "",
                exempt_reason=exempt,
                self_classification=found.self_classification if found else None,
                reasons=list(found.explanation) if found else [],
                notes=found.notes if found else "",
                frame=(found.frame if found and found.frame else None)
                or frame_from_position(person.government_position),
                self_score=found.self_score if found else None,
                cell_level=found.cell_level if found else None,
                cell_level_label=labels.label(found.cell_level) if found else "",
                vote=vote,
                vote_meeting_id=found.vote_meeting_id if found else None,
                decided_level=found.decided_level if found else None,
                decided_level_label=labels.label(found.decided_level) if found else "",
                decided_by=found.decided_by if found else "",
                proposal_changed=bool(found and found.proposal_changed),
                proposed_before_label=labels.label(found.proposed_before)
                if found and found.proposal_changed
                else "",
                decided=bool(found and found.decided_level),
                self_label=labels.label(found.self_classification) if found else "",
            )
        )
    return sorted(rows, key=lambda r: person_order(r.full_name, r.party_position, r.kind))


def progress(session: Session, year: int) -> tuple[int, tuple[str, ...]]:
    """(people to evaluate, names of those not yet evaluated in list_year's order): the
    same people as list_year counts, read in a few queries (the overview at start-up)."""
    due = years.get_year(session, year).deadline("evaluation_due")
    events = person_events_repo.by_person(session.db)
    day = min(session.today(), due)  # positions as list_year reads them
    posts = {r.id: r.party_position for r in people_repo.person_rows(session.db, day.isoformat())}
    total = 0
    waiting = []
    for fact, name, done, exempt in evaluation_repo.year_statuses(session.db, year):
        if done == EvaluationStatus.EVALUATED:
            total += 1
        elif not (exempt if done else exemption(fact, events.get(fact.id, ()), due)):
            total += 1
            waiting.append((person_order(name, posts.get(fact.id), kind_at(fact, due)), name))
    return total, tuple(name for _key, name in sorted(waiting))


CAP_EXCEPTION_KEY = "cap_exception"


def cap_exception(session: Session, year: int) -> str:
    """The competent level's decision allowing 25 % (366 Điều 11 k1.4), as the cell
    recorded it for the year ("" when none)."""
    return str(plans_repo.year_values(session.db, year).get(CAP_EXCEPTION_KEY, (0, ""))[1] or "")


def cap_checks(
    session: Session, year: int, rows: list[EvaluationRowView] | None = None
) -> list[CapCheck]:
    """366 Điều 11 k1.4 over the year: per frame, those rated excellent against those
    rated "tốt". Each party member counts with their final level, else the chi bộ's,
    else the engine's proposal — so the check stands before the vote too."""
    rows = list_year(session, year) if rows is None else rows
    rated = [
        (r.frame, r.final or r.proposed) for r in rows if r.party_member and not r.exempt_reason
    ]
    definition = rule_sets.year_rule_set(session, year).definition
    return rule_cap.cap_checks(definition, rated, bool(cap_exception(session, year)))


def year_cap_warning(
    session: Session, year: int, rows: list[EvaluationRowView] | None = None
) -> Message | None:
    """The checks that pass the cap, as one warning (never a refusal); `rows`: the
    year's list when the caller has read it (a đảng bộ's is seconds to read)."""
    return rule_cap.cap_warning(cap_checks(session, year, rows))


def list_data(
    session: Session, year: int, *, number: int | None, as_of: dt.date
) -> EvaluationListData:
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
        cap_lines=[str(c.text) for c in cap_checks(session, year, rows)],  # printed
    )


def _printed_row(row: EvaluationRowView, rule_set: RuleSet) -> EvaluationListRow:
    notes = []
    if row.exempt_reason:
        notes.append(f"Không đánh giá: {row.exempt_reason}")
    elif not row.party_member:
        notes.append(NOT_PARTY.split(":")[0])
    if row.notes:
        notes.append(row.notes)
    positions = [p for p in (row.party_position, row.government_position) if p]
    return EvaluationListRow(
        full_name=row.full_name,
        positions="; ".join(positions),
        score=None if row.exempt_reason else row.score,
        proposed=row.proposed_label,
        # the decision of the competent level; else the chi bộ's proposal, marked
        final=row.final_label
        if row.decided or not row.final_label
        else (f"{row.final_label} (chi bộ đề nghị)"),
        notes="; ".join(notes),
        person_id=row.person_id,
        party=row.party_member,
    )


def _rule_set_title(rule_set: RuleSet) -> str:
    if rule_set.issued_on:
        day = dt.date.fromisoformat(rule_set.issued_on)
        return f"{rule_set.name} ngày {day.day}/{day.month}/{day.year}"  # as seeds write it
    return rule_set.name
