"""Rules over the token sequence, for the credit blocks the small parser gets wrong.

"Directed by A and written by B, Title stars C, D and E" is common in film news and often
parsed as one long noun phrase; these rules read such lines left to right instead.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import lexicon
from .titles import name_run, title_span, tokens_among

STAR_WORDS = {"stars": "verb", "starred": "verb", "co-stars": "verb", "costars": "verb", "co-starred": "verb",
              "features": "verb", "featured": "verb", "starring": "participle", "co-starring": "participle",
              "featuring": "participle"}


ROLE_WORDS = {"director", "cinematographer", "editor", "composer", "producer", "producers", "writer", "writers",
              "screenwriter", "filmmaker", "filmmakers", "actor", "actress", "newcomer", "veteran", "star",
              "co-star", "helmer", "dp", "musician", "author", "novelist", "studio", "streamer"}
PERSON_NOUNS = {"actor", "actress", "newcomer", "star", "veteran", "comedian", "singer", "rapper", "player",
                "performer", "musician", "model", "icon", "legend"}
# the lexicon's film nouns, less the ones that name a stage of work ("project", "release", "entry"), plus "short"
FILM_NOUNS = (set(lexicon().film_nouns) - {"project", "release", "entry", "chapter", "outing", "installment",
                                           "instalment", "follow-up"}) | {"short"}
ANAPHORS = {"film", "movie", "sequel", "prequel", "picture", "feature", "project", "it"}


def cast_parts(doc: Doc, people: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """The character each listed actor plays, when the list says so: "A (Mina)", "A as Mina"."""
    parts = {}
    for run in people:
        j = run[1]
        if j + 1 < len(doc) and doc[j].text == "(":
            inner = name_run(doc, j + 1, allow_connectors=False, max_len=5)
            if inner and inner[0] == j + 1 and inner[1] < len(doc) and doc[inner[1]].text == ")" \
                    and not doc[j + 1].like_num:
                parts[run] = inner
        elif j + 1 < len(doc) and doc[j].lower_ == "as" and doc[j + 1].text[:1].isupper():
            inner = name_run(doc, j + 1, allow_connectors=False, max_len=5)
            if inner and inner[0] == j + 1:
                parts[run] = inner
    return parts


def _described_film(doc: Doc, end: int) -> bool:
    """Is the name ending at ``end`` followed by ", the ... film/debut" (a film's description)?"""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an", "his", "her",
                                                                                   "their"):
        return False
    for k in range(end + 2, min(end + 7, doc[end].sent.end)):
        if doc[k].text in (",", ";", "(") or doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
            return False
        if (doc[k].lemma_.lower() in FILM_NOUNS or doc[k].lower_ in ("debut", "documentary", "feature")) \
                and not (k + 1 < len(doc) and doc[k + 1].tag_ == "POS"):  # not "the film's breakout"
            return True
    return False


