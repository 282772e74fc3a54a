"""Step 8: the figures a saved narrative was written against (JSON, see core.report_basis),
so the report page can warn when they have changed since; NULL for older rows.
"""

SQL = """
    ALTER TABLE report_texts ADD COLUMN basis TEXT;
    """
