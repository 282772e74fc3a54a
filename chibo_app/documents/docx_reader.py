"""Reading a Word file (.docx) into blocks for core.plan_reading, with python-docx.

The body is walked in order, paragraphs and tables alike, also inside content
controls and tracked insertions (people edit with "Track changes" on; deleted text is
left out). Word's automatic numbering is not part of a paragraph's text, so each
paragraph says whether Word numbers it (a bullet or a number, from the numbering
definitions, also through its style). Text is NFC. Every way a file can fail to open
becomes one Vietnamese sentence.
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from chibo_app.core.archive_limits import (
    MAX_COMPRESSION_RATIO,
    MAX_UNCOMPRESSED_BYTES,
    MB,
    RATIO_CHECK_MIN_BYTES,
)
from chibo_app.core.messages import msg
from chibo_app.core.plan_reading import Block, DocParagraph, DocTable
from chibo_app.errors import ChiboError

MAX_FILE_BYTES = 20 * MB  # a plan is 20–60 KB; pictures pasted in make a few MB
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_P, _TBL, _SDT, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:tr"), qn("w:tc")
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_NO_BREAK_HYPHEN, _DEL, _TEXT_BOX = qn("w:noBreakHyphen"), qn("w:del"), qn("w:txbxContent")
_R = qn("w:r")


@dataclass(frozen=True)
class DocxContent:
    blocks: list[Block]
    identifier: str  # core property set by the app's own export (who and which year)
    modified: dt.datetime | None  # when Word last saved it


def read_docx(path: str | os.PathLike[str]) -> DocxContent:
    """The blocks of `path`; ChiboError with one sentence if it cannot be read."""
    path = Path(path)
    _check_file(path)
    try:
        document = docx.Document(str(path))
        numbering = _numbering_formats(document)
        blocks = list(_blocks(document.element.body, document, numbering))
        properties = document.core_properties
        return DocxContent(blocks, properties.identifier or "", properties.modified)
    except ChiboError:
        raise
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, TypeError,
            AttributeError, IndexError, etree.LxmlError, OSError, EOFError):  # fmt: skip
        raise damaged(path) from None


def damaged(path: Path) -> ChiboError:
    return ChiboError(
        msg("Tệp “{name}” không phải là văn bản Word (.docx) hoặc đã bị hỏng.", name=path.name)
    )


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ChiboError(msg("Không tìm thấy tệp “{name}”.", name=path.name)) from None
    except OSError:
        raise ChiboError(
            msg(
                "Không mở được tệp “{name}” (tệp đang bị khóa hoặc không có quyền đọc).",
                name=path.name,
            )
        ) from None
    if size > MAX_FILE_BYTES:
        raise ChiboError(
            msg(
                "Tệp “{name}” quá lớn ({size} MB) cho một kế hoạch cá nhân; chỉ nhập "
                "được tệp đến {limit} MB.",
                name=path.name,
                size=f"{size / MB:.0f}",
                limit=MAX_FILE_BYTES // MB,
            )
        )
    if head == _OLE2_MAGIC:
        raise ChiboError(
            msg(
                "Tệp “{name}” là văn bản Word đời cũ (.doc). Hãy mở tệp bằng Word, "
                "chọn Tệp → Lưu thành → “Tài liệu Word (*.docx)”, rồi nhập tệp .docx "
                "đó.",
                name=path.name,
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise damaged(path) from None
    total = sum(part.file_size for part in parts)
    bomb = any(
        part.file_size > RATIO_CHECK_MIN_BYTES
        and part.file_size > MAX_COMPRESSION_RATIO * max(part.compress_size, 1)
        for part in parts
    )
    if bomb or total > MAX_UNCOMPRESSED_BYTES:
        raise ChiboError(
            msg(
                "Tệp “{name}” có nội dung nén bất thường, thường gặp ở tệp độc hại, "
                "nên không được mở để bảo vệ máy.",
                name=path.name,
            )
        )
    names = {part.filename for part in parts}
    if "word/document.xml" not in names:
        if "xl/workbook.xml" in names:
            raise ChiboError(
                msg(
                    "Tệp “{name}” là bảng tính Excel, không phải văn bản Word (.docx).",
                    name=path.name,
                )
            )
        raise damaged(path)


# --- the body ---------------------------------------------------------------------------


def _blocks(
    container: Any, document: Document, numbering: dict[tuple[str, int], str]
) -> Iterator[Block]:
    for child in container.iterchildren():
        tag = child.tag
        if tag == _P:
            kind, level = _list_kind(child, document, numbering)
            yield DocParagraph(_text(child), kind, level)
        elif tag == _TBL:
            rows, nested = _table(child)
            yield DocTable(rows)
            for table in nested:
                yield from _blocks_of_table(table)
        elif tag == _SDT:  # a content control: its content is body content
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, document, numbering)


def _blocks_of_table(table: Any) -> Iterator[Block]:
    rows, nested = _table(table)
    yield DocTable(rows)
    for inner in nested:
        yield from _blocks_of_table(inner)


def _table(table: Any) -> tuple[tuple[tuple[str, ...], ...], list[Any]]:
    """Rows of cell texts (a horizontally merged cell repeated over the columns it spans,
    a vertically merged one repeated down its rows), and the tables nested in cells."""
    rows: list[tuple[str, ...]] = []
    nested: list[Any] = []
    above: dict[int, str] = {}
    for row in table.iterchildren(_TR):
        cells: list[str] = []
        for cell in row.iterchildren(_TC):
            properties = cell.find(qn("w:tcPr"))
            span, merged = 1, False
            if properties is not None:
                grid_span = properties.find(qn("w:gridSpan"))
                if grid_span is not None:
                    span = max(1, int(grid_span.get(qn("w:val"), "1")))
                v_merge = properties.find(qn("w:vMerge"))
                merged = v_merge is not None and v_merge.get(qn("w:val")) in (None, "continue")
            paragraphs = []
            for child in cell.iterchildren():
                if child.tag == _P:
                    paragraphs.append(_text(child))
                elif child.tag == _TBL:
                    nested.append(child)
            text = "\n".join(paragraphs).strip("\n")
            column = len(cells)
            if merged and not text:
                text = above.get(column, "")
            for offset in range(span):
                above[column + offset] = text
            cells.extend([text] * span)
        rows.append(tuple(cells))
    return tuple(rows), nested


def _text(paragraph: Any) -> str:
    """The paragraph's text as a reader sees it: runs joined (however Word split them),
    tabs and line breaks kept, tracked deletions and text boxes left out."""
    parts: list[str] = []
    for element in paragraph.iter(_T, _TAB, _BR, _CR, _NO_BREAK_HYPHEN):
        if element.getparent().tag != _R or _inside(element, paragraph, (_DEL, _TEXT_BOX)):
            continue  # tab stops of the paragraph's settings; deleted text; text boxes
        tag = element.tag
        if tag == _T:
            parts.append(element.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag == _NO_BREAK_HYPHEN:
            parts.append("-")
        elif element.get(qn("w:type")) in (None, "textWrapping"):
            parts.append("\n")  # a line break (a page or column break is no text)
    return unicodedata.normalize("NFC", "".join(parts))


def _inside(element: Any, stop: Any, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


# --- Word's own numbering ---------------------------------------------------------------


def _numbering_formats(document: Document) -> dict[tuple[str, int], str]:
    """(numId, level) → numFmt ('bullet', 'decimal', 'lowerLetter', …)."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract: dict[str, dict[int, str]] = {}
    for definition in root.iterchildren(qn("w:abstractNum")):
        levels: dict[int, str] = {}
        for level in definition.iterchildren(qn("w:lvl")):
            fmt = level.find(qn("w:numFmt"))
            levels[int(level.get(qn("w:ilvl"), "0"))] = (
                fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal"
            )
        abstract[definition.get(qn("w:abstractNumId"), "")] = levels
    formats: dict[tuple[str, int], str] = {}
    for num in root.iterchildren(qn("w:num")):
        reference = num.find(qn("w:abstractNumId"))
        if reference is None:
            continue
        for level, fmt in abstract.get(reference.get(qn("w:val"), ""), {}).items():
            formats[(num.get(qn("w:numId"), ""), level)] = fmt
    return formats


