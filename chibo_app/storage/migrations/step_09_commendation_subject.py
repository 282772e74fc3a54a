"""Step 9: whom a commendation praises: a person or a unit (a collective); with neither it
praises its nomination's subject (older rows: only the text, as announced).
"""

SQL = """
    ALTER TABLE commendations ADD COLUMN person_id INTEGER REFERENCES people(id);
    ALTER TABLE commendations ADD COLUMN unit_id INTEGER REFERENCES units(id);
    CREATE INDEX commendations_person ON commendations(person_id);
    CREATE INDEX commendations_unit ON commendations(unit_id);
    """
