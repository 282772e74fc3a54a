"""The pages of the side bar. Adding a page: its loader below and one entry in PAGES."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from chibo_app.ui.gc_policy import keep_for_the_session

if TYPE_CHECKING:
    from chibo_app.ui.pages.base import Page


# Each page's module is imported when the page is first shown (or by preload_pages, on
# a worker thread after the first paint): the window appears before their imports.
def _overview_page() -> type[Page]:
    from chibo_app.ui.pages.overview_page import OverviewPage

    return OverviewPage


def _sub_cells_page() -> type[Page]:
    from chibo_app.ui.pages.sub_cells_page import SubCellsPage

    return SubCellsPage


def _people_page() -> type[Page]:
    from chibo_app.ui.pages.people_page import PeoplePage

    return PeoplePage


def _plans_page() -> type[Page]:
    from chibo_app.ui.pages.plans_page import PlansPage

    return PlansPage


def _evaluations_page() -> type[Page]:
    from chibo_app.ui.pages.evaluations_page import EvaluationsPage

    return EvaluationsPage


def _nominations_page() -> type[Page]:
    from chibo_app.ui.pages.nominations_page import NominationsPage

    return NominationsPage


def _meetings_page() -> type[Page]:
    from chibo_app.ui.pages.meetings_page import MeetingsPage

    return MeetingsPage


def _report_page() -> type[Page]:
    from chibo_app.ui.pages.report_page import ReportPage

    return ReportPage


def _documents_page() -> type[Page]:
    from chibo_app.ui.pages.documents_page import DocumentsPage

    return DocumentsPage


def _settings_page() -> type[Page]:
    from chibo_app.ui.pages.settings_page import SettingsPage

    return SettingsPage


def _history_page() -> type[Page]:
    from chibo_app.ui.pages.history_page import HistoryPage

    return HistoryPage


# The pages of a đảng bộ file (services.level); a chi bộ's file shows every other one.
COMMITTEE_PAGES = frozenset({"sub_cells", "documents", "settings", "history"})


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text; translated in the "Pages" context when shown
    icon: str  # an SVG in resources/icons, or a QStyle.StandardPixmap name
    load: Callable[[], type[Page]]  # imports the page's module: when first shown

    def shown_for(self, committee: bool) -> bool:
        return (self.key in COMMITTEE_PAGES) if committee else self.key != "sub_cells"


PAGES: list[PageSpec] = [
    PageSpec(  # first: the page the app opens on
        "overview",
        QT_TRANSLATE_NOOP("Pages", "Tổng quan"),
        "SP_DirHomeIcon",
        _overview_page,
    ),
    PageSpec(  # a đảng bộ file's first page (the cell pages are hidden there)
        "sub_cells",
        QT_TRANSLATE_NOOP("Pages", "Chi bộ trực thuộc"),
        "SP_DirIcon",
        _sub_cells_page,
    ),
    PageSpec(
        "people",
        QT_TRANSLATE_NOOP("Pages", "Đảng viên"),
        "people",
        _people_page,
    ),
    PageSpec(
        "plans",
        QT_TRANSLATE_NOOP("Pages", "Kế hoạch cá nhân"),
        "SP_FileDialogDetailedView",
        _plans_page,
    ),
    PageSpec(
        "evaluations",
        QT_TRANSLATE_NOOP("Pages", "Đánh giá, xếp loại"),
        "SP_DialogApplyButton",
        _evaluations_page,
    ),
    PageSpec(
        "nominations",
        QT_TRANSLATE_NOOP("Pages", "Gương điển hình"),
        "SP_DialogYesButton",
        _nominations_page,
    ),
    PageSpec(
        "meetings",
        QT_TRANSLATE_NOOP("Pages", "Sinh hoạt"),
        "SP_FileDialogListView",
        _meetings_page,
    ),
    PageSpec(
        "report",
        QT_TRANSLATE_NOOP("Pages", "Báo cáo"),
        "SP_FileDialogContentsView",
        _report_page,
    ),
    PageSpec(
        "documents",
        QT_TRANSLATE_NOOP("Pages", "Văn bản đã in"),
        "documents",
        _documents_page,
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("Pages", "Cài đặt"),
        "settings",
        _settings_page,
    ),
    PageSpec(
        "history",
        QT_TRANSLATE_NOOP("Pages", "Lịch sử thay đổi"),
        "history",
        _history_page,
    ),
]


def preload_pages() -> None:
    """Import every page's module on a worker thread (tenths of a second each, with the
    dialogs they use), then every Designer form's generated module (a page's or a
    dialog's first open imported its form on the GUI thread: ~0.15 s for the person
    editor's at 5,000 people under load), so the first open only builds the widgets."""

    def work() -> None:
        for spec in PAGES:
            spec.load()
        from chibo_app.ui import forms  # noqa: PLC0415 - after the window is shown

        for name in forms.form_names():
            try:
                forms.form_module(name)
            except Exception:  # its first use compiles it again and says why
                continue
        keep_for_the_session()  # the modules stay (ui/gc_policy.py)

    threading.Thread(target=work, name="chibo-preload", daemon=True).start()
