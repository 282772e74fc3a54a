"""Change history, readable: who changed what and when, in Vietnamese.

Every write goes through storage.records, which keeps old and new values as JSON in
change_history. This turns those rows into entries a secretary can read: the time as
dd/mm/yyyy HH:MM, "Thêm" / "Sửa" / "Xóa", the record ("Nguyễn Văn An", "Chức vụ “Bí
thư” của Nguyễn Văn An", "Đơn vị “Văn phòng”") and each changed field with its
Vietnamese label, old value → new value as shown on screen (dates dd/mm/yyyy, kinds
and statuses by label, units by name).

The queries (storage/history_repo.py) are newest first and paged on the primary key;
text search folds diacritics on both sides.

A record's title and the values that name another record are messages
(core/messages.py): str() gives the Vietnamese (the printed history), the window shows
them in its language.
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
from chibo_app.core.messages import Message, msg
from chibo_app.core.people import (
    FIELD_LABELS,
    KIND_LABELS,
    POSITION_KIND_LABELS,
    STATUS_LABELS,
    Kind,
    PositionKind,
    Status,
)
from chibo_app.services import history_tables as specs
from chibo_app.services.history_tables import REFERENCES, TABLES, TableSpec
from chibo_app.services.page_setup import PAGE_SETTING_LABELS
from chibo_app.services.session import Session
from chibo_app.storage import cell_repo, history_repo, people_repo
from chibo_app.storage.history_repo import HistoryFilter

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
    "database": "Tệp dữ liệu",  # its password set or changed, a backup restored over it
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
_EXTRA_LABELS: dict[str, dict[str, str]] = {
    "database": {
        "password": "Mật khẩu",
        "restored_from": "Khôi phục từ bản sao lưu",
        "kept": "Dữ liệu trước khi khôi phục được cất tại",
    }
}


def register_table(table: str, kind_label: str, field_labels: dict[str, str]) -> None:
    """Name a table's records and fields for the history; values are shown generically
    (ISO dates as dd/mm/yyyy, lists joined)."""
    RECORD_KINDS[table] = kind_label
    _EXTRA_LABELS[table] = dict(field_labels)


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: Message | str  # a message when it names another record
    new: Message | str

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
    record: Message | str  # which record, in words
    changes: tuple[FieldChange, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        return "; ".join(c.text() for c in self.changes)


# --- queries ---------------------------------------------------------------------------


def entries(
    session: Session, where: HistoryFilter, limit: int = PAGE_SIZE, offset: int = 0
) -> list[Entry]:
    """One page of entries matching `where`, newest first."""
    return _Reader(session).read(history_repo.page(session.db, where, limit, offset))


def count(session: Session, where: HistoryFilter) -> int:
    return history_repo.count(session.db, where)


def person_history(session: Session, person_id: int) -> list[Entry]:
    """Everything that happened to a person, their positions and their records (the
    person_events the classification reads), newest first."""
    return entries(session, HistoryFilter(person_id=person_id), limit=-1)


def record_history(session: Session, table: str, row_id: int | None) -> list[Entry]:
    """One record's entries (settings: row_id None), newest first."""
    if row_id is None:
        return entries(session, HistoryFilter(tables=(table,)), limit=-1)
    return entries(session, HistoryFilter(record=(table, row_id)), limit=-1)


def users(session: Session) -> list[str]:
    return history_repo.users(session.db)


def kinds(session: Session) -> dict[str, str]:
    """Kinds of record present in the history: table name → Vietnamese label."""
    present = history_repo.table_names(session.db)
    known = {t: label for t, label in RECORD_KINDS.items() if t in present}
    return {**known, **{t: t for t in sorted(present - set(RECORD_KINDS))}}


# --- readable entries ----------------------------------------------------------------------


