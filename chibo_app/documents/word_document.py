"""The party document as an editable Word file (.docx), laid out like its PDF.

The secretary often has to send "bản Word" and adjust the wording herself, so every
document the app prints can also be written here, with the same frame as
`party_document.PartyDocument` (Hướng dẫn 36-HD/VPTW): A4 with the margins of the page
settings, Times New Roman at the body size, the header table (superior committee and
cell in capitals, '*', 'Số …' on the left; 'ĐẢNG CỘNG SẢN VIỆT NAM' underlined and the
italic place-and-date line on the right, no borders), the centred title, body
paragraphs and tables, the signature block with "Nơi nhận", page numbers from the
second page, and the register number and verification code (text and QR) in the footer
of every page. Word's own means are used throughout (styles, tab stops with dotted
leaders, a PAGE field, repeating table headers, keep-with-next), so the file stays
pleasant to edit.

Building a document mirrors PartyDocument:

    header = DocumentHeader.for_cell(cell, year, day, doc_type="BB", number=5)
    doc = WordDocument(header, ["BIÊN BẢN", "SINH HOẠT CHI BỘ"], code=record.code,
                       settings=page_settings)
    doc.paragraph("Hôm nay, …")                # justified, first line indented
    doc.heading("I. NỘI DUNG")                  # bold, kept with what follows
    doc.table(["STT", "Họ và tên"], [["1", "Nguyễn Văn An"]], widths=[12, 80],
              centred={0})                       # widths are relative, scaled to the page
    doc.close(right=SignatureBlock(name=cell.secretary), recipients=["Lưu Chi bộ"])
    write_word(path, [doc], title=record.title, author=cell.cell_name)

`write_word` puts one or many documents into one file, each in its own section (a new
page, its own page numbers and its own code), and writes it atomically. The code on
a .docx is the code of the same content printed as PDF: builders compute the
`PrintedDocument` once and the register records it whichever file is written.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.section import Section

from chibo_app.core.verification import PrintedDocument
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    TOTALS_CHARACTERS,
    TOTALS_LINES,
    DocumentHeader,
    SignatureBlock,
)
from chibo_app.documents.word_writer import (
    CENTRE,
    JUSTIFY,
    LANGUAGE,
    LEFT,
    RIGHT,
    BreakStep,
    ClosingStep,
    ImageStep,
    LinesStep,
    ParagraphStep,
    Run,
    Step,
    TableStep,
    Writer,
    nfc,
    section_end,
    set_up_section,
    set_up_styles,
    strip_template_body,
)
from chibo_app.fileio import atomic_path

__all__ = [
    "CENTRE",
    "JUSTIFY",
    "LEFT",
    "RIGHT",
    "Run",
    "WordDocument",
    "WordResult",
    "write_word",
    "write_word_recorded",
]


@dataclass(frozen=True)
class WordResult:
    path: Path
    documents: int


class WordDocument:
    """One document's content, built with the methods below, then given to write_word.

    Each method records a step; `write_word` replays them into the .docx, so a document
    can be built before the file (and its section) exists.
    """

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
        self.header = header
        self.code = code
        self.title_lines = [nfc(line) for line in title_lines]
        self.summary = nfc(summary) if summary else None
        self._steps: list[Step] = []
        self._closing: ClosingStep | None = None

    # Body ---------------------------------------------------------------------------

    def paragraph(
        self,
        text: str,
        *,
        indent: bool = True,
        align: str = JUSTIFY,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        keep_with_next: bool = False,
    ) -> None:
        """A body paragraph: justified, first line indented unless `indent` is False.
        Line breaks in `text` stay line breaks within the paragraph."""
        self.runs(
            [Run(text, bold, italic)],
            indent=indent,
            align=align,
            size=size,
            keep_with_next=keep_with_next,
        )

    def fixed(self, text: str, *, indent: bool = True) -> None:
        """PartyDocument's shared wording; in Word simply a paragraph."""
        self.paragraph(text, indent=indent)

    def runs(
        self,
        runs: Sequence[Run],
        *,
        indent: bool = True,
        align: str = JUSTIFY,
        size: float | None = None,
        keep_with_next: bool = False,
    ) -> None:
        """A paragraph of differently styled pieces ('Số liệu cụ thể:' in bold italic …)."""
        self._steps.append(
            ParagraphStep(tuple(runs), indent, align, size, keep_with_next, heading=False)
        )

    def heading(self, text: str) -> None:
        """A bold section heading, indented like the body, never alone at a page's foot."""
        self._steps.append(
            ParagraphStep((Run(text, bold=True),), True, JUSTIFY, None, True, heading=True)
        )

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str] | str],
        widths: Sequence[float],
        *,
        centred: Collection[int] = (),
        size: float | None = None,
        bold_rows: Collection[int] = (),
        keep_with_previous: bool = False,
        min_row_mm: float = 0,
        groups: Sequence[str | None] = (),
        italic_rows: Collection[int] = (),
        shaded_rows: Collection[int] = (),
        top: bool = False,
    ) -> None:
        """A bordered table as wide as the text: `widths` are relative (e.g. the PDF's
        millimetres); its header row repeats on every page and is bold and centred; a
        row given as one string is a part's title, bold across the whole table;
        `centred` columns are centred, `bold_rows` (indexes into `rows`) bold (a total),
        `italic_rows` italic (a note), `shaded_rows` (parts' titles) on grey; `top` puts
        the text at the top of its cells rather than the middle. `groups` gives each
        column the label of the group it belongs to, merged over the group's columns in a
        first header row, or None for a column whose own label spans both header rows."""
        self._steps.append(
            TableStep(
                tuple(header),
                tuple(r if isinstance(r, str) else tuple(r) for r in rows),
                tuple(widths),
                frozenset(centred),
                size,
                frozenset(bold_rows),
                keep_with_previous,
                min_row_mm,
                tuple(groups),
                frozenset(italic_rows),
                frozenset(shaded_rows),
                top,
            )
        )

    def writing_lines(self, count: int) -> None:
        """`count` dotted lines across the text width to write on by hand (a tab with a
        dotted leader: the dots stay where they are when text is typed on them)."""
        self._steps.append(LinesStep(count))

    def image(self, png: bytes, width_mm: float, caption: str | None = None) -> None:
        """A picture centred in the text (a chart), with an italic caption under it."""
        self._steps.append(ImageStep(png, width_mm, nfc(caption) if caption else None))

    def page_break(self) -> None:
        self._steps.append(BreakStep())

    # Closing ------------------------------------------------------------------------

    def close(
        self,
        *,
        right: SignatureBlock | None = None,
        left: SignatureBlock | None = None,
        recipients: Sequence[str] = (),
    ) -> None:
        """The bottom row: recipients or a second signature left, a signature right;
        the names of two signatures on one line, the whole kept together with the last
        paragraph of the body."""
        self._closing = ClosingStep(right, left, tuple(recipients))

    # Rendering ----------------------------------------------------------------------

    def _table_before_closing(self) -> int | None:
        """The index of the table that only a list's totals (a few short paragraphs)
        part from the closing: its last rows go over with them, as in the PDF
        (party_document._with_closing, table_end)."""
        if self._closing is None:
            return None
        characters = 0
        for index in range(len(self._steps) - 1, -1, -1):
            step = self._steps[index]
            if isinstance(step, TableStep):
                return index if len(self._steps) - 1 - index <= TOTALS_LINES else None
            if not isinstance(step, ParagraphStep):
                return None
            characters += sum(len(run.text) for run in step.runs)
            if characters > TOTALS_CHARACTERS:
                return None
        return None

    def render(self, document: Document, section: Section) -> None:
        """Write this document into `document`, in `section` (already made for it)."""
        writer = Writer(document, self.settings)
        set_up_section(section, self.settings, self.code)
        writer.header_table(self.header)
        writer.title(self.title_lines, self.summary)
        ending = self._table_before_closing()
        for index, step in enumerate(self._steps):
            if index == ending and isinstance(step, TableStep):
                writer.table(step, keep_end=True)
            elif ending is not None and index > ending and isinstance(step, ParagraphStep):
                writer.paragraph(replace(step, keep_with_next=True))
            else:
                writer.write(step)
        if self._closing is not None:
            writer.keep_last_with_next()
            writer.closing(self._closing)


