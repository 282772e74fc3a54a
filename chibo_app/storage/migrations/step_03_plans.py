"""Step 3: years' deadlines and plan reference; personal plans, their tasks and life cycle."""

SQL = """
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
    """
