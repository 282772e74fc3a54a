"""Step 14: kiểm điểm and xếp loại as Quy định 366-QĐ/TW and Hướng dẫn 43-HD/BTCTW say:
the three steps of Điều 12 on the evaluation (self-assessment points, the chi bộ's
proposal and the vote of its meeting, the competent level's decision), the criteria
frame, task points entered with their source, the units' results of a leader; the
chi bộ's earlier "final" classification kept as its proposal; the records the rules
need (discipline, conclusions, đình chỉ, long leave, temporary membership); 366
with its three frames, the forcing cases and the cap on the right base; proposals
recomputed on the next opening (services.evaluation_refresh), a changed one marked.
"""

SQL = """
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
    """
