"""Change history, readable: who changed what and when, in Vietnamese.

Every write goes through storage.records, which keeps old and new values as JSON in
change_history. This turns those rows into entries a secretary can read: the time as
dd/mm/yyyy HH:MM, "Thêm" / "Sửa" / "Xóa", the record ("Nguyễn Văn An", "Chức vụ “Bí
thư” của Nguyễn Văn An", "Đơn vị “Văn phòng”") and each changed field with its
Vietnamese label, old value → new value as shown on screen (dates dd/mm/yyyy, kinds
and statuses by label, units by name).

Queries are newest first and paged (LIMIT/OFFSET on the primary key), so a file with
100,000 entries answers a page in milliseconds; text search folds diacritics on
both sides (core.text.fold) through a SQL function.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from chibo_app.core.cell import SETTING_LABELS
from chibo_app.core.dates import to_display
from chibo_app.core.member_import import IMPORT_FIELDS
from chibo_app.core.people import (
    FIELD_LABELS,
    KIND_LABELS,
    POSITION_KIND_LABELS,
    STATUS_LABELS,
    Kind,
    PositionKind,
    Status,
)
from chibo_app.core.text import fold
from chibo_app.services.page_setup import PAGE_SETTING_LABELS
from chibo_app.services.session import Session

PAGE_SIZE = 200
EMPTY = "—"

ACTION_LABELS = {"insert": "Thêm", "update": "Sửa", "delete": "Xóa"}
RECORD_KINDS = {
    "people": "Người",
    "positions": "Chức vụ",
    "units": "Đơn vị",
    "settings": "Cài đặt chi bộ",
    "years": "Năm",
    "import_mappings": "Cách đọc cột khi nhập",
}
POSITION_LABELS = {
    "kind": "Loại chức vụ",
    "title": "Chức vụ",
    "start_date": "Từ ngày",
    "end_date": "Đến ngày",
}
UNIT_LABELS = {"name": "Tên đơn vị", "sort_order": "Thứ tự", "active": "Đang sử dụng"}
_DATES = frozenset({"birth_date", "admitted_on", "full_member_on", "status_date"})
_POSITION_DATES = frozenset({"start_date", "end_date"})
_HIDDEN = frozenset({"id", "person_id"})  # said by the record description instead
_ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_ISO_MOMENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")

# Field labels of the tables other features add (plans, nominations, meetings):
# register_table("plans", "Kế hoạch cá nhân", {"status": "Trạng thái", …}).
_EXTRA_LABELS: dict[str, dict[str, str]] = {}


def register_table(table: str, kind_label: str, field_labels: dict[str, str]) -> None:
    """Name a table's records and fields for the history; values are shown generically
    (ISO dates as dd/mm/yyyy, lists joined)."""
    RECORD_KINDS[table] = kind_label
    _EXTRA_LABELS[table] = dict(field_labels)


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str

    def text(self) -> str:
        return f"{self.label}: {self.old} → {self.new}"


@dataclass(frozen=True)
class Entry:
    id: int
    at: str  # as stored: ISO, local time
    when: str  # dd/mm/yyyy HH:MM
    user: str
    action: str  # "insert" | "update" | "delete"
    action_label: str  # "Thêm" | "Sửa" | "Xóa"
    table: str
    kind_label: str  # "Người", "Chức vụ", …
    record: str  # which record, in words
    changes: tuple[FieldChange, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        return "; ".join(c.text() for c in self.changes)


@dataclass(frozen=True)
class HistoryFilter:
    tables: tuple[str, ...] = ()  # change_history.table_name values; () = every kind
    user: str | None = None
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    text: str = ""  # folded on both sides
    person_id: int | None = None  # this person and their positions
    record: tuple[str, int] | None = None  # one record: (table, row id)


# --- queries ---------------------------------------------------------------------------


def entries(
    session: Session, where: HistoryFilter, limit: int = PAGE_SIZE, offset: int = 0
) -> list[Entry]:
    """One page of entries matching `where`, newest first."""
    sql, params = _select(
        session,
        where,
        "h.id, h.at, h.user, h.table_name, h.row_id, h.action, h.old_values, h.new_values",
    )
    rows = session.db.execute(
        f"{sql} ORDER BY h.id DESC LIMIT ? OFFSET ?", [*params, limit, offset]
    ).fetchall()
    return _Reader(session).read(rows)


def count(session: Session, where: HistoryFilter) -> int:
    sql, params = _select(session, where, "count(*)")
    return int(session.db.execute(sql, params).fetchone()[0])


def person_history(session: Session, person_id: int) -> list[Entry]:
    """Everything that happened to a person and their positions, newest first."""
    return entries(session, HistoryFilter(person_id=person_id), limit=-1)


def record_history(session: Session, table: str, row_id: int | None) -> list[Entry]:
    """One record's entries (settings: row_id None), newest first."""
    if row_id is None:
        return entries(session, HistoryFilter(tables=(table,)), limit=-1)
    return entries(session, HistoryFilter(record=(table, row_id)), limit=-1)


