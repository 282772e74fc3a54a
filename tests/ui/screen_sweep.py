"""Open every page and every dialog on a demo database, on a screen of a given size, and
list what does not fit: a window larger than the screen, a minimum size above it, a
button outside its window or hidden under a neighbour, a wrapped label cut short.

python tests/ui/screen_sweep.py vi 1280x720 [--shots FOLDER]

Runs in a process of its own (tests/ui/test_screen_fit.py starts it): the offscreen
platform takes the screen size from a config file given before the QApplication is
made, and the interface language is installed once, before the first widget. Prints one
line a problem and exits 1 when there is any; with --shots it also saves a PNG of each
scene, as the secretary would see it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from tests.offscreen import offscreen_platform  # noqa: E402

YEAR = 2026
TODAY = dt.date(2026, 11, 25)


# Checks ------------------------------------------------------------------------------


def _inside_scroll_area(widget: Any, top: Any) -> bool:
    """Reachable by scrolling: a child of a scroll area's (or a view's) viewport."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        owner = parent.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and parent is owner.viewport():
            return True
        parent = owner
    return False


def _clipped(widget: Any, top: Any) -> bool:
    """Part of `widget` lies outside one of its ancestors up to `top` (or `top` itself)."""
    from PySide6.QtCore import QPoint, QRect

    area = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        if parent is top:
            box = top.rect()
        else:
            box = QRect(parent.mapTo(top, QPoint(0, 0)), parent.size())
        if not box.contains(area):
            return True
        if parent is top:
            return False
        parent = parent.parentWidget()
    return False


def _tabs_in(top: Any) -> Iterator[None]:
    """Yield once per combination of tab pages shown (each tab of each tab widget)."""
    from PySide6.QtWidgets import QTabWidget

    yield None
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                yield None
        tabs.setCurrentIndex(current)


def _name(widget: Any) -> str:
    text = ""
    for attribute in ("text", "windowTitle"):
        method = getattr(widget, attribute, None)
        if callable(method):
            text = str(method())
            if text:
                break
    label = type(widget).__name__
    if widget.objectName():
        label += f"#{widget.objectName()}"
    return f"{label} “{text[:40]}”" if text else label


