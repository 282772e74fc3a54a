"""Step 11: one level up. Every file gets a random id of its own, which the packages it
sends up carry, so the đảng ủy knows a cell by it whatever the cell is renamed to.
A đảng bộ file (settings 'level') keeps its cells and every package received: the
newest per cell, year and part is current, each older one points at its successor.
"""

SQL = """
    INSERT OR IGNORE INTO settings (key, value) VALUES ('cell_uid', lower(hex(randomblob(16))));
    CREATE TABLE sub_cells (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        superior TEXT NOT NULL DEFAULT '',
        secretary TEXT NOT NULL DEFAULT '',
        symbol TEXT NOT NULL DEFAULT '',
        term TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE received_packages (
        id INTEGER PRIMARY KEY,
        sub_cell_id INTEGER NOT NULL REFERENCES sub_cells(id),
        year INTEGER NOT NULL,
        part TEXT NOT NULL CHECK (part IN ('nominations', 'plans', 'evaluation', 'report')),
        sequence INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        received_by TEXT NOT NULL DEFAULT '',
        cell_name TEXT NOT NULL,
        file_name TEXT NOT NULL DEFAULT '',
        checksum TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        app_version TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL,
        replaced_by INTEGER REFERENCES received_packages(id),
        UNIQUE (sub_cell_id, year, part, checksum)
    );
    CREATE INDEX received_current ON received_packages(year, part, sub_cell_id, replaced_by);
    """
