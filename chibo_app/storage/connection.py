"""The one place that opens a database file: plain SQLite or SQLCipher-encrypted.

Every connection — the live file, backups, checks, restores — comes from `connect`, so
the key, the cipher settings and the "never touch a file we cannot read" rule hold
everywhere. All connections use SQLCipher's build (`sqlcipher3`), encrypted or not:
one SQLite version and one family of exceptions, so an `except Error` is right for
both kinds of file. A file without a password is an ordinary SQLite file.

`sqlcipher3` installs only the module `sqlcipher3` (no `pysqlite3`), so sqlite-utils
keeps importing the standard `sqlite3`; it is only ever handed our connection object.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from pathlib import Path
from typing import cast

from sqlcipher3 import dbapi2 as _engine

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError

# The engine's exceptions: catch these, not sqlite3's (a different class family).
Error: type[Exception] = _engine.Error
DatabaseError: type[Exception] = _engine.DatabaseError
OperationalError: type[Exception] = _engine.OperationalError
IntegrityError: type[Exception] = _engine.IntegrityError
# Whether SQL text ends a whole statement (splitting migrations), by the engine's parser.
complete_statement = _engine.complete_statement

MAGIC = b"SQLite format 3\x00"

# SQLCipher 4's settings, written out so that a future library default can never
# lock anyone out of a file made today: 4096-byte pages, PBKDF2-HMAC-SHA512 with
# 256,000 iterations, HMAC-SHA512 per page, no plain-text header.
PAGE_SIZE = 4096
KDF_ITERATIONS = 256_000  # only the `fast_kdf` test fixture lowers it (tests/conftest.py)
CIPHER_SETTINGS = (
    "cipher_compatibility = 4",
    f"cipher_page_size = {PAGE_SIZE}",
    "cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
    "cipher_hmac_algorithm = HMAC_SHA512",
    "cipher_plaintext_header_size = 0",
)

# Prepared statements kept per connection. The default (128) is fewer than the distinct
# statements of one busy task (the demo runs ~120: records' inserts per table, the
# repositories' reads), so the cache churned and most statements were parsed again each
# time; `chibo demo` spent ~20 % of its CPU there.
STATEMENT_CACHE = 512

# A key of this shape is taken by SQLCipher as raw key bytes, not as a password.
_RAW_KEY = re.compile(r"x'[0-9a-fA-F]*'")


class PasswordRequired(ChiboError):
    def __init__(self) -> None:
        super().__init__(msg("Tệp dữ liệu này có mật khẩu. Hãy nhập mật khẩu."))


class WrongPassword(ChiboError):
    def __init__(self) -> None:
        super().__init__(msg("Sai mật khẩu."))


class _Connection(_engine.Connection):  # type: ignore[misc]
    """A connection that remembers its password, so its backups are keyed the same way.

    Dropping the connection (closing the session) drops the password with it.
    """

    password: str | None = None


NEW, PLAIN, ENCRYPTED = "new", "plain", "encrypted"


def file_kind(path: Path) -> str:
    """NEW (missing or empty), PLAIN (SQLite header) or ENCRYPTED (anything else).

    An encrypted file starts with a random salt, so without the key it cannot be told
    from random bytes: callers that need "damaged or encrypted" ask `looks_encrypted`.
    """
    try:
        with open(path, "rb") as file:
            head = file.read(len(MAGIC))
    except FileNotFoundError:
        return NEW
    if not head:
        return NEW
    return PLAIN if head == MAGIC else ENCRYPTED


def looks_encrypted(path: Path) -> bool:
    """No SQLite header, a whole number of SQLCipher pages, and a first page that looks
    like ciphertext: plausibly ours, encrypted.

    A SQLCipher page (salt, ciphertext, IV, HMAC) is indistinguishable from random bytes,
    so random bytes pass too — "encrypted or damaged, cannot tell" — but a zeroed page, a
    plain file with a damaged header byte or any other structured content does not: those
    are damaged, never "has a password".
    """
    try:
        size = path.stat().st_size
        if not (size >= PAGE_SIZE and size % PAGE_SIZE == 0) or file_kind(path) != ENCRYPTED:
            return False
        with open(path, "rb") as file:
            first_page = file.read(PAGE_SIZE)
    except OSError:
        return False
    return _looks_random(first_page) and not near_magic(first_page[: len(MAGIC)])


def _looks_random(data: bytes) -> bool:
    # 4096 random bytes use ~256 distinct values with ~16 zeros; SQLite pages, zeroed or
    # text-filled pages use far fewer values and are mostly zeros.
    return len(set(data)) >= 200 and data.count(0) < len(data) // 32


def near_magic(head: bytes) -> bool:
    """ "SQLite format 3" with a few bytes damaged: a plain file whose header broke."""
    return sum(a != b for a, b in zip(head, MAGIC, strict=False)) <= 4


def normalise_password(password: str) -> str:
    # Vietnamese keyboards (Unikey "dựng sẵn" vs "tổ hợp") type the same letters as
    # different code points; NFC makes "ầ" the same password whichever way it came.
    return unicodedata.normalize("NFC", password)


def connect(
    path: Path, password: str | None = None, *, read_only: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """A connection to `path`, keyed when the file is (or is to be created) encrypted.

    An existing encrypted file: PasswordRequired without a password, WrongPassword if
    the key does not open it — and in both cases nothing on disk has changed and no file
    was created. A plain file opens without a key whatever `password` is (an old backup
    taken before the password was set); `password_of(conn)` says which it was.
    """
    kind = file_kind(path)
    encrypted = kind == ENCRYPTED and looks_encrypted(path)
    key = password if encrypted or (kind == NEW and password) else None
    key_sql = None
    if encrypted:
        if password is None:
            raise PasswordRequired()
        # One key derivation serves the check and the connection (each would cost one).
        key_sql = raw_key_literal(path, password)
        _check_key(path, key_sql)
    elif key is not None:  # a new file: SQLCipher makes its salt and derives the key
        key_sql = key_literal(key)
    # Garbage that is not page-shaped opens unkeyed and fails as "not a database".
    # `immutable` (with read_only): a file in a read-only folder, read without the -shm
    # SQLite cannot create there; only valid when no -wal holds newer pages.
    flags = "?mode=ro&immutable=1" if immutable else "?mode=ro"
    target = f"{path.resolve().as_uri()}{flags}" if read_only else str(path)
    conn = _engine.connect(
        target,
        uri=read_only,
        timeout=5,
        factory=_Connection,
        cached_statements=STATEMENT_CACHE,
    )
    try:
        _prepare(conn, key_sql)
        if key is not None:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    conn.password = key
    return cast(sqlite3.Connection, conn)


def check_password(path: Path, password: str) -> None:
    """WrongPassword unless `password` opens the encrypted file at `path`.

    Tried on an immutable connection: it reads only the main file and never creates a
    -shm or replays a -wal. A normal connection with a wrong key would, on close, fold
    a leftover -wal into the file and delete it — changing a file we could not read.
    """
    _check_key(path, raw_key_literal(path, password))


def _check_key(path: Path, key_sql: str) -> None:
    conn = _engine.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    try:
        _prepare(conn, key_sql)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        if error_name(error) == "SQLITE_NOTADB":
            raise WrongPassword() from None
        raise
    finally:
        conn.close()


# SQLite's own wording of its primary result codes (sqlite3_errstr).
_NAMES_BY_MESSAGE = {
    "disk I/O error": "SQLITE_IOERR",
    "database or disk is full": "SQLITE_FULL",
    "unable to open database file": "SQLITE_CANTOPEN",
    "attempt to write a readonly database": "SQLITE_READONLY",
    "file is not a database": "SQLITE_NOTADB",
    "database disk image is malformed": "SQLITE_CORRUPT",
    "database is locked": "SQLITE_BUSY",
}


def error_name(error: BaseException) -> str:
    """SQLite's name for the error ("SQLITE_FULL"…), or "" if it cannot be told.

    sqlcipher3 reports only primary codes (SQLITE_IOERR, never SQLITE_IOERR_WRITE) and
    none at all for a failed backup step, so fall back on SQLite's fixed messages.
    """
    name = getattr(error, "sqlite_errorname", "")
    if isinstance(name, str) and name:
        return name
    return _NAMES_BY_MESSAGE.get(str(error), "")


def password_of(conn: object) -> str | None:
    """The password `conn` was opened with; None for a plain file."""
    return conn.password if isinstance(conn, _Connection) else None


def key_literal(password: str) -> str:
    """The password as an SQL string literal, as SQLCipher will hash it."""
    password = normalise_password(password)
    if not password or "\x00" in password or _RAW_KEY.fullmatch(password):
        raise WrongPassword()  # empty, untypeable, or a raw key: never a password
    return "'" + password.replace("'", "''") + "'"


def raw_key_literal(path: Path, password: str) -> str:
    """The key SQLCipher would derive from `password` for the encrypted file at `path`
    (PBKDF2-HMAC-SHA512 over the salt in its first 16 bytes), as a raw-key literal that
    skips SQLCipher's own derivation."""
    key_literal(password)  # the same refusals as a typed password
    with open(path, "rb") as file:
        salt = file.read(16)
    secret = normalise_password(password).encode("utf-8")
    derived = hashlib.pbkdf2_hmac("sha512", secret, salt, int(KDF_ITERATIONS), dklen=32)
    return f"\"x'{derived.hex()}'\""


def cipher_settings(schema: str = "main") -> list[str]:
    """The explicit settings, to run right after the key of `schema` is given."""
    settings = [*CIPHER_SETTINGS, f"kdf_iter = {int(KDF_ITERATIONS)}"]
    return [f"PRAGMA {schema}.{s}" for s in settings]


def _prepare(conn: sqlite3.Connection, key_sql: str | None) -> None:
    """Key the connection (`key_sql`: a password or raw-key literal) and set it up."""
    # SQLCipher prints decryption failures to stderr; we report them ourselves.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key_sql is not None:
        conn.execute(f"PRAGMA key = {key_sql}")  # before anything reads
        for statement in cipher_settings():
            conn.execute(statement)
    # Temporary tables, sorts and indexes stay in memory: SQLCipher does not encrypt
    # temp files, and a plain-text spill of member rows is what we must never write.
    conn.execute("PRAGMA temp_store = MEMORY")
