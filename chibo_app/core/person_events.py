"""What the classification rules need to know about a person beyond their plan:
discipline, competent conclusions, đình chỉ sinh hoạt đảng, long sick or maternity
leave, and party activity held temporarily at another cell. One record each, dated,
kept with the person (never deleted with a year).

- discipline (366 Điều 11 k4.1, k4.2): form khiển trách → khai trừ, party or
  administrative, decision number and date (start_date), who decided;
- conclusion (k4.1, k4.2): suy thoái / những điều đảng viên không được làm / nêu gương,
  by whom, document and date;
- suspension (Điều 5 k2.1): đình chỉ sinh hoạt đảng from start_date to end_date;
- leave (HD 43 mục 7.5): sick or maternity, from … to …;
- temporary (HD 43 mục 7.6): sinh hoạt tạm thời at `place`, with that cell's comments.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from chibo_app.core.dates import BadDate, parse_date
from chibo_app.core.messages import Problems, msg
from chibo_app.core.rules import (
    CONCLUSION_KINDS,
    CONCLUSION_LABELS,
    DISCIPLINE_FORMS,
    DISCIPLINE_LABELS,
)
from chibo_app.core.text import clean


class EventKind(StrEnum):
    DISCIPLINE = "discipline"
    CONCLUSION = "conclusion"
    SUSPENSION = "suspension"
    LEAVE = "leave"
    TEMPORARY = "temporary"


KIND_LABELS = {
    EventKind.DISCIPLINE: "Kỷ luật",
    EventKind.CONCLUSION: "Kết luận của cấp có thẩm quyền",
    EventKind.SUSPENSION: "Đình chỉ sinh hoạt đảng",
    EventKind.LEAVE: "Nghỉ ốm dài ngày, nghỉ thai sản",
    EventKind.TEMPORARY: "Sinh hoạt đảng tạm thời nơi khác",
}
SCOPE_LABELS = {"party": "Kỷ luật đảng", "administrative": "Kỷ luật hành chính"}
LEAVE_LABELS = {"sick": "Nghỉ ốm", "maternity": "Nghỉ thai sản"}
# The form (hình thức, loại) each kind takes, code → label.
FORMS: dict[EventKind, dict[str, str]] = {
    EventKind.DISCIPLINE: dict(DISCIPLINE_LABELS),
    EventKind.CONCLUSION: dict(CONCLUSION_LABELS),
    EventKind.LEAVE: LEAVE_LABELS,
}
FIELD_LABELS = {
    "person_id": "Người",
    "kind": "Loại",
    "form": "Hình thức, nội dung",
    "scope": "Kỷ luật đảng / hành chính",
    "start_date": "Từ ngày (ngày quyết định)",
    "end_date": "Đến ngày",
    "document": "Số văn bản",
    "authority": "Cấp quyết định, kết luận",
    "place": "Nơi sinh hoạt tạm thời",
    "comments": "Nhận xét của chi bộ nơi sinh hoạt tạm thời",
    "notes": "Ghi chú",
}
# Kinds that last from a day to another (the others happen on a day).
PERIODS = frozenset({EventKind.SUSPENSION, EventKind.LEAVE, EventKind.TEMPORARY})
assert tuple(FORMS[EventKind.DISCIPLINE]) == DISCIPLINE_FORMS
assert tuple(FORMS[EventKind.CONCLUSION]) == CONCLUSION_KINDS


@dataclass(frozen=True)
class PersonEvent:
    person_id: int
    kind: EventKind
    form: str | None = None
    scope: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    document: str = ""
    authority: str = ""
    place: str = ""
    comments: str = ""
    notes: str = ""
    id: int | None = None

    def with_changes(self, **changes: object) -> PersonEvent:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def form_label(self) -> str:
        return FORMS.get(self.kind, {}).get(self.form or "", "")

    @property
    def summary(self) -> str:
        """'Kỷ luật: Cảnh cáo (kỷ luật đảng)', 'Sinh hoạt đảng tạm thời nơi khác: Chi bộ …'."""
        detail = self.form_label
        if self.kind == EventKind.DISCIPLINE and self.scope in SCOPE_LABELS:
            detail += f" ({SCOPE_LABELS[self.scope].lower()})"
        if self.kind == EventKind.TEMPORARY:
            detail = self.place
        label = KIND_LABELS[self.kind]
        return f"{label}: {detail}" if detail else label


def checked(event: PersonEvent) -> tuple[PersonEvent, Problems]:
    """The event cleaned (dates ISO, text trimmed) and what is wrong, keyed by field."""
    problems: Problems = {}
    kind = event.kind
    dates: dict[str, str | None] = {}
    for key in ("start_date", "end_date"):
        try:
            dates[key] = parse_date(getattr(event, key))
        except BadDate as error:
            problems[key] = error.message
            dates[key] = None
    forms = FORMS.get(kind)
    if forms is not None and event.form not in forms:
        what = "hình thức kỷ luật" if kind == EventKind.DISCIPLINE else "loại"
        problems["form"] = msg("Cần chọn {what}.", what=what)
    if kind == EventKind.DISCIPLINE and event.scope not in SCOPE_LABELS:
        problems["scope"] = msg("Cần chọn kỷ luật đảng hay kỷ luật hành chính.")
    if "start_date" not in problems and not dates["start_date"]:
        problems["start_date"] = (
            msg("Cần ghi ngày bắt đầu.")
            if kind in PERIODS
            else msg("Cần ghi ngày quyết định, kết luận.")
        )
    start, end = dates["start_date"], dates["end_date"]
    if start and end and "end_date" not in problems and end < start:
        problems["end_date"] = msg("Ngày kết thúc phải sau ngày bắt đầu.")
    if kind == EventKind.TEMPORARY and not clean(event.place):
        problems["place"] = msg("Cần ghi chi bộ nơi sinh hoạt tạm thời.")
    cleaned = event.with_changes(
        form=event.form if forms is not None else None,
        scope=event.scope if kind == EventKind.DISCIPLINE else None,
        start_date=start,
        end_date=end if kind in PERIODS else None,
        document=clean(event.document),
        authority=clean(event.authority),
        place=clean(event.place) if kind == EventKind.TEMPORARY else "",
        comments=clean(event.comments),
        notes=clean(event.notes),
    )
    return cleaned, problems