def people_list(doc: Doc, i: int, limit: int = 40) -> list[tuple[int, int]]:
    """Name runs from token ``i`` on: "A, B, C, and D" (stops at the first thing that is not a name).

    A bracketed note or an "as Character" after a name is skipped (``cast_parts`` reads them).
    """
    out: list[tuple[int, int]] = []
    end_limit = min(len(doc), doc[i].sent.end if i < len(doc) else len(doc), i + limit * 4)
    j = i
    while j < end_limit and len(out) < limit:
        run = name_run(doc, j, allow_connectors=False, max_len=5)
        if run is None or run[0] != j:
            break
        ext = name_run(doc, j) if out else run  # "..., Title of the Seas stars A": with its small words
        end = max(run[1], ext[1]) if ext is not None else run[1]
        if end < len(doc) and (doc[end].pos_ in ("VERB", "AUX") or doc[end].lower_ in STAR_WORDS) \
                and not doc[end].is_punct:
            break  # "..., Title stars A": that name starts a new clause (tagged a noun or not)
        if run[1] < len(doc) and doc[run[1]].text in ("'s", "’s", "'", "’"):
            break  # "featuring A's cinematography": A owns the next noun, A is not listed
        if out and _described_film(doc, run[1]):
            break  # "starring A, and Title, the debut of B": the list has ended, a film follows
        if run[1] + 2 < len(doc) and doc[run[1]].lower_ == "as" and (
                doc[run[1] + 1].lower_ in ROLE_WORDS or doc[run[1] + 1].lower_ in ("a", "an", "the")
                and doc[run[1] + 2].lower_ in ROLE_WORDS - {"actor", "actress", "star", "co-star"}):
            break  # "featured A as the cinematographer": a credit, not a cast member
        j = run[1]
        if j + 1 < end_limit and doc[j].text == "," and doc[j + 1].text.rstrip(".") in ("Jr", "Sr", "II", "III"):
            j += 2  # "Harry Lane, Jr." is one name
            run = (run[0], j)
            if j < end_limit and doc[j].text == ".":
                j += 1
        out.append(run)
        # "A (Character)" — skip a bracketed note after a name
        if j < end_limit and doc[j].text == "(":
            close = next((k for k in range(j, min(end_limit, j + 12)) if doc[k].text == ")"), None)
            if close is None:
                break
            j = close + 1
        elif j + 1 < end_limit and doc[j].lower_ == "as" and doc[j + 1].text[:1].isupper():
            part = name_run(doc, j + 1, allow_connectors=False, max_len=5)  # "A as Character, B as ..."
            if part is None:
                break
            j = part[1]
        elif j + 2 < end_limit and doc[j].lower_ == "as" and doc[j + 1].lower_ in ("a", "an", "the", "his", "her",
                                                                                    "their"):
            k = j + 2  # "A as a retired boxer and B as his daughter": skip the description
            while k < min(end_limit, j + 8) and doc[k].text not in (",", ";") and doc[k].lower_ not in ("and", "while"):
                k += 1
            j = k
        if j + 1 < end_limit and doc[j].text == "," and doc[j + 1].lower_ in ("who", "whose"):
            # "A, who plays the driver, and B": past the relative clause to the next name
            close = next((k for k in range(j + 2, min(end_limit - 2, j + 16)) if doc[k].text == ","
                          and doc[k + 1].lower_ == "and" and doc[k + 2].text[:1].isupper()), None)
            if close is None:
                break
            j = close
        if j < end_limit and doc[j].text in (",", "&"):
            j += 1
        if j < end_limit and doc[j].lower_ in ("and", "&"):
            j += 1
        if j < end_limit and doc[j].lower_ in ("not",):
            break
        k = j  # "and veteran character actor B": a description of the next name
        while k < min(end_limit, j + 4) and doc[k].text.islower() and doc[k].pos_ in ("ADJ", "NOUN"):
            k += 1
        if j < k < end_limit and doc[k - 1].lower_ in PERSON_NOUNS and doc[k].text[:1].isupper():
            j = k
        if j >= end_limit or doc[j].is_punct:
            break
    return out


