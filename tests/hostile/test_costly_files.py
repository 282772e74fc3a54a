"""Files inside the size limits that would still cost minutes and gigabytes are refused
early, in one sentence: millions of shared strings, of styles, of blank rows."""

from __future__ import annotations

import pytest

from chibo_app.errors import ChiboError
from chibo_app.services.members_import import preview_file
from chibo_app.spreadsheets import member_sheet, xlsx_source
from tests.hostile import hostile_files as hf


def _shared(count: int) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{hf.MAIN_NS}">'
        + "".join(f"<si><t>c{i}</t></si>" for i in range(count))
        + "</sst>"
    )


def _styles(count: int) -> bytes:
    # Each record a little different, as a real (and a hostile) file has them: a file
    # of identical records would be refused as a zip bomb instead.
    xfs = "".join(
        f'<xf numFmtId="{i * 7919 % 200}" fontId="0" fillId="0" borderId="0" xfId="{i}"/>'
        for i in range(count)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{hf.MAIN_NS}">'
        '<fonts count="1"><font><sz val="11"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        f'<cellXfs count="{count}">{xfs}</cellXfs></styleSheet>'
    ).encode()


def _refused(session, path, words):
    with pytest.raises(ChiboError) as refused:
        preview_file(session, path)
    message = str(refused.value)
    assert words in message and path.name in message
    assert message.count(". ") <= 2  # one sentence (and its advice), no traceback
    return message


def test_too_many_shared_strings_are_refused_before_they_are_read(session, tmp_path):
    count = xlsx_source.MAX_SHARED_STRINGS + 1
    path = hf.raw_xlsx(
        tmp_path / "chuoi.xlsx",
        hf.sheet_xml([hf.row_xml(1, hf.HEADER), *hf.member_rows(3)]),
        shared_strings=_shared(count),
    )
    _refused(session, path, "chuỗi chữ")


def test_too_many_styles_are_refused_before_they_are_read(session, tmp_path):
    count = xlsx_source.MAX_STYLE_RECORDS + 1
    path = hf.raw_xlsx(
        tmp_path / "kieu.xlsx",
        hf.sheet_xml([hf.row_xml(1, hf.HEADER), *hf.member_rows(3)]),
        extra_parts={"xl/styles.xml": _styles(count)},
    )
    _refused(session, path, "định dạng")


def test_a_long_run_of_blank_rows_is_refused_while_streaming(session, tmp_path):
    blank = member_sheet.MAX_BLANK_RUN + 1
    rows = [hf.row_xml(1, hf.HEADER), *hf.member_rows(3)]
    rows += [f'<row r="{n}"><c r="A{n}" s="0"/></row>' for n in range(5, 5 + blank)]
    rows.append(hf.row_xml(5 + blank, ["99", "Người Cuối Trang"]))
    path = hf.raw_xlsx(tmp_path / "trong.xlsx", hf.sheet_xml(rows))
    _refused(session, path, "dòng trống liền nhau")


def test_real_lists_pass_the_counts(session, tmp_path):
    path = hf.raw_xlsx(
        tmp_path / "thuong.xlsx",
        hf.sheet_xml([hf.row_xml(1, hf.HEADER), *hf.member_rows(30)]),
        shared_strings=_shared(2000),
        extra_parts={"xl/styles.xml": _styles(300)},
    )
    assert len(preview_file(session, path).rows) == 30
