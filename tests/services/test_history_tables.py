"""The change history speaks Vietnamese for every table: field labels, values by their
label (codes, yes/no, people and records by name, JSON as text) and records by what they
are ("Đánh giá, xếp loại năm 2025 của …"), never "… số 82"."""

from __future__ import annotations

import re

import pytest

from chibo_app.core import people as people_rules
from chibo_app.core.rules import definition_json
from chibo_app.core.year_report import Narrative
from chibo_app.services import (
    demo,
    history,
    meeting_printing,
    meetings,
    rule_set_editing,
    rule_sets,
    year_report,
)
from chibo_app.services.history import POSITION_LABELS, UNIT_LABELS, HistoryFilter
from chibo_app.services.history_tables import TABLES
from chibo_app.storage.database import open_database

# Tables services.history describes itself (the people register and the settings), with
# the columns they show; change_history is the history itself.
OWN = {
    "people": set(people_rules.FIELD_LABELS),
    "positions": set(POSITION_LABELS) | {"person_id"},  # the title names the person
    "units": set(UNIT_LABELS),
    "years": {"year"},
    "import_mappings": {"signature", "mapping"},
    "settings": {"key", "value"},  # one entry per setting, labelled by its key
}


def schema(tmp_path):
    db = open_database(tmp_path / "schema.sqlite")
    tables = {
        name: [c[1] for c in db.execute(f"PRAGMA table_info([{name}])")]
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    db.close()
    tables.pop("change_history")
    return tables


def test_every_table_of_the_schema_has_labels_values_and_a_title(tmp_path):
    """A new table (or column) fails here until history_tables describes it."""
    for table, columns in schema(tmp_path).items():
        assert table in history.RECORD_KINDS, f"{table}: no kind of record"
        if table in OWN:
            assert set(columns) - {"id"} <= OWN[table], table
            continue
        assert table in TABLES, f"{table}: add it to services/history_tables.py"
        spec = TABLES[table]
        missing = set(columns) - {"id"} - set(spec.fields)
        assert not missing, f"{table}: no label for {sorted(missing)}"
        assert spec.title is not None, f"{table}: no title"
        for column in columns:
            if column.endswith("_id") and column != "id":
                assert column in spec.values, f"{table}.{column}: shown as a number"


@pytest.fixture(scope="module")
def worked(tmp_path_factory):
    """A demo year, and then what a secretary does: print, edit, delete, change rules."""
    from chibo_app.services.session import open_session

    path = tmp_path_factory.mktemp("history") / "demo.sqlite"
    session = open_session(path)
    demo.fill_demo(session, people_count=12)
    first = meetings.meetings_of_year(session, 2026)[0]
    meeting_printing.print_meeting(session, first.id, path.parent / "bb.pdf")
    lines = list(first.attendance)
    lines[0] = lines[0].__class__(lines[0].person_id, late=True, id=lines[0].id)
    meetings.save_meeting(session, first.with_changes(attendance=tuple(lines)))
    meetings.delete_meeting(session, meetings.meetings_of_year(session, 2026)[-1].id)
    period = year_report.period_of(2026, half=True)
    year_report.save_narrative(session, period, Narrative(results="Kết quả tốt."))
    copy = rule_sets.copy_rule_set(session, 1, "366-SỬA", "Quy định 366 (sửa)")
    rule_set_editing.update_rule_set(
        session, copy.id, copy.code, "Quy định 366 (bản sửa)", definition_json(copy.definition)
    )
    entries = history.entries(session, HistoryFilter(), limit=-1)
    yield session, entries
    session.close()


def _codes():
    """Every stored code the labels translate ('present', 'not_completed', …)."""
    found = set()
    for spec in TABLES.values():
        for kind in spec.values.values():
            if not isinstance(kind, str):
                found |= {str(code) for code in kind}
    return found - {"Khác"}


def test_nothing_raw_is_left(worked):
    _session, entries = worked
    tables = {e.table for e in entries}
    assert {"meetings", "attendance", "commendations", "evaluations", "task_results"} <= tables
    assert {"documents", "report_texts", "rule_sets", "year_settings", "nominations"} <= tables
    codes = _codes()
    for entry in entries:
        assert not re.search(rf"số {entry.id}$|^\w+ số \d+$", str(entry.record)), str(entry.record)
        assert "(đã xóa)" not in str(entry.record), str(entry.record)
        for change in entry.changes:
            where = (entry.table, change.field, change.old, change.new)
            assert change.label != change.field, where
            for value in map(str, (change.old, change.new)):
                assert value not in codes, where
                assert not value.startswith(("[", "{")), where
                if change.field.endswith("_id"):
                    assert not value.isdigit(), where


def test_meetings_and_attendance_read_as_such(worked):
    session, entries = worked
    chair = session.db.execute("SELECT full_name FROM people WHERE id = 1").fetchone()[0]
    added = next(e for e in entries if e.table == "meetings" and e.action == "insert")
    assert re.fullmatch(
        r"Buổi sinh hoạt (thường kỳ|chuyên đề) ngày \d\d/\d\d/2026", str(added.record)
    )
    shown = {c.label: c.new for c in added.changes}
    assert shown["Chủ trì"] == chair and shown["Loại"] in ("Thường kỳ", "Chuyên đề")
    late = next(e for e in entries if e.table == "attendance" and e.action == "update")
    assert re.fullmatch(
        r"Điểm danh .+ — buổi sinh hoạt thường kỳ ngày 0\d/01/2026", str(late.record)
    )
    assert [c.text() for c in late.changes] == ["Đến muộn: Không → Có"]
    gone = [e for e in entries if e.table == "attendance" and e.action == "delete"]
    assert gone and all("buổi sinh hoạt" in str(e.record) and "ngày" in str(e.record) for e in gone)
    praise = next(e for e in entries if e.table == "commendations" and e.action == "insert")
    assert str(praise.record).startswith("Biểu dương — buổi sinh hoạt thường kỳ ngày")


def test_evaluations_and_results_name_the_person_and_the_year(worked):
    _session, entries = worked
    evaluation = next(e for e in entries if e.table == "evaluations" and e.action == "update")
    assert re.fullmatch(r"Đánh giá, xếp loại năm 20\d\d của [^\d]+", str(evaluation.record))
    result = next(e for e in entries if e.table == "task_results")
    assert str(result.record).startswith("Kết quả nhiệm vụ “") and "kế hoạch năm" in str(
        result.record
    )
    values = {c.label: c.new for e in entries if e.table == "task_results" for c in e.changes}
    assert values["Đúng hạn"] in ("Có", "Không")
    assert values["Kết quả"] in ("Vượt mức", "Hoàn thành", "Hoàn thành một phần", "Chưa hoàn thành")
    reasons = [
        c.new for e in entries if e.table == "evaluations" for c in e.changes
        if c.label == "Lý do đề xuất" and c.new != "—"
    ]  # fmt: skip
    assert reasons and all(not r.startswith("[") for r in reasons)


def test_documents_rules_and_report_texts(worked):
    _session, entries = worked
    printed = next(e for e in entries if e.table == "documents")
    assert str(printed.record).startswith("Văn bản “") and "content_hash" not in printed.summary()
    shown = {c.label: c.new for c in printed.changes}
    assert shown["Loại văn bản"] in ("Biên bản", "Danh sách dự sinh hoạt")
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", shown["Thời điểm in"])
    assert shown["In từ"] == "Buổi sinh hoạt chi bộ"
    report = next(e for e in entries if e.table == "report_texts")
    assert str(report.record) == "Báo cáo kết quả năm 2026 (6 tháng đầu năm)"
    rules = next(e for e in entries if e.table == "rule_sets" and e.action == "insert")
    assert str(rules.record) == "Bộ tiêu chí “Quy định 366 (sửa)”"
    definition = next(c.new for c in rules.changes if c.field == "definition")
    assert definition.startswith("Hoàn thành xuất sắc nhiệm vụ (từ 90 điểm); ")
    deadline = next(e for e in entries if e.table == "year_settings")
    assert re.fullmatch(r"Năm 20\d\d: .+", str(deadline.record)) and "_" not in str(deadline.record)
