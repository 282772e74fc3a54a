"""The year report's figures as the tables it prints (and the report page shows), in the
wording of the printed report. Pure data: documents/year_report.py lays them out on paper,
the report page in table views.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chibo_app.core.messages import Message, msg
from chibo_app.core.people import KIND_LABELS, Kind
from chibo_app.core.year_report import (
    ReportFigures,
    TaskSource,
    percent_text,
    rate_text,
    table_day,
)

AMOUNT = ("Nội dung", "Số lượng", "Tỷ lệ")
BY_KIND = ("Nội dung", "Đảng viên", "Quần chúng", "Cộng", "Tỷ lệ")
PARTY_TOTAL = "Tổng số đảng viên của Chi bộ"
NON_PARTY_TOTAL = "Quần chúng (công chức, viên chức, người lao động) cùng thực hiện kế hoạch"
PARTY_DEPARTURES = ("- Chuyển sinh hoạt đảng đi", "- Từ trần")
NON_PARTY_DEPARTURES = ("- Chuyển công tác", "- Từ trần")
# The fixed words of the tables (headers, row labels), for the interface's translation
# (ui/core_text.py reads this table); what is printed stays Vietnamese.
LABELS = (
    *AMOUNT,
    *BY_KIND,
    PARTY_TOTAL,
    *(f"- {label}" for kind, label in KIND_LABELS.items() if kind != Kind.NON_PARTY),
    "- Trong đó: miễn công tác và sinh hoạt đảng",
    "Đảng viên rời Chi bộ trong kỳ",
    *PARTY_DEPARTURES,
    NON_PARTY_TOTAL,
    "Quần chúng rời cơ quan trong kỳ",
    *NON_PARTY_DEPARTURES,
    "Số người phải xây dựng kế hoạch cá nhân",
    "Đã xây dựng, nộp kế hoạch",
    "Được Chi bộ xác nhận",
    "Đang trả lại để chỉnh sửa",
    "Tổng số nhiệm vụ “làm theo” đã đăng ký",
    "Hoàn thành",
    "- Trong đó: hoàn thành vượt mức",
    "Hoàn thành một phần",
    "Chưa hoàn thành",
    "Chưa đánh giá",
    "Sơ kết 6 tháng: kế hoạch đã sơ kết",
    "- Nhiệm vụ đã hoàn thành",
    "- Nhiệm vụ đang thực hiện",
    "- Nhiệm vụ chưa triển khai",
    "- Số người chậm tiến độ",
    "Nhiệm vụ của kế hoạch chưa sơ kết",
    "Cộng",
    "Tháng",
    "Thường kỳ",
    "Chuyên đề",
    "Bất thường",
    "Tỷ lệ dự (bình quân)",
    "STT",
    "Dự kiến",
    "Đã sinh hoạt",
    "Chưa sinh hoạt",
    "Lĩnh vực",
    "Tập thể",
    "Cá nhân",
    "Mô hình",
    "Ngày",
    "Nội dung biểu dương",
    "Được biểu dương",
    "Đề nghị cấp trên khen thưởng",
    "Được khen thưởng",
    "Mức xếp loại",
    "Số đảng viên",
    "Cộng số đảng viên được xếp loại",
    "Không đánh giá, xếp loại (miễn, mới kết nạp)",
)


# A cell: a label of LABELS, a figure or typed text — or a Message when its words hold a
# value ("Tháng 3"), so the screen can show it in the user's language (str() prints it).
Cell = str | Message


@dataclass(frozen=True)
class FigureTable:
    key: str  # people, tasks, meetings, topics, nominations, commendations, classification
    caption: str  # "1. Đảng viên, quần chúng và kế hoạch cá nhân" ('' for none)
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[int, ...]  # relative column widths on paper
    centred: tuple[int, ...] = ()  # columns centred (default: all but the first)
    total_row: bool = False  # the last row is a total (bold)

    @property
    def centred_columns(self) -> tuple[int, ...]:
        return self.centred or tuple(range(1, len(self.header)))


def people_table(f: ReportFigures) -> FigureTable:
    """Đảng viên (chính thức, dự bị, miễn công tác và sinh hoạt đảng, who left) first,
    then quần chúng apart: they take part in the programme, they are not members."""
    people = f.people
    rows = [(PARTY_TOTAL, str(people.party_members), "")]
    rows += [
        (f"- {KIND_LABELS[kind]}", str(people.count(kind)), "")
        for kind in Kind
        if kind != Kind.NON_PARTY
    ]
    if people.exempted:
        rows.append(("- Trong đó: miễn công tác và sinh hoạt đảng", str(people.exempted), ""))
    if people.party_left:
        rows.append(("Đảng viên rời Chi bộ trong kỳ", str(people.party_left), ""))
        counts = (people.moved, people.deceased)
        rows += [
            (label, str(n), "") for label, n in zip(PARTY_DEPARTURES, counts, strict=True) if n
        ]
    if people.count(Kind.NON_PARTY) or people.non_party_left:
        rows.append((NON_PARTY_TOTAL, str(people.count(Kind.NON_PARTY)), ""))
    if people.non_party_left:
        rows.append(("Quần chúng rời cơ quan trong kỳ", str(people.non_party_left), ""))
        counts = (people.changed_jobs, people.non_party_deceased)
        rows += [
            (label, str(n), "") for label, n in zip(NON_PARTY_DEPARTURES, counts, strict=True) if n
        ]
    return FigureTable(
        "people", "1. Đảng viên, quần chúng và kế hoạch cá nhân", AMOUNT, tuple(rows), (110, 30, 30)
    )


def plans_table(f: ReportFigures) -> FigureTable:
    """The personal plans, đảng viên and quần chúng in their own columns."""
    p = f.plans
    party, others = p.party, p.others

    def row(label: Cell, mine: int, theirs: int, total: int, rate: bool = True) -> tuple[Cell, ...]:
        share = percent_text(total, p.people) if rate else ""
        return (label, str(mine), str(theirs), str(total), share)

    rows = [
        row("Số người phải xây dựng kế hoạch cá nhân", party.people, others.people, p.people,
            rate=False),
        row("Đã xây dựng, nộp kế hoạch", party.made, others.made, p.made),
    ]  # fmt: skip
    if p.deadline:
        rows.append(
            row(
                msg("- Nộp đúng thời hạn (hạn {day})", day=table_day(p.deadline)),
                party.on_time,
                others.on_time,
                p.on_time,
            )
        )
    rows.append(row("Được Chi bộ xác nhận", party.confirmed, others.confirmed, p.confirmed))
    if p.returned:
        rows.append(
            row("Đang trả lại để chỉnh sửa", party.returned, others.returned, p.returned, False)
        )
    return FigureTable("plans", "", BY_KIND, tuple(rows), (80, 24, 24, 20, 22))


def tasks_table(f: ReportFigures) -> FigureTable:
    t, m = f.tasks, f.midyear
    rows: list[tuple[str, ...]] = []
    if t.source == TaskSource.EVALUATION:
        rows += [
            ("Tổng số nhiệm vụ “làm theo” đã đăng ký", str(t.total), ""),
            ("Hoàn thành", str(t.completed), percent_text(t.completed, t.total)),
            ("- Trong đó: hoàn thành vượt mức", str(t.exceeded or 0), ""),
            ("Hoàn thành một phần", str(t.partly), percent_text(t.partly, t.total)),
            ("Chưa hoàn thành", str(t.not_done), percent_text(t.not_done, t.total)),
            ("Chưa đánh giá", str(t.not_assessed), ""),
        ]
    rows += [
        (
            "Sơ kết 6 tháng: kế hoạch đã sơ kết",
            f"{m.reviewed}/{m.plans}",
            percent_text(m.reviewed, m.plans),
        ),
        ("- Nhiệm vụ đã hoàn thành", str(m.done), percent_text(m.done, m.tasks)),
        ("- Nhiệm vụ đang thực hiện", str(m.in_progress), percent_text(m.in_progress, m.tasks)),
        ("- Nhiệm vụ chưa triển khai", str(m.not_started), percent_text(m.not_started, m.tasks)),
        ("- Số người chậm tiến độ", str(m.behind), ""),
    ]
    if t.source == TaskSource.MIDYEAR and t.not_assessed:
        rows.append(("Nhiệm vụ của kế hoạch chưa sơ kết", str(t.not_assessed), ""))
    return FigureTable(
        "tasks", "2. Thực hiện nhiệm vụ “làm theo”", AMOUNT, tuple(rows), (110, 30, 30)
    )


def meetings_table(f: ReportFigures) -> FigureTable:
    m = f.meetings
    rows: list[tuple[Cell, ...]] = [
        (
            msg("Tháng {month}", month=line.month),
            str(line.regular),
            str(line.thematic),
            str(line.extraordinary),
            rate_text(line.rate),
        )
        for line in m.months
    ]
    rows.append(
        ("Cộng", str(m.regular), str(m.thematic), str(m.extraordinary), rate_text(m.average_rate))
    )
    return FigureTable(
        "meetings",
        "3. Sinh hoạt chi bộ, sinh hoạt chuyên đề",
        ("Tháng", "Thường kỳ", "Chuyên đề", "Bất thường", "Tỷ lệ dự (bình quân)"),
        tuple(rows),
        (40, 28, 28, 28, 46),
        total_row=True,
    )


def topics_table(f: ReportFigures) -> FigureTable:
    rows = tuple(
        (
            str(n),
            t.title,
            t.planned,
            table_day(dt.date.fromisoformat(t.held_on)) if t.held_on else "Chưa sinh hoạt",
        )
        for n, t in enumerate(f.topics, start=1)
    )
    return FigureTable(
        "topics",
        f"Chuyên đề của năm: đã sinh hoạt {f.topics_held}/{len(f.topics)} chuyên đề.",
        ("STT", "Chuyên đề", "Dự kiến", "Đã sinh hoạt"),
        rows,
        (12, 98, 25, 35),
        centred=(0, 2, 3),
    )


def nominations_table(f: ReportFigures) -> FigureTable:
    n = f.nominations
    rows = [(line.field, *map(str, line.counts), str(line.total)) for line in n.by_field]
    rows.append(("Cộng", *map(str, n.by_kind), str(n.total)))
    return FigureTable(
        "nominations",
        "4. Gương điển hình, biểu dương, khen thưởng",
        ("Lĩnh vực", "Tập thể", "Cá nhân", "Mô hình", "Cộng"),
        tuple(rows),
        (90, 20, 20, 20, 20),
        total_row=True,
    )


def nomination_results(f: ReportFigures) -> str:
    """'Đã biểu dương 2 điển hình, đề nghị cấp trên khen thưởng 1, được khen thưởng 1
    (1 giấy khen).'"""
    n = f.nominations
    awards = ", ".join(f"{count} {form.lower()}" for form, count in n.awards)
    parts = [
        f"biểu dương {n.commended} điển hình" if n.commended else "",
        f"đề nghị cấp trên khen thưởng {n.proposed}" if n.proposed else "",
        f"được khen thưởng {n.awarded}" + (f" ({awards})" if awards else "") if n.awarded else "",
    ]
    done = ", ".join(p for p in parts if p)
    return f"Đã {done}." if done else "Chưa có điển hình được biểu dương, khen thưởng."


