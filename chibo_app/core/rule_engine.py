"""The engine: what a rule set (core.rules) proposes for one person, and why.

Quy định 366-QĐ/TW Điều 11, applied as the definition's data says:
1. not classified at all (Điều 5 k2.1: miễn, đình chỉ, kết nạp chưa đủ 6 tháng) → no level;
2. something the cell must do first (HD 43 mục 7.6: the temporary cell's comments) → no
   level, saying what is missing;
3. a forcing case of the person's frame (k4.1, k4.2: discipline from khiển trách up, a
   competent conclusion, more than 50 % of tasks not done, the units run below 70 %) →
   the forced level ("Không hoàn thành nhiệm vụ"), whatever the score;
4. else the bands top down: the first whose floor, ceiling and conditions all hold;
5. else no level: the reasons say which condition failed at every level, so the cell
   decides and records why.

Every reason is a Message (core/messages.py): the evaluation stores it by its id and
values (core/stored_messages.py), so it is shown in the reader's language.

Task points reflect progress and quality (Phụ lục 4 II: "sản phẩm, tiến độ, chất
lượng"): each task earns its result's weight, times the late factor when it was late;
the cell may instead enter the task points with their source (Điều 6 k2).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.rules import (
    ALL,
    CONCLUSION_LABELS,
    CONDITIONS,
    DISCIPLINE_FORMS,
    DISCIPLINE_LABELS,
    DONE,
    Band,
    Condition,
    Definition,
    Forcing,
    number_text,
    percent_text,
)
from chibo_app.core.standing import EXEMPT_REASONS

NO_LEVEL = msg("Không mức xếp loại nào đủ điều kiện: chi bộ xem xét, quyết định và ghi rõ lý do.")
BLOCKED = msg("Chưa đề xuất mức xếp loại.")
CONSIDER = msg(
    "Nếu đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả, cấp có thẩm "
    "quyền xem xét, quyết định mức xếp loại."
)
_EPSILON = 1e-9


@dataclass(frozen=True)
class UnitFacts:
    """What the units a leader runs achieved (366 Điều 11 k1.1, k2.1, k3.1, k4.1), as
    shares 0–1; None: not recorded. `not_all_on_time`: known only to be below 100 %."""

    done_share: float | None = None
    exceeded_share: float | None = None
    on_time_share: float | None = None
    not_all_on_time: bool = False


@dataclass(frozen=True)
class Facts:
    """What the engine looks at for one person in one year.

    general_points: the cell's general points (None: not entered); results: each
    task's result (None: not recorded), on_time: whether it was on time; remedied: each
    shortcoming named at the last review, remedied or not; frame: the criteria frame
    (leader, staff, outside); task_points: entered by the cell instead of computed, with
    its source; discipline: the forms decided in the year; conclusions: the kinds
    concluded in the year; unit: for leaders; exempt_reason: not classified at all;
    blockers: what the cell must do before a level is proposed; notes: said first."""

    general_points: float | None
    results: tuple[str | None, ...]
    on_time: tuple[bool, ...] = ()
    remedied: tuple[bool, ...] = ()
    frame: str = ALL
    task_points: float | None = None
    task_points_source: str = ""
    discipline: tuple[str, ...] = ()
    conclusions: tuple[str, ...] = ()
    unit: UnitFacts | None = None
    exempt_reason: str | None = None
    blockers: tuple[Message, ...] = ()
    notes: tuple[Message, ...] = ()


@dataclass(frozen=True)
class Proposal:
    code: str | None  # None: no level proposed (exempt, blocked, or no level holds)
    label: str
    score: float | None
    general_points: float | None
    task_points: float | None
    reasons: tuple[Message, ...]
    frame: str = ALL
    forced: bool = False
    exempt: bool = False


@dataclass(frozen=True)
class Counts:
    """The tasks of one person, counted: a task without a result counts as not done."""

    total: int
    done: int
    exceeded: int
    partly: int
    not_done: int
    missing: int
    late: int
    on_time_done: int

    @classmethod
    def of(cls, facts: Facts) -> Counts:
        results = facts.results
        late = [i < len(facts.on_time) and not facts.on_time[i] for i in range(len(results))]
        return cls(
            total=len(results),
            done=sum(1 for r in results if r in DONE),
            exceeded=sum(1 for r in results if r == "exceeded"),
            partly=sum(1 for r in results if r == "partly"),
            not_done=sum(1 for r in results if r in (None, "not_done")),
            missing=sum(1 for r in results if r is None),
            late=sum(late),
            on_time_done=sum(1 for r, x in zip(results, late, strict=True) if r in DONE and not x),
        )


# Points ---------------------------------------------------------------------------------


def computed_task_points(definition: Definition, facts: Facts) -> float:
    """task max × Σ (result weight × late factor when late) / number of tasks, capped."""
    if not facts.results:
        return 0.0
    earned = 0.0
    for index, result in enumerate(facts.results):
        weight = definition.weights.get(result or "not_done", 0.0)
        late = index < len(facts.on_time) and not facts.on_time[index]
        earned += weight * (definition.late_factor if late else 1.0)
    count = len(facts.results)
    return round(definition.task_max * min(earned, count) / count, 2)


def task_points(definition: Definition, facts: Facts) -> float:
    if facts.task_points is not None:
        return round(min(facts.task_points, definition.task_max), 2)
    return computed_task_points(definition, facts)


# The proposal ---------------------------------------------------------------------------


def propose(definition: Definition, facts: Facts) -> Proposal:
    """The level the definition gives these facts (or none), with every reason."""
    frame = definition.frame(facts.frame)
    if facts.exempt_reason:
        reason = exempt_text(facts.exempt_reason)
        return Proposal(None, "", None, None, None, (reason,), frame.code, exempt=True)
    reasons: list[Message] = []
    if definition.framed:
        reasons.append(msg("Khung tiêu chí: {frame}.", frame=frame.label))
    counts = Counts.of(facts)
    score = general = tasks = None
    if definition.points:
        general = min(facts.general_points or 0.0, definition.general_max)
        tasks = task_points(definition, facts)
        score = round(general + tasks, 2)
        reasons.extend(_score_lines(definition, facts, general, tasks, score))
    reasons.append(_tasks_line(counts))
    reasons.extend(facts.notes)

    def proposal(code: str | None, forced: bool = False) -> Proposal:
        label = definition.label(code) if code else ""
        return Proposal(code, label, score, general, tasks, tuple(reasons), frame.code, forced)

    if facts.blockers:
        reasons.extend(facts.blockers)
        reasons.append(BLOCKED)
        return proposal(None)
    hits = [hit for f in frame.forcing for hit in _forced(f, facts, counts)]
    if hits:
        code = frame.forced_level
        cites = _cites(f.cite for f in frame.forcing if _forced(f, facts, counts))
        level = definition.label(code)
        reasons.append(
            msg(
                "Thuộc trường hợp “{level}” ({cites}): {hits}.", level=level, cites=cites, hits=hits
            )
            if cites
            else msg("Thuộc trường hợp “{level}”: {hits}.", level=level, hits=hits)
        )
        if any(f.kind in ("discipline", "conclusion") and _forced(f, facts, counts)
               for f in frame.forcing):  # fmt: skip
            reasons.append(CONSIDER)
        return proposal(code, forced=True)
    for band in frame.bands:
        held, failed = _check_band(band, facts, counts, score, general)
        if not failed:
            reasons.append(_band_held(band, held))
            return proposal(band.code)
        reasons.append(_band_failed(band, failed))
    reasons.append(NO_LEVEL)
    return proposal(None)


def exempt_text(reason: str) -> Message:
    """'Không đánh giá, xếp loại: Bị đình chỉ sinh hoạt đảng (366-QĐ/TW Điều 5 k2.1).'"""
    if reason in EXEMPT_REASONS:
        return msg("Không đánh giá, xếp loại: {reason} (366-QĐ/TW Điều 5 k2.1).", reason=reason)
    return msg("Không đánh giá, xếp loại: {reason}.", reason=reason)


def _cites(cites: Iterable[str]) -> list[Message | str]:
    """The clauses cited, once each: "Điều 11 k2.2" (the rule set's data) said in the
    reader's language."""
    return [cite_text(c) for c in dict.fromkeys(c for c in cites if c)]


def cite_text(cite: str) -> Message | str:
    clause = cite.removeprefix("Điều 11 ")
    return msg("Điều 11 {clause}", clause=clause) if clause != cite else cite


def _band_held(band: Band, held: list[Message]) -> Message:
    cites = _cites([band.cite])
    if cites and held:
        return msg("Đạt “{level}” ({cites}): {held}.", level=band.label, cites=cites, held=held)
    if cites:
        return msg("Đạt “{level}” ({cites}).", level=band.label, cites=cites)
    if held:
        return msg("Đạt “{level}”: {held}.", level=band.label, held=held)
    return msg("Đạt “{level}”.", level=band.label)


def _band_failed(band: Band, failed: list[Message]) -> Message:
    cites = _cites([band.cite])
    if cites:
        return msg(
            "Chưa đạt “{level}” ({cites}): {failed}.", level=band.label, cites=cites, failed=failed
        )
    return msg("Chưa đạt “{level}”: {failed}.", level=band.label, failed=failed)


def _score_lines(
    definition: Definition, facts: Facts, general: float, tasks: float, score: float
) -> list[Message]:
    general_text: Message | str = (
        msg("chưa nhập, tính 0")
        if facts.general_points is None
        else f"{number_text(general)}/{number_text(definition.general_max)}"
    )
    lines = [
        msg(
            "Điểm: {score} = tiêu chí chung {general} + kết quả nhiệm vụ {tasks}.",
            score=number_text(score),
            general=general_text,
            tasks=f"{number_text(tasks)}/{number_text(definition.task_max)}",
        )
    ]
    if facts.task_points is not None:
        source: Message | str = facts.task_points_source.strip() or msg("chưa ghi nguồn")
        lines.append(msg("Điểm kết quả nhiệm vụ do chi bộ nhập (nguồn: {source}).", source=source))
    return lines


def _tasks_line(counts: Counts) -> Message:
    if not counts.total:
        return msg("Kế hoạch không có nhiệm vụ nào.")
    numbers = {
        "total": counts.total,
        "done": counts.done,
        "exceeded": counts.exceeded,
        "partly": counts.partly,
        "not_done": counts.not_done,
        "late": counts.late,
    }
    if counts.missing:
        return msg(
            "Nhiệm vụ: {total}, hoàn thành {done} (vượt mức {exceeded}), hoàn thành một phần "
            "{partly}, chưa hoàn thành {not_done}; chưa bảo đảm tiến độ {late}. {missing} "
            "nhiệm vụ chưa ghi kết quả (tính là chưa hoàn thành).",
            missing=counts.missing,
            **numbers,
        )
    return msg(
        "Nhiệm vụ: {total}, hoàn thành {done} (vượt mức {exceeded}), hoàn thành một phần "
        "{partly}, chưa hoàn thành {not_done}; chưa bảo đảm tiến độ {late}.",
        **numbers,
    )


# Forcing ------------------------------------------------------------------------------


def _forced(forcing: Forcing, facts: Facts, counts: Counts) -> list[Message]:
    """The sentences saying why this forcing case holds (empty: it does not)."""
    if forcing.kind == "discipline":
        floor = DISCIPLINE_FORMS.index(forcing.discipline_from or DISCIPLINE_FORMS[0])
        heavy = [f for f in facts.discipline if f in DISCIPLINE_FORMS]
        heavy = [f for f in heavy if DISCIPLINE_FORMS.index(f) >= floor]
        if not heavy:
            return []
        worst = max(heavy, key=DISCIPLINE_FORMS.index)
        least = Label(DISCIPLINE_LABELS[DISCIPLINE_FORMS[floor]], lower=True)
        form = Label(DISCIPLINE_LABELS[worst], lower=True)
        return [msg("bị kỷ luật {form} (từ {least} trở lên)", form=form, least=least)]
    if forcing.kind == "conclusion":
        found = [k for k in dict.fromkeys(facts.conclusions) if k in forcing.kinds]
        return [
            msg(
                "bị cấp có thẩm quyền kết luận {kind}", kind=Label(CONCLUSION_LABELS[k], lower=True)
            )
            for k in found
        ]
    if forcing.kind == "not_done_share":
        bound = forcing.share or 0.0
        if not counts.total or counts.not_done / counts.total <= bound + _EPSILON:
            return []
        share = counts.not_done / counts.total
        return [
            msg(
                "tỷ lệ nhiệm vụ không hoàn thành {share} ({fraction}) > {bound}",
                share=percent_text(share),
                fraction=f"{counts.not_done}/{counts.total}",
                bound=percent_text(bound),
            )
        ]
    # unit_done_share: the units a leader runs did less than the bound
    unit_share = facts.unit.done_share if facts.unit else None
    bound = forcing.share or 0.0
    if unit_share is None or unit_share >= bound - _EPSILON:
        return []
    name = CONDITIONS["unit_done_share"].name
    return [_said(name, percent_text(unit_share), "<", percent_text(bound))]


def _said(name: str, value: str, sign: str, bound: str, fraction: str = "") -> Message:
    """'tỷ lệ nhiệm vụ hoàn thành 90% (9/10) ≥ 80%': a condition's name (a label), its
    value and the bound it is compared with."""
    if fraction:
        return msg(
            "{name} {value} ({fraction}) {sign} {bound}",
            name=name, value=value, fraction=fraction, sign=sign, bound=bound,
        )  # fmt: skip
    return msg("{name} {value} {sign} {bound}", name=name, value=value, sign=sign, bound=bound)


# Bands ----------------------------------------------------------------------------------


def _check_band(
    band: Band, facts: Facts, counts: Counts, score: float | None, general: float | None
) -> tuple[list[Message], list[Message]]:
    held: list[Message] = []
    failed: list[Message] = []
    value = score or 0.0
    if band.min_score is not None:
        ok = value >= band.min_score - _EPSILON
        (held if ok else failed).append(_points(value, "≥" if ok else "<", band.min_score))
    if band.below is not None:
        ok = value < band.below - _EPSILON
        (held if ok else failed).append(_points(value, "<" if ok else "≥", band.below))
    for condition in band.conditions:
        ok, text = condition_result(condition, facts, counts, general)
        (held if ok else failed).append(text)
    return held, failed


def _points(score: float, sign: str, bound: float) -> Message:
    return msg(
        "{score} điểm {sign} {bound}", score=number_text(score), sign=sign, bound=number_text(bound)
    )


def condition_result(
    condition: Condition, facts: Facts, counts: Counts, general: float | None
) -> tuple[bool, Message]:
    """Whether the condition holds, and the sentence saying so."""
    spec = CONDITIONS[condition.kind]
    bound = condition.bound
    if condition.kind == "general_min":
        value = general if general is not None else facts.general_points or 0.0
        ok = value >= bound - _EPSILON
        return ok, _said(spec.name, number_text(value), "≥" if ok else "<", number_text(bound))
    if spec.unit:
        return _unit_condition(condition, facts.unit or UnitFacts())
    part, total, empty = _part(condition.kind, facts, counts)
    if not total:
        return True, empty
    return _compare(spec.name, part / total, bound, spec.bound, f"{part}/{total}")


def _part(kind: str, facts: Facts, counts: Counts) -> tuple[int, int, Message]:
    """(part, whole, what to say when there is nothing to count)."""
    if kind == "remedied_share":
        done = sum(1 for ok in facts.remedied if ok)
        return done, len(facts.remedied), msg("không có hạn chế, khuyết điểm phải khắc phục")
    part = {
        "done_share": counts.done,
        "on_time_share": counts.on_time_done,
        "late_share": counts.late,
        "exceeded_share": counts.exceeded,
    }[kind]
    return part, counts.total, msg("kế hoạch không có nhiệm vụ nào")


def _compare(
    name: str, share: float, bound: float, side: str, fraction: str = ""
) -> tuple[bool, Message]:
    if side == "min":
        ok = share >= bound - _EPSILON
        sign = "≥" if ok else "<"
    else:
        ok = share <= bound + _EPSILON
        sign = "≤" if ok else ">"
    return ok, _said(name, percent_text(share), sign, percent_text(bound), fraction)


def _unit_condition(condition: Condition, unit: UnitFacts) -> tuple[bool, Message]:
    spec = CONDITIONS[condition.kind]
    if condition.kind in ("unit_on_time_share", "unit_late_share"):
        on_time = unit.on_time_share
        if on_time is None:
            if unit.not_all_on_time and condition.kind == "unit_on_time_share":
                if condition.bound >= 1 - _EPSILON:
                    return False, msg("đơn vị phụ trách có nhiệm vụ không đúng hạn")
            if unit.not_all_on_time:
                return False, msg("chưa rõ {name}", name=spec.name)
            return False, msg("chưa nhập {name}", name=spec.name)
        share = on_time if condition.kind == "unit_on_time_share" else 1 - on_time
    else:
        found = unit.done_share if condition.kind == "unit_done_share" else unit.exceeded_share
        if found is None:
            return False, msg("chưa nhập {name}", name=spec.name)
        share = found
    return _compare(spec.name, share, condition.bound, spec.bound)
