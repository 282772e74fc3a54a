"""Step 4: nominations (exemplary individuals, collectives, models) and their status."""

SQL = """
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
    """