def star_sequences(doc: Doc):
    """Yield (film run, [person runs], trigger index, after a relative clause) for 'Title stars A, B',
    'Title, starring A' and 'Title, which ..., starred A'."""
    for tok in tokens_among(doc, (*STAR_WORDS, "star")):
        kind = STAR_WORDS.get(tok.lower_)
        split_co = tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "co"
        if tok.lower_.startswith("star") and split_co:
            kind = "participle" if tok.lower_ == "starring" else "verb"  # "will co-star A", split as "co - star"
            tok = doc[tok.i - 2]  # read the clause before "co-"
            k_shift = 2
        else:
            k_shift = 0
        if kind is None or tok.i + 1 + k_shift >= len(doc):
            continue
        relative = False
        start = tok.i + 1 + k_shift
        if kind == "participle" and start < len(doc) - 1 and doc[start].lower_ in ("are", "is", "were", "was"):
            start += 1  # "Also starring are A and B"
        while start < len(doc) - 1 and doc[start].lower_ in ROLE_WORDS | PERSON_NOUNS | {
                "actors", "actresses", "the", "stars", "alongside", "voice", "voices", "of", "presenter", "host"}:
            start += 1  # "stars actor A", "stars the actors A and B"
        if start + 2 < len(doc) and doc[start].tag_ == "JJ" and doc[start].text.islower() and \
                doc[start + 1].lower_ in ("actor", "actress", "star", "newcomer"):
            start += 2  # "starred infamous actor, A"
        if start + 1 < len(doc) and doc[start].text == "," and doc[start - 1].lower_ in ("actor", "actress"):
            start += 1
        people = people_list(doc, start)
        if not people:
            continue
        tail = _after_parts(doc, people[-1][1])
        if tail + 2 < len(doc) and doc[tail].text == "," and doc[tail + 1].lower_ in ("with", "alongside") \
                and doc[tail + 2].text[:1].isupper():
            people += people_list(doc, tail + 2)  # "stars A as X, with B as Y"
        k = tok.i - 1
        if kind == "participle":
            if k >= 0 and doc[k].text == ",":
                k -= 1
                if k >= 0 and doc[k].lower_ in ANAPHORS - {"it"} and doc[k].text.islower():
                    yield None, people, tok.i, False  # "Vale's sequel, starring A": the film in focus
                    continue
            else:
                yield None, people, tok.i, False  # "a 1956 film written by A starring B": the film in focus
                continue
        if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(" and doc[k - 1].like_num:
            k -= 3  # "Title (1927) starred A"
        if k >= 0 and (doc[k].lower_ in ("film", "movie", "sequel", "picture", "feature") or doc[k].lower_ == "it"
                       and (k == 0 or doc[k - 1].is_punct or doc[k - 1].lower_ == "and")) and kind == "verb":
            yield None, people, tok.i, False  # "The film stars A": the film in focus
            continue
        if k >= 0 and doc[k].text == "," and kind == "verb":
            # "Title, which was directed by A, starred B": step back over the relative clause
            j = k - 1
            while j > doc[tok.i].sent.start and not (doc[j].lower_ in ("which", "that") and doc[j - 1].text == ","):
                j -= 1
            if j > doc[tok.i].sent.start and doc[j].lower_ in ("which", "that"):
                k = j - 2
                relative = True
                if k >= 1 and doc[k].text.islower() and doc[k].lemma_.lower() in FILM_NOUNS and any(
                        doc[d].lower_ in ("the", "this") for d in range(max(0, k - 4), k)):
                    yield None, people, tok.i, False  # "the prison break film, which ... will co-star A"
                    continue
        if kind == "verb" and not relative and k >= 0 and doc[k].text != ",":
            # "X, which Deadline learned will co-star A": a relative clause with no comma before the verb
            j = k
            while j > doc[tok.i].sent.start and doc[j].text != "," and not (
                    doc[j].lower_ in ("which", "that") and doc[j - 1].text == ","):
                j -= 1
            if j > doc[tok.i].sent.start + 1 and doc[j].lower_ in ("which", "that") and doc[j - 1].text == ",":
                n = j - 2
                if doc[n].text.islower() and doc[n].lemma_.lower() in FILM_NOUNS and any(
                        doc[d].lower_ in ("the", "this") for d in range(max(0, n - 4), n)):
                    yield None, people, tok.i, False
                    continue
                named = name_run(doc, n)
                if named is not None and named[1] == n + 1:
                    yield named, people, tok.i, True  # "Title, which Deadline learned will co-star A"
                    continue
        if kind == "verb" and _definite_film_subject(doc, tok.i):
            yield None, people, tok.i, False  # "The streamer's adaptation of A's novel stars B"
            continue
        film = name_run(doc, k) if k >= 0 else None
        if film is not None and film[1] - film[0] == 1 and doc[film[0]].pos_ in ("ADJ", "ADV", "DET", "PRON") \
                and tok.pos_ == "NOUN":
            continue  # "Original stars A and B": the stars of a film, not a film called "Original"
        if film is None or film[1] != k + 1:
            if kind == "verb" and tok.i > doc[tok.i].sent.start + 2 and doc[tok.i - 1].lower_ in (",", "and"):
                yield "subject", people, tok.i, False  # "Title was directed by A, and starred B"
            continue
        yield film, people, tok.i, relative


def _after_parts(doc: Doc, j: int) -> int:
    """Past an "as <part>" or "as a <description>" that follows a listed name."""
    if j + 1 < len(doc) and doc[j].lower_ == "as":
        k = j + 1
        while k < min(len(doc), j + 8) and doc[k].text not in (",", ";", ".") and doc[k].lower_ != "and":
            k += 1
        return k
    return j


def _definite_film_subject(doc: Doc, i: int) -> bool:
    """Does the sentence open on "the/its <film noun>" that is the subject of the verb at i (no finite
    verb between)?"""
    sent = doc[i].sent
    noun = next((k for k in range(sent.start, min(i, sent.start + 6)) if doc[k].text.islower()
                 and doc[k].lemma_.lower() in FILM_NOUNS), None)
    if noun is None or not any(doc[d].lower_ in ("the", "this", "its", "their", "his", "her") or doc[d].tag_ == "POS"
                               for d in range(sent.start, noun)):
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[noun + 1:i])


