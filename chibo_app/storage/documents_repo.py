"""The document register: one row per printed document (table `documents`).

Numbers count per document type within a committee term ("Số 03-KH/CB"); a document
without a printed number (a member's plan form) has number NULL, which the unique
index (doc_type, term, number) lets repeat. A document reissued to replace another
keeps its number: the old row points at its replacement (`replaced_by`) and leaves the
index. A number reserved for a document made outside the app is an `external` row.
Every later print of the same content is a row of `document_copies`. Rows are written
through `records`, so the change history shows who printed what and when.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from chibo_app.core.clock import Editor
from chibo_app.storage import records

TABLE = "documents"
_COLUMNS = (
    "id, doc_type, number, term, year, title, created_at, created_by, content_hash, code,"
    " subject_table, subject_ids, printed_on, replaced_by, external,"
    " (SELECT count(*) FROM document_copies c WHERE c.document_id = documents.id)"
)
COPIES = "document_copies"


@dataclass(frozen=True)
class DocumentRow:
    id: int
    doc_type: str
    number: int | None
    term: str
    year: int | None
    title: str
    created_at: str
    created_by: str | None
    content_hash: str
    code: str
    subject_table: str | None
    subject_ids: tuple[int, ...]
    printed_on: dt.date  # the day it was drawn up as of (its date line)
    replaced_by: int | None = None  # the reissue that replaced it (same number)
    external: bool = False  # a number reserved for a document made outside the app
    copies: int = 0  # later prints of the same content

    @property
    def current(self) -> bool:
        return self.replaced_by is None


def numbers_used(db: sqlite_utils.Database, doc_type: str, term: str) -> set[int]:
    """The numbers of the type held in the term (current, replaced or reserved)."""
    cursor = db.execute(
        "SELECT DISTINCT number FROM documents"
        " WHERE doc_type = ? AND term = ? AND number IS NOT NULL",
        [doc_type, term],
    )
    return {int(r[0]) for r in cursor.fetchall()}


def numbered_types(db: sqlite_utils.Database, term: str) -> list[str]:
    cursor = db.execute(
        "SELECT DISTINCT doc_type FROM documents WHERE term = ? AND number IS NOT NULL"
        " ORDER BY doc_type",
        [term],
    )
    return [str(r[0]) for r in cursor.fetchall()]


def highest_number(db: sqlite_utils.Database, doc_type: str, term: str) -> int:
    row = db.execute(
        "SELECT max(number) FROM documents WHERE doc_type = ? AND term = ?", [doc_type, term]
    ).fetchone()
    return int(row[0] or 0)


def current_numbered(db: sqlite_utils.Database, doc_type: str, term: str) -> list[DocumentRow]:
    """The documents of the type in force in the term with their numbers (reservations
    too), by number: where a new number stands among their dates."""
    cursor = db.execute(
        f"SELECT {_COLUMNS} FROM documents WHERE doc_type = ? AND term = ?"
        " AND number IS NOT NULL AND replaced_by IS NULL ORDER BY number",
        [doc_type, term],
    )
    return [_row(r) for r in cursor.fetchall()]


def number_taken(
    db: sqlite_utils.Database, doc_type: str, term: str, number: int
) -> DocumentRow | None:
    cursor = db.execute(
        f"SELECT {_COLUMNS} FROM documents"
        " WHERE doc_type = ? AND term = ? AND number = ? AND replaced_by IS NULL",
        [doc_type, term, number],
    )
    found = cursor.fetchone()
    return _row(found) if found else None


def by_code(db: sqlite_utils.Database, code: str) -> DocumentRow | None:
    found = db.execute(f"SELECT {_COLUMNS} FROM documents WHERE code = ?", [code]).fetchone()
    return _row(found) if found else None


def by_id(db: sqlite_utils.Database, row_id: int) -> DocumentRow | None:
    found = db.execute(f"SELECT {_COLUMNS} FROM documents WHERE id = ?", [row_id]).fetchone()
    return _row(found) if found else None


def latest_version(
    db: sqlite_utils.Database,
    doc_type: str,
    term: str,
    title: str,
    subject_table: str | None,
) -> DocumentRow | None:
    """The newest current numbered document of this kind: the same type, term, title
    and source table (the signed-off list of 2026, the minutes of one meeting…)."""
    cursor = db.execute(
        f"SELECT {_COLUMNS} FROM documents WHERE doc_type = ? AND term = ? AND title = ?"
        " AND subject_table IS ? AND number IS NOT NULL AND replaced_by IS NULL"
        " AND external = 0 ORDER BY id DESC LIMIT 1",
        [doc_type, term, title, subject_table],
    )
    found = cursor.fetchone()
    return _row(found) if found else None


def add_copy(
    db: sqlite_utils.Database, editor: Editor, document_id: int, printed_at: str, file_type: str
) -> int:
    return records.insert(
        db,
        editor,
        COPIES,
        {
            "document_id": document_id,
            "printed_at": printed_at,
            "printed_by": editor.name,
            "file_type": file_type,
        },
    )


def release_number(db: sqlite_utils.Database, document_id: int) -> None:
    """Take a document out of the unique number index for the moment its reissue is
    inserted under the same number (mark_replaced then names the reissue)."""
    db.execute("UPDATE documents SET replaced_by = id WHERE id = ?", [document_id])


def mark_replaced(
    db: sqlite_utils.Database, editor: Editor, document_id: int, replaced_by: int
) -> None:
    records.update(db, editor, TABLE, document_id, {"replaced_by": replaced_by})


def insert(
    db: sqlite_utils.Database,
    editor: Editor,
    *,
    doc_type: str,
    number: int | None,
    term: str,
    year: int | None,
    title: str,
    created_at: str,
    printed_on: dt.date,
    content_hash: str,
    code: str,
    subject_table: str | None,
    subject_ids: Sequence[int],
    external: bool = False,
) -> int:
    return records.insert(
        db,
        editor,
        TABLE,
        {
            "doc_type": doc_type,
            "number": number,
            "term": term,
            "year": year,
            "title": title,
            "created_at": created_at,
            "created_by": editor.name,
            "printed_on": printed_on.isoformat(),
            "content_hash": content_hash,
            "code": code,
            "subject_table": subject_table,
            "subject_ids": json.dumps(list(subject_ids)) if subject_ids else None,
            "external": 1 if external else 0,
        },
    )


def list_documents(
    db: sqlite_utils.Database, doc_type: str | None = None, year: int | None = None
) -> list[DocumentRow]:
    where: list[str] = []
    params: list[object] = []
    if doc_type is not None:
        where.append("doc_type = ?")
        params.append(doc_type)
    if year is not None:
        where.append("year = ?")
        params.append(year)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    cursor = db.execute(f"SELECT {_COLUMNS} FROM documents{clause} ORDER BY id", params)
    return [_row(r) for r in cursor.fetchall()]


def _row(values: Sequence[object]) -> DocumentRow:
    ids = json.loads(str(values[11])) if values[11] else []
    return DocumentRow(
        id=int(str(values[0])),
        doc_type=str(values[1]),
        number=None if values[2] is None else int(str(values[2])),
        term=str(values[3]),
        year=None if values[4] is None else int(str(values[4])),
        title=str(values[5]),
        created_at=str(values[6]),
        created_by=None if values[7] is None else str(values[7]),
        content_hash=str(values[8]),
        code=str(values[9]),
        subject_table=None if values[10] is None else str(values[10]),
        subject_ids=tuple(int(i) for i in ids),
        printed_on=dt.date.fromisoformat(str(values[12] or values[6])[:10]),
        replaced_by=None if values[13] is None else int(str(values[13])),
        external=bool(values[14]),
        copies=int(str(values[15] or 0)),
    )
