"""A party document made of tables and paragraphs, as data: tables (plain rows, group
headings over the whole width, totals, a note such as "Không có"; a header of one row,
or two where a group label spans several columns) and paragraphs, with its register
identity. The đảng ủy's combined documents and the cell's numbered lists (signed-off
plans, evaluation, nominations) are described this way; documents/summary_document.py
writes the model as PDF and as .docx, spreadsheets/summary_sheet.py the đảng ủy's as
.xlsx, so the files of a document say the same and carry the same verification code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from chibo_app.core.cell import CellSettings

ROW, GROUP, SUBGROUP, TOTAL, NOTE = "row", "group", "subgroup", "total", "note"


@dataclass(frozen=True)
class Row:
    values: tuple[str, ...]
    # ROW, GROUP / SUBGROUP (one text over the whole row), TOTAL (bold), NOTE (italic)
    style: str = ROW


def list_rows(lines: Iterable[str | Sequence[str]]) -> tuple[Row, ...]:
    """A numbered list's lines as table rows: a text alone is a part's title across the
    row (I. Đảng viên…), a sequence is a person's cells."""
    return tuple(
        Row((line,), GROUP) if isinstance(line, str) else Row(tuple(line)) for line in lines
    )


@dataclass(frozen=True)
class Table:
    columns: tuple[tuple[str, float], ...]  # header label, width (relative, in mm)
    rows: tuple[Row, ...]
    centred: frozenset[int] = frozenset()
    # A label over a run of columns (the header then has two rows), per column; None
    # where the column's own label spans both header rows. Empty: a one-row header.
    groups: tuple[str | None, ...] = ()
    signing: bool = False  # rows with room for a handwritten signature


@dataclass(frozen=True)
class Text:
    text: str
    heading: bool = False
    indent: bool = True  # a totals line under a list is not indented


Block = Table | Text


@dataclass(frozen=True)
class SummaryDocument:
    doc_type: str  # 'DS', 'BC'
    number: int | None
    year: int
    dated: dt.date | None
    title: tuple[str, ...]  # the centred title, line by line
    register_title: str  # the register's one-line title
    blocks: tuple[Block, ...]
    subject_table: str
    subject_ids: tuple[int, ...]
    summary: str = ""
    landscape: bool = False
    signing: tuple[str, ...] = ("T/M ĐẢNG ỦY", "BÍ THƯ")
    recipients: tuple[str, ...] = field(default_factory=tuple)
    # The title's words as the content hash first took them, when the printed title changed
    # only in layout (case, line breaks): documents printed before keep their code.
    hashed_title: tuple[str, ...] = ()


def content(doc: SummaryDocument, cell: CellSettings) -> dict[str, object]:
    """What the verification code stands for: every text printed but the date line."""
    blocks: list[object] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            header: list[object] = [c for c, _w in block.columns]
            if block.groups:  # (the đảng ủy's documents have none: their codes stay)
                header.append(list(block.groups))
            blocks.append([header, [[r.style, *r.values] for r in block.rows]])
        else:
            blocks.append([block.heading, block.text])
    return {
        "title": list(doc.hashed_title or doc.title),
        "summary": doc.summary,
        "blocks": blocks,
        "issuer": cell.cell_name,
        "signer": cell.secretary,
    }


def cell_recipients(given: Sequence[str], cell: CellSettings) -> list[str]:
    """A cell's list's Nơi nhận: those given, else the superior committee and the cell's
    own copy (the setting 'archive', "Lưu Văn phòng Chi bộ" as seed 003 writes it)."""
    if given:
        return list(given)
    return [name for name in (cell.superior, cell.archive) if name]


def recipients(doc: SummaryDocument, cell: CellSettings) -> list[str]:
    """Nơi nhận: those given, else the đảng ủy's superior and its own copy."""
    if doc.recipients:
        return list(doc.recipients)
    return [name for name in (cell.superior, "Lưu Văn phòng Đảng ủy") if name]
