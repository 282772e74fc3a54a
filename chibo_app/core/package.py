"""The package a chi bộ sends up to its đảng ủy (gói dữ liệu gửi cấp trên), as data.

A package is one SQLite file (storage.package_file writes and reads it; docs/
package-format.md documents it for anyone opening it with another SQL tool). This module
owns its shape — the tables, their columns and which part each belongs to — and the
checksum over its content, so the writer, the reader and the đảng ủy's import agree.

The parts are what a cell sends at different times of the year: the nominations list
(by 15/3), the plans (Q1), the year report (by 20/10) and the classification results
(December). A package holds one part or all of them; the tables of the parts it does
not hold are present and empty, so every package has the same schema.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from chibo_app.core.messages import Message, msg
from chibo_app.errors import ChiboError

FORMAT = "chibo-package"
SCHEMA_VERSION = 2  # PRAGMA user_version of the file; a newer one is refused
APPLICATION_ID = 0x43484250  # 'CHBP' (the cell's database is 'CHB1')
SUFFIX = ".chibo"

# Bounds against a crafted file: a real cell sends tens of rows per table.
MAX_ROWS = 100_000
MAX_TEXT = 200_000  # characters in one value (the year report's figures are ~10,000)


class PackageError(ChiboError):
    """A package that cannot be read or used. Raised by the checks here with what is
    wrong ("có dữ liệu không hợp lệ …"); storage.package_file says it of the file, in one
    sentence naming it."""


class Part(StrEnum):
    NOMINATIONS = "nominations"
    PLANS = "plans"
    EVALUATION = "evaluation"
    REPORT = "report"


PARTS = tuple(Part)
PART_LABELS = {
    Part.NOMINATIONS: "Danh sách đăng ký điển hình",
    Part.PLANS: "Kế hoạch cá nhân",
    Part.EVALUATION: "Kết quả đánh giá, xếp loại",
    Part.REPORT: "Báo cáo kết quả năm",
}
# The year's deadline (services.years keys) each part is sent up for.
PART_DEADLINES = {
    Part.NOMINATIONS: "nominations_due",
    Part.PLANS: "plans_due",
    Part.REPORT: "report_due",
    Part.EVALUATION: "evaluation_due",
}


def parse_parts(text: str) -> tuple[Part, ...]:
    """'all' or one part's name → the parts, in PARTS order."""
    if text == "all":
        return PARTS
    try:
        return (Part(text),)
    except ValueError:
        names = ", ".join([*PARTS, "all"])
        raise ChiboError(
            msg("Không có phần “{part}”; chọn một trong: {names}.", part=text, names=names)
        ) from None


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "TEXT"  # TEXT, INTEGER or REAL
    required: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # the primary key: rows are ordered and compared by it
    part: Part | None  # None: every package (meta, documents)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def rowid_key(self) -> bool:
        """One INTEGER key column: SQLite makes it the rowid (no index of its own)."""
        kinds = {c.name: c.kind for c in self.columns}
        return len(self.key) == 1 and kinds[self.key[0]] == "INTEGER"

    def normalise(self, row: Row) -> Row:
        """A row as SQLite gives it back: REAL columns hold floats (90 reads as 90.0)."""
        return tuple(
            float(v) if c.kind == "REAL" and isinstance(v, int) else v
            for c, v in zip(self.columns, row, strict=True)
        )

    def create_sql(self) -> str:
        """The exact statement the writer runs; the reader refuses any other schema."""
        parts = [f"{c.name} {c.kind}{' NOT NULL' if c.required else ''}" for c in self.columns]
        parts.append(f"PRIMARY KEY ({', '.join(self.key)})")
        return f"CREATE TABLE {self.name} ({', '.join(parts)})"


def _text(name: str, required: bool = False) -> Column:
    return Column(name, "TEXT", required)


def _int(name: str, required: bool = False) -> Column:
    return Column(name, "INTEGER", required)


def _real(name: str) -> Column:
    return Column(name, "REAL")


