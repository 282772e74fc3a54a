"""Numbered schema steps, one module each. Step N brings a file from user_version N-1
to N.

Never edit a step that has shipped: add a new module and list it last. A new file is
built by running every step, so new and upgraded files are always the same shape.
"""

from __future__ import annotations

from chibo_app.storage.migrations import (
    step_01_cell,
    step_02_document_register,
    step_03_plans,
    step_04_nominations,
    step_05_evaluation,
    step_06_meetings,
    step_07_report_narrative,
    step_08_report_basis,
    step_09_commendation_subject,
    step_10_printed_on,
    step_11_dang_bo,
    step_12_minutes_record,
    step_13_one_number,
    step_14_rules_366,
    step_15_stored_reasons,
)

MIGRATIONS: list[str] = [
    step_01_cell.SQL,
    step_02_document_register.SQL,
    step_03_plans.SQL,
    step_04_nominations.SQL,
    step_05_evaluation.SQL,
    step_06_meetings.SQL,
    step_07_report_narrative.SQL,
    step_08_report_basis.SQL,
    step_09_commendation_subject.SQL,
    step_10_printed_on.SQL,
    step_11_dang_bo.SQL,
    step_12_minutes_record.SQL,
    step_13_one_number.SQL,
    step_14_rules_366.SQL,
    step_15_stored_reasons.SQL,
]

SCHEMA_VERSION = len(MIGRATIONS)