def by_phrases(doc: Doc, words: dict[str, str]):
    """Yield (relation, [person runs], trigger index, film) for '<participle> by A and B'.

    The film is a name run, ``"focus"`` (the film in focus: "The film was directed by A") or
    ``"subject"`` (the subject of the sentence, left to the parse) or None.
    """
    last = None  # (end of the previous by-list, its film) in this sentence
    for tok in tokens_among(doc, words):
        rel = words.get(tok.lower_)
        if rel is None or tok.i + 2 >= len(doc):
            continue
        by = tok.i + 1
        if by + 2 < len(doc) and doc[by].lower_ == "in" and doc[by + 1].ent_type_ in ("GPE", "LOC") \
                and doc[by + 2].lower_ == "by":
            by += 2  # "made in Britain by Studio"
        if doc[by].lower_ != "by":
            continue
        start = by + 1
        while start < len(doc) - 1 and (doc[start].lower_ in ROLE_WORDS and not (doc[start].text.istitle()
                                                                        and doc[start].lower_ in ("studio", "streamer"))
                                        or doc[start].lower_ in ("the", "a", "both", "either")
                                        or doc[start].ent_type_ == "NORP" and doc[start + 1].lower_ in ROLE_WORDS):
            start += 1  # "shot by cinematographer A", "distributed by both A and B", "by Nigerian filmmaker A"
        owner = name_run(doc, start, allow_connectors=False, max_len=4) if start < len(doc) else None
        if owner is not None and owner[0] == start and owner[1] + 2 < len(doc) and doc[owner[1]].text in ("'s", "’s"):
            k = owner[1] + 1  # "directed by Park's mentor, Carl Young": the name after the description
            while k < len(doc) and doc[k].text.islower() and k - owner[1] <= 4:
                k += 1
            if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text[:1].isupper():
                start = k + 1
        people = people_list(doc, start)
        if not people:
            continue
        rels = [rel]
        if tok.i >= 2 and doc[tok.i - 1].lower_ in ("and", "&", "/") and doc[tok.i - 2].lower_ in words:
            rels.insert(0, words[doc[tok.i - 2].lower_])  # "written and directed by A"
        film = None
        if last is not None and last[0] <= tok.i and doc[last[0]].sent.start == tok.sent.start and all(
                t.is_punct or t.lower_ in words or t.lower_ in ("and", "also", "was", "is", "then", "later")
                for t in doc[last[0]:tok.i]):
            film = last[1]  # "written by A, directed by B and produced by C": one film for the list
        if film is None:
            film = _film_for_by(doc, tok.i, people[-1][1], words)
        last = (people[-1][1], film)
        for r in rels:
            yield r, people, tok.i, film


