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
# plural nouns that name a family of filmmakers or actors ("the Lidd sisters, A and B")
GROUP_NOUNS = frozenset({"brothers", "sisters", "twins", "siblings"})
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


_COMMON_WORDS: set[str] = set()  # adjectives and adverbs of the loaded model's lemmatizer
_NOUNS: set[str] = set()  # its nouns


def learn_common_words(nlp) -> None:
    """Keep the adjectives and adverbs the model's lemmatizer knows: "Red" or "Bright" opening a name is
    a word ("Red Kite"), however many people are called so."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for pos in ("adj", "adv"):
        if pos in index:
            _COMMON_WORDS.update(index[pos])
    if "noun" in index:
        _NOUNS.update(index["noun"])


def is_common_noun(word: str) -> bool:
    """A noun of the model's lemmatizer ("villain"); names of people and places are among them too."""
    return word.lower() in _NOUNS


def is_given_name(word: str) -> bool:
    """Is ``word`` (any case) a first name of some language, and no common adjective or adverb?"""
    low = word.lower()
    return low in given_names() and low not in _COMMON_WORDS


# Faker's person providers: which lists of first names say which gender ("" for lists that say none)
_NAME_LISTS = (("first_names", ""), ("first_names_nonbinary", ""), ("first_romanized_names", ""),
               ("first_names_male", "m"), ("first_names_female", "f"), ("first_names_male_romanized", "m"),
               ("first_names_female_romanized", "f"))


@lru_cache(maxsize=1)
def _first_names() -> dict[str, frozenset[str]]:
    """Every first name of Faker's locales (lower case) → the genders its gendered lists give it
    (empty when it is only in a list that gives none). Read once: the providers are many modules."""
    try:
        import faker.providers.person as people
    except ImportError:  # pragma: no cover - faker is a declared dependency
        return {}
    import importlib
    import pkgutil

    seen: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{info.name}"), "Provider", None)
        for attr, gender in _NAME_LISTS:
            found = vars(provider).get(attr) if provider is not None else None
            if isinstance(found, (dict, tuple, list, set, frozenset)):
                for n in found:
                    if n[:1].isupper() and n.replace("-", "").isalpha():
                        genders = seen.setdefault(n.lower(), set())
                        if gender:
                            genders.add(gender)
    return {n: frozenset(g) for n, g in seen.items()}


def name_gender(word: str) -> str | None:
    """"f" or "m" when every one of Faker's locales that lists the first name ``word`` for a gender
    lists it for that one only; else None ("Andrea", "Sasha", unknown names).

    >>> name_gender("Margaret"), name_gender("Bertram"), name_gender("Zxqv")
    ('f', 'm', None)
    """
    genders = _first_names().get(word.lower(), frozenset())
    return next(iter(genders)) if len(genders) == 1 else None


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names of many languages (lower case), from Faker's person providers.

    NER calls many unfamiliar full names companies ("Hebe Tarrant-Vosk" as ORG); a known first
    name is the general evidence that it is a person. Without Faker the set is empty and NER
    decides alone.
    """
    return frozenset(_first_names())
