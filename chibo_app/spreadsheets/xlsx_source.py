"""Opening a user's .xlsx safely: one clear Vietnamese message for every way it can
fail, and the merged ranges that read-only mode does not expose.

Hostile files are stopped before they cost memory or time:
  * a file over MAX_FILE_BYTES is refused before it is opened;
  * a zip bomb is refused from the zip directory alone, before anything is
    inflated: the declared sizes may not add up to more than MAX_UNCOMPRESSED_BYTES,
    and no sizeable part may inflate more than MAX_COMPRESSION_RATIO times (real
    workbooks stay under 20:1). zipfile never inflates a part past the size its
    directory declares (it reports a bad CRC instead), so the check holds even
    when the directory lies;
  * a sheet without a <dimension> element is not parsed whole when it is opened
    (sheet_size);
  * XML bombs and external entities: openpyxl parses with defusedxml when it is
    installed (a dependency); the DefusedXmlException becomes one message;
  * anything else openpyxl or the XML parser trips over — also while the rows are
    streamed, after the workbook opened — becomes "not a spreadsheet or damaged".
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.workbook import Workbook

from chibo_app.core.archive_limits import (
    MAX_COMPRESSION_RATIO,
    MAX_UNCOMPRESSED_BYTES,
    MB,
    RATIO_CHECK_MIN_BYTES,
)
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.spreadsheets import openpyxl_internals, sheet_size

sheet_size.install()  # a sheet without <dimension> is not parsed whole at open

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')

# (min_col, min_row, max_col, max_row), 1-based and inclusive.
Box = tuple[int, int, int, int]

MAX_FILE_BYTES = 50 * MB  # a member list of 5,000 people is under 1 MB
# openpyxl reads every shared string and every style record when it opens a workbook,
# even in read-only mode: 9.5 million strings took 2-5 minutes and 1.5 GB, 2.3 million
# styles 3 minutes and 2.2 GB, all inside the size limits. A member list of 20,000
# people with 20 text columns has under 400,000 distinct strings; Excel itself allows
# 64,000 cell formats. The parts are counted as they inflate, stopping at the limit.
MAX_SHARED_STRINGS = 400_000
MAX_STYLE_RECORDS = 200_000  # cell formats, fonts, fills, borders, number formats…
_STRING_RECORD = re.compile(rb"<(?:\w+:)?si[\s/>]")
_STYLE_RECORD = re.compile(rb"<(?:\w+:)?(?:xf|font|fill|border|numFmt|dxf|cellStyle)[\s/>]")

# What a malformed part makes openpyxl or the XML parser raise. Raised while
# reading (not only while opening): read-only sheets are parsed as rows are read.
_DAMAGED = (
    ParseError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    OSError,
)


def not_a_spreadsheet(path: Path) -> ChiboError:
    return ChiboError(
        msg("Tệp “{name}” không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng.", name=path.name)
    )


def old_xls(path: Path) -> ChiboError:
    return ChiboError(
        msg(
            "Tệp “{name}” là bảng tính Excel đời cũ (.xls). Hãy mở tệp bằng Excel, "
            "chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”, rồi nhập tệp "
            ".xlsx đó.",
            name=path.name,
        )
    )


def word_document(path: Path) -> ChiboError:
    return ChiboError(
        msg(
            "Tệp “{name}” là văn bản Word, không phải là bảng tính Excel (.xlsx). "
            "Hãy chọn tệp danh sách được lưu bằng Excel.",
            name=path.name,
        )
    )


def too_big(path: Path, size: int) -> ChiboError:
    return ChiboError(
        msg(
            "Tệp “{name}” quá lớn ({size} MB). Chỉ nhập được bảng tính đến "
            "{limit} MB; một danh sách đảng viên thường chỉ vài trăm KB. Hãy kiểm "
            "tra lại có đúng tệp danh sách không.",
            name=path.name,
            size=f"{size / MB:.0f}",
            limit=MAX_FILE_BYTES // MB,
        )
    )


def zip_bomb(path: Path) -> ChiboError:
    return ChiboError(
        msg(
            "Tệp “{name}” có nội dung nén bất thường (khi giải nén sẽ lớn gấp hàng "
            "trăm lần), thường gặp ở tệp độc hại, nên không được mở để bảo vệ máy. "
            "Nếu đây đúng là danh sách, hãy chép danh sách sang một bảng tính "
            "Excel mới rồi nhập tệp đó.",
            name=path.name,
        )
    )


def xml_attack(path: Path) -> ChiboError:
    return ChiboError(
        msg(
            "Tệp “{name}” chứa khai báo XML không được phép (thực thể, DTD), "
            "thường gặp ở tệp độc hại, nên không được đọc. Bảng tính do Excel lưu "
            "không có các khai báo này; hãy chép danh sách sang một bảng tính "
            "Excel mới rồi nhập tệp đó.",
            name=path.name,
        )
    )


def check_size(path: Path) -> None:
    """Refuse a file over MAX_FILE_BYTES before it is opened (any spreadsheet format)."""
    _check_size(path)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ChiboError(msg("Không tìm thấy tệp “{name}”.", name=path.name)) from None
    except OSError:
        return  # _check_signature gives the message
    if size > MAX_FILE_BYTES:
        raise too_big(path, size)


def check_archive(path: Path) -> None:
    """The zip checks of any zipped spreadsheet (.xlsx, .ods): bombs, a Word document."""
    _check_archive(path)


def _check_archive(path: Path) -> None:
    """Refuse a zip bomb or a Word document from the zip directory, inflating nothing."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise not_a_spreadsheet(path) from None
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > RATIO_CHECK_MIN_BYTES and (
            part.file_size > MAX_COMPRESSION_RATIO * max(part.compress_size, 1)
        ):
            raise zip_bomb(path)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise zip_bomb(path)
    names = {part.filename for part in parts}
    if "word/document.xml" in names and "xl/workbook.xml" not in names:
        raise word_document(path)


