"""How the change history shows the tables written after the people register (plans,
nominations, evaluations, meetings, the year report, printed documents, years): each
table's Vietnamese field labels, how each value is shown (codes by their label, yes/no,
people and other records by name, JSON as readable text or hidden), and the record's
title in words ("Đánh giá, xếp loại năm 2025 của Nguyễn Văn An", "Buổi sinh hoạt
thường kỳ ngày 05/05/2026"). Titles and references to other records are messages
(core/messages.py): str() is the Vietnamese, the window shows them in its language.

Data and small pure functions only; services.history reads the rows and names.
tests/services/test_history_tables.py fails for a table of the schema left out here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from chibo_app.core import evaluation, meetings, nominations, person_events, plans, stored_messages
from chibo_app.core.dates import to_display
from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.package import PART_LABELS
from chibo_app.core.plan_due import display_due
from chibo_app.core.quotas import RULE_LABELS as QUOTA_LABELS
from chibo_app.core.rule_presets import (
    COMPLETED_LABEL,
    EXCELLENT_LABEL,
    GOOD_LABEL,
    NOT_COMPLETED_LABEL,
)
from chibo_app.core.rules import ALL, BadRuleSet, number_text, parse_definition, percent_text
from chibo_app.core.rules import FRAME_LABELS as RULE_FRAME_LABELS
from chibo_app.core.years import DEADLINES
from chibo_app.services.documents import DOC_TYPE_NAMES

EMPTY = "—"

# How a value is shown: a dict of labels (a code → its label), or one of these kinds.
BOOL = "bool"  # 1/0 → Có/Không
ORDINAL = "ordinal"  # a 0-based position → 1, 2, 3 …
NUMBER = "number"  # 92.5 → 92,5
PERCENT = "percent"  # 0.95 → 95%
MOMENT = "moment"  # ISO date and time → dd/mm/yyyy HH:MM
DUE = "due"  # a task's due date ('2026-Q2' → quý II/2026)
QUARTER = "quarter"  # 2 → Quý II
TEXT_LIST = "text_list"  # a JSON list of texts → joined
MINUTES_LIST = "minutes_list"  # a meeting's guests, agenda or votes (JSON) → in words
RULES = "rules"  # a rule set's definition (JSON) → its levels
HIDDEN = "hidden"  # not shown (bookkeeping: hashes, ids the title says)
SETTING_KEY = "setting_key"  # a year setting's key → its label
RECORD_TABLE = "record_table"  # a table name → its kind of record
# References to another record, shown by name: kind → its table.
REFERENCES = {
    "person": "people",
    "unit": "units",
    "meeting": "meetings",
    "topic": "topics",
    "plan": "plans",
    "task": "plan_tasks",
    "evaluation": "evaluations",
    "nomination": "nominations",
    "rule_set": "rule_sets",
}

YES_NO = ("Có", "Không")
CLASSIFICATION_LABELS = {
    "excellent": EXCELLENT_LABEL,
    "good": GOOD_LABEL,
    "completed": COMPLETED_LABEL,
    "not_completed": NOT_COMPLETED_LABEL,
}
FRAME_LABELS = {code: label for code, label in RULE_FRAME_LABELS.items() if code != ALL}
# Every form a person's record may take (discipline, conclusion, leave), code → label.
EVENT_FORMS = {
    code: label for forms in person_events.FORMS.values() for code, label in forms.items()
}
PERIOD_LABELS = {"year": "Cả năm", "half": "6 tháng đầu năm", "until": "Đến một ngày"}
YEAR_KEY_LABELS = {
    **{key: label for key, (_day, label) in DEADLINES.items()},
    "plan_number": "Số kế hoạch của chi bộ",
    "plan_date": "Ngày kế hoạch của chi bộ",
    "rule_set": "Bộ tiêu chí xếp loại",
    "cap_exception": "Quyết định cho phép tỷ lệ “xuất sắc” đến 25%",
    # the nomination quotas (services.nominations.QUOTA_PREFIX + the rule)
    **{f"quota_{key}": f"Chỉ tiêu điển hình: {label}" for key, label in QUOTA_LABELS.items()},
}
TOO_LONG = 60  # characters of a text quoted in a title


class Names(Protocol):
    """What a title needs from the reader: another record in words, or a table row."""

    def ref(self, kind: str, value: Any) -> Message | str: ...

    def row(self, table: str, row_id: int | None) -> dict[str, Any]: ...


Title = Callable[[Names, dict[str, Any]], Message | str]


@dataclass(frozen=True)
class TableSpec:
    kind: str  # the kind of record ("Điểm danh")
    fields: dict[str, str]  # column → label
    values: Mapping[str, str | Mapping[Any, str]] = field(default_factory=dict)
    title: Title | None = None  # the record in words, from its values

    @property
    def hidden(self) -> frozenset[str]:
        """Fields not shown: bookkeeping, or what the title already says."""
        return frozenset(name for name, kind in self.values.items() if kind == HIDDEN)


def quote(text: Any) -> str:
    """'“…”' around a text cut at TOO_LONG characters."""
    text = " ".join(str(text or "").split())
    return f"“{text[: TOO_LONG - 1]}…”" if len(text) > TOO_LONG else f"“{text}”"


def label_of(labels: Mapping[Any, str], value: Any) -> str:
    return labels.get(str(value), str(value))


def show(kind: str, value: Any) -> str:
    """A value of one of the plain kinds above, in words ('' for a reference kind)."""
    if kind == BOOL:
        return YES_NO[0] if value else YES_NO[1]
    if value is None or value == "":
        return EMPTY
    if kind == ORDINAL:
        return str(int(value) + 1)
    if kind == NUMBER:
        return number_text(float(value))
    if kind == PERCENT:
        return percent_text(float(value))
    if kind == MOMENT:
        moment = str(value)
        day = to_display(moment[:10])
        return f"{day} {moment[11:16]}" if len(moment) > 10 else day
    if kind == DUE:
        return display_due(str(value))
    if kind == QUARTER:
        return f"Quý {meetings.ROMAN_QUARTERS.get(int(value), value)}"
    if kind == TEXT_LIST:
        return text_list(value)
    if kind == MINUTES_LIST:
        return minutes_list(value)
    if kind == RULES:
        return rules_text(value)
    if kind == SETTING_KEY:
        return label_of(YEAR_KEY_LABELS, value)
    return str(value)


def text_list(value: Any) -> str:
    """'["A", "B"]' (or a list) → 'A; B'; '—' for none. Stored messages (an evaluation's
    reasons, core/stored_messages.py) are told as their sentences."""
    items = _json(value)
    if not isinstance(items, list):
        return str(value)
    texts = [str(stored_messages.load(item)).strip() for item in items]
    texts = [text for text in texts if text]
    if not texts:
        return EMPTY
    return " ".join(texts) if all(t.endswith(".") for t in texts) else "; ".join(texts)


def minutes_list(value: Any) -> str:
    """A meeting's guests, agenda items or votes in words: 'Thông qua nghị quyết tháng 5
    (tán thành 15, không tán thành 0, ý kiến khác 0)'; 'Đánh giá … (3 ý kiến)'."""
    items = _json(value)
    if not isinstance(items, list):
        return str(value)
    texts = []
    for item in items:
        if not isinstance(item, dict):
            continue
        if "matter" in item:
            texts.append(
                f"{item.get('matter', '')} (tán thành {item.get('agree', 0)}, không tán thành "
                f"{item.get('disagree', 0)}, ý kiến khác {item.get('other', 0)})"
            )
        elif "opinions" in item:
            said = len(item.get("opinions") or [])
            texts.append(f"{item.get('title', '')}" + (f" ({said} ý kiến)" if said else ""))
        else:
            texts.append(", ".join(str(item[k]) for k in ("name", "title") if item.get(k)))
    return "; ".join(t for t in texts if t) or EMPTY


