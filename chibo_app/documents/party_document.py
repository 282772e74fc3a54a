"""The party-document engine: lays out documents as Hướng dẫn 36-HD/VPTW describes.

Every printed document of the app is a `PartyDocument`: the header block (superior
committee, cell, '*', 'Số …' on the left; 'ĐẢNG CỘNG SẢN VIỆT NAM' and the place-and-
date line on the right), a centred bold title and optional summary line, body
flowables, and a closing row (recipients bottom left, signature bottom right).

`write_documents` puts one or many of them into a single PDF, each starting on a new
page with its own page numbers (from its page 2, top centre) and its own verification
code and QR in the footer of every page; it writes atomically, reports progress and
can be cancelled between documents.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from chibo_app.core.cell import CellSettings
from chibo_app.core.messages import msg
from chibo_app.core.paper_dates import place_date_line
from chibo_app.core.verification import (
    PrintedDocument,
    display_code,
    number_text,
    qr_payload,
)
from chibo_app.documents import fonts
from chibo_app.documents.flowables import DottedLines, HeaderBlock, Hook
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.paged_table import PagedTable
from chibo_app.documents.qr import draw_qr
from chibo_app.documents.styles import Styles, styles_for
from chibo_app.documents.table_end import TableThenClosing
from chibo_app.documents.text_blocks import SideBySide, TextBlock, TextStyle
from chibo_app.errors import ChiboError
from chibo_app.fileio import atomic_path

Progress = Callable[[int, int], None]
# Where a PDF goes: a file (written atomically) or a stream (the print preview's memory).
PdfOutput = str | os.PathLike[str] | BinaryIO
TOTALS_LINES = 8  # at most this many short paragraphs after a list are its totals
TOTALS_CHARACTERS = 800
WRITING_SPACING = 1.35  # a hand-writing line is this many text lines high
CancelCheck = Callable[[], bool]


class Cancelled(ChiboError):
    """The user stopped a print job; no file was written."""

    def __init__(self) -> None:
        super().__init__(msg("Đã hủy in; không có tệp nào được tạo."))


def markup(text: str) -> str:
    """Plain user text → Paragraph markup: NFC, <>& escaped, line breaks kept."""
    text = unicodedata.normalize("NFC", text)
    return escape(text).replace("\n", "<br/>")


# A TableStyle command: ("NAME", (column, row), (column, row), *values); its values'
# types depend on the name, which reportlab's stubs spell out command by command.
TableCommand = tuple[Any, ...]


def table_style(commands: Sequence[TableCommand]) -> TableStyle:
    """A TableStyle in the shipped font: a table's own default (Helvetica, never
    embedded) would otherwise be named in the PDF even when every cell is a Paragraph."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def plain(text: str) -> str:
    """User text for a TextBlock: NFC (the font has precomposed glyphs only)."""
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=4096)
def shared_block(text: str, style: TextStyle, keep_with_next: bool = False) -> TextBlock:
    """One TextBlock per (text, style), reused by every document of every batch: the
    layout is computed once per width. Safe because a TextBlock never changes after
    layout; a page split makes new blocks."""
    block = TextBlock(text, style)
    block.keepWithNext = keep_with_next
    return block


@dataclass(frozen=True)
class DocumentHeader:
    superior: str
    cell_name: str
    place: str
    year: int
    date: dt.date | None = None  # None leaves day and month to write by hand
    number: str | None = None  # 'Số 03-KH/CB'; None prints no number line

    @classmethod
    def for_cell(
        cls,
        cell: CellSettings,
        year: int,
        date: dt.date | None = None,
        *,
        doc_type: str = "",
        number: int | None = None,
    ) -> DocumentHeader:
        """The header of a document this cell issues; numbered when `number` is given."""
        return cls(
            superior=cell.superior,
            cell_name=cell.cell_name,
            place=cell.place,
            year=year,
            date=date,
            number=number_text(number, doc_type, cell.symbol or "CB"),
        )


