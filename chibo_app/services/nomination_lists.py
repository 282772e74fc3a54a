"""A year's nominations at a glance: rows with names and hints, the quota check, the
registration countdown, and the rows of the list for the superior committee."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chibo_app.core import eligibility
from chibo_app.core.member_kinds import party_post
from chibo_app.core.messages import Message, msg
from chibo_app.core.nomination_list import NominationListData, NominationListRow
from chibo_app.core.nominations import KIND_ORDER, Kind, NominationRow
from chibo_app.core.person_order import person_order
from chibo_app.core.plans import PlanStatus
from chibo_app.core.quotas import QuotaLine, check_quotas
from chibo_app.core.text import name_sort_key
from chibo_app.services import nominations, years
from chibo_app.services.session import Session
from chibo_app.storage import nominations_repo, people_repo


def rows(
    session: Session, year: int, *, as_of: dt.date | None = None, by_post: bool = True
) -> list[NominationRow]:
    """Every nomination of the year, grouped I/II/III, then by unit (each phòng, đơn vị
    chooses its own: seed 003), then within a unit in the order every list names people
    (core.person_order: party posts held on `as_of`, today by default, then quần chúng;
    collectives and models by name). `by_post=False`: by name alone, the order of lists
    printed before, which their verification rebuilds."""
    db = session.db
    items = nominations_repo.of_year(db, year)
    units = nominations_repo.unit_names(db)
    order = {name: n for n, (_i, name) in enumerate(nominations_repo.active_units(db))}
    people = nominations_repo.people_info(db, [i.person_id for i in items if i.person_id])
    day = (as_of or session.today()).isoformat()
    ranks = {r.id: r for r in people_repo.person_rows(db, day)} if by_post else {}

    def within_unit(row: NominationRow) -> tuple[object, ...]:
        person = ranks.get(row.nomination.person_id or -1)
        if person is None or row.nomination.kind != Kind.INDIVIDUAL:
            return person_order(row.name) if by_post else (name_sort_key(row.name),)
        return person_order(row.name, party_post(person), person.kind)

    plans = nominations_repo.plan_statuses(db, year)
    history = nominations_repo.classifications(db, year)
    found = []
    for item in items:
        unit = units.get(item.unit_id or -1, "")
        hints: tuple[Message, ...] = ()
        warnings: tuple[Message, ...] = ()
        position = ""
        if item.kind == Kind.INDIVIDUAL and item.person_id is not None:
            name, _unit, position = people.get(item.person_id, ("", None, ""))
            past = history.get(item.person_id, [])
            hints = tuple(eligibility.classification_hints(past))
            status = plans.get(item.person_id)
            warnings = tuple(
                eligibility.warnings(year, PlanStatus(status) if status else None, past)
            )
        elif item.kind == Kind.COLLECTIVE:
            name = unit
        else:
            name = item.title
        found.append(NominationRow(item, name, unit, position, hints, warnings))
    found.sort(
        key=lambda r: (
            KIND_ORDER.index(r.nomination.kind),
            order.get(r.unit, len(order)),
            within_unit(r),
        )
    )
    return found


def quota_report(session: Session, year: int) -> list[QuotaLine]:
    """Per active unit and for the whole cell: what is registered and what is short."""
    db = session.db
    units = nominations_repo.unit_names(db)
    counted = [
        (item.kind, units.get(item.unit_id or -1))
        for item in nominations_repo.of_year(db, year)
        if item.counts_for_quota
    ]
    names = [name for _i, name in nominations_repo.active_units(db)]
    return check_quotas(nominations.quota_rules(session, year), names, counted)


@dataclass(frozen=True)
class Countdown:
    deadline: dt.date
    days_left: int  # negative once passed

    @property
    def text(self) -> Message:
        day = self.deadline.strftime("%d/%m/%Y")
        if self.days_left > 0:
            return msg("Còn {days} ngày đến hạn đăng ký ({day}).", days=self.days_left, day=day)
        if self.days_left == 0:
            return msg("Hôm nay là hạn đăng ký ({day}).", day=day)
        return msg("Đã quá hạn đăng ký {days} ngày ({day}).", days=-self.days_left, day=day)


def countdown(session: Session, year: int) -> Countdown:
    deadline = years.get_year(session, year).deadline("nominations_due")
    return Countdown(deadline, (deadline - session.today()).days)


def list_data(
    session: Session,
    year: int,
    number: int | None = None,
    dated: dt.date | None = None,
    *,
    by_post: bool = True,
) -> NominationListData:
    """The rows of the list for the superior committee (refused nominations left out),
    people ordered by the posts they hold on `dated` (see rows)."""
    printed = []
    for row in rows(session, year, as_of=dated, by_post=by_post):
        item = row.nomination
        if not item.counts_for_quota:
            continue
        if item.kind == Kind.MODEL:
            content = item.description
        else:
            content = item.title + (f"\n{item.description}" if item.description else "")
        printed.append(
            NominationListRow(
                kind=item.kind,
                name=row.name,
                position=row.position,
                unit=row.unit if item.kind != Kind.COLLECTIVE else "",
                field=item.field,
                content=content.strip(),
                notes=item.notes,
                nomination_id=item.id,
            )
        )
    return NominationListData(year, printed, number=number, dated=dated)


def not_selected(session: Session, year: int) -> int:
    """Nominations of the year the list leaves out ("Không được chọn")."""
    return sum(1 for row in rows(session, year) if not row.nomination.counts_for_quota)


def person_hints(session: Session, year: int, person_id: int) -> list[Message]:
    """Warnings and past classifications of a person being nominated (for the editor)."""
    db = session.db
    past = nominations_repo.classifications(db, year).get(person_id, [])
    status = nominations_repo.plan_statuses(db, year).get(person_id)
    found = eligibility.warnings(year, PlanStatus(status) if status else None, past)
    return [*found, *eligibility.classification_hints(past)]
