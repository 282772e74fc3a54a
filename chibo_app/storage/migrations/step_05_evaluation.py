"""Step 5: classification rule sets (data), mid-year reviews, year-end evaluations."""

SQL = """
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
    """
