"""The rule-set editor's use cases: which years use each rule set, an editable copy,
saving the editor's fields (checked field by field), and deleting an unused copy.

Shipped rule sets are never changed; the rules stay data (core.rule_editing turns the
editor's fields into a definition). An edit is stored here, in one transaction, with
the fresh proposals of the open evaluations made under it: this module may import both
services.rule_sets (checks, reads) and services.evaluation, which imports rule_sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chibo_app.core.messages import msg
from chibo_app.core.rule_editing import RuleSetFields, check, definition_of
from chibo_app.core.rules import RuleSet
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell, evaluation, rule_sets
from chibo_app.services.session import Session
from chibo_app.storage import evaluation_repo, plans_repo, records

COPY_MARK = "bản sao"


@dataclass(frozen=True)
class Usage:
    """How a rule set is used: the years that apply it (chosen, or by default) and the
    evaluations made under it per year."""

    years: tuple[int, ...] = ()  # years whose rule set it is now
    chosen_years: tuple[int, ...] = ()  # of those, chosen explicitly in Settings
    evaluations: dict[int, tuple[int, int]] | None = None  # year → (made, locked)

    @property
    def evaluated_years(self) -> tuple[int, ...]:
        return tuple(sorted(self.evaluations or {}))

    @property
    def all_years(self) -> tuple[int, ...]:
        return tuple(sorted(set(self.years) | set(self.evaluated_years)))

    @property
    def evaluation_count(self) -> int:
        return sum(made for made, _locked in (self.evaluations or {}).values())


def usage(session: Session) -> dict[int, Usage]:
    """rule set id → its usage (every rule set has an entry)."""
    db = session.db
    every = rule_sets.list_rule_sets(session)
    chosen_codes = evaluation_repo.year_rule_set_codes(db, rule_sets.YEAR_KEY)
    applied: dict[int, list[int]] = {r.id or 0: [] for r in every}
    for year in cell.list_years(session):
        applied.setdefault(rule_sets.year_rule_set(session, year).id or 0, []).append(year)
    made = evaluation_repo.rule_set_evaluations(db)
    found = {}
    for rule_set in every:
        own = rule_set.id or 0
        chosen = tuple(y for y, code in sorted(chosen_codes.items()) if code == rule_set.code)
        found[own] = Usage(tuple(applied.get(own, ())), chosen, made.get(own, {}))
    return found


def copy_for_editing(session: Session, rule_set_id: int, name: str | None = None) -> RuleSet:
    """An editable copy of a rule set, with a free code and name ('… (bản sao)')."""
    source = rule_sets.get_rule_set(session, rule_set_id)
    code = _free(source.code, {r.code for r in rule_sets.list_rule_sets(session)})
    wanted = clean(name or "") or suggested_name(session, rule_set_id)
    return rule_sets.copy_rule_set(session, rule_set_id, code, wanted)


def suggested_name(session: Session, rule_set_id: int) -> str:
    """A name no rule set has: 'Quy định 366-QĐ/TW (bản sao)', '… (bản sao 2)'."""
    source = rule_sets.get_rule_set(session, rule_set_id)
    return _free(source.name, {r.name for r in rule_sets.list_rule_sets(session)})


def _free(base: str, taken: set[str]) -> str:
    base = base.removesuffix(f" ({COPY_MARK})")
    number = 1
    while True:
        suffix = COPY_MARK if number == 1 else f"{COPY_MARK} {number}"
        candidate = f"{base} ({suffix})"
        if candidate not in taken:
            return candidate
        number += 1


def save_fields(session: Session, rule_set_id: int, fields: RuleSetFields) -> RuleSet:
    """Save the editor's fields over a copy. ValidationError names each field that is
    wrong (nothing written); ChiboError when the rule set cannot be edited."""
    stored = rule_sets.get_rule_set(session, rule_set_id)
    if stored.builtin:
        raise ChiboError(rule_sets.BUILTIN_MESSAGE)
    problems, day = rule_sets.identity_problems(
        session, fields.code, fields.name, fields.issued_on, rule_set_id
    )
    problems.update(check(fields))
    if problems:
        raise ValidationError(problems)
    rule_set = RuleSet(
        clean(fields.code), clean(fields.name), clean(fields.regulation), day, definition_of(fields)
    )
    return store_rule_set(session, stored, rule_set)


def update_rule_set(
    session: Session,
    rule_set_id: int,
    code: str,
    name: str,
    definition: dict[str, Any] | str,
    *,
    regulation: str = "",
    issued_on: str | None = None,
) -> RuleSet:
    stored = rule_sets.get_rule_set(session, rule_set_id)
    if stored.builtin:
        raise ChiboError(rule_sets.BUILTIN_MESSAGE)
    rule_set = rule_sets.checked(
        session, code, name, definition, regulation, issued_on, rule_set_id
    )
    return store_rule_set(session, stored, rule_set)


def store_rule_set(session: Session, stored: RuleSet, rule_set: RuleSet) -> RuleSet:
    """Write a checked edit of `stored`, in one transaction: the years that chose it by
    its code follow a new code, and the open evaluations made under it get a fresh
    proposal. Refused when locked evaluations were made under it and the rules change
    (their results keep the meaning they had: copy the rule set instead)."""
    assert stored.id is not None
    db, editor = session.db, session.editor
    if rule_set.definition != stored.definition:
        locked = evaluation_repo.rule_set_locked_years(db, stored.id)
        if locked:
            listed = ", ".join(str(y) for y in locked)
            raise ChiboError(
                msg(
                    "Đã có đánh giá đã chốt theo “{name}” (năm {years}); sửa quy định sẽ "
                    "làm sai ý nghĩa kết quả đó. Hãy tạo một bản sao rồi sửa bản sao.",
                    name=stored.name,
                    years=listed,
                )
            )
    with db.atomic():
        values = evaluation_repo.rule_set_values(rule_set)
        values["builtin"] = int(stored.builtin)
        records.update(db, editor, "rule_sets", stored.id, values)
        if rule_set.code != stored.code:
            for row_id in plans_repo.year_setting_ids(db, rule_sets.YEAR_KEY, stored.code):
                records.update(db, editor, "year_settings", row_id, {"value": rule_set.code})
        if rule_set.definition != stored.definition:
            for found in evaluation_repo.open_evaluations_of_rule_set(db, stored.id):
                evaluation.save_evaluation(session, found)
    return rule_sets.get_rule_set(session, stored.id)


def delete_rule_set(session: Session, rule_set_id: int) -> None:
    """Delete a copy no year uses and no evaluation was made under."""
    stored = rule_sets.get_rule_set(session, rule_set_id)
    if stored.builtin:
        raise ChiboError(msg("Bộ tiêu chí có sẵn không xóa được."))
    used = usage(session).get(rule_set_id, Usage())
    if used.years:
        listed = ", ".join(str(y) for y in used.years)
        raise ChiboError(
            msg(
                "Năm {years} đang áp dụng “{name}”. Hãy chọn quy định khác cho năm đó "
                "(Cài đặt → Năm và thời hạn) rồi mới xóa.",
                years=listed,
                name=stored.name,
            )
        )
    if used.evaluations:
        listed = ", ".join(str(y) for y in used.evaluated_years)
        raise ChiboError(
            msg(
                "Đã có {count} bản đánh giá theo “{name}” (năm {years}) nên không xóa được.",
                count=used.evaluation_count,
                name=stored.name,
                years=listed,
            )
        )
    records.delete(session.db, session.editor, "rule_sets", rule_set_id)
