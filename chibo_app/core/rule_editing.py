"""A rule set as the fields of its editor, checked field by field.

The editor in Settings shows a rule set's definition (core.rules) as plain fields: the
points of the general criteria and of the tasks, the task-points formula (a weight per
result and the late factor, shown as a sentence), per criteria frame each level's score
floor and ceiling and its conditions, the cases that force the lowest level, and the
cap on "xuất sắc" (its share of those rated "tốt", and the exceptional share). `check`
says in Vietnamese what is wrong, keyed by field, so the message can stand next to the
field; `definition_of` turns checked fields back into data. Levels and frames
themselves (their codes and official names) are kept as they are.

Field keys: "code", "name", "issued_on", "general_max", "task_max", "weights",
"late_factor", "excellent_cap", "exceptional_cap"; per frame and level
`band_key(frame, code, part)` with part "min", "below" or a condition kind; per frame
`forcing_key(frame, kind)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from chibo_app.core.messages import Label, Message, Problems, msg
from chibo_app.core.rules import (
    CONCLUSION_KINDS,
    CONDITIONS,
    DISCIPLINE_FORMS,
    EXCELLENT,
    GOOD,
    LEADER,
    RESULTS,
    Band,
    Cap,
    Condition,
    Definition,
    Forcing,
    Frame,
    RuleSet,
    number_text,
)

# The conditions a frame's editor offers: the units' results only for leaders.
PERSONAL_KINDS = tuple(k for k, spec in CONDITIONS.items() if not spec.unit)
UNIT_KINDS = tuple(k for k, spec in CONDITIONS.items() if spec.unit)
SHARE_KINDS = frozenset(k for k, spec in CONDITIONS.items() if spec.share)
MAX_POINTS = 100.0
MAX_WEIGHT = 2.0
RESULT_NAMES = {
    "exceeded": "vượt mức",
    "done": "hoàn thành",
    "partly": "hoàn thành một phần",
    "not_done": "chưa hoàn thành",
}


def band_key(frame: str, code: str, part: str) -> str:
    return f"band:{frame}:{code}:{part}"


def forcing_key(frame: str, kind: str) -> str:
    return f"forcing:{frame}:{kind}"


def offered_kinds(frame: str) -> tuple[str, ...]:
    return PERSONAL_KINDS + UNIT_KINDS if frame == LEADER else PERSONAL_KINDS


@dataclass(frozen=True)
class BandFields:
    """One level: its floor and ceiling (None: none) and its conditions, kind → bound
    (shares as 0–1)."""

    code: str
    label: str
    min_score: float | None = None
    bounds: dict[str, float] = field(default_factory=dict)
    order: tuple[str, ...] = ()  # the stored order of the conditions (the reasons' order)
    below: float | None = None
    cite: str = ""

    def kinds(self) -> list[str]:
        """The conditions that apply, in the stored order, new ones after."""
        known = [k for k in self.order if k in self.bounds]
        return known + [k for k in CONDITIONS if k in self.bounds and k not in known]


@dataclass(frozen=True)
class ForcingFields:
    """What forces the lowest level in a frame; None / empty: that case is off."""

    discipline: str | None = None  # from this form up
    conclusions: frozenset[str] = frozenset()
    not_done_over: float | None = None
    unit_done_under: float | None = None
    cites: dict[str, str] = field(default_factory=dict)
    order: tuple[str, ...] = ()


@dataclass(frozen=True)
class FrameFields:
    code: str
    label: str
    bands: tuple[BandFields, ...]
    forcing: ForcingFields = ForcingFields()
    forced: str | None = None
    form: str = ""


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
    frames: tuple[FrameFields, ...]
    excellent_cap: float | None = None  # 0–1 of those rated "tốt"; None: no cap
    exceptional_cap: float | None = None  # 0–1, when the competent level so decides
    late_factor: float = 1.0
    cap_level: str = EXCELLENT
    cap_of: str = GOOD

    @property
    def bands(self) -> tuple[BandFields, ...]:
        """The levels of the first frame (their codes and labels are every frame's)."""
        return self.frames[0].bands

    def frame(self, code: str) -> FrameFields:
        return next(f for f in self.frames if f.code == code)

    def with_frame(self, frame: FrameFields) -> RuleSetFields:
        frames = tuple(frame if f.code == frame.code else f for f in self.frames)
        return self.with_changes(frames=frames)

    def with_changes(self, **changes: object) -> RuleSetFields:
        return replace(self, **changes)  # type: ignore[arg-type]


def fields_of(rule_set: RuleSet) -> RuleSetFields:
    d = rule_set.definition
    cap = d.cap
    return RuleSetFields(
        code=rule_set.code,
        name=rule_set.name,
        regulation=rule_set.regulation,
        issued_on=rule_set.issued_on,
        points=d.points,
        general_max=d.general_max,
        task_max=d.task_max,
        weights={r: d.weights.get(r, 0.0) for r in RESULTS} if d.points else {},
        frames=tuple(_frame_fields(f) for f in d.frames),
        excellent_cap=cap.share if cap else None,
        exceptional_cap=cap.exceptional_share if cap else None,
        late_factor=d.late_factor,
        cap_level=cap.level if cap else EXCELLENT,
        cap_of=cap.of if cap else GOOD,
    )


def _frame_fields(frame: Frame) -> FrameFields:
    bands = tuple(
        BandFields(
            b.code,
            b.label,
            b.min_score,
            {c.kind: c.bound for c in b.conditions},
            tuple(c.kind for c in b.conditions),
            b.below,
            b.cite,
        )
        for b in frame.bands
    )
    by_kind = {f.kind: f for f in frame.forcing}
    forcing = ForcingFields(
        discipline=by_kind["discipline"].discipline_from if "discipline" in by_kind else None,
        conclusions=frozenset(by_kind["conclusion"].kinds)
        if "conclusion" in by_kind
        else frozenset(),
        not_done_over=by_kind["not_done_share"].share if "not_done_share" in by_kind else None,
        unit_done_under=by_kind["unit_done_share"].share if "unit_done_share" in by_kind else None,
        cites={f.kind: f.cite for f in frame.forcing if f.cite},
        order=tuple(f.kind for f in frame.forcing),
    )
    return FrameFields(frame.code, frame.label, bands, forcing, frame.forced, frame.form)


def definition_of(fields: RuleSetFields) -> Definition:
    """The definition the fields state (call `check` first)."""
    frames = tuple(_frame_of(fields, f) for f in fields.frames)
    cap = None
    if fields.excellent_cap is not None:
        cap = Cap(fields.excellent_cap, fields.exceptional_cap, fields.cap_level, fields.cap_of)
    return Definition(
        points=fields.points,
        frames=frames,
        general_max=fields.general_max if fields.points else 0.0,
        task_max=fields.task_max if fields.points else 0.0,
        weights={r: fields.weights.get(r, 0.0) for r in RESULTS} if fields.points else {},
        late_factor=fields.late_factor if fields.points else 1.0,
        cap=cap,
    )


def _frame_of(fields: RuleSetFields, frame: FrameFields) -> Frame:
    bands = []
    for band in frame.bands:
        conditions = []
        for kind in band.kinds():
            side = CONDITIONS[kind].bound
            conditions.append(Condition(kind, **{side: band.bounds[kind]}))
        floor = band.min_score if fields.points else None
        below = band.below if fields.points else None
        bands.append(Band(band.code, band.label, floor, tuple(conditions), below, band.cite))
    return Frame(
        frame.code, frame.label, tuple(bands), _forcing_of(frame.forcing), frame.forced, frame.form
    )


def _forcing_of(forcing: ForcingFields) -> tuple[Forcing, ...]:
    found: dict[str, Forcing] = {}
    cites = forcing.cites
    if forcing.discipline is not None:
        found["discipline"] = Forcing(
            "discipline", discipline_from=forcing.discipline, cite=cites.get("discipline", "")
        )
    if forcing.conclusions:
        kinds = tuple(k for k in CONCLUSION_KINDS if k in forcing.conclusions)
        found["conclusion"] = Forcing("conclusion", kinds=kinds, cite=cites.get("conclusion", ""))
    if forcing.not_done_over is not None:
        found["not_done_share"] = Forcing(
            "not_done_share", share=forcing.not_done_over, cite=cites.get("not_done_share", "")
        )
    if forcing.unit_done_under is not None:
        found["unit_done_share"] = Forcing(
            "unit_done_share", share=forcing.unit_done_under, cite=cites.get("unit_done_share", "")
        )
    ordered = [k for k in forcing.order if k in found] + [
        k for k in found if k not in forcing.order
    ]
    return tuple(found[k] for k in ordered)


# Checks ---------------------------------------------------------------------------------


def check(fields: RuleSetFields) -> Problems:
    """Every problem of the fields, keyed by field (empty: the fields can be saved)."""
    problems: Problems = {}
    total = MAX_POINTS
    if fields.points:
        total = _check_points(fields, problems)
    for frame in fields.frames:
        if fields.points:
            _check_floors(frame, total, problems)
        for band in frame.bands:
            _check_conditions(fields, frame.code, band, problems)
        _check_forcing(frame, problems)
    cap = fields.excellent_cap
    if cap is not None:
        if not 0 < cap <= 1:
            problems["excellent_cap"] = msg("Tỷ lệ tối đa phải lớn hơn 0 % và không quá 100 %.")
        elif fields.exceptional_cap is not None and not cap <= fields.exceptional_cap <= 1:
            problems["exceptional_cap"] = msg(
                "Tỷ lệ trong trường hợp đặc biệt phải từ tỷ lệ thông thường đến 100 %."
            )
    return problems


def _check_points(fields: RuleSetFields, problems: Problems) -> float:
    for key, value in (("general_max", fields.general_max), ("task_max", fields.task_max)):
        if not 0 <= value <= MAX_POINTS:
            problems[key] = msg("Điểm tối đa phải từ 0 đến 100.")
    total = fields.general_max + fields.task_max
    if "general_max" not in problems and "task_max" not in problems:
        if total <= 0:
            problems["task_max"] = msg(
                "Tổng điểm tối đa (tiêu chí chung + nhiệm vụ) phải lớn hơn 0."
            )
        elif total > MAX_POINTS:
            problems["task_max"] = msg(
                "Tổng điểm tối đa là {number_text}, vượt quá 100 điểm (tiêu chí chung "
                "+ kết quả nhiệm vụ).",
                number_text=number_text(total),
            )
    _check_weights(fields.weights, problems)
    if not 0 <= fields.late_factor <= 1:
        problems["late_factor"] = msg("Hệ số của nhiệm vụ trễ hạn phải từ 0 đến 1.")
    return min(total, MAX_POINTS)


def _check_weights(weights: dict[str, float], problems: Problems) -> None:
    values = [weights.get(r, 0.0) for r in RESULTS]
    if any(not 0 <= v <= MAX_WEIGHT for v in values):
        problems["weights"] = msg("Hệ số của mỗi kết quả phải từ 0 đến 2.")
    elif any(better < worse for better, worse in zip(values, values[1:], strict=False)):
        problems["weights"] = msg(
            "Hệ số phải giảm dần theo kết quả: vượt mức ≥ hoàn thành ≥ hoàn thành "
            "một phần ≥ chưa hoàn thành."
        )
    elif values[1] <= 0:
        problems["weights"] = msg("Nhiệm vụ hoàn thành phải được tính điểm (hệ số lớn hơn 0).")


def _check_floors(frame: FrameFields, total: float, problems: Problems) -> None:
    """Every level but the last needs a floor; floors fall from the top level down."""
    above: BandFields | None = None
    last = len(frame.bands) - 1
    for position, band in enumerate(frame.bands):
        key = band_key(frame.code, band.code, "min")
        if band.below is not None and not 0 < band.below <= total:
            problems[band_key(frame.code, band.code, "below")] = msg(
                "Điểm “dưới” phải từ 0 đến {number_text} (tổng điểm tối đa).",
                number_text=number_text(total),
            )
        value = band.min_score
        if value is None:
            if position < last:
                problems[key] = msg("Cần ghi điểm tối thiểu của mức này.")
            continue
        if not 0 <= value <= total:
            problems[key] = msg(
                "Điểm tối thiểu phải từ 0 đến {number_text} (tổng điểm tối đa).",
                number_text=number_text(total),
            )
        elif above is not None and above.min_score is not None and value >= above.min_score:
            problems[key] = msg(
                "Phải thấp hơn điểm tối thiểu của mức “{label}” ({number_text}).",
                label=above.label,
                number_text=number_text(above.min_score),
            )
        above = band


def _check_conditions(
    fields: RuleSetFields, frame: str, band: BandFields, problems: Problems
) -> None:
    for kind, bound in band.bounds.items():
        key = band_key(frame, band.code, kind)
        if kind in SHARE_KINDS:
            low_ok = bound >= 0 if CONDITIONS[kind].bound == "max" else bound > 0
            if not (low_ok and bound <= 1):
                problems[key] = msg("Tỷ lệ phải lớn hơn 0 % và không quá 100 %.")
        else:  # general_min
            top = fields.general_max if fields.points else MAX_POINTS
            if not 0 <= bound <= top:
                problems[key] = msg(
                    "Điểm tiêu chí chung tối thiểu phải từ 0 đến {number_text} (điểm tối "
                    "đa của tiêu chí chung).",
                    number_text=number_text(top),
                )


def _check_forcing(frame: FrameFields, problems: Problems) -> None:
    forcing = frame.forcing
    if forcing.discipline is not None and forcing.discipline not in DISCIPLINE_FORMS:
        problems[forcing_key(frame.code, "discipline")] = msg("Hình thức kỷ luật không hợp lệ.")
    over = forcing.not_done_over
    if over is not None and not 0 <= over < 1:
        problems[forcing_key(frame.code, "not_done_share")] = msg(
            "Tỷ lệ nhiệm vụ không hoàn thành phải từ 0 % đến dưới 100 %."
        )
    under = forcing.unit_done_under
    if under is not None and not 0 < under <= 1:
        problems[forcing_key(frame.code, "unit_done_share")] = msg(
            "Tỷ lệ phải lớn hơn 0 % và không quá 100 %."
        )


# Words ----------------------------------------------------------------------------------


def formula_text(fields: RuleSetFields) -> Message:
    """The task-points formula in words, e.g. 'Điểm nhiệm vụ = 70 × (số nhiệm vụ vượt
    mức × 1 + hoàn thành × 1 + hoàn thành một phần × 0,5) ÷ tổng số nhiệm vụ (không quá
    điểm tối đa); nhiệm vụ trễ hạn chỉ được tính 0,75 hệ số của nó.'"""
    if not fields.points:
        return msg("Không chấm điểm: mức xếp loại theo kết quả thực hiện nhiệm vụ.")
    counted: Message | str = "0"
    for n, result in enumerate(r for r in RESULTS if fields.weights.get(r, 0.0) > 0):
        weight = number_text(fields.weights.get(result, 0.0))
        part = msg("{result} × {weight}", result=Label(RESULT_NAMES[result]), weight=weight)
        counted = part if n == 0 else msg("{text} + {more}", text=counted, more=part)
    task_max = number_text(fields.task_max)
    if fields.late_factor < 1:
        return msg(
            "Điểm nhiệm vụ = {max} × (số nhiệm vụ {counted}) ÷ tổng số nhiệm vụ (không quá "
            "điểm tối đa); nhiệm vụ trễ hạn chỉ được tính {late} hệ số của nó.",
            max=task_max,
            counted=counted,
            late=number_text(fields.late_factor),
        )
    return msg(
        "Điểm nhiệm vụ = {max} × (số nhiệm vụ {counted}) ÷ tổng số nhiệm vụ (không quá "
        "điểm tối đa).",
        max=task_max,
        counted=counted,
    )
