"""The main window on the full demo, driven as the secretary drives it: every page
opened for the first time, a person edited, plans confirmed in bulk, the year
switched and back, lists printed. For each action: the time until the window painted
the result, and the longest time the GUI thread was held meanwhile (target ≤ 100 ms).
Then the process's peak memory with every page opened.

    python benchmarks/bench_gui.py --people 5000

Offscreen, 1280×720, on a copy of the cached demo. The actions start from the event
loop and the dialogs they open are answered from it, as a user's clicks would be.
"""

from __future__ import annotations

import os
import resource
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import YEAR, open_demo, peak_mib, people_arg, report, temporary_folder  # noqa: E402
from _gui import HoldMonitor, PaintWatch, drive, settle  # noqa: E402
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402

HOLD_LIMIT = 0.100
PAGE_TARGETS = {"plans": 0.5}  # first open, painted with its rows
YEAR_SWITCH_TARGET = 0.3


def loading(page: object) -> bool:
    """A page that loads in the background says so; one that loads at once never is."""
    probe = getattr(page, "is_loading", None)
    return bool(probe()) if callable(probe) else False


class Bench:
    def __init__(self, people: int, window, session) -> None:  # type: ignore[no-untyped-def]
        self.people = people
        self.window = window
        self.session = session
        self.paints = PaintWatch(window)
        self.monitor = HoldMonitor()
        self.holds: dict[str, float] = {}

    def measure(self, what, action, done, also=None, target=None):  # type: ignore[no-untyped-def]
        outcome = drive(action, done, self.paints, self.monitor, also=also)
        suffix = " (TIMED OUT)" if outcome.timed_out else ""
        report(
            f"{what}: to the result painted{suffix}",
            outcome.seconds,
            people=self.people,
            at_most=target,
        )
        report(
            f"{what}: longest GUI-thread hold",
            outcome.hold * 1000,
            unit="ms",
            people=self.people,
            at_most=HOLD_LIMIT * 1000,
        )
        self.holds[what] = outcome.hold
        settle()
        return outcome

    # Pages ---------------------------------------------------------------------------

    def open_pages(self) -> None:
        from chibo_app.ui.pages import PAGES

        for spec in PAGES[1:]:  # the overview is the start-up's page
            key = spec.key
            self.measure(
                f"open the {key} page",
                lambda key=key: self.window.show_page(key),
                lambda key=key: key in self.window._pages and not loading(self.window._pages[key]),
                target=PAGE_TARGETS.get(key),
            )
            settle(0.5)
            self.wait_background(f"{key} page")

    def wait_background(self, what: str) -> None:
        """Work a page finishes after its first paint (copy detection on the plans page)."""
        page = self.window.stack.currentWidget()
        pending = getattr(page, "background_pending", None)
        if not callable(pending) or not pending():
            return
        started = time.perf_counter()
        while pending():
            settle(0.02)
        report(
            f"{what}: background results shown",
            time.perf_counter() - started,
            people=self.people,
        )

    # Edit one person ---------------------------------------------------------------------

    def edit_person(self) -> None:
        page = self.window.show_page("people")
        settle()
        page.view.selectRow(3)
        person_id = page.current_id()
        assert person_id is not None
        new_name = "Nguyễn Thị Sửa Đổi"
        state = {"clicked": False}

        def answer() -> None:
            from chibo_app.ui.dialogs.person_dialog import PersonDialog

            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, PersonDialog) and not state["clicked"]:
                state["clicked"] = True
                dialog.form.fullName.setText(new_name)
                dialog.save()

        def done() -> bool:
            row = page.model.row_of(person_id)
            return row is not None and page.model.rows()[row].full_name == new_name

        self.measure(
            "edit one person (dialog, save, pages refreshed)", page.edit_current, done, also=answer
        )

    # Bulk confirm ---------------------------------------------------------------------------

    def bulk_confirm(self) -> None:
        from chibo_app.core.plans import PlanStatus
        from chibo_app.ui.models.plans_model import ROW_ROLE

        page = self.window.show_page("plans")
        settle()
        proxy = page.proxy
        selection = QItemSelection()
        chosen = []
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            plan = index.data(ROW_ROLE)
            if plan is not None and plan.status == PlanStatus.SUBMITTED:
                chosen.append(plan.person_id)
                selection.select(index, proxy.index(row, proxy.columnCount() - 1))
        page.view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                box.button(QMessageBox.StandardButton.Yes).click()

        def done() -> bool:
            if page.step is not None or loading(page):  # cheap: this runs every 2 ms
                return False
            rows = {r.person_id: r for r in page.model.rows()}
            return all(rows[p].status == PlanStatus.CONFIRMED for p in chosen)

        self.measure(
            f"confirm {len(chosen)} submitted plans at once",
            page.confirm_selected,
            done,
            also=answer,
        )

    # Year switch -------------------------------------------------------------------------

    def switch_year(self) -> None:
        page = self.window.show_page("plans")
        settle()
        box = self.window.year_box
        for year in (YEAR - 1, YEAR):
            index = box.findData(year)

            def done(year=year) -> bool:  # type: ignore[no-untyped-def]
                return page.year == year and not loading(page) and page.model.rowCount() > 0

            self.measure(
                f"switch the year to {year} (plans page shown)",
                lambda index=index: box.setCurrentIndex(index),
                done,
                target=YEAR_SWITCH_TARGET,
            )
            self.wait_background(f"year {year}, plans page")

    # Printing ------------------------------------------------------------------------------

    def print_lists(self, folder) -> None:  # type: ignore[no-untyped-def]
        page = self.window.show_page("evaluations")
        settle()
        runs = []

        def start() -> None:
            runs.append(page.start_export(folder / "evaluations.pdf", 90))

        self.measure(
            "print the evaluation list (PDF, in the background)",
            start,
            lambda: bool(runs) and runs[0].message is not None,
            also=close_message_boxes,
        )
        nominations = self.window.show_page("nominations")
        settle()
        exports = []

        def export() -> None:  # as “Xuất danh sách” does once the file is chosen
            exports.append(nominations.start_export(folder / "nominations.pdf", 91))

        self.measure(
            "export the nomination list (PDF, in the background)",
            export,
            lambda: bool(exports) and exports[0].message is not None,
            also=close_message_boxes,
        )


