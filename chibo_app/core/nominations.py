"""Nominations (đăng ký điển hình): exemplary individuals, collectives and models.

registered → cultivating → commended (date, occasion) → proposed for an award →
awarded (form, level, decision) or not selected (reason). Steps may skip ahead (a
collective can be proposed without a commendation first); awarded and not selected
are final unless the nomination is reopened. Pure data and rules, no storage.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from chibo_app.core.dates import to_display
from chibo_app.core.messages import Message, Problems, msg
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError, ValidationError


class Kind(StrEnum):
    COLLECTIVE = "collective"  # a unit (phòng, đơn vị, bộ phận)
    INDIVIDUAL = "individual"  # a person
    MODEL = "model"  # a practice with a name (mô hình, cách làm hay)


class Status(StrEnum):
    REGISTERED = "registered"
    CULTIVATING = "cultivating"
    COMMENDED = "commended"
    PROPOSED = "proposed"
    AWARDED = "awarded"
    NOT_SELECTED = "not_selected"


# Printed order of the list: I. Tập thể, II. Cá nhân, III. Mô hình.
KIND_ORDER = (Kind.COLLECTIVE, Kind.INDIVIDUAL, Kind.MODEL)
KIND_LABELS = {
    Kind.COLLECTIVE: "Tập thể",
    Kind.INDIVIDUAL: "Cá nhân",
    Kind.MODEL: "Mô hình",
}
SECTION_TITLES = {
    Kind.COLLECTIVE: "I. TẬP THỂ",
    Kind.INDIVIDUAL: "II. CÁ NHÂN",
    Kind.MODEL: "III. MÔ HÌNH, CÁCH LÀM HAY",
}
STATUS_LABELS = {
    Status.REGISTERED: "Đã đăng ký",
    Status.CULTIVATING: "Đang bồi dưỡng, nhân rộng",
    Status.COMMENDED: "Đã biểu dương",
    Status.PROPOSED: "Đề nghị khen thưởng",
    Status.AWARDED: "Được khen thưởng",
    Status.NOT_SELECTED: "Không được chọn",
}
# The six fields of seed 003 (the list is editable in the settings; "Khác" is always offered).
DEFAULT_FIELDS = (
    "Ứng dụng khoa học công nghệ, chuyển đổi số",
    "Cải cách thủ tục hành chính",
    "Nâng cao chất lượng tham mưu",
    "Thực hành tiết kiệm, chống lãng phí",
    "Nâng cao tinh thần trách nhiệm, thái độ phục vụ doanh nghiệp và Nhân dân",
    "Xây dựng văn hóa công sở, đạo đức công vụ",
)
OTHER_FIELD = "Khác"
AWARD_FORMS = ("Giấy khen", "Bằng khen", "Khác")
OCCASIONS = ("Chào cờ hằng tháng", "Ngày sinh nhật Bác (19/5)", "Sơ kết 6 tháng", "Tổng kết năm")

# Where each status may go next.
NEXT: dict[Status, tuple[Status, ...]] = {
    Status.REGISTERED: (
        Status.CULTIVATING,
        Status.COMMENDED,
        Status.PROPOSED,
        Status.NOT_SELECTED,
    ),
    Status.CULTIVATING: (Status.COMMENDED, Status.PROPOSED, Status.NOT_SELECTED),
    Status.COMMENDED: (Status.COMMENDED, Status.PROPOSED, Status.NOT_SELECTED),
    Status.PROPOSED: (Status.AWARDED, Status.NOT_SELECTED),
    Status.AWARDED: (),
    Status.NOT_SELECTED: (),
}


class StepRefused(ChiboError):
    """A status change that does not apply to the nomination's current status."""


@dataclass(frozen=True)
class Nomination:
    year: int
    kind: Kind
    title: str = ""  # the model's name, or the achievement registered
    person_id: int | None = None  # an individual
    unit_id: int | None = None  # the collective itself, or the proposing unit
    field: str = ""
    description: str = ""  # what was done and its results
    registered_on: str | None = None  # ISO
    notes: str = ""
    status: Status = Status.REGISTERED
    commended_on: str | None = None
    occasion: str | None = None
    proposed_on: str | None = None
    award_form: str | None = None
    award_level: str | None = None
    decision_number: str | None = None
    decision_date: str | None = None
    not_selected_reason: str | None = None
    id: int | None = None

    def with_changes(self, **changes: object) -> Nomination:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def counts_for_quota(self) -> bool:
        return self.status != Status.NOT_SELECTED


