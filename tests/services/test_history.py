"""Readable change history: labels, dates, names, filters and paging."""

from __future__ import annotations

import pytest

from chibo_app.core.cell import CellSettings
from chibo_app.core.people import Kind, Person, Position, PositionKind, Status
from chibo_app.services import cell, history, people
from chibo_app.services.history import HistoryFilter


@pytest.fixture
def an(session):
    """Nguyễn Văn An: added, edited, given a position that is then changed."""
    office = cell.add_unit(session, "Văn phòng Sở")
    consular = cell.add_unit(session, "Phòng Lãnh sự")
    person_id = people.save_person(
        session,
        Person(
            full_name="Nguyễn Văn An",
            sex="Nam",
            birth_date="1980-09-05",
            kind=Kind.PROBATIONARY,
            party_card="12000001",
            admitted_on="2025-05-19",
            unit_id=office,
        ),
    )
    person = people.get_person(session, person_id)
    people.save_person(
        session,
        person.with_changes(kind=Kind.FULL, full_member_on="2026-05-19", unit_id=consular),
    )
    people.save_position(
        session, Position(person_id, PositionKind.PARTY, "Chi ủy viên", start_date="2025-06-15")
    )
    people.change_position(session, person_id, PositionKind.PARTY, "Bí thư", None)
    session.an = person_id
    return session


def by_action(entries, table, action):
    return [e for e in entries if e.table == table and e.action == action]


def test_person_history_is_readable(an):
    entries = history.person_history(an, an.an)
    assert [e.action_label for e in entries if e.table == "people"] == ["Sửa", "Thêm"]
    added = by_action(entries, "people", "insert")[0]
    assert str(added.record) == "Nguyễn Văn An" and added.kind_label == "Người"
    assert added.user == "Bí thư"
    shown = {c.label: (c.old, c.new) for c in added.changes}
    assert shown["Họ và tên"] == ("—", "Nguyễn Văn An")
    assert shown["Ngày sinh"] == ("—", "05/09/1980")
    assert shown["Loại"] == ("—", "Đảng viên dự bị")
    assert shown["Đơn vị"] == ("—", "Văn phòng Sở")
    assert shown["Trạng thái"] == ("—", "Đang sinh hoạt")
    assert list(shown)[:3] == ["Họ và tên", "Giới tính", "Ngày sinh"]  # the editor's order

    edited = by_action(entries, "people", "update")[0]
    assert [c.text() for c in edited.changes] == [
        "Loại: Đảng viên dự bị → Đảng viên chính thức",
        "Ngày chính thức: — → 19/05/2026",
        "Đơn vị: Văn phòng Sở → Phòng Lãnh sự",
    ]
    assert edited.summary().startswith("Loại: Đảng viên dự bị → Đảng viên chính thức; ")


def test_positions_are_part_of_the_person_history(an):
    entries = history.person_history(an, an.an)
    positions = [e for e in entries if e.table == "positions"]
    assert {str(e.record) for e in positions} == {
        "Chức vụ “Chi ủy viên” của Nguyễn Văn An",
        "Chức vụ “Bí thư” của Nguyễn Văn An",
    }
    ended = by_action(entries, "positions", "update")[0]
    assert [c.text() for c in ended.changes] == ["Đến ngày: — → 24/11/2026"]
    started = [e for e in by_action(entries, "positions", "insert") if "Bí thư" in str(e.record)][0]
    assert {c.label: c.new for c in started.changes} == {
        "Loại chức vụ": "Chức vụ đảng",
        "Chức vụ": "Bí thư",
    }


def test_newest_first_with_readable_times(an):
    entries = history.person_history(an, an.an)
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    assert all(len(e.when) == 16 and e.when[2] == "/" and e.when[5] == "/" for e in entries)
    assert history.when_text("2026-11-25T14:05:09") == "25/11/2026 14:05"


def test_deleted_records_keep_their_history(an):
    gone = people.save_person(an, Person(full_name="Trần Văn Nhầm"))
    people.save_position(an, Position(gone, PositionKind.GOVERNMENT, "Chuyên viên"))
    people.delete_person(an, gone)
    entries = history.person_history(an, gone)
    assert [(e.table, e.action_label) for e in entries] == [
        ("people", "Xóa"),
        ("positions", "Xóa"),
        ("positions", "Thêm"),
        ("people", "Thêm"),
    ]
    assert str(entries[0].record) == "Trần Văn Nhầm"
    assert str(entries[1].record) == "Chức vụ “Chuyên viên”"  # the person is gone
    assert {c.label: c.old for c in entries[0].changes}["Họ và tên"] == "Trần Văn Nhầm"


def test_leaving_shows_status_labels_and_dates(an):
    people.leave(an, an.an, Status.TRANSFERRED, "2026-10-01", "Đảng bộ Sở Tư pháp")
    latest = history.person_history(an, an.an)[0]
    assert [c.text() for c in latest.changes] == [
        "Trạng thái: Đang sinh hoạt → Đã chuyển sinh hoạt",
        "Ngày thay đổi trạng thái: — → 01/10/2026",
        "Ghi chú trạng thái: — → Đảng bộ Sở Tư pháp",
    ]


