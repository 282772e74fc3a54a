"""The signed-off list as PDF; its rows, wording and layout are
core/signed_off_list.py's (the .xlsx prints the same through spreadsheets/)."""

from __future__ import annotations

from chibo_app.core.cell import CellSettings
from chibo_app.core.signed_off_list import SignedOffListData, layout, printed_list
from chibo_app.core.verification import PrintedDocument
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import PdfOutput, RenderResult
from chibo_app.documents.summary_document import write_layout_pdf


def write_signed_off_pdf(
    path: PdfOutput,
    data: SignedOffListData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> tuple[RenderResult, PrintedDocument]:
    """Write the list; record the returned PrintedDocument in the register afterwards."""
    record = printed_list(data, cell)
    return write_layout_pdf(path, layout(data, cell), record, cell, settings), record
