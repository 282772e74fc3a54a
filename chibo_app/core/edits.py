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

from chibo_app.core.messages import Label, Message, msg
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
    user changed too, which saving anyway would overwrite. `lines`: what happened, then
    what saving anyway does, as messages (str(error): the two Vietnamese sentences, one a
    line).
    """

    def __init__(self, what: Message, check: EditCheck, labels: Mapping[str, str]) -> None:
        self.theirs = [labels.get(f, f) for f in check.theirs]
        self.clashes = [labels.get(f, f) for f in check.clashes]
        changed = msg(
            "{what} vừa được sửa ở nơi khác sau khi đồng chí mở ra (đã đổi: {fields}); chưa "
            "có gì được ghi.",
            what=what,
            fields=_listed(self.theirs),
        )
        if self.clashes:
            advice = msg(
                "Đồng chí cũng đã sửa {fields}: nếu vẫn lưu, nội dung đồng chí nhập sẽ thay cho "
                "thay đổi kia; các mục khác được giữ như ở nơi khác đã sửa.",
                fields=_listed(self.clashes),
            )
        else:
            advice = msg(
                "Nếu vẫn lưu, chỉ những mục đồng chí đã sửa được ghi; các thay đổi kia được giữ."
            )
        self.lines = (changed, advice)
        super().__init__(changed)

    def __str__(self) -> str:
        return "\n".join(map(str, self.lines))


def _listed(labels: Sequence[str]) -> Message | Label | str:
    """'Điện thoại, Ghi chú': the field labels, each in the reader's language."""
    if not labels:
        return ""
    text: Message | Label = Label(labels[0])
    for label in labels[1:]:
        text = msg("{text}, {more}", text=text, more=Label(label))
    return text
