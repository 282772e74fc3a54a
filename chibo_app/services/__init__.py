"""services layer. No Qt."""
