"""The Designer forms compiled by pyside6-uic (chibo_app.ui.forms): generated, not in git."""
