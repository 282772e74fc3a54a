"""Changing the kind of several people at once: the dates it needs, all or nothing."""

import pytest

from chibo_app.core.people import Kind, Person
from chibo_app.errors import ChiboError
from chibo_app.services import member_kinds, people
from chibo_app.storage import records


@pytest.fixture
def three(session):
    ids = {
        "hoa": people.save_person(session, Person("Lê Thị Hoa", kind=Kind.NON_PARTY)),
        "huong": people.save_person(
            session, Person("Hoàng Thị Hương", kind=Kind.PROBATIONARY, party_card="01234572",
                            admitted_on="2025-11-01")
        ),
        "an": people.save_person(
            session, Person("Nguyễn Văn An", kind=Kind.FULL, party_card="01234567",
                            admitted_on="2005-03-12", full_member_on="2006-03-12")
        ),
    }
    return ids


def test_what_each_change_needs(session, three):
    chosen = [people.get_person(session, i) for i in three.values()]
    assert member_kinds.needs(chosen, Kind.FULL) == member_kinds.KindChangeNeeds(1, 2, 0)
    assert member_kinds.needs(chosen, Kind.PROBATIONARY) == member_kinds.KindChangeNeeds(1, 0, 0)
    assert member_kinds.needs(chosen, Kind.NON_PARTY) == member_kinds.KindChangeNeeds(0, 0, 2)


def test_probationary_and_non_party_become_full_with_the_dates_given(session, three):
    changed = member_kinds.change_kind(
        session, [three["hoa"], three["huong"], three["an"]], Kind.FULL,
        admitted_on="2024-05-19", full_member_on="2026-11-02",
    )
    assert changed == 2  # An already was
    hoa, huong, an = (people.get_person(session, three[k]) for k in ("hoa", "huong", "an"))
    assert (hoa.kind, hoa.admitted_on, hoa.full_member_on) == (Kind.FULL, "2024-05-19",
                                                               "2026-11-02")
    # Hương keeps her own admission date; only the missing full-membership date is filled.
    assert (huong.kind, huong.admitted_on, huong.full_member_on) == (Kind.FULL, "2025-11-01",
                                                                     "2026-11-02")
    assert (an.admitted_on, an.full_member_on) == ("2005-03-12", "2006-03-12")


def test_becoming_quan_chung_drops_the_party_data_but_the_history_keeps_it(session, three):
    member_kinds.change_kind(session, [three["huong"]], Kind.NON_PARTY)
    huong = people.get_person(session, three["huong"])
    assert (huong.kind, huong.party_card, huong.admitted_on) == (Kind.NON_PARTY, None, None)
    history = records.history_of(session.db, "people", three["huong"])
    assert history[-1]["old"]["party_card"] == "01234572"
    assert history[-1]["new"]["kind"] == "non_party"


def test_one_bad_person_writes_nothing(session, three):
    # A full-membership date before An's admission is fine for him (he has his own), but
    # Hoa's admission date after it is refused: nobody changes.
    with pytest.raises(ChiboError, match="Lê Thị Hoa"):
        member_kinds.change_kind(
            session, [three["huong"], three["hoa"]], Kind.FULL,
            admitted_on="2026-01-01", full_member_on="2025-12-01",
        )
    assert people.get_person(session, three["huong"]).kind == Kind.PROBATIONARY
    assert people.get_person(session, three["hoa"]).kind == Kind.NON_PARTY


def test_a_probationary_member_has_no_full_membership_date(session, three):
    member_kinds.change_kind(session, [three["an"]], Kind.PROBATIONARY)
    an = people.get_person(session, three["an"])
    assert (an.kind, an.admitted_on, an.full_member_on) == (Kind.PROBATIONARY, "2005-03-12", None)


def test_nobody_chosen_is_refused(session):
    with pytest.raises(ChiboError):
        member_kinds.change_kind(session, [], Kind.FULL)
