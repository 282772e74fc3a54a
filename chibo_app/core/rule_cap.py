"""The cap on "Hoàn thành xuất sắc nhiệm vụ" (Quy định 366-QĐ/TW Điều 11 k1.4).

Those rated excellent may be at most 20 % of those rated "Hoàn thành tốt nhiệm vụ"
(not of everyone), counted among people of like positions — here, the same criteria
frame (leaders, staff, members outside the political system) — and at most 25 % when
the competent level decides so for an outstanding unit (recorded by the cell). A check
is a statement, never a refusal: the competent level decides.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.rules import ALL, Definition, percent_text

_EPSILON = 1e-9


def allowed(share: float, base: int) -> int:
    """⌊share × base⌋: "không vượt quá" share of the base."""
    return math.floor(share * base + _EPSILON)


@dataclass(frozen=True)
class CapCheck:
    frame: str
    frame_label: str
    level_label: str  # "Hoàn thành xuất sắc nhiệm vụ"
    base_label: str  # "Hoàn thành tốt nhiệm vụ"
    count: int  # rated at the capped level
    base: int  # rated at the base level
    share: float  # the share applied (20 %, or 25 % exceptionally)
    exceptional: bool

    @property
    def allowed(self) -> int:
        return allowed(self.share, self.base)

    @property
    def over(self) -> bool:
        return self.count > self.allowed

    @property
    def text(self) -> Message:
        """'“Hoàn thành xuất sắc nhiệm vụ”: 7 người, vượt mức tối đa 1 người (20% của 6
        người “Hoàn thành tốt nhiệm vụ”; nhóm …; 366-QĐ/TW Điều 11 k1.4).' (a message:
        str() is the Vietnamese the list prints)."""
        share: Message | str = percent_text(self.share)
        if self.exceptional:
            share = msg("{share}, trường hợp đặc biệt do cấp có thẩm quyền quyết định", share=share)
        values: dict[str, object] = {
            "level": Label(self.level_label),
            "count": self.count,
            "allowed": self.allowed,
            "share": share,
            "base": self.base,
            "base_level": Label(self.base_label),
            "clause": msg("366-QĐ/TW Điều 11 k1.4"),
        }
        if self.frame == ALL:
            if self.over:
                return msg(
                    "“{level}”: {count} người, vượt mức tối đa {allowed} người ({share} của "
                    "{base} người “{base_level}”; {clause}).",
                    **values,
                )
            return msg(
                "“{level}”: {count} người, trong mức tối đa {allowed} người ({share} của "
                "{base} người “{base_level}”; {clause}).",
                **values,
            )
        group = Label(self.frame_label, lower=True)
        if self.over:
            return msg(
                "“{level}”: {count} người, vượt mức tối đa {allowed} người ({share} của "
                "{base} người “{base_level}”; nhóm {group}; {clause}).",
                group=group,
                **values,
            )
        return msg(
            "“{level}”: {count} người, trong mức tối đa {allowed} người ({share} của "
            "{base} người “{base_level}”; nhóm {group}; {clause}).",
            group=group,
            **values,
        )


def cap_checks(
    definition: Definition, rated: Iterable[tuple[str, str | None]], exceptional: bool = False
) -> list[CapCheck]:
    """One check per frame with anyone at the capped level. `rated`: (frame, level) of
    each person classified (level None: not yet); `exceptional`: the competent level
    allowed the higher share this year."""
    cap = definition.cap
    if cap is None:
        return []
    share = cap.exceptional_share if exceptional and cap.exceptional_share else cap.share
    counts: dict[str, list[int]] = {}
    for frame_code, level in rated:
        frame = definition.frame(frame_code).code
        tally = counts.setdefault(frame, [0, 0])
        if level == cap.level:
            tally[0] += 1
        elif level == cap.of:
            tally[1] += 1
    return [
        CapCheck(
            frame,
            definition.frame(frame).label,
            definition.label(cap.level),
            definition.label(cap.of),
            count,
            base,
            share,
            exceptional and cap.exceptional_share is not None,
        )
        for frame, (count, base) in counts.items()
        if count
    ]


def cap_warning(checks: list[CapCheck]) -> Message | None:
    """The checks that pass the cap, as one warning (None: within the cap)."""
    over = [c.text for c in checks if c.over]
    if not over:
        return None
    warning = over[0]
    for more in over[1:]:
        warning = msg("{text} {more}", text=warning, more=more)
    return warning