def _opening_clause(doc: Doc, i: int, words: dict[str, str]) -> bool:
    """Is token i inside a participle clause that opens its sentence ("Directed by A and written by B, ...")?"""
    sent = doc[i].sent
    first = sent.start
    if doc[first].lower_ in ("both", "also"):
        first += 1
    if doc[first].lower_ not in words:
        return False
    for t in doc[first:i]:
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in words:
            return False
    return True


def _film_for_by(doc: Doc, i: int, after: int, words: dict[str, str]):
    sent = doc[i].sent
    if _opening_clause(doc, i, words):
        j = after
        while j < sent.end:
            if doc[j].text == ",":
                run = name_run(doc, j + 1) if j + 1 < sent.end else None
                if run and run[0] == j + 1:
                    nxt = doc[j + 1]
                    if nxt.lower_ in words:  # another participle of the same clause
                        j += 1
                        continue
                    return run
            j += 1
        return None
    # "Title, directed by A" / "Title (directed by A)" / "Title was directed by A"
    k = i - 1
    relative = False  # "Title, which was directed by A": "which" points at a thing, not a person
    while k > sent.start and doc[k].lower_ in ("was", "is", "were", "be", "been", "being", "will", "has", "had",
                                               "also", "and", "are", "originally", "to", "later", "then",
                                               "which", "that", "jointly", "both", "co") \
            or doc[k].text in ("'s", "’s") and doc[k].pos_ == "AUX":  # "It's edited by A"
        relative = relative or doc[k].lower_ == "which"
        k -= 1
    if k > sent.start and doc[k].text == ",":
        # "Title, which runs 83 minutes, was produced by A": step back over the relative clause
        j = k - 1
        while j > sent.start and not (doc[j].lower_ in ("which", "that") and doc[j - 1].text == ","):
            j -= 1
        if j > sent.start and doc[j].lower_ in ("which", "that") and j < k - 1:
            k = j - 1
            relative = True
    if k >= sent.start and doc[k].text == ")":  # "Title (2012) was directed by A"
        while k > sent.start and doc[k].text != "(":
            k -= 1
        k -= 1
    if k >= sent.start and doc[k].text in (",", "("):
        k -= 1
    if k > sent.start + 2 and doc[k].text.islower() and doc[k].lemma_.lower() in FILM_NOUNS:
        # "Title, a thriller written by A" / "Title, a 2019 drama directed by A": the title before the apposition
        j = k - 1
        while j > sent.start and (doc[j].text.islower() or doc[j].like_num or doc[j].text == "-"
                                  or doc[j + 1].text == "-" and not doc[j].whitespace_
                                  or doc[j].text[:1].isupper() and doc[j - 1].lower_ in ("a", "an")
                                  and doc[j + 1].text[:1].isupper()
                                  or doc[j].text[:1].isupper() and doc[j - 1].text[:1].isupper()
                                  and doc[j - 2].lower_ in ("a", "an")) \
                and doc[j].text not in (",", "("):
            j -= 1  # (also "a Warsaw-set family saga", "a Gilded Age drama")
        if doc[j].text == "," and j > sent.start and doc[j + 1].lower_ in ("a", "an", "the"):
            end = j
            if doc[end - 1].text == ")":  # "Title (dir. A), a saga written by B"
                end = next((p for p in range(end - 2, max(sent.start, end - 10), -1) if doc[p].text == "("), end)
            run = name_run(doc, end - 1)
            j = end
            if run is not None and run[1] == j and not (run[0] > 0 and doc[run[0] - 1].lower_ in ("by", "and", "&")):
                return run  # (not "Produced by A and B, the film was shot by C")
    definite = k >= sent.start and doc[k].text.islower() and doc[k].lemma_.lower() in FILM_NOUNS and any(
        doc[d].lower_ in ("the", "this") and all(t.text.islower() or t.text == "-" for t in doc[d + 1:k])
        for d in range(max(sent.start, k - 3), k))  # "The disaster epic, directed by A"
    if k >= sent.start and (doc[k].lower_ in ANAPHORS or definite):
        if doc[k].lower_ in ("sequel", "prequel") and k > sent.start and doc[k - 1].text[:1].isupper():
            return None  # "The Title sequel is being written by A": a film not yet named
        return "focus"
    run = name_run(doc, k) if k >= sent.start else None
    if k >= sent.start and (run is None or run[1] != k + 1):
        run = title_span(doc, k, forward=False)
    if run and run[0] >= sent.start + 4 and doc[run[0] - 1].lower_ == "to" and doc[run[0] - 2].lower_ in (
            "sequel", "prequel", "follow-up", "spinoff"):
        # "Title 2, the sequel to Title, was directed by A": the sequel is the subject
        j = run[0] - 3
        while j > sent.start and doc[j].text != ",":
            j -= 1
        outer = name_run(doc, j - 1) if j > sent.start and doc[j].text == "," else None
        if outer is not None and outer[1] == j:
            return outer
        return None
    if run and run[1] == k + 1 and any(t.is_alpha and t.text[0].isupper() for t in doc[run[0]:run[1]]):
        before = doc[run[0] - 1] if run[0] > sent.start else None
        if before is not None and before.lower_ in ("a", "an") and doc[run[1] - 1].lower_ in ANAPHORS:
            return "subject"  # "Title is an HBO Film directed by A": a brand, not the title
        place = doc[run[0]].ent_type_ in ("GPE", "LOC", "FAC") and before is not None and before.pos_ == "ADP"
        if not relative and (place or doc[run[0]].ent_type_ in ("NORP", "DATE", "TIME", "PERSON")) \
                or doc[run[0]].tag_ == "VBG":
            return "subject"  # "... in Paris, produced by A": a place is no film
        if run[0] - 1 >= sent.start and (doc[run[0] - 1].lower_ in ("by", "starring", "featuring", "with", "and")
                                         or doc[run[0] - 1].lower_ in words):
            return "subject"  # the end of another list ("starring A was ..."), not a film
        return run
    return "subject"


