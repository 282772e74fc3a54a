"""Reading a real-world member list (.xlsx, .xls or .ods) into raw rows, without hand-editing.

Handles title rows, a header anywhere in the first rows (one or two rows deep,
merged cells), a row of column numbers, blank rows, a total line and signature block
after the list, and legacy TCVN3/VNI text. Values stay raw (dates are not parsed,
names not title-cased): the import service validates them.

Speed: the sheet is opened read-only (the fast mode); the first rows are read once
with their cells (for fonts), the rest as plain values; merged ranges come from a
cheap scan of the sheet XML (see xlsx_source.merged_boxes). Old .xls and .ods files
come through spreadsheets.sheet_sources with the same values and fonts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from chibo_app.core.dates import EXCEL_1900
from chibo_app.core.member_kinds import kind_word
from chibo_app.core.messages import msg
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError
from chibo_app.spreadsheets import legacy_encoding as legacy
from chibo_app.spreadsheets.header_detection import (
    DATE_FIELDS,
    ROW_NUMBER,
    is_column_number_row,
    is_footer_text,
    label_key,
)
from chibo_app.spreadsheets.header_layout import HeaderLayout, find_header
from chibo_app.spreadsheets.read_rows import RawRow, ReadRows
from chibo_app.spreadsheets.sheet_sources import open_sheets
from chibo_app.spreadsheets.xlsx_source import Box

SCAN_ROWS = 30  # the header must start within the first 20; 2 more header rows + slack
# A cell of 60 people, a party committee of a few thousand: more than this many
# non-blank rows under the header is not a member list. Counted while the rows are
# streamed, so a file of a million rows is refused after reading this many.
MAX_DATA_ROWS = 20_000
# Blank rows written out one by one (styled empty cells) cost as much to read as full
# ones: a million took a minute. A member list never has this many in a row.
MAX_BLANK_RUN = 10_000
# A member list has 5-30 columns. Cells beyond this are never read: a hostile file
# with a cell in column XFD would otherwise make every row 16,384 values wide.
SCAN_COLUMNS = 100
_ENCODING_SAMPLE_ROWS = 500
# Columns whose value is often merged down over the people of one group.
_GROUP_FIELDS = frozenset({"unit", "kind", "party_position", "government_position", "notes", "sex"})
# "I. VĂN PHÒNG", "2) PHÒNG LÃNH SỰ", "A - ĐẢNG VIÊN DỰ BỊ": a heading over the rows below.
_HEADING_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|[A-Z]|\d{1,2})\s*[.)/–-]\s*")


@dataclass
class SheetReading:
    header_row: int  # 1-based, the last header row
    header_rows: int  # 1 or 2
    columns: dict[str, int]  # field -> 1-based column
    labels: dict[int, str]  # column -> header label as shown (Unicode)
    title_text: str  # the title rows above the header, one line per row
    signature: str  # stable key for this header shape (to remember a corrected mapping)
    encoding: str | None  # "tcvn3", "vni" or None
    rows: ReadRows  # a RawRow each
    sheet_name: str
    # column -> ("birth_date" | "sex", "Nam" | "Nữ") for Nam|Nữ sub-columns
    sex_columns: dict[int, tuple[str, str]] = field(default_factory=dict)
    # day 0 of the workbook's serial dates (a number in a date column counts from it)
    excel_epoch: dt.date = EXCEL_1900


def read_member_sheet(
    path: str | os.PathLike[str],
    mapping: dict[str, int] | None = None,
    *,
    remembered: Callable[[str], dict[str, int] | None] | None = None,
) -> SheetReading:
    """Read the first sheet that has a member-list header. Raises ChiboError.

    `mapping` (field -> 1-based column) replaces the detected columns. Without it,
    `remembered(signature)` may return the mapping the user corrected earlier for
    the same header shape; None keeps the detected one.
    """
    path = Path(path)
    with open_sheets(path) as workbook:
        for worksheet in workbook.worksheets:
            region, fonts = _read_region(worksheet)
            if not region:
                continue
            encoding, all_caps = _region_encoding(region, fonts)
            decoded = [
                [
                    _decode_label(v, encoding, all_caps or _caps(fonts, r, c))
                    for c, v in enumerate(row)
                ]
                for r, row in enumerate(region)
            ]
            boxes = workbook.merged(worksheet)
            layout = find_header(decoded, boxes)
            if layout is None:
                continue
            if mapping is None and remembered is not None:
                mapping = remembered(_signature(layout))
            reading = _read_rows(worksheet, layout, boxes, decoded, encoding, mapping, path.name)
            return replace(reading, excel_epoch=_epoch(workbook))
        if not any(_has_values(ws) for ws in workbook.worksheets):
            raise ChiboError(
                msg(
                    "Tệp “{name}” không có dữ liệu. Cần một danh sách có dòng tiêu đề với "
                    "ít nhất cột “Họ và tên” (thường kèm “Ngày sinh”, “Số thẻ đảng viên”, "
                    "“Ngày vào Đảng”).",
                    name=path.name,
                )
            )
        raise ChiboError(
            msg(
                "Không tìm thấy dòng tiêu đề của danh sách trong tệp “{name}”. Trong "
                "20 dòng đầu của trang tính cần có dòng tiêu đề với ít nhất cột “Họ và "
                "tên” và một cột khác như “STT”, “Ngày sinh”, “Số thẻ đảng viên”, "
                "“Ngày vào Đảng”.",
                name=path.name,
            )
        )


def _epoch(workbook: Any) -> dt.date:
    """The workbook's date system (openpyxl reads it from the file): 1900 or 1904."""
    epoch = getattr(workbook, "epoch", None)
    return epoch.date() if isinstance(epoch, dt.datetime) else EXCEL_1900


