"""A combined document of the đảng ủy as data: tables (plain rows, group headings over
the whole width, totals) and paragraphs, with its register identity. Written as PDF and
.docx by documents/summary_document.py and as .xlsx by spreadsheets/summary_sheet.py from
this one model, so the three files say the same and carry the same verification code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from chibo_app.core.cell import CellSettings

ROW, GROUP, SUBGROUP, TOTAL = "row", "group", "subgroup", "total"


@dataclass(frozen=True)
class Row:
    values: tuple[str, ...]
    style: str = ROW  # ROW, GROUP / SUBGROUP (one text over the whole row), TOTAL (bold)


@dataclass(frozen=True)
class Table:
    columns: tuple[tuple[str, float], ...]  # header label, width (relative, in mm)
    rows: tuple[Row, ...]
    centred: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Text:
    text: str
    heading: bool = False


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


def content(doc: SummaryDocument, cell: CellSettings) -> dict[str, object]:
    """What the verification code stands for: every text printed but the date line."""
    blocks: list[object] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            blocks.append(
                [[c for c, _w in block.columns], [[r.style, *r.values] for r in block.rows]]
            )
        else:
            blocks.append([block.heading, block.text])
    return {
        "title": list(doc.title),
        "summary": doc.summary,
        "blocks": blocks,
        "issuer": cell.cell_name,
        "signer": cell.secretary,
    }


def recipients(doc: SummaryDocument, cell: CellSettings) -> list[str]:
    """Nơi nhận: those given, else the đảng ủy's superior and its own copy."""
    if doc.recipients:
        return list(doc.recipients)
    return [name for name in (cell.superior, "Lưu Văn phòng Đảng ủy") if name]
