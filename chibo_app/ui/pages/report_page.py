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

from PySide6.QtCore import QDate
from PySide6.QtGui import QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
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

KINDS = (PeriodKind.YEAR, PeriodKind.HALF, PeriodKind.UNTIL)  # the period box's items
# The figure tables (forms/report_page.ui names each view <key>Figures).
FIGURE_KEYS = (
    "people",
    "plans",
    "tasks",
    "meetings",
    "topics",
    "nominations",
    "awards",
    "commendations",
    "classification",
)


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
        """The layout is forms/report_page.ui; here, what it cannot say: item data,
        standard shortcuts, the signals."""
        self.form = form = self.use_form("report_page", custom=(FigureTableView,))
        self.kind_box: QComboBox = form.reportPeriod
        for index, kind in enumerate(KINDS):
            self.kind_box.setItemData(index, str(kind))
        self.until_edit: QDateEdit = form.reportUntil
        self.as_of_label: QLabel = form.reportAsOf
        self.redraft_button: QPushButton = form.redraft
        self.save_button: QPushButton = form.saveReport
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.print_button: QPushButton = form.printReport
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.kind_box.currentIndexChanged.connect(self._period_changed)
        self.until_edit.dateChanged.connect(self._period_changed)
        self.redraft_button.clicked.connect(self.redraft)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_report)
        self.figure_tabs: QTabWidget = form.figureTabs
        self.views: dict[str, FigureTableView] = {
            key: getattr(form, f"{key}Figures") for key in FIGURE_KEYS
        }
        self.text_tabs: QTabWidget = form.narrativeTabs
        self.editors: list[QPlainTextEdit] = [getattr(form, f"narrative{n}") for n in range(4)]
        for editor in self.editors:
            editor.textChanged.connect(self._update_state)
        self.state_label: QLabel = form.narrativeState
        self.splitter: QSplitter = form.reportSplitter
        self.stale_banner: QFrame = form.staleBanner
        self.stale_text: QLabel = form.staleText
        self.stale_done_button: QPushButton = form.staleDone
        self.stale_done_button.clicked.connect(self.mark_numbers_corrected)
        self.stale_banner.hide()

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
        from chibo_app.ui.dialogs.report_print_dialog import ReportPrintDialog  # noqa: PLC0415
        from chibo_app.ui.folders import last_folder  # noqa: PLC0415

        period = self.period
        self.save_if_changed()  # the narrative as printed decides whether it changed
        offer = reissue.offer(
            self, lambda: report_printing.report_numbering(self.session, period), "BC", self.session
        )
        if offer is None:
            return
        name = f"{report_printing.file_title(period)}.pdf"  # as the preview names it
        dialog = ReportPrintDialog(
            period.year,
            self.as_of_label.text(),
            offer.number,
            load_settings(self.session).symbol or "CB",
            last_folder("reports") / name,
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
