"""Realistic personal plans for the copy-detection tests.

HONEST: plans written independently, two or three per job, on the same duties and
with the stock phrases every plan uses. EDITS: ways a copier disguises a neighbour's
plan. The tests assert that no honest pair is flagged and every edited copy is.
"""

from __future__ import annotations

import random

from chibo_app.core.plans import Plan, PlanTask


def plan(person_id, remedies, tasks, commitments=(), year=2026):
    return Plan(
        person_id=person_id,
        year=year,
        remedies=tuple(remedies),
        tasks=tuple(PlanTask(text, target, due) for text, target, due in tasks),
        commitments=tuple(commitments),
    )


HONEST = {
    # Văn thư -------------------------------------------------------------------
    "van_thu_1": plan(
        1,
        [
            "Khắc phục tình trạng đôi lúc còn chậm trễ trong việc chuyển văn bản đến "
            "các phòng; sắp xếp thời gian hợp lý để xử lý văn bản ngay trong ngày.",
            "Tích cực học tập, sử dụng thành thạo phần mềm quản lý văn bản và hồ sơ công việc.",
        ],
        [
            (
                "Tiếp nhận, đăng ký và chuyển giao văn bản đến đúng đơn vị, đúng người xử lý",
                "100% văn bản đến được vào sổ và chuyển trong ngày làm việc",
                "2026",
            ),
            (
                "Rà soát thể thức, kỹ thuật trình bày văn bản đi trước khi phát hành theo "
                "Nghị định 30/2020/NĐ-CP",
                "Không để xảy ra sai sót về thể thức văn bản phát hành",
                "ongoing",
            ),
            (
                "Chỉnh lý, lập danh mục hồ sơ lưu trữ năm 2025 của Sở",
                "Nộp lưu 120 hồ sơ vào lưu trữ cơ quan",
                "2026-Q3",
            ),
        ],
        ["Luôn giữ thái độ niềm nở, lịch sự khi tiếp nhận văn bản của tổ chức, công dân."],
    ),
    "van_thu_2": plan(
        2,
        [
            "Nâng cao tinh thần trách nhiệm, tính cẩn thận trong công tác quản lý con dấu, "
            "tránh để xảy ra sơ suất.",
            "Thường xuyên cập nhật các quy định mới về công tác văn thư, lưu trữ để áp dụng "
            "vào công việc.",
            "Giữ gìn đoàn kết nội bộ, hòa nhã với đồng nghiệp.",
        ],
        [
            (
                "Số hóa văn bản đi, đến và cập nhật lên hệ thống quản lý văn bản điều hành",
                "Trên 95% văn bản được số hóa, ký số và lưu trên hệ thống",
                "2026-12",
            ),
            (
                "Quản lý, sử dụng con dấu và thiết bị lưu khóa bí mật chữ ký số đúng quy định",
                "Không có trường hợp đóng dấu sai quy định",
                "ongoing",
            ),
            (
                "Hướng dẫn các phòng lập hồ sơ công việc và nộp lưu vào lưu trữ cơ quan",
                "Các phòng chuyên môn nộp lưu hồ sơ đúng hạn",
                "2026-06-30",
            ),
            (
                "Thực hành tiết kiệm văn phòng phẩm, phát hành văn bản điện tử thay bản giấy",
                "Giảm 30% giấy in so với năm 2025",
                "2026",
            ),
        ],
    ),
    # Kế toán -------------------------------------------------------------------
    "ke_toan_1": plan(
        3,
        [
            "Khắc phục hạn chế về việc tham mưu còn chậm trong thanh quyết toán các khoản "
            "kinh phí đoàn ra, đoàn vào.",
            "Nghiên cứu kỹ Luật Ngân sách nhà nước sửa đổi và các thông tư hướng dẫn mới.",
        ],
        [
            (
                "Lập dự toán ngân sách năm 2027 của Sở trình cấp có thẩm quyền",
                "Dự toán đúng mẫu, nộp Sở Tài chính trước ngày 20/7",
                "2026-07-20",
            ),
            (
                "Thực hiện quyết toán kinh phí năm 2025 và công khai tài chính theo quy định",
                "Báo cáo quyết toán được phê duyệt, không có sai sót phải điều chỉnh",
                "2026-Q1",
            ),
            (
                "Thanh toán chế độ cho cán bộ, công chức qua tài khoản, không dùng tiền mặt",
                "100% khoản chi lương, phụ cấp chi trả qua ngân hàng",
                "ongoing",
            ),
        ],
        ["Nêu gương công khai, minh bạch trong quản lý tài chính, tài sản công."],
    ),
    "ke_toan_2": plan(
        4,
        [
            "Sắp xếp lại chứng từ kế toán gọn gàng, khoa học; khắc phục việc lưu trữ chứng "
            "từ còn chưa đầy đủ như năm trước đã được chỉ ra.",
            "Chủ động phối hợp với Kho bạc để giải quyết vướng mắc, không để tồn đọng hồ sơ.",
        ],
        [
            (
                "Kiểm kê tài sản công, công cụ dụng cụ của cơ quan cuối năm",
                "Biên bản kiểm kê đầy đủ, khớp sổ sách kế toán",
                "2026-12-31",
            ),
            (
                "Triển khai hóa đơn điện tử và chữ ký số trong giao dịch với Kho bạc nhà nước",
                "Toàn bộ hồ sơ thanh toán gửi Kho bạc qua dịch vụ công trực tuyến",
                "2026-Q2",
            ),
            (
                "Tham mưu xây dựng quy chế chi tiêu nội bộ năm 2026 phù hợp quy định mới",
                "Quy chế được ban hành trong quý I",
                "2026-Q1",
            ),
            (
                "Thực hiện tiết kiệm chi thường xuyên theo chỉ đạo của Ủy ban nhân dân tỉnh",
                "Tiết kiệm 10% dự toán chi thường xuyên",
                "2026",
            ),
        ],
    ),
    # Chuyên viên lãnh sự ----------------------------------------------------------
    "lanh_su_1": plan(
        5,
        [
            "Rèn luyện tác phong làm việc chuyên nghiệp, khắc phục việc trả lời công dân "
            "còn chưa đầy đủ thông tin.",
            "Bồi dưỡng thêm kỹ năng ngoại ngữ tiếng Anh phục vụ công tác lãnh sự.",
        ],
        [
            (
                "Tiếp nhận và giải quyết hồ sơ hợp pháp hóa, chứng nhận lãnh sự qua "
                "Trung tâm phục vụ hành chính công",
                "100% hồ sơ trả kết quả đúng hoặc trước hạn",
                "ongoing",
            ),
            (
                "Hướng dẫn công dân nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia",
                "Tỷ lệ hồ sơ nộp trực tuyến đạt 70%",
                "2026-Q4",
            ),
            (
                "Cập nhật thông tin công dân tỉnh bị bắt giữ, gặp nạn ở nước ngoài để tham "
                "mưu bảo hộ kịp thời",
                "Báo cáo định kỳ hằng tháng gửi Bộ Ngoại giao",
                "2026",
            ),
        ],
    ),
    "lanh_su_2": plan(
        6,
        [
            "Khắc phục việc chưa chủ động nghiên cứu văn bản mới về xuất nhập cảnh và "
            "quốc tịch; tự học để nắm chắc quy trình.",
            "Giữ thái độ ân cần, kiên nhẫn khi công dân đến làm thủ tục.",
        ],
        [
            (
                "Thẩm định hồ sơ xin cấp hộ chiếu công vụ, hộ chiếu ngoại giao cho cán bộ "
                "đi công tác nước ngoài",
                "Không có hồ sơ bị trả lại do sai sót thẩm định",
                "ongoing",
            ),
            (
                "Rút ngắn thời gian giải quyết thủ tục chứng nhận lãnh sự so với quy định",
                "Giảm 1 ngày làm việc so với thời hạn công bố",
                "2026-06",
            ),
            (
                "Xây dựng tài liệu hỏi đáp về thủ tục lãnh sự đăng trên Cổng thông tin điện "
                "tử của Sở",
                "01 bộ tài liệu 30 câu hỏi đáp",
                "2026-Q3",
            ),
        ],
        ["Không gây phiền hà, sách nhiễu người dân; nói đi đôi với làm."],
    ),
    "lanh_su_3": plan(
        7,
        [
            "Nâng cao ý thức tổ chức kỷ luật, khắc phục việc đôi lúc đi họp chưa đúng giờ.",
            "Học tập để sử dụng thành thạo hệ thống một cửa điện tử của tỉnh.",
        ],
        [
            (
                "Phối hợp với Công an tỉnh quản lý người nước ngoài làm việc, học tập tại địa "
                "phương",
                "Tổng hợp danh sách, báo cáo 6 tháng và cả năm",
                "2026-06-30",
            ),
            (
                "Giải quyết hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự trên môi trường điện tử",
                "100% hồ sơ được xử lý trên hệ thống, không trễ hạn",
                "ongoing",
            ),
            (
                "Tham mưu tổ chức hội nghị tập huấn công tác bảo hộ công dân cho các huyện",
                "01 hội nghị với 80 đại biểu",
                "2026-Q2",
            ),
        ],
    ),
    # Thanh tra -------------------------------------------------------------------
    "thanh_tra_1": plan(
        8,
        [
            "Khắc phục việc viết báo cáo kết luận thanh tra còn dài, chưa nêu rõ trách nhiệm.",
            "Giữ vững bản lĩnh chính trị, liêm chính, khách quan trong hoạt động thanh tra.",
        ],
        [
            (
                "Thực hiện cuộc thanh tra việc chấp hành quy định về quản lý đoàn ra, đoàn "
                "vào tại một số đơn vị",
                "Ban hành kết luận thanh tra đúng thời hạn",
                "2026-Q3",
            ),
            (
                "Tiếp công dân định kỳ và giải quyết đơn thư khiếu nại, tố cáo thuộc thẩm quyền",
                "100% đơn thư được phân loại, xử lý trong thời hạn luật định",
                "ongoing",
            ),
            (
                "Theo dõi, đôn đốc thực hiện kết luận thanh tra năm 2025",
                "Báo cáo kết quả thực hiện kết luận gửi Giám đốc Sở",
                "2026-12",
            ),
        ],
    ),
    "thanh_tra_2": plan(
        9,
        [
            "Nghiên cứu Luật Thanh tra 2022 và các văn bản hướng dẫn để nâng cao nghiệp vụ.",
            "Khắc phục tâm lý ngại va chạm khi phát hiện sai phạm trong quá trình kiểm tra.",
        ],
        [
            (
                "Xây dựng kế hoạch phòng, chống tham nhũng, tiêu cực năm 2026 của Sở",
                "Kế hoạch trình Giám đốc ký ban hành",
                "2026-01",
            ),
            (
                "Kiểm tra việc kê khai tài sản, thu nhập của công chức thuộc diện phải kê khai",
                "Hoàn thành xác minh ngẫu nhiên 02 trường hợp",
                "2026-Q4",
            ),
            (
                "Tham mưu trả lời đơn kiến nghị, phản ánh của tổ chức, cá nhân",
                "Không có đơn tồn đọng quá hạn",
                "ongoing",
            ),
        ],
        ["Gương mẫu thực hiện các quy định về những điều đảng viên không được làm."],
    ),
    # Hợp tác quốc tế -----------------------------------------------------------------
    "hop_tac_1": plan(
        10,
        [
            "Khắc phục việc tham mưu văn bản đôi khi chưa kịp thời, phải chỉnh sửa nhiều lần.",
            "Chủ động nghiên cứu chính sách đối ngoại của Đảng và Nhà nước.",
        ],
        [
            (
                "Tham mưu tổ chức đón tiếp các đoàn khách quốc tế đến thăm và làm việc tại tỉnh",
                "Đón tiếp chu đáo, an toàn, không để xảy ra sai sót về lễ tân",
                "ongoing",
            ),
            (
                "Theo dõi, tổng hợp tình hình thực hiện các thỏa thuận quốc tế của tỉnh",
                "Báo cáo 6 tháng và cả năm gửi Ủy ban nhân dân tỉnh",
                "2026-12",
            ),
            (
                "Vận động nguồn viện trợ phi chính phủ nước ngoài cho các dự án dân sinh",
                "Vận động được ít nhất 02 dự án mới",
                "2026",
            ),
        ],
    ),
    "hop_tac_2": plan(
        11,
        [
            "Rèn luyện kỹ năng soạn thảo văn bản đối ngoại bằng tiếng Anh.",
            "Khắc phục việc lưu trữ hồ sơ đoàn ra, đoàn vào còn phân tán, chưa khoa học.",
        ],
        [
            (
                "Xây dựng chương trình hoạt động đối ngoại năm 2026 của tỉnh",
                "Chương trình trình Ủy ban nhân dân tỉnh phê duyệt trong tháng 1",
                "2026-01",
            ),
            (
                "Thẩm định các đề án mời đoàn vào, cử đoàn ra của các sở, ngành",
                "Ý kiến thẩm định gửi trong 3 ngày làm việc",
                "ongoing",
            ),
            (
                "Xây dựng cơ sở dữ liệu đối tác nước ngoài của tỉnh",
                "Cơ sở dữ liệu 150 đối tác được cập nhật",
                "2026-Q4",
            ),
        ],
        ["Giữ gìn hình ảnh cán bộ đối ngoại văn minh, lịch sự, đúng nguyên tắc."],
    ),
}

