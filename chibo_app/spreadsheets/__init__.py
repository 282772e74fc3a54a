"""spreadsheets layer. No Qt."""
