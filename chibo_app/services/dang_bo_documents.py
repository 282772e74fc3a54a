"""The đảng ủy's combined documents for a year, as data (documents.summary_document):
the nominations of all cells grouped by cell, the classification summary per cell with
the cap of 366-QĐ/TW Điều 11 k1.4, the plans summary, the meetings summary, and the
combined year report (figures summed, a table per cell, a narrative draft).

Each is built from the current package of each cell's part (or, to verify a printed
one, from the packages it was built from); services.dang_bo_printing numbers, writes
and records them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from chibo_app.core import dang_bo_figures as figures_core
from chibo_app.core.dang_bo_figures import (
    CAP_CLAUSE,
    EXCELLENT,
    GOOD,
    ClassificationLine,
    MeetingsLine,
    PlansLine,
)
from chibo_app.core.dang_bo_narrative import CombinedNarrative, draft
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
from chibo_app.core.text import fold
from chibo_app.core.year_report import percent_text
from chibo_app.errors import ChiboError
from chibo_app.services import level
from chibo_app.services.dang_bo import rows_of
from chibo_app.services.session import Session
from chibo_app.storage import received_repo
from chibo_app.storage.received_repo import Received, SubCell

KINDS = ("nominations", "classification", "plans", "meetings", "report")
# What each is called in a sentence (a label: translated where it is shown).
NAMES = {
    "nominations": "Danh sách đăng ký điển hình của các chi bộ",
    "classification": "Báo cáo tổng hợp xếp loại đảng viên",
    "plans": "Báo cáo tổng hợp kế hoạch cá nhân",
    "meetings": "Báo cáo tổng hợp sinh hoạt chi bộ",
    "report": "Báo cáo tổng hợp kết quả học tập và làm theo",
}
# (document type, register subject table) of each combined document.
REGISTER = {
    "nominations": ("DS", "dang_bo_nominations"),
    "classification": ("BC", "dang_bo_classification"),
    "plans": ("BC", "dang_bo_plans"),
    "meetings": ("BC", "dang_bo_meetings"),
    "report": ("BC", "dang_bo_report"),
}
# The part each document is made from.
SOURCES = {
    "nominations": (Part.NOMINATIONS,),
    "classification": (Part.EVALUATION,),
    "plans": (Part.PLANS,),
    "meetings": (Part.REPORT,),
    "report": (Part.REPORT, Part.EVALUATION, Part.PLANS),
}
NOT_RECEIVED = "Chưa nhận"
STANDARD_LEVELS = (
    ("excellent", "Hoàn thành xuất sắc nhiệm vụ"),
    ("good", "Hoàn thành tốt nhiệm vụ"),
    ("completed", "Hoàn thành nhiệm vụ"),
    ("not_completed", "Không hoàn thành nhiệm vụ"),
)


@dataclass(frozen=True)
class CellParts:
    """One cell and the package of each part the document is built from."""

    cell: SubCell
    packages: Mapping[Part, Received] = field(default_factory=dict)
    contents: Mapping[Part, dict[str, Any]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.cell.name

    def rows(self, part: Part, table: str) -> list[dict[str, Any]]:
        found = self.contents.get(part)
        return rows_of(found, table) if found is not None else []

    def figures(self) -> dict[str, Any] | None:
        report = self.contents.get(Part.REPORT)
        if report is None:
            return None
        values = dict((k, v) for k, v in report.get("report", []))
        found: dict[str, Any] = json.loads(values["figures"]) if "figures" in values else {}
        return found


def gather(
    session: Session, year: int, parts: Sequence[Part], package_ids: Sequence[int] | None = None
) -> list[CellParts]:
    """Every cell known to the đảng bộ, in name order, with its current package of each
    of `parts` for `year` — or, given `package_ids`, with exactly those packages."""
    level.require_committee(session)
    db = session.db
    every = received_repo.received(db, year=year)
    if package_ids is None:
        chosen = [r for r in every if r.current and r.part in parts]
    else:
        wanted = set(package_ids)
        chosen = [r for r in every if r.id in wanted]
    contents = received_repo.contents(db, [r.id for r in chosen])
    found = []
    for cell in sorted(received_repo.sub_cells(db), key=lambda c: (fold(c.name), c.name)):
        mine = {Part(r.part): r for r in chosen if r.sub_cell_id == cell.id}
        found.append(CellParts(cell, mine, {p: contents[r.id] for p, r in mine.items()}))
    return found


def used_ids(cells: Sequence[CellParts]) -> tuple[int, ...]:
    return tuple(sorted(r.id for c in cells for r in c.packages.values()))


def _combined(
    key: str,
    cells: Sequence[CellParts],
    year: int,
    number: int | None,
    dated: dt.date | None,
    *,
    title: tuple[str, ...],
    hashed_title: tuple[str, ...],
    register_title: str,
    blocks: Sequence[Block],
    summary: str = "",
    landscape: bool = False,
) -> SummaryDocument:
    """The combined document `key` (see REGISTER) made from `cells`' packages. `title`:
    the kind in capitals, the trích yếu under it in lower case (Hướng dẫn 36-HD/VPTW);
    `hashed_title`: the words as first printed, all in capitals, which the code hashes so
    documents printed before keep their verification code."""
    doc_type, subject = REGISTER[key]
    return SummaryDocument(
        doc_type=doc_type,
        number=number,
        year=year,
        dated=dated,
        title=title,
        hashed_title=hashed_title,
        register_title=register_title,
        blocks=tuple(blocks),
        subject_table=subject,
        subject_ids=used_ids(cells),
        summary=summary,
        landscape=landscape,
    )


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
    return _combined(
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


def level_labels(cells: Sequence[CellParts]) -> list[tuple[str, str]]:
    """The levels of the cells' rule sets, top down (the standard four when none sent)."""
    found: dict[str, str] = {}
    for cell in cells:
        for row in sorted(cell.rows(Part.EVALUATION, "levels"), key=lambda r: r["position"]):
            found.setdefault(row["code"], row["label"])
    return list(found.items()) or list(STANDARD_LEVELS)


