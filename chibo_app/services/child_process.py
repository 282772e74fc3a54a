"""Work in a child process: `fn(session, *args)` run by a process of its own on the
window's file, for work long enough to matter to the window (copy detection: seconds of
CPU and tens of MiB at a party committee's scale). A thread would hold the GIL the GUI
thread needs for every repaint, and its peak memory would be the window's.

The child is started with `spawn` (a fresh interpreter: no copy of the GUI's Qt state,
and how Windows and the frozen bundle start processes anyway), at the first call, and
serves one request at a time until stopped. Each request carries the file's path, its
password as the session holds it and the session's "now" frozen in a FixedClock — over
the pipe, never on disk or the command line; the child opens the file for the request
and closes it after, so a restored or locked file is never read through an old
connection. `fn` must be a module-level function (sent by name) and its result
picklable.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TypeVar

from chibo_app.core.clock import FixedClock
from chibo_app.services.session import Session, open_like

T = TypeVar("T")

STOP_SECONDS = 2.0  # how long a stop waits for the child at each step (it only reads)
CANCEL_POLL_SECONDS = 0.05  # how often a waiting call asks whether it is still wanted
NICENESS = 10  # added to the child's niceness (POSIX): the window's threads come first


class ChildUnavailable(Exception):
    """The child could not be started, or died on its own: do the work here instead."""


class ChildStopped(Exception):
    """The child was stopped (the window closed, or the request was given up) while it
    worked: no result."""


@dataclass(frozen=True)
class Request:
    path: Path
    password: str | None
    read_only: bool
    clock: FixedClock
    fn: Callable[..., Any]
    args: tuple[Any, ...]

    def run(self) -> Any:
        session = open_like(self.path, self.password, self.clock, read_only=self.read_only)
        try:
            return self.fn(session, *self.args)
        finally:
            session.close()


def serve(conn: Connection) -> None:
    """The child's loop: a request in, (ok, result or error) out, until the pipe closes.

    At a lower priority than the window: on a machine with one or two busy cores the
    scheduler gives the window's threads the CPU first, and the results arrive a little
    later (Windows has no os.nice: the same priority there)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return  # the window's process ended or stopped us
        if request is None:
            return
        try:
            outcome = (True, request.run())
        except BaseException as error:  # noqa: BLE001 - sent back to be raised there
            outcome = (False, _portable(error))
        conn.send(outcome)


def _portable(error: BaseException) -> BaseException:
    """The error itself if it survives the pipe, else a RuntimeError naming it (an
    exception whose __init__ takes other arguments than its args cannot be unpickled)."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any failure means: send a plain one
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


class ChildProcess:
    """One child, started at the first call; calls from any thread, one at a time."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._calling = threading.Lock()  # one request in flight
        self._state = threading.Lock()  # guards the fields below
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._generation = 0  # a stop moves it on: a call in flight learns it was stopped

    def call(
        self,
        session: Session,
        fn: Callable[..., T],
        *args: Any,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> T:
        """`fn(session-like, *args)` in the child, on `session`'s file, password and now.
        ChildUnavailable if no child can run it; ChildStopped if stopped meanwhile, or
        when `cancelled()` turns true (a newer request superseded it): the child is
        ended then, not left to finish seconds of work nobody waits for."""
        request = Request(
            Path(session.path),
            session.password,
            session.read_only,
            FixedClock(session.now()),
            fn,
            args,
        )
        with self._calling:
            conn, generation = self._connection()
            try:
                conn.send(request)
                while not conn.poll(CANCEL_POLL_SECONDS):
                    if cancelled():
                        self.stop()
                        break
                ok, payload = conn.recv()
            except (EOFError, OSError) as error:
                conn.close()
                if self._lost(generation):
                    raise ChildStopped() from error
                raise ChildUnavailable(str(error)) from error
        if not ok:
            raise payload
        return payload  # type: ignore[no-any-return]

    @property
    def pid(self) -> int | None:
        """The running child's process id (None: none running)."""
        with self._state:
            process = self._process
        return process.pid if process is not None and process.is_alive() else None

    def stop(self) -> None:
        """End the child (at once, even mid-request: it only reads) and reap it. A later
        call starts a new one."""
        with self._state:
            process, conn = self._process, self._conn
            self._process = self._conn = None
            self._generation += 1
        if process is None:
            return
        if self._calling.acquire(blocking=False):  # idle: ask it to leave
            try:
                if conn is not None:
                    try:
                        conn.send(None)
                    except OSError:
                        pass
                process.join(STOP_SECONDS)
            finally:
                self._calling.release()
        if process.is_alive():
            process.terminate()
            process.join(STOP_SECONDS)
        if process.is_alive():
            process.kill()
            process.join(STOP_SECONDS)
        if conn is not None and self._calling.acquire(blocking=False):
            conn.close()  # else the call in flight closes it when its read fails
            self._calling.release()

    # Inside call() (the _calling lock held) ---------------------------------------------

    def _connection(self) -> tuple[Connection, int]:
        with self._state:
            if self._process is not None and self._process.is_alive() and self._conn:
                return self._conn, self._generation
        try:
            context = multiprocessing.get_context("spawn")
            mine, theirs = context.Pipe()
            process = context.Process(target=serve, args=(theirs,), name=self.name, daemon=True)
            process.start()
        except (OSError, RuntimeError, ValueError) as error:
            raise ChildUnavailable(str(error)) from error
        theirs.close()  # the child's end is the child's alone: its exit reads as EOF here
        with self._state:
            self._process, self._conn = process, mine
            return mine, self._generation

    def _lost(self, generation: int) -> bool:
        """After a failed exchange: forget the child (reaped); True if stop() ended it."""
        with self._state:
            if generation != self._generation:
                return True
            process, self._process, self._conn = self._process, None, None
        if process is not None:
            process.join(STOP_SECONDS)
            if process.is_alive():
                process.kill()
                process.join(STOP_SECONDS)
        return False
