"""An open cell database and who is working on it. Both the CLI and the GUI use this."""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

import platformdirs

from chibo_app.core.clock import Clock, Editor, default_clock
from chibo_app.core.clock import today as clock_today
from chibo_app.storage.connection import password_of
from chibo_app.storage.database import open_database, read_identity
from chibo_app.storage.read_only import open_read_only_database
from chibo_app.storage.settings_repo import read_all
from chibo_app.storage.settled import kept, settled

if TYPE_CHECKING:
    import sqlite_utils

APP_NAME = "ChiBo"
DB_ENV = "CHIBO_DB"


def data_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """CHIBO_DB if set, else chibo.sqlite in the per-user data folder."""
    chosen = os.environ.get(DB_ENV)
    return Path(chosen) if chosen else data_folder() / "chibo.sqlite"


@dataclass
class Session:
    db: sqlite_utils.Database
    path: Path
    # Every "now" of the session's work (history, register, paper dates) comes from here.
    clock: Clock = field(default_factory=default_clock)
    # The file's password while it is open (None: the file has none). Kept to reopen the
    # file and to check backups; closing the session (or replacing it) drops it.
    password: str | None = field(default=None, repr=False)
    # Opened read-only (storage/read_only.py): sessions opened again are read-only too.
    read_only: bool = False

    @property
    def user(self) -> str:
        """Who writes: the settings' user name, else the login name (read once per
        `storage.settled` block: every write of a block asks)."""
        return kept(self.db, "user", self._read_user)

    def _read_user(self) -> str:
        return read_all(self.db).get("user_name") or _login_name()

    @property
    def editor(self) -> Editor:
        """Who is writing, with the clock their changes are stamped with."""
        return Editor(self.user, self.clock)

    def today(self) -> dt.date:
        return clock_today(self.clock)

    def now(self) -> dt.datetime:
        return self.clock.now()

    def close(self) -> None:
        self.db.close()

    def schema_version(self) -> int:
        """The file's schema step (SQLite's user_version of the file)."""
        return read_identity(self.db.conn)[0]

    def open_again(self) -> Session:
        """A session of its own on the same file, password and clock: a SQLite connection
        belongs to the thread that opened it, so background work opens the file again.
        Safe to call from any thread: it reads only the path, password and clock."""
        return open_like(self.path, self.password, self.clock, read_only=self.read_only)

    def reopen(self) -> None:
        """Open the file again (after it was replaced), with the same password."""
        self.db = open_database(self.path, self.password, clock=self.clock)


P = ParamSpec("P")
R = TypeVar("R")


def settled_call(
    service: Callable[Concatenate[Session, P], R],
) -> Callable[Concatenate[Session, P], R]:
    """A service call that reads who writes and the years' settings once, however
    many of its steps ask (storage.settled; its own writes of them are seen)."""

    @functools.wraps(service)
    def call(session: Session, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with settled(session.db):
            return service(session, *args, **kwargs)

    return call


def open_session(
    path: str | Path | None = None, password: str | None = None, clock: Clock | None = None
) -> Session:
    """Open the database; PasswordRequired / WrongPassword if it is encrypted and
    `password` does not open it (the file is left untouched). The clock defaults to the
    wall clock (or CHIBO_CLOCK); a worker passes its window's session clock."""
    db_path = Path(path) if path else default_db_path()
    chosen = clock or default_clock()
    db = open_database(db_path, password, clock=chosen)
    return Session(db=db, path=db_path, clock=chosen, password=password_of(db.conn))


def open_like(
    path: Path, password: str | None, clock: Clock, *, read_only: bool = False
) -> Session:
    """A session on `path` as another session holds it (Session.open_again; a child
    process, services.child_process, which gets the path, password and clock alone)."""
    if read_only:
        db = open_read_only_database(path, password)
        return Session(db, path, clock, password, read_only=True)
    return open_session(path, password, clock=clock)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows set-ups
        return "người dùng"