def problems_of(top: Any, screen: Any) -> list[str]:
    """What does not fit in the top-level widget `top` on the available `screen` rect."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea

    found: list[str] = []
    least = top.minimumSizeHint().expandedTo(top.minimumSize())
    if least.width() > screen.width() or least.height() > screen.height():
        found.append(f"minimum size {least.width()}×{least.height()} above the screen")
    frame = top.frameGeometry()
    if not screen.contains(frame):
        found.append(
            f"window at {frame.x()},{frame.y()} {frame.width()}×{frame.height()} outside the screen"
        )
    title = top.windowTitle()
    if title and top.isWindow():
        # Title bar: the text plus the window manager's icon and three buttons (~140 px).
        needed = top.fontMetrics().horizontalAdvance(title) + 140
        if needed > frame.width():
            found.append(f"title “{title}” cut ({needed} px needed, {frame.width()} px wide)")
    for _ in _tabs_in(top):
        QApplication.processEvents()
        # A form in a scroll area scrolls down, never sideways: what is off to the right
        # is missed (its buttons count as reachable above). Tables may scroll sideways.
        for area in top.findChildren(QScrollArea):
            bar = area.horizontalScrollBar()
            if area.isVisibleTo(top) and area.widgetResizable() and bar.maximum() > 0:
                inner = area.widget()
                found.append(
                    f"{_name(area)} scrolls sideways: its contents need "
                    f"{inner.minimumSizeHint().width()} px, {area.viewport().width()} px shown"
                )
        for button in top.findChildren(QAbstractButton):
            if not button.isVisibleTo(top) or _inside_scroll_area(button, top):
                continue
            if _clipped(button, top):
                found.append(f"button {_name(button)} outside its window")
        for label in top.findChildren(QLabel):
            if not label.isVisibleTo(top) or not label.text() or _inside_scroll_area(label, top):
                continue
            # A few pixels' leeway: QLabel paints a line that its own measure wraps.
            needed = label.heightForWidth(label.width() + 8)
            if label.wordWrap() and needed > label.height() + 2:
                found.append(f"label {_name(label)} cut: {label.height()} px high, {needed} needed")
    return sorted(set(found))


# Scenes --------------------------------------------------------------------------------


class Sweep:
    """Every page and dialog, each shown as the secretary would open it."""

    def __init__(self, app: Any, session: Any, temp: Path, shots: Path | None) -> None:
        self.app = app
        self.session = session
        self.temp = temp
        self.shots = shots
        self.problems: list[str] = []
        self.seen: list[str] = []
        screen = app.primaryScreen()
        self.screen = screen.availableGeometry()

    def settle(self) -> None:
        for _ in range(4):
            self.app.processEvents()

    def loaded(self, page: Any) -> None:
        """Pages read their data off the GUI thread: check them with it shown."""
        while getattr(page, "is_loading", lambda: False)():
            self.app.processEvents()
            time.sleep(0.01)
        self.settle()

    def check(self, scene: str, top: Any) -> None:
        """Check `top` once the work it started off the GUI thread has come back (the plan
        editor's copy check fills its comparison label then); save its picture when asked."""
        from chibo_app.ui import background

        deadline = time.monotonic() + 30
        while not background.idle() and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)
        self.settle()
        self.seen.append(scene)
        for problem in problems_of(top, self.screen):
            self.problems.append(f"{scene}: {problem}")
        if self.shots is not None:
            top.grab().save(str(self.shots / f"{scene}.png"))

    def dialog(
        self, scene: str, make: Callable[[], Any], before: Callable[[Any], None] | None = None
    ) -> None:
        """Make a dialog, show it as exec() would, check it, close it."""
        try:
            dialog = make()
            dialog.show()
            self.settle()
            if before is not None:
                before(dialog)
            self.check(scene, dialog)
            dialog.done(0)
            dialog.deleteLater()
        except Exception as error:  # noqa: BLE001 - one broken scene must not hide the others
            self.problems.append(f"{scene}: could not be opened: {error!r}")

    # The main window and its pages -------------------------------------------------------

    def main_window(self) -> Any:
        from chibo_app.ui.main_window import MainWindow
        from chibo_app.ui.pages import PAGES

        window = MainWindow(self.session)
        window.show()
        self.window = window
        self.check("window", window)
        for spec in PAGES:
            page = window.show_page(spec.key)
            self.loaded(page)
            if spec.key == "overview":
                page.build_charts()  # type: ignore[attr-defined]
            self.check(f"page-{spec.key}", window)
        window.showMaximized()
        self.settle()
        for spec in PAGES:
            window.show_page(spec.key)
            self.check(f"maximised-{spec.key}", window)
        window.showNormal()
        self.settle()
        return window

    # Dialogs -------------------------------------------------------------------------------

    def people_ids(self) -> list[int]:
        page = self.window.page("people")
        return [row.id for row in page.model.rows()]

    def all_dialogs(self) -> None:
        from chibo_app.core.nominations import Status as NominationStatus
        from chibo_app.core.people import Position, PositionKind
        from chibo_app.services import evaluation, meetings, nominations
        from chibo_app.ui.dialogs.evaluation_dialog import EvaluationDialog
        from chibo_app.ui.dialogs.first_start import FirstStartDialog
        from chibo_app.ui.dialogs.history_dialog import HistoryDialog
        from chibo_app.ui.dialogs.kind_change_dialog import KindChangeDialog
        from chibo_app.ui.dialogs.leave_dialog import LeaveDialog
        from chibo_app.ui.dialogs.meeting_dialog import MeetingDialog
        from chibo_app.ui.dialogs.midyear_dialog import MidyearDialog
        from chibo_app.ui.dialogs.nomination_dialog import NominationDialog
        from chibo_app.ui.dialogs.nomination_fields_dialog import NominationFieldsDialog
        from chibo_app.ui.dialogs.nomination_step_dialog import StatusStepDialog
        from chibo_app.ui.dialogs.password_change import PasswordChangeDialog
        from chibo_app.ui.dialogs.password_prompt import PasswordPromptDialog
        from chibo_app.ui.dialogs.person_dialog import PersonDialog
        from chibo_app.ui.dialogs.person_history_dialog import PersonHistoryDialog
        from chibo_app.ui.dialogs.plan_dialog import PlanDialog
        from chibo_app.ui.dialogs.plan_import_dialog import PlanImportDialog
        from chibo_app.ui.dialogs.position_dialog import PositionDialog
        from chibo_app.ui.dialogs.print_dialogs import PrintPlansDialog, SignedOffDialog
        from chibo_app.ui.dialogs.print_preview import PrintPreviewDialog
        from chibo_app.ui.dialogs.report_print_dialog import ReportPrintDialog
        from chibo_app.ui.dialogs.reserve_number_dialog import ReserveNumberDialog
        from chibo_app.ui.dialogs.topic_dialog import TopicDialog
        from chibo_app.ui.nomination_actions import NominationListDialog
        from chibo_app.ui.pages.nominations_page import QuotaRulesDialog

        session, window = self.session, self.window
        ids = self.people_ids()
        first = ids[0]
        new_file = self.temp / "new.sqlite"

        def first_start() -> Any:
            from chibo_app.services.session import open_session

            self.new_session = open_session(new_file)
            return FirstStartDialog(self.new_session)

        self.dialog("first-start", first_start)
        self.dialog("first-start-enter", first_start, lambda d: d.accept())

        def password_checked(dialog: Any) -> None:
            dialog.password_box.setChecked(True)

        self.dialog("first-start-password", first_start, password_checked)
        self.new_session.close()

        def wrong(_typed: str) -> None:
            from chibo_app.storage.connection import WrongPassword

            raise WrongPassword()

        def wrong_password(dialog: Any) -> None:
            dialog.form.field.setText("sai mật khẩu")
            dialog.form.submit()

        self.dialog(
            "password-prompt",
            lambda: PasswordPromptDialog(session.path, wrong, window),
            wrong_password,
        )
        for mode in ("set", "change", "remove"):
            self.dialog(f"password-{mode}", lambda m=mode: PasswordChangeDialog(session, m, window))

        self.dialog("person-new", lambda: PersonDialog(session, None, window, YEAR))
        self.dialog("person-edit", lambda: PersonDialog(session, first, window, YEAR))

        def refused(dialog: Any) -> None:
            dialog.form.birthDate.setText("31/02/1980")
            dialog.form.email.setText("an@")
            dialog.form.fullName.setText("")
            dialog.save()

        self.dialog("person-errors", lambda: PersonDialog(session, first, window, YEAR), refused)
        self.dialog(
            "position",
            lambda: PositionDialog(Position(first, PositionKind.PARTY, "Bí thư chi bộ"), window),
        )

        def refused_position(dialog: Any) -> None:
            dialog.form.title.setCurrentText("")
            dialog.form.start.setText("31/02/2025")
            dialog.form.end.setText("01/2019x")
            dialog.accept()

        self.dialog(
            "position-errors",
            lambda: PositionDialog(Position(first, PositionKind.PARTY, "Bí thư chi bộ"), window),
            refused_position,
        )
        self.dialog("leave", lambda: LeaveDialog(session, first, window))
        self.dialog("kind-change", lambda: KindChangeDialog(session, ids[:3], window))
        self.dialog("reserve-number", lambda: ReserveNumberDialog(session, window))

        def refused_number(dialog: Any) -> None:
            dialog.form.title.setText("")
            dialog.accept()

        self.dialog(
            "reserve-number-error", lambda: ReserveNumberDialog(session, window), refused_number
        )
        self.dialog("history", lambda: HistoryDialog(session, first, window))
        self.dialog("person-history", lambda: PersonHistoryDialog(session, first, window))

        plans_page = self.window.page("plans")
        plan_rows = [r for r in plans_page.model.rows() if r.plan_id]
        busiest = max(
            plan_rows,
            key=lambda r: (r.status in ("draft", "submitted"), bool(r.similar_to), r.checks),
        )
        self.dialog(
            "plan",
            lambda: PlanDialog(session, busiest.person_id, YEAR, busiest.full_name, window),
        )
        self.dialog("print-plans", lambda: PrintPlansDialog(YEAR, len(ids), True, window))
        self.dialog("signed-off", lambda: SignedOffDialog(YEAR, 3, "CB", window))
        self.dialog("nomination-list", lambda: NominationListDialog(YEAR, 4, "CB", window))
        self.dialog(
            "report-print",
            lambda: ReportPrintDialog(
                YEAR,
                "Báo cáo kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                4,
                "CB",
                self.temp / "bao-cao.pdf",
                window,
            ),
        )
        self.dialog("plan-import", lambda: PlanImportDialog(session, YEAR, window))
        from chibo_app.services import papers, plan_printing

        rendered = papers.render(plan_printing.signed_off_paper(session, YEAR - 1))
        self.dialog(
            "print-preview",
            lambda: PrintPreviewDialog(session, rendered, kind="lists", parent=window),
        )
        midyear = [r for r in plan_rows if r.plan_id]
        self.dialog(
            "midyear",
            lambda: MidyearDialog(session, midyear[0].plan_id, midyear[0].full_name, window),
        )

        eval_page = self.window.page("evaluations")
        rows = [r for r in eval_page.model.rows() if r.evaluation_id and r.party_member]
        found = evaluation.get_evaluation_by_id(session, rows[0].evaluation_id)
        self.dialog(
            "evaluation",
            lambda: EvaluationDialog(
                session, found.person_id, found.year, rows[0].full_name, window
            ),
        )

        def first_to_evaluate() -> Any:
            """Someone not evaluated yet whose plan the cell has confirmed."""
            from chibo_app.errors import ChiboError

            for row in eval_page.model.rows():
                if not row.evaluation_id and row.party_member:
                    try:
                        return EvaluationDialog(session, row.person_id, YEAR, row.full_name, window)
                    except ChiboError:
                        continue
            raise LookupError("nobody to evaluate in the demo data")

        self.dialog("evaluation-new", first_to_evaluate)

        listed = nominations.of_year(session, YEAR)
        self.dialog("nomination-new", lambda: NominationDialog(session, YEAR, None, window))
        if listed:
            self.dialog(
                "nomination-edit", lambda: NominationDialog(session, YEAR, listed[0], window)
            )
        self.dialog("nomination-fields", lambda: NominationFieldsDialog(session, window))
        for status in (
            NominationStatus.COMMENDED,
            NominationStatus.PROPOSED,
            NominationStatus.AWARDED,
            NominationStatus.NOT_SELECTED,
        ):
            self.dialog(
                f"nomination-step-{status.value}",
                lambda s=status: StatusStepDialog(s, 3, TODAY, window),
            )
        self.dialog(
            "quota-rules",
            lambda: QuotaRulesDialog(nominations.quota_rules(session, YEAR), window),
        )

        held = meetings.meetings_of_year(session, YEAR)
        thematic = [m for m in held if m.kind == "thematic"] or held
        self.dialog("meeting", lambda: MeetingDialog(session, YEAR, thematic[0], window))
        self.dialog(
            "meeting-new",
            lambda: MeetingDialog(
                session, YEAR, meetings.draft_next_regular(session, YEAR), window
            ),
        )
        self.dialog("topic", lambda: TopicDialog(session, YEAR, None, window))

        self.import_preview()
        self.restore()

    def import_preview(self) -> None:
        from xlsx_shapes import make_tcvn3_list

        from chibo_app.ui.dialogs.import_dialog import ImportDialog

        def loaded(dialog: Any) -> None:
            dialog.load(make_tcvn3_list(self.temp / "Danh sach cu TCVN3.xlsx"))
            while dialog.working:
                self.app.processEvents()

        self.dialog("import", lambda: ImportDialog(self.session, self.window))
        self.dialog("import-preview", lambda: ImportDialog(self.session, self.window), loaded)

    def restore(self) -> None:
        from chibo_app.services.backups import make_backup
        from chibo_app.services.db_check import check_database
        from chibo_app.ui.dialogs.check_report import CheckReportDialog
        from chibo_app.ui.dialogs.restore_dialog import RestoreDialog
        from chibo_app.ui.dialogs.send_package_dialog import SendPackageDialog

        for when, reason in [
            (dt.datetime(2026, 10, 31, 16, 45), "dong"),
            (dt.datetime(2026, 11, 18, 15, 20), "thu-cong"),
            (dt.datetime(2026, 11, 25, 7, 58), "khoi-dong"),
        ]:
            make_backup(self.session, reason, now=when)
        self.dialog("restore", lambda: RestoreDialog(self.session, self.window))
        self.dialog("send-package", lambda: SendPackageDialog(self.session, YEAR, self.window))
        report = check_database(self.session, now=dt.datetime(2026, 11, 25, 8, 30))
        self.dialog("check-report", lambda: CheckReportDialog(report, self.window))

    def committee(self) -> None:
        """A đảng bộ file that received the demo cell's package (and a damaged one)."""
        from chibo_app.core.cell import CellSettings
        from chibo_app.core.package import PARTS
        from chibo_app.services import cell, level, package_export, package_import
        from chibo_app.services.session import open_session
        from chibo_app.ui.dialogs.dang_bo_print_dialog import DangBoPrintDialog
        from chibo_app.ui.dialogs.package_import_dialog import PackageImportDialog
        from chibo_app.ui.main_window import MainWindow
        from chibo_app.ui.pages import PAGES

        sent = self.temp / "chi-bo.chibo"
        package_export.export(self.session, YEAR, PARTS, sent)
        damaged = self.temp / "hong.chibo"
        damaged.write_bytes(sent.read_bytes()[:3000])
        session = open_session(self.temp / "dang-bo.sqlite", clock=self.session.clock)
        cell.save_settings(
            session,
            CellSettings(
                cell_name="Đảng ủy Ủy ban nhân dân tỉnh",
                superior="Đảng bộ tỉnh Hà Tĩnh",
                place="Hà Tĩnh",
                secretary="Trần Văn Công",
                symbol="ĐU",
            ),
        )
        level.set_level(session, level.Level.COMMITTEE)
        package_import.apply(session, package_import.inspect(session, [sent]))
        window = MainWindow(session)
        window.show()
        for spec in PAGES:
            if spec.shown_for(committee=True):
                window.show_page(spec.key)
                self.check(f"committee-{spec.key}", window)
        self.dialog("package-import", lambda: PackageImportDialog(session, [sent, damaged], window))
        self.dialog("dang-bo-print", lambda: DangBoPrintDialog(session, YEAR, window))
        window.close()
        session.close()

    def lock_screen(self) -> None:
        from chibo_app.services.password import set_password

        set_password(self.session, "Chi bộ Sở Ngoại vụ 2026")
        self.window.show_page("people")
        self.window.lock_now()
        self.check("locked", self.window)
        form = self.window.auto_lock.screen.form
        form.field.setText("Chi bộ Sở Ngoại vụ 2026")
        form.submit()
        self.window.auto_lock.stop()


