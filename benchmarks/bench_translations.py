"""Switching the interface language: installing the English and Vietnamese translators
(compiled .qm cached, as after the first start), against the cost of one QTranslator
load of the same file (the floor). Target: ≤ 20 ms per install, as the suite used to
assert before speed moved out of the tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import best_of  # noqa: E402
from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui.test_translations import interface_in  # noqa: E402

from chibo_app.ui import translations  # noqa: E402

RUNS = 5


def main() -> None:
    app = QApplication.instance() or QApplication([])
    english = translations.qm_path("chibo_en")
    translations.qm_path("qtbase_vi")
    assert english is not None

    def switch_ten_times() -> None:
        for _ in range(10):
            with interface_in("en"), interface_in("vi"):
                pass

    def load_once() -> None:
        QTranslator(app).load(str(english))

    ours = best_of(RUNS, switch_ten_times)
    floor = best_of(RUNS, load_once)
    per_install = ours[1] / 20
    verdict = "ok" if per_install <= 0.02 else "OVER TARGET"
    print(
        f"install one language: {per_install * 1000:.1f} ms; one bare QTranslator load "
        f"{floor[1] * 1000:.1f} ms; ratio {per_install / floor[1]:.1f}; target ≤ 20 ms {verdict}"
    )


if __name__ == "__main__":
    main()