def rules_text(value: Any) -> str:
    """A rule set's definition as its levels: 'Hoàn thành xuất sắc nhiệm vụ (từ 90
    điểm); …'."""
    try:
        definition = parse_definition(_json(value))
    except (BadRuleSet, TypeError, ValueError):
        return "(định nghĩa các mức xếp loại)"
    return "; ".join(
        band.label
        + (f" (từ {number_text(band.min_score)} điểm)" if band.min_score is not None else "")
        for band in definition.bands
    )


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


# Records in words ------------------------------------------------------------------------


def ref_text(kind: str, values: dict[str, Any], names: Names, own: bool = False) -> Message | str:
    """Another record in words, lower case (used after a label or inside a title);
    `own`: as the title of the record itself, capitalised."""
    if kind == "person":
        return str(values.get("full_name") or "")
    if kind == "unit":
        return str(values.get("name") or "")
    if kind == "meeting":
        label = Label(label_of(_MEETING_KINDS, values.get("kind")), lower=True)
        day = to_display(values.get("held_on"))
        if own:
            return msg("Buổi sinh hoạt {kind} ngày {day}", kind=label, day=day)
        return msg("buổi sinh hoạt {kind} ngày {day}", kind=label, day=day)
    if kind == "topic":
        return msg("chuyên đề {title}", title=quote(values.get("title")))
    if kind == "plan":
        year, person = values.get("year"), names.ref("person", values.get("person_id"))
        if own:
            return msg("Kế hoạch năm {year} của {person}", year=year, person=person)
        return msg("kế hoạch năm {year} của {person}", year=year, person=person)
    if kind == "task":
        text, plan = quote(values.get("text")), names.ref("plan", values.get("plan_id"))
        if own:
            return msg("Nhiệm vụ {text} ({plan})", text=text, plan=plan)
        return msg("nhiệm vụ {text} ({plan})", text=text, plan=plan)
    if kind == "evaluation":
        year, person = values.get("year"), names.ref("person", values.get("person_id"))
        if own:
            return msg("Đánh giá, xếp loại năm {year} của {person}", year=year, person=person)
        return msg("đánh giá, xếp loại năm {year} của {person}", year=year, person=person)
    if kind == "nomination":
        return msg("đăng ký điển hình {title}", title=quote(values.get("title")))
    if kind == "rule_set":
        return quote(values.get("name"))
    return ""


