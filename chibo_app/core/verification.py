"""Verification codes printed on documents, and the content hashes behind them.

A code names one printed document: it is derived from the document's type, term,
register number, what it covers (e.g. the plan it prints) and a hash of its content.
It is deterministic, so the builder can print it before the register row exists and
the register recomputes the same code when it records the document; reprinting the
same content gives the same code.

Ten base32 characters (50 bits) keep the code short enough to type from paper while
making a collision between two documents of one cell practically impossible. The
RFC 4648 alphabet has no 0, 1, 8 or 9, so a reader's "0"/"1" can safely be read as
"O"/"I".
"""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from dataclasses import dataclass

CODE_LENGTH = 10
QR_PREFIX = "CHIBO:"


@dataclass(frozen=True)
class Subject:
    """What a document covers: rows of one table (e.g. the plan printed on a form)."""

    table: str | None = None
    ids: tuple[int, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.table or ''}:{','.join(str(i) for i in self.ids)}"


def content_hash(content: object) -> str:
    """SHA-256 (hex) of any JSON-able content, canonically serialised and NFC.

    Builders hash the *data* they print, not the PDF bytes: the PDF changes with fonts
    and page settings, the record does not.
    """
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def verification_code(
    doc_type: str,
    term: str,
    number: int | None,
    subject: Subject,
    content_digest: str,
) -> str:
    """The printed code, e.g. 'K7QX2M4TRA'."""
    seed = "|".join([doc_type, term, "" if number is None else str(number), subject.key])
    digest = hashlib.sha256(f"{seed}|{content_digest}".encode()).digest()
    return base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]


def display_code(code: str) -> str:
    """Grouped for reading aloud and typing: 'K7QX2-M4TRA'."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def normalise_code(typed: str) -> str:
    """What a person typed or a QR scanner read → the stored form of the code.

    Drops the 'CHIBO:' prefix, spaces and dashes; upper-cases; reads 0 as O, 1 as I
    and 8 as B (digits the base32 alphabet never uses).
    """
    text = typed.strip().upper()
    if text.startswith(QR_PREFIX):
        text = text[len(QR_PREFIX) :]
    text = "".join(ch for ch in text if ch.isalnum())
    return text.translate(str.maketrans("018", "OIB"))


def qr_payload(code: str) -> str:
    return f"{QR_PREFIX}{code}"


def number_text(number: int | None, doc_type: str, symbol: str) -> str | None:
    """'Số 03-KH/CB': numbers below 10 take a leading zero, as party registers write them."""
    if number is None:
        return None
    return f"Số {number:02d}-{doc_type}/{symbol}"


@dataclass(frozen=True)
class PrintedDocument:
    """What a builder printed, for the register to record after the file is written."""

    doc_type: str
    term: str
    number: int | None
    year: int | None
    title: str
    content_hash: str
    code: str
    subject: Subject = Subject()


def printed(
    doc_type: str,
    term: str,
    number: int | None,
    year: int | None,
    title: str,
    content: object,
    subject: Subject = Subject(),
) -> PrintedDocument:
    """Hash `content` and derive the code, ready to print and to record."""
    digest = content_hash(content)
    code = verification_code(doc_type, term, number, subject, digest)
    return PrintedDocument(doc_type, term, number, year, title, digest, code, subject)
