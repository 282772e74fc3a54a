"""Compile every Designer form (forms/*.ui) into chibo_app/ui/generated with pyside6-uic.

Run at install: the README's two commands and the installers' build do. A form whose .ui
changes later is compiled again the first time the app loads it (chibo_app.ui.forms).
"""

from __future__ import annotations

from chibo_app.ui.forms import compile_all

if __name__ == "__main__":
    print(f"{len(compile_all())} forms compiled")
