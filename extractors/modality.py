"""Is a fact stated, hedged (rumoured, hoped for, in talks) or negated by the text around it?"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import lexicon

# Cue words (modals, hedging and negating governors; "hopes" is listed as a surface form too,
# since the small model lemmatises it as "hop") live in patterns/lexicon.json.
# Rules that read a noun phrase ("2014's Title", "A ('Title')") state their fact whatever the
# clause around them says.
PHRASE_METHODS = {"year", "filmography", "possessive", "company", "sequel", "series"}


def modality(trigger: Token, side_tokens: list[Token] = (), method: str = "") -> str:
    """``"stated"``, ``"hedged"`` or ``"negated"`` for a fact found at ``trigger``."""
    lex = lexicon()
    for t in side_tokens:
        # "stars A, not B": the negation sits on B alone.
        if t.i > 0 and t.doc[t.i - 1].lower_ in ("not", "never") or any(c.dep_ == "neg" for c in t.children):
            return "negated"
    if method in PHRASE_METHODS:
        return "stated"
    if trigger.dep_ in ("acl", "relcl") and trigger.head.lemma_.lower() in CANDIDACY and trigger.head.text.islower():
        return "hedged"  # "A is the frontrunner to direct X", "in line to star": not yet so
    chain = [trigger]
    t = trigger
    # A relative clause states its own fact: "A, who starred in X, was not asked back" still
    # says A starred in X.
    # So does an adverbial clause: "decided not to return after earning an Oscar for X" still says
    # she earned it.
    while t.head.i != t.i and len(chain) < 6 and not (t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX")) \
            and not (t.dep_ in ("pcomp", "advcl") and t.pos_ == "VERB" and t.tag_ in ("VBG", "VBD")
                     and any(c.lower_ in ("after", "since", "following", "before", "when") for c in
                             [t.head, *t.children])):
        t = t.head
        chain.append(t)
    hedged = False
    for i, t in enumerate(chain):
        kids = list(t.children)
        if any(c.dep_ == "neg" for c in kids) and (t.pos_ in ("VERB", "AUX") or i == 0):
            return "negated"
        if any(c.lower_ in ("longer", "more") and c.dep_ == "advmod" and any(g.lower_ == "no" for g in c.children)
               for c in kids) and (t.pos_ in ("VERB", "AUX") or i == 0):
            return "negated"  # "will no longer direct", "is no longer attached"
        if any(c.dep_ == "csubj" and any(g.dep_ == "neg" for g in c.children) for c in kids):
            return "negated"  # "Not returning is cinematographer A"
        lemma = t.lemma_.lower()
        if i > 0 and lemma in lex.negating_governors and t.pos_ == "VERB":
            return "negated"
        if any(c.lower_ in lex.modals and c.dep_ == "aux" for c in kids):
            hedged = True
        if i > 0 and (lemma in lex.hedge_governors or t.lower_ in lex.hedge_forms):
            hedged = True
        if t.pos_ == "VERB" and t.dep_ in ("ROOT",):
            break
    if hedged:
        return "hedged"
    last = chain[-1]
    if last.dep_ == "relcl" and last.pos_ in ("VERB", "AUX") and last.head.i < last.i:
        # "X is in talks to acquire Title, a western that A will direct": the clause states its own fact
        return "hedged" if _span_hedged(last.doc[last.left_edge.i:last.right_edge.i + 1]) else "stated"
    return "hedged" if _sentence_hedged(trigger.sent) else "stated"


TALKS = frozenset({"talks", "negotiations", "discussions"})
CANDIDACY = frozenset({"frontrunner", "front-runner", "favorite", "favourite", "offer", "line", "choice", "contender"})


def _sentence_hedged(sent) -> bool:
    """Cues that hedge a whole sentence: rumours, "in talks", a question. Computed once per sentence."""
    cache = sent.doc.user_data.setdefault("filmkg_hedged", {})
    if sent.start not in cache:
        cache[sent.start] = _span_hedged(sent) or sent.text.rstrip().endswith("?")
    return cache[sent.start]


def _span_hedged(span) -> bool:
    words = {w.lower_ for w in span} | {w.lemma_.lower() for w in span}
    return bool(words & lexicon().sentence_hedges
                or words & TALKS and any(w.lower_ == "in" and any(x.lower_ in TALKS for x in span.doc[w.i + 1:min(
                    w.i + 3, span.end)]) for w in span))  # "in talks", "in final negotiations"
