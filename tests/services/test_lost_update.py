"""A save writes only what the user changed, and asks when the record changed elsewhere.

The other writer is a second connection to the same file, as another process's import
would be: it commits while the editor holds what it loaded.
"""

from __future__ import annotations

import pytest

from chibo_app.core.edits import ChangedElsewhere
from chibo_app.core.people import Person, Position, PositionKind
from chibo_app.services import cell, people
from chibo_app.services.session import open_session


@pytest.fixture
def an(session):
    office = cell.add_unit(session, "Văn phòng")
    cell.add_unit(session, "Thanh tra Sở")
    person_id = people.save_person(
        session,
        Person(
            full_name="Nguyễn Văn An",
            birth_date="1980-09-05",
            party_card="01234567",
            admitted_on="2005-03-12",
            full_member_on="2006-03-12",
            unit_id=office,
            phone="0912000001",
            notes="ghi chú cũ",
        ),
    )
    people.save_position(
        session, Position(person_id, PositionKind.PARTY, "Chi ủy viên", start_date="2020-01-01")
    )
    return person_id


def _loaded(session, person_id):
    return people.get_person(session, person_id), people.list_positions(session, person_id)


def _import_elsewhere(path, person_id):
    """What the import of the issue did while the dialog was open: unit, phone, notes
    and a position."""
    other = open_session(path)
    try:
        person = people.get_person(other, person_id)
        inspection = cell.unit_id_for_name(other, "Thanh tra Sở", create=False)
        people.save_person(
            other,
            person.with_changes(unit_id=inspection, phone="0987654321", notes="từ danh sách mới"),
        )
        people.change_position(other, person_id, PositionKind.GOVERNMENT, "Chánh Thanh tra", None)
    finally:
        other.close()


def test_a_save_over_an_import_asks_then_keeps_what_the_import_wrote(session, an):
    loaded = _loaded(session, an)
    _import_elsewhere(session.path, an)
    edited = loaded[0].with_changes(email="an@songoaivu.gov.vn")  # all the user changed
    with pytest.raises(ChangedElsewhere) as asked:
        people.save_with_positions(session, edited, list(loaded[1]), loaded=loaded)
    assert set(asked.value.theirs) == {"Đơn vị", "Điện thoại", "Ghi chú", "Chức vụ"}
    assert asked.value.clashes == []
    assert people.get_person(session, an).email is None  # nothing written when asked

    people.save_with_positions(session, edited, list(loaded[1]), loaded=loaded, overwrite=True)
    saved = people.get_person(session, an)
    assert saved.email == "an@songoaivu.gov.vn"
    assert (saved.phone, saved.notes) == ("0987654321", "từ danh sách mới")
    assert saved.unit_id == cell.unit_id_for_name(session, "Thanh tra Sở", create=False)
    titles = {p.title for p in people.list_positions(session, an)}
    assert titles == {"Chi ủy viên", "Chánh Thanh tra"}  # the import's position kept


def test_both_changed_the_same_field_is_named_and_the_user_decides(session, an):
    loaded = _loaded(session, an)
    _import_elsewhere(session.path, an)
    edited = loaded[0].with_changes(phone="0900000002")
    with pytest.raises(ChangedElsewhere) as asked:
        people.save_with_positions(session, edited, list(loaded[1]), loaded=loaded)
    assert asked.value.clashes == ["Điện thoại"]
    assert "Đồng chí cũng đã sửa Điện thoại" in str(asked.value)
    people.save_with_positions(session, edited, list(loaded[1]), loaded=loaded, overwrite=True)
    saved = people.get_person(session, an)
    assert saved.phone == "0900000002" and saved.notes == "từ danh sách mới"


def test_nothing_changed_elsewhere_saves_without_asking_and_only_what_changed(session, an):
    loaded = _loaded(session, an)
    positions = [*loaded[1], Position(an, PositionKind.GOVERNMENT, "Phó Chánh Văn phòng")]
    edited = loaded[0].with_changes(phone=" 0912 000 009 ")
    people.save_with_positions(session, edited, positions, loaded=loaded)
    history = session.db.execute(
        "SELECT new_values FROM change_history WHERE table_name = 'people' AND row_id = ?"
        " ORDER BY id DESC LIMIT 1",
        [an],
    ).fetchone()[0]
    assert "phone" in history and "notes" not in history and "unit_id" not in history
    assert {p.title for p in people.list_positions(session, an)} == {
        "Chi ủy viên",
        "Phó Chánh Văn phòng",
    }


def test_a_position_removed_in_the_editor_is_removed_and_others_added_elsewhere_stay(
    session, an
):
    loaded = _loaded(session, an)
    _import_elsewhere(session.path, an)
    people.save_with_positions(session, loaded[0], [], loaded=loaded, overwrite=True)
    assert {p.title for p in people.list_positions(session, an)} == {"Chánh Thanh tra"}


# Plans and meetings: the same pattern ------------------------------------------------


def test_a_plan_saved_over_a_change_elsewhere_asks_and_keeps_the_other_section(session, an):
    from chibo_app.core.plans import PlanTask
    from chibo_app.services import plans

    plan = plans.start_plan(session, an, 2026)
    loaded = plans.save_plan(
        session, plan.with_changes(remedies=("Khắc phục A",), tasks=(PlanTask("Việc 1"),))
    )
    other = open_session(session.path)
    try:
        stored = plans.get_plan_by_id(other, loaded.id)
        plans.save_plan(other, stored.with_changes(commitments=("Cam kết từ nơi khác",)))
    finally:
        other.close()
    edited = loaded.with_changes(remedies=("Khắc phục A, sửa ở cửa sổ",))
    with pytest.raises(ChangedElsewhere) as asked:
        plans.save_plan(session, edited, loaded=loaded)
    assert asked.value.theirs == ["phần cam kết"] and asked.value.clashes == []
    saved = plans.save_plan(session, edited, loaded=loaded, overwrite=True)
    assert saved.remedies == ("Khắc phục A, sửa ở cửa sổ",)
    assert saved.commitments == ("Cam kết từ nơi khác",)
    assert [t.text for t in saved.tasks] == ["Việc 1"]


def test_a_meeting_saved_over_a_change_elsewhere_asks_and_keeps_the_other_field(session, an):
    import datetime as dt

    from chibo_app.services import meetings

    loaded = meetings.with_roll(
        session,
        meetings.save_meeting(
            session, meetings.new_meeting(session, dt.date(2026, 11, 5)).with_changes(place="P1")
        ),
    )
    other = open_session(session.path)
    try:
        stored = meetings.get_meeting(other, loaded.id)
        meetings.save_meeting(other, stored.with_changes(conclusions="Kết luận ghi ở nơi khác"))
    finally:
        other.close()
    edited = loaded.with_changes(place="Hội trường tầng 3")
    with pytest.raises(ChangedElsewhere) as asked:
        meetings.save_meeting(session, edited, loaded=loaded)
    assert asked.value.theirs == ["nghị quyết, kết luận"]
    saved = meetings.save_meeting(session, edited, loaded=loaded, overwrite=True)
    assert saved.place == "Hội trường tầng 3"
    assert saved.conclusions == "Kết luận ghi ở nơi khác"