@dataclass(frozen=True)
class SignatureBlock:
    """A centred signing column: bold capitals, an optional italic note, room, name."""

    heading: tuple[str, ...] = ("T/M CHI BỘ", "BÍ THƯ")
    note: str | None = None
    name: str = ""
    above: str | None = None  # an italic line above the heading (e.g. a date)


class PartyDocument:
    """One document's content, built up with the helper methods, then `story()`."""

    def __init__(
        self,
        header: DocumentHeader,
        title_lines: Sequence[str],
        *,
        summary: str | None = None,
        code: str | None = None,
        settings: PageSettings | None = None,
    ) -> None:
        self.settings = settings or PageSettings()
        self.styles: Styles = styles_for(self.settings)
        self.header = header
        self.code = code
        self._body: list[Flowable] = []
        self._closing: list[Flowable] = []
        self._title_lines = list(title_lines)
        self._summary = summary

    # Body --------------------------------------------------------------------

    def add(self, *flowables: Flowable) -> None:
        self._body.extend(flowables)

    def paragraph(self, text: str, *, indent: bool = True, rich: bool = False) -> None:
        """A justified body paragraph; `rich` means `text` is Paragraph markup (slower:
        plain text goes through the fast TextBlock)."""
        if rich:
            style = self.styles.body if indent else self.styles.plain
            self._body.append(Paragraph(text, style))
            return
        text_style = self.styles.text.body if indent else self.styles.text.plain
        self._body.append(TextBlock(plain(text), text_style))

    def heading(self, text: str) -> None:
        self._body.append(shared_block(plain(text), self.styles.text.heading, keep_with_next=True))

    def writing_lines(self, count: int) -> None:
        """`count` dotted lines across the text to write on by hand (WordDocument's
        dotted tab leaders, in the PDF)."""
        self._body.append(DottedLines(count, self.settings.leading * WRITING_SPACING))

    def fixed(self, text: str, *, indent: bool = True) -> None:
        """Wording every document of a batch repeats: laid out once, then shared."""
        style = self.styles.text.body if indent else self.styles.text.plain
        self._body.append(shared_block(plain(text), style))

    # Closing -----------------------------------------------------------------

    def close(
        self,
        *,
        right: SignatureBlock | None = None,
        left: SignatureBlock | None = None,
        recipients: Sequence[str] = (),
    ) -> None:
        """The bottom row: recipients or a second signature left, a signature right.

        Laid out as one table whose rows are heading / note / signing space / name,
        so two signatures side by side have their names on the same line; kept
        together so a signature never stands alone at the top of a page.
        """
        empty: list[list[Flowable]] = [[], [], [], []]
        right_bands = self._signature(right) if right is not None else empty
        if left is not None:
            left_bands = self._signature(left)
        else:
            left_bands = [self._recipients(recipients) if recipients else [], [], [], []]
        width = self.settings.frame_width
        self._closing = [
            Spacer(1, self.settings.body_size * 0.5),
            SideBySide(left_bands, right_bands, (width * 0.45, width * 0.55)),
        ]

    def _signature(self, block: SignatureBlock) -> list[list[Flowable]]:
        """Four bands: heading lines, note, signing space, name."""
        t = self.styles.text
        heading: list[Flowable] = []
        if block.above:
            heading.append(shared_block(plain(block.above), t.centre_italic))
        heading += [shared_block(plain(line), t.centre_bold) for line in block.heading]
        note: list[Flowable] = []
        if block.note:
            note.append(shared_block(plain(block.note), t.centre_italic))
        space: list[Flowable] = [Spacer(1, self.settings.signing_space_mm * mm)]
        name: list[Flowable] = []
        if block.name:
            name.append(TextBlock(plain(block.name), t.centre_bold))
        return [heading, note, space, name]

    def _recipients(self, recipients: Sequence[str]) -> list[Flowable]:
        t = self.styles.text
        items: list[Flowable] = [shared_block("Nơi nhận:", t.label)]
        last = len(recipients) - 1
        for n, name in enumerate(recipients):
            items.append(TextBlock(plain(f"- {name}{'.' if n == last else ','}"), t.small))
        return items

    # Assembly ----------------------------------------------------------------

    def story(self) -> list[Flowable]:
        s = self.styles
        h = self.header
        flowables: list[Flowable] = [
            HeaderBlock(
                superior=h.superior,
                cell_name=h.cell_name,
                number=h.number,
                date_line=place_date_line(h.place, h.date, h.year),
                header_size=self.settings.header_size,
                party_header_size=self.settings.party_header_size,
            ),
            shared_block(plain("\n".join(self._title_lines)), s.text.title),
        ]
        if self._summary:
            flowables.append(Paragraph(markup(self._summary), s.summary))
        flowables.append(Spacer(1, self.settings.body_size * 0.6))
        return flowables + _with_closing(self._body, self._closing)