class _Reader:
    """Turns raw change_history rows into entries; names are looked up once per page."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._units: dict[int, str] | None = None
        self._people: dict[int, str] = {}
        self._positions: dict[int, tuple[int | None, str]] = {}
        self._rows: dict[tuple[str, int], dict[str, Any]] = {}  # (table, id) → its values

    def read(self, rows: Iterable[tuple[Any, ...]]) -> list[Entry]:
        raw = [
            (i, at, user, table, row_id, action, _loads(old), _loads(new))
            for i, at, user, table, row_id, action, old, new in rows
        ]
        self._load_names(raw)
        self._load_rows(raw)
        return [self._entry(*r) for r in raw]

    # The records the newer tables name (history_tables): read a page's at once -------

    def _load_rows(self, raw: list[tuple[Any, ...]]) -> None:
        """The rows of a page's records and of the records their values refer to, one
        query per table; a deleted one from its own history."""
        wanted: dict[str, set[int]] = {}
        for _i, _at, _user, table, row_id, _action, old, new in raw:
            spec = TABLES.get(table)
            if spec is None:
                continue
            if row_id is not None:
                wanted.setdefault(table, set()).add(int(row_id))
            for name, kind in spec.values.items():
                target = REFERENCES.get(kind) if isinstance(kind, str) else None
                for value in (old.get(name), new.get(name)):
                    if target and isinstance(value, int):
                        wanted.setdefault(target, set()).add(value)
        for table, ids in wanted.items():
            self._fetch(table, ids)

    def _fetch(self, table: str, ids: set[int]) -> None:
        ids = {i for i in ids if (table, i) not in self._rows}
        if not ids:
            return
        db = self.session.db
        for row_id, row in history_repo.rows_by_id(db, table, ids).items():
            self._rows[(table, row_id)] = row
        gone = [i for i in ids if (table, i) not in self._rows]
        # Deleted since: their last values, from their history.
        for row_id, old, new in history_repo.recorded_values(db, table, gone):
            known = self._rows.setdefault((table, row_id), {})
            known.update(_loads(new) or _loads(old))

    def row(self, table: str, row_id: int | None) -> dict[str, Any]:
        """A record's values (today's, or the last known of a deleted one); {} if none."""
        if row_id is None:
            return {}
        self._fetch(table, {int(row_id)})
        return self._rows.get((table, int(row_id)), {})

    def ref(self, kind: str, value: Any) -> Message | str:
        """The record `value` refers to, in words: a name, 'buổi sinh hoạt … ngày …'."""
        if value is None or value == "":
            return EMPTY
        if not isinstance(value, int):
            return str(value)
        row = self.row(REFERENCES[kind], value)
        text = specs.ref_text(kind, row, self) if row else ""
        if text:
            return text
        kind_label = RECORD_KINDS.get(REFERENCES[kind], kind)
        return msg("{kind} số {number} (đã xóa)", kind=kind_label, number=value)

    def _spec_value(self, spec: TableSpec, name: str, value: Any) -> Message | str:
        kind = spec.values.get(name)
        if kind is not None and not isinstance(kind, str):  # a code's labels
            return EMPTY if value is None or value == "" else specs.label_of(kind, value)
        if kind in REFERENCES:
            if not isinstance(value, int):
                return self.ref(kind, value)
            row = self.row(REFERENCES[kind], value)
            return (specs.value_text(kind, row, self) if row else "") or self.ref(kind, value)
        if kind == specs.RECORD_TABLE:
            return RECORD_KINDS.get(str(value), str(value)) if value else EMPTY
        if kind is not None:
            return specs.show(kind, value)
        return _plain_value(name, value)

    def _load_names(self, raw: list[tuple[Any, ...]]) -> None:
        position_ids = [r[4] for r in raw if r[3] == "positions" and r[4] is not None]
        self._positions.update(history_repo.positions(self.session.db, position_ids))
        person_ids = {r[4] for r in raw if r[3] == "people" and r[4] is not None}
        person_ids |= {p for p, _t in self._positions.values() if p is not None}
        for values in (v for r in raw if r[3] == "positions" for v in (r[6], r[7])):
            if isinstance(values.get("person_id"), int):
                person_ids.add(values["person_id"])
        if person_ids:
            self._people.update(people_repo.names(self.session.db, list(person_ids), active=False))

    def units(self) -> dict[int, str]:
        if self._units is None:
            self._units = cell_repo.unit_names(self.session.db)
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
        spec = TABLES.get(table)
        hidden = _HIDDEN if spec is None else {"id", *spec.hidden}
        names = [k for k in {**old, **new} if k not in hidden]
        if spec is not None:  # in the table's order
            order = list(spec.fields)
            names.sort(key=lambda k: order.index(k) if k in order else len(order))
        if table == "people":
            names.sort(key=lambda k: list(FIELD_LABELS).index(k) if k in FIELD_LABELS else 99)
        every = (
            FieldChange(
                field=k,
                label=labels.get(k, k),
                old=shown(k, old.get(k)) if k in old else EMPTY,
                new=shown(k, new.get(k)) if k in new else EMPTY,
            )
            for k in names
            if action != "update" or old.get(k) != new.get(k)
        )
        changes = tuple(c for c in every if c.old != c.new)  # an empty field added: nothing
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

    def _fields(self, table: str) -> tuple[dict[str, str], Callable[[str, Any], Message | str]]:
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
        spec = TABLES.get(table)
        if spec is not None:
            return spec.fields, lambda name, value: self._spec_value(spec, name, value)
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
    ) -> Message | str:
        values = {**old, **new}
        if table == "people":
            name = self._people.get(row_id or -1) or values.get("full_name")
            return str(name) if name else msg("{kind} số {number}", kind="Người", number=row_id)
        if table == "positions":
            person_id, title = self._positions.get(row_id or -1, (None, ""))
            person_id = person_id or values.get("person_id")
            title = title or str(values.get("title") or "")
            person = self._people.get(person_id) if isinstance(person_id, int) else None
            if title and person:
                return msg("Chức vụ “{title}” của {person}", title=title, person=person)
            if title:
                return msg("Chức vụ “{title}”", title=title)
            return msg("Chức vụ của {person}", person=person) if person else "Chức vụ"
        if table == "units":
            name = self.units().get(row_id or -1) or values.get("name")
            if name:
                return msg("Đơn vị “{name}”", name=name)
            return msg("{kind} số {number}", kind="Đơn vị", number=row_id)
        if table == "settings":
            return "Cài đặt chi bộ"
        if table == "years":
            return msg("Năm {year}", year=row_id)
        if table == "import_mappings":
            return msg("Cách đọc cột khi nhập danh sách")
        spec = TABLES.get(table)
        if spec is not None and spec.title is not None:
            named = spec.title(self, {**self.row(table, row_id), **old, **new})
            if named:
                return named
        if not row_id:
            return table
        return msg("{kind} số {number}", kind=RECORD_KINDS.get(table, table), number=row_id)


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
        return specs.YES_NO[0] if value else specs.YES_NO[1]
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


# The tables written after the people register: labels, values and titles in
# history_tables; their field labels are also listed in _EXTRA_LABELS (translations).
for _table, _spec in TABLES.items():
    register_table(_table, _spec.kind, _spec.fields)
