"""The long lists as PDF: the nomination list and the evaluation list with N rows,
each beside a reportlab floor drawing the same table (the same rows as Paragraph cells,
same fonts, column widths and header, one Table a page in a bare SimpleDocTemplate: no
party header, closing, signature, page numbers or verification code) and a canvas
floor (the same cells' lines drawn straight on a canvas with the grid).

    python benchmarks/bench_list_pdfs.py --people 5000

Each render runs in a fresh process, which reports its time (the render alone, imports
excluded) and its peak memory. Targets at 5,000 rows: ≤ 2 s each; at 20,000: ≤ 8 s;
≤ 200 MiB; ≤ 1.5× the floor.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, peak_mib, people_arg, report, temporary_folder

RUNS = 3  # medians of 3; --runs 1 for a quick look at 20,000 rows on a busy machine
KINDS = ("nomination", "evaluation")


def cell():  # type: ignore[no-untyped-def]
    from chibo_app.core.cell import CellSettings

    return CellSettings(
        cell_name="Chi bộ Sở Ngoại vụ",
        superior="Đảng ủy Ủy ban nhân dân tỉnh",
        place="Hà Tĩnh",
        secretary="Thái Phúc Sơn",
        term="2025–2030",
    )


def nomination_data(count: int):  # type: ignore[no-untyped-def]
    from chibo_app.core.nomination_list import NominationListData, NominationListRow
    from chibo_app.core.nominations import DEFAULT_FIELDS, Kind

    kinds = (Kind.COLLECTIVE, Kind.INDIVIDUAL, Kind.INDIVIDUAL, Kind.MODEL)
    rows = [
        NominationListRow(
            kinds[n % 4],
            f"Nguyễn Thị Hồng Nhung {n}",
            "Phó Trưởng phòng" if n % 2 else "",
            "Phòng Hợp tác quốc tế",
            DEFAULT_FIELDS[n % 6],
            "Số hóa 100% hồ sơ lãnh sự; rút ngắn thời gian xử lý hồ sơ từ 5 xuống 3 ngày"
            f" làm việc; hướng dẫn {n % 40} đơn vị áp dụng",
            "Đã biểu dương dịp 19/5" if n % 5 == 0 else "",
            n + 1,
        )
        for n in range(count)
    ]
    return NominationListData(2026, rows, number=2)


def evaluation_data(count: int):  # type: ignore[no-untyped-def]
    from chibo_app.core.evaluation_list import EvaluationListData, EvaluationListRow

    levels = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"]
    rows = [
        EvaluationListRow(
            f"Trần Văn Bình {n}",
            "Chi ủy viên; Phó Chánh Văn phòng Sở" if n % 3 == 0 else "Chuyên viên",
            80 + n % 20,
            levels[n % 3],
            levels[(n + 1) % 3] if n % 4 else "",
            "Mới chuyển đến" if n % 11 == 0 else "",
            n + 1,
        )
        for n in range(count)
    ]
    return EvaluationListData(
        2026, "Quy định 366-QĐ/TW", rows, [(label, count // 3) for label in levels], number=5
    )


def ours(kind: str, count: int, path: Path) -> None:
    if kind == "nomination":
        from chibo_app.documents.nomination_list import write_nomination_list_pdf

        data = nomination_data(count)
        started = time.perf_counter(), time.process_time()
        write_nomination_list_pdf(path, data, cell())
    else:
        from chibo_app.documents.evaluation_list import write_evaluation_pdf

        data = evaluation_data(count)
        started = time.perf_counter(), time.process_time()
        write_evaluation_pdf(path, data, cell())
    finish(started, path)


def _table_data(kind: str, count: int):  # type: ignore[no-untyped-def]
    """(header, rows of text, column widths in points, page size, styles)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm

    from chibo_app.core import evaluation_list, nomination_list
    from chibo_app.documents.fonts import register_fonts
    from chibo_app.documents.page_settings import PageSettings
    from chibo_app.documents.styles import styles_for

    register_fonts()
    styles = styles_for(PageSettings())
    if kind == "nomination":
        data = nomination_data(count)
        columns = [w for _l, _g, w in nomination_list.COLUMNS]
        values = [nomination_list.row_values(n, r) for n, r in enumerate(data.rows, 1)]
        header = [label for label, _g, _w in nomination_list.COLUMNS]
        size = landscape(A4)
    else:
        data = evaluation_data(count)
        columns = [w for _l, w in evaluation_list.COLUMNS]
        values = [evaluation_list.row_values(n, r) for n, r in enumerate(data.rows, 1)]
        header = [label for label, _w in evaluation_list.COLUMNS]
        size = A4
    scale = (size[0] - 50 * mm) / (sum(columns) * mm)
    return header, values, [w * mm * scale for w in columns], size, styles


PAD = 3.0  # a cell's padding on each side, as reportlab's Table has it


def _pages(values, widths, style, height):  # type: ignore[no-untyped-def]
    """Each row's lines (reportlab's simpleSplit) and the rows of each page."""
    from reportlab.lib.utils import simpleSplit

    laid, pages, used, page = [], [], 0.0, []
    for row in values:
        lines = [
            simpleSplit(v, style.fontName, style.fontSize, w - 2 * PAD)
            for v, w in zip(row, widths, strict=True)
        ]
        tall = max(map(len, lines)) * style.leading + 2 * PAD
        if used + tall > height and page:
            pages.append(page)
            used, page = 0.0, []
        page.append(len(laid))
        laid.append((lines, tall))
        used += tall
    return laid, [*pages, page]


