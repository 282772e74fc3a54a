"""Demo personal plans: honest plans composed from fragments per job, and edited copies.

Used by services.demo (a year of plans in every state) and by
benchmarks/bench_copy_detection.py (5,000 plans). Honest plans for the same job share
duties and stock phrases, like real ones; copies are a neighbour's plan lightly edited.
"""

from __future__ import annotations

import random

from chibo_app.core.plans import Plan, PlanTask
from chibo_app.services.session import Session
from chibo_app.storage import people_repo

WEAKNESSES = [
    "đôi lúc còn chậm trễ trong việc xử lý văn bản được giao",
    "chưa mạnh dạn phát biểu ý kiến, đấu tranh tự phê bình và phê bình",
    "việc tự học tập, nghiên cứu văn bản mới chưa thường xuyên",
    "tác phong làm việc có lúc chưa khoa học, còn để dồn việc cuối kỳ",
    "kỹ năng sử dụng ngoại ngữ trong giao tiếp công việc còn hạn chế",
    "việc phối hợp với các phòng chuyên môn có lúc chưa chặt chẽ",
    "chất lượng tham mưu một số văn bản chưa cao, phải chỉnh sửa nhiều lần",
    "có lúc đi họp, sinh hoạt chi bộ chưa đúng giờ",
    "việc báo cáo kết quả công việc với lãnh đạo phòng chưa kịp thời",
    "sử dụng phần mềm quản lý văn bản và hồ sơ công việc chưa thành thạo",
    "còn ngại khó khi được giao những việc mới, phức tạp",
    "việc lưu giữ hồ sơ, tài liệu cá nhân chưa ngăn nắp",
    "đôi khi còn nể nang trong góp ý đồng nghiệp",
    "thời gian dành cho nghiên cứu lý luận chính trị còn ít",
    "việc cập nhật tin tức thời sự trong nước và quốc tế chưa đều đặn",
    "trả lời văn bản của địa phương có lúc chưa đúng hạn",
    "tinh thần chủ động đề xuất giải pháp mới trong công việc còn chưa cao",
    "việc nắm bắt tâm tư, nguyện vọng của quần chúng có lúc chưa sâu sát",
]
SOLUTIONS = [
    "lập kế hoạch công việc hằng tuần và tự kiểm tra tiến độ vào chiều thứ Sáu",
    "dành ít nhất hai giờ mỗi tuần nghiên cứu các văn bản pháp luật mới ban hành",
    "tham gia lớp bồi dưỡng ngoại ngữ do tỉnh tổ chức",
    "chủ động trao đổi với đồng nghiệp trước khi trình lãnh đạo",
    "thực hiện nghiêm nội quy, quy chế làm việc của cơ quan",
    "tích cực đóng góp ý kiến xây dựng trong các buổi sinh hoạt chi bộ",
    "ghi sổ tay theo dõi các việc được giao và thời hạn hoàn thành",
    "học hỏi kinh nghiệm của các đồng chí đi trước trong phòng",
]
STOCK = [
    "Tiếp tục học tập, quán triệt và thực hiện nghiêm các chỉ thị, nghị quyết của Đảng",
    "Giữ gìn phẩm chất đạo đức, lối sống giản dị, trung thực",
    "Thực hiện nghiêm những điều đảng viên không được làm",
]
# Each duty: ways people name it, and what they promise.
JOB_DUTIES: dict[str, list[tuple[tuple[str, ...], str]]] = {
    "văn thư": [
        (("tiếp nhận, đăng ký văn bản đến", "vào sổ và chuyển giao văn bản đến"), "văn bản"),
        (
            ("kiểm tra thể thức văn bản đi", "rà soát hình thức văn bản trước khi phát hành"),
            "văn bản đúng thể thức",
        ),
        (("chỉnh lý hồ sơ lưu trữ", "sắp xếp tài liệu trong kho lưu trữ"), "hồ sơ"),
        (("số hóa văn bản đi, đến", "đưa văn bản giấy lên hệ thống điện tử"), "văn bản"),
        (("quản lý con dấu, chữ ký số", "bảo quản dấu và thiết bị ký số"), "lần sử dụng"),
    ],
    "kế toán": [
        (("lập dự toán ngân sách", "xây dựng dự toán thu chi"), "dự toán"),
        (("quyết toán kinh phí", "tổng hợp quyết toán các nguồn kinh phí"), "báo cáo"),
        (("kiểm kê tài sản công", "đối chiếu tài sản với sổ sách"), "tài sản"),
        (("chi trả lương qua ngân hàng", "thanh toán không dùng tiền mặt"), "khoản chi"),
        (("tiết kiệm chi thường xuyên", "cắt giảm chi phí hội nghị"), "kinh phí"),
    ],
    "lãnh sự": [
        (("giải quyết hồ sơ chứng nhận lãnh sự", "xử lý thủ tục hợp pháp hóa giấy tờ"), "hồ sơ"),
        (("hướng dẫn nộp hồ sơ trực tuyến", "hỗ trợ công dân làm thủ tục qua mạng"), "hồ sơ"),
        (("theo dõi bảo hộ công dân", "nắm tình hình công dân gặp nạn ở nước ngoài"), "vụ việc"),
        (("thẩm định hộ chiếu công vụ", "kiểm tra hồ sơ xin cấp hộ chiếu"), "hồ sơ"),
        (("quản lý người nước ngoài", "cập nhật danh sách người nước ngoài lưu trú"), "người"),
    ],
    "thanh tra": [
        (("thanh tra đoàn ra, đoàn vào", "kiểm tra việc cử cán bộ đi nước ngoài"), "cuộc"),
        (("giải quyết đơn thư", "xử lý khiếu nại, tố cáo"), "đơn"),
        (("xác minh tài sản, thu nhập", "kiểm tra bản kê khai tài sản"), "trường hợp"),
        (("đôn đốc thực hiện kết luận", "theo dõi việc khắc phục sau thanh tra"), "kiến nghị"),
        (("phòng, chống tham nhũng", "kiểm soát xung đột lợi ích"), "văn bản"),
    ],
    "hợp tác quốc tế": [
        (("đón tiếp khách quốc tế", "tổ chức lễ tân đối ngoại"), "đoàn"),
        (("tổng hợp thỏa thuận quốc tế", "theo dõi các văn bản ký với đối tác"), "thỏa thuận"),
        (("vận động viện trợ", "tìm kiếm nguồn tài trợ nước ngoài"), "dự án"),
        (("thẩm định đề án đoàn ra", "góp ý kế hoạch đi công tác nước ngoài"), "đề án"),
        (("cập nhật dữ liệu đối tác", "xây dựng danh bạ đối tác"), "đối tác"),
    ],
    "biên giới": [
        (("tuyên truyền pháp luật biên giới", "phổ biến quy chế khu vực biên giới"), "buổi"),
        (("theo dõi mốc quốc giới", "phối hợp kiểm tra hệ thống mốc"), "mốc"),
        (("tổng hợp tình hình biên giới", "báo cáo an ninh vùng biên"), "báo cáo"),
        (("hướng dẫn thủ tục qua cửa khẩu", "giải đáp thủ tục xuất nhập cảnh"), "lượt"),
    ],
    "thông tin đối ngoại": [
        (("viết tin bài đối ngoại", "cập nhật cổng thông tin của Sở"), "tin bài"),
        (("quảng bá hình ảnh địa phương", "giới thiệu tiềm năng du lịch với đối tác"), "ấn phẩm"),
        (("theo dõi báo chí nước ngoài", "tổng hợp thông tin báo chí quốc tế về tỉnh"), "bản tin"),
        (("tổ chức họp báo", "chuẩn bị thông cáo báo chí"), "thông cáo"),
    ],
}
TARGET_FORMS = [  # (form, smallest and largest number it reads well with)
    ("{n}% {what} hoàn thành đúng hạn", 85, 100),
    ("ít nhất {n} {what}", 4, 60),
    ("không để tồn đọng {what} quá {n} ngày", 2, 10),
    ("hoàn thành {n} {what} trong năm", 3, 40),
    ("{what} đạt yêu cầu, {n}% được lãnh đạo đánh giá tốt", 70, 95),
]
REMEDY_FORMS = [  # a weakness named last year, and how it will be remedied
    "Khắc phục hạn chế {w}: {s}",
    "Về hạn chế {w}, năm nay {s}",
    "Để khắc phục tình trạng {w}, bản thân {s}",
    "Hạn chế năm trước là {w}; năm nay {s}",
]
VERBS = [
    "Thực hiện tốt việc",
    "Chủ động",
    "Tham mưu và trực tiếp",
    "Nâng cao chất lượng",
    "Phối hợp các phòng",
    "Đổi mới cách thức",
    "Tập trung",
    "Cải tiến quy trình",
    "Bảo đảm",
    "Tăng cường",
    "Thường xuyên",
    "Triển khai",
]
MANNERS = [
    "bảo đảm đúng quy định",
    "kịp thời, chính xác",
    "trên môi trường điện tử",
    "theo hướng chuyên nghiệp",
    "gắn với cải cách hành chính",
    "đúng tiến độ lãnh đạo giao",
    "có sổ theo dõi riêng",
    "",
    "",
]
COMMIT_OPENERS = ["Tôi cam kết", "Bản thân luôn", "Nêu gương:", "Phấn đấu", "Gương mẫu"]
COMMITMENTS = [
    "đi đầu trong những việc khó, việc mới của phòng.",
    "không gây phiền hà, sách nhiễu tổ chức và công dân.",
    "thực hành tiết kiệm điện, nước, văn phòng phẩm.",
    "giữ gìn đoàn kết nội bộ, sống chan hòa với đồng nghiệp.",
    "nói đi đôi với làm, làm nhiều hơn nói.",
    "đến cơ quan đúng giờ, không làm việc riêng trong giờ hành chính.",
    "tham gia đầy đủ các hoạt động của công đoàn, đoàn thanh niên.",
    "giúp đỡ đồng nghiệp mới vào nắm bắt công việc.",
]
DUES = ["ongoing", "{y}", "{y}-Q1", "{y}-Q2", "{y}-Q3", "{y}-Q4", "{y}-06", "{y}-06-30", "{y}-12"]