# --- the header region -------------------------------------------------------------


def _read_region(worksheet: Any) -> tuple[list[list[object]], dict[tuple[int, int], str]]:
    """Values of the first SCAN_ROWS rows, and the font name of each text cell."""
    region: list[list[object]] = []
    fonts: dict[tuple[int, int], str] = {}
    rows = worksheet.iter_rows(min_row=1, max_row=SCAN_ROWS, max_col=_width(worksheet))
    for r, row in enumerate(rows):
        values: list[object] = []
        for c, cell in enumerate(row):
            value = getattr(cell, "value", None)
            values.append(value)
            if isinstance(value, str) and not value.isascii():
                name = getattr(getattr(cell, "font", None), "name", None)
                if name:
                    fonts[(r, c)] = name
        region.append(values)
    while region and not any(v is not None and v != "" for v in region[-1]):
        region.pop()
    return region, fonts


def _region_encoding(
    region: list[list[object]], fonts: dict[tuple[int, int], str]
) -> tuple[str | None, bool]:
    """Sheet encoding from the title/header/first rows and their fonts."""
    hints = Counter(legacy.font_hint(name) for name in fonts.values())
    hints.pop(None, None)
    hint_font = None
    if hints:
        encoding = hints.most_common(1)[0][0]
        hint_font = ".VnTime" if encoding == "tcvn3" else "VNI-Times"
    text = "\n".join(v for row in region for v in row if isinstance(v, str))
    encoding = legacy.detect_legacy(text, hint_font)
    caps_fonts = [n for n in fonts.values() if legacy.is_all_caps_font(n)]
    all_caps = encoding == "tcvn3" and len(caps_fonts) > len(fonts) / 2
    return encoding, all_caps


def _caps(fonts: dict[tuple[int, int], str], r: int, c: int) -> bool:
    return legacy.is_all_caps_font(fonts.get((r, c)))


def _decode_label(value: object, encoding: str | None, all_caps: bool) -> object:
    if isinstance(value, str):
        return clean(legacy.convert(value, encoding, all_caps=all_caps))
    return value


def _has_values(worksheet: Any) -> bool:
    width = _width(worksheet)
    for row in worksheet.iter_rows(min_row=1, max_row=SCAN_ROWS, max_col=width, values_only=True):
        if any(v is not None and v != "" for v in row):
            return True
    return False


# --- the list ------------------------------------------------------------------------


