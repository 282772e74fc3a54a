"""Opening a user's .xlsx safely: one clear Vietnamese message for every way it can
fail, and the merged ranges that read-only mode does not expose."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.workbook import Workbook

from chibo_app.errors import ChiboError

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')

# (min_col, min_row, max_col, max_row), 1-based and inclusive.
Box = tuple[int, int, int, int]


def not_a_spreadsheet(path: Path) -> ChiboError:
    return ChiboError(f"Tệp “{path.name}” không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng.")


def old_xls(path: Path) -> ChiboError:
    return ChiboError(
        f"Tệp “{path.name}” là bảng tính Excel đời cũ (.xls). Hãy mở tệp bằng Excel, "
        "chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”, rồi nhập tệp .xlsx đó."
    )


def _check_signature(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
            rest = handle.read(1 << 20) if head == _OLE2_MAGIC else b""
    except FileNotFoundError:
        raise ChiboError(f"Không tìm thấy tệp “{path.name}”.") from None
    except OSError:
        raise ChiboError(
            f"Không mở được tệp “{path.name}” (tệp đang bị khóa hoặc không có quyền đọc)."
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
    """Read-only workbook (values, not formulas); closed on exit."""
    _check_signature(path)
    with open(path, "rb") as handle:
        try:
            # A file object skips openpyxl's extension check: a renamed .xlsx still opens.
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except Exception:  # openpyxl raises KeyError, BadZipFile, XML errors …
            raise not_a_spreadsheet(path) from None
        try:
            yield workbook
        finally:
            workbook.close()


def merged_boxes(workbook: Workbook, worksheet: Any) -> list[Box]:
    """Merged ranges of a read-only worksheet, read straight from its XML.

    Read-only mode does not parse <mergeCells>; scanning the raw part for it costs a
    few milliseconds even for thousands of rows, far less than a full (non
    read-only) load.
    """
    try:
        data = workbook._archive.read(worksheet._worksheet_path)  # noqa: SLF001
    except (AttributeError, KeyError, zipfile.BadZipFile, OSError):
        return []
    start = data.find(b"mergeCell")
    if start < 0:
        return []
    boxes: list[Box] = []
    for match in _MERGE_REF.finditer(data, max(start - 16, 0)):
        try:
            box = range_boundaries(match.group(1).decode("ascii"))
        except ValueError:
            continue
        if None not in box:
            boxes.append(box)
    return boxes
