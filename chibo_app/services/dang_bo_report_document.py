"""The đảng ủy's combined year report: the cells' figures summed, a table per cell and a
narrative draft (services.dang_bo_documents builds it with the other combined documents)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chibo_app.core import dang_bo_figures as figures_core
from chibo_app.core.dang_bo_figures import (
    ClassificationLine,
    MeetingsLine,
    PlansLine,
)
from chibo_app.core.dang_bo_narrative import CombinedNarrative, draft
from chibo_app.core.messages import msg
from chibo_app.core.package import Part
from chibo_app.core.programme import PROGRAMME, PROGRAMME_TEXT
from chibo_app.core.summary_document import (
    GROUP,
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
    CellParts,
    classification_lines,
    combined,
    level_labels,
    meetings_lines,
    percent,
    plans_lines,
)

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
    return combined(
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
                "" if attendance is None else percent(attendance),
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
                    "" if attendance is None else percent(attendance),
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
