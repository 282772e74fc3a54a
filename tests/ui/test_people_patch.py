"""The people model takes changed rows in place: order by name kept, others untouched."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPersistentModelIndex

from chibo_app.core.text import name_sort_key
from chibo_app.services import people
from chibo_app.ui.models.people_model import PeopleModel


def names(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_renamed_person_moves_to_their_place_and_stays_selected(people_session):
    model = PeopleModel()
    model.set_rows(people.list_rows(people_session))
    before = names(model)
    binh = next(r for r in model.rows() if r.full_name == "Trần Thị Bình")
    held = QPersistentModelIndex(model.index(model.row_of(binh.id), 0))
    model.put_rows([replace(binh, full_name="Trần Thị Yến")])
    after = names(model)
    assert after == sorted(after, key=name_sort_key)  # Vietnamese order: by given name
    assert after[-1] == "Trần Thị Yến" and len(after) == len(before)
    assert held.isValid() and held.data() == "Trần Thị Yến"  # the selection follows the row


def test_rows_added_and_gone(people_session):
    model = PeopleModel()
    model.set_rows(people.list_rows(people_session))
    an = people_session.ids["Nguyễn Văn An"]
    new = replace(model.rows()[0], id=999, full_name="Đinh Văn Mới")
    model.put_rows([new], gone=[an])
    assert "Đinh Văn Mới" in names(model) and "Nguyễn Văn An" not in names(model)
    assert model.search_texts()[model.row_of(999)].startswith("dinh van moi")
