"""Step 1: cell settings, units, people, positions, years, change history."""

SQL = """
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
    """
