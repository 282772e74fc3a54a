"""Copy detection runs in a child process of the window (ui/child_work.py): the plans page
shows what the child found, the child reads the file at the session's frozen "now", and
closing the window ends the child, even mid-work. Real file, real process."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from chibo_app.errors import ChiboError
from chibo_app.services import demo, plan_lists, plans
from chibo_app.services.child_process import NICENESS, ChildProcess, ChildStopped
from chibo_app.services.session import Session
from chibo_app.ui import background, child_work
from chibo_app.ui.main_window import MainWindow
from tests.ui.helpers import wait_loaded


def _window(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wait_loaded(qtbot, window.page("overview"))
    return window


def _gone(pid: int) -> bool:
    """No such process, not even a zombie waiting to be reaped (Windows: ended)."""
    if sys.platform == "win32":  # os.kill there would end the process, not probe it
        import ctypes  # noqa: PLC0415

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return True
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value != 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def wait_forever(_session: Session) -> None:
    """Work that never ends by itself (in the child: sent there by name)."""
    threading.Event().wait()


@pytest.fixture
def demo_session(session):
    demo.fill_demo(session, people_count=40, seed=2026)
    return session


def test_the_plans_page_shows_the_copies_the_child_found(qtbot, demo_session):
    year = demo_session.today().year
    planted = plan_lists.year_closest(demo_session, year)  # here, to compare with
    assert len(planted) >= 4  # the demo's edited copies and plans kept from last year
    window = _window(qtbot, demo_session)
    page = wait_loaded(qtbot, window.show_page("plans"))
    qtbot.waitUntil(lambda: not page.background_pending(), timeout=30_000)
    pid = child_work.child_pid()
    assert pid is not None and pid != os.getpid()  # it ran there, and stays for the next
    shown = {r.person_id: (r.similar_score, r.similar_to) for r in page.model.rows()}
    for person_id, (score, name) in planted.items():
        assert shown[person_id] == (score, name)
    assert sum(1 for score, _name in shown.values() if score is not None) == len(planted)

    window.close()
    assert child_work.child_pid() is None and _gone(pid)  # closed window: no child left


def test_closing_the_window_while_the_child_works_ends_it(qtbot, people_session):
    window = _window(qtbot, people_session)
    stopped = []
    operation = background.Operation.of(
        people_session, lambda session: child_work.run(session, wait_forever), lane="copies"
    ).on_failure(stopped.append)
    operation.start()
    qtbot.waitUntil(lambda: child_work.child_pid() is not None, timeout=30_000)
    pid = child_work.child_pid()
    window.close()  # never answered: the child is ended, the lane stops waiting
    assert child_work.child_pid() is None and _gone(pid)
    qtbot.waitUntil(lambda: bool(stopped))
    assert isinstance(stopped[0], ChildStopped)
    qtbot.waitUntil(background.idle)


def _in_child(session, fn, key):
    """An operation on the copies lane running `fn` in the child, as the plans page does."""
    outcome = []
    operation = background.Operation(
        session,
        lambda worker, _progress, cancelled: child_work.run(worker, fn, cancelled=cancelled),
        lane="copies",
        key=key,
    )
    operation.on_success(outcome.append).on_failure(outcome.append).start()
    return outcome


def test_a_newer_request_ends_the_child_working_on_the_older(qtbot, people_session):
    window = _window(qtbot, people_session)
    older = _in_child(people_session, wait_forever, key="test-copies")
    qtbot.waitUntil(lambda: child_work.child_pid() is not None, timeout=30_000)
    first = child_work.child_pid()
    newer = _in_child(people_session, Session.today, key="test-copies")
    qtbot.waitUntil(lambda: bool(older) and bool(newer), timeout=30_000)
    assert isinstance(older[0], ChildStopped) and _gone(first)
    assert newer == [people_session.today()]  # from a child started for it
    assert child_work.child_pid() not in (None, first)
    window.close()


def test_the_child_reads_at_the_sessions_frozen_now(people_session):
    """The tests' clock is on the suite's day, not the machine's (and --wall-clock moves
    only this process's): the child gets the session's "now" of the request, frozen."""
    child = ChildProcess("chibo-test")
    try:
        before = people_session.now()
        there = child.call(people_session, Session.now)
        assert before <= there <= people_session.now()
        assert child.call(people_session, Session.today) == people_session.today()
        assert child.pid is not None and child.pid != os.getpid()
    finally:
        child.stop()


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX priorities")
def test_the_child_yields_the_cpu_to_the_window(people_session):
    child = ChildProcess("chibo-test")
    try:
        child.call(people_session, Session.today)
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(19, mine + NICENESS)
    finally:
        child.stop()


def test_an_error_in_the_child_is_raised_here(people_session):
    child = ChildProcess("chibo-test")
    try:
        with pytest.raises(ChiboError, match="Không tìm thấy kế hoạch"):
            child.call(people_session, plans.get_plan_by_id, 999_999)
        assert child.call(people_session, Session.schema_version) > 0  # still serving
    finally:
        child.stop()


def test_copies_arriving_after_the_window_closed_are_dropped(qtbot, people_session):
    """The child's answer can come after the page's model is gone (the window closed
    meanwhile; once in CI): it is dropped, not shown in a deleted table."""
    import shiboken6

    from chibo_app.ui.pages.plans_page import PlansPage

    page = PlansPage(people_session, 2026)
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    search = object()
    page._copies = search
    shiboken6.delete(page.model)
    page._copies_found(search, 2026, {1: (0.9, "Trần Thị Bình")})  # no RuntimeError
    assert page._copies is None
