"""Eligibility hints for a nominee: past classifications and this year's plan.

Classifications come as (year, code-or-label) pairs from wherever the evaluation of a
year is kept; the codes are those of Quy định 366-QĐ/TW's four grades.
"""

from __future__ import annotations

from collections.abc import Sequence

from chibo_app.core.plans import PlanStatus

GRADES = {
    "excellent": (4, "Hoàn thành xuất sắc nhiệm vụ"),
    "good": (3, "Hoàn thành tốt nhiệm vụ"),
    "completed": (2, "Hoàn thành nhiệm vụ"),
    "not_completed": (1, "Không hoàn thành nhiệm vụ"),
}
_BY_LABEL = {label.casefold(): (rank, label) for rank, label in GRADES.values()}
NO_PLAN = "Chưa có kế hoạch cá nhân được chi bộ xác nhận năm {year}."
BELOW_GOOD = "Năm {year} được xếp loại “{label}” (dưới mức hoàn thành tốt)."


def grade(value: str) -> tuple[int, str]:
    """(rank, label) of a classification given by code or label; unknown text ranks 0."""
    if value in GRADES:
        return GRADES[value]
    return _BY_LABEL.get(value.strip().casefold(), (0, value.strip()))


def classification_hint(classifications: Sequence[tuple[int, str]]) -> str | None:
    """ "Hoàn thành xuất sắc nhiệm vụ 2025, 2024; Hoàn thành tốt nhiệm vụ 2023"."""
    by_label: dict[str, list[int]] = {}
    for year, value in sorted(classifications, reverse=True):
        by_label.setdefault(grade(value)[1], []).append(year)
    if not by_label:
        return None
    return "; ".join(f"{label} {', '.join(map(str, years))}" for label, years in by_label.items())


def warnings(
    year: int,
    plan_status: PlanStatus | None,
    classifications: Sequence[tuple[int, str]],
) -> list[str]:
    """Reasons to look again at an individual nominee (never blocking)."""
    found = []
    if plan_status != PlanStatus.CONFIRMED:
        found.append(NO_PLAN.format(year=year))
    last = [value for y, value in classifications if y == year - 1]
    if last:
        rank, label = grade(last[0])
        if 0 < rank < GRADES["good"][0]:
            found.append(BELOW_GOOD.format(year=year - 1, label=label))
    return found
