"""Step 7: the narrative of the year report per (year, period), edited by the secretary
(period: the whole year, the first half, or up to a date, remembered in until_date).
"""

SQL = """
    CREATE TABLE report_texts (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        period TEXT NOT NULL CHECK (period IN ('year', 'half', 'until')),
        until_date TEXT,
        results TEXT NOT NULL DEFAULT '',
        shortcomings TEXT NOT NULL DEFAULT '',
        lessons TEXT NOT NULL DEFAULT '',
        directions TEXT NOT NULL DEFAULT '',
        UNIQUE (year, period)
    );
    """
