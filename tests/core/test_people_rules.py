import datetime as dt
import itertools

from chibo_app.core.people import (
    Kind,
    Person,
    Position,
    PositionKind,
    Status,
    validate_person,
    without_problems,
)

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


# The import checks a list a column at a time (without_problems): the same answer as
# validate_person for every combination of the rules' edge cases.
_NAMES = ("Nguyễn Văn An", "", "An", "Nguyễn 3", "Lê " + "a" * 98, "Lê " + "a" * 97)
_SEXES = (None, "Nam", "Nữ", "", "Khác")
_BIRTHS = (None, "", "1980-05-01", "1906-11-25", "1906-11-24", "2010-01-01", "1899-12-31",
           "2026-11-26", "1990")  # fmt: skip
_ADMISSIONS = (None, "2000-01-01", "1998-05-01", "1998-04-30", "1997", "2000-01", "2026-Q4",
               "2026-12", "2027-01-01", "1899-05-01")  # fmt: skip
_FULL_MEMBERS = (None, "2001-01-01", "1999-12-31", "2000-01-01", "2000-01", "2000",
                 "2027-01-01", "2101-01-01")  # fmt: skip
_CARDS = (None, "", "12345678", "12 34", "123", "93.012.345")
_PHONES = (None, "0912345678", "12", "+84 912 345 678")
_EMAILS = (None, "an@chibo.vn", "an@chibo", "")


def _same_answers(people):
    fields = ("full_name", "sex", "birth_date", "kind", "party_card", "admitted_on",
              "full_member_on", "phone", "email")  # fmt: skip
    columns = [[getattr(p, name) for p in people] for name in fields]
    found = without_problems(TODAY, *columns)
    expected = [not validate_person(p, TODAY) for p in people]
    assert found == expected
    assert any(found) and not all(found)


def test_a_list_checked_by_column_finds_what_each_person_checked_alone_finds_dates():
    people = [
        Person(full_name="Trần Thị Bình", birth_date=b, admitted_on=a, full_member_on=f, kind=k,
               party_card=c)  # fmt: skip
        for b, a, f, k, c in itertools.product(_BIRTHS, _ADMISSIONS, _FULL_MEMBERS, Kind, _CARDS)
    ]
    _same_answers(people)


def test_a_list_checked_by_column_finds_what_each_person_checked_alone_finds_texts():
    people = [
        Person(full_name=n, sex=s, party_card=c, phone=p, email=e, kind=k, admitted_on="2000")
        for n, s, c, p, e, k in itertools.product(_NAMES, _SEXES, _CARDS, _PHONES, _EMAILS, Kind)
    ]
    _same_answers(people)
