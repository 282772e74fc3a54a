"""The table of what `verify` can rebuild: written out in services/verification, one
entry per printing service, none lost or claimed twice."""

import importlib
import pkgutil

from chibo_app import services
from chibo_app.services import documents, verification


def _declaring_modules():
    for info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"chibo_app.services.{info.name}")
        if hasattr(module, "VERIFY_SOURCES"):
            yield module


def test_every_service_declaring_sources_is_in_the_table():
    declared = {}
    for module in _declaring_modules():
        for key, source in module.VERIFY_SOURCES.items():
            assert key not in declared, f"{key} claimed by {module.__name__} and {declared[key]}"
            declared[key] = module.__name__
            assert verification.SOURCES.get(key) is source, (key, module.__name__)
    assert set(declared) == set(verification.SOURCES)


def test_every_type_the_app_prints_can_be_checked():
    checked = {doc_type for doc_type, _subject in verification.SOURCES}
    # KH (a plan of the cell) is never printed by the app: only numbers reserved for one
    # made outside it are of that type.
    assert set(documents.DOC_TYPE_NAMES) - checked == {"KH"}