def test_units_and_settings(an):
    unit_id = cell.unit_id_for_name(an, "Văn phòng Sở")
    cell.rename_unit(an, unit_id, "Văn phòng")
    cell.set_unit_active(an, unit_id, False)
    unit_entries = history.record_history(an, "units", unit_id)
    assert [c.text() for e in unit_entries[:2] for c in e.changes] == [
        "Đang sử dụng: Có → Không",
        "Tên đơn vị: Văn phòng Sở → Văn phòng",
    ]
    assert str(unit_entries[0].record) == "Đơn vị “Văn phòng”"

    settings = cell.load_settings(an)
    cell.save_settings(an, CellSettings(**{**settings.__dict__, "place": "Hà Nội"}))
    latest = history.record_history(an, "settings", None)[0]
    assert str(latest.record) == "Cài đặt chi bộ"
    assert [c.text() for c in latest.changes] == [
        "Địa danh (ghi ở dòng ngày tháng): Hà Tĩnh → Hà Nội"
    ]


def test_filters(an):
    every = history.entries(an, HistoryFilter(), limit=-1)
    assert history.count(an, HistoryFilter()) == len(every)
    units = history.entries(an, HistoryFilter(tables=("units",)), limit=-1)
    assert units and {e.table for e in units} == {"units"}
    assert history.entries(an, HistoryFilter(user="ai khác")) == []
    # The fixture's first settings save came before user_name existed: the login name.
    assert "Bí thư" in history.users(an)
    assert history.kinds(an)["people"] == "Người"
    today = every[0].at[:10]
    assert len(history.entries(an, HistoryFilter(date_from=today, date_to=today), -1)) == len(every)
    assert history.entries(an, HistoryFilter(date_to="2000-01-01")) == []
    assert history.entries(an, HistoryFilter(date_from="2999-01-01")) == []


@pytest.mark.parametrize("typed", ["nguyen van an", "NGUYỄN VĂN AN", "bi thu", "lanh su"])
def test_text_search_is_folded(an, typed):
    found = history.entries(an, HistoryFilter(text=typed), limit=-1)
    assert found
    assert history.count(an, HistoryFilter(text=typed)) == len(found)


def test_text_search_finds_positions_by_the_person_name(an):
    found = history.entries(an, HistoryFilter(text="van an", tables=("positions",)), -1)
    assert len(found) == 3  # Chi ủy viên added then ended, Bí thư added
    assert history.entries(an, HistoryFilter(text="khong co ai nhu vay")) == []


def test_paging(an):
    every = history.entries(an, HistoryFilter(), limit=-1)
    pages = [history.entries(an, HistoryFilter(), limit=3, offset=o) for o in range(0, 30, 3)]
    assert [e.id for page in pages for e in page] == [e.id for e in every]


def add_entries(db, person_id: int, count: int) -> None:
    """`count` edits of the person's notes, written straight into the history."""
    rows = [
        (
            "2025-01-01T08:00:00",
            "Văn thư",
            "people",
            person_id,
            "update",
            '{"notes": null}',
            f'{{"notes": "ghi chú {i}"}}',
        )
        for i in range(count)
    ]
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO change_history (at, user, table_name, row_id, action, old_values,"
            " new_values) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def test_a_hundred_thousand_entries_page_filter_and_count(an):
    """Every kind of question answered right over 100,000 entries (how fast: see
    benchmarks/bench_history.py)."""
    add_entries(an.db, an.an, 100_000)
    total = history.count(an, HistoryFilter())
    assert total > 100_000
    first = history.entries(an, HistoryFilter())
    assert first[0].summary().endswith("ghi chú 99999")  # newest first
    deep = history.entries(an, HistoryFilter(), limit=5, offset=90_000)
    assert [e.id for e in deep] == sorted((e.id for e in deep), reverse=True)
    assert deep[0].summary().endswith("ghi chú 9999")  # 90,000 back from the newest
    assert history.entries(an, HistoryFilter(person_id=an.an))
    assert history.entries(an, HistoryFilter(user="Bí thư"))
    assert len(history.entries(an, HistoryFilter(text="ghi chu 99999"), limit=-1)) == 1


def test_tables_added_by_other_features(session, monkeypatch):
    """A table the history does not know yet is still readable: ISO dates become
    dd/mm/yyyy, lists are joined; register_table names it and its fields."""
    monkeypatch.setattr(history, "RECORD_KINDS", dict(history.RECORD_KINDS))
    monkeypatch.setattr(history, "_EXTRA_LABELS", {})
    from chibo_app.storage import records  # noqa: PLC0415

    records.record_change(
        session.db,
        session.editor,
        "meetings_draft",
        7,
        "update",
        {"status": "draft", "remedies": []},
        {"status": "confirmed", "remedies": ["Đi họp đúng giờ"], "confirmed_on": "2026-03-25"},
    )
    raw = history.record_history(session, "meetings_draft", 7)[0]
    assert str(raw.record) == "meetings_draft số 7"
    assert "confirmed_on: — → 25/03/2026" in raw.summary()
    assert "remedies: — → Đi họp đúng giờ" in raw.summary()
    history.register_table("meetings_draft", "Gương điển hình", {"status": "Trạng thái"})
    named = history.record_history(session, "meetings_draft", 7)[0]
    assert named.kind_label == "Gương điển hình" and str(named.record) == "Gương điển hình số 7"
    assert "Trạng thái: draft → confirmed" in named.summary()


def test_plan_tables_have_vietnamese_labels(session):
    from chibo_app.storage import records  # noqa: PLC0415

    records.record_change(
        session.db,
        session.editor,
        "plans",
        3,
        "update",
        {"status": "draft"},
        {"status": "confirmed", "confirmed_on": "2026-03-25"},
    )
    entry = history.record_history(session, "plans", 3)[0]
    assert entry.kind_label == "Kế hoạch cá nhân"
    assert "Ngày xác nhận: — → 25/03/2026" in entry.summary()