def run(lang: str, shots: Path | None) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    import chibo_app.ui  # noqa: F401 - applies the PySide6/Python 3.11 None guard
    from chibo_app.core.clock import FixedClock
    from chibo_app.services import demo
    from chibo_app.services.session import open_session
    from chibo_app.ui import translations
    from chibo_app.ui.app import make_application

    translations.set_language_for_this_run(lang)
    app = make_application(["chibo-app"])
    # Offscreen, a message box would wait for a click that never comes: say it instead.
    for kind in ("information", "warning", "critical"):
        setattr(QMessageBox, kind, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    with tempfile.TemporaryDirectory() as name:
        temp = Path(name)
        session = open_session(temp / "demo.sqlite", clock=FixedClock.on(TODAY))
        demo.fill_demo(session, people_count=40, seed=2026)
        sweep = Sweep(app, session, temp, shots)
        window = sweep.main_window()
        sweep.all_dialogs()
        sweep.committee()
        sweep.lock_screen()
        window.close()
        session.close()
    return sweep.problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("lang", choices=["vi", "en"])
    parser.add_argument("size", help="WIDTHxHEIGHT in logical pixels, e.g. 1280x720")
    parser.add_argument("--shots", type=Path, default=None)
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory() as name:
        os.environ["QT_QPA_PLATFORM"] = offscreen_platform(width, height, Path(name))
        # Own settings: no window geometry remembered from a run before.
        os.environ["XDG_CONFIG_HOME"] = name
        if args.shots is not None:
            args.shots.mkdir(parents=True, exist_ok=True)
        problems = run(args.lang, args.shots)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
