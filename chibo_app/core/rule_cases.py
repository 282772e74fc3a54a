"""Cases to try a rule set on, as `chibo rules try CASES.json` reads them.

CASES.json is a list of objects:

    {"id": "a1",                            # any text or number, echoed back
     "group": "leader" | "staff" | "outside",   # the criteria frame (default staff)
     "general": 0–30,                       # the general points (null: not entered)
     "tasks": [{"result": "exceeded" | "done" | "partly" | "not_done" | null,
                "on_time": true | false}],  # on_time defaults to true
     "shortcomings": {"total": 2, "remedied": 1},
     "discipline": null | "khien_trach" | "canh_cao" | "cach_chuc" | "khai_tru",
     "degraded": true | false,              # a competent conclusion of suy thoái
     "unit": {"done_share": 1.0, "exceeded_share": 0.4,
              "on_time": true | false | 0.9},   # leaders: the units they run (0–1)
     # optional, beyond the issue's format:
     "conclusions": ["suy_thoai", "dieu_cam", "neu_guong"],
     "task_points": 60, "task_points_source": "…",   # entered instead of computed
     "exempted": true, "suspended": true,   # 366 Điều 5 k2.1
     "admitted_months": 5,                  # months from admission to the review
     "sick_days": 95, "maternity": true,    # HD 43 mục 7.5
     "temporary": {"cell": "Chi bộ …", "comments": "…"}}   # HD 43 mục 7.6

Each case becomes the same facts the app builds from its records (core.standing on a
person and their records as of a review day), so `rules try` and the app agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from chibo_app.core.messages import Message, msg
from chibo_app.core.people import Kind, PersonFact, Status
from chibo_app.core.person_events import EventKind, PersonEvent
from chibo_app.core.rule_engine import Facts, UnitFacts
from chibo_app.core.rules import (
    CONCLUSION_KINDS,
    DISCIPLINE_FORMS,
    FRAMES,
    RESULTS,
    STAFF,
)
from chibo_app.core.standing import add_months, standing
from chibo_app.errors import ChiboError

REVIEW_DAY = dt.date(2025, 12, 15)  # the review day a case is set on (its year: 2025)


class BadCase(ChiboError):
    """A case that cannot be read; the message says which and why, in Vietnamese."""


@dataclass(frozen=True)
class Case:
    id: object
    facts: Facts


def parse_cases(data: object) -> list[Case]:
    if not isinstance(data, list):
        raise BadCase(msg("Tệp trường hợp phải là một danh sách JSON các đối tượng."))
    return [_case(item, number) for number, item in enumerate(data, 1)]


def _case(item: object, number: int) -> Case:
    if not isinstance(item, dict):
        raise BadCase(msg("Trường hợp thứ {number}: phải là một đối tượng JSON.", number=number))
    where = msg("Trường hợp thứ {number} ({case})", number=number, case=item.get("id", number))

    def fail(text: Message) -> BadCase:
        return BadCase(msg("{where}: {text}.", where=where, text=text))

    group = item.get("group", STAFF)
    if group not in FRAMES:
        raise fail(msg("“group” phải là leader, staff hoặc outside"))
    general = _number(item.get("general"), "general", fail, allow_none=True)
    results: list[str | None] = []
    on_time: list[bool] = []
    tasks = item.get("tasks", [])
    if not isinstance(tasks, list):
        raise fail(msg("“tasks” phải là một danh sách"))
    for task in tasks:
        if not isinstance(task, dict):
            raise fail(msg("mỗi nhiệm vụ phải là một đối tượng"))
        result = task.get("result")
        if result is not None and result not in RESULTS:
            raise fail(msg("kết quả nhiệm vụ “{result}” không hợp lệ", result=result))
        late = task.get("on_time", True)
        if not isinstance(late, bool):
            raise fail(msg("“on_time” phải là true hoặc false"))
        results.append(result)
        on_time.append(late)
    shortcomings = item.get("shortcomings") or {}
    if not isinstance(shortcomings, dict):
        raise fail(msg("“shortcomings” phải là đối tượng {{total, remedied}}"))
    total = int(_number(shortcomings.get("total", 0), "shortcomings.total", fail) or 0)
    remedied = int(_number(shortcomings.get("remedied", 0), "shortcomings.remedied", fail) or 0)
    if remedied > total:
        raise fail(msg("số hạn chế đã khắc phục lớn hơn tổng số"))
    events = _events(item, fail)
    person = _person(item, fail)
    found = standing(person, events, REVIEW_DAY.year, REVIEW_DAY)
    task_points = _number(item.get("task_points"), "task_points", fail, allow_none=True)
    facts = Facts(
        general,
        tuple(results),
        tuple(on_time),
        tuple(i < remedied for i in range(total)),
        frame=str(group),
        task_points=task_points,
        task_points_source=str(item.get("task_points_source") or ""),
        discipline=found.discipline,
        conclusions=found.conclusions,
        unit=_unit(item.get("unit"), fail),
        exempt_reason=found.exempt_reason,
        blockers=found.blockers,
        notes=found.notes,
    )
    return Case(item.get("id", number), facts)


def _number(value: object, name: str, fail: Any, allow_none: bool = False) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise fail(msg("“{name}” phải là số không âm", name=name))
    return float(value)


def _share(value: object, name: str, fail: Any) -> float | None:
    share = _number(value, name, fail, allow_none=True)
    if share is not None and share > 1:
        raise fail(msg("“{name}” là tỷ lệ từ 0 đến 1", name=name))
    return share


def _unit(raw: object, fail: Any) -> UnitFacts | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise fail(msg("“unit” phải là một đối tượng"))
    on_time = raw.get("on_time")
    not_all = on_time is False
    share = 1.0 if on_time is True else None if on_time in (None, False) else on_time
    return UnitFacts(
        _share(raw.get("done_share"), "unit.done_share", fail),
        _share(raw.get("exceeded_share"), "unit.exceeded_share", fail),
        _share(share, "unit.on_time", fail),
        not_all,
    )


def _person(item: dict[str, Any], fail: Any) -> PersonFact:
    months = _number(item.get("admitted_months", 120), "admitted_months", fail)
    admitted = add_months(REVIEW_DAY, -int(months or 0))
    status = Status.EXEMPTED if item.get("exempted") else Status.ACTIVE
    return PersonFact(0, Kind.FULL, status, None, admitted.isoformat(), None)


def _events(item: dict[str, Any], fail: Any) -> list[PersonEvent]:
    year_start = dt.date(REVIEW_DAY.year, 1, 1)
    events: list[PersonEvent] = []
    discipline = item.get("discipline")
    if discipline is not None:
        if discipline not in DISCIPLINE_FORMS:
            raise fail(msg("hình thức kỷ luật “{discipline}” không hợp lệ", discipline=discipline))
        events.append(_on(EventKind.DISCIPLINE, str(discipline), "2025-06-01", scope="party"))
    kinds = list(item.get("conclusions") or [])
    if item.get("degraded"):
        kinds.append("suy_thoai")
    for kind in kinds:
        if kind not in CONCLUSION_KINDS:
            raise fail(msg("loại kết luận “{kind}” không hợp lệ", kind=kind))
        events.append(_on(EventKind.CONCLUSION, str(kind), "2025-06-01"))
    if item.get("suspended"):
        events.append(_on(EventKind.SUSPENSION, None, "2025-10-01"))
    sick = int(_number(item.get("sick_days", 0), "sick_days", fail) or 0)
    if sick:
        end = year_start + dt.timedelta(days=sick - 1)
        events.append(_on(EventKind.LEAVE, "sick", year_start.isoformat(), end.isoformat()))
    if item.get("maternity"):
        events.append(_on(EventKind.LEAVE, "maternity", "2025-03-01", "2025-08-31"))
    temporary = item.get("temporary")
    if temporary is not None:
        if not isinstance(temporary, dict) or not temporary.get("cell"):
            raise fail(msg("“temporary” cần {{cell, comments}}"))
        events.append(
            _on(
                EventKind.TEMPORARY,
                None,
                "2025-02-01",
                "2025-11-30",
                place=str(temporary["cell"]),
                comments=str(temporary.get("comments") or ""),
            )
        )
    return events


def _on(
    kind: EventKind, form: str | None, start: str, end: str | None = None, **extra: str
) -> PersonEvent:
    return PersonEvent(0, kind, form, start_date=start, end_date=end, **extra)  # type: ignore[arg-type]
