"""An edit saved over a record that someone else may have changed since it was loaded.

An editor keeps the record as it loaded it. At save time three versions meet: what was
loaded, what the user made of it, and what is stored now (another window's import or a
command may have saved in between). Only the fields the user changed are written, on
top of what is stored; fields changed elsewhere since the load are named, so the user
is asked before saving — and their changes to other fields are never reverted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from chibo_app.errors import ChiboError

T = TypeVar("T")


@dataclass(frozen=True)
class EditCheck:
    mine: tuple[str, ...]  # fields the user changed
    theirs: tuple[str, ...]  # fields changed elsewhere since the editor loaded the record

    @property
    def clashes(self) -> tuple[str, ...]:
        return tuple(f for f in self.mine if f in self.theirs)


def check_edit(loaded: Any, edited: Any, stored: Any, fields: Sequence[str]) -> EditCheck:
    """Which of `fields` the user changed, and which changed elsewhere meanwhile."""
    return EditCheck(
        mine=tuple(f for f in fields if getattr(edited, f) != getattr(loaded, f)),
        theirs=tuple(f for f in fields if getattr(stored, f) != getattr(loaded, f)),
    )


def rebased(stored: T, edited: T, fields: Sequence[str]) -> T:
    """The stored record with the user's `fields` taken from `edited`."""
    return replace(stored, **{f: getattr(edited, f) for f in fields})  # type: ignore[type-var]


class ChangedElsewhere(ChiboError):
    """The record was changed elsewhere after the editor loaded it. Nothing was written.

    `theirs` names the changed fields (Vietnamese labels); `clashes` those of them the
    user changed too, which saving anyway would overwrite.
    """

    def __init__(self, what: str, check: EditCheck, labels: Mapping[str, str]) -> None:
        self.theirs = [labels.get(f, f) for f in check.theirs]
        self.clashes = [labels.get(f, f) for f in check.clashes]
        lines = [
            f"{what} vừa được sửa ở nơi khác sau khi đồng chí mở ra (đã đổi: "
            f"{', '.join(self.theirs)}); chưa có gì được ghi."
        ]
        if self.clashes:
            lines.append(
                f"Đồng chí cũng đã sửa {', '.join(self.clashes)}: nếu vẫn lưu, nội dung đồng "
                "chí nhập sẽ thay cho thay đổi kia; các mục khác được giữ như ở nơi khác đã sửa."
            )
        else:
            lines.append(
                "Nếu vẫn lưu, chỉ những mục đồng chí đã sửa được ghi; các thay đổi kia được giữ."
            )
        text = "\n".join(lines)  # one sentence a line: each is translated on its own
        super().__init__(text)
