import json
import unicodedata

import pytest

from chibo_app.core.people import Kind, Person, Position, PositionKind, Status
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell, people
from chibo_app.storage import people_repo, records


def add(session, name="Nguyễn Văn An", **fields):
    return people.save_person(session, Person(full_name=name, **fields))


def test_saved_text_is_nfc_trimmed_and_title_cased(session):
    person_id = add(
        session, unicodedata.normalize("NFD", "  NGUYỄN   văn  ân "), party_card=" 12 345 678"
    )
    person = people.get_person(session, person_id)
    assert person.full_name == "Nguyễn Văn Ân"
    assert unicodedata.is_normalized("NFC", person.full_name)
    assert person.party_card == "12345678"


def test_every_write_is_in_the_change_history(session):
    person_id = add(session, birth_date="1980-01-01")
    people.save_person(
        session, people.get_person(session, person_id).with_changes(phone="0912345678")
    )
    history = records.history_of(session.db, "people", person_id)
    assert [h["action"] for h in history] == ["insert", "update"]
    assert history[0]["user"] == "Bí thư"
    assert history[1]["old"] == {"phone": None} and history[1]["new"] == {"phone": "0912345678"}


def test_unchanged_save_writes_no_history(session):
    person_id = add(session)
    people.save_person(session, people.get_person(session, person_id))
    assert len(records.history_of(session.db, "people", person_id)) == 1


def test_validation_error_in_vietnamese_and_nothing_written(session):
    with pytest.raises(ValidationError) as error:
        add(session, birth_date="2030-01-01")
    assert "Ngày sinh không thể ở tương lai." in error.value.problems.values()
    assert people.list_rows(session) == []


def test_duplicate_party_card_is_refused_with_owner_name(session):
    add(session, party_card="12345678")
    with pytest.raises(ValidationError) as error:
        add(session, "Trần Thị Bình", party_card="12345678")
    assert "Nguyễn Văn An" in error.value.problems["party_card"]


def test_positions_history_and_current_titles(session):
    person_id = add(session)
    people.save_position(
        session,
        Position(person_id, PositionKind.GOVERNMENT, "Chuyên viên", "2010-01-01", "2019-12-31"),
    )
    people.save_position(
        session, Position(person_id, PositionKind.GOVERNMENT, "Phó Trưởng phòng", "2020-01-01")
    )
    people.change_position(session, person_id, PositionKind.PARTY, "Chi ủy viên", None)
    row = people.list_rows(session)[0]
    assert row.government_position == "Phó Trưởng phòng"
    assert row.party_position == "Chi ủy viên"
    import datetime as dt

    people.change_position(session, person_id, PositionKind.PARTY, "Bí thư", dt.date(2026, 6, 1))
    positions = [
        p for p in people.list_positions(session, person_id) if p.kind == PositionKind.PARTY
    ]
    assert [(p.title, p.end_date) for p in positions] == [
        ("Chi ủy viên", "2026-05-31"),
        ("Bí thư", None),
    ]
    assert people.list_rows(session)[0].party_position == "Bí thư"


def test_position_end_before_start_is_refused(session):
    person_id = add(session)
    with pytest.raises(ValidationError):
        people.save_position(
            session, Position(person_id, PositionKind.PARTY, "Bí thư", "2020-01-01", "2019-01-01")
        )


def test_leaving_keeps_the_person(session):
    person_id = add(session)
    people.leave(session, person_id, Status.TRANSFERRED, "2026-10-01", "Đảng bộ Sở Tư pháp")
    row = people.list_rows(session)[0]
    assert row.status == Status.TRANSFERRED
    people.return_to_active(session, person_id)
    assert people.get_person(session, person_id).status == Status.ACTIVE


def test_delete_only_when_never_referenced(session, monkeypatch):
    person_id = add(session)
    people.save_position(session, Position(person_id, PositionKind.PARTY, "Đảng viên"))
    people.delete_person(session, person_id)
    assert people.list_rows(session) == []
    kept = add(session, "Trần Thị Bình")
    session.db.execute("INSERT INTO meetings (id, year, held_on) VALUES (1, 2026, '2026-05-05')")
    session.db.execute("INSERT INTO attendance (meeting_id, person_id) VALUES (1, ?)", [kept])
    monkeypatch.setattr(
        people_repo, "PERSON_REFERENCES", [("attendance", "person_id", "lần điểm danh")]
    )
    with pytest.raises(ChiboError) as error:
        people.delete_person(session, kept)
    assert "1 lần điểm danh" in str(error.value)
    assert people.get_person(session, kept).full_name == "Trần Thị Bình"


def test_units_unique_and_not_deleted_while_used(session):
    unit = cell.add_unit(session, "Phòng Lãnh sự")
    with pytest.raises(ValidationError):
        cell.add_unit(session, "phòng lãnh sự")
    add(session, unit_id=unit)
    with pytest.raises(ChiboError):
        cell.delete_unit(session, unit)
    assert people.list_rows(session)[0].unit == "Phòng Lãnh sự"


def test_settings_round_trip_and_history(session):
    settings = cell.load_settings(session)
    assert settings.cell_name == "Chi bộ Sở Ngoại vụ" and settings.is_complete
    rows = session.db.execute(
        "SELECT new_values FROM change_history WHERE table_name = 'settings'"
    ).fetchall()
    assert json.loads(rows[0][0])["place"] == "Hà Tĩnh"
    with pytest.raises(ValidationError) as error:
        cell.save_settings(session, settings.__class__(**{**settings.__dict__, "cell_name": " "}))
    assert "cell_name" in error.value.problems


def test_non_party_kind(session):
    person_id = add(session, kind=Kind.NON_PARTY)
    assert people.list_rows(session)[0].kind == Kind.NON_PARTY
    assert person_id
