"""Eligibility hints for a nominee: past classifications and this year's plan.

Classifications come as (year, code-or-label) pairs from wherever the evaluation of a
year is kept; the codes are those of Quy định 366-QĐ/TW's four grades.
"""

from __future__ import annotations

from collections.abc import Sequence

from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.plans import PlanStatus

GRADES = {
    "excellent": (4, "Hoàn thành xuất sắc nhiệm vụ"),
    "good": (3, "Hoàn thành tốt nhiệm vụ"),
    "completed": (2, "Hoàn thành nhiệm vụ"),
    "not_completed": (1, "Không hoàn thành nhiệm vụ"),
}
_BY_LABEL = {label.casefold(): (rank, label) for rank, label in GRADES.values()}


def grade(value: str) -> tuple[int, str]:
    """(rank, label) of a classification given by code or label; unknown text ranks 0."""
    if value in GRADES:
        return GRADES[value]
    return _BY_LABEL.get(value.strip().casefold(), (0, value.strip()))


def classification_hints(classifications: Sequence[tuple[int, str]]) -> list[Message]:
    """ "Hoàn thành xuất sắc nhiệm vụ 2025, 2024", "Hoàn thành tốt nhiệm vụ 2023": one per
    grade, the newest first."""
    by_label: dict[str, list[int]] = {}
    for year, value in sorted(classifications, reverse=True):
        by_label.setdefault(grade(value)[1], []).append(year)
    return [
        msg("{label} {years}", label=Label(label), years=", ".join(map(str, years)))
        for label, years in by_label.items()
    ]


def warnings(
    year: int,
    plan_status: PlanStatus | None,
    classifications: Sequence[tuple[int, str]],
) -> list[Message]:
    """Reasons to look again at an individual nominee (never blocking)."""
    found = []
    if plan_status != PlanStatus.CONFIRMED:
        found.append(msg("Chưa có kế hoạch cá nhân được chi bộ xác nhận năm {year}.", year=year))
    last = [value for y, value in classifications if y == year - 1]
    if last:
        rank, label = grade(last[0])
        if 0 < rank < GRADES["good"][0]:
            below = msg(
                "Năm {year} được xếp loại “{label}” (dưới mức hoàn thành tốt).",
                year=year - 1,
                label=Label(label),
            )
            found.append(below)
    return found