# Everyone words things their own way: words swapped for ones that mean the same, so
# honest plans of one job share duties but not whole sentences (and still read well).
_OWN_WORDS = {  # each swap reads right wherever the phrase occurs in the fragments above
    "thực hiện": ["thực hiện", "tổ chức thực hiện"],
    "kịp thời": ["kịp thời", "nhanh chóng"],
    "các": ["các", "những"],
    "công dân": ["công dân", "người dân"],
    "theo dõi": ["theo dõi", "nắm bắt"],
    "có lúc": ["có lúc", "đôi khi", "có thời điểm"],
    "đôi lúc": ["đôi lúc", "có lúc", "nhiều khi"],
    "hằng tuần": ["hằng tuần", "mỗi tuần"],
    "đồng nghiệp": ["đồng nghiệp", "đồng chí cùng phòng"],
    "chủ động": ["chủ động", "tích cực"],
    "nghiên cứu": ["nghiên cứu", "tìm hiểu"],
    "thường xuyên": ["thường xuyên", "đều đặn"],
    "chặt chẽ": ["chặt chẽ", "nhịp nhàng"],
}
# At scale, wider swaps (some read oddly in places, like the fillers below).
_SCALE_WORDS = {
    "việc": ["công việc", "việc", "nhiệm vụ"],
    "thực hiện": ["thực hiện", "triển khai", "làm"],
    "kịp thời": ["kịp thời", "nhanh chóng", "đúng lúc"],
    "các": ["các", "những", "toàn bộ các"],
    "công dân": ["công dân", "người dân", "nhân dân"],
    "chưa": ["chưa", "vẫn chưa", "còn chưa"],
    "hồ sơ": ["hồ sơ", "hồ sơ, giấy tờ", "bộ hồ sơ"],
    "văn bản": ["văn bản", "công văn", "văn bản, tài liệu"],
    "theo dõi": ["theo dõi", "nắm bắt", "giám sát"],
    "tổ chức": ["tổ chức", "đơn vị", "cơ quan"],
}
_LEADS = ["", "", "Trong năm, ", "Từ quý I, ", "Ngay từ đầu năm, "]  # lower-cases what follows
# Thousands of plans (benchmarks, the LSH test) need more variety than synonyms give, as
# real people's wording has: filler words dropped in at random. They read oddly, so the
# demo shown to people does without them.
_FILLERS = ["cụ thể", "thật sự", "một cách", "nhất là", "đặc biệt", "luôn", "nghiêm túc", "tốt"]


