"""Document 5: the year report to the superior committee ("BÁO CÁO" over "kết quả thực
hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026"), or its 6-month or
to-a-date variant, in the party layout: the secretary's four narrative sections, the
figures as tables under the first one with two charts (attendance per month, the
classification per level), T/M CHI BỘ, Nơi nhận. Numbered "Số NN-BC/CB" from the register.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table

from chibo_app.core import report_tables as tables
from chibo_app.core import year_report as core_report
from chibo_app.core.cell import CellSettings
from chibo_app.core.programme import PROGRAMME_TEXT
from chibo_app.core.report_tables import FigureTable
from chibo_app.core.verification import PrintedDocument, Subject, printed
from chibo_app.core.year_report import (
    Narrative,
    Period,
    PeriodKind,
    ReportFigures,
    day_text,
    figures_json,
    period_phrase,
    section_titles,
)
from chibo_app.documents import fonts
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    DocumentHeader,
    PartyDocument,
    PdfOutput,
    RenderResult,
    SignatureBlock,
    markup,
    table_style,
    write_recorded,
)

DOC_TYPE = core_report.DOC_TYPE
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
    """The kind, "BÁO CÁO", then the trích yếu in lower case (Hướng dẫn 36-HD/VPTW: the
    kind's name in capitals, "trích yếu nội dung" under it in lower case), broken by hand
    so that "tư tưởng" and the period never split across lines. Neither the register's
    title nor the hashed content holds these lines: reports printed before verify."""
    year = period.year
    if period.kind == PeriodKind.HALF:
        first = f"sơ kết 6 tháng đầu năm {year} việc học tập và làm theo"
        return ["BÁO CÁO", first, PROGRAMME_TEXT]
    lines = ["BÁO CÁO", "kết quả thực hiện học tập và làm theo"]
    if period.to_year_end:
        return [*lines, f"{PROGRAMME_TEXT} năm {year}"]
    return [*lines, PROGRAMME_TEXT, period_phrase(period)]


def register_title(period: Period) -> str:
    """'Báo cáo kết quả thực hiện học tập và làm theo Bác năm 2026' for the register."""
    if period.kind == PeriodKind.HALF:
        return f"Báo cáo sơ kết 6 tháng đầu năm {period.year} việc học tập và làm theo Bác"
    return f"Báo cáo kết quả thực hiện học tập và làm theo Bác {period_phrase(period)}"


def summary_line(figures: ReportFigures) -> str:
    return f"(Số liệu tính đến ngày {day_text(figures.as_of)})"


def recipients(data: ReportData, cell: CellSettings) -> list[str]:
    if data.recipients:
        return list(data.recipients)
    return [f"{cell.superior} (b/c)" if cell.superior else "", cell.archive]


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
    doc.paragraph(closing_sentence(f.period, cell))
    doc.close(
        right=SignatureBlock(heading=("T/M CHI BỘ", "BÍ THƯ"), name=cell.secretary),
        recipients=[r for r in recipients(data, cell) if r],
    )
    return doc


def closing_sentence(period: Period, cell: CellSettings) -> str:
    """The report's last sentence (the Word copy's too)."""
    return (
        f"Trên đây là báo cáo {_what(period)} của {cell.cell_name or 'Chi bộ'}, kính gửi "
        f"{cell.superior or 'cấp ủy cấp trên'} xem xét, chỉ đạo./."
    )


def _what(period: Period) -> str:
    programme = "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    if period.kind == PeriodKind.HALF:
        return f"sơ kết 6 tháng đầu năm {period.year} {programme}"
    return f"kết quả thực hiện {programme} {period_phrase(period)}"


def _paragraphs(doc: PartyDocument, text: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines or ["……………"]:
        doc.paragraph(line)


ATTENDANCE_CAPTION = "Biểu đồ 1. Tỷ lệ đảng viên dự sinh hoạt theo tháng (%)"
CLASSIFICATION_CAPTION = "Biểu đồ 2. Kết quả xếp loại đảng viên (số người)"


def _figures(doc: PartyDocument, f: ReportFigures) -> None:
    doc.paragraph("<b><i>Số liệu cụ thể:</i></b>", rich=True)
    _captioned(doc, tables.people_table(f))
    doc.add(_table(doc, tables.plans_table(f)))
    _captioned(doc, tables.tasks_table(f))
    _captioned(doc, tables.meetings_table(f))
    if any(line.rate is not None for line in f.meetings.months):
        _chart_with_caption(
            doc,
            attendance_chart(doc.settings, f),
            ATTENDANCE_CAPTION,
        )
    if f.topics:
        _captioned(doc, tables.topics_table(f), doc.styles.body)
    _captioned(doc, tables.nominations_table(f))
    doc.paragraph(tables.nomination_results(f))
    if f.commendations:
        _captioned(doc, tables.commendations_table(f), doc.styles.body)
    if tables.shows_classification(f):
        _captioned(doc, tables.classification_table(f))
        if f.classification.classified:
            _chart_with_caption(
                doc,
                classification_chart(doc.settings, f),
                CLASSIFICATION_CAPTION,
            )


def _captioned(doc: PartyDocument, table: FigureTable, style: ParagraphStyle | None = None) -> None:
    """The table with its caption above, never parted by a page break."""
    caption = ParagraphStyle("caption", style or doc.styles.heading, keepWithNext=1)
    doc.add(Paragraph(markup(table.caption), caption), _table(doc, table))


def _chart_with_caption(doc: PartyDocument, chart: Drawing, text: str) -> None:
    style = ParagraphStyle(
        "chart_caption", doc.styles.centre_italic, spaceAfter=doc.settings.paragraph_space * 2
    )
    doc.add(KeepTogether([chart, Paragraph(markup(text), style)]))


# Tables and charts --------------------------------------------------------------------------


def _table(doc: PartyDocument, table: FigureTable) -> Table:
    s = doc.styles
    middle = set(table.centred_columns)
    data = [[Paragraph(markup(h), s.cell_header) for h in table.header]]
    for n, row in enumerate(table.rows):
        bold = table.total_row and n == len(table.rows) - 1
        data.append(
            [
                Paragraph(
                    f"<b>{markup(str(v))}</b>" if bold else markup(str(v)),
                    s.cell_centre if i in middle else s.cell,
                )
                for i, v in enumerate(row)
            ]
        )
    scale = doc.settings.frame_width / (sum(table.widths) * mm)
    return Table(
        data,
        colWidths=[w * mm * scale for w in table.widths],
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


def _chart(
    settings: PageSettings, values: Sequence[float | None], names: list[str], top: float
) -> Drawing:
    """A bar chart as wide as the text, in the document's font, values over the bars; a
    None value draws neither a bar nor a label."""
    width = settings.frame_width
    size = settings.table_size - 1
    # The renderer starts every drawing in Helvetica (never embedded) unless told.
    drawing = Drawing(width, 62 * mm, initialFontName=fonts.REGULAR, initialFontSize=size)
    chart = VerticalBarChart()
    # Points are floats; reportlab's stubs type a chart's position and size as int.
    chart.x, chart.y = 12 * mm, 9 * mm  # type: ignore[assignment]
    chart.width, chart.height = width - 16 * mm, 48 * mm  # type: ignore[assignment]
    chart.data = [list(values)]
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


def attendance_chart(settings: PageSettings, f: ReportFigures) -> Drawing:
    """Biểu đồ 1: the share of members at each month's meeting (%); a month with no
    meeting (yet) has no bar: a "0" over it read as nobody attending."""
    months = f.meetings.months
    values = [round(100 * m.rate, 1) if m.rate is not None else None for m in months]
    return _chart(settings, values, [f"T{m.month}" for m in months], 100)


def classification_chart(settings: PageSettings, f: ReportFigures) -> Drawing:
    """Biểu đồ 2: how many members at each classification level."""
    levels = f.classification.levels
    values = [float(level.count) for level in levels]
    top = max(values, default=1.0)
    step = max(1, round(top / 5))
    return _chart(
        settings,
        values,
        [level.label.removesuffix(" nhiệm vụ") for level in levels],
        float(step * (int(top // step) + 1)),
    )


def write_report_pdf(
    path: PdfOutput,
    data: ReportData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> tuple[RenderResult, PrintedDocument]:
    """Write the report; record the returned PrintedDocument in the register afterwards."""
    record = printed_report(data, cell)
    document = report_document(data, cell, settings=settings, code=record.code)
    return write_recorded(path, document, record, cell, settings)