# Who a row is about, as far as the lists need it: never a birth date, a party card or a
# history. `kind` is full / probationary / non_party, so đảng viên and quần chúng are
# counted apart wherever the rows go.
_PERSON = (
    _text("full_name", True),
    _text("kind", True),
    _text("unit"),
    _text("party_position"),
    _text("government_position"),
)

META = Table("meta", (_text("key", True), _text("value", True)), ("key",), None)
TABLES: tuple[Table, ...] = (
    META,
    Table(
        "documents",  # the register entries of what the package summarises
        (
            _text("code", True),
            _text("part", True),
            _text("doc_type", True),
            _int("number"),
            _text("number_text"),
            _text("title", True),
            _text("printed_on", True),
        ),
        ("code",),
        None,
    ),
    Table(
        "nominations",  # the rows of the cell's list for the superior, as printed
        (
            _int("nomination_id", True),
            _text("kind", True),  # collective, individual, model
            _int("person_id"),
            _text("name", True),
            _text("position"),
            _text("unit"),
            _text("field"),
            _text("title"),
            _text("content"),
            _text("notes"),
            _text("status", True),
            _text("registered_on"),
            _text("commended_on"),
            _text("award_form"),
            _text("award_level"),
        ),
        ("nomination_id",),
        Part.NOMINATIONS,
    ),
    Table(
        "nomination_quotas",  # units short of their quota (each unit ≥ 1 collective …)
        (
            _int("position", True),
            _text("unit", True),
            _int("short_by", True),
            _text("text"),  # the Vietnamese sentence
            _text("message"),  # the same as a message by id and values (format 2)
        ),
        ("position",),
        Part.NOMINATIONS,
    ),
    Table(
        "plans",
        (
            _int("person_id", True),
            *_PERSON,
            _text("status", True),
            _text("submitted_on"),
            _text("confirmed_on"),
        ),
        ("person_id",),
        Part.PLANS,
    ),
    Table(
        "evaluations",  # the three steps of 366-QĐ/TW Điều 12 per person
        (
            _int("person_id", True),
            *_PERSON,
            _text("frame"),
            _text("status", True),
            _text("self_level"),
            _real("self_score"),
            _real("score"),
            _text("proposed"),
            _text("cell_level"),
            _int("votes_for"),
            _int("votes_against"),
            _int("voters"),
            _text("decided_level"),
            _text("decided_by"),
            _text("final_level"),
            _text("exempt_reason"),
        ),
        ("person_id",),
        Part.EVALUATION,
    ),
    Table(
        "levels",  # the classification levels of the cell's rule set, top down
        (_int("position", True), _text("code", True), _text("label", True)),
        ("position",),
        Part.EVALUATION,
    ),
    Table(
        "report",  # 'figures': the JSON of `chibo report --json`; the narrative sections
        (_text("key", True), _text("value", True)),
        ("key",),
        Part.REPORT,
    ),
)
TABLES_BY_NAME = {t.name: t for t in TABLES}

# The columns each format added, always at the end of their table. A package of an older
# format is read as written (its schema and checksum are that format's) and its rows are
# kept so; Package.rows gives the added columns as None.
ADDED_COLUMNS = {2: {"nomination_quotas": ("message",)}}


def tables_of(version: int) -> tuple[Table, ...]:
    """The tables of the package format `version` (1 … SCHEMA_VERSION)."""
    dropped = {
        table: set(names)
        for added_in, tables in ADDED_COLUMNS.items()
        if added_in > version
        for table, names in tables.items()
    }
    return tuple(
        Table(
            t.name,
            tuple(c for c in t.columns if c.name not in dropped.get(t.name, ())),
            t.key,
            t.part,
        )
        if t.name in dropped
        else t
        for t in TABLES
    )


def as_dict(table: Table, row: Sequence[Any]) -> dict[str, Any]:
    """A row by column name, a column an older format did not have as None."""
    names = table.column_names
    if len(row) > len(names):
        raise ValueError(f"{table.name}: {len(row)} values for {len(names)} columns")
    return dict(zip(names, [*row, *[None] * (len(names) - len(row))], strict=True))


