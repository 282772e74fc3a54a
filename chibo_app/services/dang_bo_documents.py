"""The đảng ủy's combined documents for a year, as data (documents.summary_document):
the nominations of all cells grouped by cell, the classification summary per cell with
the cap of 366-QĐ/TW Điều 11 k1.4, the plans summary, the meetings summary (here), and the
combined year report (services.dang_bo_report_document).

Each is built from the current package of each cell's part (or, to verify a printed
one, from the packages it was built from); services.dang_bo_printing numbers, writes
and records them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from chibo_app.core import dang_bo_figures as figures_core
from chibo_app.core.dang_bo_figures import (
    CAP_CLAUSE,
    EXCELLENT,
    GOOD,
    ClassificationLine,
    MeetingsLine,
    PlansLine,
)
from chibo_app.core.messages import msg
from chibo_app.core.nomination_list import COLUMNS as NOMINATION_COLUMNS
from chibo_app.core.nominations import KIND_ORDER, SECTION_TITLES
from chibo_app.core.package import Part
from chibo_app.core.programme import PROGRAMME, PROGRAMME_TEXT
from chibo_app.core.summary_document import (
    GROUP,
    SUBGROUP,
    TOTAL,
    Block,
    Row,
    SummaryDocument,
    Table,
    Text,
)
from chibo_app.core.year_report import percent_text
from chibo_app.errors import ChiboError
from chibo_app.services.dang_bo_packages import (
    NOT_RECEIVED,
    SOURCES,
    CellParts,
    classification_lines,
    combined,
    gather,
    level_labels,
    meetings_lines,
    not_received,
    percent,
    plans_lines,
)
from chibo_app.services.dang_bo_report_document import report_document
from chibo_app.services.session import Session

# The nominations of all cells ---------------------------------------------------------------


def nominations_document(
    cells: Sequence[CellParts], year: int, number: int | None, dated: dt.date | None
) -> SummaryDocument:
    rows: list[Row] = []
    totals = [0, 0, 0]
    sent = 0
    for index, cell in enumerate(cells, start=1):
        rows.append(Row((f"{index}. {cell.name.upper()}",), GROUP))
        if Part.NOMINATIONS not in cell.packages:
            rows.append(Row(("", "Chưa nhận danh sách của chi bộ.", "", "", "", "", "")))
            continue
        sent += 1
        listed = [
            r for r in cell.rows(Part.NOMINATIONS, "nominations") if r["status"] != "not_selected"
        ]
        if not listed:
            rows.append(Row(("", "Không có đăng ký.", "", "", "", "", "")))
        for kind_index, kind in enumerate(KIND_ORDER):
            mine = [r for r in listed if r["kind"] == kind]
            if not mine:
                continue
            totals[kind_index] += len(mine)
            rows.append(Row((SECTION_TITLES[kind],), SUBGROUP))
            for number_in, r in enumerate(mine, start=1):
                rows.append(
                    Row(
                        (
                            str(number_in),
                            r["name"],
                            r["position"] or "",
                            r["unit"] or "",
                            r["field"] or "",
                            r["content"] or "",
                            r["notes"] or "",
                        )
                    )
                )
    columns = tuple((label, width) for label, _g, width in NOMINATION_COLUMNS)
    waiting = len(cells) - sent
    blocks: list[Block] = [
        Table(columns, tuple(rows), frozenset({0})),
        Text(
            f"Tổng số: {sent} chi bộ gửi danh sách"
            + (f" ({waiting} chi bộ chưa gửi)" if waiting else "")
            + f"; {totals[0]} tập thể, {totals[1]} cá nhân, {totals[2]} mô hình, cách làm hay."
        ),
    ]
    return combined(
        "nominations",
        cells,
        year,
        number,
        dated,
        title=(
            "DANH SÁCH",
            "tập thể, cá nhân đăng ký điển hình, mô hình tiêu biểu",
            f"trong học tập và làm theo {PROGRAMME_TEXT} năm {year}",
            "của các chi bộ trực thuộc",
        ),
        hashed_title=(
            "DANH SÁCH",
            "TẬP THỂ, CÁ NHÂN ĐĂNG KÝ ĐIỂN HÌNH, MÔ HÌNH TIÊU BIỂU",
            f"TRONG HỌC TẬP VÀ LÀM THEO {PROGRAMME} NĂM {year}",
            "CỦA CÁC CHI BỘ TRỰC THUỘC",
        ),
        register_title=f"Danh sách tập thể, cá nhân đăng ký điển hình, mô hình tiêu biểu "
        f"năm {year} của các chi bộ trực thuộc",
        blocks=blocks,
        landscape=True,
    )


# Classification ------------------------------------------------------------------------------


def classification_document(
    cells: Sequence[CellParts], year: int, number: int | None, dated: dt.date | None
) -> SummaryDocument:
    levels = level_labels(cells)
    codes = [code for code, _label in levels]
    lines = classification_lines(cells, codes)
    received = [line for line in lines if line.received]
    total = figures_core.total_line("Cộng", received)
    columns = (
        ("STT", 12.0),
        ("Chi bộ", 48.0),
        ("Tổng số đảng viên", 17.0),
        ("Chính thức", 16.0),
        ("Dự bị", 14.0),
        ("Không xếp loại", 17.0),
        *[(label, 22.0) for _code, label in levels],
        ("Chưa xếp loại", 16.0),
        ("“Xuất sắc” tối đa (20% số “tốt”)", 22.0),
        ("Ghi chú", 28.0),
    )
    rows = [_classification_row(str(n), line, codes) for n, line in enumerate(lines, start=1)]
    rows.append(_classification_row("", total, codes, style=TOTAL))
    excellent = total.counts.get(EXCELLENT, 0)
    good = total.counts.get(GOOD, 0)
    verdict = (
        f"vượt {excellent - total.allowed} đồng chí" if total.over_cap else "trong mức cho phép"
    )
    blocks: list[Block] = [
        Table(columns, tuple(rows), frozenset(range(2, len(columns) - 1)) | {0}),
        Text(
            f"Tỷ lệ tính trên số đảng viên được xếp loại. Theo {CAP_CLAUSE}, số được xếp loại "
            "“Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “Hoàn thành "
            "tốt nhiệm vụ” (trường hợp đặc biệt do cấp có thẩm quyền quyết định, không quá 25%)."
        ),
        Text(
            f"Toàn Đảng bộ: {excellent} đảng viên “Hoàn thành xuất sắc nhiệm vụ”, tối đa "
            f"{total.allowed} (20% của {good} đảng viên “Hoàn thành tốt nhiệm vụ”): {verdict}."
            + not_received(lines)
        ),
    ]
    return combined(
        "classification",
        cells,
        year,
        number,
        dated,
        title=(
            "BÁO CÁO",
            "tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên",
            f"các chi bộ trực thuộc năm {year}",
        ),
        hashed_title=(
            "BÁO CÁO",
            "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN",
            f"CÁC CHI BỘ TRỰC THUỘC NĂM {year}",
        ),
        register_title=f"Báo cáo tổng hợp kết quả đánh giá, xếp loại đảng viên năm {year}",
        blocks=blocks,
        landscape=True,
    )


def _classification_row(
    number: str, line: ClassificationLine, codes: Sequence[str], style: str = "row"
) -> Row:
    if not line.received:
        blank = [""] * (len(codes) + 6)
        return Row((number, line.name, *blank, NOT_RECEIVED))
    levels = [
        f"{line.counts.get(code, 0)} ({percent_text(line.counts.get(code, 0), line.classified)})"
        if line.classified
        else "0"
        for code in codes
    ]
    note = ""
    if line.over_cap:
        note = f"Vượt {line.counts.get(EXCELLENT, 0) - line.allowed} so với mức tối đa"
    return Row(
        (
            number,
            line.name,
            str(line.members),
            str(line.full),
            str(line.probationary),
            str(line.exempt),
            *levels,
            str(line.waiting),
            str(line.allowed),
            note,
        ),
        style,
    )


# Plans --------------------------------------------------------------------------------------


def plans_document(
    cells: Sequence[CellParts], year: int, number: int | None, dated: dt.date | None
) -> SummaryDocument:
    lines = plans_lines(cells)
    total = figures_core.plans_total("Cộng", [x for x in lines if x.received])
    columns = (
        ("STT", 12.0),
        ("Chi bộ", 50.0),
        ("Đảng viên", 16.0),
        ("Đảng viên đã xác nhận", 20.0),
        ("Quần chúng", 16.0),
        ("Quần chúng đã xác nhận", 20.0),
        ("Tỷ lệ đã xác nhận", 18.0),
        ("Ghi chú", 25.0),
    )
    rows = [_plans_row(str(n), line) for n, line in enumerate(lines, start=1)]
    rows.append(_plans_row("", total, TOTAL))
    blocks: list[Block] = [
        Table(columns, tuple(rows), frozenset(range(2, 7)) | {0}),
        Text(
            f"Toàn Đảng bộ: {total.confirmed}/{total.people} kế hoạch cá nhân đã được chi bộ xác "
            f"nhận ({percent_text(total.confirmed, total.people)}); đảng viên "
            f"{total.members_confirmed}/{total.members}, quần chúng "
            f"{total.non_party_confirmed}/{total.non_party}." + not_received(lines)
        ),
    ]
    return combined(
        "plans",
        cells,
        year,
        number,
        dated,
        title=(
            "BÁO CÁO",
            "tổng hợp kết quả xây dựng kế hoạch cá nhân học tập và làm theo",
            f"{PROGRAMME_TEXT} năm {year}",
        ),
        hashed_title=(
            "BÁO CÁO",
            "TỔNG HỢP KẾT QUẢ XÂY DỰNG KẾ HOẠCH CÁ NHÂN HỌC TẬP VÀ LÀM THEO",
            f"{PROGRAMME} NĂM {year}",
        ),
        register_title=f"Báo cáo tổng hợp kế hoạch cá nhân học tập và làm theo năm {year}",
        blocks=blocks,
    )


def _plans_row(number: str, line: PlansLine, style: str = "row") -> Row:
    if not line.received:
        return Row((number, line.name, "", "", "", "", "", NOT_RECEIVED))
    return Row(
        (
            number,
            line.name,
            str(line.members),
            str(line.members_confirmed),
            str(line.non_party),
            str(line.non_party_confirmed),
            percent_text(line.confirmed, line.people),
            ""
            if line.confirmed == line.people
            else f"Còn {line.people - line.confirmed} chưa xác nhận",
        ),
        style,
    )


# Meetings -----------------------------------------------------------------------------------


def meetings_document(
    cells: Sequence[CellParts], year: int, number: int | None, dated: dt.date | None
) -> SummaryDocument:
    lines = meetings_lines(cells)
    received = [x for x in lines if x.received]
    total = figures_core.meetings_total("Cộng", received)
    columns = (
        ("STT", 12.0),
        ("Chi bộ", 55.0),
        ("Tháng có sinh hoạt thường kỳ", 24.0),
        ("Số buổi thường kỳ", 18.0),
        ("Chuyên đề quý I", 16.0),
        ("Chuyên đề quý II", 16.0),
        ("Chuyên đề quý III", 16.0),
        ("Chuyên đề quý IV", 16.0),
        ("Tỷ lệ dự sinh hoạt bình quân", 22.0),
        ("Ghi chú", 45.0),
    )
    rows = [_meetings_row(str(n), line) for n, line in enumerate(lines, start=1)]
    rows.append(_meetings_row("", total, TOTAL, cells=len(received)))
    blocks: list[Block] = [
        Table(columns, tuple(rows), frozenset(range(2, 9)) | {0}),
        Text(
            "Số liệu theo báo cáo kết quả năm của từng chi bộ, tính đến ngày chi bộ lập gói "
            "gửi cấp trên. Chỉ thị 50-CT/TW: sinh hoạt chuyên đề ít nhất mỗi quý một lần."
            + not_received(lines)
        ),
    ]
    return combined(
        "meetings",
        cells,
        year,
        number,
        dated,
        title=("BÁO CÁO", f"tổng hợp tình hình sinh hoạt các chi bộ trực thuộc năm {year}"),
        hashed_title=(
            "BÁO CÁO",
            f"TỔNG HỢP TÌNH HÌNH SINH HOẠT CÁC CHI BỘ TRỰC THUỘC NĂM {year}",
        ),
        register_title=f"Báo cáo tổng hợp tình hình sinh hoạt chi bộ năm {year}",
        blocks=blocks,
        landscape=True,
    )


def _meetings_row(number: str, line: MeetingsLine, style: str = "row", cells: int = 1) -> Row:
    if not line.received:
        return Row((number, line.name, "", "", "", "", "", "", "", NOT_RECEIVED))
    months = line.months_due * cells
    notes = []
    if line.months_with_regular < months and style != TOTAL:
        notes.append(f"Thiếu {months - line.months_with_regular} tháng sinh hoạt thường kỳ")
    if line.missing_quarters and style != TOTAL:
        quarters = ", ".join(("I", "II", "III", "IV")[q - 1] for q in line.missing_quarters)
        notes.append(f"Quý {quarters} chưa có chuyên đề")
    attendance = "" if line.attendance is None else percent(line.attendance)
    return Row(
        (
            number,
            line.name,
            f"{line.months_with_regular}/{months}",
            str(line.regular),
            *[str(q) for q in line.thematic_by_quarter],
            attendance,
            "; ".join(notes),
        ),
        style,
    )


BUILDERS = {
    "nominations": nominations_document,
    "classification": classification_document,
    "plans": plans_document,
    "meetings": meetings_document,
    "report": report_document,
}


def build(
    session: Session,
    kind: str,
    year: int,
    number: int | None,
    dated: dt.date | None,
    package_ids: Sequence[int] | None = None,
) -> SummaryDocument:
    if kind not in BUILDERS:
        raise ChiboError(msg("Không có văn bản tổng hợp “{kind}”.", kind=kind))
    cells = gather(session, year, SOURCES[kind], package_ids)
    if not cells:
        raise ChiboError(msg("Chưa nhận gói nào của chi bộ trực thuộc."))
    if not any(c.packages for c in cells):
        raise ChiboError(msg("Chưa nhận gói năm {year} của chi bộ nào.", year=year))
    return BUILDERS[kind](cells, year, number, dated)
