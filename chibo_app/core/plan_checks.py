"""Advice on a plan's content (seed 003: "cụ thể, thiết thực, có chỉ tiêu, sản phẩm hoặc
kết quả rõ ràng; không sao chép, không hình thức"). Checks never block saving.

Copy checks need the other plans, so they are made by services.plans with
core.copy_detection; their results use the same Check type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from chibo_app.core.messages import Message, msg
from chibo_app.core.plans import Plan

# Fewer words than this in the whole plan is a perfunctory plan. A real plan names
# 2–3 remedies and 3–5 tasks with targets: 60–200 words; a plan of one line per
# section ("Thực hiện tốt nhiệm vụ được giao") has about 15.
MIN_WORDS = 25

_WORD = re.compile(r"\w+")


class CheckKind(StrEnum):
    NO_TARGET = "no_target"
    NO_DUE = "no_due"
    EMPTY_REMEDIES = "empty_remedies"
    EMPTY_TASKS = "empty_tasks"
    TOO_SHORT = "too_short"
    SIMILAR_PEER = "similar_peer"
    SIMILAR_LAST_YEAR = "similar_last_year"


@dataclass(frozen=True)
class Check:
    kind: CheckKind
    message: Message
    task: int | None = None  # 0-based index of the task concerned


def word_count(plan: Plan) -> int:
    return sum(len(_WORD.findall(item)) for item in plan.items())


def words_if_fewer(plan: Plan, least: int) -> int | None:
    """The plan's word count when it has fewer than `least` words, else None: counting
    stops once there are enough (the plans page checks every plan of the year)."""
    count = 0
    for item in plan.items():
        count += len(_WORD.findall(item))
        if count >= least:
            return None
    return count


# MIN_WORDS words or more, told by one match (whole words: the possessive \w++ never
# splits one word into several to reach the count).
_ENOUGH_WORDS = re.compile(rf"\W*+(?:\w++\W*+){{{MIN_WORDS}}}")


def words_if_short(text: str) -> int | None:
    """The words of `text` when fewer than MIN_WORDS, else None (one match for a plan
    long enough: the plans list asks it of every plan of the year)."""
    return None if _ENOUGH_WORDS.match(text) else len(_WORD.findall(text))


@dataclass(frozen=True)
class Outline:
    """What the content checks look at, without the plan itself: the plans list reads it
    for a year's thousands of plans in one query (storage.plans_repo.year_lines)."""

    remedies: int  # how many items in section 1
    tasks: int  # how many tasks in section 2
    # (task number from 1, no target, no due) of each task lacking either, in order
    incomplete: tuple[tuple[int, bool, bool], ...]
    words: int | None  # the plan's words when fewer than MIN_WORDS (words_if_short)
    has_items: bool  # any item with text (Plan.items() is not empty)


def outline(plan: Plan) -> Outline:
    items = plan.items()
    incomplete = tuple(
        (number, not task.target.strip(), not task.due)
        for number, task in enumerate(plan.tasks, start=1)
        if not task.target.strip() or not task.due
    )
    words = words_if_short("\n".join(items))
    return Outline(len(plan.remedies), len(plan.tasks), incomplete, words, bool(items))


def check_plan(plan: Plan) -> list[Check]:
    """Content checks of one plan, in the order of the form."""
    return check_outline(outline(plan))


def check_outline(plan: Outline) -> list[Check]:
    """Content checks of a plan's outline, in the order of the form."""
    found: list[Check] = []
    if plan.remedies and plan.tasks and not plan.incomplete and plan.words is None:
        return found  # most plans of a year: nothing to say
    if not plan.remedies:
        found.append(
            Check(CheckKind.EMPTY_REMEDIES, msg("Mục 1 (giải pháp khắc phục hạn chế) còn trống."))
        )
    if not plan.tasks:
        found.append(
            Check(CheckKind.EMPTY_TASKS, msg("Mục 2 (nội dung “làm theo”) chưa có nhiệm vụ."))
        )
    for number, no_target, no_due in plan.incomplete:
        if no_target:
            found.append(
                Check(
                    CheckKind.NO_TARGET,
                    msg(
                        "Nhiệm vụ {number} chưa có chỉ tiêu, sản phẩm hoặc kết quả.", number=number
                    ),
                    number - 1,
                )
            )
        if no_due:
            found.append(
                Check(
                    CheckKind.NO_DUE,
                    msg("Nhiệm vụ {number} chưa có thời hạn.", number=number),
                    number - 1,
                )
            )
    words = plan.words
    if words is not None and plan.has_items:
        found.append(
            Check(
                CheckKind.TOO_SHORT,
                msg(
                    "Kế hoạch quá ngắn ({words} từ): nội dung cần cụ thể, thiết thực.", words=words
                ),
            )
        )
    return found


def similarity_check(name: str, score: float, last_year: bool) -> Check:
    percent = round(score * 100)
    if last_year:
        return Check(
            CheckKind.SIMILAR_LAST_YEAR,
            msg(
                "Gần như trùng với kế hoạch năm trước của chính người này ({percent}%).",
                percent=percent,
            ),
        )
    similar = msg("Gần như trùng với kế hoạch của {name} ({percent}%).", name=name, percent=percent)
    return Check(CheckKind.SIMILAR_PEER, similar)
