"""The overview's three charts (QtCharts, imported only when the charts are built)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from chibo_app.core.plans import PlanStatus
from chibo_app.services.overview import Overview
from chibo_app.ui.core_text import core_label

STATUS_COLOURS = {
    PlanStatus.NOT_STARTED: "#b0b0b0",
    PlanStatus.DRAFT: "#90caf9",
    PlanStatus.SUBMITTED: "#1e88e5",
    PlanStatus.RETURNED: "#f0a30a",
    PlanStatus.CONFIRMED: "#2e7d32",
}
BAND_COLOURS = ["#c8102e", "#2e7d32", "#1e88e5", "#f0a30a", "#7b1fa2", "#6d6d6d"]


def _chart(title: str, font: QFont) -> QChart:
    chart = QChart()
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(font.pointSizeF() + 1)
    chart.setTitle(title)
    chart.setTitleFont(bold)
    chart.legend().setFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(6)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _view(chart: QChart, parent: QWidget | None) -> QChartView:
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(300)
    return view


def _axes(chart: QChart, series: QBarSeries | QStackedBarSeries, labels: list[str]) -> QValueAxis:
    font = chart.legend().font()
    x = QBarCategoryAxis()
    x.append(labels)
    x.setLabelsFont(font)
    y = QValueAxis()
    y.setLabelsFont(font)
    y.setLabelFormat("%d")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    return y


def plan_chart(data: Overview, font: QFont, parent: QWidget | None = None) -> QWidget:
    chart = _chart(
        QCoreApplication.translate("OverviewCharts", "Kế hoạch cá nhân theo trạng thái"), font
    )
    series = QPieSeries()
    for status, label, count in data.plan_statuses:
        if count:
            piece = series.append(f"{core_label(label)}: {count}", count)
            piece.setColor(QColor(STATUS_COLOURS[status]))
            piece.setLabelFont(font)
    series.setPieSize(0.7)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    if not series.count():
        return _empty(
            chart,
            QCoreApplication.translate(
                "OverviewCharts",
                "Chưa có ai trong năm. Hãy thêm người ở trang “Đảng viên” hoặc nhập danh sách "
                "từ Excel (Ctrl+I).",
            ),
            parent,
        )
    return _view(chart, parent)


def _empty(chart: QChart, what_first: str, parent: QWidget | None) -> QLabel:
    """No data: no chart whose axes count “0, 0, 0, 1”, but its title and what to do
    first, wrapped, as high as the text."""
    label = QLabel(f"<b>{chart.title()}</b><br>{what_first}", parent)
    label.setObjectName("emptyChart")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label  # framed by the overview's stylesheet (forms/overview_page.ui)


def classification_chart(data: Overview, font: QFont, parent: QWidget | None = None) -> QWidget:
    found = data.classifications
    chart = _chart(QCoreApplication.translate("OverviewCharts", "Xếp loại đảng viên các năm"), font)
    if not any(sum(c.values()) for c in found.counts.values()):
        return _empty(
            chart,
            QCoreApplication.translate(
                "OverviewCharts",
                "Chưa có năm nào được xếp loại. Biểu đồ hiện ra khi đã đánh giá, xếp loại "
                "cuối năm ở trang “Đánh giá, xếp loại”.",
            ),
            parent,
        )
    series = QStackedBarSeries()
    for n, (code, label) in enumerate(found.bands):
        bar = QBarSet(core_label(label.removesuffix(" nhiệm vụ")))  # “Hoàn thành tốt”: fits
        bar.setColor(QColor(BAND_COLOURS[n % len(BAND_COLOURS)]))
        bar.append([float(found.counts[y].get(code, 0)) for y in found.years])
        series.append(bar)
    series.setBarWidth(0.6)
    chart.addSeries(series)
    y = _axes(chart, series, [str(year) for year in found.years])
    top = max((sum(c.values()) for c in found.counts.values()), default=0)
    y.setRange(0, max(top, 1))
    y.applyNiceNumbers()
    y.setTitleText(QCoreApplication.translate("OverviewCharts", "Số người"))
    y.setTitleFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return _view(chart, parent)


def attendance_chart(data: Overview, font: QFont, parent: QWidget | None = None) -> QWidget:
    chart = _chart(
        QCoreApplication.translate("OverviewCharts", "Tỷ lệ dự sinh hoạt theo tháng (%)"), font
    )
    if all(rate is None for rate in data.attendance):
        return _empty(
            chart,
            QCoreApplication.translate(
                "OverviewCharts",
                "Chưa có buổi sinh hoạt nào trong năm. Hãy ghi buổi sinh hoạt và điểm danh ở "
                "trang “Sinh hoạt”.",
            ),
            parent,
        )
    bar = QBarSet(QCoreApplication.translate("OverviewCharts", "Tỷ lệ có mặt"))
    bar.setColor(QColor("#c8102e"))
    bar.append([round(100 * rate) if rate is not None else 0.0 for rate in data.attendance])
    series = QBarSeries()
    series.append(bar)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
    bar.setLabelColor(QColor("white"))
    bar.setLabelFont(font)
    chart.addSeries(series)
    months = [
        QCoreApplication.translate("OverviewCharts", "T%1").replace("%1", str(m))
        for m in range(1, 13)
    ]
    y = _axes(chart, series, months)
    y.setRange(0, 100)
    y.setTickCount(6)
    chart.legend().hide()
    return _view(chart, parent)
