"""Worked examples of what a rule set proposes, computed by the real engine.

The rule-set editor shows them under the fields so the secretary sees the effect of an
edit: "92 điểm, mọi nhiệm vụ hoàn thành, 40% vượt mức, khắc phục mọi hạn chế → Hoàn
thành xuất sắc nhiệm vụ". Each example is a plan of ten tasks and two shortcomings to
remedy, of someone without a leadership post; the general points are a share of the
rule set's maximum, so the examples keep their meaning when the maximum changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from chibo_app.core.messages import Message, msg, plural_msg
from chibo_app.core.rule_engine import Facts, Proposal, propose
from chibo_app.core.rules import STAFF, Definition, number_text

TASKS = 10
NO_LEVEL = msg("không mức nào đủ điều kiện")
REMEDIES = 2


@dataclass(frozen=True)
class Case:
    general_share: float  # of the general criteria's maximum
    exceeded: int
    done: int
    partly: int = 0
    late: int = 0
    open_remedies: int = 0

    def facts(self, definition: Definition) -> Facts:
        results = ["exceeded"] * self.exceeded + ["done"] * self.done + ["partly"] * self.partly
        results += ["not_done"] * (TASKS - len(results))
        on_time = tuple(i >= self.late for i in range(TASKS))
        remedied = tuple(i >= self.open_remedies for i in range(REMEDIES))
        general = round(definition.general_max * self.general_share)
        shown: tuple[str | None, ...] = tuple(results)
        return Facts(float(general), shown, on_time, remedied, frame=STAFF)


CASES = (
    Case(0.74, exceeded=4, done=6),
    Case(0.84, exceeded=4, done=6, open_remedies=1),
    Case(0.84, exceeded=1, done=9),
    Case(0.67, exceeded=0, done=10, late=1),
    Case(0.5, exceeded=0, done=8, partly=2),
    Case(0.34, exceeded=0, done=5),
)


@dataclass(frozen=True)
class Example:
    text: Message  # what the person did, in words (str(): the Vietnamese)
    proposal: Proposal

    @property
    def line(self) -> str:
        return f"{self.text} → {self.proposal.label or NO_LEVEL}"


def examples(definition: Definition) -> list[Example]:
    return [_example(definition, case) for case in CASES]


def _example(definition: Definition, case: Case) -> Example:
    proposal = propose(definition, case.facts(definition))
    parts = []
    if proposal.score is not None:
        parts.append(msg("{score} điểm", score=number_text(proposal.score)))
    done = case.exceeded + case.done
    if done == TASKS:
        parts.append(msg("mọi nhiệm vụ hoàn thành"))
    else:
        parts.append(msg("{done}/{total} nhiệm vụ hoàn thành", done=done, total=TASKS))
    if case.exceeded:
        parts.append(msg("{share}% vượt mức", share=round(100 * case.exceeded / TASKS)))
    if case.partly:
        parts.append(plural_msg("{count} nhiệm vụ hoàn thành một phần", count=case.partly))
    if case.late:
        parts.append(plural_msg("{count} nhiệm vụ trễ hạn", count=case.late))
    if case.open_remedies:
        parts.append(plural_msg("còn {count} hạn chế chưa khắc phục", count=case.open_remedies))
    else:
        parts.append(msg("khắc phục mọi hạn chế"))
    text = parts[0]
    for more in parts[1:]:
        text = msg("{text}, {more}", text=text, more=more)
    return Example(text, proposal)
