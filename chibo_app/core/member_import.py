"""Import of a member list: the preview the user confirms before anything is written."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import overload

from chibo_app.core.messages import Message
from chibo_app.core.people import Kind, Person


class RowStatus(StrEnum):
    NEW = "new"
    MATCHED = "matched"
    CONFLICT = "conflict"
    INVALID = "invalid"


ROW_STATUS_LABELS = {
    RowStatus.NEW: "Thêm mới",
    RowStatus.MATCHED: "Đã có",
    RowStatus.CONFLICT: "Cần xem lại",
    RowStatus.INVALID: "Không hợp lệ",
}


class Decision(StrEnum):
    """What to do with a conflicting row; the user chooses, never the app."""

    ADD_NEW = "add_new"
    MERGE = "merge"
    SKIP = "skip"


DECISION_LABELS = {
    Decision.ADD_NEW: "Thêm người mới",
    Decision.MERGE: "Cập nhật người đã có",
    Decision.SKIP: "Bỏ qua",
}

# Fields a column of the sheet can be mapped to, with their Vietnamese names.
IMPORT_FIELDS = {
    "full_name": "Họ và tên",
    "sex": "Giới tính",
    "birth_date": "Ngày sinh",
    "kind": "Loại (chính thức/dự bị)",
    "party_card": "Số thẻ đảng viên",
    "admitted_on": "Ngày vào Đảng",
    "full_member_on": "Ngày chính thức",
    "unit": "Đơn vị",
    "party_position": "Chức vụ đảng",
    "government_position": "Chức vụ chính quyền, đoàn thể",
    "phone": "Điện thoại",
    "email": "Email",
    "notes": "Ghi chú",
}


@dataclass
class ImportRow:
    row_number: int
    status: RowStatus
    reasons: list[Message | str]
    person: Person
    unit: str | None = None
    party_position: str | None = None
    government_position: str | None = None
    match_id: int | None = None
    match_name: str | None = None
    changes: list[Message] = field(default_factory=list)  # "Đơn vị: Văn phòng → Phòng Kế hoạch"
    raw: dict[str, str] = field(default_factory=dict)
    cells: tuple[object, ...] = ()  # every cell of the row as read (see RawRow.cells)
    # Where the kind comes from (core.member_kinds FROM_*), and whether the file said it
    # (a guess never overwrites the kind of someone already in the register).
    kind_source: Message | str = ""
    kind_sure: bool = True
    warnings: list[Message | str] = field(default_factory=list)  # shown, never blocking
    parse_reasons: list[Message | str] = field(default_factory=list)  # what reading the cells found

    @property
    def reason(self) -> str:
        return "; ".join(map(str, self.reasons))


class PreviewRows(Sequence[ImportRow]):
    """The rows of a preview, each built when first asked for.

    The import classifies every row from its columns (status known for all); the
    ImportRow and Person objects cost more than the classification itself, and a
    dialog shows a screenful of a 5,000-row list. A row once built is kept, so every
    reader sees the same object.
    """

    def __init__(
        self,
        statuses: list[RowStatus],
        kinds: list[Kind],
        build: Callable[[int], ImportRow],
        built: dict[int, ImportRow] | None = None,
    ) -> None:
        self._statuses = statuses
        self._kinds = kinds
        self._build = build
        self._built: list[ImportRow | None] = [None] * len(statuses)
        for index, row in (built or {}).items():  # those made whole while classifying
            self._built[index] = row

    def __len__(self) -> int:
        return len(self._statuses)

    @overload
    def __getitem__(self, index: int) -> ImportRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[ImportRow]: ...

    def __getitem__(self, index: int | slice) -> ImportRow | list[ImportRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        row = self._built[index]  # IndexError past the end, as a list
        if row is None:
            row = self._built[index] = self._build(index)
        return row

    def __iter__(self) -> Iterator[ImportRow]:
        for index in range(len(self._statuses)):
            yield self[index]

    def statuses(self) -> list[RowStatus]:
        """Each row's status, without building the rows not built yet."""
        return [
            s if row is None else row.status
            for s, row in zip(self._statuses, self._built, strict=True)
        ]

    def kinds(self) -> list[Kind]:
        """Each row's kind, without building the rows not built yet."""
        return [
            k if row is None else row.person.kind
            for k, row in zip(self._kinds, self._built, strict=True)
        ]


def row_statuses(rows: Sequence[ImportRow]) -> list[RowStatus]:
    if isinstance(rows, PreviewRows):
        return rows.statuses()
    return [row.status for row in rows]


def row_kinds(rows: Sequence[ImportRow]) -> list[Kind]:
    if isinstance(rows, PreviewRows):
        return rows.kinds()
    return [row.person.kind for row in rows]


@dataclass
class ImportPreview:
    file_name: str
    sheet_name: str
    header_row: int
    encoding: str | None
    columns: dict[str, int]
    labels: dict[int, str]
    signature: str
    rows: Sequence[ImportRow]  # a PreviewRows from the import: built when read
    # The columns the secretary set by hand, remembered for this header shape once the
    # import is written (a preview itself writes nothing).
    chosen_mapping: dict[str, int] | None = None

    def count(self, status: RowStatus) -> int:
        return row_statuses(self.rows).count(status)

    def counts(self) -> dict[RowStatus, int]:
        statuses = row_statuses(self.rows)
        return {s: statuses.count(s) for s in RowStatus}

    def kind_counts(self) -> dict[Kind, int]:
        kinds = row_kinds(self.rows)
        return {k: kinds.count(k) for k in Kind}

    @property
    def blocking_rows(self) -> list[ImportRow]:
        return [
            self.rows[i]
            for i, status in enumerate(row_statuses(self.rows))
            if status in (RowStatus.CONFLICT, RowStatus.INVALID)
        ]


@dataclass
class ImportResult:
    added: int
    updated: int
    skipped: int
