"""A changed copy of a frozen dataclass, for the records edited field by field
(evaluations, plans): `dataclasses.replace` checks and passes every field through
`__init__` again, which an evaluation save pays a dozen times. For a class with no
`__post_init__` and every field set by `__init__`, copying the fields and setting the
changed ones makes the same object."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")


def with_changes(record: T, changes: dict[str, Any]) -> T:
    """`dataclasses.replace(record, **changes)` for a plain frozen dataclass."""
    names = type(record).__dataclass_fields__  # type: ignore[attr-defined]
    unknown = [name for name in changes if name not in names]
    if unknown:
        raise TypeError(f"{type(record).__name__} has no field {unknown[0]!r}")
    copy = object.__new__(type(record))
    state = copy.__dict__
    state.update(record.__dict__)
    state.update(changes)
    return copy


def plain(cls: type[T]) -> type[T]:
    """`cls`, checked to be a dataclass `with_changes` copies faithfully."""
    assert is_dataclass(cls) and not hasattr(cls, "__post_init__"), cls
    assert all(f.init for f in fields(cls)) and not hasattr(cls, "__slots__"), cls
    return cls
