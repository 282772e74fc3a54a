"""Document 5: the year report to the superior committee ("BÁO CÁO KẾT QUẢ THỰC HIỆN HỌC
TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2026"), or its 6-month or
to-a-date variant, in the party layout: the secretary's four narrative sections, the
figures as tables under the first one with two charts (attendance per month, the
classification per level), T/M CHI BỘ, Nơi nhận. Numbered "Số NN-BC/CB" from the register.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table

from chibo_app.core.cell import CellSettings
from chibo_app.core.people import KIND_LABELS, Kind
from chibo_app.core.year_report import (
    Narrative,
    Period,
    PeriodKind,
    ReportFigures,
    TaskSource,
    day_text,
    figures_json,
    percent_text,
    period_phrase,
    rate_text,
    section_titles,
)
from chibo_app.documents import fonts
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    DocumentHeader,
    PartyDocument,
    RenderResult,
    SignatureBlock,
    markup,
    table_style,
    write_documents,
)
from chibo_app.documents.plan_form import PROGRAMME
from chibo_app.documents.verification import PrintedDocument, Subject, printed

DOC_TYPE = "BC"
SUBJECT_TABLE = "year_report"
ROMAN = ("I", "II", "III", "IV")
BAR_COLOUR = colors.HexColor("#9e0b23")


@dataclass(frozen=True)
class ReportData:
    figures: ReportFigures
    narrative: Narrative
    number: int | None = None
    dated: dt.date | None = None
    plan_reference: str = ""  # the cell's own plan: "Kế hoạch số 03-KH/CB ngày 15/02/2026"
    recipients: Sequence[str] = ()

    @property
    def period(self) -> Period:
        return self.figures.period


def title_lines(period: Period) -> list[str]:
    year = period.year
    if period.kind == PeriodKind.HALF:
        return ["BÁO CÁO", f"SƠ KẾT 6 THÁNG ĐẦU NĂM {year} VIỆC HỌC TẬP VÀ LÀM THEO", PROGRAMME]
    lines = ["BÁO CÁO", "KẾT QUẢ THỰC HIỆN HỌC TẬP VÀ LÀM THEO"]
    if period.to_year_end:
        return [*lines, f"{PROGRAMME} NĂM {year}"]
    return [*lines, PROGRAMME, period_phrase(period).upper()]


def register_title(period: Period) -> str:
    """'Báo cáo kết quả học tập và làm theo … năm 2026' for the register."""
    if period.kind == PeriodKind.HALF:
        return f"Báo cáo sơ kết 6 tháng đầu năm {period.year} học tập và làm theo Bác"
    return f"Báo cáo kết quả học tập và làm theo Bác {period_phrase(period)}"


def summary_line(figures: ReportFigures) -> str:
    return f"(Số liệu tính đến ngày {day_text(figures.as_of)})"


def recipients(data: ReportData, cell: CellSettings) -> list[str]:
    if data.recipients:
        return list(data.recipients)
    return [f"{cell.superior} (b/c)" if cell.superior else "", "Lưu Chi bộ"]


def intro(data: ReportData, cell: CellSettings) -> str:
    period = data.period
    plan = data.plan_reference or "Kế hoạch"
    what = (
        f"sơ kết 6 tháng đầu năm {period.year}"
        if period.kind == PeriodKind.HALF
        else f"kết quả thực hiện {period_phrase(period)}"
    )
    return (
        f"Thực hiện {plan} của {cell.cell_name or 'Chi bộ'} về học tập và làm theo tư tưởng, "
        f"đạo đức, phong cách Hồ Chí Minh năm {period.year}, Chi bộ báo cáo {what} như sau:"
    )


# Content (hashed for the verification code) ---------------------------------------------


def content(data: ReportData, cell: CellSettings) -> dict[str, object]:
    return {
        "kind": "year_report",
        "figures": figures_json(data.figures),
        "narrative": list(data.narrative.texts()),
        "number": data.number,
        "dated": data.dated,
        "plan": data.plan_reference,
        "cell": cell.cell_name,
        "signer": cell.secretary,
    }


def printed_report(data: ReportData, cell: CellSettings) -> PrintedDocument:
    return printed(
        DOC_TYPE,
        cell.term,
        data.number,
        data.period.year,
        register_title(data.period),
        content(data, cell),
        Subject(SUBJECT_TABLE, data.period.subject_ids),
    )


# The document -----------------------------------------------------------------------------


def report_document(
    data: ReportData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> PartyDocument:
    f = data.figures
    header = DocumentHeader.for_cell(
        cell, f.period.year, data.dated, doc_type=DOC_TYPE, number=data.number
    )
    doc = PartyDocument(
        header, title_lines(f.period), summary=summary_line(f), code=code, settings=settings
    )
    doc.paragraph(intro(data, cell))
    titles = section_titles(f.period)
    texts = data.narrative.texts()
    doc.heading(f"{ROMAN[0]}. {titles[0]}")
    _paragraphs(doc, texts[0])
    _figures(doc, f)
    for n in range(1, 4):
        doc.heading(f"{ROMAN[n]}. {titles[n]}")
        _paragraphs(doc, texts[n])
    doc.paragraph(
        f"Trên đây là báo cáo {_what(f.period)} của {cell.cell_name or 'Chi bộ'}, kính gửi "
        f"{cell.superior or 'cấp ủy cấp trên'} xem xét, chỉ đạo./."
    )
    doc.close(
        right=SignatureBlock(heading=("T/M CHI BỘ", "BÍ THƯ"), name=cell.secretary),
        recipients=[r for r in recipients(data, cell) if r],
    )
    return doc


def _what(period: Period) -> str:
    programme = "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    if period.kind == PeriodKind.HALF:
        return f"sơ kết 6 tháng đầu năm {period.year} {programme}"
    return f"kết quả thực hiện {programme} {period_phrase(period)}"


def _paragraphs(doc: PartyDocument, text: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines or ["……………"]:
        doc.paragraph(line)


def _figures(doc: PartyDocument, f: ReportFigures) -> None:
    doc.paragraph("<b><i>Số liệu cụ thể:</i></b>", rich=True)
    _people_and_plans(doc, f)
    _tasks(doc, f)
    _meetings(doc, f)
    _nominations(doc, f)
    if f.classification.classified or f.period.to_year_end:
        _classification(doc, f)


def _caption(doc: PartyDocument, text: str) -> Paragraph:
    return Paragraph(markup(text), doc.styles.heading)


def _chart_caption(doc: PartyDocument, text: str) -> Paragraph:
    style = ParagraphStyle(
        "chart_caption", doc.styles.centre_italic, spaceAfter=doc.settings.paragraph_space * 2
    )
    return Paragraph(markup(text), style)


def _people_and_plans(doc: PartyDocument, f: ReportFigures) -> None:
    p, people = f.plans, f.people
    rows: list[list[str]] = [["Tổng số người sinh hoạt tại Chi bộ", str(people.total), ""]]
    rows += [[f"- {KIND_LABELS[kind]}", str(people.count(kind)), ""] for kind in Kind]
    if people.exempted:
        rows.append(["- Trong đó: miễn công tác và sinh hoạt đảng", str(people.exempted), ""])
    if people.left:
        rows.append(["Chuyển sinh hoạt đi, từ trần trong kỳ", str(people.left), ""])
    rows += [
        ["Số người phải xây dựng kế hoạch cá nhân", str(p.people), ""],
        ["Đã xây dựng, nộp kế hoạch", str(p.made), percent_text(p.made, p.people)],
    ]
    if p.deadline:
        rows.append(
            [
                f"- Nộp đúng thời hạn (hạn {day_text(p.deadline)})",
                str(p.on_time),
                percent_text(p.on_time, p.people),
            ]
        )
    rows.append(["Được Chi bộ xác nhận", str(p.confirmed), percent_text(p.confirmed, p.people)])
    if p.returned:
        rows.append(["Đang trả lại để chỉnh sửa", str(p.returned), ""])
    doc.add(
        _caption(doc, "1. Đảng viên, quần chúng và kế hoạch cá nhân"),
        _table(doc, ["Nội dung", "Số lượng", "Tỷ lệ"], rows, [110, 30, 30]),
    )


def _tasks(doc: PartyDocument, f: ReportFigures) -> None:
    t, m = f.tasks, f.midyear
    rows: list[list[str]] = []
    if t.source == TaskSource.EVALUATION:
        rows += [
            ["Tổng số nhiệm vụ “làm theo” đã đăng ký", str(t.total), ""],
            ["Hoàn thành", str(t.completed), percent_text(t.completed, t.total)],
            ["- Trong đó: hoàn thành vượt mức", str(t.exceeded or 0), ""],
            ["Hoàn thành một phần", str(t.partly), percent_text(t.partly, t.total)],
            ["Chưa hoàn thành", str(t.not_done), percent_text(t.not_done, t.total)],
            ["Chưa đánh giá", str(t.not_assessed), ""],
        ]
    rows += [
        [
            "Sơ kết 6 tháng: kế hoạch đã sơ kết",
            f"{m.reviewed}/{m.plans}",
            percent_text(m.reviewed, m.plans),
        ],
        ["- Nhiệm vụ đã hoàn thành", str(m.done), percent_text(m.done, m.tasks)],
        ["- Nhiệm vụ đang thực hiện", str(m.in_progress), percent_text(m.in_progress, m.tasks)],
        ["- Nhiệm vụ chưa triển khai", str(m.not_started), percent_text(m.not_started, m.tasks)],
        ["- Số người chậm tiến độ", str(m.behind), ""],
    ]
    if t.source == TaskSource.MIDYEAR and t.not_assessed:
        rows.append(["Nhiệm vụ của kế hoạch chưa sơ kết", str(t.not_assessed), ""])
    doc.add(
        _caption(doc, "2. Thực hiện nhiệm vụ “làm theo”"),
        _table(doc, ["Nội dung", "Số lượng", "Tỷ lệ"], rows, [110, 30, 30]),
    )


def _meetings(doc: PartyDocument, f: ReportFigures) -> None:
    m = f.meetings
    rows = [
        [
            f"Tháng {line.month}",
            str(line.regular),
            str(line.thematic),
            str(line.extraordinary),
            rate_text(line.rate),
        ]
        for line in m.months
    ]
    rows.append(
        [
            "Cộng",
            str(m.regular),
            str(m.thematic),
            str(m.extraordinary),
            rate_text(m.average_rate),
        ]
    )
    header = ["Tháng", "Thường kỳ", "Chuyên đề", "Bất thường", "Tỷ lệ dự (bình quân)"]
    doc.add(
        _caption(doc, "3. Sinh hoạt chi bộ, sinh hoạt chuyên đề"),
        _table(doc, header, rows, [40, 28, 28, 28, 46], total_row=True),
    )
    if any(line.rate is not None for line in m.months):
        doc.add(
            KeepTogether(
                [
                    _attendance_chart(doc, f),
                    _chart_caption(doc, "Biểu đồ 1. Tỷ lệ đảng viên dự sinh hoạt theo tháng (%)"),
                ]
            )
        )
    if f.topics:
        doc.paragraph(f"Chuyên đề của năm: đã sinh hoạt {f.topics_held}/{len(f.topics)} chuyên đề.")
        topic_rows = [
            [
                str(n),
                t.title,
                t.planned,
                day_text(dt.date.fromisoformat(t.held_on)) if t.held_on else "Chưa sinh hoạt",
            ]
            for n, t in enumerate(f.topics, start=1)
        ]
        doc.add(
            _table(
                doc,
                ["STT", "Chuyên đề", "Dự kiến", "Đã sinh hoạt"],
                topic_rows,
                [12, 98, 25, 35],
                centred=(0, 2, 3),
            )
        )


def _nominations(doc: PartyDocument, f: ReportFigures) -> None:
    n = f.nominations
    rows = [[line.field, *map(str, line.counts), str(line.total)] for line in n.by_field]
    rows.append(["Cộng", *map(str, n.by_kind), str(n.total)])
    doc.add(
        _caption(doc, "4. Gương điển hình, biểu dương, khen thưởng"),
        _table(
            doc,
            ["Lĩnh vực", "Tập thể", "Cá nhân", "Mô hình", "Cộng"],
            rows,
            [90, 20, 20, 20, 20],
            total_row=True,
        ),
    )
    doc.paragraph(nomination_results(f))
    if f.commendations:
        doc.paragraph(f"Biểu dương tại các buổi sinh hoạt chi bộ ({len(f.commendations)} lượt):")
        for line in f.commendations:
            doc.paragraph(f"- {line.text} ({day_text(dt.date.fromisoformat(line.held_on))}).")


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


def _classification(doc: PartyDocument, f: ReportFigures) -> None:
    c = f.classification
    rows = [
        [level.label, str(level.count), percent_text(level.count, c.classified)]
        for level in c.levels
    ]
    rows.append(
        ["Cộng số đảng viên được xếp loại", str(c.classified), "100%" if c.classified else ""]
    )
    if c.exempt:
        rows.append(["Không đánh giá, xếp loại (miễn, mới kết nạp)", str(c.exempt), ""])
    doc.add(
        _caption(doc, f"5. Đánh giá, xếp loại (theo {c.rule_set})"),
        _table(doc, ["Mức xếp loại", "Số đảng viên", "Tỷ lệ"], rows, [110, 30, 30]),
    )
    if c.classified:
        doc.add(
            KeepTogether(
                [
                    _classification_chart(doc, f),
                    _chart_caption(doc, "Biểu đồ 2. Kết quả xếp loại đảng viên (số người)"),
                ]
            )
        )


# Tables and charts --------------------------------------------------------------------------


def _table(
    doc: PartyDocument,
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    *,
    centred: Sequence[int] | None = None,
    total_row: bool = False,
) -> Table:
    s = doc.styles
    middle = set(range(1, len(header))) if centred is None else set(centred)
    data = [[Paragraph(markup(h), s.cell_header) for h in header]]
    for n, row in enumerate(rows):
        bold = total_row and n == len(rows) - 1
        data.append(
            [
                Paragraph(
                    f"<b>{markup(v)}</b>" if bold else markup(v),
                    s.cell_centre if i in middle else s.cell,
                )
                for i, v in enumerate(row)
            ]
        )
    scale = doc.settings.frame_width / (sum(widths) * mm)
    return Table(
        data,
        colWidths=[w * mm * scale for w in widths],
        repeatRows=1,
        style=table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
        spaceAfter=doc.settings.paragraph_space * 2,
    )


def _chart(doc: PartyDocument, values: list[float], names: list[str], top: float) -> Drawing:
    """A bar chart as wide as the text, in the document's font, values over the bars."""
    width = doc.settings.frame_width
    size = doc.settings.table_size - 1
    drawing = Drawing(width, 62 * mm)
    # The renderer starts every drawing in Helvetica (never embedded) unless told.
    drawing.initialFontName = fonts.REGULAR
    drawing.initialFontSize = size
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 9 * mm
    chart.width, chart.height = width - 16 * mm, 48 * mm
    chart.data = [values]
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barWidth = 6
    chart.groupSpacing = 6
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, round(top / 5))
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = size
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d0d0")
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.dy = -2
    chart.barLabels.fontName = fonts.BOLD
    chart.barLabels.fontSize = size
    chart.barLabels.nudge = 6
    chart.barLabelFormat = lambda value: _number(value)
    drawing.add(chart)
    return drawing


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def _attendance_chart(doc: PartyDocument, f: ReportFigures) -> Drawing:
    months = f.meetings.months
    values = [round(100 * m.rate, 1) if m.rate is not None else 0.0 for m in months]
    return _chart(doc, values, [f"T{m.month}" for m in months], 100)


def _classification_chart(doc: PartyDocument, f: ReportFigures) -> Drawing:
    levels = f.classification.levels
    values = [float(level.count) for level in levels]
    top = max(values, default=1.0)
    step = max(1, round(top / 5))
    return _chart(
        doc,
        values,
        [level.label.removesuffix(" nhiệm vụ") for level in levels],
        float(step * (int(top // step) + 1)),
    )


def write_report_pdf(
    path: str | os.PathLike[str],
    data: ReportData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> tuple[RenderResult, PrintedDocument]:
    """Write the report; record the returned PrintedDocument in the register afterwards."""
    record = printed_report(data, cell)
    document = report_document(data, cell, settings=settings, code=record.code)
    render = write_documents(
        path, [document], settings=settings, title=record.title, author=cell.cell_name
    )
    return render, record
