"""The Examples in the library's docstrings run, so what they show stays true."""
import doctest
import importlib
import pkgutil

import pytest

import extractors
import graph

MODULES = sorted(m.name for pkg in (extractors, graph)
                 for m in pkgutil.walk_packages(pkg.__path__, prefix=f"{pkg.__name__}.")
                 if not m.name.rsplit(".", 1)[-1].startswith("_"))  # (the rule modules too)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed"
