"""Step 15: an evaluation's reasons (evaluations.explanation) are stored as messages, by
id and values (core/stored_messages.py), and shown in the reader's language. The
sentences stored before are kept word for word as {"text": …} and shown as they are;
the next recomputation of that evaluation stores them as messages. Files of this step
are not opened by an older version, which would show the messages' JSON.
"""

SQL = """
    UPDATE evaluations SET explanation = (
        SELECT json_group_array(json_object('text', value))
        FROM (SELECT value FROM json_each(evaluations.explanation) ORDER BY key)
    )
    WHERE json_valid(explanation) AND json_type(explanation) = 'array'
        AND explanation <> '[]';
    """
