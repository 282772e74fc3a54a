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
    from chibo_app.services import dang_bo_packages as services_dang_bo_packages
    from chibo_app.services import db_check as services_db_check
    from chibo_app.services import document_register as services_document_register
    from chibo_app.services import documents as services_documents
    from chibo_app.services import history as services_history
    from chibo_app.services import history_tables as services_history_tables
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
        services_dang_bo_packages.NAMES,
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
        services_history_tables.YES_NO,
        services_history_tables.PERIOD_LABELS,
        services_history_tables.YEAR_KEY_LABELS,
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