def _read_rows(
    worksheet: Any,
    layout: HeaderLayout,
    boxes: list[Box],
    region: list[list[object]],
    encoding: str | None,
    mapping: dict[str, int] | None,
    file_name: str,
) -> SheetReading:
    columns = dict(mapping) if mapping is not None else dict(layout.columns)
    sex_columns = _sex_columns_kept(layout.sex_columns, columns, mapping is not None)
    first_data_row = layout.header_row + 1
    width = max(_width(worksheet), *columns.values(), *sex_columns)
    streamed = _limited(
        worksheet.iter_rows(min_row=first_data_row, max_col=width, values_only=True), file_name
    )
    sample = list(itertools.islice(streamed, _ENCODING_SAMPLE_ROWS))
    if encoding is None:
        encoding = _data_encoding([values for values, _blank in sample], columns)
    reader = _RowReader(columns, sex_columns, encoding, boxes, first_data_row)
    rows = ReadRows(reader.field_names)
    offset = 0
    # What read() makes of an ordinary row — a text name that is no footer, a value
    # beside it, nothing merged, no Nam|Nữ sub-column, no heading's unit to take — is
    # its converted values as they are: kept without a call, a dictionary or a RawRow.
    name_at = (
        reader.field_names.index("full_name")
        if reader.name_mapped and not reader.sex_columns
        else -1  # every row read by read()
    )
    one_by_one = reader.one_by_one
    for chunk, failure in _chunks(itertools.chain(sample, streamed), _ENCODING_SAMPLE_ROWS):
        # Blank rows are not converted: a gap of a million (a stray cell far down) is
        # skipped as cheaply as when rows were read one by one.
        converted = iter(reader.converted([values for values, blank in chunk if not blank]))
        for values, blank in chunk:
            cells = None if blank else next(converted)
            row_number = first_data_row + offset
            offset += 1
            if blank and not reader.filling:
                continue  # nothing to read, no merged value to carry down
            if offset <= 2 and not rows and reader.is_number_row(values):
                continue
            if (
                cells is not None
                and name_at >= 0
                and type(name := cells[name_at]) is str
                and len(cells) - cells.count(None) > 1
                and not reader.filling
                and row_number not in one_by_one
                and "unit" not in reader.section
                and not is_footer_text(name)
            ):
                rows.add(row_number, cells, reader.section.get("kind"), values)
                continue
            raw = reader.read(row_number, values, cells)
            if raw is _FOOTER:
                break
            if isinstance(raw, RawRow):
                rows.add_whole(raw)
        else:
            if failure is not None:  # met where the list had not ended yet
                raise failure
            continue
        break  # the footer
    title = "\n".join(
        " ".join(str(v) for v in row if v not in (None, ""))
        for row in region[: layout.header_row - layout.header_rows]
        if any(v not in (None, "") for v in row)
    )
    return SheetReading(
        header_row=layout.header_row,
        header_rows=layout.header_rows,
        columns=columns,
        labels=dict(layout.labels),
        title_text=title,
        signature=_signature(layout),
        encoding=encoding,
        rows=rows,
        sheet_name=worksheet.title,
        sex_columns=sex_columns,
    )


def _width(worksheet: Any) -> int:
    """Columns to read: the sheet's declared width, at most SCAN_COLUMNS."""
    declared = getattr(worksheet, "max_column", None)
    return min(declared, SCAN_COLUMNS) if isinstance(declared, int) else SCAN_COLUMNS


def _limited(
    raw_rows: Iterator[tuple[object, ...]], file_name: str
) -> Iterator[tuple[tuple[object, ...], bool]]:
    """(values, blank) for each row as it streams from the file; refused past
    MAX_DATA_ROWS non-blank rows, so a million rows are never all read.

    openpyxl fills a gap between rows with one shared tuple: recognising it by
    identity keeps a gap of a million rows (a stray cell in row 1,048,576) cheap.
    """
    filled = blank_run = 0
    gap: tuple[object, ...] | None = None
    for values in raw_rows:
        if values is gap:
            yield values, True
            continue
        if values.count(None) + values.count("") < len(values):  # a value that is not blank
            filled += 1
            blank_run = 0
            if filled > MAX_DATA_ROWS:
                raise too_many_rows(file_name)
            yield values, False
        else:
            gap = values
            blank_run += 1
            if blank_run > MAX_BLANK_RUN:
                raise too_many_blank_rows(file_name)
            yield values, True


