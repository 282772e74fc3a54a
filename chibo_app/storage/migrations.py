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
]

SCHEMA_VERSION = len(MIGRATIONS)
