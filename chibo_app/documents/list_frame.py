"""What the cell's numbered lists share (signed-off plans, evaluation, nominations): the
page frame — header with the register number, title, the table, its totals, the
secretary's signature and Nơi nhận — and the table's cell styles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import NamedTuple

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from chibo_app.core.cell import CellSettings
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import DocumentHeader, PartyDocument, SignatureBlock


class CellStyles(NamedTuple):
    cell: ParagraphStyle
    centre: ParagraphStyle
    head: ParagraphStyle


def cell_styles(doc: PartyDocument, name: str, size: float | None = None) -> CellStyles:
    """The table's text, centred text and header at `size` (default: a point smaller than
    other tables, so many columns share the width)."""
    size = doc.settings.table_size - 1 if size is None else size
    styles = doc.styles

    def sized(suffix: str, base: ParagraphStyle) -> ParagraphStyle:
        return ParagraphStyle(f"{name}_{suffix}", base, fontSize=size, leading=size * 1.2)

    return CellStyles(
        sized("cell", styles.cell), sized("centre", styles.cell_centre),
        sized("head", styles.cell_header),
    )  # fmt: skip


def list_document(
    cell: CellSettings,
    *,
    year: int,
    dated: dt.date | None,
    doc_type: str,
    number: int | None,
    title: list[str],
    table: Callable[[PartyDocument], Flowable],
    totals: Sequence[str],
    sent_to: Sequence[str],
    summary: str | None = None,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> PartyDocument:
    header = DocumentHeader.for_cell(cell, year, dated, doc_type=doc_type, number=number)
    doc = PartyDocument(header, title, summary=summary, code=code, settings=settings)
    doc.add(table(doc))
    for line in totals:
        doc.paragraph(line, indent=False)
    doc.close(
        right=SignatureBlock(heading=("T/M CHI BỘ", "BÍ THƯ"), name=cell.secretary),
        recipients=sent_to,
    )
    return doc