# Words a copier commonly swaps to make a plan look like their own.
_SYNONYMS = {
    "Khắc phục": "Sửa chữa",
    "thực hiện": "triển khai",
    "Thực hiện": "Triển khai",
    "đúng": "theo đúng",
    "kịp thời": "nhanh chóng",
    "Tham mưu": "Đề xuất",
    "nâng cao": "tăng cường",
    "100%": "98%",
    "năm 2025": "năm trước",
    "hồ sơ": "hồ sơ, tài liệu",
}


def swap_names(original, person_id, old="Sở", new="cơ quan"):
    """The copier puts their own unit or agency name where the original had another."""

    def swap(text):
        return text.replace(old, new).replace("Phòng", "Bộ phận")

    return Plan(
        person_id=person_id,
        year=original.year,
        remedies=tuple(swap(r) for r in original.remedies),
        tasks=tuple(PlanTask(swap(t.text), swap(t.target), t.due) for t in original.tasks),
        commitments=tuple(swap(c) for c in original.commitments),
    )


def change_words(original, person_id, count=5, seed=1):
    """A few words changed here and there (synonyms, a number)."""
    rng = random.Random(seed)
    texts = [*original.remedies, *(t.text for t in original.tasks)]
    changes = [(w, s) for w, s in _SYNONYMS.items() if any(w in t for t in texts)]
    rng.shuffle(changes)
    chosen = dict(changes[:count])

    def edit(text):
        for word, synonym in chosen.items():
            text = text.replace(word, synonym, 1)
        return text

    return Plan(
        person_id=person_id,
        year=original.year,
        remedies=tuple(edit(r) for r in original.remedies),
        tasks=tuple(PlanTask(edit(t.text), edit(t.target), t.due) for t in original.tasks),
        commitments=original.commitments,
    )