def title_list(doc: Doc, i: int, limit: int = 20) -> list[tuple[int, int, str | None]]:
    """Titles listed from token ``i`` on: "X (1999), Y and Z (2004)" → (start, end, year)."""
    out: list[tuple[int, int, str | None]] = []
    sent_end = doc[i].sent.end if i < len(doc) else len(doc)
    j = i
    while j < sent_end and len(out) < limit:
        if out and doc[j].lower_ in ("the", "a", "an", "his", "her", "their"):
            # "..., and the Oscar-nominated 'Title'": words before a quoted title are no part of it
            q = next((k for k in range(j + 1, min(j + 6, sent_end)) if doc[k].text in ("'", "‘", "“", '"')), None)
            if q is not None and all(t.is_alpha or t.text == "-" for t in doc[j + 1:q]):
                j = q
        while j < sent_end and doc[j].text in ('"', "'", "“", "‘", "’", "”"):
            j += 1
        if j >= sent_end:
            break
        if out and doc[j].lower_ in ("the", "a", "an", "his", "her", "their") and doc[j - 1].lower_ in ("and", "or"):
            # "... and the Sundance drama Title": a description, then the title
            d = next((k for k in range(j + 1, min(j + 5, sent_end - 1)) if doc[k].text.islower()
                      and doc[k].lemma_.lower() in FILM_NOUNS and doc[k + 1].text[:1].isupper()), None)
            if d is not None and all(t.is_alpha or t.text == "-" for t in doc[j + 1:d]):
                j = d + 1
        span = title_span(doc, j)
        if span is None or span[0] != j or any(t.like_num and len(t.text) > 4 for t in doc[span[0]:span[1]]):
            break  # (not "IMDb ID 0004319")
        end = span[1]
        for k in range(j + 1, end - 2):  # "Title and the Sundance drama Title": two items
            if doc[k].lower_ == "and" and doc[k + 1].lower_ in ("the", "a", "an") and any(
                    t.text.islower() and t.lemma_.lower() in FILM_NOUNS for t in doc[k + 2:min(k + 6, sent_end)]):
                end = k
                break
        year = None
        k = end
        while k < sent_end and doc[k].text in ('"', "'", "”", "’", ","):
            k += 1
            if doc[k - 1].text == ",":
                k -= 1
                break
        if k + 2 < sent_end and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].like_num \
                and len(doc[k + 1].text) == 4:
            year = doc[k + 1].text
            k += 3
            if k < sent_end and doc[k].text == "(":  # "Title (1976) (for which he won ...)"
                close = next((c for c in range(k, min(k + 25, sent_end)) if doc[c].text == ")"), None)
                k = close + 1 if close is not None else k
        out.append((span[0], end, year))
        j = k
        comma = j < sent_end and doc[j].text == ","
        if comma:
            j += 1
            while j < sent_end and doc[j].text in ("’", "”", "'", '"'):
                j += 1  # "‘Title,’ and ...": the closing quote after the comma
        if j < sent_end and doc[j].lower_ in ("and", "or", "&"):
            j += 1
        elif j < sent_end and out and not comma:
            break
    return out