def _check_records(path: Path) -> None:
    """Refuse a workbook whose shared strings or styles would take minutes to load."""
    try:
        with zipfile.ZipFile(path) as archive:
            for part in archive.infolist():
                name = part.filename.lower()
                if name.endswith("sharedstrings.xml"):
                    if _count(archive, part, _STRING_RECORD, MAX_SHARED_STRINGS):
                        raise _too_many_strings(path)
                elif name.endswith("styles.xml"):
                    if _count(archive, part, _STYLE_RECORD, MAX_STYLE_RECORDS):
                        raise _too_many_styles(path)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError):
        raise not_a_spreadsheet(path) from None


def _count(
    archive: zipfile.ZipFile, part: zipfile.ZipInfo, record: re.Pattern[bytes], limit: int
) -> bool:
    """True as soon as `part` holds more than `limit` records (the rest is never read)."""
    found = 0
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            data = tail + chunk
            cut = max(0, len(data) - 16)  # a tag split between chunks is counted once
            found += len(record.findall(data, 0, cut))
            if found > limit:
                return True
            tail = data[cut:]
    return found + len(record.findall(tail)) > limit


def _number(limit: int) -> str:
    return f"{limit:,}".replace(",", ".")  # 400.000, the Vietnamese way


def _too_many_strings(path: Path) -> ChiboError:
    return ChiboError(
        msg(
            "Tệp “{file}” có hơn {limit} chuỗi chữ, quá nhiều cho một danh sách đảng viên "
            "(đọc hết sẽ mất nhiều phút và nhiều GB bộ nhớ), nên không được mở. Hãy chép "
            "riêng danh sách sang một tệp Excel mới rồi nhập tệp đó.",
            file=path.name,
            limit=_number(MAX_SHARED_STRINGS),
        )
    )


