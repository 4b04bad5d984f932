"""The trigger words of filmkg's rules, read once from ``patterns/lexicon.json``."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

PATTERNS = Path(__file__).parent / "patterns"

FUNCTION_WORDS = frozenset("of the a an and in on at to for with from de la le du von van der des del y & vs".split())
# Lower-case words allowed inside an unquoted name ("The Keeper of the Keys", "Ana de la Vega");
# "in", "with", "and" are left out: they join two names far more often than they sit in one.
CONNECTORS = frozenset("of the a an on to be de la le du da von van der des del y".split())
# "for" joins a title only before an article ("Requiem for a Dream"); "Title for Studio" is two names.
ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10}


@lru_cache(maxsize=1)
def lexicon() -> SimpleNamespace:
    data = json.loads((PATTERNS / "lexicon.json").read_text(encoding="utf-8"))
    data.pop("_comment", None)
    ns = SimpleNamespace(**{k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()})
    # nouns that may stand right before a film's name: "the 1956 film X", "its 2022 hit X", "the series X"
    ns.naming_nouns = ns.film_nouns | ns.named_film_nouns
    return ns