def floor(kind: str, count: int, path: Path) -> None:
    """The same table drawn by reportlab's platypus with nothing around it: Paragraph
    cells in one Table a page (pages cut where the canvas floor cuts them), so
    reportlab never splits a long Table (which costs rows × pages)."""
    from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, TableStyle

    header, values, widths, size, styles = _table_data(kind, count)
    started = time.perf_counter(), time.process_time()
    cell_style, head = styles.cell, styles.cell_header
    document = SimpleDocTemplate(str(path), pagesize=size)
    heading = [Paragraph(h, head) for h in header]
    head_height = 3 * head.leading + 2 * PAD
    _laid, pages = _pages(values, widths, cell_style, document.height - head_height - 12)
    story = []
    for page in pages:
        rows = [heading] + [[Paragraph(v, cell_style) for v in values[i]] for i in page]
        story += [
            LongTable(
                rows,
                colWidths=widths,
                repeatRows=1,
                style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]),
            ),
            PageBreak(),
        ]
    document.build(story[:-1])
    finish(started, path)


def canvas_floor(kind: str, count: int, path: Path) -> None:
    """The least any layout can do: the same cells' lines (reportlab's simpleSplit) drawn
    straight on a canvas with the grid lines, the header on every page."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    header, values, widths, size, styles = _table_data(kind, count)
    started = time.perf_counter(), time.process_time()
    cell, head = styles.cell, styles.cell_header
    left, top = 25 * mm, size[1] - 25 * mm
    head_lines = [
        simpleSplit(h, head.fontName, head.fontSize, w - 2 * PAD)
        for h, w in zip(header, widths, strict=True)
    ]
    head_height = max(map(len, head_lines)) * head.leading + 2 * PAD
    laid, pages = _pages(values, widths, cell, top - 25 * mm - head_height)
    canvas = Canvas(str(path), pagesize=size)
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)

    def row(lines, tall, y, style):  # type: ignore[no-untyped-def]
        canvas.setFont(style.fontName, style.fontSize)
        for x, cell_lines in zip(xs, lines, strict=False):
            for n, line in enumerate(cell_lines):
                canvas.drawString(x + PAD, y - PAD - style.fontSize - n * style.leading, line)
        canvas.line(xs[0], y - tall, xs[-1], y - tall)
        return y - tall

    for page in pages:
        y = row(head_lines, head_height, top, head)
        for index in page:
            y = row(*laid[index], y, cell)
        canvas.line(xs[0], top, xs[-1], top)
        for x in xs:
            canvas.line(x, top, x, y)
        canvas.showPage()
    canvas.save()
    finish(started, path)


def finish(started: tuple[float, float], path: Path) -> None:
    took, cpu = time.perf_counter() - started[0], time.process_time() - started[1]
    print(
        json.dumps(
            {"seconds": took, "cpu": cpu, "peak_mib": peak_mib(), "bytes": path.stat().st_size}
        )
    )


def run_one(which: str, kind: str, count: int, folder: Path) -> dict[str, float]:
    command = [sys.executable, __file__, "--one", which, kind, str(count), str(folder)]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    if "--one" in sys.argv:
        which, kind, count, folder = sys.argv[sys.argv.index("--one") + 1 :][:4]
        target = Path(folder) / f"{which}-{kind}.pdf"
        {"ours": ours, "floor": floor, "canvas": canvas_floor}[which](kind, int(count), target)
        return
    rows = people_arg()
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else RUNS
    limit = 2.0 * max(1.0, rows / 5000)
    with temporary_folder() as folder:
        for kind in KINDS:
            found = {
                which: [run_one(which, kind, rows, folder) for _ in range(runs)]
                for which in ("ours", "floor", "canvas")
            }

            def middle(which: str, key: str) -> float:
                return sorted(r[key] for r in found[which])[runs // 2]  # noqa: B023

            report(
                f"{kind} list PDF, {rows} rows",
                middle("ours", "seconds"),
                baseline=middle("floor", "seconds"),
                baseline_name="reportlab floor",
                at_most=limit,
                ratio_at_most=1.5,
                people=rows,
            )
            # The machine is shared: the CPU time moves less with the load than the wall.
            report(
                f"{kind} list PDF, {rows} rows: CPU time",
                middle("ours", "cpu"),
                baseline=middle("floor", "cpu"),
                baseline_name="reportlab floor",
                at_most=limit,
                ratio_at_most=1.5,
                people=rows,
            )
            report(
                f"{kind} list PDF, {rows} rows: CPU time beside the canvas floor",
                middle("ours", "cpu"),
                baseline=middle("canvas", "cpu"),
                baseline_name="canvas floor",
                people=rows,
            )
            report(
                f"{kind} list PDF, {rows} rows: peak memory",
                max(r["peak_mib"] for r in found["ours"]),
                unit="MiB",
                baseline=max(r["peak_mib"] for r in found["floor"]),
                baseline_name="reportlab floor",
                at_most=200,
                people=rows,
            )


if __name__ == "__main__":
    main()
