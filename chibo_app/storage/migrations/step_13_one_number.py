"""Step 13: one number per document (Hướng dẫn 36-HD/VPTW). A document reissued to replace
another keeps its number: the old row stays, pointing at its replacement, and only
current rows hold a number uniquely. A number may be reserved for a document made
outside the app (external). Each later print of the same content is a copy of it.
"""

SQL = """
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
    """
