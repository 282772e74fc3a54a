"""Nominations: register, edit, move through their status; quota rules and fields.

Every write goes through storage.records, so each change is in the history. Lists,
hints and the quota check over a year are in services.nomination_lists.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from chibo_app.core import nominations as rules
from chibo_app.core.dates import BadDate, parse_date
from chibo_app.core.messages import msg
from chibo_app.core.nominations import Nomination, Status
from chibo_app.core.quotas import QuotaRules, validate_rules
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell
from chibo_app.services.session import Session
from chibo_app.storage import nominations_repo, plans_repo, records, settings_repo

TABLE = "nominations"
FIELDS_KEY = "nomination_fields"
QUOTA_PREFIX = "quota_"


def get(session: Session, nomination_id: int) -> Nomination:
    found = nominations_repo.get(session.db, nomination_id)
    if found is None:
        raise ChiboError(msg("Không tìm thấy đăng ký này (có thể đã bị xóa)."))
    return found


def of_year(session: Session, year: int) -> list[Nomination]:
    return nominations_repo.of_year(session.db, year)


def save(session: Session, item: Nomination) -> Nomination:
    """Add or edit a nomination's content (status changes go through `move`).

    An individual's unit defaults to the person's unit.
    """
    item = rules.normalise(item)
    item = item.with_changes(registered_on=_date(item.registered_on, "registered_on"))
    if item.kind == rules.Kind.INDIVIDUAL and item.person_id is not None and item.unit_id is None:
        info = nominations_repo.people_info(session.db, [item.person_id])
        if item.person_id in info:
            item = item.with_changes(unit_id=info[item.person_id][1])
    if item.kind != rules.Kind.INDIVIDUAL:
        item = item.with_changes(person_id=None)
    problems = rules.validate(item)
    if problems:
        raise ValidationError(problems)
    content = {k: v for k, v in nominations_repo.values_of(item).items() if k in _CONTENT}
    with session.db.atomic():
        cell.ensure_year(session, item.year)
        if item.id is None:
            values = {**content, "year": item.year, "status": str(Status.REGISTERED)}
            if values["registered_on"] is None:
                values["registered_on"] = session.today().isoformat()
            new_id = records.insert(session.db, session.editor, TABLE, values)
            return get(session, new_id)
        get(session, item.id)
        records.update(session.db, session.editor, TABLE, item.id, content)
    return get(session, item.id)


_CONTENT = (
    "kind",
    "title",
    "person_id",
    "unit_id",
    "field",
    "description",
    "registered_on",
    "notes",
)
_STATUS_COLUMNS = (
    "status",
    "commended_on",
    "occasion",
    "proposed_on",
    "award_form",
    "award_level",
    "decision_number",
    "decision_date",
    "not_selected_reason",
)


def delete(session: Session, nomination_id: int) -> None:
    get(session, nomination_id)
    records.delete(session.db, session.editor, TABLE, nomination_id)


def delete_many(session: Session, nomination_ids: Sequence[int]) -> None:
    """Delete a selection in one transaction: all of it, or nothing."""
    with session.db.atomic():
        for nomination_id in nomination_ids:
            delete(session, nomination_id)


def move(
    session: Session,
    nomination_id: int,
    target: Status,
    *,
    on: str | None = None,
    occasion: str | None = None,
    award_form: str | None = None,
    award_level: str | None = None,
    decision_number: str | None = None,
    reason: str | None = None,
) -> Nomination:
    """One status step (see core.nominations.NEXT); the date defaults to today."""
    return bulk_move(
        session,
        [nomination_id],
        target,
        on=on,
        occasion=occasion,
        award_form=award_form,
        award_level=award_level,
        decision_number=decision_number,
        reason=reason,
    )[0]


def bulk_move(
    session: Session,
    ids: Sequence[int],
    target: Status,
    *,
    on: str | None = None,
    occasion: str | None = None,
    award_form: str | None = None,
    award_level: str | None = None,
    decision_number: str | None = None,
    reason: str | None = None,
) -> list[Nomination]:
    """The same step for several nominations, all or nothing."""
    day = _date(on, "on") or session.today().isoformat()
    moved = []
    with session.db.atomic():
        for nomination_id in ids:
            changed = rules.move(
                get(session, nomination_id),
                target,
                on=day,
                occasion=occasion,
                award_form=award_form,
                award_level=award_level,
                decision_number=decision_number,
                reason=reason,
            )
            _write_status(session, nomination_id, changed)
            moved.append(get(session, nomination_id))
    return moved


def reopen(session: Session, nomination_id: int) -> Nomination:
    with session.db.atomic():
        _write_status(session, nomination_id, rules.reopen(get(session, nomination_id)))
    return get(session, nomination_id)


def _write_status(session: Session, nomination_id: int, changed: Nomination) -> None:
    values = nominations_repo.values_of(changed)
    records.update(
        session.db, session.editor, TABLE, nomination_id, {k: values[k] for k in _STATUS_COLUMNS}
    )


def _date(value: str | None, key: str) -> str | None:
    if not value:
        return None
    try:
        parsed = parse_date(value)
    except BadDate as error:
        raise ValidationError({key: error.message}) from None
    if parsed is None or len(parsed) != 10:
        raise ValidationError({key: msg("Cần ghi đủ ngày/tháng/năm.")})
    return parsed


# Fields ---------------------------------------------------------------------------------


def fields(session: Session) -> list[str]:
    """The fields offered in the editor (seed 003's six unless edited), then "Khác"."""
    stored = settings_repo.read_all(session.db).get(FIELDS_KEY)
    chosen = list(json.loads(stored)) if stored else list(rules.DEFAULT_FIELDS)
    return [*chosen, rules.OTHER_FIELD] if rules.OTHER_FIELD not in chosen else chosen


def set_fields(session: Session, names: Sequence[str]) -> list[str]:
    cleaned = list(dict.fromkeys(n for n in (clean(x) for x in names) if n))
    if not cleaned:
        raise ValidationError({"fields": msg("Cần ít nhất một lĩnh vực.")})
    settings_repo.write_many(
        session.db, session.editor, {FIELDS_KEY: json.dumps(cleaned, ensure_ascii=False)}
    )
    return fields(session)


# Quota rules (kept per year in year_settings; a new year carries them on) -----------------


def quota_rules(session: Session, year: int) -> QuotaRules:
    stored = plans_repo.year_values(session.db, year)
    defaults = QuotaRules()
    values: dict[str, int] = {}
    for key in QuotaRules.keys():
        raw = stored.get(QUOTA_PREFIX + key, (0, None))[1]
        values[key] = int(raw) if raw is not None and raw.isdigit() else getattr(defaults, key)
    return QuotaRules(**values)


def set_quota_rules(session: Session, year: int, changes: dict[str, int]) -> QuotaRules:
    problems = validate_rules(dict(changes))
    if problems:
        raise ValidationError(problems)
    db = session.db
    with db.atomic():
        cell.ensure_year(session, year)
        stored = plans_repo.year_values(db, year)
        for key, value in changes.items():
            name = QUOTA_PREFIX + key
            if name in stored:
                records.update(
                    db, session.editor, "year_settings", stored[name][0], {"value": str(value)}
                )
            else:
                records.insert(
                    db,
                    session.editor,
                    "year_settings",
                    {"year": year, "key": name, "value": str(value)},
                )
    return quota_rules(session, year)
