"""The interface in Vietnamese and English: every shipped translation compiles, loads and
is complete; every Vietnamese text of ui/ reaches the translator; in English no visible
text of the window, its pages and dialogs is left in Vietnamese (the secretary's own
data aside); in Vietnamese Qt's own dialogs are Vietnamese too; documents and exports
stay Vietnamese whatever the interface language."""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from chibo_app.core.messages import CONTEXT, template_fields
from chibo_app.ui import core_text, translations
from tests.services.test_history_tables import worked  # noqa: F401 (a fixture)

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402

# Letters only Vietnamese uses (and the tone marks over a, e, i, o, u, y).
VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)
PLACE = re.compile(r"%[\dn]")  # %1…%9, and %n of a plural form
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# Vietnamese on purpose in the English interface: each language's own name, and the
# Vietnamese ways of writing a deadline that the plan editor reads (and prints).
ON_PURPOSE = (
    *translations.LANGUAGES.values(),
    "tháng 6",
    "quý II",
    "thường xuyên",
    "cả năm",
)


# --- the .ts files ---------------------------------------------------------------------


def ts_messages(name):
    return update_translations.messages(ET.parse(I18N / name))


def translated_forms(message):
    """A message's translation, or each plural form of it (numerus="yes": "%n task",
    "%n tasks")."""
    translation = message.find("translation")
    if message.get("numerus") == "yes" and translation is not None:
        return [form.text or "" for form in translation.findall("numerusform")]
    return [message.findtext("translation") or ""]


def shipped():
    return sorted(p.name for p in I18N.glob("*.ts"))


def test_the_shipped_languages_are_vietnamese_and_english():
    assert shipped() == ["chibo_en.ts", "chibo_vi.ts", "qtbase_vi.ts"]
    assert list(translations.LANGUAGES) == ["vi", "en"]
    assert translations.DEFAULT == "vi"