def _too_many_styles(path: Path) -> ChiboError:
    return ChiboError(
        msg(
            "Tệp “{file}” có hơn {limit} định dạng ô, quá nhiều cho một danh sách đảng viên "
            "(đọc hết sẽ mất nhiều phút và nhiều GB bộ nhớ), nên không được mở. Hãy chép "
            "riêng danh sách sang một tệp Excel mới rồi nhập tệp đó.",
            file=path.name,
            limit=_number(MAX_STYLE_RECORDS),
        )
    )


def _check_signature(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
            rest = handle.read(1 << 20) if head == _OLE2_MAGIC else b""
    except FileNotFoundError:
        raise ChiboError(msg("Không tìm thấy tệp “{name}”.", name=path.name)) from None
    except OSError:
        raise ChiboError(
            msg(
                "Không mở được tệp “{name}” (tệp đang bị khóa hoặc không có quyền đọc).",
                name=path.name,
            )
        ) from None
    if head == _OLE2_MAGIC:
        # An OLE2 file holding a "Workbook"/"Book" stream is an old Excel file;
        # other OLE2 files (old .doc) are simply not spreadsheets.
        names = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
        if path.suffix.lower() in (".xls", ".xlt") or any(n in rest for n in names):
            raise old_xls(path)
        raise not_a_spreadsheet(path)
    if not head.startswith(_ZIP_MAGIC):
        if path.suffix.lower() in (".xls", ".xlt"):
            raise old_xls(path)  # HTML or XML saved with an .xls name by old tools
        raise not_a_spreadsheet(path)


@contextmanager
def open_workbook(path: Path) -> Iterator[Workbook]:
    """Read-only workbook (cached values, not formulas); closed on exit.

    Errors from reading the workbook inside the `with` block (the sheets are parsed
    lazily) come out as one ChiboError too.
    """
    _check_size(path)
    _check_signature(path)
    _check_archive(path)
    _check_records(path)
    with open(path, "rb") as handle:
        try:
            # A file object skips openpyxl's extension check: a renamed .xlsx still opens.
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises KeyError, BadZipFile, XML errors …
            raise _unreadable(path, error) from None
        try:
            yield workbook
        except ChiboError:
            raise
        except (DefusedXmlException, *_DAMAGED) as error:
            raise _unreadable(path, error) from None
        finally:
            workbook.close()


def _unreadable(path: Path, error: BaseException) -> ChiboError:
    """The message for an error openpyxl raised, which may wrap the XML parser's."""
    seen: BaseException | None = error
    for _ in range(5):  # openpyxl re-raises as ValueError "Unable to read workbook"
        if seen is None:
            break
        if isinstance(seen, DefusedXmlException):
            return xml_attack(path)
        seen = seen.__cause__ or seen.__context__
    return not_a_spreadsheet(path)


def merged_boxes(worksheet: openpyxl_internals.ReadOnlyWorksheet) -> list[Box]:
    """Merged ranges of a read-only worksheet, read straight from its XML.

    Read-only mode does not parse <mergeCells> (it follows the cells, at the end of
    the part). The part is streamed in chunks and only searched for "mergeCell":
    a few milliseconds for thousands of rows, far less than a full (non read-only)
    load, and never the whole part in memory.
    """
    try:
        part = openpyxl_internals.sheet_part(worksheet)
    except (KeyError, zipfile.BadZipFile, OSError):
        return []
    boxes: list[Box] = []
    tail = b""
    with part:
        while chunk := part.read(_CHUNK):
            data = tail + chunk
            if b"mergeCell" not in data:
                tail = data[-_KEEP:]
                continue
            end = 0
            for match in _MERGE_REF.finditer(data):
                end = match.end()
                try:
                    box = range_boundaries(match.group(1).decode("ascii"))
                except ValueError:
                    continue
                low_col, low_row, high_col, high_row = box
                if low_col and low_row and high_col and high_row:  # not a whole row/column
                    boxes.append((low_col, low_row, high_col, high_row))
            # A match is complete (it ends in a quote); a tag cut at the chunk's end
            # is kept for the next round.
            tail = data[max(end, len(data) - _KEEP) :]
    return boxes


_CHUNK = 1 << 20
_KEEP = 256  # longer than any <mergeCell ref="…"> tag