def close_message_boxes() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox | QDialog):
        box.close()


def main() -> None:
    people = people_arg()
    app = QApplication([])
    app.setOrganizationName("ChiBoBench")
    QSettings().clear()
    from chibo_app.ui import gc_policy
    from chibo_app.ui.main_window import MainWindow

    gc_policy.enable()  # as app.main does

    with temporary_folder() as folder:
        session = open_demo(folder, people)
        window = MainWindow()
        window.resize(1280, 720)
        window.show()
        settle()
        window.attach(session)
        settle(1.0)
        bench = Bench(people, window, session)
        bench.open_pages()
        report(
            "GUI peak memory, every page opened",
            peak_mib(),
            unit="MiB",
            people=people,
            at_most=200 if people <= 5000 else 400,
        )
        bench.edit_person()
        bench.bulk_confirm()
        bench.switch_year()
        bench.print_lists(folder)
        longest = max(bench.holds.values())
        worst = max(bench.holds, key=bench.holds.__getitem__)
        report(
            f"longest GUI-thread hold of all actions ({worst})",
            longest * 1000,
            unit="ms",
            people=people,
            at_most=HOLD_LIMIT * 1000,
        )
        window.close()  # ends the copy-detection child (ui/child_work.py), reaped
        session.close()
        report(
            "copy-detection child process's peak memory (not the window's)",
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            unit="MiB",
            people=people,
        )


if __name__ == "__main__":
    main()
