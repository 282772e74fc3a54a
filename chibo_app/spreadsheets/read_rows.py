"""The rows of a member list as read: a column per field for the import, a RawRow per row
for anyone asking one at a time.

A list of 5,000 is mostly ordinary rows (a name and other values, nothing merged, no
heading's unit): the reader keeps their values as they come, a tuple per row, and the
import takes them a column at a time; a RawRow is made only for the rows read one by one
(merged cells, headings, Nam|Nữ sub-columns) and when a row is asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload


@dataclass(slots=True)  # 5,000 of them in a list: made a third faster
class RawRow:
    row_number: int  # 1-based Excel row
    # field -> str (core.text.clean'ed: the import takes it as it is) or raw date/number
    values: dict[str, object]
    sex_from_layout: str | None = None  # "Nam"/"Nữ" when a Nam|Nữ sub-column says so
    heading: str | None = None  # the kind heading over the row ("II. QUẦN CHÚNG")
    # Every cell of the row as the file holds it (legacy text not yet decoded: `cell_text`
    # does it), for writing a row that cannot be imported back out whole.
    cells: tuple[object, ...] = ()


class ReadRows(Sequence[RawRow]):
    """The rows read, in order. `fields` name the values of an ordinary row (added with
    `add`); a row read whole (`add_whole`) may hold a field more (a birth date from a
    Nam|Nữ sub-column, a heading's unit)."""

    def __init__(self, fields: Sequence[str]) -> None:
        self.fields = tuple(fields)
        self.row_numbers: list[int] = []
        self.headings: list[str | None] = []
        self.cells: list[tuple[object, ...]] = []
        self._values: list[tuple[object, ...]] = []  # in the order of `fields`
        self._whole: dict[int, RawRow] = {}  # index -> a row read whole

    def add(
        self,
        row_number: int,
        values: tuple[object, ...],
        heading: str | None,
        cells: tuple[object, ...],
    ) -> None:
        """An ordinary row: `values` in the order of `fields`."""
        self.row_numbers.append(row_number)
        self._values.append(values)
        self.headings.append(heading)
        self.cells.append(cells)

    def add_whole(self, row: RawRow) -> None:
        self._whole[len(self._values)] = row
        self.add(
            row.row_number, tuple(row.values.get(f) for f in self.fields), row.heading, row.cells
        )

    def columns(self) -> dict[str, list[object]]:
        """field -> its value in each row (None where a row has none): every field any row
        holds, none when there are no rows."""
        if not self._values:
            return {}
        found = dict(zip(self.fields, map(list, zip(*self._values, strict=True)), strict=True))
        for row in self._whole.values():
            for name in row.values.keys() - found.keys():
                found[name] = [
                    whole.values.get(name) if (whole := self._whole.get(i)) else None
                    for i in range(len(self._values))
                ]
        return found

    def layout_sexes(self) -> list[str | None]:
        """Each row's sex_from_layout."""
        sexes: list[str | None] = [None] * len(self._values)
        for i, row in self._whole.items():
            sexes[i] = row.sex_from_layout
        return sexes

    def values(self, index: int) -> dict[str, object]:
        """RawRow.values of row `index`."""
        whole = self._whole.get(index)
        if whole is not None:
            return whole.values
        return dict(zip(self.fields, self._values[index], strict=True))

    def __len__(self) -> int:
        return len(self._values)

    @overload
    def __getitem__(self, index: int) -> RawRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[RawRow]: ...

    def __getitem__(self, index: int | slice) -> RawRow | list[RawRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        whole = self._whole.get(index)
        if whole is not None:
            return whole
        return RawRow(
            row_number=self.row_numbers[index],  # IndexError past the end, as a list
            values=self.values(index),
            heading=self.headings[index],
            cells=self.cells[index],
        )

    def __iter__(self) -> Iterator[RawRow]:
        for index in range(len(self)):
            yield self[index]

    def __eq__(self, other: object) -> bool:
        """The same rows (as a list of RawRow would compare)."""
        if isinstance(other, ReadRows | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, as a list

    def __repr__(self) -> str:
        return f"ReadRows({list(self)!r})"