def _list_kind(
    paragraph: Any, document: Document, numbering: dict[tuple[str, int], str]
) -> tuple[str, int]:
    """('bullet' | 'number' | '', level) of a paragraph Word numbers itself."""
    if not numbering:
        return "", 0
    num_pr = _num_pr(paragraph.find(qn("w:pPr")))
    if num_pr is None:
        num_pr = _style_num_pr(paragraph, document)
    if num_pr is None:
        return "", 0
    num_id = num_pr.find(qn("w:numId"))
    level_element = num_pr.find(qn("w:ilvl"))
    if num_id is None or num_id.get(qn("w:val")) in (None, "0"):
        return "", 0
    level = int(level_element.get(qn("w:val"), "0")) if level_element is not None else 0
    fmt = numbering.get((num_id.get(qn("w:val"), ""), level))
    if fmt is None or fmt == "none":
        return "", level
    return ("bullet" if fmt == "bullet" else "number"), level


def _num_pr(p_pr: Any) -> Any:
    return p_pr.find(qn("w:numPr")) if p_pr is not None else None


def _style_num_pr(paragraph: Any, document: Document) -> Any:
    """The numbering a paragraph gets from its style ("List Bullet", "List Number" …)."""
    p_pr = paragraph.find(qn("w:pPr"))
    style_id = None
    if p_pr is not None and (style := p_pr.find(qn("w:pStyle"))) is not None:
        style_id = style.get(qn("w:val"))
    styles = document.styles.element
    for _ in range(10):  # a style's chain of based-on styles, never a loop
        if not style_id:
            return None
        found = styles.xpath(f'w:style[@w:styleId="{style_id}"]') if style_id.isalnum() else []
        if not found:
            return None
        num_pr = _num_pr(found[0].find(qn("w:pPr")))
        if num_pr is not None:
            return num_pr
        based = found[0].find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None
    return None
