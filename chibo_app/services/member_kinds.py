"""Change the kind of several people at once (chính thức, dự bị, quần chúng)."""

from __future__ import annotations

from dataclasses import dataclass

from chibo_app.core.messages import msg
from chibo_app.core.people import KIND_LABELS, Kind, Person
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import people
from chibo_app.services.session import Session


@dataclass(frozen=True)
class KindChangeNeeds:
    """Which dates the change asks for: someone becoming a member without an admission
    date, someone becoming chính thức without a full-membership date."""

    admitted_on: int  # how many of the chosen people lack it
    full_member_on: int
    party_data_dropped: int  # how many lose a card or dates by becoming quần chúng


def needs(chosen: list[Person], kind: Kind) -> KindChangeNeeds:
    moving = [p for p in chosen if p.kind != kind]
    if kind == Kind.NON_PARTY:
        dropped = sum(1 for p in moving if p.party_card or p.admitted_on or p.full_member_on)
        return KindChangeNeeds(0, 0, dropped)
    no_admission = sum(1 for p in moving if not p.admitted_on)
    no_full_date = sum(1 for p in moving if kind == Kind.FULL and not p.full_member_on)
    return KindChangeNeeds(no_admission, no_full_date, 0)


def changed_person(
    person: Person, kind: Kind, admitted_on: str | None, full_member_on: str | None
) -> Person:
    """The person as `kind`; the given dates fill only what the person lacks.

    Quần chúng keep no party card or dates (core.people.validate_person); a dự bị has no
    full-membership date yet. The values dropped stay in the change history.
    """
    if person.kind == kind:
        return person
    if kind == Kind.NON_PARTY:
        return person.with_changes(
            kind=kind, party_card=None, admitted_on=None, full_member_on=None
        )
    changes: dict[str, object] = {"kind": kind}
    if not person.admitted_on and admitted_on:
        changes["admitted_on"] = admitted_on
    if kind == Kind.PROBATIONARY:
        changes["full_member_on"] = None
    elif not person.full_member_on and full_member_on:
        changes["full_member_on"] = full_member_on
    return person.with_changes(**changes)


def change_kind(
    session: Session,
    person_ids: list[int],
    kind: Kind,
    admitted_on: str | None = None,
    full_member_on: str | None = None,
) -> int:
    """Make everyone in `person_ids` `kind`, in one transaction: all or none. Returns how
    many changed. A problem with one person names them and writes nothing."""
    if not person_ids:
        raise ChiboError(msg("Chưa chọn người nào."))
    changed = 0
    with session.db.atomic():
        for person_id in person_ids:
            person = people.get_person(session, person_id)
            updated = changed_person(person, kind, admitted_on, full_member_on)
            if updated == person:
                continue
            try:
                people.save_person(session, updated)
            except ValidationError as error:
                raise ChiboError(
                    msg(
                        "{name} (chuyển thành {kind}): {problems} Không có gì được ghi.",
                        name=person.full_name,
                        kind=KIND_LABELS[kind].lower(),
                        problems="; ".join(error.problems.values()),
                    )
                ) from None
            changed += 1
    return changed
