"""What the window keeps for the session is left out of Python's full garbage collections.

A full collection walks every tracked object while holding the GIL. With a party
committee's data in the window (5,000 people: pages of rows, their widgets, the modules)
one took 100–170 ms on whichever thread set it off — mostly a page's load or a PDF on a
background lane — and the GUI thread stood still meanwhile: bench_gui with gc.callbacks
found the year switch's holds of 105–113 ms to be such collections (18–42 ms with this).

So, once they exist, the modules and forms (after the preload) and each page with its
first data are frozen (gc.freeze: moved to a generation the collector never walks; still
freed as usual when their last reference goes). A garbage cycle alive at one of those
moments stays: a few objects, at most once per page and once after the preload.

Only the application turns this on (app.main, and bench_gui which builds the window the
same way): a test process creates and drops hundreds of windows.
"""

from __future__ import annotations

import gc

_enabled = False


def enable() -> None:
    global _enabled
    _enabled = True


def disable() -> None:
    global _enabled
    _enabled = False


def keep_for_the_session() -> None:
    """Everything alive now is the session's: out of the full collections' walk."""
    if _enabled:
        gc.freeze()