_MEETING_KINDS = {str(k): v for k, v in meetings.KIND_LABELS.items()}
_NAMED_BY = {"topic": "title", "nomination": "title", "rule_set": "name"}


def value_text(kind: str, values: dict[str, Any], names: Names) -> Message | str:
    """Another record as a field's value: a topic, a nomination, a rule set by its
    title or name alone (the label says what it is); others as in a title."""
    if kind in _NAMED_BY:
        return str(values.get(_NAMED_BY[kind]) or "")
    return ref_text(kind, values, names)


def _own(kind: str) -> Title:
    """The record itself, as another record would name it."""
    return lambda names, values: ref_text(kind, values, names, own=True)


def _attendance(names: Names, values: dict[str, Any]) -> Message:
    person = names.ref("person", values.get("person_id"))
    meeting = names.ref("meeting", values.get("meeting_id"))
    return msg("Điểm danh {person} — {meeting}", person=person, meeting=meeting)


def _step(labels: Mapping[Any, str], kind: str, key: str) -> Title:
    """'Nộp — kế hoạch năm … của …': the step's label, the record it is a step of."""
    return lambda names, values: msg(
        "{step} — {record}",
        step=Label(label_of(labels, values.get("step"))),
        record=names.ref(kind, values.get(key)),
    )


def _remedy(names: Names, values: dict[str, Any]) -> Message:
    number = show(ORDINAL, values.get("position"))
    evaluation = names.ref("evaluation", values.get("evaluation_id"))
    return msg("Khắc phục hạn chế {number} — {evaluation}", number=number, evaluation=evaluation)


def _topic(names: Names, values: dict[str, Any]) -> Message:
    title, year = quote(values.get("title")), values.get("year")
    return msg("Chuyên đề {title} năm {year}", title=title, year=year)


def _meeting_topic(names: Names, values: dict[str, Any]) -> Message:
    meeting = names.ref("meeting", values.get("meeting_id"))
    return msg("Chuyên đề được sinh hoạt — {meeting}", meeting=meeting)


def _commendation(names: Names, values: dict[str, Any]) -> Message:
    return msg("Biểu dương — {meeting}", meeting=names.ref("meeting", values.get("meeting_id")))


def _midyear(names: Names, values: dict[str, Any]) -> Message:
    return msg("Sơ kết 6 tháng — {plan}", plan=names.ref("plan", values.get("plan_id")))


def _task_review(names: Names, values: dict[str, Any]) -> Message:
    return msg("Tiến độ {task}", task=names.ref("task", values.get("task_id")))


def _task_result(names: Names, values: dict[str, Any]) -> Message:
    return msg("Kết quả {task}", task=names.ref("task", values.get("task_id")))


