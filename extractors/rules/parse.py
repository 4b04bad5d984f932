"""Parse helpers for the rules: ``subject_of`` finds a verb's subject where the small model's
parse hides it (a title subject parsed as a compound, a verb in coordination, "A is in talks to
star", "Studio has set A to direct").
"""
from __future__ import annotations

from spacy.tokens import Token

from ..columns import columns

# Nouns whose "to"-infinitive is done by the holder: "A is in talks to star", "A has a deal to direct".
CONTROL_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "deal",
                           "contract", "agreement", "offer", "line", "frontrunner", "favorite", "favourite"})

SOURCE_LEMMAS = frozenset({"base", "adapt", "draw", "inspire"})  # "based on", "adapted from": a source
ADAPTATION_NOUNS = frozenset({"adaptation", "retelling", "reimagining"})  # (not "remake of", whose object is a film)
# "wrote the screenplay from X", "written by A from X": X is the source (unless X is who wrote it)
WRITING_LEMMAS = frozenset({"write", "pen", "co-write", "cowrite", "screenplay", "script"})


def source_object(noun: Token) -> bool:
    """Is the noun what a film is based on ("based on A's follow-up, Title", "an adaptation of A's novel"): a source,
    not a film?"""
    return noun.dep_ == "pobj" and (
        noun.head.lower_ in ("on", "from") and noun.head.head.lemma_.lower() in SOURCE_LEMMAS
        or noun.head.lower_ == "from" and noun.head.head.lemma_.lower() in WRITING_LEMMAS
        and noun.ent_type_ != "PERSON" and noun.text[:1].isupper()
        or noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ADAPTATION_NOUNS)  # "adaptation of A's epic"


def subject_of(v: Token) -> Token | None:
    """The subject of a verb; the small model often parses a title subject as a compound.

    A verb in coordination ("was written by A, starred B") shares its head verb's subject.
    """
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    subj = subjects[0] if subjects else None
    between = v.doc[subjects[0].i + 1:subjects[-1].left_edge.i] if len(subjects) >= 2 else []
    if len(subjects) >= 2 and subjects[-1].i < v.i and not (
            between and all(t.text in (":", "-", "–") for t in between)
            and subjects[0].text[:1].isupper() and subjects[-1].left_edge.text[:1].isupper()):
        subj = subjects[-1]  # "Before Title the pair directed X": the parser makes both subjects; the nearer is
        # (not "Title: Part Two led ...", one name the parser split at its colon)
    if subj is not None and subj.lower_ == "co" and subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].text == "-":
        # "A co-wrote ...": the tokenizer splits "co-", the parser makes "A co" the subject
        subj = next((c for c in subj.children if c.dep_ == "compound" and c.text[:1].isupper()), subj)
    if subj is not None and subj.pos_ == "PROPN":
        subj = _after_dash(subj)
    if subj is None:
        subj = next((c for c in v.lefts if c.dep_ == "compound" and c.text[:1].isupper()), None)
    if subj is None and v.dep_ == "conj" and v.i >= 2 and v.doc[v.i - 1].pos_ == "PROPN" and v.tag_ in ("VBD", "VBZ"):
        # "A was the director and B composed the score": the parser hangs B on "director"
        k = v.i - 1
        while k > columns(v.doc).sent_start[v.i] and v.doc[k - 1].pos_ == "PROPN":
            k -= 1
        if k > columns(v.doc).sent_start[v.i] and v.doc[k - 1].lower_ in ("and", ",", "while", "whereas", "whilst"):
            return v.doc[v.i - 1]
    to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    if subj is None and to_infinitive and v.dep_ in ("advcl", "xcomp", "ccomp") and v.head.i != v.i:
        # "Studio has set A to direct Title", "hired A to write it": the object does the directing
        obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if obj is not None:
            return obj
    if subj is None and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") and (
            v.dep_ == "conj" or v.dep_ == "xcomp" or (v.dep_ == "advcl" and (v.tag_ == "VBG" or to_infinitive))):
        return subject_of(v.head)  # "A is set to join", "A directs, producing alongside B"
    if subj is None and v.dep_ in ("acl", "relcl") and to_infinitive and v.head.lemma_.lower() in CONTROL_NOUNS:
        holder = v.head  # "A is in talks to star", "A signed a deal to direct": A is who will
        if holder.dep_ == "pobj" and holder.head.head.i != holder.head.i:
            holder = holder.head
        if holder.head.pos_ in ("VERB", "AUX") and holder.dep_ in ("prep", "dobj", "attr"):
            return subject_of(holder.head)
    if subj is None and v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.head.i != v.head.i:
        head = v.head.head  # "A won acclaim for directing Title"
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        return subject_of(head) if head.pos_ in ("VERB", "AUX") else None
    return subj


DASHES = frozenset({"-", "–", "—"})


def _after_dash(subj: Token) -> Token:
    """'4. Title (Studio) - A directs B': a list item's line opens with the film, then a dash and who
    does what; the parser makes the film the subject and the name after the dash its apposition."""
    cols = columns(subj.doc)
    left = subj.left_edge.i
    k = left - 1
    while k >= 0 and (cols.like_num[k] or cols.text[k] in (".", ")")):
        k -= 1  # (the "4." marker)
    if k >= 0 and "\n" not in cols.text[k] and "\n" not in subj.doc[k].whitespace_:
        return subj  # not the line's first words
    named = next((c for c in [*subj.children, *subj.head.children] if c.dep_ in ("appos", "nsubj")
                  and c.pos_ == "PROPN" and c.i > subj.i and c.left_edge.i > 0
                  and cols.text[c.left_edge.i - 1] in DASHES), None)
    return named or subj
