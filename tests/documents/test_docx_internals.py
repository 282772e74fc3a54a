"""The python-docx internals the Word writer uses (documents/docx_internals.py) are still
there and still mean the same: a python-docx release that renames or changes one fails
here, not in a user's Word file."""

from __future__ import annotations

import zipfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from chibo_app.documents.docx_internals import (
    Row,
    cell_properties,
    paragraph_element,
    row_properties,
    section_properties,
    table_properties,
)


def _body_xml(document, path):
    document.save(path)
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode()


def test_a_paragraphs_element_is_that_paragraph(tmp_path):
    document = Document()
    first = document.add_paragraph("Đảng bộ")
    second = document.add_paragraph("Chi bộ Sở Ngoại vụ")
    element = paragraph_element(second)
    assert element.tag == qn("w:p") and "".join(element.xpath(".//w:t/text()")) == second.text
    paragraph_element(first).get_or_add_pPr()  # the writer sizes the mark through it
    parent = element.getparent()
    assert parent is not None
    parent.remove(element)
    assert [p.text for p in document.paragraphs] == ["Đảng bộ"]
    assert "Chi bộ Sở Ngoại vụ" not in _body_xml(document, tmp_path / "p.docx")


def test_a_sections_properties_are_saved_with_it(tmp_path):
    document = Document()
    properties = section_properties(document.sections[0])
    assert properties.tag == qn("w:sectPr")
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:start"), "1")
    properties.append(numbering)
    assert '<w:pgNumType w:start="1"/>' in _body_xml(document, tmp_path / "s.docx")


def test_a_tables_and_its_rows_properties(tmp_path):
    document = Document()
    table = document.add_table(rows=2, cols=2)
    properties = table_properties(table)
    assert properties.tag == qn("w:tblPr") and properties.getparent().tag == qn("w:tbl")
    properties.append(OxmlElement("w:tblCellMar"))
    row = table.rows[0]
    assert isinstance(row, Row)
    row_properties(row).append(OxmlElement("w:tblHeader"))
    assert row_properties(row) is row_properties(row)  # added once, then found
    assert row_properties(row).tag == qn("w:trPr")
    xml = _body_xml(document, tmp_path / "t.docx")
    assert "<w:tblCellMar/>" in xml
    assert xml.count("<w:tblHeader/>") == 1 and xml.index("<w:tblHeader/>") < xml.index("</w:tr>")


def test_a_cells_properties_are_saved_with_it(tmp_path):
    document = Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    properties = cell_properties(cell)
    assert properties.tag == qn("w:tcPr") and properties.getparent().tag == qn("w:tc")
    shading = OxmlElement("w:shd")
    shading.set(qn("w:fill"), "F2F2F2")
    properties.append(shading)
    assert 'w:fill="F2F2F2"' in _body_xml(document, tmp_path / "c.docx")
