"""500 filled personal-plan forms into one PDF, beside a bare canvas drawing the same
words (the floor: ≤ 1.5×) and LibreOffice converting an
equivalent 500-form flat ODT (a mail merge of the same text) to PDF.

    python benchmarks/bench_plan_forms.py

Two runs:
1. 500 forms built in memory with varied text: our build in-process beside the canvas
   floor, and as a whole fresh process (imports included) beside the soffice run.
2. 500 filled forms from the database, end to end: the cached full demo of 1,000
   people and `services.plan_printing.print_plans` for 500 people with a plan,
   in a fresh process — imports, opening the file, reading people and plans, the PDF,
   and recording 500 documents in the register. Each run starts from a copy of the
   database that has never printed them, so the register really writes 500 rows.
   LibreOffice converts a flat ODT of the very same 500 forms.
Targets: ≤ 1.5× the canvas floor; ≥ 4× faster than LibreOffice. Medians of 3 runs.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from _common import ROOT, YEAR, open_demo, report  # noqa: E402 - puts the project on the path

from chibo_app.core.cell import CellSettings  # noqa: E402
from chibo_app.core.paper_dates import place_date_line  # noqa: E402
from chibo_app.documents.plan_form import (  # noqa: E402
    PlanFormData,
    TaskLine,
    title_lines,
    write_plan_forms,
)

COUNT = 500
RUNS = 3
CELL = CellSettings(
    cell_name="Chi bộ Sở Ngoại vụ",
    superior="Đảng ủy Ủy ban nhân dân tỉnh",
    place="Hà Tĩnh",
    secretary="Thái Phúc Sơn",
    term="2025–2030",
)
_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Phan", "Hồ"]
_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Thị Hồng", "Quốc", "Minh", "Thanh"]
_GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hải", "Khánh", "Lan", "Nhung", "Sơn"]
_REMEDIES = [
    "Khắc phục tình trạng chưa chủ động nghiên cứu, cập nhật văn bản mới; dành thời gian "
    "tự học tập, nghiên cứu nâng cao trình độ lý luận chính trị, chuyên môn nghiệp vụ.",
    "Sắp xếp công việc khoa học, hợp lý, đúng tiến độ; không để tồn đọng hồ sơ quá hạn.",
    "Nâng cao tinh thần phê bình và tự phê bình; thẳng thắn góp ý trong sinh hoạt chi bộ.",
    "Thực hiện nghiêm giờ giấc làm việc, văn hóa công sở, quy chế làm việc của cơ quan.",
]
_TASKS = [
    (
        "Tham mưu tổ chức các đoàn công tác đối ngoại bảo đảm đúng quy định, an toàn, tiết kiệm",
        "100% đoàn ra, đoàn vào được thẩm định đúng hạn",
        "Thường xuyên",
    ),
    (
        "Ứng dụng chuyển đổi số trong quản lý văn bản đi, đến và hồ sơ công việc",
        "Hồ sơ xử lý trên môi trường mạng đạt 95%",
        "Quý II/2026",
    ),
    (
        "Cải cách thủ tục hành chính trong lĩnh vực lãnh sự, hộ chiếu công vụ",
        "Không có hồ sơ trễ hạn",
        "Cả năm",
    ),
    (
        "Thực hành tiết kiệm, chống lãng phí trong sử dụng văn phòng phẩm, điện, nước",
        "Giảm 10% chi phí so với năm 2025",
        "31/12/2026",
    ),
    (
        "Nâng cao chất lượng tham mưu văn bản cho lãnh đạo Sở",
        "Văn bản tham mưu đúng thể thức, đúng hạn",
        "Thường xuyên",
    ),
]


def make_forms(count: int) -> list[PlanFormData]:
    pick = random.Random(3)
    forms = []
    for n in range(count):
        name = f"{pick.choice(_FAMILY)} {pick.choice(_MIDDLE)} {pick.choice(_GIVEN)}"
        forms.append(
            PlanFormData(
                full_name=name,
                year=2026,
                party_position=pick.choice(["Đảng viên", "Chi ủy viên", "Phó Bí thư"]),
                government_position=pick.choice(
                    ["Chuyên viên", "Trưởng phòng Lãnh sự", "Phó Chánh Văn phòng Sở"]
                ),
                remedies=pick.sample(_REMEDIES, 3),
                tasks=[TaskLine(*t) for t in pick.sample(_TASKS, 4)],
                role_model=["Gương mẫu thực hiện văn hóa công sở, thực hành tiết kiệm."],
                dated=dt.date(2026, 3, 1 + n % 28),
                confirmed_on=dt.date(2026, 3, 20),
                plan_id=n + 1,
            )
        )
    return forms


# LibreOffice side -------------------------------------------------------------

_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="14pt"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/>
 </style:page-layout>
 <style:style style:name="C" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="CB" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="CI" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="J" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/></style:style>
 <style:style style:name="H" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="T" style:family="paragraph">
  <style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="Break" style:family="paragraph">
  <style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Grid" style:family="table-cell">
  <style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
"""


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _row(cells: list[str], style: str = "T") -> str:
    inner = "".join(
        f'<table:table-cell table:style-name="Grid" office:value-type="string">{_p(style, c)}'
        "</table:table-cell>"
        for c in cells
    )
    return f"<table:table-row>{inner}</table:table-row>"


