"""A first draft of the đảng ủy's combined year report, written from the summed figures
and the lines per cell: real sentences with the numbers in them, in the words a đảng
ủy's report uses; the đảng ủy edits the .docx before signing. One paragraph per item.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from chibo_app.core.dang_bo_figures import (
    CAP_CLAUSE,
    ClassificationLine,
    MeetingsLine,
    PlansLine,
    total_line,
)
from chibo_app.core.year_report import percent_text

GOOD_ATTENDANCE = 95.0  # percent: below it attendance is named as a shortcoming
SHOWN_CELLS = 5


@dataclass(frozen=True)
class CombinedNarrative:
    results: tuple[str, ...]
    shortcomings: tuple[str, ...]
    lessons: tuple[str, ...]
    directions: tuple[str, ...]

    def sections(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return (
            ("I. KẾT QUẢ ĐẠT ĐƯỢC", self.results),
            ("II. HẠN CHẾ, NGUYÊN NHÂN", self.shortcomings),
            ("III. BÀI HỌC KINH NGHIỆM", self.lessons),
            ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", self.directions),
        )


def _cells(names: Sequence[str]) -> str:
    shown = ", ".join(names[:SHOWN_CELLS])
    rest = len(names) - SHOWN_CELLS
    return f"{shown} và {rest} chi bộ khác" if rest > 0 else shown


def _join(parts: Sequence[str]) -> str:
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} và {parts[-1]}"


def draft(
    year: int,
    cells: Sequence[str],
    missing: Sequence[str],
    figures: Mapping[str, Any],
    classification: Sequence[ClassificationLine],
    level_labels: Mapping[str, str],
    plans: Sequence[PlansLine],
    meetings: Sequence[MeetingsLine],
) -> CombinedNarrative:
    """`cells`: every cell under the đảng ủy; `missing`: those whose report is not in."""
    reported = len(cells) - len(missing)
    people = figures.get("people", {})
    plan = figures.get("plans", {})
    tasks = figures.get("tasks", {})
    nominations = figures.get("nominations", {})
    meeting = figures.get("meetings", {})
    results = [
        f"Thực hiện Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
        f"năm {year}, Đảng ủy đã chỉ đạo {len(cells)} chi bộ trực thuộc quán triệt, triển khai "
        "đến toàn thể cán bộ, đảng viên và quần chúng, gắn với thực hiện nhiệm vụ chính trị "
        f"của từng cơ quan, đơn vị. Đến nay đã có {reported}/{len(cells)} chi bộ gửi báo cáo "
        "kết quả; số liệu dưới đây tổng hợp từ báo cáo của các chi bộ.",
    ]
    members = int(people.get("party_members") or 0)
    if members or people.get("non_party"):
        kinds = _join(
            [
                f"{people.get('full', 0)} đảng viên chính thức" if people.get("full") else "",
                f"{people.get('probationary', 0)} đảng viên dự bị"
                if people.get("probationary")
                else "",
            ]
        )
        non_party = int(people.get("non_party") or 0)
        results.append(
            f"Các chi bộ có {members} đảng viên ({kinds})"
            + (f" và {non_party} quần chúng" if non_party else "")
            + " tham gia học tập và làm theo."
        )
    if plan.get("people"):
        results.append(
            f"{plan.get('made', 0)}/{plan['people']} người "
            f"({percent_text(int(plan.get('made') or 0), int(plan['people']))}) đã xây dựng "
            f"kế hoạch cá nhân; {plan.get('confirmed', 0)} kế hoạch "
            f"({percent_text(int(plan.get('confirmed') or 0), int(plan['people']))}) đã được "
            "chi bộ xác nhận."
        )
    if tasks.get("total"):
        completed = int(tasks.get("completed") or 0)
        results.append(
            f"Trong {tasks['total']} nội dung làm theo đã đăng ký, {completed} "
            f"nội dung hoàn thành ({percent_text(completed, int(tasks['total']))})"
            + (f", {tasks['exceeded']} nội dung vượt mức" if tasks.get("exceeded") else "")
            + "."
        )
    if meeting.get("regular") or meeting.get("thematic"):
        attendance = meeting.get("average_attendance")
        results.append(
            f"Các chi bộ đã sinh hoạt thường kỳ {meeting.get('regular', 0)} buổi và sinh hoạt "
            f"chuyên đề {meeting.get('thematic', 0)} buổi"
            + (
                f"; tỷ lệ dự sinh hoạt bình quân {_percent(attendance)}"
                if attendance is not None
                else ""
            )
            + "."
        )
    if nominations.get("total"):
        kind = nominations.get("by_kind", {})
        results.append(
            f"Các chi bộ đăng ký {nominations['total']} điển hình: "
            + _join(
                [
                    f"{kind.get('collective', 0)} tập thể",
                    f"{kind.get('individual', 0)} cá nhân",
                    f"{kind.get('model', 0)} mô hình, cách làm hay",
                ]
            )
            + "."
        )
    total = _total(classification)
    if total is not None and total.classified:
        shares = _join(
            [
                f"{count} đồng chí “{level_labels.get(code, code)}” "
                f"({percent_text(count, total.classified)})"
                for code, count in total.counts.items()
                if count
            ]
        )
        results.append(
            f"Kết quả đánh giá, xếp loại: {total.classified}/{total.members} đảng viên đã được "
            f"xếp loại, trong đó {shares}."
        )
    shortcomings = []
    if missing:
        shortcomings.append(
            f"Còn {len(missing)} chi bộ chưa gửi báo cáo kết quả: {_cells(list(missing))}."
        )
    unconfirmed = [p.name for p in plans if p.received and p.people and p.confirmed < p.people]
    if unconfirmed:
        shortcomings.append(
            "Một số chi bộ chưa xác nhận đủ kế hoạch cá nhân của cán bộ, đảng viên: "
            f"{_cells(unconfirmed)}."
        )
    short_meetings = [
        m.name for m in meetings if m.received and m.months_with_regular < m.months_due
    ]
    if short_meetings:
        shortcomings.append(
            f"Có chi bộ chưa duy trì sinh hoạt thường kỳ hằng tháng: {_cells(short_meetings)}."
        )
    no_topic = [m.name for m in meetings if m.received and m.missing_quarters]
    if no_topic:
        shortcomings.append(
            "Có chi bộ chưa tổ chức sinh hoạt chuyên đề mỗi quý ít nhất một lần theo Chỉ thị "
            f"50-CT/TW: {_cells(no_topic)}."
        )
    low = [
        m.name
        for m in meetings
        if m.received and m.attendance is not None and m.attendance < GOOD_ATTENDANCE
    ]
    if low:
        shortcomings.append(
            f"Tỷ lệ đảng viên dự sinh hoạt ở một số chi bộ chưa cao: {_cells(low)}."
        )
    over = [c.name for c in classification if c.over_cap]
    if over:
        shortcomings.append(
            f"Số đảng viên được đề xuất “Hoàn thành xuất sắc nhiệm vụ” ở {_cells(over)} vượt quá "
            f"20% số đảng viên “Hoàn thành tốt nhiệm vụ” ({CAP_CLAUSE}); cần rà soát trước khi "
            "quyết định."
        )
    if not shortcomings:
        shortcomings.append(
            "Việc học tập và làm theo ở một số nơi còn chung chung; chất lượng một số kế hoạch "
            "cá nhân chưa cao, chưa gắn với nhiệm vụ cụ thể của từng người."
        )
    lessons = (
        "Cấp ủy chi bộ phải thường xuyên theo dõi, đôn đốc; đưa việc học tập và làm theo Bác "
        "vào nội dung sinh hoạt chi bộ định kỳ.",
        "Kế hoạch của mỗi cán bộ, đảng viên phải cụ thể, có sản phẩm, kết quả rõ ràng; người "
        "đứng đầu gương mẫu đi đầu.",
    )
    directions = (
        f"Tiếp tục chỉ đạo các chi bộ thực hiện Kế hoạch học tập và làm theo năm {year + 1}; "
        "xây dựng kế hoạch cá nhân ngay từ đầu năm và xác nhận đúng hạn.",
        "Duy trì sinh hoạt chi bộ thường kỳ hằng tháng và sinh hoạt chuyên đề ít nhất mỗi quý "
        "một lần; nâng cao tỷ lệ đảng viên dự sinh hoạt.",
        "Phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến, mô hình hay; kịp thời biểu "
        "dương, khen thưởng.",
    )
    return CombinedNarrative(tuple(results), tuple(shortcomings), lessons, directions)


def _percent(value: Any) -> str:
    return f"{float(value):.1f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


def _total(lines: Sequence[ClassificationLine]) -> ClassificationLine | None:
    return total_line("Cộng", lines) if lines else None
