"""Classification rule sets as data: what a rule set says, parsed and written back.

A rule set names its regulation and date and holds a JSON definition:

    {"points": true,                        # false: levels decided by conditions only
     "general": {"max": 30},                # general criteria, points entered by the cell
     "tasks": {"max": 70,                   # task points = max × Σ earned / number of tasks
               "weights": {"exceeded": 1, "done": 1, "partly": 0.5, "not_done": 0},
               "late_factor": 0.75},        # a task done late earns this share of its weight
     "levels": [{"code": "excellent", "label": "Hoàn thành xuất sắc nhiệm vụ"}, …],
     "frames": [                            # who is measured how (366: Phụ lục 3, 4, 5)
        {"code": "staff", "label": "…", "form": "2B",
         "bands": [                         # tried top down; the first that holds wins
            {"code": "excellent", "min": 90, "cite": "Điều 11 k1.2, k1.3",
             "conditions": [{"kind": "done_share", "min": 1},
                            {"kind": "late_share", "max": 0.2}, …]},
            {"code": "not_completed", "below": 50, "cite": "Điều 11 k4"}],
         "forcing": [                       # any of these: the forced level, whatever the score
            {"kind": "discipline", "from": "khien_trach", "cite": "Điều 11 k4.2"},
            {"kind": "not_done_share", "over": 0.5, "cite": "Điều 11 k4.2"}],
         "forced": "not_completed"}],
     "excellent_cap": {"share": 0.2, "exceptional_share": 0.25,
                       "level": "excellent", "of": "good"}}

A band's `min` is a floor (score ≥ min), `below` a ceiling (score < below). Conditions
compare a share (0–1) or the general points with `min` or `max`; the shares are listed
in CONDITIONS. Older definitions (one "bands" list holding the labels, flag conditions
all_tasks_done / all_on_time / all_remedied, a bare number as the cap) are read as one
frame for everyone. A later regulation is a new rule set (a row of data), not a code
change. The engine that applies a definition is core.rule_engine; the cap, core.rule_cap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError

RESULTS = ("exceeded", "done", "partly", "not_done")
DONE = frozenset({"exceeded", "done"})
EXCELLENT = "excellent"
GOOD = "good"

# The frames of Quy định 366-QĐ/TW Điều 10 (the criteria of Phụ lục 3, 4 and 5), and the
# bản kiểm điểm each fills (Hướng dẫn 43-HD/BTCTW: Mẫu 2A, 2B, 2C).
LEADER, STAFF, OUTSIDE = "leader", "staff", "outside"
FRAMES = (LEADER, STAFF, OUTSIDE)
ALL = "all"  # the one frame of a definition without frames
FRAME_LABELS = {
    LEADER: "Cá nhân giữ chức vụ lãnh đạo, quản lý",
    STAFF: "Cá nhân không giữ chức vụ lãnh đạo, quản lý",
    OUTSIDE: "Đảng viên không làm việc trong hệ thống chính trị",
    ALL: "Mọi đảng viên",
}

# Discipline forms from the lightest (366 Điều 11 k4: "từ khiển trách trở lên").
DISCIPLINE_FORMS = ("khien_trach", "canh_cao", "cach_chuc", "khai_tru")
DISCIPLINE_LABELS = {
    "khien_trach": "Khiển trách",
    "canh_cao": "Cảnh cáo",
    "cach_chuc": "Cách chức",
    "khai_tru": "Khai trừ",
}
# What a competent level may conclude (366 Điều 11 k4.1, k4.2).
CONCLUSION_KINDS = ("suy_thoai", "dieu_cam", "neu_guong")
CONCLUSION_LABELS = {
    "suy_thoai": "Có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "
    "“tự diễn biến”, “tự chuyển hoá”",
    "dieu_cam": "Vi phạm những điều đảng viên không được làm",
    "neu_guong": "Vi phạm quy định về trách nhiệm nêu gương",
}


@dataclass(frozen=True)
class ConditionKind:
    bound: str  # "min" or "max"
    name: str  # what is measured, in words
    share: bool = True  # a share 0–1 (else points)
    unit: bool = False  # about the units a leader runs (366 Điều 11 k1.1, k2.1, k3.1)


CONDITIONS: dict[str, ConditionKind] = {
    "done_share": ConditionKind("min", "tỷ lệ nhiệm vụ hoàn thành"),
    "on_time_share": ConditionKind("min", "tỷ lệ nhiệm vụ hoàn thành đúng hạn"),
    "late_share": ConditionKind("max", "tỷ lệ nhiệm vụ chưa bảo đảm tiến độ"),
    "exceeded_share": ConditionKind("min", "tỷ lệ nhiệm vụ vượt mức"),
    "remedied_share": ConditionKind("min", "tỷ lệ hạn chế, khuyết điểm đã khắc phục"),
    "general_min": ConditionKind("min", "điểm tiêu chí chung", share=False),
    "unit_done_share": ConditionKind(
        "min", "tỷ lệ nhiệm vụ hoàn thành của đơn vị phụ trách", unit=True
    ),
    "unit_exceeded_share": ConditionKind(
        "min", "tỷ lệ nhiệm vụ vượt mức của đơn vị phụ trách", unit=True
    ),
    "unit_on_time_share": ConditionKind(
        "min", "tỷ lệ nhiệm vụ đúng hạn của đơn vị phụ trách", unit=True
    ),
    "unit_late_share": ConditionKind(
        "max", "tỷ lệ nhiệm vụ chưa bảo đảm tiến độ của đơn vị phụ trách", unit=True
    ),
}
CONDITION_KINDS = {kind: spec.name for kind, spec in CONDITIONS.items()}
# Older flag conditions, read as the shares they mean.
_LEGACY = {
    "all_tasks_done": ("done_share", 1.0),
    "all_on_time": ("late_share", 0.0),
    "all_remedied": ("remedied_share", 1.0),
}

# What forces a level whatever the score (366 Điều 11 k4.1, k4.2), with its bound's key.
FORCING_KINDS = {
    "discipline": "from",  # a discipline form at least this heavy, decided in the year
    "conclusion": "kinds",  # a competent conclusion of one of these kinds in the year
    "not_done_share": "over",  # more than this share of tasks not done
    "unit_done_share": "under",  # the units a leader runs did less than this share
}
FORCING_NAMES = {
    "discipline": "bị kỷ luật",
    "conclusion": "bị cấp có thẩm quyền kết luận",
    "not_done_share": "tỷ lệ nhiệm vụ không hoàn thành",
    "unit_done_share": "tỷ lệ nhiệm vụ hoàn thành của đơn vị phụ trách",
}


class BadRuleSet(ChiboError):
    """A rule set definition that cannot be used; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class Condition:
    kind: str
    min: float | None = None
    max: float | None = None

    @property
    def bound(self) -> float:
        value = self.min if CONDITIONS[self.kind].bound == "min" else self.max
        return value or 0.0