_Item = TypeVar("_Item")


def _chunks(
    items: Iterator[_Item], size: int
) -> Iterator[tuple[list[_Item], BaseException | None]]:
    """The items `size` at a time, each chunk with the error that stopped the stream in
    it, if any: rows read ahead of the reader's stop (a total line, a signature) must
    fail nothing the row-by-row reading never reached."""
    while True:
        chunk: list[_Item] = []
        try:
            chunk.extend(itertools.islice(items, size))
        except Exception as error:  # noqa: BLE001 - raised by the reader if it gets there
            yield chunk, error
            return
        if chunk:
            yield chunk, None
        if len(chunk) < size:
            return


def too_many_rows(file_name: str) -> ChiboError:
    limit = f"{MAX_DATA_ROWS:,}".replace(",", ".")  # 20.000, the Vietnamese way
    return ChiboError(
        msg(
            "Tệp “{file_name}” có hơn {limit} dòng dữ liệu dưới dòng tiêu đề, quá "
            "nhiều cho một danh sách đảng viên, nên không được nhập. Hãy kiểm tra "
            "lại có đúng tệp danh sách không, hoặc tách danh sách thành nhiều tệp "
            "nhỏ hơn.",
            file_name=file_name,
            limit=limit,
        )
    )


def too_many_blank_rows(file_name: str) -> ChiboError:
    return ChiboError(
        msg(
            "Tệp “{file}” có hơn {limit} dòng trống liền nhau (thường do định dạng cả trang "
            "tính), đọc hết sẽ mất nhiều phút, nên không được nhập. Hãy xóa các dòng trống "
            "thừa rồi lưu lại tệp.",
            file=file_name,
            limit=f"{MAX_BLANK_RUN:,}".replace(",", "."),  # 10.000, the Vietnamese way
        )
    )


def _sex_columns_kept(
    layout_sex: dict[int, tuple[str, str]], columns: dict[str, int], user_mapping: bool
) -> dict[int, tuple[str, str]]:
    """A user mapping keeps a Nam|Nữ layout if it maps the field into it (or, for x
    marks under "Giới tính", does not map "sex" elsewhere)."""
    if not user_mapping:
        return dict(layout_sex)
    kept = {}
    for col, (target, sex) in layout_sex.items():
        group = {c for c, (t, _) in layout_sex.items() if t == target}
        chosen = columns.get(target)
        if chosen in group or (target == "sex" and chosen is None):
            kept[col] = (target, sex)
    return kept


def _data_encoding(raw_rows: list[tuple[object, ...]], columns: dict[str, int]) -> str | None:
    """Second look when the header was plain: the data may still be legacy text."""
    texts: list[str] = []
    for values in raw_rows:
        for col in columns.values():
            value = values[col - 1] if 0 < col <= len(values) else None
            if isinstance(value, str):
                texts.append(value)
    return legacy.detect_legacy("\n".join(texts)) if texts else None


def _signature(layout: HeaderLayout) -> str:
    shape = "|".join(f"{c}={label_key(t)}" for c, t in sorted(layout.labels.items()))
    return hashlib.sha1(f"{layout.header_rows}|{shape}".encode()).hexdigest()[:16]


_FOOTER = object()


