"""An open cell database and who is working on it. Both the CLI and the GUI use this."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
import sqlite_utils

from chibo_app.storage.connection import password_of
from chibo_app.storage.database import open_database
from chibo_app.storage.settings_repo import read_all

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
    today_override: dt.date | None = field(default=None)
    # The file's password while it is open (None: the file has none). Kept to reopen the
    # file and to check backups; closing the session (or replacing it) drops it.
    password: str | None = field(default=None, repr=False)

    @property
    def user(self) -> str:
        return read_all(self.db).get("user_name") or _login_name()

    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    def close(self) -> None:
        self.db.close()

    def reopen(self) -> None:
        """Open the file again (after it was replaced), with the same password."""
        self.db = open_database(self.path, self.password)


def open_session(path: str | Path | None = None, password: str | None = None) -> Session:
    """Open the database; PasswordRequired / WrongPassword if it is encrypted and
    `password` does not open it (the file is left untouched)."""
    db_path = Path(path) if path else default_db_path()
    db = open_database(db_path, password)
    return Session(db=db, path=db_path, password=password_of(db.conn))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows set-ups
        return "người dùng"
