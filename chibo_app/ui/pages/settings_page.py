"""Cài đặt, in tabs: the cell and its units; the years and their deadlines; the page
layout of printed documents; the file's password and auto-lock; the interface language."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.cell import CellSettings
from chibo_app.services import cell
from chibo_app.services.session import Session
from chibo_app.ui.pages.base import Page
from chibo_app.ui.unsaved import Choice, UnsavedGuard, ask_to_save
from chibo_app.ui.widgets.language_section import LanguageSection
from chibo_app.ui.widgets.page_setup_form import PageSetupForm
from chibo_app.ui.widgets.password_section import PasswordSection
from chibo_app.ui.widgets.rule_sets_editor import RuleSetsEditor
from chibo_app.ui.widgets.settings_form import SettingsForm
from chibo_app.ui.widgets.units_editor import UnitsEditor
from chibo_app.ui.widgets.years_editor import YearsEditor

TABS = ("cell", "years", "rules", "page_setup", "password", "interface")


class SettingsPage(Page):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.form = SettingsForm(session)
        self.save_button = QPushButton(self.tr("Lưu cài đặt"))
        self.save_button.setObjectName("saveSettings")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("settingsSaved")
        self.saved_label.setStyleSheet("color: #1b7a34;")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label)
        save_row.addStretch(1)
        cell_box = QGroupBox(self.tr("Thông tin chi bộ"))
        cell_layout = QVBoxLayout(cell_box)
        cell_layout.addWidget(self.form)
        cell_layout.addLayout(save_row)

        self.units = UnitsEditor(session)
        units_box = QGroupBox(self.tr("Phòng, đơn vị, tổ chức đoàn thể"))
        QVBoxLayout(units_box).addWidget(self.units)

        self.password = PasswordSection(session)

        self.years = YearsEditor(session)
        self.years.select_year(year)
        years_box = QGroupBox(self.tr("Năm, thời hạn và kế hoạch của chi bộ"))
        QVBoxLayout(years_box).addWidget(self.years)

        self.rule_sets = RuleSetsEditor(session)
        rules_box = QGroupBox(self.tr("Bộ tiêu chí đánh giá, xếp loại"))
        QVBoxLayout(rules_box).addWidget(self.rule_sets)

        self.page_setup = PageSetupForm(session)
        page_box = QGroupBox(self.tr("Lề trang, cỡ chữ và giãn dòng của văn bản in"))
        QVBoxLayout(page_box).addWidget(self.page_setup)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_scrolled(cell_box, units_box), self.tr("Chi bộ"))
        self.tabs.addTab(_scrolled(years_box), self.tr("Năm và thời hạn"))
        self.tabs.addTab(_scrolled(rules_box, width=1200), self.tr("Quy định đánh giá"))
        self.tabs.addTab(_scrolled(page_box, width=900), self.tr("Trình bày văn bản"))
        self.tabs.addTab(_scrolled(self.password), self.tr("Mật khẩu"))
        self.language = LanguageSection()
        self.tabs.addTab(_scrolled(self.language), self.tr("Giao diện"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        outer.addWidget(self.tabs)

        self.save_button.clicked.connect(self.save)
        self.form.saved.connect(self._saved)
        self.units.changed.connect(self.data_changed)
        self.years.changed.connect(self.data_changed)
        self.years.changed.connect(self.rule_sets.reload)  # the years a rule set applies to
        self.rule_sets.changed.connect(self._rule_sets_changed)
        self.form_guard = UnsavedGuard(self.form)
        self.form_guard.mark_saved()
        self.form.saved.connect(lambda _settings: self.form_guard.mark_saved())
        # Any edit clears the “saved” note so it never lies about unsaved text.
        for edit in self.form.edits.values():
            edit.textEdited.connect(self.saved_label.clear)

    def save(self) -> bool:
        return self.form.save()

    def close_allowed(self) -> bool:
        """The cell's details, the year's dates and numbers, a rule set being edited."""
        pending = [
            save
            for changed, save in (
                (self.form_guard.changed(), self.save),
                (self.years.dirty, self.years.save),
                (bool(getattr(self.rule_sets, "dirty", False)), self.rule_sets.save),
            )
            if changed
        ]
        if not pending:
            return True
        choice = ask_to_save(self)
        if choice is Choice.SAVE:
            return all(save() for save in pending)
        return choice is Choice.DISCARD

    def discard_changes(self) -> None:
        self.form_guard.mark_saved()
        self.years.dirty = False
        if hasattr(self.rule_sets, "dirty"):
            self.rule_sets.dirty = False

    def show_tab(self, key: str) -> None:
        """Bring a tab to the front: "cell", "years", "rules", "page_setup", "password"
        or "interface"."""
        self.tabs.setCurrentIndex(TABS.index(key))

    def set_year(self, year: int) -> None:
        super().set_year(year)
        self.years.select_year(year)

    def _saved(self, _settings: CellSettings) -> None:
        self.saved_label.setText(self.tr("Đã lưu."))
        QTimer.singleShot(4000, self.saved_label.clear)
        self.data_changed.emit()

    def _rule_sets_changed(self) -> None:
        self.years.reload()  # a new or renamed copy in the year's choice
        self.data_changed.emit()

    def reload(self) -> None:
        self.form.show_settings(cell.load_settings(self.session))
        self.form_guard.mark_saved()
        self.units.reload()
        self.password.show_state()
        self.years.reload()
        self.rule_sets.reload()
        self.page_setup.reload()


def _scrolled(*boxes: QWidget, width: int = 820) -> QScrollArea:
    """The boxes one under the other, not wider than `width` (long lines of fields are
    hard to read), scrolling when the window is small."""
    content = QWidget()
    content.setMaximumWidth(width)
    layout = QVBoxLayout(content)
    for box in boxes:
        layout.addWidget(box)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll
