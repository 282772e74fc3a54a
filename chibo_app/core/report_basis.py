"""The figures a report's narrative was written against, and what has changed since.

The narrative is drafted from the figures and then edited and saved; the figures keep
moving (an evaluation locked, a meeting held). Saved with the text, the basis lets the
report page, the printing and the CLI say which figures the text may now contradict
("Đảng viên được xếp loại: 5 → 7") before a report goes to the superior committee.

Values are kept as they read in the report ('11/12', '88,6%', '31/03/2026'), under keys
that never change (they are stored). The day the figures are taken (`as_of`) is left
out: it moves every day until the period ends.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from chibo_app.core.people import Kind
from chibo_app.core.year_report import Basis, ReportFigures, rate_text
from chibo_app.core.year_report import table_day as day_text  # the format bases are saved in

# key → label, in the order the report tells them (the levels of the classification,
# 'level.<code>', are labelled by their band and come after 'classified').
BASIS_LABELS: dict[str, str] = {
    "end": "Ngày cuối kỳ báo cáo",
    "people.total": "Tổng số cán bộ, đảng viên",
    "people.party": "Tổng số đảng viên",
    "people.full": "Đảng viên chính thức",
    "people.probationary": "Đảng viên dự bị",
    "people.non_party": "Quần chúng",
    "people.exempted": "Miễn công tác và sinh hoạt đảng",
    "people.moved": "Đảng viên chuyển sinh hoạt đảng",
    "people.changed_jobs": "Quần chúng chuyển công tác",
    "people.deceased": "Đảng viên từ trần",
    "people.non_party_deceased": "Quần chúng từ trần",
    "plans.people": "Số người phải xây dựng kế hoạch cá nhân",
    "plans.made": "Kế hoạch đã nộp",
    "plans.on_time": "Kế hoạch nộp đúng hạn",
    "plans.deadline": "Hạn nộp kế hoạch",
    "plans.confirmed": "Kế hoạch được Chi bộ xác nhận",
    "plans.returned": "Kế hoạch trả lại để chỉnh sửa",
    "plans.party_people": "Đảng viên phải xây dựng kế hoạch",
    "plans.party_made": "Kế hoạch của đảng viên đã nộp",
    "plans.party_confirmed": "Kế hoạch của đảng viên được Chi bộ xác nhận",
    "midyear.reviewed": "Kế hoạch đã sơ kết 6 tháng",
    "midyear.done": "Sơ kết: nhiệm vụ đã hoàn thành",
    "midyear.in_progress": "Sơ kết: nhiệm vụ đang thực hiện",
    "midyear.not_started": "Sơ kết: nhiệm vụ chưa triển khai",
    "midyear.behind": "Số người chậm tiến độ",
    "tasks.total": "Nhiệm vụ “làm theo” đã đăng ký",
    "tasks.completed": "Nhiệm vụ hoàn thành",
    "tasks.exceeded": "Nhiệm vụ hoàn thành vượt mức",
    "tasks.partly": "Nhiệm vụ hoàn thành một phần",
    "tasks.not_done": "Nhiệm vụ chưa hoàn thành",
    "tasks.not_assessed": "Nhiệm vụ chưa đánh giá",
    "meetings.regular": "Tháng có sinh hoạt thường kỳ",
    "meetings.thematic": "Buổi sinh hoạt chuyên đề",
    "meetings.extraordinary": "Buổi sinh hoạt bất thường",
    "meetings.attendance": "Tỷ lệ dự sinh hoạt bình quân",
    "meetings.absent": "Lượt vắng không lý do",
    "meetings.without_thematic": "Quý chưa sinh hoạt chuyên đề",
    "topics.held": "Chuyên đề đã sinh hoạt",
    "topics.late": "Chuyên đề đến kỳ chưa sinh hoạt",
    "nominations.total": "Điển hình đã đăng ký",
    "nominations.commended": "Điển hình được biểu dương",
    "nominations.proposed": "Điển hình đề nghị cấp trên khen thưởng",
    "nominations.awarded": "Điển hình được khen thưởng",
    "commendations": "Lượt biểu dương tại buổi sinh hoạt",
    "classification.classified": "Đảng viên được xếp loại",
    "evaluation_due": "Hạn đánh giá, xếp loại cuối năm",
}
LEVEL = "level."
MISSING = "—"


@dataclass(frozen=True)
class FigureChange:
    key: str
    label: str  # a classification level's: the band ('Hoàn thành tốt nhiệm vụ')
    before: str
    after: str

    @property
    def is_level(self) -> bool:
        return self.key.startswith(LEVEL)

    def text(self) -> str:
        """'Đảng viên được xếp loại: 2 → 3', 'Xếp loại “Hoàn thành tốt nhiệm vụ”: 0 → 1'."""
        title = f"Xếp loại “{self.label}”" if self.is_level else self.label
        return f"{title}: {self.before} → {self.after}"


def basis_of(f: ReportFigures) -> Basis:
    """The figures the narrative of `f`'s period talks about (see BASIS_LABELS)."""
    p, plans, m, t, mt, n = f.people, f.plans, f.midyear, f.tasks, f.meetings, f.nominations
    c = f.classification
    values: dict[str, object] = {
        "end": day_text(f.period.end),
        "people.total": p.total,
        "people.party": p.party_members,
        "people.full": p.count(Kind.FULL),
        "people.probationary": p.count(Kind.PROBATIONARY),
        "people.non_party": p.count(Kind.NON_PARTY),
        "people.exempted": p.exempted,
        "people.moved": p.moved,
        "people.changed_jobs": p.changed_jobs,
        "people.deceased": p.deceased,
        "people.non_party_deceased": p.non_party_deceased,
        "plans.people": plans.people,
        "plans.made": plans.made,
        "plans.on_time": plans.on_time,
        "plans.deadline": day_text(plans.deadline) if plans.deadline else "",
        "plans.confirmed": plans.confirmed,
        "plans.returned": plans.returned,
        "plans.party_people": plans.party.people,
        "plans.party_made": plans.party.made,
        "plans.party_confirmed": plans.party.confirmed,
        "midyear.reviewed": f"{m.reviewed}/{m.plans}",
        "midyear.done": m.done,
        "midyear.in_progress": m.in_progress,
        "midyear.not_started": m.not_started,
        "midyear.behind": m.behind,
        "tasks.total": t.total,
        "tasks.completed": t.completed,
        "tasks.exceeded": t.exceeded or 0,
        "tasks.partly": t.partly,
        "tasks.not_done": t.not_done,
        "tasks.not_assessed": t.not_assessed,
        "meetings.regular": f"{mt.months_with_regular}/{mt.months_due}",
        "meetings.thematic": mt.thematic,
        "meetings.extraordinary": mt.extraordinary,
        "meetings.attendance": rate_text(mt.average_rate),
        "meetings.absent": mt.absent,
        "meetings.without_thematic": ", ".join(map(str, mt.without_thematic)) or "0",
        "topics.held": f"{f.topics_held}/{len(f.topics)}",
        "topics.late": sum(1 for topic in f.topics if topic.due and not topic.held_on),
        "nominations.total": n.total,
        "nominations.commended": n.commended,
        "nominations.proposed": n.proposed,
        "nominations.awarded": n.awarded,
        "commendations": len(f.commendations),
        "classification.classified": c.classified,
        **{f"{LEVEL}{level.code}": level.count for level in c.levels},
        "evaluation_due": day_text(f.evaluation_due) if f.evaluation_due else "",
    }
    return Basis(tuple((key, str(value)) for key, value in values.items()))


def labels_of(f: ReportFigures) -> dict[str, str]:
    """Every key's label, the classification levels by their band."""
    return {**BASIS_LABELS, **{f"{LEVEL}{lv.code}": lv.label for lv in f.classification.levels}}


def changed_figures(saved: Basis | None, f: ReportFigures) -> tuple[FigureChange, ...]:
    """What differs between the figures a text was written against and `f`'s, in the
    report's order; nothing when the basis is unknown (a text saved before bases were
    kept). A key the saved basis does not have is not compared."""
    if saved is None:
        return ()
    before = saved.values()
    now = basis_of(f).values()
    labels = labels_of(f)
    keys = [*now, *(key for key in before if key not in now)]
    return tuple(
        FigureChange(
            key, labels.get(key, key.removeprefix(LEVEL)), before[key], now.get(key, MISSING)
        )
        for key in keys
        if key in before and before[key] != now.get(key, MISSING)
    )


def changes_text(changes: tuple[FigureChange, ...]) -> str:
    """'Đảng viên được xếp loại: 5 → 7; Hoàn thành nhiệm vụ: 3 → 5'."""
    return "; ".join(change.text() for change in changes)


def moment_text(at: str | None) -> str:
    """An ISO moment as '14:05 ngày 25/11/2026' ('' for none)."""
    if not at:
        return ""
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    return f"{moment:%H:%M} ngày {moment:%d/%m/%Y}"


def stale_message(saved: Basis, changes: tuple[FigureChange, ...]) -> str:
    """The warning the CLI prints (the page says the same in its own words)."""
    when = moment_text(saved.at)
    return (
        "Số liệu đã thay đổi từ khi lưu phần nhận định"
        + (f" (lưu lúc {when})" if when else "")
        + f": {changes_text(changes)}. Lời văn có thể không khớp với các bảng số liệu; "
        "hãy soạn lại bản nháp hoặc sửa lại các con số trước khi in."
    )


# Stored form (report_texts.basis) -----------------------------------------------------------


def basis_json(basis: Basis | None) -> str | None:
    if basis is None or not basis.figures:
        return None
    return json.dumps({"at": basis.at, "figures": dict(basis.figures)}, ensure_ascii=False)


def basis_from_json(text: str | None) -> Basis | None:
    """The stored basis; None when there is none or it cannot be read (then unknown)."""
    if not text:
        return None
    try:
        data = json.loads(text)
        figures = data["figures"]
        at = data.get("at")
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(figures, Mapping) or not (at is None or isinstance(at, str)):
        return None
    return Basis(tuple((str(k), str(v)) for k, v in figures.items()), at)
