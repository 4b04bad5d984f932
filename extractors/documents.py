"""Package what the spaCy components found in a Doc as an :class:`Extraction`."""
from __future__ import annotations

from .model import Article, Extraction


def to_extraction(article: Article, doc) -> Extraction:
    found = doc._.filmkg
    if found is None:
        return Extraction(article=article)
    entities, facts = found
    return Extraction(article=article, entities=tuple(entities), facts=tuple(facts))
