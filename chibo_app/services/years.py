"""Working years: create one (settings carried from the previous year), read and edit
its deadlines and the cell's own plan reference."""

from __future__ import annotations

from chibo_app.core.dates import BadDate, parse_date
from chibo_app.core.messages import Problems, msg
from chibo_app.core.text import clean_or_none
from chibo_app.core.years import (
    DEADLINES,
    PER_YEAR_KEYS,
    Year,
    carried_deadlines,
    default_deadlines,
    validate_deadlines,
)
from chibo_app.errors import ValidationError
from chibo_app.services import cell
from chibo_app.services.session import Session
from chibo_app.storage import plans_repo, records
from chibo_app.storage.settled import kept


def create_year(session: Session, year: int) -> Year:
    """Add `year`, its deadlines carried from the latest earlier year (or the defaults).

    Creating a year that exists changes nothing and returns it.
    """
    if not 1990 <= year <= 2200:
        raise ValidationError({"year": msg("Năm {year} không hợp lệ.", year=year)})
    db = session.db
    with db.atomic():
        if plans_repo.year_values(db, year):
            return get_year(session, year)
        cell.ensure_year(session, year)
        previous = plans_repo.previous_year(db, year)
        if previous is None:
            deadlines = default_deadlines(year)
            carried: dict[str, str | None] = {}
        else:
            stored = plans_repo.year_values(db, previous)
            old = {k: v for k, (_id, v) in stored.items() if k in DEADLINES and v}
            deadlines = carried_deadlines(old, previous, year)
            carried = {
                k: v
                for k, (_id, v) in stored.items()
                if k not in DEADLINES and k not in PER_YEAR_KEYS
            }
        for key, value in {**deadlines, **carried}.items():
            records.insert(
                db, session.editor, "year_settings", {"year": year, "key": key, "value": value}
            )
    return get_year(session, year)


def get_year(session: Session, year: int) -> Year:
    """The year's settings; a year never created shows the default deadlines. Read once
    per `storage.settled` block (an evaluation asks for its deadline at every step)."""
    found = kept(session.db, ("year", year), lambda: _read_year(session, year))
    # a copy of the deadlines: the caller's own to change
    return Year(found.year, dict(found.deadlines), found.plan_number, found.plan_date, found.exists)


def _read_year(session: Session, year: int) -> Year:
    stored = plans_repo.year_values(session.db, year)
    deadlines = default_deadlines(year)
    deadlines.update({k: v for k, (_id, v) in stored.items() if k in DEADLINES and v})
    return Year(
        year=year,
        deadlines=deadlines,
        plan_number=stored.get("plan_number", (0, None))[1],
        plan_date=stored.get("plan_date", (0, None))[1],
        exists=plans_repo.year_exists(session.db, year),
    )


def update_deadlines(
    session: Session,
    year: int,
    deadlines: dict[str, str],
    plan_number: str | None = None,
    plan_date: str | None = None,
) -> Year:
    """Change some deadlines (key → a date as typed or ISO) and the plan reference.

    plan_number / plan_date None leave them as they are; "" clears them.
    """
    problems: Problems = {}
    parsed: dict[str, str] = {}
    for key, typed in deadlines.items():
        try:
            value = parse_date(typed)
        except BadDate as error:
            problems[key] = error.message
            continue
        if value is None or len(value) != 10:
            problems[key] = msg("Cần ghi đủ ngày/tháng/năm.")
        else:
            parsed[key] = value
    problems.update(validate_deadlines(year, {**get_year(session, year).deadlines, **parsed}))
    values: dict[str, str | None] = dict(parsed)
    if plan_number is not None:
        values["plan_number"] = clean_or_none(plan_number)
    if plan_date is not None:
        try:
            values["plan_date"] = parse_date(plan_date)
        except BadDate as error:
            problems["plan_date"] = error.message
    if problems:
        raise ValidationError(problems)
    db = session.db
    with db.atomic():
        if not plans_repo.year_values(db, year):
            create_year(session, year)
        stored = plans_repo.year_values(db, year)
        for key, value in values.items():
            if key in stored:
                records.update(
                    db, session.editor, "year_settings", stored[key][0], {"value": value}
                )
            else:
                records.insert(
                    db, session.editor, "year_settings", {"year": year, "key": key, "value": value}
                )
    return get_year(session, year)