def fodt_form(form: PlanFormData, first: bool) -> str:
    """The same words as our form: header table, title, fields, sections, signatures."""
    parts = [] if first else [_p("Break", "")]
    parts.append(
        '<table:table><table:table-column table:number-columns-repeated="2"/>'
        "<table:table-row><table:table-cell>"
        + _p("C", CELL.superior.upper())
        + _p("CB", CELL.cell_name.upper())
        + _p("C", "*")
        + "</table:table-cell><table:table-cell>"
        + _p("CB", "ĐẢNG CỘNG SẢN VIỆT NAM")
        + _p("CI", place_date_line(CELL.place, form.dated, form.year))
        + "</table:table-cell></table:table-row></table:table>"
    )
    parts += [_p("CB", line) for line in title_lines(form.year)]
    parts.append(_p("J", f"Họ và tên: {form.full_name}"))
    parts.append(
        _p(
            "J",
            f"Chức vụ đảng: {form.party_position}; chức vụ chính quyền, đoàn thể: "
            f"{form.government_position}",
        )
    )
    parts.append(_p("J", "Sinh hoạt tại chi bộ Sở Ngoại vụ"))
    parts.append(
        _p(
            "J",
            "Tôi xây dựng kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
            f"Minh năm {form.year} như sau:",
        )
    )
    parts.append(
        _p(
            "H",
            "1. Giải pháp khắc phục những tồn tại, hạn chế về tư tưởng chính trị; phẩm chất "
            "đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc; thực hiện "
            f"nhiệm vụ chính trị được chỉ ra của năm {form.year}.",
        )
    )
    parts += [_p("J", f"- {r}") for r in form.remedies]
    parts.append(_p("H", "2. Nội dung “làm theo” tư tưởng, đạo đức, phong cách Hồ Chí Minh"))
    parts.append(
        _p(
            "J",
            f"Trên cơ sở nhiệm vụ được giao năm {form.year}, tôi sẽ thực hiện một số nhiệm vụ "
            "trọng tâm và giải pháp chủ yếu sau:",
        )
    )
    rows = [_row(["STT", "Nội dung", "Chỉ tiêu, sản phẩm, kết quả", "Thời gian hoàn thành"])]
    rows += [_row([str(n), t.text, t.target, t.due]) for n, t in enumerate(form.tasks, 1)]
    parts.append(
        '<table:table><table:table-column table:number-columns-repeated="4"/>'
        + "".join(rows)
        + "</table:table>"
    )
    parts.append(_p("H", "3. Nội dung nêu gương (nếu có):"))
    parts += [_p("J", f"- {r}") for r in form.role_model]
    parts.append(
        '<table:table><table:table-column table:number-columns-repeated="2"/><table:table-row>'
        "<table:table-cell>"
        + _p("CB", "XÁC NHẬN CỦA CHI BỘ")
        + _p("CI", "Ngày 20 tháng 3 năm 2026")
        + _p("C", "")
        + _p("C", "")
        + _p("CB", CELL.secretary)
        + "</table:table-cell><table:table-cell>"
        + _p("CB", "NGƯỜI XÂY DỰNG KẾ HOẠCH")
        + _p("CI", "(Ký, ghi rõ họ, tên)")
        + _p("C", "")
        + _p("C", "")
        + _p("CB", form.full_name)
        + "</table:table-cell></table:table-row></table:table>"
    )
    return "".join(parts)


