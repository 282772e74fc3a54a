"""Trình bày văn bản: page layout stored as settings, validated, recorded in history."""

import dataclasses
import json

import pytest

from chibo_app.documents.page_settings import PageSettings
from chibo_app.errors import ValidationError
from chibo_app.services import history
from chibo_app.services.page_setup import (
    PAGE_SETTING_LABELS,
    load_page_settings,
    save_page_settings,
)
from chibo_app.storage import settings_repo


def _page_keys(session):
    return {k: v for k, v in settings_repo.read_all(session.db).items() if k.startswith("page_")}


def _settings_changes(session):
    rows = session.db.execute(
        "SELECT old_values, new_values FROM change_history WHERE table_name = 'settings'"
        " ORDER BY id"
    ).fetchall()
    return [(json.loads(old or "{}"), json.loads(new or "{}")) for old, new in rows]


def test_defaults_when_nothing_is_stored(session):
    assert load_page_settings(session) == PageSettings()
    assert _page_keys(session) == {}


def test_save_and_load_round_trip_with_history(session):
    wanted = dataclasses.replace(
        PageSettings(), top_mm=25, left_mm=35.5, body_size=13.5, line_spacing=1.3
    )
    before = len(_settings_changes(session))
    assert save_page_settings(session, wanted) == wanted
    assert load_page_settings(session) == wanted
    # Only what differs from the defaults is stored, as short text.
    assert _page_keys(session) == {
        "page_top_mm": "25",
        "page_left_mm": "35.5",
        "page_body_size": "13.5",
        "page_line_spacing": "1.3",
    }
    changes = _settings_changes(session)
    assert len(changes) == before + 1
    assert changes[-1] == (
        {
            "page_top_mm": None,
            "page_left_mm": None,
            "page_body_size": None,
            "page_line_spacing": None,
        },
        _page_keys(session),
    )


def test_back_to_defaults_is_stored_and_saving_nothing_new_records_nothing(session):
    save_page_settings(session, dataclasses.replace(PageSettings(), bottom_mm=30))
    save_page_settings(session, PageSettings())
    assert load_page_settings(session) == PageSettings()
    assert _page_keys(session) == {"page_bottom_mm": "20"}
    count = len(_settings_changes(session))
    save_page_settings(session, PageSettings())
    assert len(_settings_changes(session)) == count


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("top_mm", 4, "Lề trên phải từ 5 đến 50 mm."),
        ("right_mm", 51, "Lề phải phải từ 5 đến 50 mm."),
        ("body_size", 17, "Cỡ chữ nội dung phải từ 11 đến 16 pt."),
        ("body_size", 10.5, "Cỡ chữ nội dung phải từ 11 đến 16 pt."),
        ("body_size", 13.3, "Cỡ chữ nội dung ghi số nguyên hoặc lẻ nửa điểm, ví dụ 13 hoặc 13,5."),
        ("line_spacing", 0.9, "Giãn dòng phải từ 1 đến 2."),
        ("line_spacing", float("nan"), "Giãn dòng: cần ghi một số."),
        ("left_mm", float("inf"), "Lề trái: cần ghi một số."),
    ],
)
def test_bad_values_are_refused_in_vietnamese_and_nothing_is_written(
    session, field, value, message
):
    with pytest.raises(ValidationError) as caught:
        save_page_settings(session, dataclasses.replace(PageSettings(), **{field: value}))
    assert caught.value.problems == {field: message}
    assert _page_keys(session) == {}


def test_several_problems_at_once(session):
    bad = dataclasses.replace(PageSettings(), top_mm=1, bottom_mm=99, line_spacing=3)
    with pytest.raises(ValidationError) as caught:
        save_page_settings(session, bad)
    assert set(caught.value.problems) == {"top_mm", "bottom_mm", "line_spacing"}


def test_unreadable_or_out_of_range_stored_values_fall_back_to_defaults(session):
    settings_repo.write_many(
        session.db,
        session.editor,
        {"page_top_mm": "abc", "page_bottom_mm": "500", "page_left_mm": "25,5"},
    )
    loaded = load_page_settings(session)
    assert loaded.top_mm == 20 and loaded.bottom_mm == 20
    assert loaded.left_mm == 25.5  # a decimal comma typed by hand still reads


def test_other_sizes_keep_their_defaults(session):
    save_page_settings(session, dataclasses.replace(PageSettings(), title_size=30, body_size=13))
    loaded = load_page_settings(session)
    assert loaded.body_size == 13 and loaded.title_size == PageSettings().title_size


def test_history_labels_exist_for_every_key(session):
    assert PAGE_SETTING_LABELS["page_top_mm"] == "Lề trên (mm)"
    assert PAGE_SETTING_LABELS["page_line_spacing"] == "Giãn dòng (lần)"
    save_page_settings(session, dataclasses.replace(PageSettings(), top_mm=22))
    entries = history.entries(session, history.HistoryFilter(tables=("settings",)), 10)
    assert entries and str(entries[0].record) == "Cài đặt chi bộ"