def classification_lines(
    cells: Sequence[CellParts], codes: Sequence[str]
) -> list[ClassificationLine]:
    lines = []
    for cell in cells:
        if Part.EVALUATION in cell.packages:
            rows = cell.rows(Part.EVALUATION, "evaluations")
            lines.append(figures_core.classification_line(cell.name, rows, codes))
        else:
            lines.append(ClassificationLine(cell.name, received=False))
    return lines


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
            + _not_received(lines)
        ),
    ]
    return _combined(
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


def _not_received(lines: Sequence[Any]) -> str:
    waiting = [line.name for line in lines if not line.received]
    if not waiting:
        return ""
    return f" Chưa nhận kết quả của {len(waiting)} chi bộ: {', '.join(waiting)}."


# Plans --------------------------------------------------------------------------------------


def plans_lines(cells: Sequence[CellParts]) -> list[PlansLine]:
    return [
        figures_core.plans_line(c.name, c.rows(Part.PLANS, "plans"))
        if Part.PLANS in c.packages
        else PlansLine(c.name, received=False)
        for c in cells
    ]


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
            f"{total.non_party_confirmed}/{total.non_party}." + _not_received(lines)
        ),
    ]
    return _combined(
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


def meetings_lines(cells: Sequence[CellParts]) -> list[MeetingsLine]:
    found = []
    for cell in cells:
        figures = cell.figures()
        if figures is None:
            found.append(MeetingsLine(cell.name, received=False))
        else:
            found.append(figures_core.meetings_line(cell.name, figures))
    return found


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
            + _not_received(lines)
        ),
    ]
    return _combined(
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
    attendance = "" if line.attendance is None else _percent(line.attendance)
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


def _percent(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


# The combined year report ---------------------------------------------------------------------


@dataclass(frozen=True)
class CombinedReport:
    year: int
    cells: tuple[CellParts, ...]
    figures: dict[str, Any]  # the reporting cells' figures, summed
    levels: tuple[tuple[str, str], ...]
    classification: tuple[ClassificationLine, ...]
    plans: tuple[PlansLine, ...]
    meetings: tuple[MeetingsLine, ...]
    narrative: CombinedNarrative

    @property
    def reporting(self) -> list[CellParts]:
        return [c for c in self.cells if Part.REPORT in c.packages]

    @property
    def missing(self) -> list[str]:
        return [c.name for c in self.cells if Part.REPORT not in c.packages]


def combined_report(cells: Sequence[CellParts], year: int) -> CombinedReport:
    reporting = [c for c in cells if Part.REPORT in c.packages]
    summed = figures_core.sum_figures([f for c in reporting if (f := c.figures()) is not None])
    levels = level_labels(cells)
    classification = classification_lines(cells, [c for c, _l in levels])
    plans = plans_lines(cells)
    meetings = meetings_lines(cells)
    narrative = draft(
        year,
        [c.name for c in cells],
        [c.name for c in cells if Part.REPORT not in c.packages],
        summed,
        [x for x in classification if x.received],
        dict(levels),
        plans,
        meetings,
    )
    return CombinedReport(
        year,
        tuple(cells),
        summed,
        tuple(levels),
        tuple(classification),
        tuple(plans),
        tuple(meetings),
        narrative,
    )


def report_json(report: CombinedReport) -> dict[str, Any]:
    """`chibo dang-bo report --json`: the summed figures (the same keys as a cell's
    `chibo report --json`), the cells counted, and each cell's own figures."""
    narrative = report.narrative
    return {
        "year": report.year,
        "cells": len(report.cells),
        "reporting": [c.name for c in report.reporting],
        "missing": report.missing,
        "figures": report.figures,
        "per_cell": [
            {
                "uid": c.cell.uid,
                "name": c.name,
                "received_at": c.packages[Part.REPORT].received_at,
                "figures": c.figures(),
            }
            for c in report.reporting
        ],
        "narrative": {
            "results": list(narrative.results),
            "shortcomings": list(narrative.shortcomings),
            "lessons": list(narrative.lessons),
            "directions": list(narrative.directions),
        },
    }


def report_document(
    cells: Sequence[CellParts], year: int, number: int | None, dated: dt.date | None
) -> SummaryDocument:
    report = combined_report(cells, year)
    if not report.reporting:
        raise ChiboError(msg("Chưa nhận báo cáo kết quả năm {year} của chi bộ nào.", year=year))
    (results_title, results), *others = report.narrative.sections()
    blocks: list[Block] = [Text(results_title, heading=True)]
    blocks += [Text(line) for line in results]
    blocks.append(Text("1. Số liệu tổng hợp", heading=True))
    blocks.append(_figures_table(report))
    blocks.append(Text("2. Kết quả của từng chi bộ", heading=True))
    blocks.append(_per_cell_table(report))
    for title, lines in others:
        blocks.append(Text(title, heading=True))
        blocks += [Text(line) for line in lines]
    return _combined(
        "report",
        cells,
        year,
        number,
        dated,
        title=(
            "BÁO CÁO",
            "kết quả thực hiện học tập và làm theo",
            f"{PROGRAMME_TEXT} năm {year}",
        ),
        hashed_title=(
            "BÁO CÁO",
            "KẾT QUẢ THỰC HIỆN HỌC TẬP VÀ LÀM THEO",
            f"{PROGRAMME} NĂM {year}",
        ),
        register_title=f"Báo cáo tổng hợp kết quả học tập và làm theo năm {year}",
        blocks=blocks,
        summary=f"(Tổng hợp từ báo cáo của {len(report.reporting)}/{len(cells)} chi bộ trực thuộc)",
    )


def _figures_table(report: CombinedReport) -> Table:
    f = report.figures
    people, plans, tasks = f.get("people", {}), f.get("plans", {}), f.get("tasks", {})
    nominations, meetings = f.get("nominations", {}), f.get("meetings", {})
    classification = f.get("classification", {})
    rows: list[Row] = [
        Row(("", "Đảng viên", "", ""), GROUP),
        _figure("Tổng số đảng viên", people.get("party_members")),
        _figure("Đảng viên chính thức", people.get("full")),
        _figure("Đảng viên dự bị", people.get("probationary")),
        _figure("Quần chúng tham gia học tập và làm theo", people.get("non_party")),
        Row(("", "Kế hoạch cá nhân", "", ""), GROUP),
        _figure("Người phải xây dựng kế hoạch", plans.get("people")),
        _figure("Đã xây dựng", plans.get("made"), plans.get("people")),
        _figure("Được chi bộ xác nhận", plans.get("confirmed"), plans.get("people")),
        _figure("Nội dung làm theo hoàn thành", tasks.get("completed"), tasks.get("total")),
        Row(("", "Đánh giá, xếp loại đảng viên", "", ""), GROUP),
    ]
    classified = int(classification.get("classified") or 0)
    for band in classification.get("levels", []):
        rows.append(_figure(band.get("label", ""), band.get("count"), classified))
    rows += [
        Row(("", "Điển hình, sinh hoạt", "", ""), GROUP),
        _figure("Tập thể đăng ký điển hình", nominations.get("by_kind", {}).get("collective")),
        _figure("Cá nhân đăng ký điển hình", nominations.get("by_kind", {}).get("individual")),
        _figure("Mô hình, cách làm hay", nominations.get("by_kind", {}).get("model")),
        _figure("Buổi sinh hoạt thường kỳ", meetings.get("regular")),
        _figure("Buổi sinh hoạt chuyên đề", meetings.get("thematic")),
    ]
    attendance = meetings.get("average_attendance")
    rows.append(
        Row(
            (
                "",
                "Tỷ lệ dự sinh hoạt bình quân",
                "",
                "" if attendance is None else _percent(attendance),
            )
        )
    )
    numbered = []
    counter = 0
    for row in rows:
        if row.style == GROUP:
            numbered.append(Row((row.values[1],), GROUP))
            continue
        counter += 1
        numbered.append(Row((str(counter), *row.values[1:])))
    return Table(
        (("STT", 12.0), ("Nội dung", 95.0), ("Số lượng", 25.0), ("Tỷ lệ", 25.0)),
        tuple(numbered),
        frozenset({0, 2, 3}),
    )


def _figure(label: str, count: Any, total: Any = None) -> Row:
    value = int(count or 0)
    share = percent_text(value, int(total or 0)) if total else ""
    return Row(("", label, str(value), share))


def _per_cell_table(report: CombinedReport) -> Table:
    codes = [code for code, _label in report.levels]
    rows: list[Row] = []
    pairs = zip(report.cells, report.classification, strict=True)
    for number, (cell, line) in enumerate(pairs, start=1):
        figures = cell.figures()
        if figures is None:
            rows.append(Row((str(number), cell.name, "", "", "", "", "", "", "", NOT_RECEIVED)))
            continue
        people, plans = figures.get("people", {}), figures.get("plans", {})
        tasks, meetings = figures.get("tasks", {}), figures.get("meetings", {})
        levels = "/".join(str(line.counts.get(c, 0)) for c in codes) if line.received else ""
        attendance = meetings.get("average_attendance")
        rows.append(
            Row(
                (
                    str(number),
                    cell.name,
                    str(people.get("party_members", 0)),
                    str(people.get("non_party", 0)),
                    f"{plans.get('confirmed', 0)}/{plans.get('people', 0)}",
                    percent_text(int(tasks.get("completed") or 0), int(tasks.get("total") or 0)),
                    levels,
                    str(figures.get("nominations", {}).get("total", 0)),
                    f"{meetings.get('regular', 0)}/{meetings.get('thematic', 0)}",
                    "" if attendance is None else _percent(attendance),
                )
            )
        )
    return Table(
        (
            ("STT", 12.0),
            ("Chi bộ", 38.0),
            ("Đảng viên", 14.0),
            ("Quần chúng", 14.0),
            ("Kế hoạch đã xác nhận", 16.0),
            ("Nhiệm vụ hoàn thành", 16.0),
            ("Xếp loại (XS/T/HT/KHT)", 18.0),
            ("Đăng ký điển hình", 14.0),
            ("Sinh hoạt (thường kỳ/ chuyên đề)", 18.0),
            ("Dự sinh hoạt", 14.0),
        ),
        tuple(rows),
        frozenset(range(2, 10)) | {0},
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
