"""Classification rule sets as data, and the engine that proposes a classification.

A rule set names its regulation and date and holds a JSON definition:

    {"points": true,                       # false: levels decided by conditions only
     "general": {"max": 30},               # general criteria, points entered by the cell
     "tasks": {"max": 70,                  # task points = max × Σ weight / number of tasks
               "weights": {"exceeded": 1, "done": 1, "partly": 0, "not_done": 0}},
     "bands": [                            # tried top down; the first one that holds wins
        {"code": "excellent", "label": "Hoàn thành xuất sắc nhiệm vụ", "min": 90,
         "conditions": [{"kind": "all_tasks_done"},
                        {"kind": "exceeded_share", "min": 0.3},
                        {"kind": "all_remedied"}]},
        …,
        {"code": "not_completed", "label": "Không hoàn thành nhiệm vụ", "min": null,
         "conditions": []}],
     "excellent_cap": 0.2}                 # optional: warned, never enforced

Condition kinds: all_tasks_done, all_on_time, all_remedied, exceeded_share (min),
done_share (min), general_min (min). A later regulation is a new rule set (a row of
data), not a code change. `propose` explains in Vietnamese which condition held or
failed for every level it tried.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from chibo_app.errors import ChiboError

RESULTS = ("exceeded", "done", "partly", "not_done")
DONE = frozenset({"exceeded", "done"})
EXCELLENT = "excellent"
CONDITION_KINDS = {
    "all_tasks_done": "mọi nhiệm vụ hoàn thành",
    "all_on_time": "mọi nhiệm vụ đúng hạn",
    "all_remedied": "mọi hạn chế được khắc phục",
    "exceeded_share": "tỷ lệ nhiệm vụ vượt mức",
    "done_share": "tỷ lệ nhiệm vụ hoàn thành",
    "general_min": "điểm tiêu chí chung",
}
_NEEDS_MIN = frozenset({"exceeded_share", "done_share", "general_min"})


class BadRuleSet(ChiboError):
    """A rule set definition that cannot be used; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class Condition:
    kind: str
    min: float | None = None


@dataclass(frozen=True)
class Band:
    code: str
    label: str
    min_score: float | None = None
    conditions: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class Definition:
    points: bool
    bands: tuple[Band, ...]
    general_max: float = 0.0
    task_max: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)
    excellent_cap: float | None = None

    def label(self, code: str | None) -> str:
        for band in self.bands:
            if band.code == code:
                return band.label
        return code or ""


@dataclass(frozen=True)
class RuleSet:
    code: str  # short and unique, e.g. "366-QĐ/TW"
    name: str  # "Quy định 366-QĐ/TW"
    regulation: str  # what it is about, in full
    issued_on: str | None  # ISO date
    definition: Definition
    builtin: bool = False
    id: int | None = None


@dataclass(frozen=True)
class Facts:
    """What the engine looks at for one person: the cell's general points (None: not
    entered), each task's result (None: not recorded) and whether it was on time, and
    each remedy of section 1: remedied or not."""

    general_points: float | None
    results: tuple[str | None, ...]
    on_time: tuple[bool, ...] = ()
    remedied: tuple[bool, ...] = ()


@dataclass(frozen=True)
class Proposal:
    code: str
    label: str
    score: float | None
    general_points: float | None
    task_points: float | None
    reasons: tuple[str, ...]


# Definitions ---------------------------------------------------------------------------


