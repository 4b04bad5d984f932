"""Package what the spaCy components found in a Doc as an :class:`Extraction`."""
from __future__ import annotations

from dataclasses import replace

from .model import Article, Extraction


def to_extraction(article: Article, doc, view: str | None = None) -> Extraction:
    """What ``doc`` (the model's reading of ``view``, a same-length view of the article's text) found."""
    found = doc._.filmkg
    if found is None:
        return Extraction(article=article)
    entities, facts = found
    if view is not None and view != article.text:
        facts = [replace(f, sentence=article.text[f.start:f.end].strip())
                 if view[f.start:f.end].strip() == f.sentence else f for f in facts]
    return Extraction(article=article, entities=tuple(entities), facts=tuple(facts))
