"""What changed in a part of a cell's package since the last one the đảng ủy received:
rows added, removed or changed per table, and the year report's figures that moved.
Shown before an import is applied (the preview), in Vietnamese."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.package import TABLES_BY_NAME, Part

SHOWN = 3  # names shown per kind of change before "và n … khác"

# What a table's rows are (labels: translated on screen), and the column naming a row.
TABLE_NOUNS = {
    "nominations": "Đăng ký điển hình",
    "nomination_quotas": "Đơn vị thiếu chỉ tiêu",
    "plans": "Kế hoạch",
    "evaluations": "Người được đánh giá",
    "levels": "Mức xếp loại",
    "documents": "Văn bản đã in",
}
_NAMING = {
    "nominations": "name",
    "nomination_quotas": "unit",
    "plans": "full_name",
    "evaluations": "full_name",
    "levels": "label",
    "documents": "title",
}
# Figures of the report worth naming when they change (dotted path → label).
FIGURE_LABELS = {
    "people.party_members": "Đảng viên",
    "people.full": "Đảng viên chính thức",
    "people.probationary": "Đảng viên dự bị",
    "people.non_party": "Quần chúng",
    "plans.made": "Kế hoạch đã xây dựng",
    "plans.confirmed": "Kế hoạch đã xác nhận",
    "tasks.completed": "Nhiệm vụ hoàn thành",
    "classification.classified": "Đảng viên được xếp loại",
    "nominations.total": "Đăng ký điển hình",
    "meetings.regular": "Buổi sinh hoạt thường kỳ",
    "meetings.thematic": "Buổi sinh hoạt chuyên đề",
}


@dataclass(frozen=True)
class TableChange:
    table: str
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def text(self) -> Message:
        """e.g. 'Kế hoạch: 1 mới (Hoàng Thị Mới); 2 sửa (…)'."""
        pieces = []
        if self.added:
            pieces.append(
                msg("{count} mới ({names})", count=len(self.added), names=_names(self.added))
            )
        if self.changed:
            pieces.append(
                msg("{count} sửa ({names})", count=len(self.changed), names=_names(self.changed))
            )
        if self.removed:
            pieces.append(
                msg("{count} bỏ ({names})", count=len(self.removed), names=_names(self.removed))
            )
        return msg("{what}: {changes}", what=Label(TABLE_NOUNS[self.table]), changes=pieces)


def _names(names: tuple[str, ...]) -> Message | str:
    shown = ", ".join(names[:SHOWN])
    rest = len(names) - SHOWN
    return msg("{shown} và {rest} khác", shown=shown, rest=rest) if rest > 0 else shown


def table_changes(
    part: Part, old: Mapping[str, Any] | None, new: Mapping[str, Any]
) -> list[TableChange]:
    """Per table of the part's content (Package.part_content), what differs."""
    found = []
    for name, rows in new.items():
        if name == "report":
            continue
        before = (old or {}).get(name, [])
        change = _rows_change(name, before, rows)
        if change.any:
            found.append(change)
    return found


def _rows_change(
    name: str, old: Sequence[Sequence[Any]], new: Sequence[Sequence[Any]]
) -> TableChange:
    table = TABLES_BY_NAME[name]
    columns = table.column_names
    key_at = [columns.index(k) for k in table.key]
    label_column = _NAMING.get(name, "")
    label_at = columns.index(label_column) if label_column in columns else key_at[0]

    def keyed(rows: Sequence[Sequence[Any]]) -> dict[tuple[Any, ...], Sequence[Any]]:
        return {tuple(r[i] for i in key_at): r for r in rows}

    before, after = keyed(old), keyed(new)
    added = tuple(str(after[k][label_at]) for k in after if k not in before)
    removed = tuple(str(before[k][label_at]) for k in before if k not in after)
    changed = tuple(
        str(after[k][label_at]) for k in after if k in before and _differ(before[k], after[k])
    )
    return TableChange(name, added, removed, changed)


def _differ(old: Sequence[Any], new: Sequence[Any]) -> bool:
    """Whether two versions of a row differ, on the columns both were written with: a
    column a later format added is no change."""
    width = min(len(old), len(new))
    return list(old[:width]) != list(new[:width])


def figure_changes(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Message]:
    """The report's named figures that differ: 'Đảng viên: 18 → 19'."""
    before = _figures(old)
    after = _figures(new)
    lines = []
    for path, label in FIGURE_LABELS.items():
        a, b = _at(before, path), _at(after, path)
        if a != b and b is not None:
            lines.append(
                msg("{what}: {old} → {new}", what=Label(label), old="—" if a is None else a, new=b)
            )
    return lines


def _figures(content: Mapping[str, Any] | None) -> dict[str, Any]:
    for key, value in (content or {}).get("report", []):
        if key == "figures":
            found: dict[str, Any] = json.loads(value)
            return found
    return {}


def _at(figures: Mapping[str, Any], path: str) -> Any:
    value: Any = figures
    for step in path.split("."):
        if not isinstance(value, Mapping) or step not in value:
            return None
        value = value[step]
    return value


def narrative_changed(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> bool:
    def texts(content: Mapping[str, Any] | None) -> dict[str, str]:
        return {k: v for k, v in (content or {}).get("report", []) if k != "figures"}

    return old is not None and texts(old) != texts(new)
