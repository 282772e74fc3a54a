"""Classification rule sets: list, add (as data), edit, copy, and choose one per year.

The year's choice is the year setting "rule_set" (the rule set's code), carried into
the next year like the other settings; a year without one uses 366-QĐ/TW from 2025 and
124-QĐ/TW before. The shipped rule sets are not edited in place: copy, then edit.
"""

from __future__ import annotations

from typing import Any

from chibo_app.core.dates import BadDate, parse_date
from chibo_app.core.messages import Problems, msg
from chibo_app.core.rule_presets import default_code
from chibo_app.core.rules import RuleSet, parse_definition
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import years
from chibo_app.services.session import Session
from chibo_app.storage import evaluation_repo, plans_repo, records
from chibo_app.storage.settled import kept

YEAR_KEY = "rule_set"
BUILTIN_MESSAGE = msg("Bộ tiêu chí có sẵn không sửa được; hãy tạo một bản sao rồi sửa.")


def list_rule_sets(session: Session) -> list[RuleSet]:
    return evaluation_repo.rule_sets(session.db)


def get_rule_set(session: Session, rule_set_id: int) -> RuleSet:
    db = session.db
    found = kept(db, ("rule_set", rule_set_id), lambda: evaluation_repo.rule_set(db, rule_set_id))
    if found is None:
        raise ChiboError(msg("Không tìm thấy bộ tiêu chí xếp loại này."))
    return found


def add_rule_set(
    session: Session,
    code: str,
    name: str,
    definition: dict[str, Any] | str,
    *,
    regulation: str = "",
    issued_on: str | None = None,
) -> RuleSet:
    """A new rule set from its data; BadRuleSet / ValidationError say what is wrong."""
    rule_set = checked(session, code, name, definition, regulation, issued_on, None)
    row_id = records.insert(
        session.db, session.editor, "rule_sets", evaluation_repo.rule_set_values(rule_set)
    )
    return get_rule_set(session, row_id)


def copy_rule_set(session: Session, rule_set_id: int, code: str, name: str) -> RuleSet:
    """An editable copy (e.g. of a shipped rule set, to change a threshold)."""
    source = get_rule_set(session, rule_set_id)
    return add_rule_set(
        session,
        code,
        name,
        evaluation_repo.rule_set_values(source)["definition"],  # type: ignore[arg-type]
        regulation=source.regulation,
        issued_on=source.issued_on,
    )


def checked(
    session: Session,
    code: str,
    name: str,
    definition: dict[str, Any] | str,
    regulation: str,
    issued_on: str | None,
    own_id: int | None,
) -> RuleSet:
    problems, day = identity_problems(session, code, name, issued_on, own_id)
    if problems:
        raise ValidationError(problems)
    parsed = parse_definition(definition)
    return RuleSet(clean(code), clean(name), clean(regulation), day, parsed)


def identity_problems(
    session: Session, code: str, name: str, issued_on: str | None, own_id: int | None
) -> tuple[Problems, str | None]:
    """What is wrong with the code, name and date (keyed by field), and the ISO date."""
    problems: Problems = {}
    code, name = clean(code), clean(name)
    if not code:
        problems["code"] = msg("Cần ghi mã bộ tiêu chí (ví dụ: 366-QĐ/TW).")
    else:
        other = evaluation_repo.rule_set_by_code(session.db, code)
        if other is not None and other.id != own_id:
            problems["code"] = msg("Đã có bộ tiêu chí mã “{code}”.", code=code)
    if not name:
        problems["name"] = msg("Cần ghi tên bộ tiêu chí (ví dụ: Quy định 366-QĐ/TW).")
    day = None
    try:
        day = parse_date(issued_on) if issued_on else None
    except BadDate as error:
        problems["issued_on"] = error.message
    return problems, day


# The year's rule set --------------------------------------------------------------------


def year_rule_set(session: Session, year: int) -> RuleSet:
    """The rule set chosen for `year`, or the default for that year (kept by a settled
    block: every evaluation of the year asks)."""
    return kept(session.db, ("year_rule_set", year), lambda: _year_rule_set(session, year))


def _year_rule_set(session: Session, year: int) -> RuleSet:
    stored = plans_repo.year_values(session.db, year).get(YEAR_KEY, (0, None))[1]
    for code in (stored, default_code(year)):
        if code:
            found = evaluation_repo.rule_set_by_code(session.db, code)
            if found is not None:
                return found
    every = list_rule_sets(session)
    if not every:
        raise ChiboError(msg("Chưa có bộ tiêu chí xếp loại nào."))
    return every[0]


def set_year_rule_set(session: Session, year: int, rule_set_id: int) -> RuleSet:
    rule_set = get_rule_set(session, rule_set_id)
    db = session.db
    with db.atomic():
        if not plans_repo.year_values(db, year):
            years.create_year(session, year)
        stored = plans_repo.year_values(db, year)
        if YEAR_KEY in stored:
            records.update(
                db, session.editor, "year_settings", stored[YEAR_KEY][0], {"value": rule_set.code}
            )
        else:
            records.insert(
                db,
                session.editor,
                "year_settings",
                {"year": year, "key": YEAR_KEY, "value": rule_set.code},
            )
    return rule_set
