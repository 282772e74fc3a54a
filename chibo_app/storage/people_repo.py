"""Queries over people and their positions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlite_utils

from chibo_app.core.people import Kind, PersonFact, PersonRowView, Position, PositionKind, Status

# A position is current when it started on or before today and has not ended;
# comparing with a prefix of today keeps year- and month-only dates ('2019', '2019-01')
# right, and a quarter ('2019-Q1', core.dates) is compared with today's quarter.
_TODAY_AS = """CASE WHEN {column} GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'
    THEN substr(:today, 1, 5) || 'Q' || ((CAST(substr(:today, 6, 2) AS INTEGER) + 2) / 3)
    ELSE substr(:today, 1, length({column})) END"""
_CURRENT_TITLES = f"""
    (SELECT group_concat(title, '; ') FROM (
        SELECT title FROM positions
        WHERE person_id = p.id AND kind = '{{kind}}'
          AND (start_date IS NULL OR start_date <= {_TODAY_AS.format(column="start_date")})
          AND (end_date IS NULL OR end_date >= {_TODAY_AS.format(column="end_date")})
        ORDER BY start_date))
"""

_ROWS_SQL = f"""
SELECT p.id, p.full_name, p.sex, p.birth_date, p.kind, p.party_card, p.admitted_on,
       p.full_member_on, u.name, {_CURRENT_TITLES.format(kind="party")},
       {_CURRENT_TITLES.format(kind="government")}, p.status, p.phone, p.email
FROM people p LEFT JOIN units u ON u.id = p.unit_id
"""


def person_rows(
    db: sqlite_utils.Database, today: str, person_id: int | None = None
) -> list[PersonRowView]:
    sql = _ROWS_SQL + (" WHERE p.id = :id" if person_id is not None else "")
    cursor = db.execute(sql, {"today": today, "id": person_id})
    return [
        PersonRowView(
            id=r[0],
            full_name=r[1],
            sex=r[2],
            birth_date=r[3],
            kind=Kind(r[4]),
            party_card=r[5],
            admitted_on=r[6],
            full_member_on=r[7],
            unit=r[8],
            party_position=r[9],
            government_position=r[10],
            status=Status(r[11]),
            phone=r[12],
            email=r[13],
        )
        for r in cursor.fetchall()
    ]


def match_keys(db: sqlite_utils.Database) -> list[tuple[int, str, str | None, str | None]]:
    """(id, full name, birth date, party card) of everyone: what an import matches on."""
    cursor = db.execute("SELECT id, full_name, birth_date, party_card FROM people")
    return [(int(i), str(name), birth, card) for i, name, birth, card in cursor]


def count(db: sqlite_utils.Database) -> int:
    """Everyone in the register, whatever their status."""
    return int(db.execute("SELECT count(*) FROM people").fetchone()[0])


def person_facts(db: sqlite_utils.Database, person_id: int | None = None) -> list[PersonFact]:
    """What membership on a given day depends on, for everyone (rolls, the report) or
    for one person."""
    where, args = ("WHERE id = ?", [person_id]) if person_id is not None else ("", [])
    cursor = db.execute(
        "SELECT id, kind, status, status_date, admitted_on, full_member_on FROM people"
        f" {where} ORDER BY id",
        args,
    )
    return [PersonFact(*row) for row in cursor]


def names(
    db: sqlite_utils.Database, ids: Sequence[int] = (), *, active: bool = True
) -> dict[int, str]:
    """{id: full name} of `ids` and, with `active`, of everyone still in the cell."""
    marks = ", ".join("?" for _ in ids) or "NULL"
    where = f"id IN ({marks})" + (" OR status = 'active'" if active else "")
    cursor = db.execute(f"SELECT id, full_name FROM people WHERE {where}", list(ids))
    return {int(i): str(name) for i, name in cursor}


def active_by_unit(db: sqlite_utils.Database) -> dict[int | None, list[int]]:
    """unit id (None: no unit) → ids of the people still in the cell, in id order."""
    found: dict[int | None, list[int]] = {}
    for person_id, unit_id in db.execute(
        "SELECT id, unit_id FROM people WHERE status = 'active' ORDER BY id"
    ):
        found.setdefault(unit_id, []).append(person_id)
    return found


def person_with_card(db: sqlite_utils.Database, card: str) -> int | None:
    row = db.execute("SELECT id FROM people WHERE party_card = ?", [card]).fetchone()
    return row[0] if row else None


def references_to_person(db: sqlite_utils.Database, person_id: int) -> list[str]:
    """Names of the records that point at this person (beyond own positions)."""
    found = []
    for table, column, label in PERSON_REFERENCES:
        if table in db.table_names():
            count = db.execute(
                f"SELECT count(*) FROM [{table}] WHERE [{column}] = ?", [person_id]
            ).fetchone()[0]
            if count:
                found.append(f"{count} {label}")
    return found


# (table, column, Vietnamese label) — extended as plans, nominations and meetings land.
PERSON_REFERENCES: list[tuple[str, str, str]] = [
    ("plans", "person_id", "kế hoạch cá nhân"),
    ("nominations", "person_id", "đăng ký điển hình"),
    ("attendance", "person_id", "lần điểm danh"),
    ("evaluations", "person_id", "đánh giá, xếp loại"),
]


def non_party_ids(db: sqlite_utils.Database, ids: Iterable[int]) -> set[int]:
    """Those of `ids` who are quần chúng (not party members)."""
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    marks = ", ".join("?" for _ in wanted)
    cursor = db.execute(
        f"SELECT id FROM people WHERE kind = 'non_party' AND id IN ({marks})",  # noqa: S608
        wanted,
    )
    return {row[0] for row in cursor}


def membership(db: sqlite_utils.Database, person_id: int) -> PersonFact | None:
    """What kind_at and the exemption rules read of one person."""
    row = db.execute(
        "SELECT id, kind, status, status_date, admitted_on, full_member_on FROM people"
        " WHERE id = ?",
        [person_id],
    ).fetchone()
    return PersonFact(*row) if row else None


def positions_of(db: sqlite_utils.Database, person_id: int) -> list[Position]:
    cursor = db.execute(
        "SELECT id, person_id, kind, title, start_date, end_date FROM positions"
        " WHERE person_id = ? ORDER BY kind, coalesce(start_date, ''), id",
        [person_id],
    )
    return [
        Position(id=i, person_id=p, kind=PositionKind(k), title=t, start_date=s, end_date=e)
        for i, p, k, t, s, e in cursor
    ]
