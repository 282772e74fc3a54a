"""Quota rules for nominations: how many each unit and the whole cell must register.

Seed 003: each unit (phòng, đơn vị, tổ chức đoàn thể) at least one collective and two
individuals; seed 001: the cell at least one exemplary individual a year. The rules
are data (kept per year, editable); a rule of 0 asks for nothing.

What a unit lacks and what the rules want are messages (core/messages.py), counted with
plural forms in translation ("thiếu 1 tập thể, 2 cá nhân" → "short of 1 collective, 2
individuals"); str() is the Vietnamese the papers and the package's text column keep.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

from chibo_app.core.messages import Message, Problems, msg, plural_msg
from chibo_app.core.nominations import Kind

CELL_LINE = "Toàn chi bộ"


@dataclass(frozen=True)
class QuotaRules:
    unit_collectives: int = 1
    unit_individuals: int = 2
    unit_models: int = 0
    cell_collectives: int = 0
    cell_individuals: int = 1
    cell_models: int = 0

    @classmethod
    def keys(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def describe(self) -> Message:
        """ "mỗi đơn vị ≥ 1 tập thể, ≥ 2 cá nhân; chi bộ ≥ 1 cá nhân"."""
        unit = _wanted(self.unit_collectives, self.unit_individuals, self.unit_models)
        cell = _wanted(self.cell_collectives, self.cell_individuals, self.cell_models)
        if unit and cell:
            return msg("mỗi đơn vị {unit}; chi bộ {cell}", unit=unit, cell=cell)
        if unit:
            return msg("mỗi đơn vị {unit}", unit=unit)
        if cell:
            return msg("chi bộ {cell}", cell=cell)
        return msg("không đặt chỉ tiêu")


RULE_LABELS = {
    "unit_collectives": "Mỗi đơn vị: số tập thể tối thiểu",
    "unit_individuals": "Mỗi đơn vị: số cá nhân tối thiểu",
    "unit_models": "Mỗi đơn vị: số mô hình tối thiểu",
    "cell_collectives": "Toàn chi bộ: số tập thể tối thiểu",
    "cell_individuals": "Toàn chi bộ: số cá nhân tối thiểu",
    "cell_models": "Toàn chi bộ: số mô hình tối thiểu",
}


def counted(collectives: int, individuals: int, models: int) -> list[Message]:
    """'1 tập thể', '2 cá nhân', '1 mô hình' for the counts above 0."""
    found = []
    if collectives > 0:
        found.append(plural_msg("{count} tập thể", count=collectives))
    if individuals > 0:
        found.append(plural_msg("{count} cá nhân", count=individuals))
    if models > 0:
        found.append(plural_msg("{count} mô hình", count=models))
    return found


def joined(items: list[Message]) -> Message | None:
    """'a, b, c' as one message (None for none)."""
    if not items:
        return None
    text = items[0]
    for more in items[1:]:
        text = msg("{text}, {more}", text=text, more=more)
    return text


def _wanted(collectives: int, individuals: int, models: int) -> Message | None:
    """'≥ 1 tập thể, ≥ 2 cá nhân'."""
    items = counted(collectives, individuals, models)
    return joined([msg("≥ {what}", what=item) for item in items])


def validate_rules(values: dict[str, object]) -> Problems:
    problems: Problems = {}
    for key, value in values.items():
        if key not in RULE_LABELS:
            problems[key] = msg("Không có chỉ tiêu “{key}”.", key=key)
        elif not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 99:
            problems[key] = msg("{rule}: cần một số từ 0 đến 99.", rule=RULE_LABELS[key])
    return problems


@dataclass(frozen=True)
class QuotaLine:
    unit: str  # a unit's name, or CELL_LINE
    collectives: int
    individuals: int
    models: int
    required: tuple[int, int, int]  # collectives, individuals, models

    @property
    def short(self) -> tuple[int, int, int]:
        have = (self.collectives, self.individuals, self.models)
        return tuple(max(0, need - got) for need, got in zip(self.required, have, strict=True))  # type: ignore[return-value]

    @property
    def short_by(self) -> int:
        return sum(self.short)

    def short_text(self) -> Message | str:
        """ "thiếu 1 tập thể, 2 cá nhân", or '' when nothing is lacking."""
        lacking = joined(counted(*self.short))
        return msg("thiếu {what}", what=lacking) if lacking is not None else ""

    def unit_short_text(self) -> Message | str:
        """ "Phòng A: thiếu 1 tập thể", or '' (the overview's and the package's line)."""
        short = self.short_text()
        return msg("{unit}: {short}", unit=self.unit, short=short) if short else ""

    def required_text(self) -> Message | str:
        return _wanted(*self.required) or "—"


def check_quotas(
    rules: QuotaRules,
    units: Iterable[str],
    nominations: Iterable[tuple[Kind, str | None]],
) -> list[QuotaLine]:
    """One line per unit (in the order given) and a last line for the whole cell.

    `nominations` are (kind, unit name) of the nominations that count (not refused).
    """
    counts: dict[str | None, dict[Kind, int]] = {}
    total = {kind: 0 for kind in Kind}
    for kind, unit in nominations:
        counts.setdefault(unit, {k: 0 for k in Kind})[kind] += 1
        total[kind] += 1
    unit_need = (rules.unit_collectives, rules.unit_individuals, rules.unit_models)
    lines = []
    for unit in units:
        have = counts.get(unit, {k: 0 for k in Kind})
        lines.append(
            QuotaLine(
                unit, have[Kind.COLLECTIVE], have[Kind.INDIVIDUAL], have[Kind.MODEL], unit_need
            )
        )
    lines.append(
        QuotaLine(
            CELL_LINE,
            total[Kind.COLLECTIVE],
            total[Kind.INDIVIDUAL],
            total[Kind.MODEL],
            (rules.cell_collectives, rules.cell_individuals, rules.cell_models),
        )
    )
    return lines
