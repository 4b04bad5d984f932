"""Is a fact stated, hedged (rumoured, hoped for, in talks) or negated by the text around it?"""
from __future__ import annotations

from spacy.tokens import Token

from .columns import columns
from .lexicon import lexicon

# Cue words (modals, hedging and negating governors; "hopes" is listed as a surface form too,
# since the small model lemmatises it as "hop") live in patterns/lexicon.json.
# Rules that read a noun phrase ("2014's Title", "A ('Title')") state their fact whatever the
# clause around them says.
PHRASE_METHODS = {"year", "filmography", "possessive", "company", "sequel", "series"}


def modality(trigger: Token, side_tokens: list[Token] = (), method: str = "") -> str:
    """``"stated"``, ``"hedged"`` or ``"negated"`` for a fact found at ``trigger``."""
    for t in side_tokens:
        # "stars A, not B": the negation sits on B alone.
        if t.i > 0 and columns(t.doc).lower[t.i - 1] in ("not", "never") or any(c.dep_ == "neg" for c in t.children):
            return "negated"
    if method in PHRASE_METHODS:
        return "stated"
    # Half of the raw facts share a trigger with another ("A and B star in X"): read each clause once.
    cache = trigger.doc.user_data.setdefault("filmkg_modality", {})
    mood = cache.get(trigger.i)
    if mood is None:
        mood = cache[trigger.i] = _clause_modality(trigger)
    return mood


def _clause_modality(trigger: Token) -> str:
    lex = lexicon()
    if trigger.dep_ in ("acl", "relcl") and trigger.head.lemma_.lower() in CANDIDACY and trigger.head.text.islower():
        return "hedged"  # "A is the frontrunner to direct X", "in line to star": not yet so
    if trigger.dep_ in ("acl", "xcomp") and trigger.head.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in trigger.head.children):
        return "negated"  # "with no plan to bring A back", "has no intention to return"
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
        if i == 0 and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
            return "negated"  # "A and B have no part in Title"
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
    last = chain[-1]
    if last.dep_ == "acl" and last.head.lemma_.lower() in REPORT_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in last.children):
        # "reports that A will direct X were denied", "denied word that A would score X": what is reported
        if last.head.head.lemma_.lower() in lex.negating_governors and last.head.head.pos_ == "VERB":
            return "negated"
        hedged = True  # (a report is not yet a fact)
    if hedged:
        return "hedged"
    if last.dep_ == "relcl" and last.pos_ in ("VERB", "AUX") and last.head.i < last.i:
        # "X is in talks to acquire Title, a western that A will direct": the clause states its own fact
        hedged = _span_hedged(columns(last.doc), last.left_edge.i, last.right_edge.i + 1)
        return "hedged" if hedged else "stated"
    return "hedged" if _sentence_hedged(trigger) else "stated"


REPORT_NOUNS = frozenset({"report", "word", "rumour", "rumor", "claim", "speculation", "suggestion", "story"})
WITHDRAW_VERBS = frozenset({"exit", "quit", "withdraw", "depart", "drop"})
THE_PROJECT = frozenset({"project", "film", "movie", "picture", "role", "production", "it"})


def withdrawn(trigger: Token, names: set[str]) -> bool:
    """'with A attached to star, but A exited last spring': a later clause of the sentence, whose subject
    is the fact's person (by any word of the name), takes the fact back."""
    cols = columns(trigger.doc)
    t = trigger
    while t.head.i != t.i:
        if t.dep_ in ("appos", "relcl", "acl"):
            return False  # "A, her co-star in X, had been lined up but withdrew": the aside still holds
        t = t.head
    for k in range(trigger.i + 1, cols.sent_end[trigger.i]):
        if cols.lemma[k] in WITHDRAW_VERBS and cols.pos[k] == "VERB":
            v = trigger.doc[k]
            while v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children) and v.head.i < v.i:
                v = v.head  # "A had been attached to star but exited": the first verb's subject
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            obj = next((c for c in trigger.doc[k].children if c.dep_ == "dobj"), None)
            if subj is not None and subj.text in names and (obj is None or obj.lower_ in THE_PROJECT):
                return True  # (not "A starred in X, but A quit the sequel")
    return False


TALKS = frozenset({"talks", "negotiations", "discussions"})
CANDIDACY = frozenset({"frontrunner", "front-runner", "favorite", "favourite", "offer", "line", "choice", "contender"})


def _sentence_hedged(tok: Token) -> bool:
    """Cues that hedge the whole sentence of ``tok``: rumours, "in talks", a question. Computed
    once per sentence."""
    cache = tok.doc.user_data.setdefault("filmkg_hedged", {})
    cols = columns(tok.doc)
    start, end = cols.sent_start[tok.i], cols.sent_end[tok.i]
    # "A stars as a radio host; B is reportedly in talks to play her husband": a semicolon ends the rumour
    start = next((k + 1 for k in range(tok.i - 1, start - 1, -1) if cols.text[k] == ";"), start)
    end = next((k for k in range(tok.i + 1, end) if cols.text[k] == ";"), end)
    if start not in cache:
        last = next((w for w in reversed(cols.text[start:end]) if w.strip()), "")
        cache[start] = _span_hedged(cols, start, end) or last.endswith("?")
    return cache[start]


def _span_hedged(cols, start: int, end: int) -> bool:
    lower = cols.lower
    words = set(lower[start:end]) | set(cols.lemma[start:end])
    return bool(words & lexicon().sentence_hedges
                or words & TALKS and any(lower[k] == "in" and any(x in TALKS for x in lower[k + 1:min(k + 3, end)])
                                         for k in range(start, end)))  # "in talks", "in final negotiations"