def _with_closing(body: list[Flowable], closing: list[Flowable]) -> list[Flowable]:
    """The body, then the closing kept together with the last paragraph of text, so
    the signatures never stand alone on the last page (a heading before that
    paragraph keeps with it too). A table right before them (a list and its totals)
    sends its last rows over with them rather than being pulled over whole."""
    if not closing or not body or not isinstance(body[-1], TextBlock | Paragraph):
        return body + closing
    at = next(
        (i for i in range(len(body) - 2, -1, -1) if isinstance(body[i], Table | PagedTable)), -1
    )
    table = body[at] if at >= 0 else None
    if isinstance(table, Table | PagedTable) and _totals_only(body[at + 1 :]):  # a list, then
        rest = [*body[at + 1 :], *closing]  # its totals
        kept = table.then(rest) if isinstance(table, PagedTable) else TableThenClosing(table, rest)
        return [*body[:at], kept]
    start = len(body) - 1
    while start > 0 and _keeps_with_next(body[start - 1]):  # reportlab cannot keep a
        start -= 1  # heading with a KeepTogether, so the heading goes inside it
    return [*body[:start], KeepTogether([*body[start:], *closing])]


def _keeps_with_next(flowable: Flowable) -> bool:
    keeps: object = flowable.getKeepWithNext()  # type: ignore[no-untyped-call]  # in the stubs
    return bool(keeps)


def _totals_only(flowables: list[Flowable]) -> bool:
    """A few short paragraphs (a list's totals), not a text that may run on for pages."""
    texts = [f.text for f in flowables if isinstance(f, TextBlock | Paragraph)]
    return (
        len(flowables) <= TOTALS_LINES
        and len(texts) == len(flowables)
        and sum(len(text) for text in texts) <= TOTALS_CHARACTERS
    )


@dataclass(frozen=True)
class RenderResult:
    path: Path | None  # None when written into a stream
    pages: int
    documents: int


