"""What the đảng ủy's combined documents are made from: each cell's current package of a
part (or, to verify a printed document, the packages it was built from), and the pieces
every combined document shares (its register type, the cells not received yet)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from chibo_app.core import dang_bo_figures as figures_core
from chibo_app.core.dang_bo_figures import ClassificationLine, MeetingsLine, PlansLine
from chibo_app.core.package import Part
from chibo_app.core.summary_document import (
    Block,
    SummaryDocument,
)
from chibo_app.core.text import fold
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


def combined(
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


def not_received(lines: Sequence[Any]) -> str:
    waiting = [line.name for line in lines if not line.received]
    if not waiting:
        return ""
    return f" Chưa nhận kết quả của {len(waiting)} chi bộ: {', '.join(waiting)}."


def percent(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


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


def plans_lines(cells: Sequence[CellParts]) -> list[PlansLine]:
    return [
        figures_core.plans_line(c.name, c.rows(Part.PLANS, "plans"))
        if Part.PLANS in c.packages
        else PlansLine(c.name, received=False)
        for c in cells
    ]


def meetings_lines(cells: Sequence[CellParts]) -> list[MeetingsLine]:
    found = []
    for cell in cells:
        figures = cell.figures()
        if figures is None:
            found.append(MeetingsLine(cell.name, received=False))
        else:
            found.append(figures_core.meetings_line(cell.name, figures))
    return found
