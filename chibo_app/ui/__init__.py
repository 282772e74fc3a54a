"""Qt user interface: the only place PySide6 is imported."""

from chibo_app.ui import pyside_import_check

pyside_import_check.install()  # before the interface's own modules are imported