def users(session: Session) -> list[str]:
    rows = session.db.execute("SELECT DISTINCT user FROM change_history ORDER BY user")
    return [str(r[0]) for r in rows.fetchall()]


def kinds(session: Session) -> dict[str, str]:
    """Kinds of record present in the history: table name → Vietnamese label."""
    rows = session.db.execute("SELECT DISTINCT table_name FROM change_history").fetchall()
    present = {str(r[0]) for r in rows}
    known = {t: label for t, label in RECORD_KINDS.items() if t in present}
    return {**known, **{t: t for t in sorted(present - set(RECORD_KINDS))}}


_FOLD_FUNCTION = "chibo_fold"


def _select(session: Session, where: HistoryFilter, columns: str) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if where.tables:
        clauses.append(f"h.table_name IN ({', '.join('?' for _ in where.tables)})")
        params += list(where.tables)
    if where.user:
        clauses.append("h.user = ?")
        params.append(where.user)
    if where.date_from:
        clauses.append("h.at >= ?")
        params.append(where.date_from)
    if where.date_to:
        day_after = dt.date.fromisoformat(where.date_to) + dt.timedelta(days=1)
        clauses.append("h.at < ?")
        params.append(day_after.isoformat())
    if where.record is not None:
        clauses.append("h.table_name = ? AND h.row_id = ?")
        params += list(where.record)
    if where.person_id is not None:
        clauses.append(
            "((h.table_name = 'people' AND h.row_id = ?) OR (h.table_name = 'positions' AND"
            " h.row_id IN (SELECT id FROM positions WHERE person_id = ? UNION"
            " SELECT row_id FROM change_history WHERE table_name = 'positions'"
            " AND action = 'insert' AND json_extract(new_values, '$.person_id') = ?)))"
        )
        params += [where.person_id] * 3
    joins = ""
    needle = fold(where.text)
    if needle:
        session.db.conn.create_function(_FOLD_FUNCTION, 1, _fold_or_empty)
        # The person's current name too: a position's entry does not hold it.
        joins = (
            " LEFT JOIN positions q ON h.table_name = 'positions' AND q.id = h.row_id"
            " LEFT JOIN people p ON p.id = CASE h.table_name WHEN 'people' THEN h.row_id"
            " ELSE q.person_id END"
            " LEFT JOIN units u ON h.table_name = 'units' AND u.id = h.row_id"
        )
        clauses.append(
            f"instr({_FOLD_FUNCTION}(h.user || ' ' || coalesce(h.old_values, '') || ' ' ||"
            " coalesce(h.new_values, '') || ' ' || coalesce(p.full_name, '') || ' ' ||"
            " coalesce(u.name, '')), ?) > 0"
        )
        params.append(needle)
    where_sql = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return f"SELECT {columns} FROM change_history h{joins}{where_sql}", params


def _fold_or_empty(text: str | None) -> str:
    return fold(text) if text else ""


# --- readable entries ----------------------------------------------------------------------


