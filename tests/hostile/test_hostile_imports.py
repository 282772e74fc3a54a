"""Hostile spreadsheets given to the import: each gets one clear Vietnamese message,
quickly, and nothing is written to the database.

Every test goes through the real service (members_import.preview_file → member_sheet
→ xlsx_source) on a real file and compares a dump of the whole database before and
after.
"""

from __future__ import annotations

import os
import random
import tracemalloc
import zipfile

import openpyxl
import pytest

from chibo_app.errors import ChiboError
from chibo_app.services.members_import import preview_file
from chibo_app.spreadsheets import member_sheet, xlsx_source
from tests.hostile import hostile_files as hf

NOT_A_SPREADSHEET = "không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng"
XML_ATTACK = "chứa khai báo XML không được phép"
ZIP_BOMB = "nội dung nén bất thường"


def dump(session) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every row of every table: what "nothing written" is checked against."""
    tables = [
        r[0]
        for r in session.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    return [
        (t, session.db.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall()) for t in tables
    ]


def refused(session, path, *fragments: str) -> str:
    """preview_file refuses `path` with one message holding every fragment, and the
    database is exactly as it was (how fast: benchmarks/bench_hostile_imports.py)."""
    before = dump(session)
    with pytest.raises(ChiboError) as error:
        preview_file(session, path)
    message = str(error.value)
    for fragment in fragments:
        assert fragment in message
    assert path.name in message
    # One clear message: no chained openpyxl / zipfile / XML error for the user.
    assert error.value.__cause__ is None
    assert error.value.__context__ is None or error.value.__suppress_context__
    assert dump(session) == before
    return message


# --- XML -------------------------------------------------------------------------------


def test_openpyxl_parses_with_defusedxml():
    from defusedxml.ElementTree import iterparse as defused_iterparse  # noqa: PLC0415
    from openpyxl.xml import functions  # noqa: PLC0415

    assert openpyxl.DEFUSEDXML is True
    assert functions.iterparse is defused_iterparse


def _laughs_in_sheet(path):
    cell = '<row r="2"><c r="B2" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    rows = [hf.row_xml(1, hf.HEADER), cell]
    return hf.raw_xlsx(path, hf.sheet_xml(rows, prologue=hf.billion_laughs()))


def _laughs_in_shared_strings(path):
    shared = hf.billion_laughs() + f'<sst xmlns="{hf.MAIN_NS}"><si><t>&lol9;</t></si></sst>'
    rows = [hf.row_xml(1, hf.HEADER), '<row r="2"><c r="B2" t="s"><v>0</v></c></row>']
    return hf.raw_xlsx(path, hf.sheet_xml(rows), shared_strings=shared)


@pytest.mark.parametrize("make", [_laughs_in_sheet, _laughs_in_shared_strings])
def test_billion_laughs(session, tmp_path, make):
    refused(session, make(tmp_path / "danh sách.xlsx"), XML_ATTACK)


def test_external_entity_reads_no_local_file(session, tmp_path):
    secret = tmp_path / "mat-khau.txt"
    secret.write_text("BÍ MẬT 12345", encoding="utf-8")
    cell = '<row r="2"><c r="B2" t="inlineStr"><is><t>Nguyễn &secret;</t></is></c></row>'
    rows = [hf.row_xml(1, hf.HEADER), cell]
    path = hf.raw_xlsx(
        tmp_path / "xxe.xlsx", hf.sheet_xml(rows, prologue=hf.external_entity(secret))
    )
    message = refused(session, path, XML_ATTACK)
    assert "12345" not in message


def test_broken_xml_after_the_first_rows(session, tmp_path):
    """Read-only sheets are parsed while rows stream: a late error is caught too."""
    rows = [hf.row_xml(1, hf.HEADER), *hf.member_rows(200), '<row r="500"><c r="B500"']
    path = hf.raw_xlsx(tmp_path / "hong.xlsx", hf.sheet_xml(rows))
    refused(session, path, NOT_A_SPREADSHEET)


@pytest.mark.parametrize(
    "bad_row",
    [
        '<row r="2"><c r="A2"><v>không phải số</v></c></row>',  # number cell with text
        '<row r="2"><c r="!!"><v>1</v></c></row>',  # impossible cell reference
        '<row r="x"><c r="A2"><v>1</v></c></row>',  # impossible row number
        '<row r="2"><c r="A2" t="s"><v>99</v></c></row>',  # shared string that is not there
        '<row r="2"><c r="A2" t="d"><v>hôm qua</v></c></row>',  # date cell that is no date
    ],
    ids=["text-in-number", "bad-ref", "bad-row", "missing-shared-string", "bad-date"],
)
def test_malformed_cells(session, tmp_path, bad_row):
    rows = [hf.row_xml(1, hf.HEADER), bad_row, *hf.member_rows(2, start=3)]
    path = hf.raw_xlsx(tmp_path / "o.xlsx", hf.sheet_xml(rows))
    refused(session, path, NOT_A_SPREADSHEET)


# --- size limits and zip bombs ------------------------------------------------------------


def test_file_over_the_size_limit_is_refused_before_it_is_opened(session, tmp_path, monkeypatch):
    path = tmp_path / "rat lon.xlsx"
    with open(path, "wb") as handle:  # sparse: costs no disk space
        handle.write(b"PK\x03\x04")
        handle.truncate(xlsx_source.MAX_FILE_BYTES + 1)

    def never(*_args, **_kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(xlsx_source.zipfile, "ZipFile", never)
    monkeypatch.setattr(xlsx_source, "load_workbook", never)
    refused(session, path, "quá lớn", "50 MB")


def test_zip_bomb_is_refused_from_the_directory(session, tmp_path, monkeypatch):
    """210 MB of zeros in the sheet part (a 200 KB file): refused before inflating."""
    path = hf.zeros_member(tmp_path / "bom.xlsx", "xl/worksheets/sheet1.xml", 210 << 20)
    assert path.stat().st_size < 1 << 20

    def never(*_args, **_kwargs):
        raise AssertionError("a part was inflated")

    monkeypatch.setattr(zipfile.ZipFile, "open", never)
    monkeypatch.setattr(zipfile.ZipFile, "read", never)
    refused(session, path, ZIP_BOMB)


def test_small_bomb_refused_by_its_compression_ratio(session, tmp_path):
    """5 MB of zeros inflate 1,000 times: far under the total limit, still refused."""
    path = hf.member_list(tmp_path / "ti-le.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/anh.bin", b"\0" * (5 << 20))
    refused(session, path, ZIP_BOMB)


def test_directory_declaring_too_much_in_total(session, tmp_path):
    """3 MB of random bytes declared as 250 MB: ratio 83:1 passes, the total does not."""
    noise = random.Random(3).randbytes(3 << 20)
    path = hf.member_list(tmp_path / "tong.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/media/anh.bin", noise)
    hf.declare_size(path, "xl/media/anh.bin", 250 << 20)
    refused(session, path, ZIP_BOMB)


def test_directory_declaring_too_little(session, tmp_path):
    """A part that inflates past its declared size is cut there (bad CRC), never inflated."""
    path = hf.zeros_member(tmp_path / "doi-tra.xlsx", "xl/worksheets/sheet1.xml", 50 << 20)
    hf.declare_size(path, "xl/worksheets/sheet1.xml", 4000)
    refused(session, path, NOT_A_SPREADSHEET)


def test_small_well_compressed_parts_are_fine(session, tmp_path):
    """The ratio rule only looks at parts over 1 MB: a 900 KB blank image is harmless."""
    path = hf.member_list(tmp_path / "binh-thuong.xlsx", rows=3)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/trang.bin", b"\0" * 900_000)
    assert len(preview_file(session, path).rows) == 3


# --- not spreadsheets --------------------------------------------------------------------


def test_garbage_bytes(session, tmp_path):
    rng = random.Random(11)
    for i, head in enumerate([b"", b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0"]):
        path = tmp_path / f"rac-{i}.xlsx"
        path.write_bytes(head + rng.randbytes(rng.randint(0, 50_000)))
        refused(session, path, "bảng tính Excel")


def test_truncated_workbook(session, tmp_path):
    whole = hf.member_list(tmp_path / "du.xlsx", rows=300).read_bytes()
    for cut in (len(whole) // 3, len(whole) // 2, len(whole) - 30):
        path = tmp_path / f"cut-{cut}.xlsx"
        path.write_bytes(whole[:cut])
        refused(session, path, NOT_A_SPREADSHEET)


def test_renamed_word_document(session, tmp_path):
    path = tmp_path / "danh sách.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/styles.xml", "<w:styles/>")
    refused(session, path, "văn bản Word", "không phải là bảng tính Excel (.xlsx)")


# --- a million rows -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def million(tmp_path_factory):
    return hf.million_rows(tmp_path_factory.mktemp("trieu") / "trieu dong.xlsx")


@pytest.mark.slow
def test_a_million_rows_are_refused_while_streaming(session, million):
    """Refused after MAX_DATA_ROWS rows: in about a second and a few MB, where
    reading them all would take a minute and hundreds of MB."""
    tracemalloc.start()
    try:
        limit = f"{member_sheet.MAX_DATA_ROWS:,}".replace(",", ".")
        refused(session, million, f"hơn {limit} dòng")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 << 20, f"peak {peak / 2**20:.0f} MB"


def test_row_limit_is_exact(session, tmp_path, monkeypatch):
    monkeypatch.setattr(member_sheet, "MAX_DATA_ROWS", 50)
    at_limit = hf.member_list(tmp_path / "50.xlsx", rows=50)
    assert len(preview_file(session, at_limit).rows) == 50
    refused(session, hf.member_list(tmp_path / "51.xlsx", rows=51), "hơn 50 dòng")


def test_blank_rows_do_not_count(session, tmp_path, monkeypatch):
    monkeypatch.setattr(member_sheet, "MAX_DATA_ROWS", 50)
    rows = [hf.row_xml(1, hf.HEADER), *hf.member_rows(3)]
    rows += [f'<row r="{n}"/>' for n in range(10, 200)]  # blank rows, as Excel writes them
    path = hf.raw_xlsx(tmp_path / "trong.xlsx", hf.sheet_xml(rows))
    assert len(preview_file(session, path).rows) == 3


def test_a_stray_cell_in_the_last_row_and_column(session, tmp_path):
    """XFD1048576 with a sheet dimension to match: a million-row gap, 16,384 columns.
    Only the people are read, quickly."""
    rows = [hf.row_xml(1, hf.HEADER), *hf.member_rows(3)]
    rows.append('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    sheet = "".join(hf.sheet_xml(rows)).replace(
        "<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>'
    )
    path = hf.raw_xlsx(tmp_path / "le.xlsx", [sheet])
    preview = preview_file(session, path)
    assert [r.person.full_name for r in preview.rows] == [
        "Nguyễn Văn Thử Aaaa",
        "Nguyễn Văn Thử Baaa",
        "Nguyễn Văn Thử Caaa",
    ]


# --- formulas and hyperlinks --------------------------------------------------------------


def test_formulas_give_their_cached_values_only(session, tmp_path):
    """The cached value is what Excel showed; a formula without one reads as empty;
    nothing is ever computed or called (DDE, HYPERLINK, WEBSERVICE)."""
    f = '<c r="{ref}"{t}><f>{formula}</f>{v}</c>'
    rows = [
        hf.row_xml(1, hf.HEADER),
        '<row r="2">'
        + f.format(ref="A2", t="", formula="ROW()-1", v="<v>1</v>")
        + f.format(
            ref="B2",
            t=' t="str"',
            formula='HYPERLINK("http://ke-xau.example/x","Nguyễn Văn An")',
            v="<v>Nguyễn Văn An</v>",
        )
        + f.format(ref="D2", t=' t="str"', formula="cmd|'/c calc'!A1", v="<v>12000001</v>")
        + "</row>",
        '<row r="3">'
        + hf.cell("B3", "Trần Thị Bình")
        + f.format(ref="D3", t="", formula="1+1", v="")  # never calculated: empty
        + f.format(ref="E3", t="", formula='WEBSERVICE("http://ke-xau.example")', v="")
        + "</row>",
    ]
    path = hf.raw_xlsx(tmp_path / "cong-thuc.xlsx", hf.sheet_xml(rows))
    before = dump(session)
    preview = preview_file(session, path)
    assert dump(session) == before
    first, second = preview.rows
    assert first.person.full_name == "Nguyễn Văn An"
    assert first.person.party_card == "12000001"
    assert second.person.party_card is None and second.unit is None
    shown = [str(v) for r in preview.rows for v in (*r.raw.values(), *vars(r.person).values())]
    assert not [v for v in shown if "ke-xau" in v or "calc" in v or v.startswith("=")]


def test_hyperlinks_are_ignored(session, tmp_path):
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
        '"http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/hyperlink" Target="file:///C:/Windows/System32/calc.exe" '
        'TargetMode="External"/></Relationships>'
    )
    links = (
        '<hyperlinks><hyperlink ref="B2" r:id="rId1"/>'
        '<hyperlink ref="E2" location="A1"/></hyperlinks>'
    )
    rows = [hf.row_xml(1, hf.HEADER), *hf.member_rows(1)]
    path = hf.raw_xlsx(tmp_path / "lien-ket.xlsx", hf.sheet_xml(rows, tail=links), sheet_rels=rels)
    before = dump(session)
    preview = preview_file(session, path)
    assert dump(session) == before
    assert preview.rows[0].person.full_name == "Nguyễn Văn Thử Aaaa"
    assert "calc" not in repr(preview.rows[0].raw)


# --- merged ranges are streamed ---------------------------------------------------------------


def test_merged_ranges_found_across_chunk_boundaries(tmp_path, monkeypatch):
    """The sheet part is searched in chunks; a tag cut between two chunks still counts."""
    refs = [f"A{r}:C{r}" for r in range(2, 400, 3)]
    merges = (
        f'<mergeCells count="{len(refs)}">'
        + "".join(f'<mergeCell ref="{ref}"/>' for ref in refs)
        + "</mergeCells>"
    )
    rows = [hf.row_xml(1, hf.HEADER), *hf.member_rows(400)]
    path = hf.raw_xlsx(tmp_path / "gop.xlsx", hf.sheet_xml(rows, tail=merges))
    expected = sorted(openpyxl.load_workbook(path).active.merged_cells.ranges, key=str)
    for chunk in (37, 64, 1000, 1 << 20):
        monkeypatch.setattr(xlsx_source, "_CHUNK", chunk)
        with xlsx_source.open_workbook(path) as workbook:
            boxes = xlsx_source.merged_boxes(workbook.worksheets[0])
        assert sorted(boxes) == sorted(r.bounds for r in expected), chunk


def test_no_temporary_files_left(session, tmp_path):
    """Refusals leave nothing behind next to the file or in the database folder."""
    folder = tmp_path / "nhap"
    folder.mkdir()
    _laughs_in_sheet(folder / "a.xlsx")
    before = sorted(os.listdir(folder)), sorted(os.listdir(session.path.parent))
    with pytest.raises(ChiboError):
        preview_file(session, folder / "a.xlsx")
    assert (sorted(os.listdir(folder)), sorted(os.listdir(session.path.parent))) == before