# meta keys every package has
META_KEYS = (
    "format",
    "schema_version",
    "app_version",
    "created_at",
    "sequence",
    "cell_uid",
    "cell_name",
    "superior",
    "place",
    "secretary",
    "symbol",
    "term",
    "year",
    "parts",
    "checksum",
)
KINDS = frozenset({"full", "probationary", "non_party"})
NOMINATION_KINDS = frozenset({"collective", "individual", "model"})
REPORT_KEYS = ("figures", "results", "shortcomings", "lessons", "directions", "narrative")

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Package:
    """A package's content: its meta values and each table's rows in key order."""

    meta: Mapping[str, str]
    tables: Mapping[str, Sequence[Row]]

    @property
    def year(self) -> int:
        return int(self.meta["year"])

    @property
    def parts(self) -> tuple[Part, ...]:
        return tuple(Part(p) for p in self.meta["parts"].split(",") if p)

    @property
    def cell_uid(self) -> str:
        return self.meta["cell_uid"]

    @property
    def cell_name(self) -> str:
        return self.meta["cell_name"]

    @property
    def created_at(self) -> str:
        return self.meta["created_at"]

    @property
    def checksum(self) -> str:
        return self.meta["checksum"]

    @property
    def sequence(self) -> int:
        """The cell's number for this package: 1 for its first, then 2, 3 …"""
        return int(self.meta["sequence"])

    @property
    def order(self) -> tuple[int, str]:
        """Which of two packages of a cell is newer: its number, then when it was made (a
        cell's clock may be wrong; its counter goes back only with a restored backup)."""
        return (self.sequence, self.created_at)

    def rows(self, table: str) -> list[dict[str, Any]]:
        shape = TABLES_BY_NAME[table]
        return [as_dict(shape, row) for row in self.tables.get(table, ())]

    def part_content(self, part: Part) -> dict[str, Any]:
        """What the đảng ủy keeps of one part: its tables and its documents, as JSON."""
        content: dict[str, Any] = {}
        for table in TABLES:
            if table.part == part:
                content[table.name] = [list(r) for r in self.tables.get(table.name, ())]
        part_index = TABLES_BY_NAME["documents"].column_names.index("part")
        content["documents"] = [
            list(r) for r in self.tables.get("documents", ()) if r[part_index] == str(part)
        ]
        return content


def sort_rows(table: Table, rows: Iterable[Row]) -> list[Row]:
    """Rows in primary-key order (the order the checksum reads them in)."""
    index = [table.column_names.index(k) for k in table.key]
    return sorted(rows, key=lambda r: tuple(_sortable(r[i]) for i in index))


def _sortable(value: object) -> tuple[int, object]:
    return (0, value) if isinstance(value, int | float) else (1, str(value))


def checksum(
    meta: Mapping[str, str], tables: Mapping[str, Sequence[Row]], version: int = SCHEMA_VERSION
) -> str:
    """SHA-256 (hex) over the content: every table of the format `version` in TABLES
    order, its name and columns, then its rows in key order, each a compact JSON array
    (NFC text); the meta table without its own 'checksum' row. docs/package-format.md
    spells it out for other tools."""
    digest = hashlib.sha256()
    for table in tables_of(version):
        if table is META:
            rows: Sequence[Row] = sorted((k, v) for k, v in meta.items() if k != "checksum")
        else:
            rows = sort_rows(table, tables.get(table.name, ()))
        digest.update(_line([table.name, list(table.column_names)]))
        for row in rows:
            digest.update(_line(list(row)))
    return digest.hexdigest()


def _line(values: list[Any]) -> bytes:
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return unicodedata.normalize("NFC", text).encode("utf-8") + b"\n"