STAR_LINE_WORDS = frozenset({"stars", "co-stars", "costars", "plays", "starred", "played", "appears", "appeared",
                             "acted", "acts"})


def person_star_lines(doc: Doc):
    """Yield (person run, trigger index, film run or None) for 'A stars in Title', 'A ('X') co-stars
    as a rival' and 'A plays a rival' (no film named: the film in focus)."""
    for tok in tokens_among(doc, STAR_LINE_WORDS):
        if tok.i + 2 >= len(doc):
            continue
        film = None
        if doc[tok.i + 1].lower_ == "in":
            j = tok.i + 2
            if doc[j].lower_ in ("the", "this", "a"):
                n = j + 1  # "the film", "the 1956 film", "the 1984 horror movie"
                while n < min(len(doc), j + 5) and (doc[n].like_num or doc[n].text[:1].islower()) \
                        and doc[n].lower_ not in ("film", "movie"):
                    n += 1
                if n < len(doc) and doc[n].lower_ in ("film", "movie"):
                    j = n + 1
                    if j >= len(doc) or not doc[j].text[:1].isupper():
                        film = "focus"  # "A played in the movie"
            if film is None:
                film = title_span(doc, j) if j < len(doc) and doc[j].text[:1].isupper() else None
                if film is None or film[0] != j:
                    continue
        elif tok.lower_ not in ("stars", "co-stars", "costars", "plays") or \
                doc[tok.i + 1].lower_ not in ("as", "opposite", "alongside", "a", "an", "the", "one"):
            continue
        k = tok.i - 1
        if k >= 1 and doc[k].text == "-" and doc[k - 1].lower_ == "co":
            k -= 2
        if k >= 0 and doc[k].text == ")":
            while k >= 0 and doc[k].text != "(":
                k -= 1
            k -= 1
        if k > 0 and doc[k].text == ",":  # "A, born in 1897, stars in", "A, 45, stars in"
            j = next((j for j in range(k - 1, max(doc[tok.i].sent.start, k - 10) - 1, -1) if doc[j].text == ","), None)
            k = j - 1 if j is not None else -1
        if k < 0:
            continue
        run = name_run(doc, k, allow_connectors=False, max_len=4)
        if run and run[1] == k + 1 and run[1] - run[0] >= 2 and (
                doc[run[0]].ent_type_ == "PERSON" or film not in (None, "focus") and tok.lower_ in ("stars", "starred")
                and doc[run[0]].ent_type_ in ("ORG", "") and all(t.is_title for t in doc[run[0]:run[1]])):
            yield run, tok.i, film  # the small model often tags "A stars in" as an organisation


