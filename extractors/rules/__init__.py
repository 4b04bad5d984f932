"""Relation rules by family, each a mixin of ``extractors.relations.Reader``.

One module per rule family (the ``method`` a fact carries names its family): ``verbs``
(verb dispatch, crew and release verbs), ``cast``, ``characters``, ``crew`` (crew and craft
nouns), ``filmography`` (a person's credits), ``sequels`` (sequels, series, years, adaptations),
``people`` (siblings and spouses; who a pronoun is), ``companies``, ``surface`` (rules read from
the token surface) and ``focus`` (which film a phrase means). ``base`` holds what several of
them share and ``parse`` the parse helpers. The mixins only call methods on ``self``; the
``Reader`` in ``relations.py`` puts them together with the shared helpers (``emit``,
``person``, ``film``, ...) and runs them.
"""