def parse_definition(data: dict[str, Any] | str) -> Definition:
    """A definition from its JSON (text or parsed); BadRuleSet says what is wrong."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError:
            raise BadRuleSet("Định nghĩa bộ tiêu chí không phải JSON hợp lệ.") from None
    if not isinstance(data, dict):
        raise BadRuleSet("Định nghĩa bộ tiêu chí phải là một đối tượng JSON.")
    points = bool(data.get("points", False))
    bands = tuple(_band(b, points) for b in _list(data.get("bands"), "bands"))
    if not bands:
        raise BadRuleSet("Bộ tiêu chí cần ít nhất một mức xếp loại.")
    if len({b.code for b in bands}) != len(bands):
        raise BadRuleSet("Các mức xếp loại phải có mã khác nhau.")
    weights: dict[str, float] = {}
    general_max = task_max = 0.0
    if points:
        general_max = _number(_dict(data.get("general")).get("max", 0), "general.max")
        tasks = _dict(data.get("tasks"))
        task_max = _number(tasks.get("max", 0), "tasks.max")
        raw = _dict(tasks.get("weights"))
        weights = {r: _number(raw.get(r, 1 if r in DONE else 0), f"weights.{r}") for r in RESULTS}
        if general_max + task_max <= 0:
            raise BadRuleSet("Tổng điểm tối đa phải lớn hơn 0.")
    cap = data.get("excellent_cap")
    if cap is not None:
        cap = _number(cap, "excellent_cap")
        if not 0 < cap <= 1:
            raise BadRuleSet("Tỷ lệ tối đa xếp loại xuất sắc phải trong khoảng (0; 1].")
    return Definition(points, bands, general_max, task_max, weights, cap)


def definition_data(definition: Definition) -> dict[str, Any]:
    """The JSON form of a definition (round-trips through parse_definition)."""
    data: dict[str, Any] = {"points": definition.points}
    if definition.points:
        data["general"] = {"max": definition.general_max}
        data["tasks"] = {"max": definition.task_max, "weights": dict(definition.weights)}
    data["bands"] = [
        {
            "code": b.code,
            "label": b.label,
            "min": b.min_score,
            "conditions": [
                {"kind": c.kind, **({"min": c.min} if c.min is not None else {})}
                for c in b.conditions
            ],
        }
        for b in definition.bands
    ]
    if definition.excellent_cap is not None:
        data["excellent_cap"] = definition.excellent_cap
    return data


def definition_json(definition: Definition) -> str:
    return json.dumps(definition_data(definition), ensure_ascii=False, sort_keys=True)


def _band(raw: object, points: bool) -> Band:
    data = _dict(raw)
    code = str(data.get("code") or "").strip()
    label = str(data.get("label") or "").strip()
    if not code or not label:
        raise BadRuleSet("Mỗi mức xếp loại cần có mã (code) và tên (label).")
    minimum = data.get("min")
    min_score = None if minimum is None else _number(minimum, f"{code}.min")
    if min_score is not None and not points:
        raise BadRuleSet(f"Mức “{label}”: bộ tiêu chí không tính điểm nên không có điểm sàn.")
    conditions = []
    for item in _list(data.get("conditions", []), f"{code}.conditions"):
        condition = _dict(item)
        kind = str(condition.get("kind") or "")
        if kind not in CONDITION_KINDS:
            raise BadRuleSet(f"Mức “{label}”: không có loại điều kiện “{kind}”.")
        bound = condition.get("min")
        if kind in _NEEDS_MIN and bound is None:
            raise BadRuleSet(f"Mức “{label}”: điều kiện “{kind}” cần giá trị min.")
        conditions.append(Condition(kind, None if bound is None else _number(bound, kind)))
    return Band(code, label, min_score, tuple(conditions))


def _dict(value: object) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise BadRuleSet("Định nghĩa bộ tiêu chí sai cấu trúc (cần một đối tượng).")
    return value


def _list(value: object, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise BadRuleSet(f"Định nghĩa bộ tiêu chí: “{name}” phải là một danh sách.")
    return value


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise BadRuleSet(f"Định nghĩa bộ tiêu chí: “{name}” phải là số không âm.")
    return float(value)


# The engine ---------------------------------------------------------------------------


def number_text(value: float) -> str:
    """89.9 → '89,9'; 90.0 → '90' (Vietnamese decimal comma)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def task_points(definition: Definition, results: tuple[str | None, ...]) -> float:
    if not results:
        return 0.0
    earned = sum(definition.weights.get(r or "not_done", 0.0) for r in results)
    return round(definition.task_max * min(earned, len(results)) / len(results), 2)


def propose(definition: Definition, facts: Facts) -> Proposal:
    """The first band (top down) whose score floor and conditions hold, with reasons."""
    reasons: list[str] = []
    score = general = tasks = None
    if definition.points:
        general = min(facts.general_points or 0.0, definition.general_max)
        tasks = task_points(definition, facts.results)
        score = round(general + tasks, 2)
        reasons.append(_score_line(definition, facts, general, tasks, score))
    missing = sum(1 for r in facts.results if r is None)
    if missing:
        reasons.append(f"{missing} nhiệm vụ chưa ghi kết quả (tính là chưa hoàn thành).")
    for band in definition.bands:
        held, failed = _check_band(band, facts, score, general)
        if not failed:
            detail = f": {'; '.join(held)}" if held else ""
            reasons.append(f"Đạt “{band.label}”{detail}.")
            return Proposal(band.code, band.label, score, general, tasks, tuple(reasons))
        reasons.append(f"Chưa đạt “{band.label}”: {'; '.join(failed)}.")
    last = definition.bands[-1]  # nothing held: the lowest level
    return Proposal(last.code, last.label, score, general, tasks, tuple(reasons))


