"""The person editor saved over a change made elsewhere while it was open: it asks, and
“Vẫn lưu” writes only what was typed here; “Quay lại sửa” keeps the dialog and writes
nothing."""

from __future__ import annotations

import pytest

from chibo_app.services import people
from chibo_app.services.session import open_session
from chibo_app.ui.dialogs.person_dialog import PersonDialog
from tests.ui.safety_helpers import click_in_next_box


def _change_phone_elsewhere(path, person_id):
    other = open_session(path)
    try:
        person = people.get_person(other, person_id)
        people.save_person(other, person.with_changes(phone="0987654321", notes="nhập từ tệp"))
    finally:
        other.close()


@pytest.fixture
def edited_over_a_change(qtbot, people_session):
    """The editor of An with an email typed, while elsewhere his phone and notes changed."""
    an = people_session.ids["Nguyễn Văn An"]
    dialog = PersonDialog(people_session, an)
    qtbot.addWidget(dialog)
    dialog.form.email.setText("an@songoaivu.gov.vn")
    _change_phone_elsewhere(people_session.path, an)
    return dialog, an


def test_save_asks_and_keeps_the_other_change(people_session, edited_over_a_change):
    dialog, an = edited_over_a_change
    seen: list[str] = []
    click_in_next_box("saveAnyway", seen)
    dialog.save()
    assert "vừa được sửa ở nơi khác" in seen[0] and "Điện thoại" in seen[0]
    assert dialog.saved_id == an
    saved = people.get_person(people_session, an)
    assert saved.email == "an@songoaivu.gov.vn"
    assert (saved.phone, saved.notes) == ("0987654321", "nhập từ tệp")


def test_back_to_editing_writes_nothing(people_session, edited_over_a_change):
    dialog, an = edited_over_a_change
    seen: list[str] = []
    click_in_next_box("backToEditing", seen)
    dialog.save()
    assert seen and dialog.saved_id is None
    assert dialog.form.email.text() == "an@songoaivu.gov.vn"  # what was typed is kept
    assert people.get_person(people_session, an).email is None
