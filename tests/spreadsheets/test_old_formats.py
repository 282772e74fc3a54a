"""Member lists saved as .xls (Excel 97–2003) and .ods read exactly as the same list
saved as .xlsx: every shape the .xlsx tests use, the TCVN3 and VNI ones included."""

from __future__ import annotations

import dataclasses

import pytest

from chibo_app.errors import ChiboError
from chibo_app.spreadsheets.member_sheet import read_member_sheet
from chibo_app.spreadsheets.sheet_sources import kind_of
from tests.old_formats import SHAPES, old_formats  # noqa: F401 - the fixture


def _reading(path):
    reading = read_member_sheet(path)
    values = dataclasses.asdict(reading)
    values.pop("sheet_name")  # LibreOffice keeps it; compared apart
    return values


@pytest.mark.parametrize("kind", ["xls", "ods"])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_reads_exactly_as_the_xlsx(old_formats, shape, kind):  # noqa: F811
    files = old_formats[shape]
    assert kind_of(files[kind]) == kind
    assert _reading(files[kind]) == _reading(files["xlsx"])


def test_tcvn3_xls_is_recognised_from_its_fonts(old_formats):  # noqa: F811
    reading = read_member_sheet(old_formats["tcvn3_caps"]["xls"])
    assert reading.encoding == "tcvn3"
    assert reading.labels[2] == "HỌ VÀ TÊN"  # .VnTimeH: the capitals font
    assert reading.title_text.splitlines()[0] == "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"


def test_a_damaged_xls_gets_one_sentence(tmp_path):
    path = tmp_path / "hong.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    with pytest.raises(ChiboError) as error:
        read_member_sheet(path)
    assert str(error.value) == (
        "Tệp “hong.xls” là bảng tính Excel đời cũ (.xls) nhưng không đọc được (tệp bị hỏng)."
    )


def test_a_damaged_ods_gets_one_sentence(tmp_path):
    import zipfile

    path = tmp_path / "hong.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<not really")
    with pytest.raises(ChiboError) as error:
        read_member_sheet(path)
    assert str(error.value) == (
        "Tệp “hong.ods” là bảng tính LibreOffice (.ods) nhưng không đọc được (tệp bị hỏng)."
    )