def _score_line(
    definition: Definition, facts: Facts, general: float, tasks: float, score: float
) -> str:
    count = len(facts.results)
    done = sum(1 for r in facts.results if r in DONE)
    general_text = (
        "chưa nhập, tính 0"
        if facts.general_points is None
        else f"{number_text(general)}/{number_text(definition.general_max)}"
    )
    return (
        f"Điểm: {number_text(score)} = tiêu chí chung {general_text} + kết quả nhiệm vụ "
        f"{number_text(tasks)}/{number_text(definition.task_max)} "
        f"({done}/{count} nhiệm vụ hoàn thành, kể cả vượt mức)."
    )


def _check_band(
    band: Band, facts: Facts, score: float | None, general: float | None
) -> tuple[list[str], list[str]]:
    held: list[str] = []
    failed: list[str] = []
    if band.min_score is not None:
        value = score or 0.0
        text = f"{number_text(value)} điểm"
        if value >= band.min_score:
            held.append(f"{text} ≥ {number_text(band.min_score)}")
        else:
            failed.append(f"{text} < {number_text(band.min_score)}")
    for condition in band.conditions:
        ok, text = _condition(condition, facts, general)
        (held if ok else failed).append(text)
    return held, failed


def _condition(condition: Condition, facts: Facts, general: float | None) -> tuple[bool, str]:
    results = facts.results
    count = len(results)
    done = sum(1 for r in results if r in DONE)
    kind, bound = condition.kind, condition.min or 0.0
    if kind == "all_tasks_done":
        if done == count:
            return True, f"mọi nhiệm vụ đều hoàn thành ({done}/{count})"
        return False, f"còn {count - done}/{count} nhiệm vụ chưa hoàn thành"
    if kind == "all_on_time":
        late = sum(1 for ok in facts.on_time if not ok)
        if late == 0:
            return True, "mọi nhiệm vụ hoàn thành đúng hạn"
        return False, f"{late} nhiệm vụ không đúng hạn"
    if kind == "all_remedied":
        total = len(facts.remedied)
        open_ = sum(1 for ok in facts.remedied if not ok)
        if open_ == 0:
            return True, f"mọi hạn chế đã được khắc phục ({total}/{total})"
        return False, f"còn {open_}/{total} hạn chế chưa khắc phục"
    if kind in ("exceeded_share", "done_share"):
        part = sum(1 for r in results if r == "exceeded") if kind == "exceeded_share" else done
        share = part / count if count else 0.0
        what = "vượt mức" if kind == "exceeded_share" else "hoàn thành"
        text = f"{part}/{count} nhiệm vụ {what} ({_percent(share)}"
        if share + 1e-9 >= bound:
            return True, f"{text} ≥ {_percent(bound)})"
        return False, f"chỉ {text} < {_percent(bound)})"
    value = general or 0.0  # general_min
    text = f"điểm tiêu chí chung {number_text(value)}"
    if value >= bound:
        return True, f"{text} ≥ {number_text(bound)}"
    return False, f"{text} < {number_text(bound)}"


def _percent(share: float) -> str:
    return f"{number_text(round(share * 100, 1))}%"


def cap_warning(
    rule_set: RuleSet, classifications: list[str | None], excellent: str = EXCELLENT
) -> str | None:
    """A warning when the share rated excellent passes the rule set's cap (never a
    refusal). `classifications`: one per person classified (None: not yet)."""
    cap = rule_set.definition.excellent_cap
    rated = [c for c in classifications if c]
    if cap is None or not rated:
        return None
    count = sum(1 for c in rated if c == excellent)
    share = count / len(rated)
    if share <= cap + 1e-9:
        return None
    label = rule_set.definition.label(excellent)
    return (
        f"Tỷ lệ “{label}” là {count}/{len(rated)} ({_percent(share)}), vượt mức tối đa "
        f"{_percent(cap)} theo {rule_set.name}. Đây là lưu ý, không bắt buộc."
    )