class _RowReader:
    """Turns one row of plain values into a RawRow, None (skip) or _FOOTER (stop)."""

    def __init__(
        self,
        columns: dict[str, int],
        sex_columns: dict[int, tuple[str, str]],
        encoding: str | None,
        boxes: list[Box],
        first_data_row: int,
    ):
        self.fields = [(f, c - 1) for f, c in columns.items() if f != ROW_NUMBER and c > 0]
        self.field_names = [f for f, _index in self.fields]
        self.name_mapped = "full_name" in self.field_names
        self.name_index = columns.get("full_name", 0) - 1
        self.sex_columns = sorted((c - 1, t, s) for c, (t, s) in sex_columns.items())
        self.encoding = encoding
        self.group_indexes = {c - 1 for f, c in columns.items() if f in _GROUP_FIELDS}
        # Vertical merges in the list: row -> [(col index, last row)].
        self.merge_starts: dict[int, list[tuple[int, int]]] = {}
        self.name_continuations: set[int] = set()
        self.section_rows: set[int] = set()
        for min_col, min_row, max_col, max_row in boxes:
            if (
                max_row == min_row
                and min_col - 1 <= self.name_index < max_col
                and max_col - min_col >= 2
            ):
                self.section_rows.add(min_row)  # "I. VĂN PHÒNG" merged across the table
            if max_row > min_row and max_row >= first_data_row:
                self.merge_starts.setdefault(min_row, []).append((min_col - 1, max_row))
                if min_col - 1 == self.name_index:
                    self.name_continuations.update(range(min_row + 1, max_row + 1))
        self.filling: dict[int, tuple[int, object]] = {}  # col index -> (last row, value)
        self.section: dict[str, str] = {}  # what the last heading says of the rows below
        # Each text as read -> decoded and cleaned: a list repeats its units, positions,
        # sexes down the rows, and a dictionary lookup is a tenth of clean()'s checks.
        self.texts: dict[str, str] = {}
        self.outer: str | None = None  # "unit" or "kind": the level of the first heading
        # The rows only read() reads (merged cells, a section heading across the table).
        self.one_by_one = {*self.merge_starts, *self.name_continuations, *self.section_rows}

    def is_number_row(self, values: tuple[object, ...]) -> bool:
        cells = [v for v in values if v not in (None, "")]
        if len(cells) < 2:
            return False
        numbers = [v for v in cells if isinstance(v, int) and not isinstance(v, bool)]
        if len(numbers) == len(cells):  # 1 2 3 … typed as numbers
            return numbers == sorted(numbers) and numbers[0] in (0, 1) and len(numbers) >= 3
        return is_column_number_row([str(v) for v in cells])

    def converted(self, rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        """Each row's field values as `read` takes them, a column at a time (one pass per
        field instead of a loop per row): text decoded and cleaned, a date as it is,
        numbers as _value makes them, in the order of `fields`."""
        get, text_of, value_of = self.texts.get, self._text, self._value
        datetime = dt.datetime
        shortest = min(map(len, rows), default=0)  # rows come as wide as the sheet is read
        columns = []
        for field_name, index in self.fields:
            cells = (
                list(map(itemgetter(index), rows))
                if index < shortest
                else [values[index] if index < len(values) else None for values in rows]
            )
            columns.append(
                [
                    None
                    if v is None
                    else ((t if (t := get(v)) is not None else text_of(v)) or None)
                    if type(v) is str
                    else v
                    if type(v) is datetime
                    else value_of(field_name, v)
                    for v in cells
                ]
            )
        return list(zip(*columns, strict=True)) if columns else [()] * len(rows)

    def read(
        self,
        row_number: int,
        values: tuple[object, ...],
        converted: tuple[object, ...] | None = None,
    ) -> RawRow | object | None:
        """The row as read; `converted` is what `converted` made of `values` (used unless
        merged cells change them)."""
        if self.filling or row_number in self.merge_starts:
            values = self._fill_merges(row_number, values)
            converted = None  # the merged values fill its cells
        if row_number in self.name_continuations:
            return None  # a person's row spread over several Excel rows
        if row_number in self.section_rows and self._take_heading(values, merged=True):
            return None
        if converted is None:
            (converted,) = self.converted([values])
        out = dict(zip(self.field_names, converted, strict=True))
        name = out.get("full_name")
        # A value outside the name column?
        others = len(converted) - converted.count(None) > (self.name_mapped and name is not None)
        if name is None or (isinstance(name, str) and is_footer_text(name)):
            # Stop at a total line or signature block; the signer's name under
            # "BÍ THƯ" must not become a member.
            if any(isinstance(v, str) and is_footer_text(self._text(v)) for v in values):
                return _FOOTER
        sex = None
        size = len(values)
        for index, target, label in self.sex_columns:
            value = values[index] if index < size else None
            if (
                value is not None
                and value != ""
                and not (isinstance(value, str) and not value.strip())
            ):
                sex = label
                if target == "birth_date":
                    out["birth_date"] = self._value("birth_date", value)
                break
        if sex is None and not others:
            if self._take_heading(values, merged=False) or name is None:
                return None  # a heading, a blank row, or only a row number
        if out.get("unit") is None and "unit" in self.section:
            out["unit"] = self.section["unit"]
        return RawRow(
            row_number=row_number,
            values=out,
            sex_from_layout=sex,
            heading=self.section.get("kind"),
            cells=values,
        )

    def _take_heading(self, values: tuple[object, ...], merged: bool) -> bool:
        heading = self._heading(values, merged)
        if heading is None:
            return False
        # Units over kinds ("I. VĂN PHÒNG" / "1. Đảng viên" / "2. Quần chúng") or kinds
        # over units ("I. ĐẢNG VIÊN" / "1. Văn phòng"): the first heading is the outer
        # level; an outer heading starts afresh, an inner one keeps the outer's.
        level = "kind" if "kind" in heading else "unit"
        self.outer = self.outer or level
        self.section = heading if level == self.outer else {**self.section, **heading}
        return True

    def _heading(self, values: tuple[object, ...], merged: bool) -> dict[str, str] | None:
        """A section heading's unit or kind for the rows under it, or None if the row is
        not a heading: merged across the table, or a numbered capitalised line alone in
        the number or name column."""
        cells = [(i, v) for i, v in enumerate(values) if v not in (None, "")]
        if not merged and (
            len(cells) != 1 or cells[0][0] > self.name_index or not isinstance(cells[0][1], str)
        ):
            return None
        text = next((self._text(v) for _i, v in cells if isinstance(v, str)), "")
        if is_footer_text(text):
            return None  # "T/M CHI BỘ" ends the list
        number = _HEADING_NUMBER.match(text)
        title = text[number.end() :] if number else text
        if not merged and not (number and title.isupper() and len(title) >= 3):
            return None
        if kind_word(title) is not None:
            return {"kind": title}
        if not title:
            return {}
        return {"unit": clean(title[:1] + title[1:].lower()) if title.isupper() else title}

    def _fill_merges(self, row_number: int, values: tuple[object, ...]) -> tuple[object, ...]:
        for index, last_row in self.merge_starts.get(row_number, ()):
            if index in self.group_indexes and index < len(values):
                self.filling[index] = (last_row, values[index])
        if not self.filling:
            return values
        patched = list(values)
        for index, (last_row, value) in list(self.filling.items()):
            if row_number > last_row:
                del self.filling[index]
            elif index < len(patched) and patched[index] in (None, ""):
                patched[index] = value
        return tuple(patched)

    def _text(self, value: str) -> str:
        try:
            return self.texts[value]
        except KeyError:
            pass
        text = value
        if self.encoding and not text.isascii():
            text = legacy.convert(text, self.encoding)
        text = self.texts[value] = clean(text)
        return text

    def _value(self, field_name: str, value: object) -> object:
        if value is None:
            return None
        if isinstance(value, str):
            return self._text(value) or None
        if field_name in DATE_FIELDS or isinstance(value, bool):
            return value
        if isinstance(value, (int, float)) and abs(value) >= 10**15:
            return value  # beyond Excel's 15 digits: the import flags it, never guesses
        if isinstance(value, float) and value.is_integer():
            return str(int(value))  # card numbers, phone numbers typed as numbers
        if isinstance(value, (int, float)):
            return str(value)
        return value


def cell_text(value: object, encoding: str | None) -> object:
    """A cell of `RawRow.cells` as the import shows it: legacy text decoded, NFC."""
    if isinstance(value, str):
        if encoding and not value.isascii():
            value = legacy.convert(value, encoding)
        return clean(value)
    return value
