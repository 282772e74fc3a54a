"""Finding the header of a member list in the first rows of a sheet, one or two rows
deep, and mapping its columns to fields."""

from __future__ import annotations

from dataclasses import dataclass, field

from chibo_app.spreadsheets.header_detection import (
    ROW_NUMBER,
    SEX_SUBLABELS,
    field_for_label,
    is_column_number_row,
    label_key,
    sub_field,
)
from chibo_app.spreadsheets.xlsx_source import Box

HEADER_SCAN = 20  # the header must start within these rows


@dataclass
class HeaderLayout:
    header_row: int  # 1-based, last header row
    header_rows: int  # 1 or 2
    columns: dict[str, int] = field(default_factory=dict)  # field -> 1-based column
    labels: dict[int, str] = field(default_factory=dict)  # 1-based column -> label
    sex_columns: dict[int, tuple[str, str]] = field(default_factory=dict)


def find_header(region: list[list[object]], boxes: list[Box]) -> HeaderLayout | None:
    """The row naming the most known columns, among rows with a "Họ và tên" column.

    `region` holds the first rows' values, already converted to Unicode and cleaned.
    """
    best_row, best_score = -1, 0
    for r, row in enumerate(region[:HEADER_SCAN]):
        fields = {field_for_label(v) for v in row if isinstance(v, str)}
        fields.discard(None)
        if "full_name" in fields and len(fields) >= 2 and len(fields) > best_score:
            best_row, best_score = r, len(fields)
    if best_row < 0:
        return None
    return _layout(region, best_row, boxes)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _layout(region: list[list[object]], r: int, boxes: list[Box]) -> HeaderLayout:
    top = [_text(v) for v in region[r]]
    below_values = region[r + 1] if r + 1 < len(region) else []
    width = max(len(top), len(below_values))
    top += [""] * (width - len(top))
    merged_top = _merged_labels(region, r, width, boxes)
    two_rows = _is_second_header_row(top, merged_top, below_values, r, boxes)
    below = [_text(v) for v in below_values] + [""] * (width - len(below_values))
    header_boxes = [b for b in boxes if b[1] <= r + 2 and b[3] >= r + 1]
    parents = _parents(top, merged_top, below, bool(header_boxes)) if two_rows else top

    layout = HeaderLayout(header_row=r + 1 + int(two_rows), header_rows=1 + int(two_rows))
    for c in range(width):
        parent, sub = parents[c], below[c] if two_rows else ""
        if sub == parent:
            sub = ""
        label = f"{parent} / {sub}" if parent and sub else parent or sub
        if not label:
            continue
        column = c + 1
        layout.labels[column] = label
        target = _column_field(parent, sub, column, layout)
        if target and target != ROW_NUMBER and target not in layout.columns:
            layout.columns[target] = column
    return layout


def _column_field(parent: str, sub: str, column: int, layout: HeaderLayout) -> str | None:
    parent_field = field_for_label(parent) if parent else None
    if sub:
        sex = SEX_SUBLABELS.get(label_key(sub))
        if sex and parent_field in ("birth_date", "sex"):
            # "Ngày sinh" over "Nam | Nữ": the column the date sits in gives the sex.
            layout.sex_columns[column] = (parent_field, sex)
            return "birth_date" if parent_field == "birth_date" else None
        meaning = sub_field(parent_field, sub) if parent_field else None
        if meaning:
            return meaning
        own = field_for_label(sub)
        if own:
            return own
    return parent_field


def _merged_labels(region: list[list[object]], r: int, width: int, boxes: list[Box]) -> list[str]:
    """For each column of header row r, the label of a merged cell covering it."""
    labels = [""] * width
    row = r + 1
    for min_col, min_row, max_col, max_row in boxes:
        if min_row <= row <= max_row:
            anchor_row = region[min_row - 1]
            anchor = anchor_row[min_col - 1] if min_col - 1 < len(anchor_row) else None
            for c in range(min_col - 1, min(max_col, width)):
                labels[c] = _text(anchor)
    return labels


def _is_second_header_row(
    top: list[str], merged_top: list[str], below: list[object], r: int, boxes: list[Box]
) -> bool:
    """Whether the row under the header still belongs to it (sub-labels like Nam | Nữ)."""
    row = r + 1
    for min_col, min_row, _max_col, max_row in boxes:
        label = top[min_col - 1] if min_col - 1 < len(top) else ""
        if min_row == row and max_row > row and field_for_label(label):
            return True  # a header cell merged down over the next row
    texts = [v for v in below if v not in (None, "")]
    if not texts or not all(isinstance(v, str) for v in texts):
        return False  # empty, or data (numbers, dates)
    name_col = next(c for c, t in enumerate(top) if field_for_label(t) == "full_name")
    if name_col < len(below) and below[name_col] not in (None, ""):
        return False  # a name under "Họ và tên": the first person
    if is_column_number_row([str(v) for v in texts]):
        return False
    return all(
        label_key(str(v)) in SEX_SUBLABELS
        or field_for_label(str(v))
        or any(sub_field(f, str(v)) for f in _PARENT_FIELDS)
        for v in texts
    )


_PARENT_FIELDS = ("admitted_on", "government_position")


def _parents(
    top: list[str], merged_top: list[str], below: list[str], have_merges: bool
) -> list[str]:
    """Label over each column of a two-row header, spreading merged parents."""
    parents = []
    last = ""
    for c, label in enumerate(top):
        if label:
            last = label
            parents.append(label)
        elif merged_top[c]:
            parents.append(merged_top[c])
        elif not have_merges and below[c] and last:
            # No merge information (some writers omit it): assume the group to the left.
            parents.append(last)
        else:
            last = ""
            parents.append("")
    return parents