def _person_event(names: Names, values: dict[str, Any]) -> Message:
    return msg(
        "{kind} — {person}",
        kind=Label(label_of(person_events.KIND_LABELS, values.get("kind"))),
        person=names.ref("person", values.get("person_id")),
    )


def _nomination(names: Names, values: dict[str, Any]) -> Message:
    title, year = quote(values.get("title")), values.get("year")
    return msg("Đăng ký điển hình {title} năm {year}", title=title, year=year)


def _report(names: Names, values: dict[str, Any]) -> Message:
    period = values.get("period")
    which: Message | Label
    if period == "until" and values.get("until_date"):
        which = msg("đến ngày {day}", day=to_display(values.get("until_date")))
    else:
        which = Label(label_of(PERIOD_LABELS, period), lower=True)
    return msg("Báo cáo kết quả năm {year} ({period})", year=values.get("year"), period=which)


def _document(names: Names, values: dict[str, Any]) -> Message:
    number, title = values.get("number"), quote(values.get("title"))
    if not number:
        return msg("Văn bản {title}", title=title)
    shown = f"{int(number):02d}-{values.get('doc_type')}"
    return msg("Văn bản {title}, số {number}", title=title, number=shown)


def _document_copy(names: Names, values: dict[str, Any]) -> Message:
    return msg("Bản in lại văn bản (tệp {kind})", kind=values.get("file_type") or "—")


def _year_setting(names: Names, values: dict[str, Any]) -> Message:
    key = Label(show(SETTING_KEY, values.get("key")))
    return msg("Năm {year}: {key}", year=values.get("year"), key=key)


def _sub_cell(names: Names, values: dict[str, Any]) -> Message:
    return msg("Chi bộ trực thuộc {name}", name=quote(values.get("name")))


def _received(names: Names, values: dict[str, Any]) -> Message:
    return msg(
        "Gói nhận từ {cell}: {part} năm {year}",
        cell=quote(values.get("cell_name")),
        part=Label(label_of(PART_LABELS, values.get("part")), lower=True),
        year=values.get("year"),
    )


def _rule_set(names: Names, values: dict[str, Any]) -> Message:
    return msg("Bộ tiêu chí {name}", name=quote(values.get("name")))


# The tables ------------------------------------------------------------------------------

