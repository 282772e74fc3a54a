"""The people model and its filter, without any widget."""

from PySide6.QtCore import Qt

from chibo_app.core.people import Kind, Status
from chibo_app.services import people
from chibo_app.ui.models.people_model import ROW_ROLE, SORT_ROLE, Col, PeopleModel
from chibo_app.ui.models.people_proxy import PeopleFilter


def make(session):
    model = PeopleModel()
    proxy = PeopleFilter()
    proxy.setSourceModel(model)
    model.set_rows(people.list_rows(session))
    return model, proxy


def names(proxy):
    return [proxy.index(r, Col.NAME).data() for r in range(proxy.rowCount())]


def test_display_roles_and_dates(people_session):
    model, _proxy = make(people_session)
    row = model.row_of(people_session.ids["Nguyễn Văn An"])
    assert model.index(row, Col.BIRTH).data() == "05/09/1980"
    assert model.index(row, Col.KIND).data() == "Chính thức"
    assert model.index(row, Col.PARTY_POSITION).data() == "Bí thư"
    assert model.index(row, Col.NAME).data(ROW_ROLE).id == people_session.ids["Nguyễn Văn An"]
    binh = model.row_of(people_session.ids["Trần Thị Bình"])
    assert model.index(binh, Col.BIRTH).data() == "1985"  # year only stays a year
    assert model.headerData(Col.CARD, Qt.Orientation.Horizontal) == "Số thẻ đảng viên"


