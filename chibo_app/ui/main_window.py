"""The main window: side bar of pages, year selector, menus and status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.changes import Changes
from chibo_app.ui import screen_fit
from chibo_app.ui.backup_actions import BackupActions
from chibo_app.ui.icons import icon
from chibo_app.ui.pages import PAGES, PageSpec, preload_pages
from chibo_app.ui.pages.base import Page
from chibo_app.ui.read_only import lock_editing
from chibo_app.ui.widgets.banner import Banner

if TYPE_CHECKING:
    from pathlib import Path

    from chibo_app.services.session import Session
    from chibo_app.ui.auto_lock import AutoLock
    from chibo_app.ui.single_instance import InstanceServer


PRELOAD_AFTER_MS = 1500  # the pages' code is imported once the first page is shown


class MainWindow(QMainWindow):
    year_changed = Signal(int)

    def __init__(self, session: Session | None = None) -> None:
        """The window's frame; `attach` gives it its data. Start-up shows the frame
        first and opens the database after it is painted (sqlite-utils and a 5,000-row
        list take longer to load than Qt needs to show the window)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("chibo"))
        self.setWindowTitle(self.tr("Chi bộ"))
        self._pages: dict[str, Page] = {}
        self.read_only = False
        self.instance_server: InstanceServer | None = None
        self.auto_lock: AutoLock | None = None
        self._backups_paused = False
        self.page_actions: list[QAction] = []
        self._build_sidebar()
        self._build_toolbar()
        self._build_menus()
        self._build_statusbar()
        self._restore_geometry()
        if session is not None:
            self.attach(session)

    def attach(self, session: Session, read_only: bool = False) -> None:
        """Show `session`'s data: title, years, the first page."""
        from chibo_app.services import changes  # noqa: PLC0415 - after the window is shown

        self.session = session
        self._seen = changes.mark(session)  # the change history read so far
        self.set_read_only(read_only)
        self.path_label.setText(self.tr("Tệp dữ liệu: %1").replace("%1", str(session.path)))
        self._fill_years()
        self.update_title()
        self._apply_level()
        self._count_people()
        self.show_page(next(s.key for s in PAGES if s.shown_for(self.committee)))
        QTimer.singleShot(PRELOAD_AFTER_MS, preload_pages)
        self.menuBar().setEnabled(True)
        self.sidebar.setEnabled(True)
        for action in self.page_actions:
            action.setEnabled(True)

    # Safety: read-only files, one window per file, automatic backups ----------------

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if read_only:
            self.banner.show_warning(
                self.tr("Tệp dữ liệu chỉ đọc: mọi thay đổi sẽ không được lưu.")
            )
            for page in self._pages.values():
                lock_editing(page)
        for action in (
            self.import_action,
            self.add_action,
            self.new_year_action,
            self.send_action,
            self.receive_action,
        ):
            action.setEnabled(not read_only)
        self.backups.set_read_only(read_only)

    def start_safety(self, path: Path, backups: bool = True) -> None:
        """After attach: answer a second start on the same file; back up automatically;
        lock when idle (if the file has a password)."""
        from chibo_app.ui.single_instance import InstanceServer  # noqa: PLC0415

        self.instance_server = InstanceServer(self)
        self.instance_server.show_requested.connect(self.bring_to_front)
        self.instance_server.listen(path)
        if backups and not self.read_only:
            self.backups.start()
        self.start_auto_lock()

    def stop_safety(self) -> None:
        if not self.is_locked():  # locked: the key is gone, and so is the last backup's
            self.backups.backup_on_close()
        if self.auto_lock is not None:
            self.auto_lock.stop()
        if self.instance_server is not None:
            self.instance_server.close()
            self.instance_server = None

    # Lock: the key dropped after idle minutes, or at once with “Khóa ngay” --------------

    def start_auto_lock(self) -> AutoLock:
        from chibo_app.ui.auto_lock import AutoLock  # noqa: PLC0415

        if self.auto_lock is None:
            self.auto_lock = AutoLock(self, lambda: getattr(self, "session", None), self.reload_all)
            self.auto_lock.locked_changed.connect(self._lock_changed)
        return self.auto_lock

    def is_locked(self) -> bool:
        return self.auto_lock is not None and self.auto_lock.locked

    def lock_now(self) -> bool:
        if self.start_auto_lock().lock():
            return True
        if not self.is_locked():
            QMessageBox.information(
                self,
                self.tr("Chưa khóa được"),
                self.tr(
                    "Tệp dữ liệu chưa có mật khẩu nên không có gì để khóa. Có thể đặt mật khẩu "
                    "trong “Cài đặt”."
                ),
            )
        return False

    def _lock_changed(self, locked: bool) -> None:
        """No automatic backup while locked: the file is closed and its key gone."""
        if locked:
            self._backups_paused = self.backups.timer.isActive()
            self.backups.timer.stop()
        elif self._backups_paused:
            self._backups_paused = False
            self.backups.timer.start()

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)

    def data_replaced(self) -> None:
        """The whole file changed under the pages (a restore): re-read everything."""
        from chibo_app.ui import background  # noqa: PLC0415

        background.forget(self.session)  # worker connections were on the file replaced
        self._apply_level()
        self._fill_years()
        self.reload_all()
        self.year_changed.emit(self.current_year())

    # Pages (created the first time they are shown, to keep start-up quick) ---------

    def _build_sidebar(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setStyleSheet(
            "QListWidget { border: none; border-right: 1px solid palette(mid); outline: 0;"
            " background: palette(window); font-size: 11pt; }"
            "QListWidget::item { padding: 8px 12px; border-radius: 4px; color: palette(text); }"
            "QListWidget::item:hover { background: #f6e3e5; }"
            "QListWidget::item:selected { background: #fbe3e6; color: #9e0b23;"
            " border-left: 3px solid #c8102e; }"
        )
        self.stack = QStackedWidget()
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon), QCoreApplication.translate("Pages", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first shown
        self.sidebar.setFixedWidth(max(180, self.sidebar.sizeHintForColumn(0) + 40))
        self.sidebar.currentRowChanged.connect(lambda row: self.show_page(PAGES[row].key))
        self.sidebar.setEnabled(False)  # until attach()
        self.banner = Banner()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

    def page(self, key: str) -> Page:
        """The page for `key`, created now if it has not been shown yet."""
        if key not in self._pages:
            index, spec = next((i, s) for i, s in enumerate(PAGES) if s.key == key)
            page = self._create(spec)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = page
        return self._pages[key]

    def _create(self, spec: PageSpec) -> Page:
        Page.first_load_in_background = True  # the page reads its first data off this thread
        try:
            page = spec.load()(self.session, self.current_year(), self)
        finally:
            Page.first_load_in_background = False
        page.setObjectName(f"{spec.key}Page")
        page.data_changed.connect(self._data_changed)
        open_page = getattr(page, "open_page", None)  # the overview's deadline cards
        if open_page is not None:
            open_page.connect(self.show_page)
        count_changed = getattr(page, "count_changed", None)
        if count_changed is not None:
            count_changed.connect(self._show_count)
            if not page.is_loading():  # else the page says its count when its data is shown
                total = getattr(page, "people_total", None)  # the overview has no model
                self._show_count(total if total is not None else page.model.rowCount())  # type: ignore[attr-defined]
        if self.read_only:
            lock_editing(page)
        return page

    def show_page(self, key: str) -> Page:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        page.catch_up()  # what changed while it was hidden, read off the GUI thread
        row = next(i for i, s in enumerate(PAGES) if s.key == key)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        return page

    def _data_changed(self) -> None:
        """A page changed data (and showed it): the others catch up with what changed."""
        sender = self.sender()
        self.catch_up(sender if isinstance(sender, Page) else None)

    def catch_up(self, done_by: Page | None = None) -> Changes:
        """Everything written since the window last looked (by its pages, its background
        jobs or another process) goes to the pages it concerns: the page on screen reads
        again off the GUI thread, the others when they are next shown. `done_by` already
        shows its own change."""
        from chibo_app.services import changes  # noqa: PLC0415

        self._seen, found = changes.since(self.session, self._seen)
        self._tell_pages(found, done_by)
        return found

    def reload_all(self) -> None:
        """Everything may have changed (an import, a new year, the file unlocked)."""
        from chibo_app.services import changes  # noqa: PLC0415

        self._seen = changes.mark(self.session)
        self._tell_pages(Changes.all(), None)
        self.update_title()

    def _tell_pages(self, found: Changes, done_by: Page | None) -> None:
        if not found:
            return
        for page in self._pages.values():
            if page is not done_by and page.shows(found):
                page.mark_stale(found)
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.catch_up()
        if found.touches(["people"]):
            self._count_people()
        if found.touches(["settings"]):
            self.update_title()
        if found.touches(["years", "year_settings"]):
            self._fill_years()

    # Tool bar and year ------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Thanh công cụ"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("  Năm: ")))
        self.year_box = QComboBox()
        self.year_box.setObjectName("yearBox")
        self.year_box.setToolTip(self.tr("Năm đang làm việc"))
        bar.addWidget(self.year_box)
        self.new_year_action = QAction(self.tr("Năm mới…"), self)
        self.new_year_action.setObjectName("newYearAction")
        self.new_year_action.setToolTip(
            self.tr("Tạo năm tiếp theo, lấy thời hạn của năm trước dời sang")
        )
        self.new_year_action.setIconText(self.tr("Năm mới…"))  # keep the “…”: it asks first
        self.new_year_action.triggered.connect(self.new_year)
        bar.addAction(self.new_year_action)
        button = bar.widgetForAction(self.new_year_action)
        if isinstance(button, QToolButton):
            button.setAutoRaise(False)  # a visible button, not a flat label
        self.addToolBar(bar)
        self.year_box.currentIndexChanged.connect(lambda _i: self._switch_year())

    def _switch_year(self) -> None:
        """Every page to the chosen year: the one on screen reads it off the GUI thread
        at once, the others when they are shown."""
        year = self.current_year()
        for page in self._pages.values():
            page.change_year(year)
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.catch_up()
        self.year_changed.emit(year)

    def _fill_years(self) -> None:
        from chibo_app.services import cell  # noqa: PLC0415 - after the window is shown

        chosen = self.year_box.currentData() or self.session.today().year
        years = cell.list_years(self.session)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        index = self.year_box.findData(chosen)
        self.year_box.setCurrentIndex(index if index >= 0 else self.year_box.count() - 1)
        self.year_box.blockSignals(False)

    def new_year(self) -> int | None:
        """Create the year after the latest one and switch every page to it."""
        from chibo_app.ui.widgets.years_editor import create_next_year  # noqa: PLC0415

        year = create_next_year(self, self.session)
        if year is not None:
            self._fill_years()
            self.reload_all()
            self.year_box.setCurrentIndex(self.year_box.findData(year))
        return year

    def current_year(self) -> int:
        year = self.year_box.currentData()
        return int(year) if year is not None else self.session.today().year

    # Menus ------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&Tệp"))
        self.import_action = self._action(
            self.tr("&Nhập danh sách từ Excel…"), self.import_members, QKeySequence("Ctrl+I")
        )
        self.export_action = self._action(
            self.tr("&Xuất danh sách ra Excel…"), self.export_members, QKeySequence("Ctrl+E")
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.send_action = self._action(
            self.tr("&Gửi cấp trên…"), self.send_package, QKeySequence("Ctrl+Shift+G")
        )
        self.send_action.setToolTip(self.tr("Tạo gói dữ liệu của năm gửi đảng ủy cấp trên"))
        self.receive_action = self._action(
            self.tr("Nhận &gói của chi bộ…"), self.receive_packages, QKeySequence("Ctrl+Shift+N")
        )
        file_menu.addAction(self.send_action)
        file_menu.addAction(self.receive_action)
        file_menu.addSeparator()
        self.lock_action = self._action(
            self.tr("&Khóa ngay"), self.lock_now, QKeySequence("Ctrl+L")
        )
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("T&hoát"), self.close, QKeySequence("Ctrl+Q")))
        self.backups = BackupActions(self, lambda: self.session, self.data_replaced)
        self.backups.add_menu(menus)

        people_menu = menus.addMenu(self.tr("Đảng &viên"))
        self.add_action = self._action(
            self.tr("&Thêm người…"), self._add_person, QKeySequence("Ctrl+N")
        )
        self.edit_action = self._action(self.tr("&Sửa…"), self._edit_person, QKeySequence("Ctrl+O"))
        self.find_action = self._action(self.tr("T&ìm"), self._find_person, QKeySequence("Ctrl+F"))
        for action in (self.add_action, self.edit_action, self.find_action):
            people_menu.addAction(action)
        self.people_menu = people_menu

        help_menu = menus.addMenu(self.tr("T&rợ giúp"))
        self.guide_action = self._action(
            self.tr("&Hướng dẫn sử dụng"),
            self.show_guide,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self._action(self.tr("&Giới thiệu"), self.about))
        # Ctrl+1 … Ctrl+9: the pages in the side bar's order.
        for number, spec in enumerate(PAGES[:9], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            action.setEnabled(False)  # until attach(): no page without data
            self.addAction(action)
            self.page_actions.append(action)
        menus.setEnabled(False)  # until attach(): no action without data

    # One level up: a chi bộ sends its package, a đảng bộ receives its cells' ----------

    committee = False

    def _apply_level(self) -> None:
        """Show the pages and actions of the file's level (services.level)."""
        from chibo_app.services import level  # noqa: PLC0415 - after the window is shown

        self.committee = level.is_committee(self.session)
        for row, spec in enumerate(PAGES):
            item = self.sidebar.item(row)
            if item is not None:
                item.setHidden(not spec.shown_for(self.committee))
        self.send_action.setVisible(not self.committee)
        self.receive_action.setVisible(self.committee)
        for action in (self.import_action, self.export_action):
            action.setVisible(not self.committee)
        self.people_menu.menuAction().setVisible(not self.committee)
        self.count_label.setVisible(not self.committee)  # the register's count: a cell's

    def send_package(self) -> None:
        from chibo_app.ui.dialogs.send_package_dialog import SendPackageDialog  # noqa: PLC0415

        dialog = SendPackageDialog(self.session, self.current_year(), self)
        dialog.exec()
        dialog.deleteLater()

    def receive_packages(self) -> None:
        page = self.show_page("sub_cells")
        page.import_packages()  # type: ignore[attr-defined]

    def people_page(self) -> Page:
        return self.show_page("people")

    def _add_person(self) -> None:
        self.people_page().add_person()  # type: ignore[attr-defined]

    def _edit_person(self) -> None:
        self.people_page().edit_current()  # type: ignore[attr-defined]

    def _find_person(self) -> None:
        self.people_page().focus_search()  # type: ignore[attr-defined]

    def import_members(self) -> None:
        from chibo_app.ui.file_actions import import_members  # noqa: PLC0415 - lazy

        if import_members(self):
            self.reload_all()

    def export_members(self) -> None:
        from chibo_app.ui.file_actions import export_members  # noqa: PLC0415 - lazy

        export_members(self)

    def current_page_key(self) -> str:
        return PAGES[max(0, self.stack.currentIndex())].key

    def show_guide(self) -> None:
        """F1: the user guide at the chapter of the page on screen."""
        from chibo_app.ui.guide import show_guide  # noqa: PLC0415 - lazy

        show_guide(self, self.current_page_key())

    def about(self) -> None:
        from chibo_app.ui.about import show_about  # noqa: PLC0415 - lazy

        show_about(self, self.session.path)

    # Status bar, title, geometry -----------------------------------------------------

    def _build_statusbar(self) -> None:
        self.path_label = QLabel(self.tr("Đang mở dữ liệu…"))
        self.path_label.setObjectName("dbPath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel()
        self.count_label.setObjectName("peopleTotal")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

    def _count_people(self) -> None:
        from chibo_app.services import people  # noqa: PLC0415 - after the window is shown

        self._show_count(people.register_size(self.session))

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%1 người").replace("%1", str(total)))

    def update_title(self) -> None:
        from chibo_app.services import cell  # noqa: PLC0415 - after the window is shown

        name = cell.load_settings(self.session).cell_name
        self.setWindowTitle(
            self.tr("Chi bộ — %1").replace("%1", name) if name else self.tr("Chi bộ")
        )

    def _restore_geometry(self) -> None:
        """As left on this screen; on a first start a comfortable size that leaves the
        task bar visible, centred (the screen-fit filter keeps it inside afterwards)."""
        if not screen_fit.restore(self):
            self.setGeometry(
                screen_fit.centered(self, screen_fit.default_size(self, QSize(1200, 760)))
            )

    def confirm_unsaved(self) -> bool:
        """Before quitting: every open editor and page with changes asks “Lưu thay đổi?”;
        False when one of them stays open. Locked or read-only, nothing can be saved: the
        lock screen's “Thoát chương trình” is the user's own choice."""
        from chibo_app.ui.dialogs.editor_dialog import close_all_editors  # noqa: PLC0415

        if self.is_locked() or self.read_only:  # nothing could be written anyway
            return True
        return close_all_editors() and all(p.close_allowed() for p in self._pages.values())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.confirm_unsaved():
            event.ignore()
            return
        screen_fit.remember(self)
        if not self.is_locked():
            self.backups.backup_on_close()
        from chibo_app.ui import child_work  # noqa: PLC0415

        child_work.stop()  # no child process outlives the window
        super().closeEvent(event)
