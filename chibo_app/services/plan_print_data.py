"""What the printed plan documents say, read from the database.

`plan_form_data` fills seed 003's form for one person (or everyone at once, through
`FormSource`); `signed_off_data` makes the rows of the signed-off list. Both take an
`as_of` day for the positions (a person's current party and government positions on
the day the document is printed), so that `verify` can rebuild exactly what a paper
copy says from the day recorded in the register.

"Chức vụ đảng" holds a party post (Bí thư, Chi ủy viên…) or nothing: being a member is
not a post. Quần chúng (staff outside the party, who make a plan too) are told apart by
their kind: no "Sinh hoạt tại chi bộ" on their form, their own part of the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from chibo_app.core.cell import CellSettings
from chibo_app.core.evaluation import RESULT_LABELS, Result
from chibo_app.core.member_kinds import party_post
from chibo_app.core.messages import msg
from chibo_app.core.people import Kind, PersonRowView
from chibo_app.core.person_order import person_order
from chibo_app.core.plan_due import display_due
from chibo_app.core.plans import Plan, PlanStatus
from chibo_app.core.signed_off_list import SignedOffListData, SignedOffRow
from chibo_app.documents.plan_form import PlanFormData, TaskLine
from chibo_app.errors import ChiboError
from chibo_app.services.cell import load_settings
from chibo_app.services.session import Session
from chibo_app.storage import evaluation_repo, people_repo, plans_repo


def due_text(stored: str | None) -> str:
    """A due date as the plans page shows it, with a capital in its table cell:
    'Tháng 6/2026', 'Quý II/2026', '30/06/2026', 'Năm 2026', 'Thường xuyên'."""
    shown = display_due(stored)
    return shown[:1].upper() + shown[1:]


def iso_day(text: str | None) -> dt.date | None:
    """A stored ISO date → date; None for none (or a partial date, never stored here)."""
    if not text or len(text) != 10:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def form_for(
    person: PersonRowView,
    plan: Plan | None,
    year: int,
    cell: CellSettings,
    *,
    blank: bool,
    results: dict[int, str] | None = None,
) -> PlanFormData:
    """The form of one person: header fields always; the plan's content unless blank
    (or there is no plan, which prints as a blank form to write by hand). `results`
    (task id → result code of an evaluated plan) adds the "Kết quả" column."""
    header = PlanFormData(
        full_name=person.full_name,
        year=year,
        party_position=party_post(person),
        government_position=person.government_position or "",
        cell_name=cell.cell_name,
        party_member=person.kind != Kind.NON_PARTY,
    )
    if blank or plan is None:
        return header
    confirmed = plan.status == PlanStatus.CONFIRMED
    return PlanFormData(
        full_name=header.full_name,
        year=year,
        party_position=header.party_position,
        government_position=header.government_position,
        cell_name=header.cell_name,
        party_member=header.party_member,
        remedies=plan.remedies,
        tasks=[
            TaskLine(t.text, t.target, due_text(t.due), _result_text(results, t.id))
            for t in plan.tasks
        ],
        show_results=bool(results) and any(t.id in (results or {}) for t in plan.tasks),
        role_model=plan.commitments,
        dated=iso_day(plan.submitted_on),
        confirmed_on=iso_day(plan.confirmed_on) if confirmed else None,
        confirmed_by=(plan.confirmed_by or "") if confirmed else "",
        plan_id=plan.id,
    )


def _result_text(results: dict[int, str] | None, task_id: int | None) -> str:
    code = (results or {}).get(task_id or -1)
    return RESULT_LABELS[Result(code)] if code else ""


class FormSource:
    """People, positions and plans of a year read once, for printing many forms."""

    def __init__(self, session: Session, year: int, as_of: dt.date, *, blank: bool) -> None:
        self.year = year
        self.blank = blank
        self.cell = load_settings(session)
        rows = people_repo.person_rows(session.db, as_of.isoformat())
        self.people = {r.id: r for r in rows}
        self.plans: dict[int, Plan] = (
            {} if blank else {p.person_id: p for p in plans_repo.plans_of_year(session.db, year)}
        )
        self.year_people = [i for i, _name, _unit in plans_repo.year_people(session.db, year)]
        self.results = {} if blank else evaluation_repo.evaluated_results(session.db, year)

    def ordered(self, person_ids: Iterable[int] | None) -> list[int]:
        """The people to print in the order every list uses (party post, then Vietnamese
        name order: core.person_order); everyone of the year for None."""
        ids = list(dict.fromkeys(self.year_people if person_ids is None else person_ids))
        unknown = [i for i in ids if i not in self.people]
        if unknown:
            raise ChiboError(
                msg("Không tìm thấy người có mã {ids}.", ids=", ".join(str(i) for i in unknown))
            )
        return sorted(ids, key=lambda i: _order(self.people[i]))

    def form(self, person_id: int) -> PlanFormData:
        person = self.people[person_id]
        plan = self.plans.get(person_id)
        return form_for(person, plan, self.year, self.cell, blank=self.blank, results=self.results)

    def has_plan(self, person_id: int) -> bool:
        return person_id in self.plans


def _order(person: PersonRowView) -> tuple[object, ...]:
    return person_order(person.full_name, party_post(person), person.kind)


def plan_form_data(
    session: Session,
    plan_or_person: Plan | int,
    year: int,
    *,
    blank: bool = False,
    as_of: dt.date | None = None,
) -> PlanFormData:
    """The form of one plan, or of one person (their plan of `year`, if any).

    Positions are those held on `as_of` (default: today). A person without a plan gets
    the blank form, whatever `blank` says.
    """
    if isinstance(plan_or_person, Plan):
        plan: Plan | None = plan_or_person
        person_id = plan_or_person.person_id
    else:
        person_id = plan_or_person
        plan = None if blank else plans_repo.find(session.db, person_id, year)
    day = as_of or session.today()
    found = people_repo.person_rows(session.db, day.isoformat(), person_id)
    if not found:
        raise ChiboError(msg("Không tìm thấy người có mã {person_id}.", person_id=person_id))
    results = None if blank else evaluation_repo.evaluated_results(session.db, year, person_id)
    return form_for(found[0], plan, year, load_settings(session), blank=blank, results=results)


def signed_off_data(
    session: Session, year: int, *, number: int | None, as_of: dt.date
) -> SignedOffListData:
    """The confirmed plans of `year` (name order) out of everyone who had to make one;
    dated `as_of`, the day it is printed."""
    db = session.db
    people = {r.id: r for r in people_repo.person_rows(db, as_of.isoformat())}
    confirmed = [p for p in plans_repo.plans_of_year(db, year) if p.status == PlanStatus.CONFIRMED]
    confirmed.sort(key=lambda p: _order(people[p.person_id]))
    rows = [
        SignedOffRow(
            full_name=people[p.person_id].full_name,
            party_position=party_post(people[p.person_id]),
            government_position=people[p.person_id].government_position or "",
            unit=people[p.person_id].unit or "",
            submitted_on=iso_day(p.submitted_on),
            confirmed_on=iso_day(p.confirmed_on),
            person_id=p.person_id,
            kind=people[p.person_id].kind,
        )
        for p in confirmed
    ]
    due = [person_id for person_id, _name, _unit in plans_repo.year_people(db, year)]
    return SignedOffListData(
        year=year,
        rows=rows,
        total=len(due),
        number=number,
        dated=as_of,
        party_total=sum(1 for i in due if i in people and people[i].kind != Kind.NON_PARTY),
    )
