"""The pages of the side bar. Adding a page is one line in PAGES."""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from chibo_app.ui.pages.base import Page


# The pages of a đảng bộ file (services.level); a chi bộ's file shows every other one.
COMMITTEE_PAGES = frozenset({"sub_cells", "documents", "settings", "history"})


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text; translated in the "Pages" context when shown
    icon: str  # an SVG in resources/icons, or a QStyle.StandardPixmap name
    target: str  # "module:Class", imported only when the page is first shown

    def load(self) -> type[Page]:
        module, _, name = self.target.partition(":")
        cls: type[Page] = getattr(importlib.import_module(module), name)
        return cls

    def shown_for(self, committee: bool) -> bool:
        return (self.key in COMMITTEE_PAGES) if committee else self.key != "sub_cells"


PAGES: list[PageSpec] = [
    PageSpec(  # first: the page the app opens on
        "overview",
        QT_TRANSLATE_NOOP("Pages", "Tổng quan"),
        "SP_DirHomeIcon",
        "chibo_app.ui.pages.overview_page:OverviewPage",
    ),
    PageSpec(  # a đảng bộ file's first page (the cell pages are hidden there)
        "sub_cells",
        QT_TRANSLATE_NOOP("Pages", "Chi bộ trực thuộc"),
        "SP_DirIcon",
        "chibo_app.ui.pages.sub_cells_page:SubCellsPage",
    ),
    PageSpec(
        "people",
        QT_TRANSLATE_NOOP("Pages", "Đảng viên"),
        "people",
        "chibo_app.ui.pages.people_page:PeoplePage",
    ),
    PageSpec(
        "plans",
        QT_TRANSLATE_NOOP("Pages", "Kế hoạch cá nhân"),
        "SP_FileDialogDetailedView",
        "chibo_app.ui.pages.plans_page:PlansPage",
    ),
    PageSpec(
        "evaluations",
        QT_TRANSLATE_NOOP("Pages", "Đánh giá, xếp loại"),
        "SP_DialogApplyButton",
        "chibo_app.ui.pages.evaluations_page:EvaluationsPage",
    ),
    PageSpec(
        "nominations",
        QT_TRANSLATE_NOOP("Pages", "Gương điển hình"),
        "SP_DialogYesButton",
        "chibo_app.ui.pages.nominations_page:NominationsPage",
    ),
    PageSpec(
        "meetings",
        QT_TRANSLATE_NOOP("Pages", "Sinh hoạt"),
        "SP_FileDialogListView",
        "chibo_app.ui.pages.meetings_page:MeetingsPage",
    ),
    PageSpec(
        "report",
        QT_TRANSLATE_NOOP("Pages", "Báo cáo"),
        "SP_FileDialogContentsView",
        "chibo_app.ui.pages.report_page:ReportPage",
    ),
    PageSpec(
        "documents",
        QT_TRANSLATE_NOOP("Pages", "Văn bản đã in"),
        "documents",
        "chibo_app.ui.pages.documents_page:DocumentsPage",
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("Pages", "Cài đặt"),
        "settings",
        "chibo_app.ui.pages.settings_page:SettingsPage",
    ),
    PageSpec(
        "history",
        QT_TRANSLATE_NOOP("Pages", "Lịch sử thay đổi"),
        "history",
        "chibo_app.ui.pages.history_page:HistoryPage",
    ),
]


def preload_pages() -> None:
    """Import every page's module on a worker thread (tenths of a second each, with the
    dialogs they use), so the first open of a page only builds its widgets."""

    def work() -> None:
        for spec in PAGES:
            importlib.import_module(spec.target.partition(":")[0])

    threading.Thread(target=work, name="chibo-preload", daemon=True).start()