@dataclass(frozen=True)
class Band:
    code: str
    label: str
    min_score: float | None = None  # floor: score ≥ min
    conditions: tuple[Condition, ...] = ()
    below: float | None = None  # ceiling: score < below
    cite: str = ""  # the clause, e.g. "Điều 11 k2.2"


@dataclass(frozen=True)
class Forcing:
    kind: str
    discipline_from: str | None = None  # discipline
    kinds: tuple[str, ...] = ()  # conclusion
    share: float | None = None  # not_done_share (over), unit_done_share (under)
    cite: str = ""


@dataclass(frozen=True)
class Frame:
    code: str
    label: str
    bands: tuple[Band, ...]
    forcing: tuple[Forcing, ...] = ()
    forced: str | None = None  # the level forcing proposes (default: the last level)
    form: str = ""  # the bản kiểm điểm (Mẫu 2A, 2B, 2C)

    @property
    def forced_level(self) -> str:
        return self.forced or self.bands[-1].code


@dataclass(frozen=True)
class Cap:
    """366 Điều 11 k1.4: those rated `level` at most `share` of those rated `of`
    among like positions; `exceptional_share` when the competent level so decides."""

    share: float
    exceptional_share: float | None = None
    level: str = EXCELLENT
    of: str = GOOD


@dataclass(frozen=True)
class Definition:
    points: bool
    frames: tuple[Frame, ...]
    general_max: float = 0.0
    task_max: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)
    late_factor: float = 1.0
    cap: Cap | None = None

    @property
    def bands(self) -> tuple[Band, ...]:
        """The levels (their codes and labels, top down), as the first frame has them."""
        return self.frames[0].bands

    @property
    def framed(self) -> bool:
        return any(f.code != ALL for f in self.frames)

    def label(self, code: str | None) -> str:
        for band in self.bands:
            if band.code == code:
                return band.label
        return code or ""

    def frame(self, code: str | None) -> Frame:
        """The frame of this code; a definition without frames has one for everyone."""
        for frame in self.frames:
            if frame.code == code:
                return frame
        for frame in self.frames:
            if frame.code in (ALL, STAFF):
                return frame
        return self.frames[0]

    @property
    def excellent_cap(self) -> float | None:
        return self.cap.share if self.cap else None


