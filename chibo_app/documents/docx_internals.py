"""The python-docx internals the Word writer uses, all in one place.

python-docx has no public API for a few things every party document needs, so the
writer edits the WordprocessingML element under the object (python-docx's own
documentation sends users to these attributes for what its API does not cover).
tests/documents/test_docx_internals.py fails when a python-docx release renames or
changes one, so an upgrade stops at the test instead of at a user's Word file
(pyproject bounds python-docx below the next major version too).

- `paragraph_element(paragraph)` (`Paragraph._p`): to remove a header's extra
  paragraphs and to size a paragraph mark (an empty line as tall as its text).
- `section_properties(section)` (`Section._sectPr`): page numbers restart at 1.
- `table_properties(table)` (`Table._tbl.tblPr`): the cells' margins.
- `row_properties(row)` (`_Row._tr`): a header row repeated on every page, a row kept
  on one page.
- `cell_properties(cell)` (`_Cell._tc`): a group heading's grey shading.
- `inline_element(shape)` (`InlineShape._inline`): a picture's distance from the text
  (LibreOffice reads a missing one as 0.32 cm: the QR then stops short of the margin).
- `Cell`, `Row`: the types of a table's cells and rows, which python-docx names as
  private (`_Cell`, `_Row`).
"""

from __future__ import annotations

from docx.oxml.section import CT_SectPr
from docx.oxml.shape import CT_Inline
from docx.oxml.table import CT_TblPr, CT_TcPr, CT_TrPr
from docx.oxml.text.paragraph import CT_P
from docx.section import Section
from docx.shape import InlineShape
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

__all__ = [
    "Cell",
    "Row",
    "cell_properties",
    "inline_element",
    "paragraph_element",
    "row_properties",
    "section_properties",
    "table_properties",
]

# The types of what table.cell() and table.rows give, which python-docx names as private.
Cell = _Cell
Row = _Row


def paragraph_element(paragraph: Paragraph) -> CT_P:
    return paragraph._p


def section_properties(section: Section) -> CT_SectPr:
    return section._sectPr


def table_properties(table: Table) -> CT_TblPr:
    return table._tbl.tblPr


def row_properties(row: _Row) -> CT_TrPr:
    """The row's <w:trPr>, added when it has none."""
    return row._tr.get_or_add_trPr()


def cell_properties(cell: _Cell) -> CT_TcPr:
    """The cell's <w:tcPr>, added when it has none."""
    return cell._tc.get_or_add_tcPr()


def inline_element(shape: InlineShape) -> CT_Inline:
    return shape._inline
