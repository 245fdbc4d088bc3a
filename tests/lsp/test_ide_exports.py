"""engine.ide's lazy exports stay functions even after their modules were
imported directly (a submodule named like an export would shadow it)."""

import importlib
import pkgutil

import engine.ide as ide


def test_no_submodule_is_named_like_an_export():
    modules = {m.name for m in pkgutil.iter_modules(ide.__path__)}
    assert modules.isdisjoint(ide.__all__), modules & set(ide.__all__)


def test_exports_after_importing_every_submodule():
    for m in pkgutil.iter_modules(ide.__path__):
        importlib.import_module(f"engine.ide.{m.name}")
    for name in ide.__all__:
        assert not hasattr(getattr(ide, name), "__path__")
        assert type(getattr(ide, name)).__name__ != "module", name