@dataclass(frozen=True)
class NominationRow:
    """A nomination as listed: names resolved, hints computed."""

    nomination: Nomination
    name: str  # person, unit or model name as printed
    unit: str  # the unit's name ('' for none)
    position: str = ""  # the person's positions; '' for a collective or model
    hints: tuple[Message, ...] = ()
    warnings: tuple[Message, ...] = ()

    @property
    def id(self) -> int:
        return self.nomination.id or 0


def normalise(item: Nomination) -> Nomination:
    return item.with_changes(
        title=clean(item.title),
        field=clean(item.field),
        description=clean(item.description),
        notes=clean(item.notes),
    )


def validate(item: Nomination) -> Problems:
    problems: Problems = {}
    if item.kind == Kind.INDIVIDUAL and item.person_id is None:
        problems["person_id"] = msg("Chưa chọn cá nhân được đăng ký.")
    if item.kind == Kind.COLLECTIVE and item.unit_id is None:
        problems["unit_id"] = msg("Chưa chọn tập thể (đơn vị) được đăng ký.")
    if item.kind == Kind.MODEL and not item.title:
        problems["title"] = msg("Chưa nhập tên mô hình, cách làm hay.")
    if not item.field:
        problems["field"] = msg("Chưa chọn lĩnh vực.")
    return problems


def move(
    item: Nomination,
    target: Status,
    *,
    on: str | None = None,
    occasion: str | None = None,
    award_form: str | None = None,
    award_level: str | None = None,
    decision_number: str | None = None,
    reason: str | None = None,
) -> Nomination:
    """The nomination at `target`, with the details that step records.

    Raises StepRefused for a step the current status does not allow, ValidationError
    for a missing detail (a commendation's date, an award's form, a refusal's reason).
    """
    if target not in NEXT[item.status]:
        raise StepRefused(
            msg(
                "Không chuyển được từ “{current}” sang “{target}”.",
                current=STATUS_LABELS[item.status],
                target=STATUS_LABELS[target],
            )
        )
    problems: Problems = {}
    changes: dict[str, object] = {"status": target}
    if target == Status.COMMENDED:
        if not on:
            problems["on"] = msg("Cần ghi ngày biểu dương.")
        changes.update(commended_on=on, occasion=clean(occasion) or None)
    elif target == Status.PROPOSED:
        changes.update(proposed_on=on)
    elif target == Status.AWARDED:
        if not clean(award_form):
            problems["award_form"] = msg("Cần ghi hình thức khen thưởng (giấy khen, bằng khen…).")
        changes.update(
            award_form=clean(award_form) or None,
            award_level=clean(award_level) or None,
            decision_number=clean(decision_number) or None,
            decision_date=on,
        )
    elif target == Status.NOT_SELECTED:
        if not clean(reason):
            problems["reason"] = msg("Cần ghi lý do không được chọn.")
        changes.update(not_selected_reason=clean(reason) or None)
    if problems:
        raise ValidationError(problems)
    return item.with_changes(**changes)


def reopen(item: Nomination) -> Nomination:
    """Back to cultivating from a final status (awarded or not selected): the details
    of the award or the refusal are cleared (the history keeps them)."""
    if item.status not in (Status.AWARDED, Status.NOT_SELECTED):
        raise StepRefused(msg("Chỉ mở lại được đăng ký đã có kết quả."))
    return item.with_changes(
        status=Status.CULTIVATING,
        award_form=None,
        award_level=None,
        decision_number=None,
        decision_date=None,
        not_selected_reason=None,
    )


def result_text(item: Nomination) -> Message | str:
    """The outcome in a few words for lists (award, commendation, refusal)."""
    if item.status == Status.AWARDED:
        parts = [item.award_form or "", item.award_level or ""]
        if item.decision_number:
            parts.append(f"QĐ số {item.decision_number}")
        if item.decision_date:
            parts.append(f"ngày {to_display(item.decision_date)}")
        return " ".join(p for p in parts if p)  # the award's own words, as written
    if item.status == Status.NOT_SELECTED:
        if not item.not_selected_reason:
            return msg("Không được chọn:")
        return msg("Không được chọn: {reason}", reason=item.not_selected_reason)
    if item.status == Status.COMMENDED and item.commended_on:
        day = to_display(item.commended_on)
        if item.occasion:
            return msg("Biểu dương ngày {day} ({occasion})", day=day, occasion=item.occasion)
        return msg("Biểu dương ngày {day}", day=day)
    return STATUS_LABELS[item.status]