def write_word(
    path: str | os.PathLike[str],
    documents: Sequence[WordDocument],
    *,
    title: str = "",
    author: str = "",
    dated: dt.date | None = None,
    identifier: str = "",
) -> WordResult:
    """Write `documents` into one .docx, each from a new page in its own section."""
    if not documents:
        raise ValueError("write_word needs at least one document")
    docx = new_docx()
    set_up_styles(docx, documents[0].settings)
    strip_template_body(docx)
    for index, document in enumerate(documents):
        if index == 0:
            section = docx.sections[0]
        else:
            section = docx.add_section(WD_SECTION.NEW_PAGE)
            section_end(docx.paragraphs[-1])
        document.render(docx, section)
    properties = docx.core_properties
    properties.title = nfc(title)
    properties.author = nfc(author)
    properties.last_modified_by = nfc(author)
    properties.comments = "Chi bộ"
    properties.language = LANGUAGE
    properties.identifier = identifier  # what the file is, for reading it back
    if dated is not None:
        moment = dt.datetime.combine(dated, dt.time(8, 0))
        properties.created = properties.modified = moment
    target = Path(path)
    with atomic_path(target) as temporary:
        docx.save(str(temporary))
    return WordResult(target, len(documents))


def write_word_recorded(
    path: str | os.PathLike[str],
    document: WordDocument,
    record: PrintedDocument,
    author: str,
) -> tuple[WordResult, PrintedDocument]:
    """Write one numbered document as .docx; the caller records `record` afterwards (the
    same record its PDF would make)."""
    return write_word(path, [document], title=record.title, author=author), record
