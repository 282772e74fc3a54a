"""Shared by tests/ui/test_password_*: an encrypted cell file (cheap key derivation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chibo_app.services.password import set_password
from chibo_app.storage.connection import MAGIC

PASSWORD = "Chi bộ số 1 – mật khẩu"
OTHER = "mật khẩu khác 2"


def header(path: Path) -> bytes:
    return path.read_bytes()[: len(MAGIC)]


def everything_beside(path: Path) -> dict[str, bytes]:
    """Every file in the folder (recursively), but the one-window lock file."""
    return {
        str(p.relative_to(path.parent)): p.read_bytes()
        for p in sorted(path.parent.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock") and "qs" not in p.parts
    }


@pytest.fixture
def encrypted_session(people_session, fast_kdf):
    """The seven-person test file, encrypted with PASSWORD; the session stays open."""
    set_password(people_session, PASSWORD)
    assert header(people_session.path) != MAGIC
    return people_session


@pytest.fixture
def encrypted_file(encrypted_session):
    """The same file, closed (as before a start)."""
    encrypted_session.close()
    return encrypted_session.path
