"""The tables ui/core_text.py translates: where core's label tables live, the labels
core writes inline, and the message templates of core and services (source texts for
lupdate, in the "CoreLabels" and "CoreMessages" contexts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP


def label_tables() -> tuple[object, ...]:
    """Every table of labels shown on screen. Dicts give their values (nested dicts and
    tuples too), tuples their strings, objects their `.label`. Imported here, when the
    translation tools or tests ask, not at start-up."""
    from chibo_app.core import cell as core_cell
    from chibo_app.core import evaluation as core_evaluation
    from chibo_app.core import meetings as core_meetings
    from chibo_app.core import member_import as core_member_import
    from chibo_app.core import member_kinds as core_member_kinds
    from chibo_app.core import nominations as core_nominations
    from chibo_app.core import package as core_package
    from chibo_app.core import package_diff as core_package_diff
    from chibo_app.core import people as core_people
    from chibo_app.core import person_events as core_person_events
    from chibo_app.core import plans as core_plans
    from chibo_app.core import quotas as core_quotas
    from chibo_app.core import report_tables as core_report_tables
    from chibo_app.core import rule_editing as core_rule_editing
    from chibo_app.core import rule_presets as core_rule_presets
    from chibo_app.core import rules as core_rules
    from chibo_app.core import years as core_years
    from chibo_app.documents import person_history as documents_person_history
    from chibo_app.services import dang_bo_documents as services_dang_bo_documents
    from chibo_app.services import db_check as services_db_check
    from chibo_app.services import document_register as services_document_register
    from chibo_app.services import documents as services_documents
    from chibo_app.services import history as services_history
    from chibo_app.services import meetings as services_meetings
    from chibo_app.services import package_import as services_package_import
    from chibo_app.services import page_setup as services_page_setup
    from chibo_app.services import plans as services_plans

    return (
        core_cell.SETTING_LABELS,
        core_evaluation.PROGRESS_LABELS,
        core_evaluation.RESULT_LABELS,
        core_evaluation.STATUS_LABELS,
        core_evaluation.STEP_LABELS,
        core_evaluation.EXEMPT_NEW,
        core_evaluation.EXEMPT_STATUS,
        core_evaluation.NOT_PARTY,
        core_meetings.KIND_LABELS,
        core_meetings.PRESENCE_LABELS,
        core_member_import.ROW_STATUS_LABELS,
        core_member_import.DECISION_LABELS,
        core_member_import.IMPORT_FIELDS,
        core_member_kinds.KIND_SOURCES,
        core_nominations.KIND_LABELS,
        core_package.PART_LABELS,
        core_package_diff.TABLE_NOUNS,
        core_package_diff.FIGURE_LABELS,
        services_package_import.CHANGE_LABELS,
        services_document_register.STATUS_LABELS,
        services_dang_bo_documents.NAMES,
        core_nominations.SECTION_TITLES,
        core_nominations.STATUS_LABELS,
        core_nominations.DEFAULT_FIELDS,
        core_nominations.AWARD_FORMS,
        core_nominations.OCCASIONS,
        core_people.SEXES,
        core_people.KIND_LABELS,
        core_people.STATUS_LABELS,
        core_people.POSITION_KIND_LABELS,
        core_people.PARTY_POSITIONS,
        core_people.NON_PARTY_STATUS_LABELS,
        core_people.FIELD_LABELS,
        core_report_tables.LABELS,
        core_plans.STATUS_LABELS,
        core_plans.STEP_LABELS,
        core_plans.SOURCE_LABELS,
        core_quotas.RULE_LABELS,
        core_quotas.CELL_LINE,
        core_rule_presets.EXCELLENT_LABEL,
        core_rule_presets.GOOD_LABEL,
        core_rule_presets.COMPLETED_LABEL,
        core_rule_presets.NOT_COMPLETED_LABEL,
        core_rules.CONDITION_KINDS,
        core_rules.FRAME_LABELS,
        core_rules.DISCIPLINE_LABELS,
        core_rules.CONCLUSION_LABELS,
        core_person_events.KIND_LABELS,
        core_person_events.SCOPE_LABELS,
        core_person_events.LEAVE_LABELS,
        core_person_events.FIELD_LABELS,
        core_rule_editing.RESULT_NAMES,
        core_years.DEADLINES,
        documents_person_history.COLUMNS,
        services_db_check.TABLE_LABELS,
        services_documents.DOC_TYPE_NAMES,
        services_history.ACTION_LABELS,
        services_history.RECORD_KINDS,
        services_history.POSITION_LABELS,
        services_history.UNIT_LABELS,
        services_history._EXTRA_LABELS,
        services_page_setup.LIMITS,
        services_page_setup.PAGE_SETTING_LABELS,
        services_plans._CONTENT_LABELS,
        services_meetings._EDIT_LABELS,
    )


# Labels core writes inline rather than in a table.
EXTRA_LABELS = (
    # the short classification names of the overview chart (the label without “ nhiệm vụ”)
    QT_TRANSLATE_NOOP("CoreLabels", "Hoàn thành xuất sắc"),
    QT_TRANSLATE_NOOP("CoreLabels", "Hoàn thành tốt"),
    QT_TRANSLATE_NOOP("CoreLabels", "Không hoàn thành"),
    # the actions of core.plans' “Không thể … kế hoạch đang ở trạng thái …”
    QT_TRANSLATE_NOOP("CoreLabels", "nộp"),
    QT_TRANSLATE_NOOP("CoreLabels", "trả lại"),
    QT_TRANSLATE_NOOP("CoreLabels", "xác nhận"),
)

MESSAGES = (
    # core.cell
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa nhập %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "Ký hiệu văn bản gồm 1–10 chữ in hoa, ví dụ “CB”."),
    # core.dates, core.plan_due
    QT_TRANSLATE_NOOP("CoreMessages", "“%1” không phải là ngày hợp lệ"),
    QT_TRANSLATE_NOOP("CoreMessages", "“%1” không phải là ngày có thật"),
    QT_TRANSLATE_NOOP("CoreMessages", "Năm %1 nằm ngoài khoảng %2–%3"),
    # services.members_import: a card number Excel stored as a number of 16+ digits
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Số thẻ “%1” được lưu dạng số có hơn 15 chữ số: Excel chỉ giữ đúng 15 chữ số nên các "
        "chữ số cuối có thể đã bị đổi. Hãy định dạng cột số thẻ là Văn bản (Text), gõ lại số "
        "thẻ đúng rồi nhập lại",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "“%1” không phải là ngày (cần dạng ngày/tháng/năm, ví dụ 05/09/1980)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "“%1” không phải là thời hạn (ví dụ: 30/6/2026, tháng 6, quý II, cả năm, thường xuyên)",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "“%1”: tháng phải từ 1 đến 12"),
    # core.eligibility
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa có kế hoạch cá nhân được chi bộ xác nhận năm %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "Năm %1 được xếp loại “%2” (dưới mức hoàn thành tốt)."),
    # core.evaluation
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Đánh giá cuối năm đã chốt nên không sửa được. Muốn sửa, hãy “Mở lại đánh giá” "
        "(cần ghi lý do).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi lý do mở lại đánh giá đã chốt."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chỉ mở lại được đánh giá đã chốt."),
    # core.meetings
    QT_TRANSLATE_NOOP("CoreMessages", "Giờ kết thúc không thể trước giờ bắt đầu."),
    QT_TRANSLATE_NOOP("CoreMessages", "Một người được điểm danh hai lần."),
    QT_TRANSLATE_NOOP("CoreMessages", "Buổi sinh hoạt chuyên đề cần chọn chuyên đề."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi tên chuyên đề."),
    QT_TRANSLATE_NOOP("CoreMessages", "Tháng dự kiến phải từ 1 đến 12."),
    QT_TRANSLATE_NOOP("CoreMessages", "Quý dự kiến phải từ I đến IV."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi ngày sinh hoạt (ngày/tháng/năm)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Tháng %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Quý %1"),
    # core.nominations
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa chọn cá nhân được đăng ký."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa chọn tập thể (đơn vị) được đăng ký."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa nhập tên mô hình, cách làm hay."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa chọn lĩnh vực."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi ngày biểu dương."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi hình thức khen thưởng (giấy khen, bằng khen…)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi lý do không được chọn."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chỉ mở lại được đăng ký đã có kết quả."),
    QT_TRANSLATE_NOOP("CoreMessages", "Không chuyển được từ “%1” sang “%2”."),
    QT_TRANSLATE_NOOP("CoreMessages", "Biểu dương ngày %1 (%2)"),
    QT_TRANSLATE_NOOP("CoreMessages", "Biểu dương ngày %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Không được chọn: %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Không được chọn:"),
    # core.people
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa nhập họ và tên."),
    QT_TRANSLATE_NOOP("CoreMessages", "Họ và tên chỉ gồm chữ cái (tối đa 100 ký tự)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần nhập đủ họ và tên (ít nhất hai chữ)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Giới tính phải là “Nam” hoặc “Nữ”."),
    QT_TRANSLATE_NOOP("CoreMessages", "Quần chúng không có số thẻ đảng viên."),
    QT_TRANSLATE_NOOP("CoreMessages", "Quần chúng không có ngày vào Đảng."),
    QT_TRANSLATE_NOOP("CoreMessages", "Đảng viên dự bị chưa có ngày chính thức."),
    QT_TRANSLATE_NOOP("CoreMessages", "Số thẻ đảng viên chỉ gồm chữ số (và dấu chấm), 4–20 ký tự."),
    QT_TRANSLATE_NOOP("CoreMessages", "Địa chỉ email không hợp lệ."),
    QT_TRANSLATE_NOOP("CoreMessages", "Số điện thoại không hợp lệ."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Cần ghi ngày chuyển đi, miễn công tác và sinh hoạt đảng hoặc từ trần."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 không thể ở tương lai."),
    QT_TRANSLATE_NOOP("CoreMessages", "Ngày sinh quá xa (trên 120 tuổi)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Ngày vào Đảng phải sau khi đủ 18 tuổi."),
    QT_TRANSLATE_NOOP("CoreMessages", "Ngày chính thức phải sau ngày vào Đảng."),
    # core.member_kinds
    QT_TRANSLATE_NOOP("CoreMessages", "Đảng viên chính thức chưa có ngày vào Đảng."),
    QT_TRANSLATE_NOOP("CoreMessages", "Đảng viên dự bị chưa có ngày vào Đảng."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Đã quá 12 tháng dự bị: cần xét công nhận đảng viên chính thức."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "theo tiêu đề mục “%1”"),
    QT_TRANSLATE_NOOP("CoreMessages", "Đã có ngày chính thức thì cần có ngày vào Đảng."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa nhập tên chức vụ."),
    QT_TRANSLATE_NOOP("CoreMessages", "Ngày thôi giữ chức vụ phải sau ngày bắt đầu."),
    # core.plan_checks
    QT_TRANSLATE_NOOP("CoreMessages", "Mục 1 (giải pháp khắc phục hạn chế) còn trống."),
    QT_TRANSLATE_NOOP("CoreMessages", "Mục 2 (nội dung “làm theo”) chưa có nhiệm vụ."),
    QT_TRANSLATE_NOOP("CoreMessages", "Nhiệm vụ %1 chưa có chỉ tiêu, sản phẩm hoặc kết quả."),
    QT_TRANSLATE_NOOP("CoreMessages", "Nhiệm vụ %1 chưa có thời hạn."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Kế hoạch quá ngắn (%1 từ): nội dung cần cụ thể, thiết thực."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Gần như trùng với kế hoạch năm trước của chính người này (%1%)."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Gần như trùng với kế hoạch của %1 (%2%)."),
    # core.plans
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Kế hoạch đã được chi bộ xác nhận nên không sửa được. Muốn sửa, hãy “Mở lại” kế "
        "hoạch (cần ghi lý do).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi lý do trả lại (ví dụ: chỉ tiêu chưa cụ thể)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi lý do mở lại kế hoạch đã xác nhận."),
    QT_TRANSLATE_NOOP("CoreMessages", "Ngày xác nhận không thể trước ngày nộp."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi người xác nhận."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chỉ mở lại được kế hoạch đã được chi bộ xác nhận."),
    QT_TRANSLATE_NOOP("CoreMessages", "Không thể %1 kế hoạch đang ở trạng thái “%2”."),
    # core.quotas
    QT_TRANSLATE_NOOP("CoreMessages", "Không có chỉ tiêu “%1”."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1: cần một số từ 0 đến 99."),
    # core.quotas: what a unit or the cell still lacks, what the rules want
    QT_TRANSLATE_NOOP("CoreMessages", "thiếu %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 tập thể"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 cá nhân"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 mô hình"),
    QT_TRANSLATE_NOOP("CoreMessages", "mỗi đơn vị %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "chi bộ %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "không đặt chỉ tiêu"),
    # core.eligibility: past classifications with their years
    QT_TRANSLATE_NOOP("CoreMessages", "Hoàn thành xuất sắc nhiệm vụ %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Hoàn thành tốt nhiệm vụ %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Hoàn thành nhiệm vụ %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Không hoàn thành nhiệm vụ %1"),
    # core.rule_engine: the reasons of a proposed classification
    QT_TRANSLATE_NOOP("CoreMessages", "Khung tiêu chí: %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "Điểm: %1 = tiêu chí chung %2 + kết quả nhiệm vụ %3."),
    QT_TRANSLATE_NOOP("CoreMessages", "chưa nhập, tính 0"),
    QT_TRANSLATE_NOOP("CoreMessages", "Điểm kết quả nhiệm vụ do chi bộ nhập (nguồn: %1)."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nhiệm vụ: %1, hoàn thành %2 (vượt mức %3), hoàn thành một phần %4, chưa hoàn thành "
        "%5; chưa bảo đảm tiến độ %6.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nhiệm vụ: %1, hoàn thành %2 (vượt mức %3), hoàn thành một phần %4, chưa hoàn thành "
        "%5; chưa bảo đảm tiến độ %6. %7 nhiệm vụ chưa ghi kết quả (tính là chưa hoàn thành).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Kế hoạch không có nhiệm vụ nào."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nghỉ ốm %1 ngày trong năm: xếp loại căn cứ kết quả làm việc thực tế (HD 43 mục 7.5).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nghỉ thai sản %1: xếp loại căn cứ kết quả làm việc thực tế (HD 43 mục 7.5).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Sinh hoạt tạm thời tại %1; nhận xét của chi bộ nơi sinh hoạt tạm thời: “%2” (HD 43 "
        "mục 7.6).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Sinh hoạt tạm thời tại %1: cần lấy ý kiến nhận xét của chi bộ nơi sinh hoạt tạm thời "
        "trước khi xếp loại (HD 43 mục 7.6).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "(từ %1 đến %2)"),
    QT_TRANSLATE_NOOP("CoreMessages", "(từ %1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa đề xuất mức xếp loại."),
    QT_TRANSLATE_NOOP("CoreMessages", "Thuộc trường hợp “%1” (%2): %3."),
    QT_TRANSLATE_NOOP("CoreMessages", "Thuộc trường hợp “%1”: %2."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nếu đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả, cấp có thẩm "
        "quyền xem xét, quyết định mức xếp loại.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "bị kỷ luật %1 (từ %2 trở lên)"),
    QT_TRANSLATE_NOOP("CoreMessages", "bị cấp có thẩm quyền kết luận %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "tỷ lệ nhiệm vụ không hoàn thành %1 (%2) > %3"),
    QT_TRANSLATE_NOOP("CoreMessages", "Đạt “%1” (%2): %3."),
    QT_TRANSLATE_NOOP("CoreMessages", "Đạt “%1”: %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "Đạt “%1”."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa đạt “%1” (%2): %3."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa đạt “%1”: %2."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Không mức xếp loại nào đủ điều kiện: chi bộ xem xét, quyết định và ghi rõ lý do.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Không đánh giá, xếp loại: %1 (366-QĐ/TW Điều 5 k2.1)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Không đánh giá, xếp loại: %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 điểm ≥ %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 điểm < %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "điểm tiêu chí chung %1 ≥ %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "điểm tiêu chí chung %1 < %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "tỷ lệ nhiệm vụ hoàn thành %1 (%2) %3 %4"),
    QT_TRANSLATE_NOOP("CoreMessages", "tỷ lệ nhiệm vụ hoàn thành đúng hạn %1 (%2) %3 %4"),
    QT_TRANSLATE_NOOP("CoreMessages", "tỷ lệ nhiệm vụ chưa bảo đảm tiến độ %1 (%2) %3 %4"),
    QT_TRANSLATE_NOOP("CoreMessages", "tỷ lệ nhiệm vụ vượt mức %1 (%2) %3 %4"),
    QT_TRANSLATE_NOOP("CoreMessages", "tỷ lệ hạn chế, khuyết điểm đã khắc phục %1 (%2) %3 %4"),
    QT_TRANSLATE_NOOP("CoreMessages", "tỷ lệ nhiệm vụ hoàn thành của đơn vị phụ trách %1 %2 %3"),
    QT_TRANSLATE_NOOP("CoreMessages", "tỷ lệ nhiệm vụ vượt mức của đơn vị phụ trách %1 %2 %3"),
    QT_TRANSLATE_NOOP("CoreMessages", "tỷ lệ nhiệm vụ đúng hạn của đơn vị phụ trách %1 %2 %3"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "tỷ lệ nhiệm vụ chưa bảo đảm tiến độ của đơn vị phụ trách %1 %2 %3"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "chưa nhập %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "chưa rõ %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "đơn vị phụ trách có nhiệm vụ không đúng hạn"),
    QT_TRANSLATE_NOOP("CoreMessages", "kế hoạch không có nhiệm vụ nào"),
    QT_TRANSLATE_NOOP("CoreMessages", "không có hạn chế, khuyết điểm phải khắc phục"),
    # core.rule_cap: 366 Điều 11 k1.4
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "“%1”: %2 người, vượt mức tối đa %3 người (%4 của %5 người “%6”; nhóm %7; %8).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "“%1”: %2 người, trong mức tối đa %3 người (%4 của %5 người “%6”; nhóm %7; %8).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "“%1”: %2 người, vượt mức tối đa %3 người (%4 của %5 người “%6”; %7)."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "“%1”: %2 người, trong mức tối đa %3 người (%4 của %5 người “%6”; %7)."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "%1, trường hợp đặc biệt do cấp có thẩm quyền quyết định"),
    QT_TRANSLATE_NOOP("CoreMessages", "366-QĐ/TW Điều 11 k1.4"),
    # the clause a level or a forcing case cites (“Điều 11 k2.2”, “Điều 11 k1.2, k1.3”)
    QT_TRANSLATE_NOOP("CoreMessages", "Điều 11 %1"),
    # core.rule_editing and core.rule_examples: the rule set editor
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Không chấm điểm: mức xếp loại theo kết quả thực hiện nhiệm vụ."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Điểm nhiệm vụ = %1 × (số nhiệm vụ %2) ÷ tổng số nhiệm vụ (không quá điểm tối đa).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Điểm nhiệm vụ = %1 × (số nhiệm vụ %2) ÷ tổng số nhiệm vụ (không quá điểm tối đa); "
        "nhiệm vụ trễ hạn chỉ được tính %3 hệ số của nó.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "mọi nhiệm vụ hoàn thành"),
    QT_TRANSLATE_NOOP("CoreMessages", "còn %1 hạn chế chưa khắc phục"),
    QT_TRANSLATE_NOOP("CoreMessages", "không mức nào đủ điều kiện"),
    QT_TRANSLATE_NOOP("CoreMessages", "Hệ số của nhiệm vụ trễ hạn phải từ 0 đến 1."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Tỷ lệ trong trường hợp đặc biệt phải từ tỷ lệ thông thường đến 100 %."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Điểm “dưới” phải từ 0 đến %1 (tổng điểm tối đa)."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Tỷ lệ nhiệm vụ không hoàn thành phải từ 0 % đến dưới 100 %."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Hình thức kỷ luật không hợp lệ."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 × %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 điểm"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 nhiệm vụ hoàn thành"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1% vượt mức"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 nhiệm vụ hoàn thành một phần"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 nhiệm vụ trễ hạn"),
    QT_TRANSLATE_NOOP("CoreMessages", "khắc phục mọi hạn chế"),
    QT_TRANSLATE_NOOP("CoreMessages", "Tỷ lệ tối đa phải lớn hơn 0 % và không quá 100 %."),
    QT_TRANSLATE_NOOP("CoreMessages", "Điểm tối đa phải từ 0 đến 100."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Tổng điểm tối đa (tiêu chí chung + nhiệm vụ) phải lớn hơn 0."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Hệ số của mỗi kết quả phải từ 0 đến 2."),
    QT_TRANSLATE_NOOP("CoreMessages", "Nhiệm vụ hoàn thành phải được tính điểm (hệ số lớn hơn 0)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi điểm tối thiểu của mức này."),
    QT_TRANSLATE_NOOP("CoreMessages", "Tỷ lệ phải lớn hơn 0 % và không quá 100 %."),
    # core.years
    QT_TRANSLATE_NOOP("CoreMessages", "Không có thời hạn “%1”."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1: ngày không hợp lệ."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1: ngày phải thuộc năm %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "Ngày không hợp lệ."),
    QT_TRANSLATE_NOOP("CoreMessages", "Ngày phải thuộc năm %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "Sơ kết 6 tháng: ngày kết thúc phải sau ngày bắt đầu."),
    # services.history: which record a change is about
    QT_TRANSLATE_NOOP("CoreMessages", "%1 số %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "Chức vụ “%1” của %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "Chức vụ “%1”"),
    QT_TRANSLATE_NOOP("CoreMessages", "Chức vụ của %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Đơn vị “%1”"),
    QT_TRANSLATE_NOOP("CoreMessages", "Năm %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cách đọc cột khi nhập danh sách"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 — %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "Điểm danh %1 — %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "buổi sinh hoạt %1 ngày %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "chuyên đề %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "kế hoạch năm %1 của %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "nhiệm vụ %1 (%2)"),
    QT_TRANSLATE_NOOP("CoreMessages", "đánh giá, xếp loại năm %1 của %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "đăng ký điển hình %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Khắc phục hạn chế %1 — %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "Chuyên đề %1 năm %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "Đăng ký điển hình %1 năm %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "Báo cáo kết quả năm %1 (%2)"),
    QT_TRANSLATE_NOOP("CoreMessages", "đến ngày %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Năm %1: %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "Bộ tiêu chí %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Tiến độ %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Kết quả %1"),
    # services: the messages a secretary meets in ordinary work
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa nhập tên đơn vị."),
    QT_TRANSLATE_NOOP("CoreMessages", "Đã có đơn vị “%1”."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Đơn vị đang có %1, không xóa được; có thể đánh dấu “ngừng sử dụng”."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Số văn bản phải từ 1 đến 9999."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 đã dùng cho “%2”. Hãy chọn số khác (số kế tiếp: %3)."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 đã dùng cho “%2” (in ngày %3). Hãy chọn số khác."),
    QT_TRANSLATE_NOOP("CoreMessages", "Năm %1 không có ai để in kế hoạch."),
    QT_TRANSLATE_NOOP("CoreMessages", "Năm %1 chưa có kế hoạch nào được chi bộ xác nhận."),
    QT_TRANSLATE_NOOP("CoreMessages", "Năm %1 chưa có đăng ký điển hình nào."),
    QT_TRANSLATE_NOOP("CoreMessages", "Năm %1 chưa có đăng ký điển hình nào để in phiếu."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa chọn đăng ký nào để in phiếu."),
    QT_TRANSLATE_NOOP("CoreMessages", "Danh sách chỉ xuất ra tệp .pdf, .docx hoặc .xlsx."),
    QT_TRANSLATE_NOOP("CoreMessages", "Danh sách chỉ xuất ra tệp .xlsx hoặc .pdf."),
    QT_TRANSLATE_NOOP("CoreMessages", "Phiếu đăng ký chỉ in ra tệp .pdf."),
    QT_TRANSLATE_NOOP("CoreMessages", "Biên bản chỉ in ra tệp .pdf hoặc .docx."),
    QT_TRANSLATE_NOOP("CoreMessages", "Hãy chọn in danh sách dự họp, biên bản, hoặc cả hai."),
    QT_TRANSLATE_NOOP("CoreMessages", "Buổi sinh hoạt chưa có điểm danh."),
    QT_TRANSLATE_NOOP("CoreMessages", "Không tìm thấy bản đánh giá này."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Kế hoạch năm %1 của người này chưa được chi bộ xác nhận nên chưa đánh giá được.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần chọn mức xếp loại trước khi chốt đánh giá."),
    QT_TRANSLATE_NOOP("CoreMessages", "Mức xếp loại “%1” không có trong %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cần ghi đủ ngày/tháng/năm."),
    QT_TRANSLATE_NOOP("CoreMessages", "Chỉ sơ kết kế hoạch đã được chi bộ xác nhận."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Có nhiệm vụ không thuộc kế hoạch này; hãy tải lại kế hoạch."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Không tìm thấy chuyên đề này (có thể đã bị xóa)."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Chuyên đề này đã được sinh hoạt (%1 buổi) nên không xóa được; hãy bỏ chuyên đề "
        "khỏi các buổi sinh hoạt trước.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Mật khẩu phải có ít nhất %1 ký tự."),
    QT_TRANSLATE_NOOP("CoreMessages", "Mật khẩu không được chỉ gồm dấu cách."),
    QT_TRANSLATE_NOOP("CoreMessages", "Mật khẩu có ký tự không dùng được; hãy chọn mật khẩu khác."),
    QT_TRANSLATE_NOOP("CoreMessages", "Tệp dữ liệu đã có mật khẩu. Hãy dùng “Đổi mật khẩu”."),
    QT_TRANSLATE_NOOP("CoreMessages", "Mật khẩu mới trùng với mật khẩu cũ."),
    QT_TRANSLATE_NOOP("CoreMessages", "Tệp dữ liệu chưa có mật khẩu."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Tệp dữ liệu đang được mở ở một cửa sổ khác. Hãy đóng cửa sổ đó rồi thử lại; mật "
        "khẩu chưa thay đổi.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Bộ tiêu chí có sẵn không sửa được; hãy tạo một bản sao rồi sửa."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Dòng %1: %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "Còn %1 ngày đến hạn đăng ký (%2)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Hôm nay là hạn đăng ký (%1)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Đã quá hạn đăng ký %1 ngày (%2)."),
    # services.meetings: a person's attendance of the year
    QT_TRANSLATE_NOOP("CoreMessages", "Chưa có buổi sinh hoạt nào"),
    QT_TRANSLATE_NOOP("CoreMessages", "Dự %1 buổi (%2%)"),
    QT_TRANSLATE_NOOP("CoreMessages", "vắng có lý do %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "vắng không lý do %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "đến muộn %1"),
    # services.db_check: the lines of the data check
    QT_TRANSLATE_NOOP("CoreMessages", "Kiểm tra cấu trúc: tốt."),
    QT_TRANSLATE_NOOP("CoreMessages", "Kiểm tra liên kết giữa các bảng: tốt."),
    QT_TRANSLATE_NOOP("CoreMessages", "Số dòng:"),
    QT_TRANSLATE_NOOP("CoreMessages", "• %1: %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "Dung lượng tệp: %1 → %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "Đã sao lưu trước khi dọn dẹp: %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "Phát hiện vấn đề trong tệp dữ liệu; tệp chưa được dọn dẹp:"),
    QT_TRANSLATE_NOOP("CoreMessages", "Nên khôi phục bản sao lưu gần nhất còn tốt."),
    # services.members_import: the notes of a row to import
    QT_TRANSLATE_NOOP("CoreMessages", "Giới tính “%1” không rõ (cần Nam hoặc Nữ)"),
    QT_TRANSLATE_NOOP("CoreMessages", "Trùng với dòng %1 trong tệp"),
    QT_TRANSLATE_NOOP("CoreMessages", "Số thẻ %1 đã thuộc về %2 (khác tên)"),
    QT_TRANSLATE_NOOP("CoreMessages", "Trùng họ tên, ngày sinh với %1 nhưng khác số thẻ (%2)"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Trùng tên với %1 (đã có, ngày sinh %2): cần xác nhận là cùng một người hay người mới",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "chưa rõ"),
    # “Label: detail” (a field and its problem, a field and its change): the label and
    # the detail are translated when they are known
    QT_TRANSLATE_NOOP("CoreMessages", "%1: %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "Không tìm thấy người có mã %1."),
    # core.edits: a save over a record changed elsewhere since it was opened
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 vừa được sửa ở nơi khác sau khi đồng chí mở ra (đã đổi: %2); chưa có gì được ghi.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Đồng chí cũng đã sửa %1: nếu vẫn lưu, nội dung đồng chí nhập sẽ thay cho thay đổi kia; "
        "các mục khác được giữ như ở nơi khác đã sửa.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nếu vẫn lưu, chỉ những mục đồng chí đã sửa được ghi; các thay đổi kia được giữ.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Thông tin của %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "Kế hoạch năm %1 này"),
    QT_TRANSLATE_NOOP("CoreMessages", "Buổi sinh hoạt ngày %1"),
)
