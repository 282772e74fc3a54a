"""Cài đặt, in tabs: the cell and its units; the years and their deadlines; the page
layout of printed documents; the file's password and auto-lock; the interface language."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QWidget

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
        # The tabs, boxes and the save row are forms/settings_page.ui; the editors take
        # the session, so they are made here and put in their places.
        self.ui = ui = self.use_form("settings_page", margins=(0, 4, 0, 0))
        self.tabs: QTabWidget = ui.settingsTabs
        self.form = SettingsForm(session)
        self.save_button: QPushButton = ui.saveSettings
        self.saved_label: QLabel = ui.settingsSaved
        ui.cellBoxLayout.insertWidget(0, self.form)
        self.units = UnitsEditor(session)
        ui.unitsBoxLayout.addWidget(self.units)
        self.years = YearsEditor(session)
        self.years.select_year(year)
        ui.yearsBoxLayout.addWidget(self.years)
        # The rule sets' editor (a form per level, many boxes) is made when its tab is
        # first shown: the page opens without it.
        self._rule_sets: RuleSetsEditor | None = None
        self.tabs.currentChanged.connect(self._tab_shown)
        self.page_setup = PageSetupForm(session)
        ui.pageSetupBoxLayout.addWidget(self.page_setup)
        self.password = PasswordSection(session)
        ui.passwordLayout.insertWidget(0, self.password)
        self.language = LanguageSection()
        ui.interfaceLayout.insertWidget(0, self.language)
        # Put in after the form's widgets, the cell's fields come before “Lưu cài đặt”.
        QWidget.setTabOrder(list(self.form.edits.values())[-1], self.save_button)

        self.save_button.clicked.connect(self.save)
        self.form.saved.connect(self._saved)
        self.units.changed.connect(self.data_changed)
        self.years.changed.connect(self.data_changed)
        self.years.changed.connect(self._years_changed)
        self.form_guard = UnsavedGuard(self.form)
        self.form_guard.mark_saved()
        self.form.saved.connect(lambda _settings: self.form_guard.mark_saved())
        # Any edit clears the “saved” note so it never lies about unsaved text.
        for edit in self.form.edits.values():
            edit.textEdited.connect(self.saved_label.clear)

    @property
    def rule_sets(self) -> RuleSetsEditor:
        if self._rule_sets is None:
            self._rule_sets = RuleSetsEditor(self.session)
            self.ui.rulesBoxLayout.addWidget(self._rule_sets)
            self._rule_sets.changed.connect(self._rule_sets_changed)
        return self._rule_sets

    def _tab_shown(self, index: int) -> None:
        if index == TABS.index("rules"):
            self.rule_sets  # noqa: B018 - made now, shown with the tab

    def _years_changed(self) -> None:
        if self._rule_sets is not None:
            self._rule_sets.reload()  # the years a rule set applies to

    def save(self) -> bool:
        return self.form.save()

    def close_allowed(self) -> bool:
        """The cell's details, the year's dates and numbers, a rule set being edited."""
        pending = [
            save
            for changed, save in (
                (self.form_guard.changed(), self.save),
                (self.years.dirty, self.years.save),
                (bool(getattr(self._rule_sets, "dirty", False)), self.rule_sets.save),
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
        if self._rule_sets is not None:
            self._rule_sets.dirty = False

    def show_tab(self, key: str) -> None:
        """Bring a tab to the front: "cell", "years", "rules", "page_setup", "password"
        or "interface"."""
        self.tabs.setCurrentIndex(TABS.index(key))

    def set_year(self, year: int) -> None:
        super().set_year(year)
        self.years.select_year(year)

    def change_year(self, year: int) -> None:
        """The window's year switch: only the years tab shows the chosen year (the cell,
        its units, the rule sets and the page setup are the same every year), so nothing
        else is read again and what was typed there stays."""
        if year != self.year:
            self.year = year
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
        if self._rule_sets is not None:
            self._rule_sets.reload()
        self.page_setup.reload()
