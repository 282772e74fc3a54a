"""Reading an OpenDocument spreadsheet (.ods) into rows of values, fonts and merges.

python-calamine reads .ods values but neither fonts nor (for .ods) merged ranges, and
it drops the spaces ODF stores as <text:s/>; those three are what a member list's
header, its units merged down and its legacy TCVN3 text depend on. The format is
small and documented (ODF 1.2 part 1, §9.1 tables), so content.xml is read here with
defusedxml (no entities, no DTD): cells with their repeats and spans, the text of
their paragraphs (spaces, tabs, line breaks), value types, and the font of each
cell's style (automatic styles in content.xml, named ones in styles.xml).

Repeated empty rows and columns (a sheet ends in a million repeated empty rows) are
never expanded: they only count when something follows them.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}
MAX_ROWS = 1_100_000  # a sheet's own limit; repeats beyond it are a hostile file


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


_TABLE, _ROW, _CELL, _COVERED = (
    _q("table:table"),
    _q("table:table-row"),
    _q("table:table-cell"),
    _q("table:covered-table-cell"),
)
_P, _S, _TAB, _BREAK, _SPAN = (
    _q("text:p"), _q("text:s"), _q("text:tab"), _q("text:line-break"), _q("text:span")
)  # fmt: skip
_ANNOTATION = _q("office:annotation")
_COLUMN = _q("table:table-column")
_GROUPS = {_q("table:table-header-rows"), _q("table:table-rows"), _q("table:table-row-group")}
_COLUMN_GROUPS = {
    _q("table:table-columns"), _q("table:table-header-columns"), _q("table:table-column-group")
}  # fmt: skip

# (title, rows, fonts {(row, col) 0-based: font name}, merged boxes 1-based inclusive)
Read = tuple[str, list[list[object]], dict[tuple[int, int], str], list[tuple[int, int, int, int]]]


def read_ods_sheets(path: Path, max_columns: int) -> list[Read]:
    with zipfile.ZipFile(path) as archive:
        content = ElementTree.fromstring(archive.read("content.xml"))
        try:
            styles_root = ElementTree.fromstring(archive.read("styles.xml"))
        except KeyError:
            styles_root = None
    fonts = _Fonts(content, styles_root)
    body = content.find("office:body/office:spreadsheet", NS)
    if body is None:
        raise ValueError("no spreadsheet body")
    return [_sheet(table, fonts, max_columns) for table in body.iter(_TABLE)]


class _Fonts:
    """The font name of each cell style, through its parent styles."""

    def __init__(self, content: Any, styles_root: Any) -> None:
        faces: dict[str, str] = {}
        styles: dict[str, tuple[str | None, str | None]] = {}  # name → (font, parent)
        self.default: str | None = None
        for root in (styles_root, content):
            if root is None:
                continue
            for face in root.iter(_q("style:font-face")):
                family = face.get(_q("svg:font-family"), "").strip("'\"")
                faces[face.get(_q("style:name"), "")] = family
            for style in root.iter(_q("style:style")):
                if style.get(_q("style:family")) != "table-cell":
                    continue
                styles[style.get(_q("style:name"), "")] = (
                    _font_of(style),
                    style.get(_q("style:parent-style-name")),
                )
            for default in root.iter(_q("style:default-style")):
                if default.get(_q("style:family")) == "table-cell":
                    self.default = _font_of(default)
        self._faces = faces
        self._styles = styles
        self._cache: dict[str | None, str | None] = {}

    def of(self, style: str | None) -> str | None:
        if style in self._cache:
            return self._cache[style]
        name, font = style, None
        for _ in range(10):  # a style's chain of parents, never a loop
            found = self._styles.get(name) if name is not None else None
            if found is None:
                break
            if found[0]:
                font = found[0]
                break
            name = found[1]
        if font is None:
            font = self._styles.get("Default", (None, None))[0] or self.default
        resolved = self._faces.get(font, font) if font else None
        self._cache[style] = resolved
        return resolved


def _font_of(style: Any) -> str | None:
    properties = style.find("style:text-properties", NS)
    if properties is None:
        return None
    name = properties.get(_q("style:font-name")) or properties.get(_q("fo:font-family"))
    return name.strip("'\"") if name else None


def _sheet(table: Any, fonts: _Fonts, max_columns: int) -> Read:
    title = table.get(_q("table:name"), "")
    column_styles = _column_styles(table, max_columns)
    rows: list[list[object]] = []
    cell_fonts: dict[tuple[int, int], str] = {}
    merged: list[tuple[int, int, int, int]] = []
    pending = 0  # empty rows seen since the last row with content
    for row in _rows(table):
        repeat = int(row.get(_q("table:number-rows-repeated"), "1"))
        values, spans, styles = _cells(row, max_columns)
        if not any(v is not None for v in values) and not spans:
            pending += repeat
            if len(rows) + pending > MAX_ROWS:
                break
            continue
        rows.extend([] for _ in range(pending))
        pending = 0
        for _ in range(min(repeat, MAX_ROWS - len(rows))):
            r = len(rows)
            rows.append(list(values))
            for c, value in enumerate(values):
                if isinstance(value, str) and not value.isascii():
                    style = styles[c] or (column_styles[c] if c < len(column_styles) else None)
                    font = fonts.of(style)
                    if font:
                        cell_fonts[(r, c)] = font
            for c, (columns, rows_spanned) in spans.items():
                merged.append((c + 1, r + 1, c + columns, r + rows_spanned))
    return title, rows, cell_fonts, merged


def _rows(table: Any) -> Any:
    for child in table:
        if child.tag == _ROW:
            yield child
        elif child.tag in _GROUPS:
            yield from _rows(child)


def _column_styles(table: Any, max_columns: int) -> list[str | None]:
    found: list[str | None] = []

    def walk(parent: Any) -> None:
        for child in parent:
            if child.tag == _COLUMN:
                repeat = int(child.get(_q("table:number-columns-repeated"), "1"))
                style = child.get(_q("table:default-cell-style-name"))
                found.extend([style] * min(repeat, max_columns - len(found)))
            elif child.tag in _COLUMN_GROUPS:
                walk(child)

    walk(table)
    return found


def _cells(
    row: Any, max_columns: int
) -> tuple[list[object], dict[int, tuple[int, int]], list[str | None]]:
    values: list[object] = []
    styles: list[str | None] = []
    spans: dict[int, tuple[int, int]] = {}
    trailing: list[tuple[object, str | None]] = []  # empty cells, kept only if more follows
    for cell in row:
        if cell.tag not in (_CELL, _COVERED):
            continue
        repeat = int(cell.get(_q("table:number-columns-repeated"), "1"))
        value = _value(cell) if cell.tag == _CELL else None
        style = cell.get(_q("table:style-name"))
        columns = int(cell.get(_q("table:number-columns-spanned"), "1"))
        rows_spanned = int(cell.get(_q("table:number-rows-spanned"), "1"))
        if value is None and columns == 1 and rows_spanned == 1:
            trailing.extend([(None, style)] * min(repeat, max_columns))
            if len(values) + len(trailing) >= max_columns:
                break
            continue
        for empty, empty_style in trailing:
            values.append(empty)
            styles.append(empty_style)
        trailing = []
        for _ in range(min(repeat, max_columns - len(values))):
            if columns > 1 or rows_spanned > 1:
                spans[len(values)] = (columns, rows_spanned)
            values.append(value)
            styles.append(style)
        if len(values) >= max_columns:
            break
    return values, spans, styles


def _value(cell: Any) -> object:
    kind = cell.get(_q("office:value-type"))
    if kind in ("float", "percentage", "currency"):
        number = float(cell.get(_q("office:value"), "0"))
        return int(number) if number.is_integer() else number
    if kind == "date":
        text = cell.get(_q("office:date-value"), "")
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            return _text(cell) or None
    if kind == "boolean":
        return cell.get(_q("office:boolean-value")) == "true"
    text = _text(cell)
    return text if text else None


def _text(cell: Any) -> str:
    paragraphs = [_inline(p) for p in cell if p.tag == _P]
    return "\n".join(paragraphs)


def _inline(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == _S:
            parts.append(" " * int(child.get(_q("text:c"), "1")))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BREAK:
            parts.append("\n")
        elif child.tag != _ANNOTATION:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
