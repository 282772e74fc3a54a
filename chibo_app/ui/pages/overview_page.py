"""Tổng quan: the selected year's deadlines with what is still missing (a click opens
the page that deals with it), progress bars and three charts.

The charts (QtCharts, a large module) are imported and built after the page is first
painted, so the window shows the deadlines at once."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget
from shiboken6 import isValid

from chibo_app.core.meetings import ROMAN_QUARTERS
from chibo_app.services import overview
from chibo_app.services.session import Session
from chibo_app.ui.pages.base import Loader, Page
from chibo_app.ui.widgets.deadline_card import DeadlineCard

CARD_COLUMNS = 3
# The progress bars (forms/overview_page.ui names each <key>Progress).
PROGRESS_KEYS = ("plans", "nominations", "meetings", "thematic", "evaluations")


class OverviewPage(Page):
    open_page = Signal(str)  # a side-bar page key; the main window shows it
    count_changed = Signal(int)  # people in the register, for the status bar

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.data: overview.Overview | None = None
        self.people_total = 0
        self.cards: list[DeadlineCard] = []
        self.bars: dict[str, QProgressBar] = {}
        self.charts: list[QWidget] = []
        self._charts_pending = False
        self._build()
        self.reload()

    def _build(self) -> None:
        """The layout and its look are forms/overview_page.ui; the cards and the charts are
        added to its grids when the data is shown."""
        # The scroll area reaches the page's edges.
        self.form = form = self.use_form("overview_page", margins=(0, 0, 0, 0))
        self.heading: QLabel = form.overviewHeading
        self.cards_grid: QGridLayout = form.cardsGrid
        self.bars = {key: getattr(form, f"{key}Progress") for key in PROGRESS_KEYS}
        self.thematic_warning: QLabel = form.thematicWarning
        self.charts_grid: QGridLayout = form.chartsGrid
        self.charts_note: QLabel = form.chartsNote

    def loader(self) -> Loader:
        year = self.year
        return lambda session: overview.build(session, year)

    def show_data(self, data: overview.Overview) -> None:
        self.data = data
        self.heading.setText(
            self.tr("Tổng quan năm %1 — hôm nay %2")
            .replace("%1", str(self.year))
            .replace("%2", self.data.today.strftime("%d/%m/%Y"))
        )
        self.people_total = self.data.people
        self.count_changed.emit(self.people_total)
        self._fill_cards(self.data)
        self._fill_progress(self.data)
        if not self._charts_pending:  # after the first paint, once per batch of changes
            self._charts_pending = True
            QTimer.singleShot(0, self.build_charts)

    def _fill_cards(self, data: overview.Overview) -> None:
        for card in self.cards:
            self.cards_grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for n, deadline in enumerate(data.deadlines):
            target = deadline.page  # a side-bar page key (tests/ui/test_overview_page.py)
            card = DeadlineCard(deadline, bool(target))
            if target:
                card.clicked.connect(lambda _key, target=target: self.open_page.emit(target))
            self.cards_grid.addWidget(card, n // CARD_COLUMNS, n % CARD_COLUMNS)
            self.cards.append(card)
        for column in range(CARD_COLUMNS):
            self.cards_grid.setColumnStretch(column, 1)

    def _fill_progress(self, data: overview.Overview) -> None:
        figures = {
            "plans": (data.plans, self.tr("%v/%m người")),
            "nominations": (data.nominations, self.tr("%v/%m chỉ tiêu")),
            "meetings": (data.meetings, self.tr("%v/%m tháng")),
            "thematic": (data.thematic, self.tr("%v/%m quý")),
            "evaluations": (data.evaluations, self.tr("%v/%m người")),
        }
        missing = data.without_thematic
        self.thematic_warning.setVisible(bool(missing))
        self.thematic_warning.setText(
            self.tr(
                "Quý %1 chưa có buổi sinh hoạt chuyên đề (Chỉ thị 50-CT/TW: ít nhất mỗi quý 1 lần)."
            ).replace("%1", ", ".join(ROMAN_QUARTERS[q] for q in missing))
            if missing
            else ""
        )
        for key, (figure, text) in figures.items():
            bar = self.bars[key]
            bar.setRange(0, max(figure.total, 1))
            bar.setValue(figure.done)
            bar.setFormat(text if figure.total else self.tr("chưa có số liệu"))

    def build_charts(self) -> None:
        """The three charts from the current figures (QtCharts imported here)."""
        self._charts_pending = False
        if self.data is None or not isValid(self.charts_note):  # closed before the timer
            return
        from chibo_app.ui.pages import overview_charts as charts  # noqa: PLC0415

        self.charts_note.hide()
        for view in self.charts:
            self.charts_grid.removeWidget(view)
            view.deleteLater()
        font = self.font()
        self.charts = [
            charts.plan_chart(self.data, font),
            charts.classification_chart(self.data, font),
            charts.attendance_chart(self.data, font),
        ]
        self.charts_grid.addWidget(self.charts[0], 1, 0)
        self.charts_grid.addWidget(self.charts[1], 1, 1)
        self.charts_grid.addWidget(self.charts[2], 2, 0, 1, 2)
        self.charts_grid.setColumnStretch(0, 1)
        self.charts_grid.setColumnStretch(1, 1)
