"""Writes the steps of a WordDocument into a python-docx Document (see word_document).

Each step is a small frozen record of what the builder asked for; `Writer` turns it
into Word paragraphs and tables with the page settings' looks, using Word's own means
(styles, tab stops with leaders, PAGE fields, repeating header rows, keep-with-next).
The module also sets up the document-wide styles and each document's section: page
size and margins, page numbers from the second page, the code and QR in the footer.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shape import InlineShape
from docx.shared import Emu, Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from chibo_app.core.paper_dates import place_date_line
from chibo_app.core.party_header import PARTY_HEADER, STAR
from chibo_app.core.verification import display_code, qr_payload
from chibo_app.documents import docx_internals, fonts
from chibo_app.documents.docx_internals import Cell
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import WRITING_SPACING, DocumentHeader, SignatureBlock
from chibo_app.documents.qr import modules
from chibo_app.documents.qr_png import QUIET_ZONE, qr_png
from chibo_app.documents.table_end import KEPT_ROWS

FONT = "Times New Roman"  # what party documents are typed in; LibreOffice maps it to
# Liberation Serif, the metric twin the PDFs embed
LANGUAGE = "vi-VN"  # Word's spelling and hyphenation language for the text
# Word's "single" line of Times New Roman (and LibreOffice's of Liberation Serif) is
# 1.149 × the size (ascent, descent and line gap); the PDFs set their lines at size ×
# a leading factor, so a Word multiple of factor / 1.149 gives the same lines and
# pages (the PDFs' 1.15 is Word's single line, not Word's 1.15).
NATURAL_LINE = 1.149
CELL_LEADING = 1.2  # table text, as the PDFs' cell styles
TITLE_LEADING = 1.25  # the title lines, as the PDFs' title style
CELL_PADDING_PT = 3  # left and right inside table cells, as the PDF tables
# Room left beside a header line: Word and LibreOffice measure a line a hair wider than
# reportlab, and a line that just fits must not wrap there.
HEADER_SLACK_PT = 4

LEFT, CENTRE, JUSTIFY, RIGHT = "left", "centre", "justify", "right"
_ALIGN = {
    LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    CENTRE: WD_ALIGN_PARAGRAPH.CENTER,
    JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
    RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def line_multiple(leading: float) -> float:
    """Word's line spacing (a multiple of its single line) for the PDF's `leading`
    factor (the line's height over the font size)."""
    return round(leading / NATURAL_LINE, 3)


@dataclass(frozen=True)
class Run:
    """A piece of a rich paragraph."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class ParagraphStep:
    runs: tuple[Run, ...]
    indent: bool
    align: str
    size: float | None
    keep_with_next: bool
    heading: bool


@dataclass(frozen=True)
class TableStep:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...] | str, ...]  # a string: a part's title across the table
    widths: tuple[float, ...]
    centred: frozenset[int]
    size: float | None
    bold_rows: frozenset[int]
    keep_with_previous: bool
    min_row_mm: float = 0  # rows at least this tall (room to type or write)
    # A label over a run of columns, per column (None: the column's own label spans
    # both header rows); empty for a header of one row.
    groups: tuple[str | None, ...] = ()
    italic_rows: frozenset[int] = frozenset()  # indexes into `rows` (a note: "Không có")
    shaded_rows: frozenset[int] = frozenset()  # a part's title on grey, as the PDF's
    top: bool = False  # text at the top of its cell (long cells), not in the middle


@dataclass(frozen=True)
class LinesStep:
    count: int


@dataclass(frozen=True)
class ImageStep:
    png: bytes
    width_mm: float
    caption: str | None


@dataclass(frozen=True)
class BreakStep:
    pass


@dataclass(frozen=True)
class ClosingStep:
    right: SignatureBlock | None
    left: SignatureBlock | None
    recipients: tuple[str, ...]


Step = ParagraphStep | TableStep | LinesStep | ImageStep | BreakStep


class Writer:
    """Writes steps into a python-docx Document with the page settings' looks."""

    def __init__(self, document: Document, settings: PageSettings) -> None:
        self.doc = document
        self.s = settings
        self.last: Paragraph | None = None  # the body's last paragraph so far

    def write(self, step: Step) -> None:
        if isinstance(step, ParagraphStep):
            self.paragraph(step)
        elif isinstance(step, TableStep):
            self.table(step)
        elif isinstance(step, LinesStep):
            self.writing_lines(step.count)
        elif isinstance(step, ImageStep):
            self.image(step)
        else:
            self.page_break()

    @property
    def width_pt(self) -> float:
        return self.s.frame_width

    # Paragraphs

    def _para(
        self,
        container: Document | Cell,
        *,
        align: str = JUSTIFY,
        size: float | None = None,
        indent: bool = False,
        space_before: float = 0,
        space_after: float = 0,
        line_spacing: float | None = None,
    ) -> Paragraph:
        paragraph = container.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.alignment = _ALIGN[align]
        fmt.first_line_indent = Mm(self.s.first_line_indent_mm) if indent else Mm(0)
        fmt.space_before = Pt(space_before)
        fmt.space_after = Pt(space_after)
        if line_spacing is None:  # the body's lines, as the PDF's leading
            line_spacing = line_multiple(self.s.line_spacing)
        fmt.line_spacing = line_spacing
        fmt.widow_control = True
        if size is not None:
            _paragraph_size(paragraph, size)
        return paragraph

    def _text(
        self,
        paragraph: Paragraph,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        underline: bool = False,
        size: float | None = None,
    ) -> DocxRun:
        """Add `text` (NFC; '\\n' becomes a line break) as runs of one look."""
        run: DocxRun | None = None
        for n, line in enumerate(nfc(text).split("\n")):
            if n == 0:
                run = paragraph.add_run(line)
            else:
                run = paragraph.add_run()
                run.add_break(WD_BREAK.LINE)
                run.add_text(line)
            run.bold = bold or None
            run.italic = italic or None
            run.underline = underline or None
            if size is not None:
                run.font.size = Pt(size)
        assert run is not None
        return run

    def paragraph(self, step: ParagraphStep) -> None:
        s = self.s
        paragraph = self._para(
            self.doc,
            align=step.align,
            size=step.size,
            indent=step.indent,
            space_before=s.paragraph_space if step.heading else 0,
            space_after=s.paragraph_space,
        )
        paragraph.paragraph_format.keep_with_next = step.keep_with_next or None
        for run in step.runs:
            self._text(paragraph, run.text, bold=run.bold, italic=run.italic, size=step.size)
        self.last = paragraph

    def keep_last_with_next(self) -> None:
        if self.last is not None:
            self.last.paragraph_format.keep_with_next = True

    # The header and title

    def header_table(self, header: DocumentHeader) -> None:
        """Two borderless columns as party_document's HeaderBlock: the right one as wide
        as its two lines need, the left one the rest; as there, a long hand-written date
        line ("ngày …… tháng ……") gives way to the committee name and hangs into the
        gutter (a negative indent) rather than push the name onto two lines."""
        s = self.s
        size = s.header_size
        fonts.register_fonts()
        date_line = place_date_line(header.place, header.date, header.year)
        party_width = stringWidth(PARTY_HEADER, fonts.BOLD, s.party_header_size)
        date_width = stringWidth(date_line, fonts.ITALIC, size)
        superior, cell_name = header.superior.upper(), header.cell_name.upper()
        width = self.width_pt
        left_need = HEADER_SLACK_PT + max(
            stringWidth(superior, fonts.REGULAR, size), stringWidth(cell_name, fonts.BOLD, size)
        )
        right = max(party_width, date_width) + HEADER_SLACK_PT
        if left_need + right > width:
            right = max(party_width + HEADER_SLACK_PT, width - left_need)
        left = max(width * 0.4, width - right)
        right = width - left
        hang = max(0.0, date_width + HEADER_SLACK_PT - right)
        table = self._new_table(1, [left, right], borders=False)
        left_cell, right_cell = table.rows[0].cells
        inside = left - HEADER_SLACK_PT
        superior = "\n".join(_balanced(superior, fonts.REGULAR, size, inside))
        cell_name = "\n".join(_balanced(cell_name, fonts.BOLD, size, inside))
        lines: list[tuple[str, bool]] = [(superior, False), (cell_name, True), (STAR, False)]
        if header.number:
            lines.append((header.number, False))
        for n, (text, bold) in enumerate(lines):
            paragraph = left_cell.paragraphs[0] if n == 0 else self._para(left_cell, align=CENTRE)
            self._format_cell_paragraph(paragraph, CENTRE, size)
            self._text(paragraph, text, bold=bold, size=size)
        party = right_cell.paragraphs[0]
        self._format_cell_paragraph(party, CENTRE, s.party_header_size)
        self._text(party, PARTY_HEADER, bold=True, underline=True, size=s.party_header_size)
        dated = self._para(right_cell, align=CENTRE, size=size, space_before=6, line_spacing=1.0)
        if hang:
            dated.paragraph_format.left_indent = Pt(-round(hang, 1))
        self._text(dated, date_line, italic=True, size=size)

    def title(self, lines: Sequence[str], summary: str | None) -> None:
        s = self.s
        title = self._para(
            self.doc,
            align=CENTRE,
            size=s.title_size,
            space_before=s.body_size * 1.2,
            space_after=2 if summary else s.body_size * 0.6,
            line_spacing=line_multiple(TITLE_LEADING),
        )
        title.paragraph_format.keep_with_next = True
        self._text(title, "\n".join(lines), bold=True, size=s.title_size)
        if summary:
            line = self._para(self.doc, align=CENTRE, space_after=s.body_size * 1.2)
            self._text(line, summary, bold=True)

    # Tables

    def _new_table(self, rows: int, widths_pt: Sequence[float], *, borders: bool) -> Table:
        table: Table = self.doc.add_table(rows=rows, cols=len(widths_pt))
        table.style = self.doc.styles["Table Grid"] if borders else None
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table.columns, widths_pt, strict=True):
            column.width = Pt(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths_pt, strict=True):
                cell.width = Pt(width)
        # Borderless tables (the header, the signatures) are text at the margins, as
        # in the PDF: no padding ("Nơi nhận:" starts where the body's lines start).
        padding = CELL_PADDING_PT if borders else 0
        _cell_margins(table, padding, padding)
        return table

    def _format_cell_paragraph(self, paragraph: Paragraph, align: str, size: float) -> None:
        fmt = paragraph.paragraph_format
        fmt.alignment = _ALIGN[align]
        fmt.first_line_indent = Mm(0)
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = line_multiple(CELL_LEADING)
        _paragraph_size(paragraph, size)

    def table(self, step: TableStep, *, keep_end: bool = False) -> None:
        """The table; with `keep_end`, its last rows kept with what follows (the
        closing), as the PDF's table_end: the last page never holds a closing alone."""
        s = self.s
        size = step.size or s.table_size
        scale = self.width_pt / sum(step.widths)
        widths = [w * scale for w in step.widths]
        header_rows = 2 if step.groups else 1
        table = self._new_table(len(step.rows) + header_rows, widths, borders=True)
        self._header(table, step, size)
        for index, values in enumerate(step.rows):
            row = table.rows[index + header_rows]
            _cant_split(row)
            if step.min_row_mm:
                row.height = Mm(step.min_row_mm)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            italic = index in step.italic_rows
            if isinstance(values, str):  # a part's title ("I. ĐẢNG VIÊN") across the table
                merged = row.cells[0].merge(row.cells[-1])
                if index in step.shaded_rows:
                    _shade(merged)
                paragraph = merged.paragraphs[0]
                self._format_cell_paragraph(paragraph, LEFT, size)
                paragraph.paragraph_format.keep_with_next = True  # with its first row
                self._text(paragraph, values, bold=True, italic=italic, size=size)
                continue
            bold = index in step.bold_rows
            for column, (cell, value) in enumerate(zip(row.cells, values, strict=False)):
                align = CENTRE if column in step.centred else LEFT
                self._cell_text(cell, value, align, size, bold=bold, italic=italic)
                if step.top:
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        if step.keep_with_previous:
            self.keep_last_with_next()
        self.last = None
        gap = self._space_after_table()
        if keep_end:
            for row in table.rows[max(header_rows, len(table.rows) - KEPT_ROWS) :]:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
            gap.paragraph_format.keep_with_next = True

    def _header(self, table: Table, step: TableStep, size: float) -> None:
        """The header rows, repeated on every page, bold and centred, kept with the first
        row (never alone at a page's foot); with groups, a group's label is merged over
        its columns and a column outside any group spans both rows."""
        top = table.rows[0]
        _repeat_header(top)
        _cant_split(top)
        if not step.groups:
            for cell, label in zip(top.cells, step.header, strict=False):
                self._cell_text(cell, label, CENTRE, size, bold=True, keep=True)
            return
        below = table.rows[1]
        _repeat_header(below)
        _cant_split(below)
        column = 0
        while column < len(step.header):
            group = step.groups[column]
            if group is None:
                cell = top.cells[column].merge(below.cells[column])
                self._cell_text(cell, step.header[column], CENTRE, size, bold=True, keep=True)
                column += 1
                continue
            last = column
            while last + 1 < len(step.header) and step.groups[last + 1] == group:
                last += 1
            over = top.cells[column].merge(top.cells[last]) if last > column else top.cells[column]
            self._cell_text(over, group, CENTRE, size, bold=True, keep=True)
            for index in range(column, last + 1):
                label = step.header[index]
                self._cell_text(below.cells[index], label, CENTRE, size, bold=True, keep=True)
            column = last + 1

    def _cell_text(
        self,
        cell: Cell,
        value: str,
        align: str,
        size: float,
        *,
        bold: bool = False,
        italic: bool = False,
        keep: bool = False,
    ) -> None:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        self._format_cell_paragraph(paragraph, align, size)
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        if value:
            self._text(paragraph, value, bold=bold, italic=italic, size=size)

    def _space_after_table(self) -> Paragraph:
        """A small empty paragraph: Word needs one between a table and what follows."""
        gap = self._para(self.doc, size=2, line_spacing=1.0, space_after=self.s.paragraph_space)
        gap.paragraph_format.keep_with_next = None
        return gap

    def writing_lines(self, count: int) -> None:
        """Lines `WRITING_SPACING` text lines apart, as the PDF's: a line of the text's
        height and the rest as space before it (LibreOffice ignores an exact line
        height on a line holding only a tab, and would set them a text line apart)."""
        s = self.s
        for _ in range(count):
            paragraph = self._para(
                self.doc, align=LEFT, space_before=s.leading * (WRITING_SPACING - 1)
            )
            fmt = paragraph.paragraph_format
            fmt.line_spacing = Pt(s.leading)
            fmt.tab_stops.add_tab_stop(
                Pt(self.width_pt), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
            paragraph.add_run("\t")
            self.last = paragraph

    def image(self, step: ImageStep) -> None:
        picture = self._para(self.doc, align=CENTRE, line_spacing=1.0)
        picture.paragraph_format.keep_with_next = bool(step.caption) or None
        _flush(picture.add_run().add_picture(io.BytesIO(step.png), width=Mm(step.width_mm)))
        self.last = picture
        if step.caption:
            caption = self._para(
                self.doc, align=CENTRE, space_after=self.s.paragraph_space * 2, line_spacing=1.0
            )
            self._text(caption, step.caption, italic=True)
            self.last = caption

    def page_break(self) -> None:
        paragraph = self._para(self.doc, line_spacing=1.0)
        paragraph.add_run().add_break(WD_BREAK.PAGE)
        self.last = None

    # Closing

    def closing(self, step: ClosingStep) -> None:
        """One borderless table of four rows: heading / note / signing space / name, so
        two signatures side by side have their names on one line."""
        s = self.s
        spacer = self._para(self.doc, size=s.body_size * 0.5, line_spacing=1.0)
        spacer.paragraph_format.keep_with_next = True
        width = self.width_pt
        table = self._new_table(4, [width * 0.45, width * 0.55], borders=False)
        for index, row in enumerate(table.rows):
            _cant_split(row)
            for cell in row.cells:
                self._format_cell_paragraph(cell.paragraphs[0], CENTRE, s.body_size)
                if index < 3:  # the rows stay together on one page
                    cell.paragraphs[0].paragraph_format.keep_with_next = True
        space = table.rows[2]
        space.height = Mm(s.signing_space_mm)
        space.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        left_cells = [row.cells[0] for row in table.rows]
        right_cells = [row.cells[1] for row in table.rows]
        if step.right is not None:
            self._signature(right_cells, step.right)
        if step.left is not None:
            self._signature(left_cells, step.left)
        elif step.recipients:
            self._recipients(left_cells[0], step.recipients)
        self.last = None

    def _signature(self, cells: list[Cell], block: SignatureBlock) -> None:
        s = self.s
        heading = cells[0]
        lines: list[tuple[str, bool, bool]] = []
        if block.above:
            lines.append((block.above, False, True))
        lines += [(line, True, False) for line in block.heading]
        for n, (text, bold, italic) in enumerate(lines):
            paragraph = heading.paragraphs[0] if n == 0 else self._cell_paragraph(heading, CENTRE)
            self._text(paragraph, text, bold=bold, italic=italic, size=s.body_size)
            paragraph.paragraph_format.keep_with_next = True
        if block.note:
            self._text(cells[1].paragraphs[0], block.note, italic=True, size=s.body_size)
        if block.name:
            self._text(cells[3].paragraphs[0], block.name, bold=True, size=s.body_size)

    def _cell_paragraph(self, cell: Cell, align: str, size: float | None = None) -> Paragraph:
        paragraph: Paragraph = cell.add_paragraph()
        self._format_cell_paragraph(paragraph, align, size or self.s.body_size)
        return paragraph

    def _recipients(self, cell: Cell, recipients: Sequence[str]) -> None:
        s = self.s
        label = cell.paragraphs[0]
        self._format_cell_paragraph(label, LEFT, s.small_size)
        label.paragraph_format.keep_with_next = True
        self._text(label, "Nơi nhận:", bold=True, italic=True, size=s.small_size)
        last = len(recipients) - 1
        for n, name in enumerate(recipients):
            item = self._cell_paragraph(cell, LEFT, s.small_size - 1)
            item.paragraph_format.keep_with_next = n < last or None
            self._text(item, f"- {name}{'.' if n == last else ','}", size=s.small_size - 1)


def _balanced(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` within `width`, as even in length as possible (as the PDF's
    header block breaks a long committee name)."""
    lines: list[str] = simpleSplit(text, font, size, width)
    if len(lines) < 2:
        return lines
    best = lines
    while width > 40:
        width -= 6
        trial: list[str] = simpleSplit(text, font, size, width)
        if len(trial) > len(lines):
            break
        best = trial
    return best


# --- document-wide set-up -----------------------------------------------------------


def set_up_styles(document: Document, settings: PageSettings) -> None:
    """Normal is the body text: Times New Roman at the body size, justified, the
    documents' line spacing and paragraph space; Vietnamese as its language."""
    normal = document.styles["Normal"]
    font = normal.font
    font.name = FONT
    font.size = Pt(settings.body_size)
    r_pr = normal.element.get_or_add_rPr()
    fonts_element = r_pr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts_element.set(qn(attribute), FONT)
    language = r_pr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        r_pr.append(language)
    language.set(qn("w:val"), LANGUAGE)
    fmt = normal.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.line_spacing = line_multiple(settings.line_spacing)
    fmt.space_after = Pt(settings.paragraph_space)
    # The template's theme fonts would otherwise show through in headers and tables,
    # and its header/footer tab stops (made for Letter paper) would catch our tabs.
    names = {style.name for style in document.styles}
    for name in ("Header", "Footer", "Table Grid"):
        if name in names:
            style = document.styles[name]
            style.font.name = FONT
            if name != "Table Grid":
                style.paragraph_format.tab_stops.clear_all()


def section_end(paragraph: Paragraph) -> None:
    """The paragraph that ends a document's section (Word keeps a section's end in a
    paragraph after its last table): a hair's height, so a signature table that ends
    at the foot of a page does not push it onto an empty page of its own."""
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(1)
    fmt.first_line_indent = Mm(0)
    fmt.keep_with_next = None
    _paragraph_size(paragraph, 1)


def strip_template_body(document: Document) -> None:
    """The template's body holds only its section properties; make sure no stray
    empty paragraph is left before the header table."""
    body = document.element.body
    for child in list(body):
        if child.tag == qn("w:p"):
            body.remove(child)


def set_up_section(section: Section, settings: PageSettings, code: str | None) -> None:
    width, height = settings.page_size
    # Said as well as the page size: printers read the orientation flag.
    section.orientation = WD_ORIENT.LANDSCAPE if width > height else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Pt(width), Pt(height)
    section.top_margin = Mm(settings.top_mm)
    section.bottom_margin = Mm(settings.bottom_mm)
    section.left_margin = Mm(settings.left_mm)
    section.right_margin = Mm(settings.right_mm)
    section.header_distance = Mm(max(3.0, settings.top_mm / 2 - 3))
    # The QR's dark modules where the PDF draws them: its white quiet zone below them.
    qr_bottom = max(2.0, (settings.bottom_mm - settings.qr_size_mm) / 2 - 1)
    quiet = _qr_quiet_mm(code, settings) if code else 0.0
    section.footer_distance = Mm(max(0.3, qr_bottom - quiet))
    section.different_first_page_header_footer = True
    _restart_page_numbers(section)
    for part in (
        section.header,
        section.first_page_header,
        section.footer,
        section.first_page_footer,
    ):
        part.is_linked_to_previous = False
        for paragraph in part.paragraphs[1:]:
            element = docx_internals.paragraph_element(paragraph)
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
    # Party documents number their pages from the second one, top centre (36-HD).
    number = section.header.paragraphs[0]
    number.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(number, settings.header_size)
    section.first_page_header.paragraphs[0].text = ""
    for footer in (section.footer, section.first_page_footer):
        paragraph = footer.paragraphs[0]
        paragraph.text = ""
        if code:
            _code_line(paragraph, code, settings)


def _qr_quiet_mm(code: str, settings: PageSettings) -> float:
    """The width of the QR picture's white quiet zone on each side."""
    return QUIET_ZONE * settings.qr_size_mm / len(modules(qr_payload(code)))


def _code_line(paragraph: Paragraph, code: str, settings: PageSettings) -> None:
    """'Mã xác thực: K7QX2-M4TRA' at the left margin, level with the middle of the QR,
    whose dark modules are `qr_size_mm` wide and end at the right margin as in the PDF
    (the picture's quiet zone lies in the margin: the paragraph reaches into it)."""
    quiet = _qr_quiet_mm(code, settings)
    fmt = paragraph.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fmt.first_line_indent = Mm(0)
    fmt.right_indent = Mm(-quiet)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    fmt.tab_stops.add_tab_stop(Emu(Pt(settings.frame_width) + Mm(quiet)), WD_TAB_ALIGNMENT.RIGHT)
    text = paragraph.add_run(f"Mã xác thực: {display_code(code)}\t")
    text.font.size = Pt(settings.footer_size)
    text.font.name = FONT
    middle_pt = (quiet + settings.qr_size_mm / 2) / 25.4 * 72 - settings.footer_size * 0.35
    _raise(text, middle_pt)
    picture = paragraph.add_run()
    side = Mm(settings.qr_size_mm + 2 * quiet)
    _flush(picture.add_picture(io.BytesIO(qr_png(qr_payload(code))), width=side))


def _flush(shape: InlineShape) -> None:
    """No distance between the picture and the text around it (Word's default;
    LibreOffice reads a missing distance as 0.32 cm on each side)."""
    inline = docx_internals.inline_element(shape)
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")


def _raise(run: DocxRun, points: float) -> None:
    """Lift the run's text above the line's baseline (w:position, in half points)."""
    position = OxmlElement("w:position")
    position.set(qn("w:val"), str(round(points * 2)))
    # In its place in the schema's order (Word refuses a file with it after w:sz).
    run.element.get_or_add_rPr().insert_element_before(position, *_AFTER_POSITION)


_AFTER_POSITION = ("w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd",
                   "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
                   "w:eastAsianLayout", "w:specVanish", "w:oMath")  # fmt: skip


def _page_field(paragraph: Paragraph, size: float) -> None:
    """A PAGE field: Word and LibreOffice put the page's number there."""
    run = paragraph.add_run()
    run.font.size = Pt(size)
    run.font.name = FONT
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"),
                       ("end", None)):  # fmt: skip
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run.element.append(element)


def _restart_page_numbers(section: Section) -> None:
    sect_pr = docx_internals.section_properties(section)
    numbering = sect_pr.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        sect_pr.append(numbering)
    numbering.set(qn("w:start"), "1")


def _paragraph_size(paragraph: Paragraph, size: float) -> None:
    """The paragraph mark's size too, so an empty cell or line is as tall as its text."""
    p_pr = docx_internals.paragraph_element(paragraph).get_or_add_pPr()
    r_pr = p_pr.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        p_pr.append(r_pr)
    for tag in ("w:sz", "w:szCs"):
        element = r_pr.find(qn(tag))
        if element is None:
            element = OxmlElement(tag)
            r_pr.append(element)
        element.set(qn("w:val"), str(round(size * 2)))


def _shade(cell: Cell, fill: str = "F2F2F2") -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    docx_internals.cell_properties(cell).append(shading)


def _cell_margins(table: Table, points: float, top: float = 0) -> None:
    tbl_pr = docx_internals.table_properties(table)
    margins = OxmlElement("w:tblCellMar")
    for side, width in (("top", top), ("left", points), ("bottom", top), ("right", points)):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(round(width * 20)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    tbl_pr.append(margins)


def _repeat_header(row: docx_internals.Row) -> None:
    _row_flag(row, "w:tblHeader")


def _cant_split(row: docx_internals.Row) -> None:
    _row_flag(row, "w:cantSplit")


def _row_flag(row: docx_internals.Row, tag: str) -> None:
    tr_pr = docx_internals.row_properties(row)
    if tr_pr.find(qn(tag)) is None:
        tr_pr.append(OxmlElement(tag))
