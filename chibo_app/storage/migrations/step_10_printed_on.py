"""Step 10: the day a document was drawn up (its date line, and the day its data were read
as of), so verification rebuilds it as of that day even when the print crossed
midnight; older rows take the day they were recorded.
"""

SQL = """
    ALTER TABLE documents ADD COLUMN printed_on TEXT;
    UPDATE documents SET printed_on = substr(created_at, 1, 10);
    """
