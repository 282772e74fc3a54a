"""Numbered schema steps. Step N brings a file from user_version N-1 to N.

Never edit a step that has shipped: add a new one. A new file is built by
running every step, so new and upgraded files are always the same shape.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: cell settings, units, people, positions, years, change history
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT
    );
    CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        sort_order INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        sex TEXT CHECK (sex IN ('Nam', 'Nữ')),
        birth_date TEXT,
        kind TEXT NOT NULL DEFAULT 'full'
            CHECK (kind IN ('full', 'probationary', 'non_party')),
        party_card TEXT,
        admitted_on TEXT,
        full_member_on TEXT,
        unit_id INTEGER REFERENCES units(id),
        phone TEXT,
        email TEXT,
        status TEXT NOT NULL DEFAULT 'active'
            CHECK (status IN ('active', 'transferred', 'exempted', 'deceased')),
        status_date TEXT,
        status_note TEXT,
        notes TEXT
    );
    CREATE UNIQUE INDEX people_party_card ON people(party_card) WHERE party_card IS NOT NULL;
    CREATE INDEX people_unit ON people(unit_id);
    CREATE TABLE positions (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('party', 'government')),
        title TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT
    );
    CREATE INDEX positions_person ON positions(person_id);
    CREATE TABLE years (
        year INTEGER PRIMARY KEY
    );
    CREATE TABLE import_mappings (
        signature TEXT PRIMARY KEY,
        mapping TEXT NOT NULL
    );
    CREATE TABLE change_history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id INTEGER,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        old_values TEXT,
        new_values TEXT
    );
    CREATE INDEX change_history_row ON change_history(table_name, row_id);
    """,
    # 2: the document register (numbers per type per term, verification codes)
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc_type TEXT NOT NULL,
        number INTEGER,
        term TEXT NOT NULL DEFAULT '',
        year INTEGER,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT,
        content_hash TEXT NOT NULL,
        code TEXT NOT NULL UNIQUE,
        subject_table TEXT,
        subject_ids TEXT
    );
    CREATE UNIQUE INDEX documents_number ON documents(doc_type, term, number);
    CREATE INDEX documents_subject ON documents(subject_table, doc_type);
    """,
    # 3: years' deadlines and plan reference; personal plans, their tasks and life cycle
    """
    CREATE TABLE year_settings (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        key TEXT NOT NULL,
        value TEXT,
        UNIQUE (year, key)
    );
    CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        year INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft', 'submitted', 'returned', 'confirmed')),
        source TEXT NOT NULL DEFAULT 'blank' CHECK (source IN ('blank', 'last_year', 'paper')),
        remedies TEXT NOT NULL DEFAULT '[]',
        commitments TEXT NOT NULL DEFAULT '[]',
        submitted_on TEXT,
        returned_on TEXT,
        return_reason TEXT,
        confirmed_on TEXT,
        confirmed_by TEXT,
        UNIQUE (person_id, year)
    );
    CREATE INDEX plans_year ON plans(year, status);
    CREATE TABLE plan_tasks (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '',
        due TEXT
    );
    CREATE INDEX plan_tasks_plan ON plan_tasks(plan_id, position);
    CREATE TABLE plan_events (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        step TEXT NOT NULL
            CHECK (step IN ('created', 'submitted', 'returned', 'confirmed', 'reopened')),
        on_date TEXT NOT NULL,
        who TEXT NOT NULL,
        reason TEXT,
        at TEXT NOT NULL
    );
    CREATE INDEX plan_events_plan ON plan_events(plan_id, id);
    """,
    # 4: nominations (exemplary individuals, collectives, models) and their status
    """
    CREATE TABLE nominations (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('collective', 'individual', 'model')),
        person_id INTEGER REFERENCES people(id),
        unit_id INTEGER REFERENCES units(id),
        field TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        registered_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'registered'
            CHECK (status IN ('registered', 'cultivating', 'commended', 'proposed',
                              'awarded', 'not_selected')),
        commended_on TEXT,
        occasion TEXT,
        proposed_on TEXT,
        award_form TEXT,
        award_level TEXT,
        decision_number TEXT,
        decision_date TEXT,
        not_selected_reason TEXT,
        CHECK (kind != 'individual' OR person_id IS NOT NULL)
    );
    CREATE INDEX nominations_year ON nominations(year, kind);
    CREATE INDEX nominations_person ON nominations(person_id);
    CREATE INDEX nominations_unit ON nominations(unit_id);
    """,
    # 5: classification rule sets (data), mid-year reviews, year-end evaluations
    """
    CREATE TABLE rule_sets (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        regulation TEXT NOT NULL DEFAULT '',
        issued_on TEXT,
        definition TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO rule_sets (code, name, regulation, issued_on, definition, builtin)
    VALUES ('366-QĐ/TW', 'Quy định 366-QĐ/TW',
        'Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị'
        || ' về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm'
        || ' đối với tập thể, cá nhân trong hệ thống chính trị',
        '2025-08-30',
        '
        {
          "bands": [
            {
              "code": "excellent",
              "conditions": [
                {
                  "kind": "all_tasks_done"
                },
                {
                  "kind": "exceeded_share",
                  "min": 0.3
                },
                {
                  "kind": "all_remedied"
                }
              ],
              "label": "Hoàn thành xuất sắc nhiệm vụ",
              "min": 90.0
            },
            {
              "code": "good",
              "conditions": [
                {
                  "kind": "all_tasks_done"
                },
                {
                  "kind": "all_on_time"
                }
              ],
              "label": "Hoàn thành tốt nhiệm vụ",
              "min": 70.0
            },
            {
              "code": "completed",
              "conditions": [],
              "label": "Hoàn thành nhiệm vụ",
              "min": 50.0
            },
            {
              "code": "not_completed",
              "conditions": [],
              "label": "Không hoàn thành nhiệm vụ",
              "min": null
            }
          ],
          "excellent_cap": 0.2,
          "general": {
            "max": 30.0
          },
          "points": true,
          "tasks": {
            "max": 70.0,
            "weights": {
              "done": 1.0,
              "exceeded": 1.0,
              "not_done": 0.0,
              "partly": 0.0
            }
          }
        }
        ', 1);
    INSERT INTO rule_sets (code, name, regulation, issued_on, definition, builtin)
    VALUES ('124-QĐ/TW', 'Quy định 124-QĐ/TW',
        'Quy định 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị'
        || ' về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm'
        || ' đối với tập thể, cá nhân trong hệ thống chính trị',
        '2023-10-04',
        '
        {
          "bands": [
            {
              "code": "excellent",
              "conditions": [
                {
                  "kind": "all_tasks_done"
                },
                {
                  "kind": "exceeded_share",
                  "min": 0.3
                },
                {
                  "kind": "all_remedied"
                }
              ],
              "label": "Hoàn thành xuất sắc nhiệm vụ",
              "min": null
            },
            {
              "code": "good",
              "conditions": [
                {
                  "kind": "all_tasks_done"
                }
              ],
              "label": "Hoàn thành tốt nhiệm vụ",
              "min": null
            },
            {
              "code": "completed",
              "conditions": [
                {
                  "kind": "done_share",
                  "min": 0.5
                }
              ],
              "label": "Hoàn thành nhiệm vụ",
              "min": null
            },
            {
              "code": "not_completed",
              "conditions": [],
              "label": "Không hoàn thành nhiệm vụ",
              "min": null
            }
          ],
          "points": false
        }
        ', 1);
    CREATE TABLE midyear_reviews (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL UNIQUE REFERENCES plans(id) ON DELETE CASCADE,
        reviewed_on TEXT,
        reviewed_by TEXT,
        comment TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE task_reviews (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL UNIQUE REFERENCES plan_tasks(id) ON DELETE CASCADE,
        progress TEXT NOT NULL DEFAULT 'not_started'
            CHECK (progress IN ('not_started', 'in_progress', 'done')),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE evaluations (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        year INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'evaluated')),
        self_assessment TEXT NOT NULL DEFAULT '',
        self_classification TEXT,
        cell_assessment TEXT NOT NULL DEFAULT '',
        general_points REAL,
        score REAL,
        proposed TEXT,
        explanation TEXT NOT NULL DEFAULT '[]',
        classification TEXT,
        exempt_reason TEXT,
        rule_set_id INTEGER REFERENCES rule_sets(id),
        evaluated_on TEXT,
        evaluated_by TEXT,
        notes TEXT NOT NULL DEFAULT '',
        UNIQUE (person_id, year)
    );
    CREATE INDEX evaluations_year ON evaluations(year, status);
    CREATE TABLE task_results (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL UNIQUE REFERENCES plan_tasks(id) ON DELETE CASCADE,
        result TEXT CHECK (result IN ('exceeded', 'done', 'partly', 'not_done')),
        on_time INTEGER NOT NULL DEFAULT 1,
        evidence TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE remedy_results (
        id INTEGER PRIMARY KEY,
        evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        remedied INTEGER NOT NULL DEFAULT 0,
        UNIQUE (evaluation_id, position)
    );
    CREATE TABLE evaluation_events (
        id INTEGER PRIMARY KEY,
        evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
        step TEXT NOT NULL CHECK (step IN ('evaluated', 'reopened')),
        on_date TEXT NOT NULL,
        who TEXT NOT NULL,
        reason TEXT,
        at TEXT NOT NULL
    );
    CREATE INDEX evaluation_events_evaluation ON evaluation_events(evaluation_id, id);
    """,
    # 6: topics of a year, meetings, their topics, attendance and commendations
    # (after step 5, evaluation; until step 5 lands this stands in position 5)
    """
    CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        planned_month INTEGER CHECK (planned_month BETWEEN 1 AND 12),
        planned_quarter INTEGER CHECK (planned_quarter BETWEEN 1 AND 4),
        presenter TEXT NOT NULL DEFAULT '',
        reference_documents TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX topics_year ON topics(year, position);
    CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        held_on TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'regular'
            CHECK (kind IN ('regular', 'thematic', 'extraordinary')),
        start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        chair_id INTEGER REFERENCES people(id),
        secretary_id INTEGER REFERENCES people(id),
        content TEXT NOT NULL DEFAULT '',
        conclusions TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX meetings_year ON meetings(year, held_on);
    CREATE TABLE meeting_topics (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        topic_id INTEGER NOT NULL REFERENCES topics(id),
        UNIQUE (meeting_id, topic_id)
    );
    CREATE INDEX meeting_topics_topic ON meeting_topics(topic_id);
    CREATE TABLE attendance (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        presence TEXT NOT NULL DEFAULT 'present'
            CHECK (presence IN ('present', 'excused', 'absent')),
        reason TEXT NOT NULL DEFAULT '',
        late INTEGER NOT NULL DEFAULT 0,
        UNIQUE (meeting_id, person_id)
    );
    CREATE INDEX attendance_person ON attendance(person_id);
    CREATE TABLE commendations (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        nomination_id INTEGER REFERENCES nominations(id)
    );
    CREATE INDEX commendations_meeting ON commendations(meeting_id, position);
    CREATE INDEX commendations_nomination ON commendations(nomination_id);
    """,
    # 7: the narrative of the year report per (year, period), edited by the secretary
    # (period: the whole year, the first half, or up to a date, remembered in until_date)
    """
    CREATE TABLE report_texts (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        period TEXT NOT NULL CHECK (period IN ('year', 'half', 'until')),
        until_date TEXT,
        results TEXT NOT NULL DEFAULT '',
        shortcomings TEXT NOT NULL DEFAULT '',
        lessons TEXT NOT NULL DEFAULT '',
        directions TEXT NOT NULL DEFAULT '',
        UNIQUE (year, period)
    );
    """,
    # 8: the figures a saved narrative was written against (JSON, see core.report_basis),
    # so the report page can warn when they have changed since; NULL for older rows
    """
    ALTER TABLE report_texts ADD COLUMN basis TEXT;
    """,
    # 9: whom a commendation praises: a person or a unit (a collective); with neither it
    # praises its nomination's subject (older rows: only the text, as announced)
    """
    ALTER TABLE commendations ADD COLUMN person_id INTEGER REFERENCES people(id);
    ALTER TABLE commendations ADD COLUMN unit_id INTEGER REFERENCES units(id);
    CREATE INDEX commendations_person ON commendations(person_id);
    CREATE INDEX commendations_unit ON commendations(unit_id);
    """,
    # 10: the day a document was drawn up (its date line, and the day its data were read
    # as of), so verification rebuilds it as of that day even when the print crossed
    # midnight; older rows take the day they were recorded
    """
    ALTER TABLE documents ADD COLUMN printed_on TEXT;
    UPDATE documents SET printed_on = substr(created_at, 1, 10);
    """,
    # 11: one level up. Every file gets a random id of its own, which the packages it
    # sends up carry, so the đảng ủy knows a cell by it whatever the cell is renamed to.
    # A đảng bộ file (settings 'level') keeps its cells and every package received: the
    # newest per cell, year and part is current, each older one points at its successor.
    """
    INSERT OR IGNORE INTO settings (key, value) VALUES ('cell_uid', lower(hex(randomblob(16))));
    CREATE TABLE sub_cells (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        superior TEXT NOT NULL DEFAULT '',
        secretary TEXT NOT NULL DEFAULT '',
        symbol TEXT NOT NULL DEFAULT '',
        term TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE received_packages (
        id INTEGER PRIMARY KEY,
        sub_cell_id INTEGER NOT NULL REFERENCES sub_cells(id),
        year INTEGER NOT NULL,
        part TEXT NOT NULL CHECK (part IN ('nominations', 'plans', 'evaluation', 'report')),
        sequence INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        received_by TEXT NOT NULL DEFAULT '',
        cell_name TEXT NOT NULL,
        file_name TEXT NOT NULL DEFAULT '',
        checksum TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        app_version TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL,
        replaced_by INTEGER REFERENCES received_packages(id),
        UNIQUE (sub_cell_id, year, part, checksum)
    );
    CREATE INDEX received_current ON received_packages(year, part, sub_cell_id, replaced_by);
    """,
    # 12: what the minutes record beyond attendance (core.minutes, JSON lists): the guests
    # (cấp ủy cấp trên dự, khách mời), each agenda item with its presentation and who said
    # what, and each vote; older meetings keep their free-text content
    """
    ALTER TABLE meetings ADD COLUMN guests TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE meetings ADD COLUMN agenda TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE meetings ADD COLUMN votes TEXT NOT NULL DEFAULT '[]';
    """,
    # 13: one number per document (Hướng dẫn 36-HD/VPTW). A document reissued to replace
    # another keeps its number: the old row stays, pointing at its replacement, and only
    # current rows hold a number uniquely. A number may be reserved for a document made
    # outside the app (external). Each later print of the same content is a copy of it.
    """
    ALTER TABLE documents ADD COLUMN replaced_by INTEGER REFERENCES documents(id);
    ALTER TABLE documents ADD COLUMN external INTEGER NOT NULL DEFAULT 0;
    DROP INDEX documents_number;
    CREATE UNIQUE INDEX documents_number ON documents(doc_type, term, number)
        WHERE replaced_by IS NULL;
    CREATE TABLE document_copies (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        printed_at TEXT NOT NULL,
        printed_by TEXT,
        file_type TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX document_copies_document ON document_copies(document_id);
    """,
    # 14: kiểm điểm and xếp loại as Quy định 366-QĐ/TW and Hướng dẫn 43-HD/BTCTW say:
    # the three steps of Điều 12 on the evaluation (self-assessment points, the chi bộ's
    # proposal and the vote of its meeting, the competent level's decision), the criteria
    # frame, task points entered with their source, the units' results of a leader; the
    # chi bộ's earlier "final" classification kept as its proposal; the records the rules
    # need (discipline, conclusions, đình chỉ, long leave, temporary membership); 366
    # with its three frames, the forcing cases and the cap on the right base; proposals
    # recomputed on the next opening (services.evaluation_refresh), a changed one marked
    """
    ALTER TABLE evaluations ADD COLUMN frame TEXT;
    ALTER TABLE evaluations ADD COLUMN task_points REAL;
    ALTER TABLE evaluations ADD COLUMN task_points_source TEXT NOT NULL DEFAULT '';
    ALTER TABLE evaluations ADD COLUMN unit_done_share REAL;
    ALTER TABLE evaluations ADD COLUMN unit_exceeded_share REAL;
    ALTER TABLE evaluations ADD COLUMN unit_on_time_share REAL;
    ALTER TABLE evaluations ADD COLUMN self_general_points REAL;
    ALTER TABLE evaluations ADD COLUMN self_task_points REAL;
    ALTER TABLE evaluations ADD COLUMN cell_level TEXT;
    ALTER TABLE evaluations ADD COLUMN vote_meeting_id INTEGER REFERENCES meetings(id);
    ALTER TABLE evaluations ADD COLUMN votes_for INTEGER;
    ALTER TABLE evaluations ADD COLUMN votes_against INTEGER;
    ALTER TABLE evaluations ADD COLUMN voters INTEGER;
    ALTER TABLE evaluations ADD COLUMN decided_level TEXT;
    ALTER TABLE evaluations ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE evaluations ADD COLUMN decision_number TEXT NOT NULL DEFAULT '';
    ALTER TABLE evaluations ADD COLUMN decision_date TEXT;
    ALTER TABLE evaluations ADD COLUMN proposed_before TEXT;
    ALTER TABLE evaluations ADD COLUMN proposal_changed INTEGER NOT NULL DEFAULT 0;
    UPDATE evaluations SET cell_level = classification;
    CREATE INDEX evaluations_meeting ON evaluations(vote_meeting_id);
    CREATE TABLE person_events (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        kind TEXT NOT NULL
            CHECK (kind IN ('discipline', 'conclusion', 'suspension', 'leave', 'temporary')),
        form TEXT,
        scope TEXT CHECK (scope IS NULL OR scope IN ('party', 'administrative')),
        start_date TEXT,
        end_date TEXT,
        document TEXT NOT NULL DEFAULT '',
        authority TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        comments TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX person_events_person ON person_events(person_id, kind);
    INSERT OR REPLACE INTO settings (key, value) VALUES ('evaluation_refresh', '366-QĐ/TW');
    UPDATE rule_sets SET definition = '
        {
          "excellent_cap": {
            "exceptional_share": 0.25,
            "level": "excellent",
            "of": "good",
            "share": 0.2
          },
          "frames": [
            {
              "bands": [
                {
                  "cite": "Điều 11 k1.1, k1.3",
                  "code": "excellent",
                  "conditions": [
                    {
                      "kind": "unit_done_share",
                      "min": 1.0
                    },
                    {
                      "kind": "unit_exceeded_share",
                      "min": 0.3
                    },
                    {
                      "kind": "remedied_share",
                      "min": 1.0
                    }
                  ],
                  "min": 90.0
                },
                {
                  "cite": "Điều 11 k2.1",
                  "code": "good",
                  "conditions": [
                    {
                      "kind": "unit_done_share",
                      "min": 1.0
                    },
                    {
                      "kind": "unit_on_time_share",
                      "min": 1.0
                    }
                  ],
                  "min": 70.0
                },
                {
                  "cite": "Điều 11 k3.1",
                  "code": "completed",
                  "conditions": [
                    {
                      "kind": "unit_done_share",
                      "min": 1.0
                    },
                    {
                      "kind": "unit_late_share",
                      "max": 0.2
                    }
                  ],
                  "min": 50.0
                },
                {
                  "below": 50.0,
                  "cite": "Điều 11 k4",
                  "code": "not_completed",
                  "conditions": [],
                  "min": null
                }
              ],
              "code": "leader",
              "forced": "not_completed",
              "forcing": [
                {
                  "cite": "Điều 11 k4.1",
                  "kind": "unit_done_share",
                  "under": 0.7
                },
                {
                  "cite": "Điều 11 k4.1",
                  "from": "khien_trach",
                  "kind": "discipline"
                },
                {
                  "cite": "Điều 11 k4.1",
                  "kind": "conclusion",
                  "kinds": [
                    "suy_thoai"
                  ]
                }
              ],
              "form": "2A",
              "label": "Cá nhân giữ chức vụ lãnh đạo, quản lý"
            },
            {
              "bands": [
                {
                  "cite": "Điều 11 k1.2, k1.3",
                  "code": "excellent",
                  "conditions": [
                    {
                      "kind": "done_share",
                      "min": 1.0
                    },
                    {
                      "kind": "on_time_share",
                      "min": 1.0
                    },
                    {
                      "kind": "exceeded_share",
                      "min": 0.3
                    },
                    {
                      "kind": "remedied_share",
                      "min": 1.0
                    }
                  ],
                  "min": 90.0
                },
                {
                  "cite": "Điều 11 k2.2",
                  "code": "good",
                  "conditions": [
                    {
                      "kind": "done_share",
                      "min": 1.0
                    },
                    {
                      "kind": "on_time_share",
                      "min": 1.0
                    }
                  ],
                  "min": 70.0
                },
                {
                  "cite": "Điều 11 k3.2",
                  "code": "completed",
                  "conditions": [
                    {
                      "kind": "done_share",
                      "min": 1.0
                    },
                    {
                      "kind": "late_share",
                      "max": 0.2
                    }
                  ],
                  "min": 50.0
                },
                {
                  "below": 50.0,
                  "cite": "Điều 11 k4",
                  "code": "not_completed",
                  "conditions": [],
                  "min": null
                }
              ],
              "code": "staff",
              "forced": "not_completed",
              "forcing": [
                {
                  "cite": "Điều 11 k4.2",
                  "kind": "conclusion",
                  "kinds": [
                    "suy_thoai",
                    "dieu_cam",
                    "neu_guong"
                  ]
                },
                {
                  "cite": "Điều 11 k4.2",
                  "from": "khien_trach",
                  "kind": "discipline"
                },
                {
                  "cite": "Điều 11 k4.2",
                  "kind": "not_done_share",
                  "over": 0.5
                }
              ],
              "form": "2B",
              "label": "Cá nhân không giữ chức vụ lãnh đạo, quản lý"
            },
            {
              "bands": [
                {
                  "cite": "Điều 11 k1.2, k1.3",
                  "code": "excellent",
                  "conditions": [
                    {
                      "kind": "done_share",
                      "min": 1.0
                    },
                    {
                      "kind": "on_time_share",
                      "min": 1.0
                    },
                    {
                      "kind": "exceeded_share",
                      "min": 0.3
                    },
                    {
                      "kind": "remedied_share",
                      "min": 1.0
                    }
                  ],
                  "min": 90.0
                },
                {
                  "cite": "Điều 11 k2.2",
                  "code": "good",
                  "conditions": [
                    {
                      "kind": "done_share",
                      "min": 1.0
                    },
                    {
                      "kind": "on_time_share",
                      "min": 1.0
                    }
                  ],
                  "min": 70.0
                },
                {
                  "cite": "Điều 11 k3.2",
                  "code": "completed",
                  "conditions": [
                    {
                      "kind": "done_share",
                      "min": 1.0
                    },
                    {
                      "kind": "late_share",
                      "max": 0.2
                    }
                  ],
                  "min": 50.0
                },
                {
                  "below": 50.0,
                  "cite": "Điều 11 k4",
                  "code": "not_completed",
                  "conditions": [],
                  "min": null
                }
              ],
              "code": "outside",
              "forced": "not_completed",
              "forcing": [
                {
                  "cite": "Điều 11 k4.2",
                  "kind": "conclusion",
                  "kinds": [
                    "suy_thoai",
                    "dieu_cam",
                    "neu_guong"
                  ]
                },
                {
                  "cite": "Điều 11 k4.2",
                  "from": "khien_trach",
                  "kind": "discipline"
                },
                {
                  "cite": "Điều 11 k4.2",
                  "kind": "not_done_share",
                  "over": 0.5
                }
              ],
              "form": "2C",
              "label": "Đảng viên không làm việc trong hệ thống chính trị"
            }
          ],
          "general": {
            "max": 30.0
          },
          "levels": [
            {
              "code": "excellent",
              "label": "Hoàn thành xuất sắc nhiệm vụ"
            },
            {
              "code": "good",
              "label": "Hoàn thành tốt nhiệm vụ"
            },
            {
              "code": "completed",
              "label": "Hoàn thành nhiệm vụ"
            },
            {
              "code": "not_completed",
              "label": "Không hoàn thành nhiệm vụ"
            }
          ],
          "points": true,
          "tasks": {
            "late_factor": 0.75,
            "max": 70.0,
            "weights": {
              "done": 1.0,
              "exceeded": 1.0,
              "not_done": 0.0,
              "partly": 0.5
            }
          }
        }
        ' WHERE code = '366-QĐ/TW' AND builtin = 1;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