def write_fodt(path: Path, forms: list[PlanFormData]) -> None:
    body = "".join(fodt_form(f, n == 0) for n, f in enumerate(forms))
    path.write_text(_FODT_HEAD + body + "</office:text></office:body></office:document>", "utf-8")


def soffice_convert(source: Path, out_dir: Path, profile: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


# The canvas floor ---------------------------------------------------------------

_SIZE, _LEADING = 14, 17
_FONTS = {"": "LiberationSerif", "B": "LiberationSerif-Bold", "I": "LiberationSerif-Italic"}


def form_blocks(form: PlanFormData) -> list[tuple[str, object]]:
    """The form's words in order, as the FODT has them: ("C"/"CB"/"CI"/"J"/"H", text),
    ("pair", (left lines, right lines)) or ("table", rows)."""
    blocks: list[tuple[str, object]] = [
        (
            "pair",
            (
                [("C", CELL.superior.upper()), ("CB", CELL.cell_name.upper()), ("C", "*")],
                [
                    ("CB", "ĐẢNG CỘNG SẢN VIỆT NAM"),
                    ("CI", place_date_line(CELL.place, form.dated, form.year)),
                ],
            ),
        )
    ]
    blocks += [("CB", line) for line in title_lines(form.year)]
    blocks.append(("J", f"Họ và tên: {form.full_name}"))
    blocks.append(
        (
            "J",
            f"Chức vụ đảng: {form.party_position}; chức vụ chính quyền, đoàn thể: "
            f"{form.government_position}",
        )
    )
    blocks.append(("J", "Sinh hoạt tại chi bộ Sở Ngoại vụ"))
    blocks.append(
        (
            "J",
            "Tôi xây dựng kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
            f"Minh năm {form.year} như sau:",
        )
    )
    blocks.append(
        (
            "H",
            "1. Giải pháp khắc phục những tồn tại, hạn chế về tư tưởng chính trị; phẩm chất "
            "đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc; thực hiện "
            f"nhiệm vụ chính trị được chỉ ra của năm {form.year}.",
        )
    )
    blocks += [("J", f"- {r}") for r in form.remedies]
    blocks.append(("H", "2. Nội dung “làm theo” tư tưởng, đạo đức, phong cách Hồ Chí Minh"))
    blocks.append(
        (
            "J",
            f"Trên cơ sở nhiệm vụ được giao năm {form.year}, tôi sẽ thực hiện một số nhiệm vụ "
            "trọng tâm và giải pháp chủ yếu sau:",
        )
    )
    rows = [["STT", "Nội dung", "Chỉ tiêu, sản phẩm, kết quả", "Thời gian hoàn thành"]]
    rows += [[str(n), t.text, t.target, t.due] for n, t in enumerate(form.tasks, 1)]
    blocks.append(("table", rows))
    blocks.append(("H", "3. Nội dung nêu gương (nếu có):"))
    blocks += [("J", f"- {r}") for r in form.role_model]
    blocks.append(
        (
            "pair",
            (
                [("CB", "XÁC NHẬN CỦA CHI BỘ"), ("CI", "Ngày 20 tháng 3 năm 2026"),
                 ("C", ""), ("C", ""), ("CB", CELL.secretary)],
                [("CB", "NGƯỜI XÂY DỰNG KẾ HOẠCH"), ("CI", "(Ký, ghi rõ họ, tên)"),
                 ("C", ""), ("C", ""), ("CB", form.full_name)],
            ),
        )
    )  # fmt: skip
    return blocks


def canvas_floor(path: Path, forms: list[PlanFormData]) -> float:
    """The same words drawn straight on a reportlab canvas: lines broken with simpleSplit
    and drawn with drawString, the task table as ruled cells; the same embedded font.
    No flowables, no layout engine: the least any reportlab PDF of these forms costs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from chibo_app.documents.fonts import register_fonts

    start = time.perf_counter()
    register_fonts()
    canvas = Canvas(str(path), pagesize=A4)
    left, right, top, bottom = 3 * cm, A4[0] - 1.5 * cm, A4[1] - 2 * cm, 2 * cm
    width = right - left
    y = top

    def font_of(style: str) -> str:
        return _FONTS["B" if "B" in style or style == "H" else "I" if "I" in style else ""]

    def need(height: float) -> None:
        nonlocal y
        if y - height < bottom:
            canvas.showPage()
            y = top

    def text(style: str, words: str, x0: float, x1: float, at: float) -> float:
        font = font_of(style)
        indent = 1 * cm if style in ("J", "H") else 0
        lines = simpleSplit(words, font, _SIZE, x1 - x0 - indent) or [""]
        canvas.setFont(font, _SIZE)
        for n, line in enumerate(lines):
            if style.startswith("C"):
                canvas.drawCentredString((x0 + x1) / 2, at, line)
            else:
                canvas.drawString(x0 + (indent if n == 0 else 0), at, line)
            at -= _LEADING
        return at

    for number, form in enumerate(forms):
        if number:
            canvas.showPage()
            y = top
        for kind, content in form_blocks(form):
            if kind == "pair":
                left_lines, right_lines = content  # type: ignore[misc]
                need(_LEADING * max(len(left_lines), len(right_lines)))
                end_left = end_right = y
                for style, words in left_lines:
                    end_left = text(style, words, left, left + width / 2, end_left)
                for style, words in right_lines:
                    end_right = text(style, words, left + width / 2, right, end_right)
                y = min(end_left, end_right)
            elif kind == "table":
                columns = [1.2 * cm, width * 0.45, width * 0.3]
                columns.append(width - sum(columns))
                for row in content:  # type: ignore[attr-defined]
                    cells = [
                        simpleSplit(c, _FONTS[""], 12, w - 6) or [""]
                        for c, w in zip(row, columns, strict=True)
                    ]
                    height = max(len(c) for c in cells) * 14.4 + 6
                    need(height)
                    x = left
                    canvas.setFont(_FONTS[""], 12)
                    for lines, w in zip(cells, columns, strict=True):
                        canvas.rect(x, y - height, w, height)
                        for n, line in enumerate(lines):
                            canvas.drawString(x + 3, y - 14 - n * 14.4, line)
                        x += w
                    y -= height
            else:
                need(_LEADING)
                y = text(kind, str(content), left, right, y)
    canvas.save()
    return time.perf_counter() - start


# From the database -------------------------------------------------------------

_DB_CHILD = """
import sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from _common import demo_clock
from chibo_app.services.session import open_session
from chibo_app.services.plan_printing import print_plans
session = open_session({db!r}, clock=demo_clock())
print_plans(session, {year}, {ids!r}, {out!r})
session.close()
"""


def demo_with_plans(folder: Path, count: int) -> tuple[Path, list[int], list[PlanFormData]]:
    """The cached full demo of 1,000 people, `count` people with a plan, their forms."""
    from chibo_app.services.plan_print_data import FormSource

    session = open_demo(folder, 1000)
    ids = [
        row[0]
        for row in session.db.execute(
            "SELECT person_id FROM plans WHERE year = ? ORDER BY person_id LIMIT ?", [YEAR, count]
        )
    ]
    source = FormSource(session, YEAR, session.today(), blank=False)
    forms = [source.form(i) for i in source.ordered(ids)]
    path = session.path
    session.close()
    if len(ids) < count:
        raise SystemExit(f"only {len(ids)} plans in the demo database")
    return path, ids, forms


def ours_from_database(db: Path, ids: list[int], out: Path) -> float:
    """print_plans end to end in a fresh process, on a fresh copy of the database."""
    fresh = db.with_name("run.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{fresh}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(db, fresh)
    code = _DB_CHILD.format(
        root=str(ROOT), bench=str(ROOT / "benchmarks"), db=str(fresh), year=YEAR, ids=ids,
        out=str(out),
    )  # fmt: skip
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def database_run(folder: Path, count: int) -> None:
    db, ids, forms = demo_with_plans(folder, count)
    out = folder / "db-forms.pdf"
    ours = statistics.median(ours_from_database(db, ids, out) for _ in range(RUNS))
    print(f"from the database: {count} filled forms → {pdf_pages(out)} pages")
    source = folder / "db-forms.fodt"
    write_fodt(source, forms)
    profile = folder / "lo-profile"
    soffice_convert(source, folder / "warmup", profile)
    theirs = statistics.median(soffice_convert(source, folder, profile) for _ in range(RUNS))
    report(
        f"{count} plan forms from the database (print_plans, whole process) vs LibreOffice",
        ours,
        baseline=theirs,
        baseline_name="LibreOffice",
        ratio_at_most=0.25,
        target="≥ 4× faster (ratio ≤ 0.25)",
    )


# Our side ---------------------------------------------------------------------

_CHILD = """
import sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from bench_plan_forms import make_forms, CELL
from chibo_app.documents.plan_form import write_plan_forms
write_plan_forms({out!r}, make_forms({count}), CELL)
"""


def ours_in_process(path: Path, forms: list[PlanFormData]) -> float:
    start = time.perf_counter()
    write_plan_forms(path, forms, CELL)
    return time.perf_counter() - start


def ours_fresh_process(path: Path, count: int) -> float:
    code = _CHILD.format(root=str(ROOT), bench=str(ROOT / "benchmarks"), out=str(path), count=count)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    count = COUNT
    with tempfile.TemporaryDirectory() as folder_name:
        in_memory_run(Path(folder_name), count)
    with tempfile.TemporaryDirectory() as folder_name:
        database_run(Path(folder_name), count)


def in_memory_run(folder: Path, count: int) -> None:
    forms = make_forms(count)
    ours_pdf = folder / "ours.pdf"
    ours_in_process(folder / "warm.pdf", forms[:2])  # fonts parsed once per process
    canvas_floor(folder / "warm-floor.pdf", forms[:2])
    inside, floor = [], []
    for _ in range(RUNS):  # alternating, so both share the machine's noise
        inside.append(ours_in_process(ours_pdf, forms))
        floor.append(canvas_floor(folder / "floor.pdf", forms))
    print(
        f"ours: {count} forms → {pdf_pages(ours_pdf)} pages; "
        f"canvas floor → {pdf_pages(folder / 'floor.pdf')} pages"
    )
    report(
        f"{count} plan forms, in process",
        statistics.median(inside),
        baseline=statistics.median(floor),
        baseline_name="bare canvas floor",
        ratio_at_most=1.5,
    )
    fresh = statistics.median(ours_fresh_process(folder / "fresh.pdf", count) for _ in range(RUNS))
    source = folder / "forms.fodt"
    write_fodt(source, forms)
    profile = folder / "lo-profile"
    soffice_convert(source, folder / "warmup", profile)  # first run builds the profile
    theirs = statistics.median(soffice_convert(source, folder, profile) for _ in range(RUNS))
    report(
        f"{count} plan forms, whole process vs LibreOffice converting the same forms",
        fresh,
        baseline=theirs,
        baseline_name="LibreOffice",
        ratio_at_most=0.25,
        target="≥ 4× faster (ratio ≤ 0.25)",
    )


if __name__ == "__main__":
    main()
