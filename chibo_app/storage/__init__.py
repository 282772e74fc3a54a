"""storage layer. No Qt."""
