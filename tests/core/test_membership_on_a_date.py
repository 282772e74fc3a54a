"""Who was a party member of the cell on a given day: the roll of a meeting held then."""

import datetime as dt

from chibo_app.core import report_figures
from chibo_app.core.people import Kind, PersonFact, in_cell, kind_at, on_roll

DAY = dt.date(2026, 5, 5)


def fact(kind="full", status="active", status_date=None, admitted=None, full=None):
    return PersonFact(1, kind, status, status_date, admitted, full)


def test_admitted_on_or_before_the_day_is_on_the_roll():
    assert on_roll(fact(admitted="2010-05-19", full="2011-05-19"), DAY)
    assert on_roll(fact("probationary", admitted="2026-05-05"), DAY)  # admitted that day
    assert not on_roll(fact("probationary", admitted="2026-05-06"), DAY)
    assert not on_roll(fact("full", admitted="2026-09-03", full="2027-09-03"), DAY)
    assert on_roll(fact(admitted=None), DAY)  # a member without a recorded date
    assert on_roll(fact(admitted="2026"), DAY)  # a year only: from its first day
    assert not on_roll(fact(admitted="2027"), DAY)


def test_non_party_staff_are_on_no_roll():
    assert not on_roll(fact("non_party"), DAY)


def test_leaving_takes_one_off_the_roll_from_its_day():
    for status in ("transferred", "deceased", "exempted"):
        assert on_roll(fact(status=status, status_date="2026-05-06"), DAY), status
        assert not on_roll(fact(status=status, status_date="2026-05-05"), DAY), status
        assert not on_roll(fact(status=status, status_date="2026-01-10"), DAY), status
        assert not on_roll(fact(status=status, status_date=None), DAY), status


def test_exempted_people_are_still_in_the_cell_but_off_the_roll():
    exempted = fact(status="exempted", status_date="2026-01-10")
    assert in_cell(exempted, DAY) and not on_roll(exempted, DAY)


def test_the_report_reads_the_same_functions():
    """core.report_figures keeps the names it had (moved here to be shared)."""
    assert report_figures.kind_at is kind_at and report_figures.in_cell is in_cell
    assert report_figures.PersonFact is PersonFact
    assert kind_at(fact(admitted="2025-08-01", full="2026-08-01"), DAY) == Kind.PROBATIONARY


def test_the_roll_span_answers_as_the_day_by_day_definition():
    """on_roll works from a span computed once per person; on every day around the dates
    it answers as the definition read day by day: a member (kind_at) not gone by then."""
    dates = [None, "2026", "2026-Q2", "2026-05", "2026-05-04", "2026-05-05", "2026-05-06"]
    days = [DAY + dt.timedelta(days=d) for d in range(-130, 250, 3)] + [DAY]
    for kind in ("full", "probationary", "non_party"):
        for status in ("active", "transferred", "deceased", "exempted"):
            for status_date in dates:
                for admitted in dates:
                    person = fact(kind, status, status_date, admitted, full="2026-06-01")
                    for day in days:
                        gone = status != "active" and (
                            not status_date
                            or dt.date.fromisoformat(
                                {
                                    "2026": "2026-01-01",
                                    "2026-Q2": "2026-04-01",
                                    "2026-05": "2026-05-01",
                                }.get(status_date, status_date)
                            )
                            <= day
                        )
                        member = kind_at(person, day) != Kind.NON_PARTY
                        assert on_roll(person, day) == (member and not gone), (person, day)
