"""Step 2: the document register (numbers per type per term, verification codes)."""

SQL = """
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
    """
