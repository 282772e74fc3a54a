"""Hostile spreadsheets, built byte by byte so each attack is exactly what it claims.

`raw_xlsx` writes a minimal but valid workbook from sheet XML (and optional shared
strings), so a test controls every byte openpyxl will parse: DTDs, entities,
formulas, hyperlinks, a million rows streamed without holding them in memory.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

HEADER = ["STT", "Họ và tên", "Ngày sinh", "Số thẻ đảng viên", "Đơn vị"]

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>'
    "{shared}"
    "</Types>"
)
_SHARED_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
    '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    "{shared}{extra}</Relationships>"
)
_SHARED_REL = (
    f'<Relationship Id="rId2" Type="{_DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>'
)


def billion_laughs(levels: int = 9) -> str:
    """The classic entity-expansion prologue: &lol9; expands to 10**levels "lol"s."""
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE lolz [", '<!ENTITY lol "lol">']
    for i in range(1, levels + 1):
        inner = "&lol;" if i == 1 else f"&lol{i - 1};"
        lines.append(f'<!ENTITY lol{i} "{inner * 10}">')
    lines.append("]>")
    return "\n".join(lines) + "\n"


def external_entity(target: Path) -> str:
    """XXE: an entity that would pull a local file into a cell."""
    return f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM "{target.as_uri()}">]>\n'


def cell(ref: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def row_xml(number: int, values: Iterable[object]) -> str:
    cells = "".join(cell(f"{chr(65 + i)}{number}", v) for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


def sheet_xml(rows_xml: Iterable[str], prologue: str = "", tail: str = "") -> Iterator[str]:
    """The sheet part in pieces (so a million rows never sit in memory at once)."""
    yield prologue or '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheetData>'
    yield from rows_xml
    yield f"</sheetData>{tail}</worksheet>"


def member_rows(count: int, start: int = 2) -> Iterator[str]:
    for i in range(count):
        yield row_xml(
            start + i,
            [
                i + 1,
                f"Nguyễn Văn Thử {_letters(i)}",
                "05/09/1980",
                f"{20_000_000 + i:08d}",
                "Văn phòng",
            ],
        )


def _letters(n: int) -> str:
    """A distinct, name-like word per number (names may not hold digits)."""
    word = ""
    for _ in range(4):
        n, digit = divmod(n, 20)
        word += "abcdeghiklmnopqrstuv"[digit]
    return word.capitalize()


def raw_xlsx(
    path: Path,
    sheet: Iterable[str],
    *,
    shared_strings: str | None = None,
    sheet_rels: str | None = None,
    extra_workbook_rels: str = "",
    extra_parts: dict[str, bytes] | None = None,
) -> Path:
    """Write a workbook whose sheet1.xml is the concatenation of `sheet`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        shared = shared_strings is not None
        archive.writestr(
            "[Content_Types].xml", _CONTENT_TYPES.format(shared=_SHARED_TYPE if shared else "")
        )
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            _WORKBOOK_RELS.format(shared=_SHARED_REL if shared else "", extra=extra_workbook_rels),
        )
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            buffer: list[str] = []
            size = 0
            for piece in sheet:
                buffer.append(piece)
                size += len(piece)
                if size > 1 << 20:
                    part.write("".join(buffer).encode())
                    buffer, size = [], 0
            part.write("".join(buffer).encode())
        if sheet_rels is not None:
            archive.writestr("xl/worksheets/_rels/sheet1.xml.rels", sheet_rels)
        if shared_strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
        for name, data in (extra_parts or {}).items():
            archive.writestr(name, data)
    return path


def member_list(path: Path, rows: int = 3) -> Path:
    """A plain, valid list: header and `rows` people."""
    return raw_xlsx(path, sheet_xml([row_xml(1, HEADER), *member_rows(rows)]))


def zeros_member(path: Path, name: str, size: int) -> Path:
    """A zip holding `size` bytes of zeros under `name`: a real compression bomb."""
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(name, "w", force_zip64=True) as part:
            left = size
            while left > 0:
                part.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
    return path


def declare_size(path: Path, name: str, declared: int) -> Path:
    """Rewrite the uncompressed size the central directory states for `name`.

    The data stays small: a file whose directory promises `declared` bytes. A
    check that trusts the directory (as it must, to decide before inflating
    anything) sees a bomb.
    """
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    position = 0
    while True:
        position = data.find(b"PK\x01\x02", position)
        if position < 0:
            raise ValueError(f"{name} not in the central directory")
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length] == encoded:
            struct.pack_into("<I", data, position + 24, min(declared, 0xFFFFFFFE))
            path.write_bytes(bytes(data))
            return path
        position += 46


def million_rows(path: Path, rows: int = 1_000_000) -> Path:
    """A header and `rows` people (names from shared strings, to stay under the size
    limits: the row count itself must be what refuses the file)."""
    names = [f"Nguyễn Văn Thử {_letters(i)}" for i in range(1000)]
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}">'
        + "".join(f"<si><t>{n}</t></si>" for n in names)
        + "</sst>"
    )

    def body() -> Iterator[str]:
        yield row_xml(1, HEADER)
        template = '<row r="{0}"><c r="A{0}"><v>{1}</v></c><c r="B{0}" t="s"><v>{2}</v></c></row>'
        for start in range(2, rows + 2, 10_000):
            stop = min(start + 10_000, rows + 2)
            yield "".join(template.format(n, n - 1, n % 1000) for n in range(start, stop))

    return raw_xlsx(path, sheet_xml(body()), shared_strings=shared)