@pytest.mark.parametrize("name", shipped())
def test_every_shipped_translation_compiles_and_loads(name, tmp_path):
    qm = tmp_path / name.replace(".ts", ".qm")
    assert translations.compile_ts(I18N / name, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert not translator.isEmpty()
    context, message = ts_messages(name)[0]
    source = message.findtext("source")
    expected = message.findtext("translation")
    comment = message.findtext("comment")
    assert translator.translate(context, source, comment) == expected


@pytest.mark.parametrize("name", shipped())
def test_every_translation_is_finished(name):
    assert update_translations.unfinished(I18N / name) == []


def test_vietnamese_translations_are_the_source_texts():
    for _context, message in ts_messages("chibo_vi.ts"):
        assert translated_forms(message) == [message.findtext("source")]


def test_english_keeps_placeholders_accelerators_and_markup():
    for context, message in ts_messages("chibo_en.ts"):
        source = message.findtext("source") or ""
        forms = translated_forms(message)
        assert forms and all(forms), f"{context}: {source!r} has an empty plural form"
        for english in forms:
            _keeps_the_source_shape(context, source, english)


def _keeps_the_source_shape(context: str, source: str, english: str) -> None:
    where = f"{context}: {source!r} → {english!r}"
    assert sorted(PLACE.findall(source)) == sorted(PLACE.findall(english)), where
    assert bool(re.search(r"&\w", source)) == bool(re.search(r"&\w", english)), where
    assert sorted(TAG.findall(source)) == sorted(TAG.findall(english)), where
    assert english.endswith(" ") == source.endswith(" "), where
    assert english.startswith(" ") == source.startswith(" "), where
    if context == CONTEXT:  # msg() templates: the same named fields
        assert sorted(template_fields(source)) == sorted(template_fields(english)), where


def test_the_ts_files_hold_every_text_of_the_code(tmp_path):
    """packaging/update_translations.py has been run since the last new text: lupdate
    over the sources finds no message the .ts files lack, and every core label is in."""
    fresh = tmp_path / "fresh.ts"
    command = [
        str(update_translations.tool("lupdate")),
        "-silent",
        "-locations",
        "none",
        *(str(p.relative_to(ROOT)) for p in update_translations.sources()),
        "-ts",
        str(fresh),
    ]
    subprocess.run(command, cwd=ROOT, check=True)
    found = {(c, m.findtext("source")) for c, m in update_translations.messages(ET.parse(fresh))}
    found |= {(core_text.LABELS_CONTEXT, label) for label in core_text.all_labels()}
    found |= {(CONTEXT, template) for template in update_translations.core_messages()}
    for name in ("chibo_vi.ts", "chibo_en.ts"):
        have = {(c, m.findtext("source")) for c, m in ts_messages(name)}
        missing = sorted(found - have)
        assert not missing, f"run packaging/update_translations.py: {name} lacks {missing[:5]}"


# --- every Vietnamese text of ui/ goes through the translator ---------------------------

# Vietnamese literals of ui/ that are not interface text, by file and text.
NOT_INTERFACE = {
    # the settings name the per-user folders; never translated
    ("app.py", "Chi bộ"),
    # `chibo-app --help`, printed before the application exists (like the CLI's help)
    ("app.py", "*"),
    # stored as data and printed: the bodies that grant awards
    ("dialogs/nomination_step_dialog.py", "*"),
    # stored as data and printed: who confirmed a plan (the cell, at its meeting of a day)
    ("dialogs/plan_step_dialog.py", "*"),
    # widths of typical content, never shown
    ("pages/people_view.py", "*"),
    ("widgets/history_view.py", "*"),
    # letters measured for a row's height, never shown
    ("widgets/row_height.py", "*"),
    # the label core writes before the unit's name, and the typed “Số” before a number
    ("pages/overview_charts.py", " nhiệm vụ"),
    ("widgets/years_editor.py", "số"),
    # each language's own name
    ("translations.py", "Tiếng Việt"),
}


def untranslatable_literals():
    """(file, line, text) of Vietnamese string literals in ui/ outside self.tr(),
    QCoreApplication.translate("Context", …) and QT_TRANSLATE_NOOP("Context", …)."""
    found = []
    ui = ROOT / "chibo_app" / "ui"
    for path in sorted(ui.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        name = path.relative_to(ui).as_posix()
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if not VIETNAMESE.search(node.value):
                continue
            parent = parents.get(node)
            if isinstance(parent, ast.Expr) or _translated(node, parent):
                continue
            if (name, node.value) in NOT_INTERFACE or (name, "*") in NOT_INTERFACE:
                continue
            found.append((name, node.lineno, node.value[:60]))
    return found


def _translated(node, call):
    if not isinstance(call, ast.Call) or node not in call.args:
        return False
    index = call.args.index(node)
    function = call.func
    if isinstance(function, ast.Attribute) and function.attr == "tr" and index == 0:
        return isinstance(function.value, ast.Name) and function.value.id == "self"
    named = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    context = call.args[0] if call.args else None
    if named == "QT_TRANSLATE_NOOP" or (
        named == "translate"
        and (
            isinstance(function, ast.Name)  # translate = QCoreApplication.translate
            or getattr(function.value, "id", "") == "QCoreApplication"
        )
    ):
        return index == 1 and isinstance(context, ast.Constant)
    return False


def translatable_literals():
    """(context, source) of every literal handed to the translator in ui/, the context
    as Qt looks it up at run time (self.tr: the class the call is written in)."""
    found = set()
    for path in sorted((ROOT / "chibo_app" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            call = parents.get(node)
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if not _translated(node, call) or not node.value.strip():
                continue
            if call.args.index(node) == 1:
                found.add((call.args[0].value, node.value))
                continue
            owner = call
            while owner is not None and not isinstance(owner, ast.ClassDef):
                owner = parents.get(owner)
            if owner is not None:
                found.add((owner.name, node.value))
    return found


def test_every_translatable_text_reaches_the_ts_files():
    """What the code hands to the translator is in the .ts under the context Qt will
    look for (lupdate skips single-quoted strings, for one)."""
    have = {(c, m.findtext("source")) for c, m in ts_messages("chibo_en.ts")}
    assert sorted(translatable_literals() - have) == []


def test_every_vietnamese_text_of_the_interface_is_translatable():
    """lupdate reads only self.tr("…"), QCoreApplication.translate("Context", "…") and
    QT_TRANSLATE_NOOP; a helper like _tr("…") or other.tr("…") hides the text from it
    (or files it under the wrong context), and it stays Vietnamese in English."""
    assert untranslatable_literals() == []


def test_the_scan_finds_a_hidden_text(tmp_path, monkeypatch):
    hidden = 'LABEL = _tr("Đã lưu")\nOK = QT_TRANSLATE_NOOP("C", "Đã lưu")\n'
    tree = ast.parse(hidden)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    texts = [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value == "Đã lưu"]
    assert [_translated(n, parents[n]) for n in texts] == [False, True]


# --- messages of core and services ------------------------------------------------------


@contextmanager
def interface_in(language):
    """The translators of `language` installed, then removed: back to the source texts."""
    before = QLocale()
    translations.install(language)
    try:
        yield
    finally:
        translations.uninstall()
        QCoreApplication.instance().setProperty("chiboLanguage", None)
        QLocale.setDefault(before)


@pytest.fixture
def english(qapp):
    with interface_in("en"):
        yield


@pytest.fixture
def vietnamese(qapp):
    with interface_in("vi"):
        yield


def test_the_notes_of_a_list_to_import_in_english(english, session, tmp_path):
    """The member import's notes are messages: each row's in English, with the field
    names and the date problems inside them translated too."""
    from openpyxl import Workbook

    from chibo_app.services.members_import import preview_file

    book = Workbook()
    sheet = book.active
    sheet.append(["Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Số thẻ đảng viên"])
    sheet.append(["Le Van An", "Nam", "05/09/1980", "01/05/2010", "83000001"])
    sheet.append(["Le Van An", "Nam", "05/09/1980", "01/05/2010", "83000001"])  # again
    sheet.append(["Tran Van Binh", "x", "05/09/1981", "13/2010", "83000002"])
    book.save(tmp_path / "list.xlsx")
    rows = preview_file(session, tmp_path / "list.xlsx").rows
    shown = [core_text.core_message(reason) for row in rows for reason in row.reasons]
    assert shown == [
        "Same as row 2 of the file",
        "Admission date: “13/2010” is not a real month (months go from 1 to 12)",
        "Unclear sex “x” (Nam or Nữ expected)",
    ], shown


def test_the_columns_of_a_list_to_import_are_chosen_in_english(english, qtbot, session, tmp_path):
    """The import dialog's column choices are the fields' names in the window's language
    (they showed the Vietnamese names in English); the file's own headings stay as typed."""
    from openpyxl import Workbook

    from chibo_app.core.member_import import IMPORT_FIELDS
    from chibo_app.ui.dialogs.import_dialog import ImportDialog

    book = Workbook()
    book.active.append(["STT", "Họ và tên", "Ngày sinh", "Số thẻ đảng viên"])
    book.active.append([1, "Lê Văn An", "05/09/1980", "83000001"])
    book.save(tmp_path / "list.xlsx")
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.load(tmp_path / "list.xlsx")
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.working, timeout=10000)
    mapping = dialog.mapping
    headings = [mapping.item(row, 0).text() for row in range(mapping.rowCount())]
    assert headings == ["STT", "Họ và tên", "Ngày sinh", "Số thẻ đảng viên"]
    chosen = [mapping.cellWidget(row, 1).currentText() for row in range(mapping.rowCount())]
    assert chosen == ["(skip)", "Full name", "Date of birth", "Party card number"]
    box = mapping.cellWidget(1, 1)
    names = [box.itemText(i) for i in range(1, box.count())]
    assert len(names) == len(IMPORT_FIELDS)
    assert not [name for name in names if VIETNAMESE.search(name)], names


def test_core_labels_and_messages_in_english(english, session):
    from chibo_app.core import people, plan_checks
    from chibo_app.core.plans import Plan, PlanTask
    from chibo_app.core.rule_engine import Facts, propose
    from chibo_app.core.rule_presets import RULE_SET_366

    assert core_text.core_label("Đảng viên dự bị") == "Probationary party member"
    assert core_text.core_label("Nguyễn Văn An") == "Nguyễn Văn An"  # data stays
    problems = people.validate_person(
        people.Person(full_name="An", sex="?", kind=people.Kind.NON_PARTY, party_card="12"),
        dt.date(2026, 11, 25),
    )
    shown = [core_text.core_message(m) for m in problems.values()]
    assert shown and not [m for m in shown if VIETNAMESE.search(m)], shown
    checks = plan_checks.check_plan(Plan(1, 2026, tasks=(PlanTask("Viết báo cáo", "", None),)))
    shown = [core_text.core_message(c.message) for c in checks]
    assert "Section 1 (remedies for shortcomings) is empty." in shown
    assert "Task 1 has no target, product or result." in shown
    assert core_text.core_message("Một câu chưa có bản dịch.") == "Một câu chưa có bản dịch."
    # The rule engine's reasons are messages: rendered from their ids and values.
    staff = RULE_SET_366.definition
    tasks = ("exceeded",) * 3 + ("done",)
    excellent = propose(staff, Facts(22, tasks, (True,) * 4, (True, True), frame="staff"))
    assert [core_text.core_message(r) for r in excellent.reasons] == [
        "Criteria frame: Without a leadership or management post.",
        "Points: 92 = general criteria 22/30 + task results 70/70.",
        "Tasks: 4, done 4 (exceeded 3), partly done 0, not done 0; behind schedule 0.",
        "Meets “Excellently completed duties” (Art. 11 k1.2, k1.3): 92 points ≥ 90; share of "
        "tasks completed 100% (4/4) ≥ 100%; share of tasks done on time 100% (4/4) ≥ 100%; share "
        "of tasks exceeded 75% (3/4) ≥ 30%; share of shortcomings remedied 100% (2/2) ≥ 100%.",
    ]
    results = ("done",) * 4 + ("not_done",) * 6
    forced = propose(
        staff, Facts(30, results, (True,) * 10, frame="staff", discipline=("canh_cao",))
    )
    assert core_text.core_message(forced.reasons[-2]) == (
        "A case of “Did not complete duties” (Art. 11 k4.2): disciplined: warning (reprimand or "
        "heavier); share of tasks not done 60% (6/10) > 50%."
    )


def test_quotas_in_english_with_their_plural_forms(english):
    """What a unit lacks and what the rules want, counted as English counts: '1
    individual', '2 individuals' (Vietnamese has one form)."""
    from chibo_app.core.quotas import CELL_LINE, QuotaLine, QuotaRules

    def lacking(unit, short):
        return core_text.core_message(QuotaLine(unit, 0, 0, 0, short).unit_short_text())

    assert lacking("Phòng Lãnh sự", (1, 2, 0)) == (
        "Phòng Lãnh sự: short of 1 collective, 2 individuals"
    )
    assert lacking("Phòng A", (2, 1, 1)) == "Phòng A: short of 2 collectives, 1 individual, 1 model"
    assert lacking("Phòng A", (0, 0, 3)) == "Phòng A: short of 3 models"
    assert lacking(CELL_LINE, (0, 1, 0)) == "Whole cell: short of 1 individual"
    assert core_text.core_message(QuotaRules().describe()) == (
        "each unit ≥ 1 collective, ≥ 2 individuals; the cell ≥ 1 individual"
    )
    assert core_text.core_message(QuotaRules(*[0] * 6).describe()) == "no quota set"
    # The same from the command line's catalogue, read from the .ts file.
    from chibo_app.cli import language

    os.environ[language.ENVIRONMENT] = "en"
    try:
        line = QuotaLine("Phòng A", 0, 1, 0, (1, 3, 0)).unit_short_text()
        assert language.say(line) == "Phòng A: short of 1 collective, 2 individuals"
    finally:
        del os.environ[language.ENVIRONMENT]


def test_rule_set_words_cap_and_edits_in_english(english):
    """The rule-set editor's formula and examples, the 20 % cap, a record changed
    elsewhere and a topic's planned month: messages, rendered in English with their
    plural forms; str() stays the Vietnamese."""
    from chibo_app.core.edits import ChangedElsewhere, EditCheck
    from chibo_app.core.meetings import Topic, planned_text
    from chibo_app.core.messages import msg
    from chibo_app.core.rule_cap import cap_checks, cap_warning
    from chibo_app.core.rule_editing import fields_of, formula_text
    from chibo_app.core.rule_examples import NO_LEVEL, examples
    from chibo_app.core.rule_presets import RULE_SET_366

    shown = core_text.core_message
    assert shown(formula_text(fields_of(RULE_SET_366))) == (
        "Task points = 70 × (tasks exceeded × 1 + completed × 1 + partly completed × 0,5) ÷ "
        "number of tasks (at most the maximum); a late task counts only 0,75 of its weight."
    )
    lines = [shown(example.text) for example in examples(RULE_SET_366.definition)]
    assert lines[0] == "92 points, every task done, 40% exceeded, all shortcomings remedied"
    assert "1 shortcoming not remedied" in lines[1]
    assert any("2 tasks partly completed" in line for line in lines), lines
    assert any("1 task late" in line for line in lines), lines
    assert shown(NO_LEVEL) == "no level's conditions hold"
    staff = [("staff", "excellent")] * 7 + [("staff", "good")] * 6
    warning = cap_warning(cap_checks(RULE_SET_366.definition, staff))
    assert shown(warning) == (
        "“Excellently completed duties”: 7 people, over the maximum of 1 (20% of the 6 rated "
        "“Well completed duties”; group: without a leadership or management post; "
        "Regulation 366-QD/TW, Article 11 §1.4)."
    )
    changed = ChangedElsewhere(
        msg("Thông tin của {name}", name="Nguyễn Văn An"),
        EditCheck(mine=("phone",), theirs=("phone", "notes")),
        {"phone": "Điện thoại", "notes": "Ghi chú"},
    )
    assert [shown(line) for line in changed.lines] == [
        "The details of Nguyễn Văn An was changed elsewhere after you opened it (changed: "
        "Phone, Notes); nothing has been written.",
        "You changed Phone too: if you save anyway, what you typed replaces that change; "
        "everything else stays as it was changed elsewhere.",
    ]
    assert str(changed).startswith("Thông tin của Nguyễn Văn An vừa được sửa ở nơi khác")
    assert shown(planned_text(Topic(2026, "a", planned_quarter=2))) == "Quarter II"
    assert shown(planned_text(Topic(2026, "a", planned_month=5))) == "Month 5"


def test_quotas_stay_vietnamese_in_vietnamese(vietnamese):
    from chibo_app.core.quotas import QuotaLine

    line = QuotaLine("Phòng A", 0, 0, 0, (1, 2, 0)).unit_short_text()
    assert core_text.core_message(line) == "Phòng A: thiếu 1 tập thể, 2 cá nhân"


def test_the_evaluations_page_tells_stored_reasons_in_english(english, session):
    """The tooltip of a proposal: the reasons stored as messages in English; a sentence an
    older file stored is shown as it was written."""
    from dataclasses import replace

    from chibo_app.services import evaluation_lists
    from chibo_app.ui.models.evaluations_model import Col, EvaluationsModel
    from tests.services.test_stored_reasons import OLD, YEAR, _evaluated

    _evaluated(session)
    (row,) = evaluation_lists.list_year(session, YEAR)
    model = EvaluationsModel()
    model.set_rows([row, replace(row, reasons=[OLD])])
    tip = model.data(model.index(0, Col.PROPOSED), Qt.ItemDataRole.ToolTipRole)
    assert "Tasks: 4, done 3 (exceeded 1), partly done 1, not done 0; behind schedule 0." in tip
    assert not VIETNAMESE.search(tip), tip
    assert model.data(model.index(1, Col.PROPOSED), Qt.ItemDataRole.ToolTipRole) == OLD


def test_the_history_names_records_in_english(english, request):
    """Every record of the change history, and the values naming another record, are
    messages: in English only the data (names, quoted titles, codes typed) stays."""
    from chibo_app.ui.models.history_model import change_text

    session, entries = request.getfixturevalue("worked")
    names = {name for (name,) in session.db.execute("SELECT full_name FROM people")}
    units = {name for (name,) in session.db.execute("SELECT name FROM units")}

    def bare(text: str) -> str:  # the text without its data
        text = re.sub(r"“[^”]*”", "", text)
        for name in sorted(names | units, key=len, reverse=True):
            text = text.replace(name, "")
        return text

    titles = [core_text.core_message(entry.record) for entry in entries]
    for title in titles:
        assert not VIETNAMESE.search(bare(title)), title
    assert any(re.fullmatch(r"The regular meeting of \d\d/\d\d/2026", t) for t in titles)
    assert any(re.fullmatch(r"Evaluation and classification 20\d\d of [^\d]+", t) for t in titles)
    assert any(re.fullmatch(r"Attendance of .+ — the regular meeting of .+", t) for t in titles)
    assert "Results report 2026 (first six months)" in titles
    assert "Rule set “Quy định 366 (sửa)”" in titles
    results = [t for t in titles if t.startswith("Result of task “")]
    assert results and all("(plan for 20" in t for t in results), results[:3]
    votes = [change_text(c) for e in entries for c in e.changes if c.field == "vote_meeting_id"]
    assert votes and all(re.search(r"→ the regular meeting of \d\d/12/20\d\d$", t) for t in votes)


def test_a_persons_attendance_in_english(english):
    from chibo_app.core.meetings import Counts
    from chibo_app.services import meetings

    shown = core_text.core_message(
        meetings.rate_text(Counts(present=2, excused=1, absent=1, late=1))
    )
    assert shown == "Attended 2/4 meetings (50%), excused 1, absent 1, late 1"
    assert core_text.core_message(meetings.rate_text(Counts())) == "No meeting yet"


def test_core_messages_stay_vietnamese_in_vietnamese(vietnamese):
    text = "Nhiệm vụ 2 chưa có thời hạn."
    assert core_text.core_message(text) == text
    assert core_text.core_label("Đảng viên dự bị") == "Đảng viên dự bị"


# --- the language setting and the compiled files -----------------------------------------


def test_the_language_is_a_setting_of_this_computer(qapp, monkeypatch):
    monkeypatch.delenv(translations.ENVIRONMENT, raising=False)
    assert translations.interface_language() == "vi"
    translations.set_interface_language("en")
    assert QSettings().value(translations.SETTING) == "en"
    assert translations.interface_language() == "en"
    monkeypatch.setenv(translations.ENVIRONMENT, "vi")  # screenshots, support calls
    assert translations.interface_language() == "vi"
    assert translations.saved_language() == "en"
    QSettings().setValue(translations.SETTING, "fr")  # unknown: the default
    assert translations.saved_language() == "vi"
    with pytest.raises(ValueError):
        translations.set_interface_language("fr")


def test_settings_page_chooses_the_language_for_the_next_start(qtbot, session, monkeypatch):
    from chibo_app.ui.pages.settings_page import SettingsPage

    monkeypatch.delenv(translations.ENVIRONMENT, raising=False)
    page = SettingsPage(session, 2026)
    qtbot.addWidget(page)
    page.show()
    page.show_tab("interface")
    section = page.language
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Giao diện"
    assert section.language.currentText() == "Tiếng Việt"
    assert not section.restart_note.isVisible()
    section.language.setCurrentIndex(section.language.findData("en"))
    assert translations.saved_language() == "en"
    assert section.restart_note.isVisible()
    assert section.restart_note.text() == "Thay đổi có hiệu lực khi mở lại ứng dụng."


def test_translations_compile_into_the_cache_once(tmp_path, monkeypatch):
    source = tmp_path / "src"
    source.mkdir()
    ts = source / "chibo_en.ts"
    ts.write_bytes((I18N / "chibo_en.ts").read_bytes())
    monkeypatch.setattr(translations, "i18n_folder", lambda: source)
    monkeypatch.setattr(translations, "cache_folder", lambda: tmp_path / "cache")
    first = translations.qm_path("chibo_en")
    assert first == tmp_path / "cache" / "chibo_en.qm" and first.is_file()
    built = first.stat().st_mtime_ns
    assert translations.qm_path("chibo_en") == first
    assert first.stat().st_mtime_ns == built  # fresh: not compiled again
    later = time.time() + 5
    os.utime(ts, (later, later))  # touched, not changed: the cache still holds it
    assert translations.qm_path("chibo_en") == first
    assert first.stat().st_mtime_ns == built
    # Another copy of the app (another checkout, an update keeping old file times) with a
    # different .ts, older than the cached .qm: compiled again from its own .ts.
    ts.write_text(ts.read_text(encoding="utf-8").replace("Tổng quan", "Tổng quan "), "utf-8")
    os.utime(ts, (later - 3600, later - 3600))
    assert translations.qm_path("chibo_en") == first
    assert first.stat().st_mtime_ns != built
    shipped_qm = source / "chibo_en.qm"  # a packaged build's own, newer than its .ts
    shipped_qm.write_bytes(first.read_bytes())
    os.utime(shipped_qm, (later + 5, later + 5))
    assert translations.qm_path("chibo_en") == shipped_qm
    ts.unlink()  # a bundle may ship the .qm alone
    assert translations.qm_path("chibo_en") == shipped_qm
    assert translations.qm_path("chibo_xx") is None


# --- English: nothing visible left in Vietnamese ------------------------------------------


def data_strings(session):
    """Every text stored in the file (names, units, settings, topics, nominations, plan
    content…): the secretary's data, shown as typed whatever the language."""
    from chibo_app.core.nominations import OTHER_FIELD
    from chibo_app.ui.dialogs.nomination_step_dialog import AWARD_LEVELS

    found = set()
    tables = [r[0] for r in session.db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        if table == "change_history":
            continue
        for row in session.db.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - our tables
            for value in row:
                if isinstance(value, str):
                    found.update(_strings_in(value))
    found.update(ON_PURPOSE)
    # Data on purpose too: the last entry of the cell's own list of fields, and the
    # bodies that grant awards, both written into the documents as they are.
    found.update({OTHER_FIELD, *AWARD_LEVELS})
    found.add(str(session.path))
    return sorted((s for s in found if len(s.strip()) >= 2), key=len, reverse=True)


def _strings_in(value):
    if value[:1] in "[{":  # plan sections, task lists: JSON
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = None
        if parsed is not None:
            return {t for item in _walk_json(parsed) for t in _strings_in(item)}
    if not VIETNAMESE.search(value):
        return set()
    return {value, *(line.strip() for line in value.splitlines())}


def _walk_json(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk_json(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk_json(item)


def visible_texts(top):
    """(where, text) of what a user reads: titles, labels, buttons, group boxes, tabs,
    menus and actions, tool tips, placeholders, header labels, spin box texts, combo
    items. Table cells are data and not read here."""
    found = []

    def add(widget, what, text):
        if text:
            found.append((f"{type(widget).__name__}#{widget.objectName()} {what}", text))

    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget.isWindow():
            add(widget, "title", widget.windowTitle())
        add(widget, "tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, "text", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            add(widget, "placeholder", widget.placeholderText())
            for i in range(widget.count()):
                add(widget, f"item {i}", widget.itemText(i))
        elif isinstance(widget, QAbstractSpinBox):
            for what in ("prefix", "suffix", "specialValueText"):
                if hasattr(widget, what):
                    add(widget, what, getattr(widget, what)())
        elif isinstance(widget, QProgressBar):
            add(widget, "format", widget.format())
        elif isinstance(widget, QListWidget):  # the side bar, lists of steps and hints
            for i in range(widget.count()):
                add(widget, f"item {i}", widget.item(i).text())
                add(widget, f"item tip {i}", widget.item(i).toolTip())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, f"tab {i}", widget.tabText(i))
                add(widget, f"tab tip {i}", widget.tabToolTip(i))
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for section in range(model.columnCount(QModelIndex())):
                header = model.headerData(section, Qt.Orientation.Horizontal)
                add(widget, f"header {section}", header)
        for action in widget.actions():
            add(widget, "action", action.text())
            add(
                widget,
                "action tip",
                action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
            )
            menu = action.menu()
            if isinstance(menu, QMenu):
                for sub in menu.actions():
                    add(menu, "action", sub.text())
    return [(w, t) for w, t in found if isinstance(t, str)]


def chart_texts(top):
    from PySide6.QtCharts import QChartView

    found = []
    for view in top.findChildren(QChartView):
        chart = view.chart()
        found.append(("chart title", chart.title()))
        for axis in chart.axes():
            found.append(("axis", axis.titleText()))
        for marker in chart.legend().markers():
            found.append(("legend", marker.label()))
    return found


def vietnamese_left(texts, data):
    left = []
    for where, text in texts:
        rest = text
        if rest.endswith("…") and any(rest[:-1] in value for value in data):
            continue  # data cut short to fit (a long remedy in a check box)
        for value in data:
            if value in rest:
                rest = rest.replace(value, "")
        if VIETNAMESE.search(rest):
            left.append(f"{where}: {text!r}")
    return left


@pytest.fixture
def demo_session(tmp_path):
    from chibo_app.services import demo
    from chibo_app.services.session import open_session

    session = open_session(tmp_path / "demo.sqlite")
    demo.fill_demo(session, people_count=14, seed=2026)
    yield session
    session.close()


def every_screen(qtbot, session, tmp_path, monkeypatch):
    """The main window on every page and tab, and the main dialogs, each walked once:
    yields (name, top widget) while it is shown."""
    from chibo_app.core.nominations import Status
    from chibo_app.core.people import Position, PositionKind
    from chibo_app.core.plans import PlanStatus
    from chibo_app.services import meetings, nomination_lists, nominations, plan_lists
    from chibo_app.services.db_check import check_database
    from chibo_app.ui.dialogs.check_report import CheckReportDialog
    from chibo_app.ui.dialogs.evaluation_dialog import EvaluationDialog
    from chibo_app.ui.dialogs.first_start import FirstStartDialog
    from chibo_app.ui.dialogs.history_dialog import HistoryDialog
    from chibo_app.ui.dialogs.import_dialog import ImportDialog
    from chibo_app.ui.dialogs.kind_change_dialog import KindChangeDialog
    from chibo_app.ui.dialogs.leave_dialog import LeaveDialog
    from chibo_app.ui.dialogs.meeting_dialog import MeetingDialog
    from chibo_app.ui.dialogs.midyear_dialog import MidyearDialog
    from chibo_app.ui.dialogs.nomination_dialog import NominationDialog
    from chibo_app.ui.dialogs.nomination_fields_dialog import NominationFieldsDialog
    from chibo_app.ui.dialogs.nomination_step_dialog import StatusStepDialog
    from chibo_app.ui.dialogs.password_change import CHANGE, SET, PasswordChangeDialog
    from chibo_app.ui.dialogs.password_prompt import PasswordPromptDialog
    from chibo_app.ui.dialogs.person_dialog import PersonDialog
    from chibo_app.ui.dialogs.person_history_dialog import PersonHistoryDialog
    from chibo_app.ui.dialogs.plan_dialog import PlanDialog
    from chibo_app.ui.dialogs.plan_import_dialog import PlanImportDialog
    from chibo_app.ui.dialogs.position_dialog import PositionDialog
    from chibo_app.ui.dialogs.print_dialogs import PrintPlansDialog, SignedOffDialog
    from chibo_app.ui.dialogs.restore_dialog import RestoreDialog
    from chibo_app.ui.dialogs.topic_dialog import TopicDialog
    from chibo_app.ui.main_window import MainWindow
    from chibo_app.ui.pages import PAGES
    from chibo_app.ui.pages.nominations_page import QuotaRulesDialog
    from chibo_app.ui.widgets.lock_cover import LockScreen

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    for spec in PAGES:
        window.show_page(spec.key)
        QCoreApplication.processEvents()
        page = window.page(spec.key)
        tabs = page.findChild(QTabWidget)
        if tabs is not None and spec.key == "settings":
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                yield f"page {spec.key} tab {i}", window
        else:
            yield f"page {spec.key}", window
    year = 2026
    rows = plan_lists.list_year_plans(session, year)
    person = rows[0]
    confirmed = next(r for r in rows if r.status == PlanStatus.CONFIRMED)
    dialogs = {
        "person": lambda: PersonDialog(session, person.person_id, window),
        "new person": lambda: PersonDialog(session, None, window),
        "plan": lambda: PlanDialog(session, confirmed.person_id, year, confirmed.full_name, window),
        "midyear": lambda: MidyearDialog(session, confirmed.plan_id, confirmed.full_name, window),
        "evaluation": lambda: EvaluationDialog(
            session, confirmed.person_id, year, confirmed.full_name, window
        ),
        "meeting": lambda: MeetingDialog(
            session, year, meetings.meetings_of_year(session, year)[0], window
        ),
        "new meeting": lambda: MeetingDialog(
            session, year, meetings.new_meeting(session, dt.date(2026, 11, 30)), window
        ),
        "topic": lambda: TopicDialog(session, year, None, window),
        "nomination": lambda: NominationDialog(
            session, year, nomination_lists.rows(session, year)[0].nomination, window
        ),
        "nomination fields": lambda: NominationFieldsDialog(session, window),
        "nomination step": lambda: StatusStepDialog(
            Status.AWARDED, 2, dt.date(2026, 11, 25), window
        ),
        "leave": lambda: LeaveDialog(session, person.person_id, window),
        "position": lambda: PositionDialog(
            Position(person.person_id, PositionKind.PARTY, ""), window
        ),
        "import": lambda: ImportDialog(session, window),
        "plan import": lambda: PlanImportDialog(session, year, window),
        "kind change": lambda: KindChangeDialog(session, [r.person_id for r in rows[:3]], window),
        "restore": lambda: RestoreDialog(session, window),
        "check report": lambda: CheckReportDialog(check_database(session), window),
        "set password": lambda: PasswordChangeDialog(session, SET, window),
        "change password": lambda: PasswordChangeDialog(session, CHANGE, window),
        "first start": lambda: FirstStartDialog(session, window),
        "history": lambda: HistoryDialog(session, person.person_id, window),
        "person record": lambda: PersonHistoryDialog(session, person.person_id, window),
        "quota rules": lambda: QuotaRulesDialog(nominations.quota_rules(session, year), window),
        "password prompt": lambda: PasswordPromptDialog(session.path, lambda _p: None, window),
        "lock screen": lambda: LockScreen(window, session.path, lambda _p: None).form,
        "print plans": lambda: PrintPlansDialog(year, 5, True, window),
        "signed-off list": lambda: SignedOffDialog(year, 3, "CB", window),
    }
    try:
        from chibo_app.ui.about import about_text

        dialogs["about"] = lambda: _about_box(window, about_text(session.path))
    except ImportError:
        pass
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        QCoreApplication.processEvents()
        yield f"dialog {name}", dialog
        tabs = dialog.findChild(QTabWidget)
        if tabs is not None:
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                yield f"dialog {name} tab {i}", dialog
        # Closed as a finished exec() is: no “Lưu thay đổi?” nor “Thoát?” to answer here.
        if isinstance(dialog, QDialog):
            dialog.done(0)
        else:
            dialog.close()
        dialog.deleteLater()


def _about_box(parent, text):
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "Giới thiệu"))
    box.setText(text)
    return box


def test_nothing_visible_is_left_in_vietnamese_in_english(
    english, qtbot, demo_session, tmp_path, monkeypatch
):
    data = data_strings(demo_session)
    left: list[str] = []
    seen = set()
    for name, top in every_screen(qtbot, demo_session, tmp_path, monkeypatch):
        for problem in vietnamese_left(visible_texts(top) + chart_texts(top), data):
            if problem not in seen:
                seen.add(problem)
                left.append(f"{name}: {problem}")
    assert not left, "left in Vietnamese:\n" + "\n".join(left)


def test_the_same_walk_reads_vietnamese_in_vietnamese(
    vietnamese, qtbot, demo_session, tmp_path, monkeypatch
):
    """The walk reads the texts it should: in Vietnamese it finds them."""
    data = data_strings(demo_session)
    screens = every_screen(qtbot, demo_session, tmp_path, monkeypatch)
    name, window = next(screens)
    texts = [t for _w, t in visible_texts(window)]
    assert "Tổng quan" in texts and "&Dữ liệu" in texts
    assert vietnamese_left(visible_texts(window), data)
    screens.close()


# --- Vietnamese: Qt's own dialogs too ----------------------------------------------------


def test_qt_standard_buttons_and_menus_are_vietnamese(vietnamese, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Chi bộ", "Xóa?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    texts = sorted(b.text().replace("&", "") for b in box.buttons())
    assert texts == ["Có", "Hủy", "Không", "Lưu", "Đóng"]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Discard
    )
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == ["Bỏ thay đổi", "Hủy", "OK"]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    words = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert {"Hoàn tác", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"} <= set(words)


def test_qt_file_dialog_is_vietnamese(vietnamese, qtbot, tmp_path):
    dialog = QFileDialog(None, "Lưu", str(tmp_path), "Tệp PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    buttons = {b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
    assert buttons == {"&Lưu", "Hủy"}
    headers = dialog.findChild(QAbstractItemView, "treeView").model()
    names = [headers.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert names == ["Tên", "Kích thước", "Loại", "Ngày sửa"]


# --- documents and exports stay Vietnamese ---------------------------------------------------


def test_documents_and_exports_stay_vietnamese_in_english(
    english, qtbot, people_session, tmp_path, monkeypatch
):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from chibo_app.services import plans
    from chibo_app.ui import file_actions, folders
    from chibo_app.ui.pages.plans_page import PlansPage

    ids = people_session.ids
    plan = plans.start_plan(people_session, ids["Nguyễn Văn An"], 2026)
    plans.save_plan(people_session, plan.with_changes(remedies=("Khắc phục chậm trễ",)))
    page = PlansPage(people_session, 2026)
    qtbot.addWidget(page)
    page.show()
    assert page.print_button.text() == "Print…"  # the interface is English
    target = tmp_path / "plans.pdf"
    run = page.start_printing(None, target, blank=False, count=6)
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "KẾ HOẠCH" in text and "Khắc phục chậm trễ" in text
    for english_word in ("Personal plan", "Party", "Task", "Deadline", "Target"):
        assert english_word not in text

    workbook = tmp_path / "members.xlsx"
    monkeypatch.setattr(folders.QFileDialog, "getSaveFileName", lambda *a, **k: (str(workbook), ""))
    monkeypatch.setattr(file_actions.QMessageBox, "information", lambda *a, **k: None)
    window = QWidget()
    qtbot.addWidget(window)
    window.session = people_session  # type: ignore[attr-defined]
    file_actions.export_members(window)
    cells = [c for row in load_workbook(workbook).active.iter_rows(values_only=True) for c in row]
    words = " ".join(str(c) for c in cells if c)
    assert "Họ và tên" in words and "Đảng viên chính thức" in words
    assert "Full name" not in words and "Full party member" not in words