def awards_table(f: ReportFigures) -> FigureTable:
    """Commended, proposed for an award, awarded (by form): the sentence above as rows."""
    n = f.nominations
    rows = [
        ("Được biểu dương", str(n.commended)),
        ("Đề nghị cấp trên khen thưởng", str(n.proposed)),
        ("Được khen thưởng", str(n.awarded)),
    ]
    rows += [(f"- {form}", str(count)) for form, count in n.awards]
    return FigureTable("awards", "", AMOUNT[:2], tuple(rows), (110, 30))


def commendations_table(f: ReportFigures) -> FigureTable:
    rows = tuple(
        (table_day(dt.date.fromisoformat(line.held_on)), line.text) for line in f.commendations
    )
    return FigureTable(
        "commendations",
        f"Biểu dương tại các buổi sinh hoạt chi bộ ({len(rows)} lượt):",
        ("Ngày", "Nội dung biểu dương"),
        rows,
        (28, 142),
        centred=(0,),
    )


def classification_table(f: ReportFigures) -> FigureTable:
    c = f.classification
    rows = [
        (level.label, str(level.count), percent_text(level.count, c.classified))
        for level in c.levels
    ]
    rows.append(
        ("Cộng số đảng viên được xếp loại", str(c.classified), "100%" if c.classified else "")
    )
    if c.exempt:
        rows.append(("Không đánh giá, xếp loại (miễn, mới kết nạp)", str(c.exempt), ""))
    return FigureTable(
        "classification",
        f"5. Đánh giá, xếp loại (theo {c.rule_set})",
        ("Mức xếp loại", "Số đảng viên", "Tỷ lệ"),
        tuple(rows),
        (110, 30, 30),
    )


def shows_classification(f: ReportFigures) -> bool:
    """The classification table belongs in reports to the year's end, or once anyone is
    classified."""
    return bool(f.classification.classified) or f.period.to_year_end
