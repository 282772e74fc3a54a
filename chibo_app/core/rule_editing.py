"""A rule set as the fields of its editor, checked field by field.

The editor in Settings shows a rule set's definition (core.rules) as plain fields: the
points of the general criteria and of the tasks, the task-points formula (a weight per
result), per level its score floor and its extra conditions, and the optional cap on
the share rated excellent. `check` says in Vietnamese what is wrong, keyed by field, so
the message can stand next to the field; `definition_of` turns checked fields back into
data. Levels themselves (their codes and official names) are kept as they are.

Field keys: "code", "name", "issued_on", "general_max", "task_max", "weights",
"excellent_cap", and per level `band_key(code, part)` with part "min" or a condition
kind ("exceeded_share", "done_share", "general_min").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from chibo_app.core.rules import (
    RESULTS,
    Band,
    Condition,
    Definition,
    RuleSet,
    number_text,
)

FLAG_KINDS = ("all_tasks_done", "all_on_time", "all_remedied")  # conditions without a bound
BOUND_KINDS = ("exceeded_share", "done_share", "general_min")  # conditions with a bound
SHARE_KINDS = frozenset({"exceeded_share", "done_share"})
MAX_POINTS = 100.0
MAX_WEIGHT = 2.0
RESULT_NAMES = {
    "exceeded": "vượt mức",
    "done": "hoàn thành",
    "partly": "hoàn thành một phần",
    "not_done": "chưa hoàn thành",
}


def band_key(code: str, part: str) -> str:
    return f"band:{code}:{part}"


@dataclass(frozen=True)
class BandFields:
    """One level: its score floor (None: no floor) and extra conditions. `flags` holds
    the kinds without a bound that apply; `bounds` kind → bound (shares as 0–1)."""

    code: str
    label: str
    min_score: float | None = None
    flags: frozenset[str] = frozenset()
    bounds: dict[str, float] = field(default_factory=dict)
    order: tuple[str, ...] = ()  # the stored order of the conditions (the reasons' order)

    def kinds(self) -> list[str]:
        """The conditions that apply, in the stored order, new ones after."""
        wanted = set(self.flags) | set(self.bounds)
        known = [k for k in self.order if k in wanted]
        return known + [k for k in (*FLAG_KINDS, *BOUND_KINDS) if k in wanted and k not in known]


@dataclass(frozen=True)
class RuleSetFields:
    code: str
    name: str
    regulation: str
    issued_on: str | None  # as typed (dd/mm/yyyy) or ISO; the service parses it
    points: bool
    general_max: float
    task_max: float
    weights: dict[str, float]
    bands: tuple[BandFields, ...]
    excellent_cap: float | None = None  # 0–1; None: no cap

    def with_changes(self, **changes: object) -> RuleSetFields:
        return replace(self, **changes)  # type: ignore[arg-type]


def fields_of(rule_set: RuleSet) -> RuleSetFields:
    d = rule_set.definition
    return RuleSetFields(
        code=rule_set.code,
        name=rule_set.name,
        regulation=rule_set.regulation,
        issued_on=rule_set.issued_on,
        points=d.points,
        general_max=d.general_max,
        task_max=d.task_max,
        weights={r: d.weights.get(r, 0.0) for r in RESULTS} if d.points else {},
        bands=tuple(_band_fields(b) for b in d.bands),
        excellent_cap=d.excellent_cap,
    )


def _band_fields(band: Band) -> BandFields:
    flags = frozenset(c.kind for c in band.conditions if c.kind in FLAG_KINDS)
    bounds = {c.kind: c.min or 0.0 for c in band.conditions if c.kind in BOUND_KINDS}
    order = tuple(c.kind for c in band.conditions)
    return BandFields(band.code, band.label, band.min_score, flags, bounds, order)


def definition_of(fields: RuleSetFields) -> Definition:
    """The definition the fields state (call `check` first)."""
    bands = []
    for band in fields.bands:
        conditions = [Condition(k, band.bounds.get(k)) for k in band.kinds()]
        minimum = band.min_score if fields.points else None
        bands.append(Band(band.code, band.label, minimum, tuple(conditions)))
    return Definition(
        points=fields.points,
        bands=tuple(bands),
        general_max=fields.general_max if fields.points else 0.0,
        task_max=fields.task_max if fields.points else 0.0,
        weights={r: fields.weights.get(r, 0.0) for r in RESULTS} if fields.points else {},
        excellent_cap=fields.excellent_cap,
    )


# Checks ---------------------------------------------------------------------------------


def check(fields: RuleSetFields) -> dict[str, str]:
    """Every problem of the fields, keyed by field (empty: the fields can be saved)."""
    problems: dict[str, str] = {}
    if fields.points:
        _check_points(fields, problems)
    for band in fields.bands:
        _check_conditions(fields, band, problems)
    cap = fields.excellent_cap
    if cap is not None and not 0 < cap <= 1:
        problems["excellent_cap"] = "Tỷ lệ tối đa phải lớn hơn 0 % và không quá 100 %."
    return problems


def _check_points(fields: RuleSetFields, problems: dict[str, str]) -> None:
    for key, value in (("general_max", fields.general_max), ("task_max", fields.task_max)):
        if not 0 <= value <= MAX_POINTS:
            problems[key] = "Điểm tối đa phải từ 0 đến 100."
    total = fields.general_max + fields.task_max
    if "general_max" not in problems and "task_max" not in problems:
        if total <= 0:
            problems["task_max"] = "Tổng điểm tối đa (tiêu chí chung + nhiệm vụ) phải lớn hơn 0."
        elif total > MAX_POINTS:
            problems["task_max"] = (
                f"Tổng điểm tối đa là {number_text(total)}, vượt quá 100 điểm "
                "(tiêu chí chung + kết quả nhiệm vụ)."
            )
    _check_weights(fields.weights, problems)
    _check_floors(fields, min(total, MAX_POINTS), problems)


def _check_weights(weights: dict[str, float], problems: dict[str, str]) -> None:
    values = [weights.get(r, 0.0) for r in RESULTS]
    if any(not 0 <= v <= MAX_WEIGHT for v in values):
        problems["weights"] = "Hệ số của mỗi kết quả phải từ 0 đến 2."
    elif any(better < worse for better, worse in zip(values, values[1:], strict=False)):
        problems["weights"] = (
            "Hệ số phải giảm dần theo kết quả: vượt mức ≥ hoàn thành ≥ hoàn thành một phần "
            "≥ chưa hoàn thành."
        )
    elif values[1] <= 0:
        problems["weights"] = "Nhiệm vụ hoàn thành phải được tính điểm (hệ số lớn hơn 0)."


def _check_floors(fields: RuleSetFields, total: float, problems: dict[str, str]) -> None:
    """Every level but the last needs a floor; floors fall from the top level down."""
    above: BandFields | None = None
    last = len(fields.bands) - 1
    for position, band in enumerate(fields.bands):
        key = band_key(band.code, "min")
        value = band.min_score
        if value is None:
            if position < last:
                problems[key] = "Cần ghi điểm tối thiểu của mức này."
            continue
        if not 0 <= value <= total:
            problems[key] = f"Điểm tối thiểu phải từ 0 đến {number_text(total)} (tổng điểm tối đa)."
        elif above is not None and above.min_score is not None and value >= above.min_score:
            problems[key] = (
                f"Phải thấp hơn điểm tối thiểu của mức “{above.label}” "
                f"({number_text(above.min_score)})."
            )
        above = band


def _check_conditions(fields: RuleSetFields, band: BandFields, problems: dict[str, str]) -> None:
    for kind, bound in band.bounds.items():
        key = band_key(band.code, kind)
        if kind in SHARE_KINDS and not 0 < bound <= 1:
            problems[key] = "Tỷ lệ phải lớn hơn 0 % và không quá 100 %."
        elif kind == "general_min":
            top = fields.general_max if fields.points else MAX_POINTS
            if not 0 <= bound <= top:
                problems[key] = (
                    f"Điểm tiêu chí chung tối thiểu phải từ 0 đến {number_text(top)} "
                    "(điểm tối đa của tiêu chí chung)."
                )


# Words ----------------------------------------------------------------------------------


def formula_text(fields: RuleSetFields) -> str:
    """The task-points formula in words, e.g. 'Điểm nhiệm vụ = 70 × (số nhiệm vụ vượt
    mức × 1 + hoàn thành × 1) ÷ tổng số nhiệm vụ'."""
    if not fields.points:
        return "Không chấm điểm: mức xếp loại theo kết quả thực hiện nhiệm vụ."
    parts = [
        f"{RESULT_NAMES[r]} × {number_text(fields.weights.get(r, 0.0))}"
        for r in RESULTS
        if fields.weights.get(r, 0.0) > 0
    ]
    counted = " + ".join(parts) if parts else "0"
    return (
        f"Điểm nhiệm vụ = {number_text(fields.task_max)} × (số nhiệm vụ {counted}) "
        "÷ tổng số nhiệm vụ (không quá điểm tối đa)."
    )