def test_vietnamese_name_order(people_session):
    model, proxy = make(people_session)
    proxy.set_criteria(None, None, None)
    proxy.sort(Col.NAME, Qt.SortOrder.AscendingOrder)
    # Given name first, then Vietnamese letters: An < Anh < Ánh < Ân < Bình < Dũng < Đức.
    assert names(proxy) == [
        "Nguyễn Văn An",
        "Hoàng Thu Anh",
        "Phạm Thị Ánh",
        "Lê Văn Ân",
        "Trần Thị Bình",
        "Vũ Quốc Dũng",
        "Đỗ Minh Đức",
    ]
    proxy.sort(Col.NAME, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[0] == "Đỗ Minh Đức"
    assert isinstance(model.index(0, Col.NAME).data(SORT_ROLE), int)


def test_search_folds_both_sides(people_session):
    _model, proxy = make(people_session)
    for text in ("nguyen van an", "nguyễn văn ân", "NGUYEN", "Nguyễn  Văn   An", "an nguyen"):
        proxy.set_search(text)
        assert "Nguyễn Văn An" in names(proxy), text
    proxy.set_search("duc")
    assert names(proxy) == ["Đỗ Minh Đức"]
    proxy.set_search("12000003")  # card number
    assert names(proxy) == ["Lê Văn Ân"]
    proxy.set_search("lanh su")  # unit
    assert sorted(names(proxy)) == ["Phạm Thị Ánh", "Trần Thị Bình"]
    proxy.set_search("bi thu")  # party position
    assert names(proxy) == ["Nguyễn Văn An"]
    proxy.set_search("khong co ai")
    assert names(proxy) == []


def test_typing_narrows_and_widening_starts_over(people_session):
    _model, proxy = make(people_session)
    for typed in ("t", "th", "thi", "thi b", "thi bi", "thi bin"):
        proxy.set_search(typed)
    assert names(proxy) == ["Trần Thị Bình"]
    proxy.set_search("thi")  # backspace widens again
    assert sorted(names(proxy)) == ["Phạm Thị Ánh", "Trần Thị Bình"]
    proxy.set_search("")
    assert proxy.rowCount() == 6


def test_filters_kind_unit_status(people_session):
    _model, proxy = make(people_session)
    assert proxy.rowCount() == 6  # active only by default; Dũng has left
    proxy.set_criteria(None, None, None)
    assert proxy.rowCount() == 7
    proxy.set_criteria(None, None, Status.TRANSFERRED)
    assert names(proxy) == ["Vũ Quốc Dũng"]
    proxy.set_criteria(Kind.NON_PARTY, None, Status.ACTIVE)
    assert names(proxy) == ["Phạm Thị Ánh"]
    proxy.set_criteria(None, "Văn phòng Sở", Status.ACTIVE)
    assert names(proxy) == ["Nguyễn Văn An", "Hoàng Thu Anh", "Lê Văn Ân"]


def test_sort_then_filter_keeps_search_texts_aligned(people_session):
    model, proxy = make(people_session)
    proxy.sort(Col.BIRTH, Qt.SortOrder.DescendingOrder)
    proxy.set_search("binh")
    assert names(proxy) == ["Trần Thị Bình"]
    proxy.sort(Col.UNIT, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["Trần Thị Bình"]
    assert model.rowCount() == 7


def test_empty_model(session):
    model, proxy = make(session)
    assert model.rowCount() == 0 and proxy.rowCount() == 0


def test_party_posts_sort_in_the_order_every_list_prints_them(people_session):
    """Not alphabetically (Bí thư, Chi ủy viên, Phó Bí thư): Bí thư, Phó Bí thư, chi ủy
    viên, then those without a post (core.person_order)."""
    from chibo_app.core.people import Position, PositionKind
    from chibo_app.core.person_order import post_rank

    for name, post in [("Trần Thị Bình", "Chi ủy viên"), ("Vũ Quốc Dũng", "Phó Bí thư")]:
        people.save_position(
            people_session, Position(people_session.ids[name], PositionKind.PARTY, post)
        )
    model, proxy = make(people_session)
    proxy.set_criteria(None, None, None)
    proxy.sort(Col.PARTY_POSITION, Qt.SortOrder.AscendingOrder)
    rows = [proxy.index(r, Col.NAME).data(ROW_ROLE) for r in range(proxy.rowCount())]
    ranks = [post_rank(r.party_position, r.kind) for r in rows]
    assert ranks == sorted(ranks) and len(set(ranks)) >= 3
    posts = [r.party_position for r in rows if r.party_position]
    assert posts[0] == "Bí thư" and posts.index("Phó Bí thư") < posts.index("Chi ủy viên")


def test_filter_maps_rows_both_ways(people_session):
    model, proxy = make(people_session)
    proxy.set_search("thi")
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, Col.UNIT))
        assert source.column() == Col.UNIT
        assert source.data(ROW_ROLE) is proxy.index(row, 0).data(ROW_ROLE)
        assert proxy.mapFromSource(source).row() == row
    hidden = model.row_of(people_session.ids["Nguyễn Văn An"])
    assert not proxy.mapFromSource(model.index(hidden, 0)).isValid()


def test_a_kept_index_follows_its_person_through_search_and_sort(people_session):
    """The selection model keeps persistent indexes: the selected person stays selected
    while the search narrows, and the index dies when the person is filtered out."""
    from PySide6.QtCore import QPersistentModelIndex

    _model, proxy = make(people_session)
    binh = [r for r in range(proxy.rowCount()) if names(proxy)[r] == "Trần Thị Bình"][0]
    kept = QPersistentModelIndex(proxy.index(binh, Col.UNIT))
    proxy.set_search("thi")
    assert kept.isValid() and kept.data() == proxy.index(kept.row(), Col.UNIT).data()
    assert proxy.index(kept.row(), Col.NAME).data() == "Trần Thị Bình"
    proxy.sort(Col.NAME, Qt.SortOrder.DescendingOrder)
    assert proxy.index(kept.row(), Col.NAME).data() == "Trần Thị Bình"
    assert kept.column() == Col.UNIT
    proxy.set_search("duc")
    assert not kept.isValid()


def test_a_letter_that_changes_nothing_asks_for_no_repaint(people_session):
    _model, proxy = make(people_session)
    moves = []
    proxy.layoutChanged.connect(lambda: moves.append(1))
    proxy.set_search("khong")
    assert moves == [1] and proxy.rowCount() == 0
    proxy.set_search("khong c")  # still nobody: nothing to paint again
    assert moves == [1]