def check_rows(table: Table, rows: Sequence[Row]) -> None:
    """PackageError unless every value has its column's type and bounds."""
    if len(rows) > MAX_ROWS:
        raise PackageError(msg("có quá nhiều dòng trong bảng {table}", table=table.name))
    for number, row in enumerate(rows, start=1):
        if len(row) != len(table.columns):
            raise _bad(table, number)
        for column, value in zip(table.columns, row, strict=True):
            if not _fits(column, value):
                raise _bad(table, number)
    if table.name in ("plans", "evaluations") and any(
        row[table.column_names.index("kind")] not in KINDS for row in rows
    ):
        raise PackageError(msg("có loại người không hợp lệ trong bảng {table}", table=table.name))
    if table.name == "nominations" and any(row[1] not in NOMINATION_KINDS for row in rows):
        raise PackageError(msg("có loại đăng ký điển hình không hợp lệ"))


def _fits(column: Column, value: object) -> bool:
    if value is None:
        return not column.required
    if column.kind == "TEXT":
        return isinstance(value, str) and len(value) <= MAX_TEXT
    if column.kind == "INTEGER":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, int | float) and not isinstance(value, bool)


def _bad(table: Table, number: int) -> PackageError:
    return PackageError(
        msg("có dữ liệu không hợp lệ (bảng {table}, dòng {row})", table=table.name, row=number)
    )


def check_meta(meta: Mapping[str, str]) -> None:
    """PackageError unless the meta values say what a package of this format says."""
    missing = [k for k in META_KEYS if not isinstance(meta.get(k), str)]
    if missing or meta.get("format") != FORMAT:
        raise PackageError(msg("không phải gói dữ liệu gửi cấp trên của Chi bộ"))
    if not meta["year"].isdigit() or not 1990 <= int(meta["year"]) <= 2200:
        raise PackageError(msg("ghi năm không hợp lệ"))
    if not meta["sequence"].isdigit() or len(meta["sequence"]) > 9:
        raise PackageError(msg("ghi số thứ tự không hợp lệ"))
    parts = meta["parts"].split(",")
    if not parts or any(p not in {str(x) for x in PARTS} for p in parts):
        raise PackageError(msg("ghi phần dữ liệu không hợp lệ"))
    uid = meta["cell_uid"]
    if not (8 <= len(uid) <= 64 and all(ch in "0123456789abcdef" for ch in uid)):
        raise PackageError(msg("không ghi rõ mã chi bộ gửi"))
    if not meta["cell_name"].strip():
        raise PackageError(msg("không ghi tên chi bộ gửi"))


def part_summary(package: Package, part: Part) -> Message:
    """What one part holds, e.g. '7/15 kế hoạch đã xác nhận, 1 văn bản đã in'."""
    documents = sum(1 for d in package.rows("documents") if d["part"] == part)
    register: Message | str = msg(", {count} văn bản đã in", count=documents) if documents else ""
    if part == Part.NOMINATIONS:
        count = len(package.rows("nominations"))
        return msg("{count} đăng ký{register}", count=count, register=register)
    if part == Part.PLANS:
        rows = package.rows("plans")
        confirmed = sum(1 for r in rows if r["status"] == "confirmed")
        return msg(
            "{done}/{total} kế hoạch đã xác nhận{register}",
            done=confirmed,
            total=len(rows),
            register=register,
        )
    if part == Part.EVALUATION:
        rows = package.rows("evaluations")
        done = sum(1 for r in rows if r["final_level"])
        return msg(
            "{done}/{total} người đã xếp loại{register}",
            done=done,
            total=len(rows),
            register=register,
        )
    report = {r["key"]: r["value"] for r in package.rows("report")}
    figures: dict[str, Any] = json.loads(report.get("figures", "{}"))
    people = figures.get("people", {})
    as_of = str(figures.get("as_of", ""))
    day = f"{as_of[8:10]}/{as_of[5:7]}/{as_of[:4]}" if len(as_of) >= 10 else as_of
    return msg(
        "số liệu đến ngày {day}, {members} đảng viên{register}",
        day=day,
        members=people.get("party_members", 0),
        register=register,
    )
