import datetime as dt

from chibo_app.core.people import Kind, Person, Position, PositionKind, Status, validate_person

TODAY = dt.date(2026, 11, 25)


def problems(**fields):
    return validate_person(Person(**{"full_name": "Nguyễn Văn An", **fields}), TODAY)


def test_valid_person_has_no_problems():
    assert (
        problems(
            birth_date="1980-01-02",
            admitted_on="2005-03-04",
            full_member_on="2006-03-04",
            party_card="12345678",
        )
        == {}
    )


def test_required_name():
    assert "full_name" in problems(full_name="")
    assert "full_name" in problems(full_name="An")


def test_dates_that_cannot_be():
    assert "birth_date" in problems(birth_date="2030-01-01")
    assert "admitted_on" in problems(birth_date="2000-01-01", admitted_on="2010-01-01")
    assert "full_member_on" in problems(admitted_on="2010-01-01", full_member_on="2009-01-01")
    assert (
        "Ngày vào Đảng phải sau khi đủ 18 tuổi."
        in map(str, problems(birth_date="1990", admitted_on="2005-06-01").values())
    )


def test_non_party_staff_have_no_party_data():
    assert "party_card" in problems(kind=Kind.NON_PARTY, party_card="12345")
    assert "full_member_on" in problems(
        kind=Kind.PROBATIONARY, admitted_on="2026-01-01", full_member_on="2026-06-01"
    )


def test_leaving_needs_a_date():
    assert "status_date" in problems(status=Status.TRANSFERRED)
    assert problems(status=Status.TRANSFERRED, status_date="2026-01-01") == {}


def test_position_is_current():
    position = Position(1, PositionKind.PARTY, "Bí thư", "2025-01-01", None)
    assert position.is_current(TODAY)
    assert not Position(1, PositionKind.PARTY, "Bí thư", "2020", "2024").is_current(TODAY)
    assert Position(1, PositionKind.PARTY, "Bí thư", None, "2026").is_current(TODAY)


def test_names_are_letters_only():
    assert problems(full_name="Nguyễn Thị Ánh-Tuyết") == {}
    assert problems(full_name="H'Hen Niê") == {}
    for bad in ("=Cmd Evil", "Nguyễn Văn 2", "Nguyễn @An"):
        assert "full_name" in problems(full_name=bad)
