"""The people register: list, create, edit, leave, delete, and positions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import fields

from chibo_app.core.edits import ChangedElsewhere, EditCheck, check_edit, rebased
from chibo_app.core.messages import Problems, msg
from chibo_app.core.people import (
    FIELD_LABELS,
    Person,
    PersonRowView,
    Position,
    PositionKind,
    Status,
    validate_person,
    validate_position,
)
from chibo_app.core.text import clean_or_none, title_case_name
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell
from chibo_app.services.session import Session
from chibo_app.storage import people_repo, records, transactions

_TEXT_FIELDS = ("sex", "party_card", "phone", "email", "status_note", "notes")


def normalise(person: Person) -> Person:
    """The stored form of what the user typed: NFC, trimmed, names title-cased."""
    changes: dict[str, object] = {f: clean_or_none(getattr(person, f)) for f in _TEXT_FIELDS}
    changes["full_name"] = title_case_name(person.full_name)
    if changes["party_card"]:
        changes["party_card"] = str(changes["party_card"]).replace(" ", "")
    if changes["email"]:
        changes["email"] = str(changes["email"]).lower()
    return person.with_changes(**changes)


def check(session: Session, person: Person) -> Problems:
    """All problems with `person` (already normalised), including a duplicate card."""
    problems = validate_person(person, session.today())
    if person.party_card and "party_card" not in problems:
        owner = people_repo.person_with_card(session.db, person.party_card)
        if owner is not None and owner != person.id:
            name = get_person(session, owner).full_name
            problems["party_card"] = msg(
                "Số thẻ đảng viên {card} đã thuộc về {name}.", card=person.party_card, name=name
            )
    return problems


def save_person(session: Session, person: Person) -> int:
    """Insert (id None) or update a person; raise ValidationError with Vietnamese messages."""
    person = normalise(person)
    problems = check(session, person)
    if problems:
        raise ValidationError(problems)
    if person.id is None:
        return records.insert(session.db, session.editor, "people", person.to_row())
    records.update(session.db, session.editor, "people", person.id, person.to_row())
    return person.id


def names(session: Session, ids: Sequence[int] = (), *, active: bool = True) -> dict[int, str]:
    """{id: full name} of `ids` and of everyone active (choices that keep a past one)."""
    return people_repo.names(session.db, ids, active=active)


def get_person(session: Session, person_id: int) -> Person:
    try:
        return Person.from_row(records.fetch(session.db, "people", person_id))
    except KeyError:
        raise ChiboError(msg("Không tìm thấy người này (có thể đã bị xóa).")) from None


def register_size(session: Session) -> int:
    """Everyone in the register, whatever their status (the status bar's count)."""
    return people_repo.count(session.db)


def list_rows(session: Session, person_id: int | None = None) -> list[PersonRowView]:
    return people_repo.person_rows(session.db, session.today().isoformat(), person_id)


def leave(session: Session, person_id: int, status: Status, on: str, note: str | None) -> None:
    """Transfer out, exempt or record a death: the person stays, with date and note."""
    person = get_person(session, person_id)
    save_person(session, person.with_changes(status=status, status_date=on, status_note=note))


def return_to_active(session: Session, person_id: int) -> None:
    person = get_person(session, person_id)
    save_person(
        session, person.with_changes(status=Status.ACTIVE, status_date=None, status_note=None)
    )


def deletion_blockers(session: Session, person_id: int) -> list[str]:
    return people_repo.references_to_person(session.db, person_id)


def delete_person(session: Session, person_id: int) -> None:
    """Only for a person entered by mistake: refused once anything refers to them."""
    blockers = deletion_blockers(session, person_id)
    if blockers:
        raise ChiboError(
            msg(
                "Không thể xóa vì người này đã có dữ liệu liên quan ({records}). Hãy ghi nhận "
                "chuyển sinh hoạt, miễn công tác và sinh hoạt đảng hoặc từ trần.",
                records=tuple(blockers),  # labels: each in the user's language
            )
        )
    with session.db.atomic():
        for position in list_positions(session, person_id):
            assert position.id is not None
            records.delete(session.db, session.editor, "positions", position.id)
        records.delete(session.db, session.editor, "people", person_id)


# Positions -----------------------------------------------------------------


def list_positions(session: Session, person_id: int) -> list[Position]:
    return people_repo.positions_of(session.db, person_id)


def save_position(session: Session, position: Position) -> int:
    position = Position(
        person_id=position.person_id,
        kind=position.kind,
        title=clean_or_none(position.title) or "",
        start_date=position.start_date,
        end_date=position.end_date,
        id=position.id,
    )
    problems = validate_position(position)
    if problems:
        raise ValidationError(problems)
    row = {f.name: getattr(position, f.name) for f in fields(position) if f.name != "id"}
    row["kind"] = str(position.kind)
    if position.id is None:
        return records.insert(session.db, session.editor, "positions", row)
    records.update(session.db, session.editor, "positions", position.id, row)
    return position.id


def delete_position(session: Session, position_id: int) -> None:
    records.delete(session.db, session.editor, "positions", position_id)


def change_position(
    session: Session, person_id: int, kind: PositionKind, title: str | None, on: dt.date | None
) -> None:
    """Make `title` the current position of `kind`: end the current ones, start the new one.

    `on` None means the dates are unknown (e.g. an import); the old position is then
    ended on the day before today and the new one has no start date.
    """
    title = clean_or_none(title)
    today = session.today()
    current = [
        p for p in list_positions(session, person_id) if p.kind == kind and p.is_current(today)
    ]
    if title and any(p.title.casefold() == title.casefold() for p in current):
        return
    with session.db.atomic():
        end = ((on or today) - dt.timedelta(days=1)).isoformat()
        for old in current:
            save_position(session, Position(**{**old.__dict__, "end_date": end}))
        if title:
            start = on.isoformat() if on else None
            save_position(session, Position(person_id, kind, title, start_date=start))


def save_with_positions(
    session: Session,
    person: Person,
    positions: list[Position],
    new_unit: str | None = None,
    *,
    loaded: tuple[Person, list[Position]] | None = None,
    overwrite: bool = False,
) -> int:
    """Save the editor's whole result in one transaction: the person, a unit typed for the
    first time, and the positions list (missing ones deleted, new or changed ones saved).

    `loaded` is the person and positions as the editor loaded them: then only what the
    user changed is written, over what is stored now, and if anything changed elsewhere
    since the load ChangedElsewhere is raised (nothing written) unless `overwrite`.
    """
    with transactions.immediate(session.db):
        if new_unit:
            try:
                person = person.with_changes(unit_id=cell.add_unit(session, new_unit))
            except ValidationError as error:
                raise ValidationError({"unit_id": error.problems["name"]}) from None
        if loaded is not None and person.id is not None:
            person, positions = _rebase_edit(session, person, positions, loaded, overwrite)
        person_id = save_person(session, person)
        stored = {p.id: p for p in list_positions(session, person_id)}
        kept_ids = {p.id for p in positions if p.id is not None}
        for position_id in stored.keys() - kept_ids:
            assert position_id is not None
            delete_position(session, position_id)
        for item in positions:
            item = Position(**{**item.__dict__, "person_id": person_id})
            if item.id is None or stored.get(item.id) != item:
                save_position(session, item)
    return person_id


_PERSON_FIELDS = tuple(f.name for f in fields(Person) if f.name != "id")
_POSITIONS = "positions"


def _rebase_edit(
    session: Session,
    edited: Person,
    positions: list[Position],
    loaded: tuple[Person, list[Position]],
    overwrite: bool,
) -> tuple[Person, list[Position]]:
    """The user's changes (against `loaded`) laid over what is stored now."""
    assert edited.id is not None
    loaded_person, loaded_positions = loaded
    stored = get_person(session, edited.id)
    stored_positions = list_positions(session, edited.id)
    before = {p.id: p for p in loaded_positions}
    check = check_edit(loaded_person, normalise(edited), stored, _PERSON_FIELDS)
    mine_positions = _sorted(positions) != _sorted(loaded_positions)
    theirs_positions = _sorted(stored_positions) != _sorted(loaded_positions)
    check = EditCheck(
        check.mine + ((_POSITIONS,) if mine_positions else ()),
        check.theirs + ((_POSITIONS,) if theirs_positions else ()),
    )
    if check.theirs and not overwrite:
        raise ChangedElsewhere(
            msg("Thông tin của {name}", name=stored.full_name),
            check,
            {**FIELD_LABELS, _POSITIONS: "Chức vụ"},
        )
    person = rebased(stored, normalise(edited), [f for f in check.mine if f != _POSITIONS])
    removed = {p.id for p in loaded_positions} - {p.id for p in positions}
    changed = {p.id: p for p in positions if p.id is not None and before.get(p.id) != p}
    result = [changed.get(p.id or 0, p) for p in stored_positions if p.id not in removed]
    result += [p for p in positions if p.id is None]
    return person, result


def _sorted(positions: list[Position]) -> list[tuple[object, ...]]:
    return sorted(
        (p.id or 0, str(p.kind), p.title, p.start_date or "", p.end_date or "") for p in positions
    )