def reorder(original, person_id, seed=2):
    rng = random.Random(seed)
    tasks = list(original.tasks)
    remedies = list(original.remedies)
    while len(tasks) > 1 and tasks == list(original.tasks):
        rng.shuffle(tasks)
    rng.shuffle(remedies)
    return Plan(
        person_id=person_id,
        year=original.year,
        remedies=tuple(remedies),
        tasks=tuple(tasks),
        commitments=original.commitments,
    )


def disguise(original, person_id):
    """All at once: names swapped, words changed, tasks reordered, one task of their own."""
    edited = reorder(change_words(swap_names(original, person_id), person_id, 4), person_id)
    own = PlanTask("Tham gia đầy đủ các buổi sinh hoạt chi bộ", "Không vắng mặt", "ongoing")
    return edited.with_changes(tasks=(*edited.tasks, own))


def last_year(original):
    """The same person's plan of the year before, which they copied with new dates."""
    return Plan(
        person_id=original.person_id,
        year=original.year - 1,
        remedies=tuple(r.replace("2025", "2024") for r in original.remedies),
        tasks=tuple(
            PlanTask(t.text.replace("2026", "2025").replace("2025", "2024"), t.target, t.due)
            for t in original.tasks
        ),
        commitments=original.commitments,
    )


EDITS = {
    "names swapped": swap_names,
    "a few words changed": change_words,
    "tasks reordered": reorder,
    "everything at once": disguise,
}