class _Batch:
    """What the page callbacks need to know about the document being laid out."""

    def __init__(
        self,
        settings: PageSettings,
        total: int,
        progress: Progress | None,
        cancel: CancelCheck | None,
    ) -> None:
        self.settings = settings
        self.total = total
        self.progress = progress
        self.cancel = cancel
        self.code: str | None = None
        self.first_page = 1
        self._footers: set[str] = set()

    def starter(self, index: int, code: str | None) -> Callable[[Any], None]:
        def start(canvas: Any) -> None:
            if self.cancel is not None and self.cancel():
                raise Cancelled()
            if self.progress is not None:
                self.progress(index, self.total)
            self.code = code
            self.first_page = canvas.getPageNumber()

        return start

    def end_page(self, canvas: Any, _doc: Any) -> None:
        settings = self.settings
        width, height = settings.page_size
        canvas.saveState()
        page_in_document = canvas.getPageNumber() - self.first_page + 1
        if page_in_document > 1:  # party documents number pages from the second one
            canvas.setFont(fonts.REGULAR, settings.header_size)
            canvas.drawCentredString(
                (settings.left_mm * mm + width - settings.right_mm * mm) / 2,
                height - settings.top_mm * mm / 2 - settings.header_size * 0.35,
                str(page_in_document),
            )
        if self.code:
            canvas.doForm(self._footer(canvas, self.code))
        canvas.restoreState()

    def _footer(self, canvas: Any, code: str) -> str:
        """The code line and QR of one document as a PDF form, drawn once and placed
        on each of its pages (a QR is ~400 small rectangles)."""
        name = f"footer-{code}"
        if name in self._footers:
            return name
        settings = self.settings
        width, _height = settings.page_size
        size = settings.qr_size_mm * mm
        bottom = max(2 * mm, (settings.bottom_mm * mm - size) / 2 - 1 * mm)
        canvas.beginForm(name)
        draw_qr(canvas, qr_payload(code), width - settings.right_mm * mm - size, bottom, size)
        canvas.setFont(fonts.REGULAR, settings.footer_size)
        canvas.drawString(
            settings.left_mm * mm,
            bottom + size / 2 - settings.footer_size * 0.35,
            f"Mã xác thực: {display_code(code)}",
        )
        canvas.endForm()
        self._footers.add(name)
        return name


def write_recorded(
    path: PdfOutput,
    document: PartyDocument,
    record: PrintedDocument,
    cell: CellSettings,
    settings: PageSettings | None = None,
) -> tuple[RenderResult, PrintedDocument]:
    """Write one numbered document; the caller records `record` in the register after."""
    render = write_documents(
        path, [document], settings=settings, title=record.title, author=cell.cell_name
    )
    return render, record


def write_documents(
    path: PdfOutput,
    documents: Sequence[PartyDocument],
    *,
    settings: PageSettings | None = None,
    title: str = "",
    author: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> RenderResult:
    """Lay out `documents` one after another (each from a new page) into one PDF.

    `progress(done, total)` is called as each document starts and once at the end;
    `cancel()` is asked before each document and, if it returns True, the job stops
    with `Cancelled` and no file is left behind.
    """
    settings = settings or PageSettings()
    fonts.register_fonts()
    batch = _Batch(settings, len(documents), progress, cancel)
    story: list[Flowable] = []
    for index, document in enumerate(documents):
        if index:
            story.append(PageBreak())
        story.append(Hook(batch.starter(index, document.code)))
        story.extend(document.story())
    target: Path | None = None
    if isinstance(path, str | os.PathLike):
        target = Path(path)
        with atomic_path(target) as temporary:
            template = _template(str(temporary), settings, title, author, batch)
            template.build(story)
    else:
        template = _template(path, settings, title, author, batch)
        template.build(story)
    if progress is not None:
        progress(len(documents), len(documents))
    return RenderResult(path=target, pages=template.page, documents=len(documents))


def _template(
    path: str | BinaryIO, settings: PageSettings, title: str, author: str, batch: _Batch
) -> BaseDocTemplate:
    width, height = settings.page_size
    frame = Frame(
        settings.left_mm * mm,
        settings.bottom_mm * mm,
        width - (settings.left_mm + settings.right_mm) * mm,
        height - (settings.top_mm + settings.bottom_mm) * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    page = PageTemplate(
        id="party", frames=[frame], onPageEnd=batch.end_page, pagesize=(width, height)
    )
    return BaseDocTemplate(
        path,
        pagesize=(width, height),
        pageTemplates=[page],
        title=title,
        author=author,
        creator="Chi bộ",
        # The canvas would otherwise start every page in Helvetica, a font that is
        # never embedded: only the shipped family may appear in the file.
        initialFontName=fonts.REGULAR,
        initialFontSize=settings.body_size,
        subject=title,
        leftMargin=settings.left_mm * mm,
        rightMargin=settings.right_mm * mm,
        topMargin=settings.top_mm * mm,
        bottomMargin=settings.bottom_mm * mm,
    )
