"""A list's body drawn by our own grid (documents/grid_table.py) looks as reportlab's
Table drew it: the same words at the same places, the same row heights, the header on
every page; style commands it does not draw are refused rather than ignored."""

import re
import subprocess

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, SimpleDocTemplate

from chibo_app.documents import fonts
from chibo_app.documents.grid_table import GridSource
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.paged_table import CellParagraph, PagedTable, text_cell
from chibo_app.documents.party_document import table_style
from chibo_app.documents.styles import styles_for

WIDTHS = [30.0, 120.0, 90.0, 60.0, 80.0]
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>'
)


def _rows_and_style(count: int, valign: str = "MIDDLE"):  # type: ignore[no-untyped-def]
    styles = styles_for(PageSettings())
    cell, centre, head = styles.cell, styles.cell_centre, styles.cell_header
    rows: list[list[object]] = [
        [CellParagraph(label, head) for label in ("STT", "Họ và tên", "Chức vụ", "Điểm", "Ghi chú")]
    ]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 1), (-1, -1), 5),
    ]
    for n in range(count):
        if n % 7 == 0:  # a title across the table, on grey
            at = len(rows)
            commands += [("SPAN", (0, at), (-1, at)), ("BACKGROUND", (0, at), (-1, at), "#f2f2f2")]
            rows.append(
                [text_cell(f"Phần {n // 7 + 1}. Đảng viên", cell, fonts.BOLD), "", "", "", ""]
            )
        rows.append(
            [
                text_cell(str(n + 1), centre),
                text_cell(f"Nguyễn Thị Hồng Nhung {n}", cell),
                text_cell("Chi ủy viên; Phó Chánh Văn phòng Sở" * (1 + n % 3), cell),
                text_cell(str(80 + n % 20), centre),
                text_cell("Mới chuyển đến" if n % 4 == 0 else "", cell),
            ]
        )
    return rows, table_style(commands)


def _words(path) -> list[tuple[float, float, str]]:  # type: ignore[no-untyped-def]
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [(float(x), float(y), text) for x, y, text in WORD.findall(html)]


@pytest.mark.parametrize("valign", ["MIDDLE", "TOP", "BOTTOM"])
def test_one_page_reads_and_sits_as_reportlabs_table(tmp_path, valign):
    rows, style = _rows_and_style(12, valign)
    ours, theirs = tmp_path / "ours.pdf", tmp_path / "theirs.pdf"
    SimpleDocTemplate(str(ours), pagesize=A4).build(
        [PagedTable(rows, col_widths=WIDTHS, header_rows=1, style=style)]
    )
    SimpleDocTemplate(str(theirs), pagesize=A4).build(
        [LongTable(rows, colWidths=WIDTHS, repeatRows=1, style=style)]
    )
    mine, table = _words(ours), _words(theirs)
    assert [w for _x, _y, w in mine] == [w for _x, _y, w in table]
    assert len(mine) > 100 and "Phần" in [w for _x, _y, w in mine]
    for (x, y, _w), (tx, ty, _tw) in zip(mine, table, strict=True):
        assert abs(x - tx) < 0.01 and abs(y - ty) < 0.01


def test_row_heights_are_the_tables():
    rows, style = _rows_and_style(30)
    source = GridSource(rows, WIDTHS, 1, style, 0.0)
    table = LongTable(rows, colWidths=WIDTHS, repeatRows=1, style=style)
    table.wrap(sum(WIDTHS), 10_000)
    heights = table._rowHeights
    assert [round(source.height(r), 6) for r in range(len(rows) - 1)] == [
        round(h, 6) for h in heights[1:]
    ]
    assert len(set(heights[1:])) >= 3  # one, two and three lines, and the titles


def test_the_header_on_every_page_and_each_row_once(tmp_path):
    rows, style = _rows_and_style(300)
    path = tmp_path / "long.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [PagedTable(rows, col_widths=WIDTHS, header_rows=1, style=style)]
    )
    pages = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")[:-1]
    assert len(pages) > 5
    assert all("Họ và tên" in page for page in pages)
    names = re.findall(r"Nhung (\d+)", "".join(pages))
    assert [int(n) for n in names] == list(range(300))


@pytest.mark.parametrize(
    "command",
    [
        ("ALIGN", (0, 1), (-1, -1), "RIGHT"),
        ("SPAN", (0, 1), (0, 2)),  # over two body rows
        ("TEXTCOLOR", (0, 1), (-1, -1), "red"),
        ("GRID", (0, 0), (1, -1), 0.5, "black"),  # part of the table only
    ],
)
def test_a_look_it_cannot_draw_is_refused(command):
    rows, style = _rows_and_style(3)
    style.add(*command)
    with pytest.raises(ValueError):
        PagedTable(rows, col_widths=WIDTHS, header_rows=1, style=style)