TABLES: dict[str, TableSpec] = {
    "plans": TableSpec(
        "Kế hoạch cá nhân",
        {
            "person_id": "Người",
            "year": "Năm",
            "status": "Tình trạng",
            "source": "Lập từ",
            "remedies": "1. Giải pháp khắc phục",
            "commitments": "3. Nội dung nêu gương",
            "submitted_on": "Ngày nộp",
            "returned_on": "Ngày trả lại",
            "return_reason": "Lý do trả lại",
            "confirmed_on": "Ngày xác nhận",
            "confirmed_by": "Người xác nhận",
        },
        {
            "person_id": HIDDEN,
            "status": plans.STATUS_LABELS,
            "source": plans.SOURCE_LABELS,
            "remedies": TEXT_LIST,
            "commitments": TEXT_LIST,
        },
        _own("plan"),
    ),
    "plan_tasks": TableSpec(
        "Nhiệm vụ “làm theo”",
        {
            "plan_id": "Kế hoạch",
            "position": "Thứ tự",
            "text": "Nội dung",
            "target": "Chỉ tiêu, sản phẩm, kết quả",
            "due": "Thời gian hoàn thành",
        },
        {"plan_id": HIDDEN, "position": ORDINAL, "due": DUE},
        _own("task"),
    ),
    "plan_events": TableSpec(
        "Bước của kế hoạch",
        {
            "plan_id": "Kế hoạch",
            "step": "Bước",
            "on_date": "Ngày",
            "who": "Người thực hiện",
            "reason": "Lý do",
            "at": "Thời điểm ghi",
        },
        {"plan_id": HIDDEN, "step": plans.STEP_LABELS, "at": MOMENT},
        _step(plans.STEP_LABELS, "plan", "plan_id"),
    ),
    "year_settings": TableSpec(
        "Thiết lập năm",
        {"year": "Năm", "key": "Mục", "value": "Giá trị"},
        {"key": SETTING_KEY},
        _year_setting,
    ),
    "documents": TableSpec(
        "Văn bản đã in",
        {
            "doc_type": "Loại văn bản",
            "number": "Số",
            "term": "Nhiệm kỳ",
            "year": "Năm",
            "title": "Tiêu đề",
            "created_at": "Thời điểm in",
            "printed_on": "Ngày ghi trên văn bản",
            "created_by": "Người in",
            "content_hash": "Dấu nội dung",
            "code": "Mã xác thực",
            "subject_table": "In từ",
            "subject_ids": "Hồ sơ được in",
            "replaced_by": "Được thay bằng bản ban hành lại",
            "external": "Giữ số cho văn bản làm ngoài ứng dụng",
        },
        {
            "doc_type": DOC_TYPE_NAMES,
            "created_at": MOMENT,
            "content_hash": HIDDEN,
            "subject_table": RECORD_TABLE,
            "subject_ids": HIDDEN,
            "replaced_by": HIDDEN,
            "external": BOOL,
        },
        _document,
    ),
    "document_copies": TableSpec(
        "Bản in lại của văn bản",
        {
            "document_id": "Văn bản",
            "printed_at": "Thời điểm in lại",
            "printed_by": "Người in",
            "file_type": "Dạng tệp",
        },
        {"document_id": HIDDEN, "printed_at": MOMENT},
        _document_copy,
    ),
    "nominations": TableSpec(
        "Đăng ký điển hình",
        {
            "year": "Năm",
            "kind": "Loại",
            "title": "Mô hình, thành tích",
            "person_id": "Cá nhân",
            "unit_id": "Đơn vị",
            "field": "Lĩnh vực",
            "description": "Nội dung đã làm, kết quả",
            "registered_on": "Ngày đăng ký",
            "notes": "Ghi chú",
            "status": "Tình trạng",
            "commended_on": "Ngày biểu dương",
            "occasion": "Dịp biểu dương",
            "proposed_on": "Ngày đề nghị khen thưởng",
            "award_form": "Hình thức khen thưởng",
            "award_level": "Cấp khen thưởng",
            "decision_number": "Số quyết định",
            "decision_date": "Ngày quyết định",
            "not_selected_reason": "Lý do không được chọn",
        },
        {
            "kind": nominations.KIND_LABELS,
            "status": nominations.STATUS_LABELS,
            "person_id": "person",
            "unit_id": "unit",
        },
        _nomination,
    ),
    "topics": TableSpec(
        "Chuyên đề",
        {
            "year": "Năm",
            "position": "Thứ tự",
            "title": "Tên chuyên đề",
            "description": "Nội dung tóm tắt",
            "planned_month": "Tháng dự kiến",
            "planned_quarter": "Quý dự kiến",
            "presenter": "Người trình bày",
            "reference_documents": "Tài liệu tham khảo",
        },
        {"position": ORDINAL, "planned_quarter": QUARTER},
        _topic,
    ),
    "meetings": TableSpec(
        "Buổi sinh hoạt chi bộ",
        {
            "year": "Năm",
            "held_on": "Ngày sinh hoạt",
            "kind": "Loại",
            "start_time": "Giờ bắt đầu",
            "end_time": "Giờ kết thúc",
            "place": "Địa điểm",
            "chair_id": "Chủ trì",
            "secretary_id": "Thư ký",
            "content": "Nội dung",
            "conclusions": "Nghị quyết, kết luận",
            "guests": "Khách mời, cấp ủy cấp trên dự",
            "agenda": "Nội dung, ý kiến thảo luận",
            "votes": "Biểu quyết",
        },
        {
            "kind": meetings.KIND_LABELS,
            "chair_id": "person",
            "secretary_id": "person",
            "guests": MINUTES_LIST,
            "agenda": MINUTES_LIST,
            "votes": MINUTES_LIST,
        },
        _own("meeting"),
    ),
    "meeting_topics": TableSpec(
        "Chuyên đề của buổi sinh hoạt",
        {"meeting_id": "Buổi sinh hoạt", "topic_id": "Chuyên đề"},
        {"meeting_id": HIDDEN, "topic_id": "topic"},
        _meeting_topic,
    ),
    "attendance": TableSpec(
        "Điểm danh",
        {
            "meeting_id": "Buổi sinh hoạt",
            "person_id": "Người",
            "presence": "Có mặt / vắng",
            "reason": "Lý do vắng",
            "late": "Đến muộn",
        },
        {
            "meeting_id": HIDDEN,
            "person_id": HIDDEN,
            "presence": meetings.PRESENCE_LABELS,
            "late": BOOL,
        },
        _attendance,
    ),
    "commendations": TableSpec(
        "Biểu dương tại buổi sinh hoạt",
        {
            "meeting_id": "Buổi sinh hoạt",
            "position": "Thứ tự",
            "text": "Thành tích, nội dung biểu dương",
            "nomination_id": "Theo đăng ký điển hình",
            "person_id": "Đồng chí được biểu dương",
            "unit_id": "Tập thể được biểu dương",
        },
        {
            "meeting_id": HIDDEN,
            "position": ORDINAL,
            "nomination_id": "nomination",
            "person_id": "person",
            "unit_id": "unit",
        },
        _commendation,
    ),
    "rule_sets": TableSpec(
        "Bộ tiêu chí xếp loại",
        {
            "code": "Mã",
            "name": "Tên",
            "regulation": "Văn bản quy định",
            "issued_on": "Ngày ban hành",
            "definition": "Các mức xếp loại",
            "builtin": "Có sẵn",
        },
        {"definition": RULES, "builtin": BOOL},
        _rule_set,
    ),
    "midyear_reviews": TableSpec(
        "Sơ kết 6 tháng",
        {
            "plan_id": "Kế hoạch",
            "reviewed_on": "Ngày sơ kết",
            "reviewed_by": "Người sơ kết",
            "comment": "Nhận xét của chi bộ",
        },
        {"plan_id": HIDDEN},
        _midyear,
    ),
    "task_reviews": TableSpec(
        "Tiến độ nhiệm vụ (sơ kết)",
        {"task_id": "Nhiệm vụ", "progress": "Tiến độ", "note": "Ghi chú"},
        {"task_id": HIDDEN, "progress": evaluation.PROGRESS_LABELS},
        _task_review,
    ),
    "evaluations": TableSpec(
        "Đánh giá, xếp loại cuối năm",
        {
            "person_id": "Người",
            "year": "Năm",
            "status": "Tình trạng",
            "self_assessment": "Tự đánh giá",
            "self_classification": "Tự xếp loại",
            "cell_assessment": "Chi bộ đánh giá",
            "general_points": "Điểm tiêu chí chung",
            "score": "Tổng điểm",
            "proposed": "Đề xuất xếp loại",
            "explanation": "Lý do đề xuất",
            "classification": "Xếp loại (cuối cùng)",
            "exempt_reason": "Lý do không đánh giá",
            "rule_set_id": "Bộ tiêu chí",
            "evaluated_on": "Ngày đánh giá",
            "evaluated_by": "Người đánh giá",
            "notes": "Ghi chú",
            "frame": "Khung tiêu chí",
            "task_points": "Điểm kết quả nhiệm vụ (chi bộ nhập)",
            "task_points_source": "Nguồn điểm kết quả nhiệm vụ",
            "unit_done_share": "Đơn vị phụ trách: tỷ lệ nhiệm vụ hoàn thành",
            "unit_exceeded_share": "Đơn vị phụ trách: tỷ lệ nhiệm vụ vượt mức",
            "unit_on_time_share": "Đơn vị phụ trách: tỷ lệ nhiệm vụ đúng hạn",
            "self_general_points": "Tự chấm: tiêu chí chung",
            "self_task_points": "Tự chấm: kết quả nhiệm vụ",
            "cell_level": "Chi bộ đề nghị xếp loại",
            "vote_meeting_id": "Biểu quyết tại",
            "votes_for": "Số tán thành",
            "votes_against": "Số không tán thành",
            "voters": "Tổng số biểu quyết",
            "decided_level": "Cấp có thẩm quyền quyết định xếp loại",
            "decided_by": "Cấp quyết định",
            "decision_number": "Số văn bản quyết định",
            "decision_date": "Ngày quyết định",
            "proposed_before": "Đề xuất trước khi quy định thay đổi",
            "proposal_changed": "Đề xuất đã thay đổi",
        },
        {
            "person_id": HIDDEN,
            "status": evaluation.STATUS_LABELS,
            "self_classification": CLASSIFICATION_LABELS,
            "proposed": CLASSIFICATION_LABELS,
            "classification": CLASSIFICATION_LABELS,
            "general_points": NUMBER,
            "score": NUMBER,
            "explanation": TEXT_LIST,
            "rule_set_id": "rule_set",
            "frame": FRAME_LABELS,
            "task_points": NUMBER,
            "unit_done_share": PERCENT,
            "unit_exceeded_share": PERCENT,
            "unit_on_time_share": PERCENT,
            "self_general_points": NUMBER,
            "self_task_points": NUMBER,
            "cell_level": CLASSIFICATION_LABELS,
            "vote_meeting_id": "meeting",
            "decided_level": CLASSIFICATION_LABELS,
            "proposed_before": CLASSIFICATION_LABELS,
            "proposal_changed": BOOL,
        },
        _own("evaluation"),
    ),
    "person_events": TableSpec(
        "Kỷ luật, kết luận, đình chỉ, nghỉ dài ngày, sinh hoạt tạm thời",
        dict(person_events.FIELD_LABELS),
        {
            "person_id": "person",
            "kind": person_events.KIND_LABELS,
            "form": EVENT_FORMS,
            "scope": person_events.SCOPE_LABELS,
        },
        _person_event,
    ),
    "task_results": TableSpec(
        "Kết quả nhiệm vụ (cuối năm)",
        {
            "task_id": "Nhiệm vụ",
            "result": "Kết quả",
            "on_time": "Đúng hạn",
            "evidence": "Minh chứng",
        },
        {"task_id": HIDDEN, "result": evaluation.RESULT_LABELS, "on_time": BOOL},
        _task_result,
    ),
    "remedy_results": TableSpec(
        "Khắc phục hạn chế (cuối năm)",
        {"evaluation_id": "Bản đánh giá", "position": "Hạn chế thứ", "remedied": "Đã khắc phục"},
        {"evaluation_id": HIDDEN, "position": ORDINAL, "remedied": BOOL},
        _remedy,
    ),
    "evaluation_events": TableSpec(
        "Bước của đánh giá",
        {
            "evaluation_id": "Bản đánh giá",
            "step": "Bước",
            "on_date": "Ngày",
            "who": "Người thực hiện",
            "reason": "Lý do",
            "at": "Thời điểm ghi",
        },
        {"evaluation_id": HIDDEN, "step": evaluation.STEP_LABELS, "at": MOMENT},
        _step(evaluation.STEP_LABELS, "evaluation", "evaluation_id"),
    ),
    "sub_cells": TableSpec(
        "Chi bộ trực thuộc",
        {
            "uid": "Mã chi bộ",
            "name": "Tên chi bộ",
            "superior": "Đảng ủy cấp trên",
            "secretary": "Bí thư",
            "symbol": "Ký hiệu văn bản",
            "term": "Nhiệm kỳ",
        },
        {"uid": HIDDEN},
        _sub_cell,
    ),
    "received_packages": TableSpec(
        "Gói nhận từ chi bộ",
        {
            "sub_cell_id": "Chi bộ",
            "year": "Năm",
            "part": "Phần",
            "sequence": "Gói số",
            "created_at": "Chi bộ lập lúc",
            "received_at": "Nhận lúc",
            "received_by": "Người nhận",
            "cell_name": "Tên chi bộ trong gói",
            "file_name": "Tệp",
            "checksum": "Mã kiểm tra",
            "schema_version": "Định dạng gói",
            "app_version": "Phiên bản ứng dụng",
            "content": "Nội dung",
            "replaced_by": "Được thay bằng gói mới hơn",
        },
        {
            "sub_cell_id": HIDDEN,
            "part": PART_LABELS,
            "created_at": MOMENT,
            "received_at": MOMENT,
            "checksum": HIDDEN,
            "content": HIDDEN,
            "replaced_by": HIDDEN,
        },
        _received,
    ),
    "report_texts": TableSpec(
        "Báo cáo kết quả (phần nhận định)",
        {
            "year": "Năm",
            "period": "Kỳ báo cáo",
            "until_date": "Tính đến ngày",
            "results": "Kết quả đạt được",
            "shortcomings": "Hạn chế, nguyên nhân",
            "lessons": "Bài học kinh nghiệm",
            "directions": "Phương hướng, nhiệm vụ",
            "basis": "Số liệu khi soạn",
        },
        {"period": PERIOD_LABELS, "basis": HIDDEN},
        _report,
    ),
}
