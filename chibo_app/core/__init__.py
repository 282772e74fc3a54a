"""Domain types and rules. No Qt, no SQL."""
