"""Báo cáo: the year report to the superior committee. The year from the year selector, a
period (whole year, first half, up to a date), the figures as the tables the report
prints, the four narrative sections to edit (a draft from the figures until saved), and
"In báo cáo…" on a worker. Edits are saved with "Lưu", and also when the page, the
period or the year is left with unsaved changes.

The figure tables are the printed report's own (Vietnamese) content; their labels go
through the "CoreLabels" context like every other label made below ui/.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core import report_tables as tables
from chibo_app.core.report_basis import FigureChange, changed_figures
from chibo_app.core.year_report import (
    Basis,
    Narrative,
    Period,
    PeriodKind,
    ReportFigures,
    clean_section,
    day_text,
)
from chibo_app.errors import ChiboError
from chibo_app.services import year_report, years
from chibo_app.services.session import Session
from chibo_app.ui.confirm import confirm
from chibo_app.ui.core_text import core_label, error_text
from chibo_app.ui.pages.base import Loader, Page
from chibo_app.ui.plan_print_actions import PreviewRun, PrintRun
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.figure_table_view import FigureTableView

if TYPE_CHECKING:  # reportlab is loaded only when something is printed
    from chibo_app.services.papers import Paper

KINDS = (PeriodKind.YEAR, PeriodKind.HALF, PeriodKind.UNTIL)
NARRATIVE_MIN_WIDTH = 400  # the narrative's side of the splitter: its four tabs and a line


class _Data(NamedTuple):
    period: Period
    figures: ReportFigures
    draft: Narrative
    saved: Narrative | None


class ReportPage(Page):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.period: Period | None = None
        self.figures: ReportFigures | None = None
        self.draft = Narrative()
        self._loaded: tuple[str, ...] = ("", "", "", "")  # the texts as saved (or drafted)
        self._text_basis: Basis | None = None  # the figures the texts shown were written with
        self.stale_changes: tuple[FigureChange, ...] = ()  # what changed since
        self._saved = False  # the shown texts come from the database
        self._read_only = False
        self._print_run: PrintRun | None = None
        self._build()
        self._set_until_default()
        self.reload()

    # Building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("reportPeriod")
        self.kind_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_box.setMinimumContentsLength(16)
        for kind, text in zip(
            KINDS,
            (self.tr("Cả năm"), self.tr("6 tháng đầu năm"), self.tr("Từ đầu năm đến ngày…")),
            strict=True,
        ):
            self.kind_box.addItem(text, str(kind))
        self.until_edit = QDateEdit()
        self.until_edit.setObjectName("reportUntil")
        self.until_edit.setDisplayFormat("dd/MM/yyyy")
        self.until_edit.setCalendarPopup(True)
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("reportAsOf")
        self.redraft_button = QPushButton(self.tr("Soạn lại bản nháp từ số liệu"))
        self.redraft_button.setObjectName("redraft")
        self.redraft_button.setToolTip(
            self.tr(
                "Viết lại bốn phần nhận định từ số liệu hiện tại (hỏi trước khi thay phần đã sửa)"
            )
        )
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("saveReport")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.print_button = QPushButton(self.tr("In báo cáo…"))
        self.print_button.setObjectName("printReport")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(
            self.tr("In báo cáo gửi Đảng ủy cấp trên (PDF, có số văn bản)")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kỳ báo cáo:")))
        top.addWidget(self.kind_box)
        top.addWidget(self.until_edit)
        top.addStretch(1)
        for button in (self.save_button, self.print_button):
            top.addWidget(button)
        self.kind_box.currentIndexChanged.connect(self._period_changed)
        self.until_edit.dateChanged.connect(self._period_changed)
        self.redraft_button.clicked.connect(self.redraft)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_report)

        self.figure_tabs = QTabWidget()
        self.figure_tabs.setObjectName("figureTabs")
        self.figure_tabs.setUsesScrollButtons(False)  # its minimum width shows every tab
        self.views: dict[str, FigureTableView] = {}
        groups = (
            (self.tr("Đảng viên, kế hoạch"), ("people", "plans")),
            (self.tr("Nhiệm vụ"), ("tasks",)),
            (self.tr("Sinh hoạt"), ("meetings", "topics")),
            (self.tr("Điển hình"), ("nominations", "awards", "commendations")),
            (self.tr("Xếp loại"), ("classification",)),
        )
        for title, keys in groups:
            tab = QWidget()
            layout = QVBoxLayout(tab)
            for key in keys:
                view = FigureTableView()
                view.setObjectName(f"{key}Figures")
                self.views[key] = view
                layout.addWidget(view, 1)
            self.figure_tabs.addTab(tab, title)

        self.editors: list[QPlainTextEdit] = []
        self.text_tabs = QTabWidget()
        self.text_tabs.setObjectName("narrativeTabs")
        self.text_tabs.setUsesScrollButtons(False)
        short = (
            self.tr("I. Kết quả"),
            self.tr("II. Hạn chế"),
            self.tr("III. Bài học"),
            self.tr("IV. Phương hướng"),
        )
        for n, title in enumerate(self._section_names()):
            editor = QPlainTextEdit()
            editor.setObjectName(f"narrative{n}")
            editor.textChanged.connect(self._update_state)
            self.editors.append(editor)
            self.text_tabs.addTab(editor, short[n])
            self.text_tabs.setTabToolTip(n, title)
        self.state_label = QLabel()
        self.state_label.setObjectName("narrativeState")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.as_of_label)
        left_layout.addWidget(self.figure_tabs, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("Phần nhận định (Chi bộ sửa trước khi in):")), 1)
        heading.addWidget(self.redraft_button)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.text_tabs, 1)
        right_layout.addWidget(self.state_label)
        right.setMinimumWidth(NARRATIVE_MIN_WIDTH)

        # Figures | narrative: each keeps its minimum (every tab readable), neither folds away.
        self.splitter = QSplitter()
        self.splitter.setObjectName("reportSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._build_stale_banner())
        layout.addWidget(self.splitter, 1)

    def _build_stale_banner(self) -> QFrame:
        """Yellow, above the figures and the text: the figures changed since the text was
        saved (or drafted); what changed; 'Đã sửa các con số' once corrected by hand."""
        self.stale_banner = QFrame()
        self.stale_banner.setObjectName("staleBanner")
        self.stale_banner.setStyleSheet(
            "#staleBanner { background: #fff3cd; border: 1px solid #e0b84c; border-radius: 3px; }"
            " #staleBanner QLabel { color: #5c4300; }"
        )
        self.stale_text = QLabel()
        self.stale_text.setObjectName("staleText")
        self.stale_text.setWordWrap(True)
        self.stale_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stale_done_button = QPushButton(self.tr("Đã sửa các con số"))
        self.stale_done_button.setObjectName("staleDone")
        self.stale_done_button.setToolTip(
            self.tr("Lưu phần nhận định với số liệu hiện nay (khi đã sửa các con số bằng tay)")
        )
        self.stale_done_button.clicked.connect(self.mark_numbers_corrected)
        row = QHBoxLayout(self.stale_banner)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.stale_text, 1)
        row.addWidget(self.stale_done_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.stale_banner.hide()
        return self.stale_banner

    def _section_names(self) -> list[str]:
        return [
            self.tr("I. Kết quả đạt được"),
            self.tr("II. Hạn chế, nguyên nhân"),
            self.tr("III. Bài học kinh nghiệm"),
            self.tr("IV. Phương hướng, nhiệm vụ"),
        ]

    # The period -------------------------------------------------------------------------

    def _set_until_default(self) -> None:
        """The day last used for this year, else today (in the year) or the report's due day."""
        day = year_report.last_until(self.session, self.year)
        if day is None:
            today = self.session.today()
            day = (
                today
                if today.year == self.year
                else years.get_year(self.session, self.year).deadline("report_due")
            )
        self.until_edit.blockSignals(True)
        self.until_edit.setDateRange(QDate(self.year, 1, 1), QDate(self.year, 12, 31))
        self.until_edit.setDate(QDate(day.year, day.month, day.day))
        self.until_edit.blockSignals(False)

    def chosen_period(self) -> Period:
        kind = PeriodKind(self.kind_box.currentData())
        day = self.until_edit.date()
        until = dt.date(day.year(), day.month(), day.day())
        return year_report.period_of(
            self.year,
            half=kind == PeriodKind.HALF,
            until=until if kind == PeriodKind.UNTIL else None,
        )

    def set_period(self, kind: PeriodKind, until: dt.date | None = None) -> None:
        if until is not None:
            self.until_edit.blockSignals(True)
            self.until_edit.setDate(QDate(until.year, until.month, until.day))
            self.until_edit.blockSignals(False)
        index = KINDS.index(kind)
        if self.kind_box.currentIndex() == index:
            self._period_changed()
        else:
            self.kind_box.setCurrentIndex(index)

    def _period_changed(self) -> None:
        if not self.save_if_changed():  # the texts belong to the period shown: go back to it
            self._show_period(self.period)
            return
        self.reload()

    def _show_period(self, period: Period | None) -> None:
        if period is None:
            return
        for widget in (self.kind_box, self.until_edit):
            widget.blockSignals(True)
        self.kind_box.setCurrentIndex(KINDS.index(period.kind))
        if period.kind == PeriodKind.UNTIL:
            self.until_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))
        for widget in (self.kind_box, self.until_edit):
            widget.blockSignals(False)

    def year_will_change(self, year: int) -> None:
        self.save_if_changed()

    def year_changed(self) -> None:
        self._set_until_default()

    # Data ---------------------------------------------------------------------------------

    def loader(self) -> Loader:
        """Figures and draft from the data; the narrative from the database (shown unless
        the texts on screen have changes not saved yet)."""
        self.until_edit.setEnabled(PeriodKind(self.kind_box.currentData()) == PeriodKind.UNTIL)
        try:
            period = self.chosen_period()
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Kỳ báo cáo không hợp lệ"), error_text(error))
            return lambda _session: None

        def load(session: Session) -> _Data:
            figures = year_report.figures(session, period)
            return _Data(
                period,
                figures,
                year_report.draft(figures),
                year_report.saved_narrative(session, period),
            )

        return load

    def show_data(self, data: _Data | None) -> None:
        if data is None:
            return
        keep = self.is_dirty()
        self.period = data.period
        self.figures = data.figures
        self.draft = data.draft
        self._show_figures(self.figures)
        if not keep:
            saved = data.saved
            self._saved = saved is not None
            shown = saved or self.draft
            self._show_texts(shown.texts())
            self._text_basis = shown.basis
        self._show_stale()
        self._update_state()

    def _show_stale(self) -> None:
        """The banner, when the figures differ from those the texts were written with."""
        found = self.figures
        self.stale_changes = changed_figures(self._text_basis, found) if found else ()
        if not self.stale_changes:
            self.stale_banner.hide()
            return
        listing = self._changes_text()
        at = self._text_basis.at if self._text_basis else None
        if at:
            text = self.tr(
                "Số liệu đã thay đổi từ khi lưu phần nhận định (lưu lúc %1): %2. "
                "Soạn lại bản nháp hoặc sửa lại các con số trước khi in."
            ).replace("%1", _moment(at))
        else:
            text = self.tr(
                "Số liệu đã thay đổi từ khi soạn bản nháp: %2. "
                "Soạn lại bản nháp hoặc sửa lại các con số trước khi in."
            )
        self.stale_text.setText(text.replace("%2", listing))
        self.stale_banner.show()

    def _changes_text(self) -> str:
        """'Đảng viên được xếp loại: 5 → 7; Xếp loại “Hoàn thành nhiệm vụ”: 3 → 4'."""
        parts = []
        for change in self.stale_changes:
            label = core_label(change.label)
            if change.is_level:
                label = self.tr("Xếp loại “%1”").replace("%1", label)
            parts.append(f"{label}: {change.before} → {change.after}")
        return "; ".join(parts)

    def _show_figures(self, f: ReportFigures) -> None:
        self.as_of_label.setText(
            self.tr("Số liệu tính đến ngày %1").replace("%1", day_text(f.as_of))
        )
        self.views["people"].set_table(tables.people_table(f))
        self.views["plans"].set_table(tables.plans_table(f))
        self.views["tasks"].set_table(tables.tasks_table(f))
        self.views["meetings"].set_table(tables.meetings_table(f))
        self.views["topics"].set_table(tables.topics_table(f))
        self.views["nominations"].set_table(tables.nominations_table(f))
        self.views["commendations"].set_table(tables.commendations_table(f))
        self.views["classification"].set_table(tables.classification_table(f))
        self.views["awards"].set_table(tables.awards_table(f))

    def _show_texts(self, texts: tuple[str, ...]) -> None:
        for editor, text in zip(self.editors, texts, strict=True):
            editor.blockSignals(True)
            editor.setPlainText(text)
            editor.blockSignals(False)
        self._loaded = tuple(texts)

    def texts(self) -> tuple[str, str, str, str]:
        a, b, c, d = (editor.toPlainText() for editor in self.editors)
        return a, b, c, d

    def is_dirty(self) -> bool:
        return not self._read_only and self.texts() != self._loaded and bool(self.editors)

    def _update_state(self) -> None:
        if self.is_dirty():
            text = self.tr("Có thay đổi chưa lưu.")
        elif self._saved:
            text = self.tr("Đã lưu.")
        else:
            text = self.tr("Bản nháp soạn từ số liệu, chưa lưu.")
        self.state_label.setText(text)
        self.save_button.setEnabled(not self._read_only and (self.is_dirty() or not self._saved))

    # Actions ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the four sections for the year and period; False (after a message) if the
        file refused the write."""
        if self._read_only or self.period is None:
            return False
        a, b, c, d = self.texts()
        text = Narrative(a, b, c, d, basis=self._text_basis)  # the figures it was written with
        try:
            saved = year_report.save_narrative(self.session, self.period, text)
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Không lưu được"), error_text(error))
            return False
        self._saved = True
        self._show_texts(saved.texts())
        self._text_basis = saved.basis
        self._show_stale()
        self._update_state()
        return True

    def mark_numbers_corrected(self) -> bool:
        """The secretary corrected the numbers by hand: save the texts with today's
        figures, which hides the banner."""
        if self._read_only or self.figures is None:
            return False
        before = self._text_basis
        self._text_basis = self.draft.basis
        if self.save():
            return True
        self._text_basis = before
        self._show_stale()
        return False

    def save_if_changed(self) -> bool:
        return self.save() if self.is_dirty() else True

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - leaving the page
        self.save_if_changed()
        super().hideEvent(event)

    def edited_sections(self) -> list[int]:
        """Sections whose text is neither empty nor the current draft."""
        draft = self.draft.texts()
        return [
            n
            for n, text in enumerate(self.texts())
            if clean_section(text) and clean_section(text) != clean_section(draft[n])
        ]

    def redraft(self) -> bool:
        """Replace the texts with a draft from today's figures; asks first when that
        overwrites edited text. The result is saved only with "Lưu" (or on leaving)."""
        self.reload()
        edited = self.edited_sections()
        if edited:
            names = ", ".join(self._section_names()[n] for n in edited)
            if not confirm(
                self,
                self.tr("Soạn lại bản nháp"),
                self.tr("Các phần đã sửa sẽ bị thay bằng bản nháp mới: %1. Tiếp tục?").replace(
                    "%1", names
                ),
                self.tr("Thay bằng bản nháp"),
            ):
                return False
        for editor, text in zip(self.editors, self.draft.texts(), strict=True):
            editor.setPlainText(text)
        self._text_basis = self.draft.basis  # written from today's figures
        self._show_stale()
        self._update_state()
        return True

    def print_report(self) -> None:
        self.reload()  # today's figures (the texts being edited are kept)
        if self.period is None or not self.save_if_changed():
            return
        if self.stale_changes and not confirm(
            self,
            self.tr("Số liệu đã thay đổi"),
            self.tr(
                "Phần nhận định được viết với số liệu khác số liệu hiện nay (%1). Lời văn "
                "trong bản in có thể không khớp với các bảng số liệu. Vẫn in báo cáo?"
            ).replace("%1", self._changes_text()),
            self.tr("Vẫn in"),
        ):
            return
        from chibo_app.services import report_printing  # noqa: PLC0415
        from chibo_app.services.cell import load_settings  # noqa: PLC0415
        from chibo_app.ui import reissue  # noqa: PLC0415
        from chibo_app.ui.dialogs.print_dialogs import documents_folder  # noqa: PLC0415
        from chibo_app.ui.dialogs.report_print_dialog import ReportPrintDialog  # noqa: PLC0415

        period = self.period
        self.save_if_changed()  # the narrative as printed decides whether it changed
        offer = reissue.offer(
            self, lambda: report_printing.report_numbering(self.session, period), "BC", self.session
        )
        if offer is None:
            return
        name = {
            PeriodKind.YEAR: f"Bao cao ket qua nam {period.year}.pdf",
            PeriodKind.HALF: f"Bao cao so ket 6 thang {period.year}.pdf",
            PeriodKind.UNTIL: f"Bao cao den ngay {period.end.strftime('%d-%m-%Y')}.pdf",
        }[period.kind]
        dialog = ReportPrintDialog(
            period.year,
            self.as_of_label.text(),
            offer.number,
            load_settings(self.session).symbol or "CB",
            documents_folder() / name,
            self,
        )
        if offer.note:
            dialog.set_note(offer.note)
        if not dialog.exec():
            return
        if dialog.previewing:
            self.preview(dialog.number.value(), offer.replace)
        elif dialog.chosen_path is not None:
            self.print_to(dialog.chosen_path, dialog.number.value(), offer.replace)

    def preview(self, number: int | None = None, replace: bool = False) -> PreviewRun:
        """The report laid out on a worker, then its print preview; it enters the
        register (its number taken) only when printed or saved there."""
        assert self.period is not None
        self.save_if_changed()
        period = self.period

        def prepare(worker: Session) -> Paper[Any]:
            from chibo_app.services import report_printing  # noqa: PLC0415 - reportlab

            return report_printing.report_paper(worker, period, number=number, replace=replace)

        self.print_button.setEnabled(False)
        run = PreviewRun(
            self, self.session, prepare, self.tr("Đang in báo cáo…"), "report", cancellable=False
        )
        run.finished.connect(self._printed)
        run.recorded.connect(self.data_changed)  # the document register has a new entry
        self._print_run = run  # kept until it finishes
        return run

    def print_to(self, path: Path, number: int | None = None, replace: bool = False) -> PrintRun:
        """Print on a worker (reportlab and the file write stay off the GUI thread); the
        register page refreshes once it is done."""
        assert self.period is not None
        self.save_if_changed()
        period = self.period

        def work(worker: Session, _progress: Any, _cancel: Any) -> object:
            from chibo_app.services import report_printing  # noqa: PLC0415 - reportlab

            return report_printing.print_report(
                worker, period, path, number=number, replace=replace
            )

        def describe(result: Any) -> tuple[str, Path]:
            text = (
                self.tr("Đã in báo cáo số %1 (%2 trang) vào tệp:\n%3")
                .replace("%1", f"{result.number:02d}-BC")
                .replace("%2", str(result.pages))
                .replace("%3", str(result.path))
            )
            return text, Path(result.path)

        self.print_button.setEnabled(False)
        run = PrintRun(
            self, self.session, work, self.tr("Đang in báo cáo…"), describe, cancellable=False
        )
        run.finished.connect(self._printed)
        self._print_run = run  # kept until it finishes
        return run

    def _printed(self, ok: bool) -> None:
        self.print_button.setEnabled(not self._read_only)
        if ok:
            self.data_changed.emit()  # the document register has a new entry

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for editor in self.editors:
            editor.setReadOnly(read_only)
        for button in (
            self.redraft_button,
            self.save_button,
            self.print_button,
            self.stale_done_button,
        ):
            button.setEnabled(not read_only)
        self._update_state()


def _moment(at: str) -> str:
    """An ISO moment as '14:05 25/11/2026' (as stored if it cannot be read)."""
    try:
        return dt.datetime.fromisoformat(at).strftime("%H:%M %d/%m/%Y")
    except ValueError:
        return at
