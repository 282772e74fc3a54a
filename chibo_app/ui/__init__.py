"""Qt user interface: the only place PySide6 is imported."""
