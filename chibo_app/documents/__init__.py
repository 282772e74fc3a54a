"""documents layer. No Qt."""