@dataclass(frozen=True)
class RuleSet:
    code: str  # short and unique, e.g. "366-QĐ/TW"
    name: str  # "Quy định 366-QĐ/TW"
    regulation: str  # what it is about, in full
    issued_on: str | None  # ISO date
    definition: Definition
    builtin: bool = False
    id: int | None = None


# Parsing ------------------------------------------------------------------------------


def parse_definition(data: dict[str, Any] | str) -> Definition:
    """A definition from its JSON (text or parsed); BadRuleSet says what is wrong."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError:
            raise BadRuleSet(msg("Định nghĩa bộ tiêu chí không phải JSON hợp lệ.")) from None
    if not isinstance(data, dict):
        raise BadRuleSet(msg("Định nghĩa bộ tiêu chí phải là một đối tượng JSON."))
    points = bool(data.get("points", False))
    labels = _levels(data)
    frames = _frames(data, labels, points)
    weights: dict[str, float] = {}
    general_max = task_max = 0.0
    late_factor = 1.0
    if points:
        general_max = _number(_dict(data.get("general")).get("max", 0), "general.max")
        tasks = _dict(data.get("tasks"))
        task_max = _number(tasks.get("max", 0), "tasks.max")
        raw = _dict(tasks.get("weights"))
        weights = {r: _number(raw.get(r, 1 if r in DONE else 0), f"weights.{r}") for r in RESULTS}
        late_factor = _number(tasks.get("late_factor", 1), "tasks.late_factor")
        if late_factor > 1:
            raise BadRuleSet(msg("Hệ số nhiệm vụ trễ hạn phải từ 0 đến 1."))
        if general_max + task_max <= 0:
            raise BadRuleSet(msg("Tổng điểm tối đa phải lớn hơn 0."))
    return Definition(
        points, frames, general_max, task_max, weights, late_factor, _cap(data, labels)
    )


def _levels(data: dict[str, Any]) -> dict[str, str]:
    """code → label of the levels, top down (from "levels", else the first bands)."""
    if "levels" in data:
        raw = _list(data["levels"], "levels")
    elif "bands" in data:
        raw = _list(data["bands"], "bands")
    else:
        frames = _list(data.get("frames"), "frames")
        raw = _list(_dict(frames[0]).get("bands"), "bands") if frames else []
    labels: dict[str, str] = {}
    for item in raw:
        level = _dict(item)
        code = str(level.get("code") or "").strip()
        label = str(level.get("label") or "").strip()
        if not code or not label:
            raise BadRuleSet(msg("Mỗi mức xếp loại cần có mã (code) và tên (label)."))
        if code in labels:
            raise BadRuleSet(msg("Các mức xếp loại phải có mã khác nhau."))
        labels[code] = label
    if not labels:
        raise BadRuleSet(msg("Bộ tiêu chí cần ít nhất một mức xếp loại."))
    return labels


def _frames(data: dict[str, Any], labels: dict[str, str], points: bool) -> tuple[Frame, ...]:
    if "frames" not in data:
        return (Frame(ALL, FRAME_LABELS[ALL], _bands(data.get("bands"), labels, points)),)
    frames = []
    for raw in _list(data["frames"], "frames"):
        item = _dict(raw)
        code = str(item.get("code") or "").strip()
        if not code:
            raise BadRuleSet(msg("Mỗi khung tiêu chí cần có mã (code)."))
        bands = _bands(item.get("bands"), labels, points)
        forced = item.get("forced")
        if forced is not None and forced not in labels:
            raise BadRuleSet(
                msg("Khung “{code}”: không có mức xếp loại “{forced}”.", code=code, forced=forced)
            )
        forcing = tuple(_forcing(f, code) for f in _list(item.get("forcing", []), "forcing"))
        label = str(item.get("label") or FRAME_LABELS.get(code, code))
        frames.append(Frame(code, label, bands, forcing, forced, str(item.get("form") or "")))
    if not frames:
        raise BadRuleSet(msg("Bộ tiêu chí cần ít nhất một khung tiêu chí."))
    if len({f.code for f in frames}) != len(frames):
        raise BadRuleSet(msg("Các khung tiêu chí phải có mã khác nhau."))
    return tuple(frames)


def _bands(raw: object, labels: dict[str, str], points: bool) -> tuple[Band, ...]:
    bands = tuple(_band(b, labels, points) for b in _list(raw, "bands"))
    if [b.code for b in bands] != list(labels):
        raise BadRuleSet(msg("Mỗi khung tiêu chí phải có đủ các mức xếp loại, theo thứ tự."))
    return bands


def _band(raw: object, labels: dict[str, str], points: bool) -> Band:
    data = _dict(raw)
    code = str(data.get("code") or "").strip()
    if code not in labels:
        raise BadRuleSet(msg("Không có mức xếp loại “{code}”.", code=code))
    label = labels[code]
    floor = _optional(data.get("min"), f"{code}.min")
    ceiling = _optional(data.get("below"), f"{code}.below")
    if (floor is not None or ceiling is not None) and not points:
        raise BadRuleSet(
            msg("Mức “{label}”: bộ tiêu chí không tính điểm nên không có điểm sàn.", label=label)
        )
    conditions = tuple(
        _condition(c, label) for c in _list(data.get("conditions", []), f"{code}.conditions")
    )
    return Band(code, label, floor, conditions, ceiling, str(data.get("cite") or ""))


def _condition(raw: object, label: str) -> Condition:
    data = _dict(raw)
    kind = str(data.get("kind") or "")
    if kind in _LEGACY:
        new, bound = _LEGACY[kind]
        spec = CONDITIONS[new]
        return Condition(new, **{spec.bound: bound})
    spec_or_none = CONDITIONS.get(kind)
    if spec_or_none is None:
        raise BadRuleSet(
            msg("Mức “{label}”: không có loại điều kiện “{kind}”.", label=label, kind=kind)
        )
    spec = spec_or_none
    value = data.get(spec.bound)
    if value is None:
        raise BadRuleSet(
            msg(
                "Mức “{label}”: điều kiện “{kind}” cần giá trị {bound}.",
                label=label,
                kind=kind,
                bound=spec.bound,
            )
        )
    bound = _number(value, kind)
    if spec.share and bound > 1:
        raise BadRuleSet(
            msg(
                "Mức “{label}”: tỷ lệ của điều kiện “{kind}” phải từ 0 đến 1.",
                label=label,
                kind=kind,
            )
        )
    return Condition(kind, **{spec.bound: bound})


def _forcing(raw: object, frame: str) -> Forcing:
    data = _dict(raw)
    kind = str(data.get("kind") or "")
    key = FORCING_KINDS.get(kind)
    if key is None:
        raise BadRuleSet(
            msg("Khung “{frame}”: không có trường hợp “{kind}”.", frame=frame, kind=kind)
        )
    cite = str(data.get("cite") or "")
    value = data.get(key)
    if kind == "discipline":
        form = str(value or DISCIPLINE_FORMS[0])
        if form not in DISCIPLINE_FORMS:
            raise BadRuleSet(
                msg("Khung “{frame}”: không có hình thức kỷ luật “{form}”.", frame=frame, form=form)
            )
        return Forcing(kind, discipline_from=form, cite=cite)
    if kind == "conclusion":
        kinds = tuple(str(k) for k in _list(value or list(CONCLUSION_KINDS), "kinds"))
        if not kinds or any(k not in CONCLUSION_KINDS for k in kinds):
            raise BadRuleSet(msg("Khung “{frame}”: loại kết luận không hợp lệ.", frame=frame))
        return Forcing(kind, kinds=kinds, cite=cite)
    if value is None:
        raise BadRuleSet(
            msg(
                "Khung “{frame}”: trường hợp “{kind}” cần giá trị {key}.",
                frame=frame,
                kind=kind,
                key=key,
            )
        )
    share = _number(value, kind)
    if share > 1:
        raise BadRuleSet(
            msg(
                "Khung “{frame}”: tỷ lệ của trường hợp “{kind}” phải từ 0 đến 1.",
                frame=frame,
                kind=kind,
            )
        )
    return Forcing(kind, share=share, cite=cite)


def _cap(data: dict[str, Any], labels: dict[str, str]) -> Cap | None:
    raw = data.get("excellent_cap")
    if raw is None:
        return None
    item = {"share": raw} if not isinstance(raw, dict) else raw
    share = _number(item.get("share"), "excellent_cap.share")
    exceptional = _optional(item.get("exceptional_share"), "excellent_cap.exceptional_share")
    if not 0 < share <= 1 or (exceptional is not None and not share <= exceptional <= 1):
        raise BadRuleSet(msg("Tỷ lệ tối đa xếp loại xuất sắc phải trong khoảng (0; 1]."))
    level = str(item.get("level") or EXCELLENT)
    of = str(item.get("of") or GOOD)
    if level not in labels or of not in labels:
        raise BadRuleSet(msg("Tỷ lệ tối đa xếp loại xuất sắc nêu một mức không có."))
    return Cap(share, exceptional, level, of)


def _dict(value: object) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise BadRuleSet(msg("Định nghĩa bộ tiêu chí sai cấu trúc (cần một đối tượng)."))
    return value


def _list(value: object, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise BadRuleSet(msg("Định nghĩa bộ tiêu chí: “{name}” phải là một danh sách.", name=name))
    return value


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise BadRuleSet(msg("Định nghĩa bộ tiêu chí: “{name}” phải là số không âm.", name=name))
    return float(value)


def _optional(value: object, name: str) -> float | None:
    return None if value is None else _number(value, name)


# Writing back ---------------------------------------------------------------------------


def definition_data(definition: Definition) -> dict[str, Any]:
    """The JSON form of a definition (round-trips through parse_definition)."""
    data: dict[str, Any] = {"points": definition.points}
    if definition.points:
        data["general"] = {"max": definition.general_max}
        data["tasks"] = {
            "max": definition.task_max,
            "weights": dict(definition.weights),
            "late_factor": definition.late_factor,
        }
    data["levels"] = [{"code": b.code, "label": b.label} for b in definition.bands]
    data["frames"] = [_frame_data(frame) for frame in definition.frames]
    cap = definition.cap
    if cap is not None:
        data["excellent_cap"] = {"share": cap.share, "level": cap.level, "of": cap.of}
        if cap.exceptional_share is not None:
            data["excellent_cap"]["exceptional_share"] = cap.exceptional_share
    return data


def _frame_data(frame: Frame) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": frame.code,
        "label": frame.label,
        "bands": [_band_data(b) for b in frame.bands],
        "forcing": [_forcing_data(f) for f in frame.forcing],
    }
    if frame.forced is not None:
        data["forced"] = frame.forced
    if frame.form:
        data["form"] = frame.form
    return data


def _band_data(band: Band) -> dict[str, Any]:
    data: dict[str, Any] = {"code": band.code, "min": band.min_score}
    if band.below is not None:
        data["below"] = band.below
    if band.cite:
        data["cite"] = band.cite
    data["conditions"] = [
        {"kind": c.kind, CONDITIONS[c.kind].bound: c.bound} for c in band.conditions
    ]
    return data


def _forcing_data(forcing: Forcing) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": forcing.kind}
    key = FORCING_KINDS[forcing.kind]
    if forcing.kind == "discipline":
        data[key] = forcing.discipline_from
    elif forcing.kind == "conclusion":
        data[key] = list(forcing.kinds)
    else:
        data[key] = forcing.share
    if forcing.cite:
        data["cite"] = forcing.cite
    return data


def definition_json(definition: Definition) -> str:
    return json.dumps(definition_data(definition), ensure_ascii=False, sort_keys=True)


def number_text(value: float) -> str:
    """89.9 → '89,9'; 90.0 → '90' (Vietnamese decimal comma)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def percent_text(share: float) -> str:
    """0.3 → '30%'; 2/3 → '66,7%'."""
    return f"{number_text(round(share * 100, 1))}%"


def short_label(label: str) -> str:
    """A level without its last words: 'Hoàn thành tốt nhiệm vụ' → 'Hoàn thành tốt'."""
    return label.removesuffix(" nhiệm vụ")
