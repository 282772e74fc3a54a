"""Step 12: what the minutes record beyond attendance (core.minutes, JSON lists): the guests
(cấp ủy cấp trên dự, khách mời), each agenda item with its presentation and who said
what, and each vote; older meetings keep their free-text content.
"""

SQL = """
    ALTER TABLE meetings ADD COLUMN guests TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE meetings ADD COLUMN agenda TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE meetings ADD COLUMN votes TEXT NOT NULL DEFAULT '[]';
    """