# Two honest plans that both lean on the stock phrases of the programme (the hardest
# honest case: same job, same formulas, different work).
STOCK_REMEDY = (
    "Tiếp tục học tập, quán triệt và thực hiện nghiêm các chỉ thị, nghị quyết của Đảng, "
    "chính sách, pháp luật của Nhà nước"
)
STOCK_TASK = "Hoàn thành tốt các nhiệm vụ được lãnh đạo giao"
STOCK_HONEST = {
    "stock_van_thu": plan(
        21,
        [
            STOCK_REMEDY + "; khắc phục việc đôi lúc chưa kiểm tra kỹ văn bản trước khi trình ký.",
            "Giữ gìn phẩm chất đạo đức, lối sống giản dị, trung thực.",
        ],
        [
            (STOCK_TASK + " trong công tác văn thư", "Không để chậm trễ văn bản", "ongoing"),
            (
                "Sắp xếp kho lưu trữ tạm thời của Văn phòng, phân loại tài liệu hết giá trị",
                "Lập danh mục tài liệu hết giá trị trình Hội đồng xác định giá trị",
                "2026-Q2",
            ),
            (
                "Hướng dẫn đồng nghiệp sử dụng chữ ký số trên văn bản điện tử",
                "Tổ chức 02 buổi hướng dẫn",
                "2026-04",
            ),
        ],
    ),
    "stock_van_thu_2": plan(
        22,
        [
            STOCK_REMEDY + ".",
            "Khắc phục tính nóng vội, thiếu kiên nhẫn khi giải thích cho người đến liên hệ.",
        ],
        [
            (
                STOCK_TASK + ", nhất là việc phát hành văn bản",
                "Văn bản phát hành đúng ngày",
                "2026",
            ),
            (
                "Theo dõi việc trả lời các văn bản của Ủy ban nhân dân tỉnh giao Sở",
                "Lập sổ theo dõi, báo cáo lãnh đạo Văn phòng hằng tuần",
                "ongoing",
            ),
            (
                "Đề xuất mua sắm tủ đựng hồ sơ chống ẩm cho kho lưu trữ",
                "Tờ trình được duyệt",
                "2026-Q3",
            ),
        ],
    ),
}


def half_copy(original, person_id):
    """Own remedies, but the neighbour's tasks copied word for word."""
    return Plan(
        person_id=person_id,
        year=original.year,
        remedies=("Khắc phục việc chưa mạnh dạn phát biểu ý kiến trong sinh hoạt chi bộ.",),
        tasks=original.tasks,
    )