def _own_words(rng: random.Random, text: str, fillers: bool, lead: bool = False) -> str:
    for word, choices in (_SCALE_WORDS if fillers else _OWN_WORDS).items():
        if word in text and rng.random() < (0.6 if fillers else 0.7):
            text = text.replace(word, rng.choice(choices), 1)
    if fillers:
        words = text.split(" ")
        for _ in range(len(words) // 6):
            words.insert(rng.randrange(1, len(words)), rng.choice(_FILLERS))
        return " ".join(words)
    opening = rng.choice(_LEADS) if lead else ""
    if opening and text[:1].isupper():
        text = opening + text[:1].lower() + text[1:]
    return text


def honest_plan(
    rng: random.Random, person_id: int, year: int, job: str | None = None, *, fillers: bool = False
) -> Plan:
    duties = JOB_DUTIES[job or rng.choice(list(JOB_DUTIES))]
    remedies = [
        rng.choice(REMEDY_FORMS).format(w=w, s=s) + "."
        for w, s in zip(rng.sample(WEAKNESSES, 2), rng.sample(SOLUTIONS, 2), strict=True)
    ]
    if rng.random() < 0.3:
        remedies.insert(0, rng.choice(STOCK) + ".")
    tasks = []
    for names, what in rng.sample(duties, rng.randint(3, 4)):
        manner = rng.choice(MANNERS)
        text = f"{rng.choice(VERBS)} {rng.choice(names)}" + (f", {manner}" if manner else "")
        form, low, high = rng.choice(TARGET_FORMS)
        target = form.format(n=rng.randint(low, high), what=what)
        due = rng.choice(DUES).format(y=year) if rng.random() > 0.1 else None
        tasks.append(PlanTask(text, target if rng.random() > 0.12 else "", due))
    commitments = [
        f"{rng.choice(COMMIT_OPENERS)} {c}" for c in rng.sample(COMMITMENTS, rng.randint(0, 1))
    ]
    return Plan(
        person_id,
        year,
        tuple(_own_words(rng, r, fillers) for r in remedies),
        tuple(
            PlanTask(_own_words(rng, t.text, fillers, lead=True), t.target, t.due) for t in tasks
        ),
        tuple(_own_words(rng, c, fillers) for c in commitments),
    )


def edited_copy(rng: random.Random, original: Plan, person_id: int) -> Plan:
    """A neighbour's plan with a couple of words changed and the tasks in another order."""

    def edit(text: str) -> str:
        return text.replace("năm nay", "trong năm", 1).replace("kịp thời", "nhanh chóng")

    tasks = [PlanTask(edit(t.text), t.target, t.due) for t in original.tasks]
    rng.shuffle(tasks)
    return Plan(
        person_id,
        original.year,
        tuple(edit(r) for r in original.remedies),
        tuple(tasks),
        original.commitments,
    )


def fill_plans(session: Session, year: int, seed: int = 2026) -> int:
    """A year of plans in every state for the active people: some never started, drafts,
    submitted, returned with a reason, confirmed; last year's plans for some, and a
    few near-copies of a neighbour's plan or of the person's own plan of last year."""
    from chibo_app.services import plans, years  # noqa: PLC0415 - demo only

    rng = random.Random(seed)
    ids = sorted(i for unit in people_repo.active_by_unit(session.db).values() for i in unit)
    years.create_year(session, year - 1)
    years.create_year(session, year)
    deadline = f"{year}-03-31"
    written: list[Plan] = []
    for index, person_id in enumerate(ids):
        if index % 3 == 0:  # last year's plan, confirmed
            _write(session, honest_plan(rng, person_id, year - 1), f"{year - 1}-03-20")
        roll = rng.random()
        if roll < 0.08 and index > 3:
            continue  # not started
        if index % 3 == 0 and index % 9 == 0:
            plan = plans.start_from_last_year(session, person_id, year)
            source = plan
        elif written and index % 17 == 5:
            source = edited_copy(rng, rng.choice(written), person_id)
        else:
            source = honest_plan(rng, person_id, year)
        state = (
            "draft"
            if roll < 0.2
            else "returned"
            if roll < 0.27
            else ("submitted" if roll < 0.5 else "confirmed")
        )
        day = f"{year}-03-{rng.randint(2, 28):02d}" if rng.random() < 0.85 else deadline
        written.append(_write(session, source, day, state))
    return len(written)


def _write(session: Session, content: Plan, day: str, state: str = "confirmed") -> Plan:
    from chibo_app.services import plans  # noqa: PLC0415 - demo only

    plan = plans.get_plan(session, content.person_id, content.year) or plans.start_plan(
        session, content.person_id, content.year
    )
    plan = plans.save_plan(
        session,
        plan.with_changes(
            remedies=content.remedies, tasks=content.tasks, commitments=content.commitments
        ),
    )
    assert plan.id is not None
    if state == "draft":
        return plan
    plans.submit(session, plan.id, on=day)
    if state == "returned":
        plans.return_for_revision(
            session, plan.id, "Chỉ tiêu của nhiệm vụ chưa cụ thể, đề nghị bổ sung.", on=day
        )
    elif state == "confirmed":
        plans.confirm(session, plan.id, on=day)
    return plan