PLAYED = {"played", "portrayed", "essayed", "voiced"}


def played_by_brackets(doc: Doc):
    """Yield (character run, person run, trigger index) for 'Name (played by A)' / 'Name, played by A,'."""
    for tok in tokens_among(doc, PLAYED):
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "by":
            continue
        k = tok.i - 1
        if k >= 0 and doc[k].text in ("(", ","):
            k -= 1
        else:
            continue
        char = name_run(doc, k, allow_connectors=False, max_len=5) if k >= 0 else None
        people = people_list(doc, tok.i + 2, limit=3)
        if char and char[1] == k + 1 and people:
            yield char, people[0], tok.i


CREW_FORMS = {"write": "P58", "writes": "P58", "wrote": "P58", "co-write": "P58", "co-wrote": "P58", "pen": "P58",
              "penned": "P58", "direct": "P57", "directs": "P57", "directed": "P57", "helm": "P57", "helms": "P57",
              "helmed": "P57", "co-direct": "P57", "co-directed": "P57", "produce": "P162", "produces": "P162",
              "produced": "P162", "co-produce": "P162", "co-produced": "P162", "score": "P86", "scored": "P86",
              "edit": "P1040", "edited": "P1040", "shoot": "P344", "shot": "P344"}


# What may open such a chain: a crew verb, "star in", or "executive" before "produce".
PAIR_FORMS = {**CREW_FORMS, "star": "P161", "stars": "P161", "starred": "P161", "executive": None}


def crew_verb_pairs(doc: Doc):
    """Yield ([relations], first verb index, title run) for '(to) write and direct Title', 'wrote, directed
    and produced Title': the small parser often reads the second verb as an adjective of the title."""
    for tok in tokens_among(doc, PAIR_FORMS):
        first = PAIR_FORMS.get(tok.lower_)
        if tok.lower_ == "executive" and tok.i + 1 < len(doc):
            first = CREW_FORMS.get(doc[tok.i + 1].lower_)  # "executive produce"
        if first is None or tok.i + 3 >= len(doc) or (tok.i > 0 and doc[tok.i - 1].lower_ in PAIR_FORMS):
            continue
        rels, j = [first], tok.i + 1 + (tok.lower_ == "executive")
        if first == "P161":
            if doc[j].lower_ != "in":
                continue
            j += 1  # "star in and executive produce Title"
        while j + 1 < len(doc) and doc[j].text in (",", "and", "&") and (
                doc[j + 1].lower_ in CREW_FORMS or doc[j + 1].lower_ in ("and", "executive")):
            j += 1
            if doc[j].lower_ == "and":
                continue
            if doc[j].lower_ == "executive":
                if j + 1 >= len(doc) or doc[j + 1].lower_ not in CREW_FORMS:
                    break
                j += 1
            rels.append(CREW_FORMS[doc[j].lower_])
            j += 1
        if len(rels) < 2 or j >= len(doc) or doc[j].lower_ == "by":
            continue
        while j < len(doc) and doc[j].lower_ in ("the", "new", "upcoming", "film", "movie", "feature"):
            j += 1
        brand = name_run(doc, j) if j < len(doc) else None
        if brand is not None and brand[0] == j and brand[1] < len(doc) and doc[brand[1]].lower_ in ("film", "movie"):
            j = brand[1] + 1  # "the HBO film 'Title'"
        while j < len(doc) and doc[j].text in ("'", "‘", "“", '"'):
            j += 1
        run = title_span(doc, j) if j < len(doc) and doc[j].text[:1].isupper() else None
        if run is not None and run[0] == j:
            yield list(dict.fromkeys(rels)), tok.i, run
