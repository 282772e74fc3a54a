"""A person's records the classification rules read (discipline, competent conclusions,
đình chỉ sinh hoạt, long sick or maternity leave, temporary membership elsewhere): list,
add, edit, delete; every write in the change history. Evaluations already made are left
as they are: their next save (or the year's list) reads the records anew."""

from __future__ import annotations

from chibo_app.core.messages import msg
from chibo_app.core.person_events import PersonEvent, checked
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services.session import Session
from chibo_app.storage import person_events_repo, records

TABLE = "person_events"


def events_of(session: Session, person_id: int) -> list[PersonEvent]:
    return person_events_repo.of_person(session.db, person_id)


def get_event(session: Session, event_id: int) -> PersonEvent:
    found = person_events_repo.get(session.db, event_id)
    if found is None:
        raise ChiboError(msg("Không tìm thấy hồ sơ này (có thể đã bị xóa)."))
    return found


def save_event(session: Session, event: PersonEvent) -> PersonEvent:
    """Insert (id None) or update; ValidationError names each wrong field in Vietnamese."""
    cleaned, problems = checked(event)
    if problems:
        raise ValidationError(problems)
    values = person_events_repo.event_values(cleaned)
    if cleaned.id is None:
        row_id = records.insert(session.db, session.editor, TABLE, values)
    else:
        get_event(session, cleaned.id)
        records.update(session.db, session.editor, TABLE, cleaned.id, values)
        row_id = cleaned.id
    return get_event(session, row_id)


def delete_event(session: Session, event_id: int) -> None:
    get_event(session, event_id)
    records.delete(session.db, session.editor, TABLE, event_id)