class _Reader:
    """Turns raw change_history rows into entries; names are looked up once per page."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._units: dict[int, str] | None = None
        self._people: dict[int, str] = {}
        self._positions: dict[int, tuple[int | None, str]] = {}

    def read(self, rows: Iterable[tuple[Any, ...]]) -> list[Entry]:
        raw = [
            (i, at, user, table, row_id, action, _loads(old), _loads(new))
            for i, at, user, table, row_id, action, old, new in rows
        ]
        self._load_names(raw)
        return [self._entry(*r) for r in raw]

    def _load_names(self, raw: list[tuple[Any, ...]]) -> None:
        position_ids = [r[4] for r in raw if r[3] == "positions" and r[4] is not None]
        if position_ids:
            marks = ", ".join("?" for _ in position_ids)
            for pid, person_id, title in self.session.db.execute(
                f"SELECT id, person_id, title FROM positions WHERE id IN ({marks})", position_ids
            ).fetchall():
                self._positions[int(pid)] = (person_id, str(title))
        person_ids = {r[4] for r in raw if r[3] == "people" and r[4] is not None}
        person_ids |= {p for p, _t in self._positions.values() if p is not None}
        for values in (v for r in raw if r[3] == "positions" for v in (r[6], r[7])):
            if isinstance(values.get("person_id"), int):
                person_ids.add(values["person_id"])
        if person_ids:
            marks = ", ".join("?" for _ in person_ids)
            for pid, name in self.session.db.execute(
                f"SELECT id, full_name FROM people WHERE id IN ({marks})", list(person_ids)
            ).fetchall():
                self._people[int(pid)] = str(name)

    def units(self) -> dict[int, str]:
        if self._units is None:
            rows = self.session.db.execute("SELECT id, name FROM units").fetchall()
            self._units = {int(i): str(n) for i, n in rows}
        return self._units

    def _entry(
        self,
        entry_id: int,
        at: str,
        user: str,
        table: str,
        row_id: int | None,
        action: str,
        old: dict[str, Any],
        new: dict[str, Any],
    ) -> Entry:
        labels, shown = self._fields(table)
        names = [k for k in {**old, **new} if k not in _HIDDEN]
        if table == "people":
            names.sort(key=lambda k: list(FIELD_LABELS).index(k) if k in FIELD_LABELS else 99)
        changes = tuple(
            FieldChange(
                field=k,
                label=labels.get(k, k),
                old=shown(k, old.get(k)) if k in old else EMPTY,
                new=shown(k, new.get(k)) if k in new else EMPTY,
            )
            for k in names
            if action != "update" or old.get(k) != new.get(k)
        )
        return Entry(
            id=int(entry_id),
            at=str(at),
            when=when_text(str(at)),
            user=str(user),
            action=action,
            action_label=ACTION_LABELS.get(action, action),
            table=table,
            kind_label=RECORD_KINDS.get(table, table),
            record=self._record(table, row_id, old, new),
            changes=changes,
        )

    def _fields(self, table: str) -> tuple[dict[str, str], Callable[[str, Any], str]]:
        if table == "people":
            return FIELD_LABELS, self._person_value
        if table == "positions":
            return POSITION_LABELS, _position_value
        if table == "units":
            return UNIT_LABELS, _unit_value
        if table == "settings":
            return {**SETTING_LABELS, **PAGE_SETTING_LABELS}, _plain_value
        if table == "years":
            return {"year": "Năm"}, _plain_value
        if table == "import_mappings":
            return {"signature": "Mẫu tiêu đề", "mapping": "Cột"}, _mapping_value
        return _EXTRA_LABELS.get(table, {}), _plain_value

    def _person_value(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return EMPTY
        if name in _DATES:
            return to_display(str(value))
        if name == "kind":
            return _label(KIND_LABELS, Kind, value)
        if name == "status":
            return _label(STATUS_LABELS, Status, value)
        if name == "unit_id":
            return self.units().get(int(value), f"đơn vị đã xóa (số {value})")
        return str(value)

    def _record(
        self, table: str, row_id: int | None, old: dict[str, Any], new: dict[str, Any]
    ) -> str:
        values = {**old, **new}
        if table == "people":
            name = self._people.get(row_id or -1) or values.get("full_name")
            return str(name or f"Người số {row_id}")
        if table == "positions":
            person_id, title = self._positions.get(row_id or -1, (None, ""))
            person_id = person_id or values.get("person_id")
            title = title or str(values.get("title") or "")
            person = self._people.get(person_id) if isinstance(person_id, int) else None
            text = f"Chức vụ “{title}”" if title else "Chức vụ"
            return f"{text} của {person}" if person else text
        if table == "units":
            name = self.units().get(row_id or -1) or values.get("name")
            return f"Đơn vị “{name}”" if name else f"Đơn vị số {row_id}"
        if table == "settings":
            return "Cài đặt chi bộ"
        if table == "years":
            return f"Năm {row_id}"
        if table == "import_mappings":
            return "Cách đọc cột khi nhập danh sách"
        return f"{RECORD_KINDS.get(table, table)} số {row_id}" if row_id else table


def when_text(at: str) -> str:
    """'2026-11-25T14:05:09' → '25/11/2026 14:05'."""
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    return moment.strftime("%d/%m/%Y %H:%M")


def _position_value(name: str, value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    if name in _POSITION_DATES:
        return to_display(str(value))
    if name == "kind":
        return _label(POSITION_KIND_LABELS, PositionKind, value)
    return str(value)


def _unit_value(name: str, value: Any) -> str:
    if name == "active":
        return "Có" if value else "Không"
    return EMPTY if value is None or value == "" else str(value)


def _plain_value(_name: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, list):
        return "; ".join(_plain_value(_name, v) for v in value)
    text = str(value)
    if _ISO_DAY.match(text):
        return to_display(text)
    if _ISO_MOMENT.match(text):
        return when_text(text)
    return text


def _mapping_value(name: str, value: Any) -> str:
    if name == "mapping" and isinstance(value, dict):
        return ", ".join(f"{IMPORT_FIELDS.get(k, k)}: cột {c}" for k, c in value.items())
    return _plain_value(name, value)


def _label(labels: dict[Any, str], enum: Any, value: Any) -> str:
    try:
        return labels[enum(value)]
    except (ValueError, KeyError):
        return str(value)


def _loads(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"?": value}


# Personal plans (plan events already carry their own wording in the plan editor).
register_table(
    "plans",
    "Kế hoạch cá nhân",
    {
        "person_id": "Người",
        "year": "Năm",
        "status": "Tình trạng",
        "source": "Lập từ",
        "remedies": "1. Giải pháp khắc phục",
        "commitments": "3. Nội dung nêu gương",
        "submitted_on": "Ngày nộp",
        "returned_on": "Ngày trả lại",
        "return_reason": "Lý do trả lại",
        "confirmed_on": "Ngày xác nhận",
        "confirmed_by": "Người xác nhận",
    },
)
register_table(
    "plan_tasks",
    "Nhiệm vụ “làm theo”",
    {
        "plan_id": "Kế hoạch",
        "position": "Thứ tự",
        "text": "Nội dung",
        "target": "Chỉ tiêu, sản phẩm, kết quả",
        "due": "Thời gian hoàn thành",
    },
)
register_table(
    "plan_events",
    "Bước của kế hoạch",
    {
        "plan_id": "Kế hoạch",
        "step": "Bước",
        "on_date": "Ngày",
        "who": "Người thực hiện",
        "reason": "Lý do",
        "at": "Thời điểm ghi",
    },
)
register_table("year_settings", "Thiết lập năm", {"year": "Năm", "key": "Mục", "value": "Giá trị"})
register_table(
    "documents",
    "Văn bản đã in",
    {
        "doc_type": "Loại văn bản",
        "number": "Số",
        "term": "Nhiệm kỳ",
        "year": "Năm",
        "title": "Tiêu đề",
        "code": "Mã xác thực",
    },
)
register_table(
    "nominations",
    "Đăng ký điển hình",
    {
        "year": "Năm",
        "kind": "Loại",
        "title": "Mô hình, thành tích",
        "person_id": "Cá nhân",
        "unit_id": "Đơn vị",
        "field": "Lĩnh vực",
        "description": "Nội dung đã làm, kết quả",
        "registered_on": "Ngày đăng ký",
        "notes": "Ghi chú",
        "status": "Tình trạng",
        "commended_on": "Ngày biểu dương",
        "occasion": "Dịp biểu dương",
        "proposed_on": "Ngày đề nghị khen thưởng",
        "award_form": "Hình thức khen thưởng",
        "award_level": "Cấp khen thưởng",
        "decision_number": "Số quyết định",
        "decision_date": "Ngày quyết định",
        "not_selected_reason": "Lý do không được chọn",
    },
)
register_table(
    "topics",
    "Chuyên đề",
    {
        "year": "Năm",
        "position": "Thứ tự",
        "title": "Tên chuyên đề",
        "description": "Nội dung tóm tắt",
        "planned_month": "Tháng dự kiến",
        "planned_quarter": "Quý dự kiến",
        "presenter": "Người trình bày",
        "reference_documents": "Tài liệu tham khảo",
    },
)
register_table(
    "meetings",
    "Buổi sinh hoạt chi bộ",
    {
        "year": "Năm",
        "held_on": "Ngày sinh hoạt",
        "kind": "Loại",
        "start_time": "Giờ bắt đầu",
        "end_time": "Giờ kết thúc",
        "place": "Địa điểm",
        "chair_id": "Chủ trì",
        "secretary_id": "Thư ký",
        "content": "Nội dung",
        "conclusions": "Kết luận",
    },
)
register_table(
    "meeting_topics",
    "Chuyên đề của buổi sinh hoạt",
    {"meeting_id": "Buổi sinh hoạt", "topic_id": "Chuyên đề"},
)
register_table(
    "attendance",
    "Điểm danh",
    {
        "meeting_id": "Buổi sinh hoạt",
        "person_id": "Người",
        "presence": "Có mặt / vắng",
        "reason": "Lý do vắng",
        "late": "Đến muộn",
    },
)
register_table(
    "commendations",
    "Biểu dương tại buổi sinh hoạt",
    {
        "meeting_id": "Buổi sinh hoạt",
        "position": "Thứ tự",
        "text": "Nội dung biểu dương",
        "nomination_id": "Đăng ký điển hình",
    },
)
# Rule sets, mid-year reviews and year-end evaluations.
register_table(
    "rule_sets",
    "Bộ tiêu chí xếp loại",
    {
        "code": "Mã",
        "name": "Tên",
        "regulation": "Văn bản quy định",
        "issued_on": "Ngày ban hành",
        "definition": "Định nghĩa (mức, điều kiện, cách tính điểm)",
        "builtin": "Có sẵn",
    },
)
register_table(
    "midyear_reviews",
    "Sơ kết 6 tháng",
    {
        "plan_id": "Kế hoạch",
        "reviewed_on": "Ngày sơ kết",
        "reviewed_by": "Người sơ kết",
        "comment": "Nhận xét của chi bộ",
    },
)
register_table(
    "task_reviews",
    "Tiến độ nhiệm vụ (sơ kết)",
    {"task_id": "Nhiệm vụ", "progress": "Tiến độ", "note": "Ghi chú"},
)
register_table(
    "evaluations",
    "Đánh giá, xếp loại cuối năm",
    {
        "person_id": "Người",
        "year": "Năm",
        "status": "Tình trạng",
        "self_assessment": "Tự đánh giá",
        "self_classification": "Tự xếp loại",
        "cell_assessment": "Chi bộ đánh giá",
        "general_points": "Điểm tiêu chí chung",
        "score": "Tổng điểm",
        "proposed": "Đề xuất xếp loại",
        "explanation": "Lý do đề xuất",
        "classification": "Xếp loại",
        "exempt_reason": "Lý do không đánh giá",
        "rule_set_id": "Bộ tiêu chí",
        "evaluated_on": "Ngày đánh giá",
        "evaluated_by": "Người đánh giá",
        "notes": "Ghi chú",
    },
)
register_table(
    "task_results",
    "Kết quả nhiệm vụ (cuối năm)",
    {
        "task_id": "Nhiệm vụ",
        "result": "Kết quả",
        "on_time": "Đúng hạn",
        "evidence": "Minh chứng",
    },
)
register_table(
    "remedy_results",
    "Khắc phục hạn chế (cuối năm)",
    {"evaluation_id": "Bản đánh giá", "position": "Thứ tự", "remedied": "Đã khắc phục"},
)
register_table(
    "evaluation_events",
    "Bước của đánh giá",
    {
        "evaluation_id": "Bản đánh giá",
        "step": "Bước",
        "on_date": "Ngày",
        "who": "Người thực hiện",
        "reason": "Lý do",
        "at": "Thời điểm ghi",
    },
)
# The year report's narrative (per year and period).
register_table(
    "report_texts",
    "Báo cáo kết quả (phần nhận định)",
    {
        "year": "Năm",
        "period": "Kỳ báo cáo",
        "until_date": "Tính đến ngày",
        "results": "Kết quả đạt được",
        "shortcomings": "Hạn chế, nguyên nhân",
        "lessons": "Bài học kinh nghiệm",
        "directions": "Phương hướng, nhiệm vụ",
    },
)
