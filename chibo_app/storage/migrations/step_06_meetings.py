"""Step 6: topics of a year, meetings, their topics, attendance and commendations."""

SQL = """
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
    """
