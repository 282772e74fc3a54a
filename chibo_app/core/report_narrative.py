"""A first draft of the year report's four narrative sections, written from its figures.

Real sentences with the numbers in them, in the words a cell's report to the superior
committee uses; the secretary edits them before printing. One paragraph per line, a blank
line between paragraphs.
"""

from __future__ import annotations

import datetime as dt

from chibo_app.core.meetings import quarters_text
from chibo_app.core.people import Kind
from chibo_app.core.report_basis import basis_of
from chibo_app.core.year_report import (
    Narrative,
    PeriodKind,
    ReportFigures,
    TaskSource,
    day_text,
    percent_text,
    rate_text,
)

GOOD_ATTENDANCE = 0.95  # below this the draft names attendance as a shortcoming


def draft(f: ReportFigures) -> Narrative:
    return Narrative(  # a blank line between paragraphs: easier to edit, not printed
        results="\n\n".join(_results(f)),
        shortcomings="\n\n".join(_shortcomings(f)),
        lessons="\n\n".join(_lessons(f)),
        directions="\n\n".join(_directions(f)),
        until=f.period.until if f.period.kind == PeriodKind.UNTIL else None,
        basis=basis_of(f),  # the figures it is written from
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _quoted(titles: list[str]) -> str:
    return "; ".join(f"“{t}”" for t in titles)


def _join(parts: list[str]) -> str:
    """'a, b và c'."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} và {parts[-1]}"


# I. Kết quả đạt được -----------------------------------------------------------------------


def _results(f: ReportFigures) -> list[str]:
    year = f.period.year
    lines = [
        f"Thực hiện Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
        f"năm {year}, ngay từ đầu năm Chi bộ đã quán triệt, triển khai đến toàn thể cán bộ, "
        "đảng viên và quần chúng; đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ "
        "định kỳ và sinh hoạt chuyên đề, gắn với thực hiện nhiệm vụ chính trị của cơ quan, "
        "đơn vị.",
        _people(f),
        _plans(f),
    ]
    lines += [_midyear(f), _tasks(f), _meetings(f), _topics(f), _nominations(f)]
    lines += [_commendations(f), _classification(f)]
    return [line for line in lines if line]


def _people(f: ReportFigures) -> str:
    """Đảng viên counted as such ("đồng chí" is said of them only); quần chúng apart."""
    p = f.people
    parts = _join(
        [
            f"{p.count(Kind.FULL)} đảng viên chính thức" if p.count(Kind.FULL) else "",
            f"{p.count(Kind.PROBATIONARY)} đảng viên dự bị" if p.count(Kind.PROBATIONARY) else "",
        ]
    )
    text = f"Tính đến ngày {day_text(f.as_of)}, Chi bộ có {p.party_members} đảng viên"
    text += f" ({parts.replace(' đảng viên', '')})." if parts else "."
    if p.exempted:
        text += f" Có {p.exempted} đồng chí được miễn công tác và sinh hoạt đảng."
    left = _join(
        [
            f"{p.moved} đảng viên chuyển sinh hoạt đảng đi" if p.moved else "",
            f"{p.deceased} đảng viên từ trần" if p.deceased else "",
        ]
    )
    if left:
        text += f" Trong kỳ có {left}."
    others = p.count(Kind.NON_PARTY)
    if others:
        text += (
            f" Cùng học tập và làm theo Bác còn có {others} quần chúng (công chức, viên chức, "
            "người lao động của cơ quan)."
        )
    gone = _join(
        [
            f"{p.changed_jobs} quần chúng chuyển công tác" if p.changed_jobs else "",
            f"{p.non_party_deceased} quần chúng từ trần" if p.non_party_deceased else "",
        ]
    )
    if gone:
        text += f" Trong kỳ có {gone}."
    return text


def _plans(f: ReportFigures) -> str:
    p = f.plans
    if not p.people:
        return ""
    text = (
        f"Về xây dựng kế hoạch cá nhân: {p.made}/{p.people} người "
        f"({percent_text(p.made, p.people)}) đã xây dựng và nộp kế hoạch học tập và làm theo "
        "Bác"
    )
    if p.party.people and p.others.people:
        text += (
            f" (đảng viên {p.party.made}/{p.party.people}, "
            f"quần chúng {p.others.made}/{p.others.people})"
        )
    if p.deadline and p.made:
        text += (
            f", trong đó {p.on_time} kế hoạch nộp đúng thời hạn "
            f"(hạn nộp ngày {day_text(p.deadline)})"
        )
    text += (
        f"; Chi bộ đã xác nhận {p.confirmed} kế hoạch ({percent_text(p.confirmed, p.people)}). "
        "Nội dung kế hoạch cơ bản cụ thể, có chỉ tiêu, sản phẩm gắn với chức trách, nhiệm vụ "
        "được giao."
    )
    return text


def _midyear(f: ReportFigures) -> str:
    m = f.midyear
    if not m.reviewed:
        return ""
    return (
        f"Chi bộ đã sơ kết 6 tháng việc thực hiện {m.reviewed}/{m.plans} kế hoạch cá nhân: "
        f"trong {m.tasks} nhiệm vụ đã đăng ký, {m.done} nhiệm vụ đã hoàn thành, "
        f"{m.in_progress} nhiệm vụ đang thực hiện, {m.not_started} nhiệm vụ chưa triển khai."
    )


def _tasks(f: ReportFigures) -> str:
    t = f.tasks
    if t.source != TaskSource.EVALUATION or not t.total or t.not_assessed == t.total:
        return ""
    text = (
        f"Kết quả thực hiện nhiệm vụ “làm theo” cuối năm: trong tổng số {t.total} nhiệm vụ "
        f"đã đăng ký, có {t.completed} nhiệm vụ hoàn thành ({percent_text(t.completed, t.total)})"
    )
    if t.exceeded:
        text += f", trong đó {t.exceeded} nhiệm vụ hoàn thành vượt mức"
    rest = _join(
        [
            f"{t.partly} nhiệm vụ hoàn thành một phần" if t.partly else "",
            f"{t.not_done} nhiệm vụ chưa hoàn thành" if t.not_done else "",
            f"{t.not_assessed} nhiệm vụ chưa được đánh giá" if t.not_assessed else "",
        ]
    )
    return text + (f"; {rest}." if rest else ".")


def _meetings(f: ReportFigures) -> str:
    m = f.meetings
    if not m.months_due:
        return ""
    text = (
        f"Chi bộ duy trì sinh hoạt thường kỳ {m.months_with_regular}/{m.months_due} tháng, "
        f"tổ chức {m.thematic} buổi sinh hoạt chuyên đề"
    )
    if m.extraordinary:
        text += f" và {m.extraordinary} buổi sinh hoạt bất thường"
    if m.average_rate is not None:
        text += f"; tỷ lệ đảng viên dự sinh hoạt bình quân đạt {rate_text(m.average_rate)}"
    return text + ". Nội dung học tập và làm theo Bác được đưa vào mọi buổi sinh hoạt."


def _topics(f: ReportFigures) -> str:
    if not f.topics:
        return ""
    held = [t.title for t in f.topics if t.held_on]
    if not held:
        return f"Chi bộ đã xác định {len(f.topics)} chuyên đề của năm {f.period.year}."
    return f"Đã tổ chức sinh hoạt {len(held)}/{len(f.topics)} chuyên đề của năm: {_quoted(held)}."


def _nominations(f: ReportFigures) -> str:
    n = f.nominations
    if not n.total:
        return ""
    kinds = _join(
        [
            f"{n.by_kind[0]} tập thể" if n.by_kind[0] else "",
            f"{n.by_kind[1]} cá nhân" if n.by_kind[1] else "",
            f"{n.by_kind[2]} mô hình, cách làm hay" if n.by_kind[2] else "",
        ]
    )
    fields = "; ".join(_lower_first(line.field) for line in n.by_field[:4])
    text = f"Chi bộ đã lựa chọn, đăng ký {n.total} điển hình tiêu biểu ({kinds})"
    text += f", tập trung vào các lĩnh vực: {fields}." if fields else "."
    steps = _join(
        [
            f"biểu dương {n.commended} điển hình" if n.commended else "",
            f"đề nghị cấp trên khen thưởng {n.proposed}" if n.proposed else "",
        ]
    )
    if steps:
        text += f" Đã {steps}"
        if n.awarded:
            awards = ", ".join(f"{count} {_lower_first(form)}" for form, count in n.awards)
            text += f"; {n.awarded} điển hình được khen thưởng ({awards})"
        text += "."
    return text


def _commendations(f: ReportFigures) -> str:
    if not f.commendations:
        return ""
    return (
        f"Tại các buổi sinh hoạt, Chi bộ đã biểu dương {len(f.commendations)} lượt tập thể, "
        "cá nhân có thành tích, cách làm hay trong học tập và làm theo Bác."
    )


def _classification(f: ReportFigures) -> str:
    c = f.classification
    if not c.classified:
        return ""
    parts = [
        f"{level.count} đồng chí {_lower_first(level.label)} "
        f"({percent_text(level.count, c.classified)})"
        for level in c.levels
        if level.count
    ]
    return f"Kết quả đánh giá, xếp loại {c.classified} đảng viên: {'; '.join(parts)}."


# II. Hạn chế, nguyên nhân ------------------------------------------------------------------


def _shortcomings(f: ReportFigures) -> list[str]:
    p, m = f.plans, f.meetings
    found = []
    missing = p.people - p.made
    late = p.made - p.on_time
    if missing or late:
        parts = _join(
            [
                f"còn {missing} người chưa xây dựng, nộp kế hoạch cá nhân" if missing else "",
                f"{late} kế hoạch nộp chậm so với thời hạn" if late else "",
            ]
        )
        found.append(f"- Việc xây dựng kế hoạch cá nhân có nơi còn chậm: {parts}.")
    waiting = p.made - p.confirmed
    if waiting > 0:
        text = f"- {waiting} kế hoạch chưa được Chi bộ xác nhận"
        if p.returned:
            text += (
                f", trong đó {p.returned} kế hoạch phải trả lại để chỉnh sửa vì nội dung, "
                "chỉ tiêu chưa cụ thể"
            )
        found.append(text + ".")
    t = f.tasks
    if t.source == TaskSource.EVALUATION and t.partly + t.not_done:
        found.append(
            f"- Còn {t.partly + t.not_done} nhiệm vụ “làm theo” chưa hoàn thành hoặc mới "
            "hoàn thành một phần."
        )
    if f.midyear.behind:
        found.append(
            f"- Qua sơ kết 6 tháng, {f.midyear.behind} người còn chậm tiến độ thực hiện "
            "nhiệm vụ so với kế hoạch đã đăng ký."
        )
    if m.missing_months:
        months = ", ".join(str(month) for month in m.missing_months)
        found.append(
            f"- Sinh hoạt thường kỳ chưa duy trì đều: tháng {months} chưa tổ chức sinh hoạt."
        )
    if m.without_thematic:
        found.append(
            f"- {quarters_text(m.without_thematic)} chưa tổ chức sinh hoạt chuyên đề (Chỉ thị số "
            "50-CT/TW yêu cầu sinh hoạt chuyên đề ít nhất mỗi quý 1 lần)."
        )
    if m.average_rate is not None and m.average_rate < GOOD_ATTENDANCE:
        text = f"- Tỷ lệ đảng viên dự sinh hoạt bình quân mới đạt {rate_text(m.average_rate)}"
        text += f"; còn {m.absent} lượt vắng không lý do." if m.absent else "."
        found.append(text)
    late_topics = [t.title for t in f.topics if t.due and not t.held_on]
    if late_topics:
        found.append(
            f"- {len(late_topics)} chuyên đề đến kỳ chưa được tổ chức sinh hoạt: "
            f"{_quoted(late_topics)}."
        )
    if not found:
        found.append(
            "- Một số nội dung đăng ký trong kế hoạch cá nhân còn chung chung, chưa lượng hóa "
            "được kết quả; việc nhân rộng gương điển hình, mô hình tiêu biểu chưa thật sự lan "
            "tỏa."
        )
    return [
        *found,
        "* Nguyên nhân:",
        "- Khách quan: khối lượng công việc chuyên môn lớn, nhiều nhiệm vụ đột xuất; một số "
        "đảng viên thường xuyên đi công tác.",
        "- Chủ quan: một số đảng viên, quần chúng chưa thật sự chủ động, tự giác trong xây "
        "dựng và thực hiện kế hoạch; công tác kiểm tra, đôn đốc của Chi bộ có lúc chưa "
        "thường xuyên.",
    ]


# III. Bài học kinh nghiệm ------------------------------------------------------------------


def _lessons(f: ReportFigures) -> list[str]:
    p = f.plans
    second = (
        "2. Kế hoạch cá nhân phải được xây dựng sớm, cụ thể, có chỉ tiêu, sản phẩm rõ ràng, "
        "gắn với chức trách, nhiệm vụ; không sao chép, hình thức"
    )
    if p.people and p.on_time * 10 >= p.people * 9:
        second += (
            f" ({percent_text(p.on_time, p.people)} kế hoạch nộp đúng hạn là cơ sở để theo "
            "dõi, đánh giá trong năm)"
        )
    return [
        "1. Cấp ủy, trước hết là đồng chí Bí thư Chi bộ phải thường xuyên quan tâm lãnh đạo, "
        "chỉ đạo và gương mẫu đi đầu trong học tập và làm theo Bác.",
        second + ".",
        "3. Đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ định kỳ, sinh hoạt "
        "chuyên đề; kịp thời biểu dương, nhân rộng gương người tốt, việc tốt.",
        "4. Thường xuyên kiểm tra, đôn đốc, sơ kết, đánh giá kết quả thực hiện, gắn với đánh "
        "giá, xếp loại đảng viên cuối năm.",
    ]


# IV. Phương hướng, nhiệm vụ ----------------------------------------------------------------


def _directions(f: ReportFigures) -> list[str]:
    year = f.period.year
    if f.period.to_year_end:
        deadline = f.plans.deadline or dt.date(year, 3, 31)
        try:
            next_deadline = deadline.replace(year=year + 1)
        except ValueError:  # 29/2
            next_deadline = deadline.replace(year=year + 1, day=28)
        return [
            "1. Tiếp tục quán triệt, thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ "
            f"Chính trị; xây dựng Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách "
            f"Hồ Chí Minh năm {year + 1}; 100% cán bộ, đảng viên xây dựng kế hoạch cá nhân "
            f"trước ngày {day_text(next_deadline)}.",
            # Chỉ thị 50-CT/TW mục 2: sinh hoạt chuyên đề ít nhất mỗi quý 1 lần.
            "2. Duy trì sinh hoạt chi bộ thường kỳ hằng tháng; tổ chức sinh hoạt chuyên đề ít "
            "nhất mỗi quý 1 lần theo Chỉ thị số 50-CT/TW ngày 23/7/2025, nội dung thảo luận "
            "kỹ, có nghị quyết, kết luận cụ thể; phấn đấu tỷ lệ đảng viên dự sinh hoạt đạt "
            "trên 95%.",
            "3. Lựa chọn, bồi dưỡng, nhân rộng gương điển hình, mô hình tiêu biểu; kịp thời "
            "biểu dương, đề nghị cấp trên khen thưởng.",
            "4. Khắc phục những hạn chế đã nêu; gắn kết quả học tập và làm theo Bác với đánh "
            "giá, xếp loại tổ chức đảng, đảng viên cuối năm.",
        ]
    p = f.plans
    first = "1. Đẩy nhanh tiến độ thực hiện các nhiệm vụ “làm theo” đã đăng ký"
    waiting = p.people - p.confirmed
    if waiting > 0:
        first += f"; đôn đốc {waiting} người hoàn thiện kế hoạch để Chi bộ xác nhận"
    remaining = [t.title for t in f.topics if not t.held_on]
    second = "2. Duy trì sinh hoạt chi bộ thường kỳ hằng tháng"
    if remaining:
        second += f"; tổ chức sinh hoạt các chuyên đề còn lại: {_quoted(remaining)}"
    due = f" trước ngày {day_text(f.evaluation_due)}" if f.evaluation_due else ""
    return [
        first + ".",
        second + ".",
        "3. Tiếp tục bồi dưỡng, nhân rộng gương điển hình, mô hình tiêu biểu; kịp thời biểu "
        "dương, đề nghị khen thưởng.",
        f"4. Chuẩn bị tự đánh giá, đánh giá, xếp loại cuối năm {year}{due}; tổng kết việc "
        f"học tập và làm theo Bác năm {year} làm cơ sở xây dựng kế hoạch năm {year + 1}.",
    ]
