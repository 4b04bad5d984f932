"""Rules over the token sequence, for the credit blocks the small parser gets wrong.

"Directed by A and written by B, Title stars C, D and E" is common in film news and often
parsed as one long noun phrase; these rules read such lines left to right instead.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .columns import columns
from .lexicon import GROUP_NOUNS, ROMAN, is_given_name, lexicon
from .titles import apposed_name, name_run, title_span, tokens_among

STAR_WORDS = {"stars": "verb", "starred": "verb", "co-stars": "verb", "costars": "verb", "co-starred": "verb",
              "co-star": "verb",
              "features": "verb", "featured": "verb", "starring": "participle", "co-starring": "participle",
              "featuring": "participle"}


ROLE_WORDS = {"director", "cinematographer", "editor", "composer", "producer", "producers", "writer", "writers",
              "screenwriter", "filmmaker", "filmmakers", "actor", "actress", "newcomer", "veteran", "star",
              "co-star", "helmer", "dp", "musician", "author", "novelist", "studio", "streamer", "playwright",
              "dramatist", "journalist", "comedian", "documentarian", "animator"}
GROUP_WORDS = frozenset({"sibling", "siblings", "brothers", "sisters", "twins", "duo", "pair", "team", "couple"})
PERSON_NOUNS = {"actor", "actress", "newcomer", "star", "veteran", "comedian", "singer", "rapper", "player",
                "performer", "musician", "model", "icon", "legend"}
# the lexicon's film nouns, less the ones that name a stage of work ("project", "release", "entry"), plus "short"
FILM_NOUNS = (set(lexicon().film_nouns) - {"project", "release", "entry", "chapter", "outing", "installment",
                                           "instalment", "follow-up"}) | {"short"}
ANAPHORS = {"film", "movie", "sequel", "prequel", "picture", "feature", "project", "it"}


def cast_parts(doc: Doc, people: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """The character each listed actor plays, when the list says so: "A (Mina)", "A as Mina"."""
    cols = columns(doc)
    parts = {}
    for run in people:
        j = run[1]
        if j + 1 < len(doc) and cols.text[j] == "(":
            inner = name_run(doc, j + 1, allow_connectors=False, max_len=5)
            if inner and inner[0] == j + 1 and inner[1] < len(doc) and doc[inner[1]].text == ")" \
                    and not cols.like_num[j + 1]:
                parts[run] = inner
        elif j + 1 < len(doc) and cols.lower[j] == "as" and cols.text[j + 1][:1].isupper():
            inner = name_run(doc, j + 1, allow_connectors=False, max_len=5)
            if inner and inner[0] == j + 1:
                parts[run] = inner
        elif j + 1 < len(doc) and cols.lower[j] == "as":
            inner = described_name(doc, j + 1)  # "A as the world-weary detective Nico Basile"
            if inner is not None:
                parts[run] = inner
    return parts


DESCRIBERS = frozenset({"the", "his", "her", "their", "its", "a", "an"})


def described_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name a described part ends on: "the world-weary detective Nico Basile", "ex-marshal Jack Calloway",
    "the sisters' disapproving father, Walter Calder", "a ferry pilot named Maud Kinsella"."""
    cols = columns(doc)
    k, end = i, min(len(doc), i + 10, cols.sent_end[i] if i < len(doc) else len(doc))
    if k < end and (cols.lower[k] in DESCRIBERS or k + 1 < end and cols.tag[k + 1] == "POS"):
        k += 2 if cols.lower[k] not in DESCRIBERS else 1  # "Rook's estranged sister"
    words = 0
    while k < end and (cols.text[k].islower() and cols.pos[k] in ("ADJ", "NOUN", "VERB", "PUNCT", "ADV", "PROPN", "NUM")
                       and cols.lower[k] not in ("and", "in", "of", "who", "which", "that") or cols.text[k] == "-"
                       or cols.tag[k] == "POS" or 0 < k < len(doc) - 1 and cols.text[k].islower()
                       and "-" in (cols.text[k - 1], cols.text[k + 1])):
        # ("a twenty-something A B": the parts of a hyphenated word, whatever their tags)
        k += 1
        words += 1
    comma = k < end and cols.text[k] == "," and words
    if comma:
        k += 1  # "the sisters' disapproving father, Walter Calder"
        if k < end and cols.lower[k] in ("a", "an"):  # "the sequel's new villain, a fixer named X"
            j = k + 1
            while j < end and j - k <= 3 and cols.text[j].islower() and cols.pos[j] in ("ADJ", "NOUN"):
                j += 1
            if j < end and j > k + 1 and cols.lower[j] in ("named", "called"):
                k = j
    if k < end and cols.lower[k] in ("named", "called"):
        k += 1
    elif k + 1 < end and cols.lower[k] == "known" and cols.lower[k + 1] == "as":
        k += 2  # "a hacker known as X"
    elif k + 2 < end and cols.lower[k] == "known" and cols.lower[k + 1] == "only" and cols.lower[k + 2] == "as":
        k += 3
    if not words or k >= end or not cols.text[k][:1].isupper() \
            or any(cols.lower[x] in ROLE_WORDS or cols.lower[x] == "lead" for x in range(i, k)):
        return None  # ("with A as the lead, B as cinematographer": credits, not a part)
    run = name_run(doc, k, allow_connectors=False, max_len=4)
    if run is None or run[0] != k or run[1] < len(doc) and cols.text[run[1]][:1].isupper():
        return None
    if comma and run[1] < len(doc) and (cols.pos[run[1]] in ("VERB", "AUX") or cols.lower[run[1]] == "as"):
        return None  # "as a typist, Vettle said", "as a boxer, B as his daughter": the name begins the next clause
    return run


def _described_film(doc: Doc, end: int) -> bool:
    """Is the name ending at ``end`` followed by ", the ... film/debut" (a film's description)?"""
    cols = columns(doc)
    if end + 2 >= len(doc) or cols.text[end] != "," or cols.lower[end + 1] not in ("the", "a", "an", "his", "her",
                                                                                   "their"):
        return False
    for k in range(end + 2, min(end + 7, cols.sent_end[end])):
        if cols.text[k] in (",", ";", "(") or cols.text[k][:1].isupper() and cols.pos[k] == "PROPN":
            return False
        if (cols.lemma[k] in FILM_NOUNS or cols.lower[k] in ("debut", "documentary", "feature")) \
                and not (k + 1 < len(doc) and cols.tag[k + 1] == "POS"):  # not "the film's breakout"
            return True
    return False


COMPANY_NOUNS = lexicon().banner_nouns | {"firm", "studio", "distributor", "producer", "streamer", "house"}


def people_list(doc: Doc, i: int, limit: int = 40) -> list[tuple[int, int]]:
    """Name runs from token ``i`` on: "A, B, C, and D" (stops at the first thing that is not a name).

    A bracketed note or an "as Character" after a name is skipped (``cast_parts`` reads them).
    """
    cols = columns(doc)
    out: list[tuple[int, int]] = []
    end_limit = min(len(doc), cols.sent_end[i] if i < len(doc) else len(doc), i + limit * 4)
    j = i
    while j < end_limit and len(out) < limit:
        if cols.text[j][:1].isupper() and j + 1 < end_limit and cols.text[j + 1].islower():
            k = j + 1  # "Portuguese actress A", "Lisbon outfit B": the nationality or place describes the name after it
            while k < min(end_limit, j + 4) and cols.text[k].islower() and cols.pos[k] in ("ADJ", "NOUN"):
                k += 1
            if j + 1 < k < end_limit and cols.text[k][:1].isupper() and (
                    cols.lower[k - 1] in PERSON_NOUNS and (cols.ent[j] in ("NORP", "GPE") or k == j + 2 and cols.ent[j]
                                                           != "PERSON" and not is_given_name(cols.lower[j]))
                    or cols.lower[k - 1] in COMPANY_NOUNS):  # ("Welsh actor A", whatever NER made of "Welsh")
                j = k
        run = name_run(doc, j, allow_connectors=False, max_len=5)
        if run is not None and run[0] == j and run[1] + 2 < end_limit and cols.text[run[1]] == "-" \
                and cols.text[run[1] + 1].islower() and cols.text[run[1] + 2][:1].isupper():
            j = run[1] + 2  # "Oslo-based Fjell Film": a place that describes the name after it
            run = name_run(doc, j, allow_connectors=False, max_len=5)
        if run is None or run[0] != j or not cols.text[j][:1].isupper():
            break  # ("by A, two people said": a number word is no name)
        ext = name_run(doc, j) if out else run  # "..., Title of the Seas stars A": with its small words
        end = max(run[1], ext[1]) if ext is not None else run[1]
        if end < len(doc) and (cols.pos[end] in ("VERB", "AUX") or cols.lower[end] in STAR_WORDS) \
                and not cols.is_punct[end]:
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
        if j + 1 < end_limit and cols.text[j] == "," and cols.text[j + 1].rstrip(".") in ("Jr", "Sr", "II", "III"):
            j += 2  # "Harry Lane, Jr." is one name
            run = (run[0], j)
            if j < end_limit and cols.text[j] == ".":
                j += 1
        out.append(run)
        # "A (Character)" — skip a bracketed note after a name
        if j < end_limit and cols.text[j] == "(":
            close = next((k for k in range(j, min(end_limit, j + 12)) if cols.text[k] == ")"), None)
            if close is None:
                break
            j = close + 1
        elif j + 1 < end_limit and cols.lower[j] == "as" and cols.text[j + 1][:1].isupper():
            part = name_run(doc, j + 1, allow_connectors=False, max_len=5)  # "A as Character, B as ..."
            if part is None:
                break
            j = part[1]
        elif j + 2 < end_limit and cols.lower[j] == "as" and cols.lower[j + 1] in ("a", "an", "the", "his", "her",
                                                                                    "their"):
            k = j + 2  # "A as a retired boxer and B as his daughter": skip the description
            while k < min(end_limit, j + 8) and cols.text[k] not in (",", ";") \
                    and cols.lower[k] not in ("and", "while"):
                k += 1
            named = described_name(doc, j + 1) if k < end_limit and cols.text[k] == "," else None
            if named is not None and named[0] == k + 1:
                k = named[1]  # "B as her mechanic, Audric": the part's name, not a third actor
            j = k
        if j + 1 < end_limit and cols.text[j] == "," and cols.lower[j + 1] in ("who", "whose"):
            # "A, who plays the driver, and B": past the relative clause to the next name
            close = next((k for k in range(j + 2, min(end_limit - 2, j + 16)) if cols.text[k] == ","
                          and cols.lower[k + 1] == "and" and cols.text[k + 2][:1].isupper()), None)
            if close is None:
                break
            j = close
        if j < end_limit and cols.text[j] in (",", "&"):
            j += 1
        if j < end_limit and cols.lower[j] in ("and", "&"):
            j += 1
        if j < end_limit and cols.lower[j] in ("not",):
            break
        k = j  # "and veteran character actor B": a description of the next name
        while k < min(end_limit, j + 4) and cols.text[k].islower() and cols.pos[k] in ("ADJ", "NOUN"):
            k += 1
        if j < k < end_limit and cols.lower[k - 1] in PERSON_NOUNS and cols.text[k][:1].isupper():
            j = k
        if j >= end_limit or cols.is_punct[j]:
            break
    return out


def star_sequences(doc: Doc):
    """Yield (film run, [person runs], trigger index, after a relative clause) for 'Title stars A, B',
    'Title, starring A' and 'Title, which ..., starred A'."""
    cols = columns(doc)
    for tok in tokens_among(doc, (*STAR_WORDS, "star")):
        kind = STAR_WORDS.get(tok.lower_)
        split_co = tok.i >= 2 and cols.text[tok.i - 1] == "-" and cols.lower[tok.i - 2] == "co"
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
        if kind == "verb" and cols.lower[start] in ("opposite", "alongside"):
            continue  # "A co-stars opposite B": A is a person (person_star_lines reads it)
        if kind == "participle" and start < len(doc) - 1 and cols.lower[start] in ("are", "is", "were", "was"):
            start += 1  # "Also starring are A and B"
        while start < len(doc) - 1 and cols.lower[start] in ROLE_WORDS | PERSON_NOUNS | {
                "actors", "actresses", "the", "stars", "alongside", "voice", "voices", "of", "presenter", "host"}:
            start += 1  # "stars actor A", "stars the actors A and B"
        if start + 2 < len(doc) and cols.tag[start] == "JJ" and cols.text[start].islower() and \
                cols.lower[start + 1] in ("actor", "actress", "star", "newcomer"):
            start += 2  # "starred infamous actor, A"
        if start + 1 < len(doc) and cols.text[start] == "," and cols.lower[start - 1] in ("actor", "actress"):
            start += 1
        people = people_list(doc, start)
        if not people:
            continue
        tail = _after_parts(doc, people[-1][1])
        if tail + 2 < len(doc) and cols.text[tail] == "," and cols.lower[tail + 1] in ("with", "alongside") \
                and cols.text[tail + 2][:1].isupper():
            people += people_list(doc, tail + 2)  # "stars A as X, with B as Y"
        k = tok.i - 1
        if kind == "participle":
            if k >= 0 and cols.text[k] == ",":
                k -= 1
                if k >= 0 and cols.lower[k] in ANAPHORS - {"it"} and cols.text[k].islower():
                    yield None, people, tok.i, False  # "Vale's sequel, starring A": the film in focus
                    continue
            else:
                named = apposed_name(doc, doc[k], participle=True) if k >= 0 and cols.text[k].islower() \
                    and (cols.lemma[k] in FILM_NOUNS or cols.pos[k] == "NOUN") else None  # (or "a two-hander")
                # "Title (1995), a drama starring A" (whatever NER made of Title); else the film in focus
                yield named, people, tok.i, named is not None
                continue  # ("a 1956 film written by A starring B")
        if k >= 3 and cols.text[k] == ")" and cols.text[k - 2] == "(" and cols.like_num[k - 1]:
            k -= 3  # "Title (1927) starred A"
        if k >= 0 and (cols.lower[k] in ("film", "movie", "sequel", "picture", "feature") or cols.lower[k] == "it"
                       and (k == 0 or cols.is_punct[k - 1] or cols.lower[k - 1] == "and")) and kind == "verb":
            yield None, people, tok.i, False  # "The film stars A": the film in focus
            continue
        if k >= 0 and cols.text[k] == "," and kind == "verb":
            # "Title, which was directed by A, starred B": step back over the relative clause
            j = k - 1
            while j > cols.sent_start[tok.i] and not (cols.lower[j] in ("which", "that") and cols.text[j - 1] == ","):
                j -= 1
            if j > cols.sent_start[tok.i] and cols.lower[j] in ("which", "that"):
                k = j - 2
                relative = True
                if k >= 1 and cols.text[k].islower() and cols.lemma[k] in FILM_NOUNS and any(
                        cols.lower[d] in ("the", "this") for d in range(max(0, k - 4), k)):
                    yield None, people, tok.i, False  # "the prison break film, which ... will co-star A"
                    continue
        if kind == "verb" and not relative and k >= 0 and cols.text[k] != ",":
            # "X, which Deadline learned will co-star A": a relative clause with no comma before the verb
            j = k
            while j > cols.sent_start[tok.i] and cols.text[j] != "," and not (
                    cols.lower[j] in ("which", "that") and cols.text[j - 1] == ","):
                j -= 1
            if j > cols.sent_start[tok.i] + 1 and cols.lower[j] in ("which", "that") and cols.text[j - 1] == ",":
                n = j - 2
                if cols.text[n].islower() and cols.lemma[n] in FILM_NOUNS and any(
                        cols.lower[d] in ("the", "this") for d in range(max(0, n - 4), n)):
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
        if film is not None and film[1] - film[0] == 1 and doc[film[0]].pos_ in ("ADJ", "ADV", "DET", "PRON", "NUM") \
                and tok.pos_ == "NOUN":
            continue  # "Original stars A and B", "five features the A-born ...": a noun, not a film's verb
        if film is None or film[1] != k + 1:
            if kind == "verb" and tok.i > cols.sent_start[tok.i] + 2 and cols.lower[tok.i - 1] in (",", "and"):
                yield "subject", people, tok.i, False  # "Title was directed by A, and starred B"
            continue
        yield film, people, tok.i, relative


def _after_parts(doc: Doc, j: int) -> int:
    """Past an "as <part>" or "as a <description>" that follows a listed name."""
    cols = columns(doc)
    if j + 1 < len(doc) and cols.lower[j] == "as":
        k = j + 1
        while k < min(len(doc), j + 8) and cols.text[k] not in (",", ";", ".") and cols.lower[k] != "and":
            k += 1
        return k
    return j


def _definite_film_subject(doc: Doc, i: int) -> bool:
    """Does the sentence open on "the/its <film noun>" that is the subject of the verb at i (no finite
    verb between)?"""
    cols = columns(doc)
    sent = doc[i].sent
    noun = next((k for k in range(sent.start, min(i, sent.start + 6)) if cols.text[k].islower()
                 and cols.lemma[k] in FILM_NOUNS), None)
    if noun is None or not any(cols.lower[d] in ("the", "this", "its", "their", "his", "her") or cols.tag[d] == "POS"
                               for d in range(sent.start, noun)):
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[noun + 1:i])


FRIEND_NOUNS = frozenset({"friend", "collaborator", "mentor", "protégé", "protege", "colleague", "student", "pupil",
                          "assistant", "classmate", "muse"})


@lru_cache(maxsize=1)
def described_people() -> frozenset[str]:
    """Nouns that say who someone is to another ("her granddaughter", "his longtime collaborator")."""
    lex = lexicon()
    return frozenset(lex.kin_relatives | lex.kin_spouse | lex.kin_sibling | lex.person_nouns) | FRIEND_NOUNS


def by_phrases(doc: Doc, words: dict[str, str]):
    """Yield (relation, [person runs], trigger index, film) for '<participle> by A and B'.

    The film is a name run, ``"focus"`` (the film in focus: "The film was directed by A") or
    ``"subject"`` (the subject of the sentence, left to the parse) or None.
    """
    cols = columns(doc)
    last = None  # (end of the previous by-list, its film) in this sentence
    for tok in tokens_among(doc, words):
        rel = words.get(tok.lower_)
        if rel is None or tok.i + 2 >= len(doc):
            continue
        by = tok.i + 1
        if by + 2 < len(doc) and cols.lower[by] == "in" and cols.ent[by + 1] in ("GPE", "LOC") \
                and cols.lower[by + 2] == "by":
            by += 2  # "made in Britain by Studio"
        if cols.lower[by] != "by":
            continue
        start = by + 1
        while start < len(doc) - 1 and (cols.lower[start] in ROLE_WORDS and not (cols.text[start].istitle()
                                                                        and cols.lower[start] in ("studio", "streamer"))
                                        or cols.lower[start] in ("the", "a", "both", "either") or cols.lower[start]
                                        in GROUP_WORDS and cols.text[start].islower()  # "by sibling duo A and B"
                                        or cols.ent[start] == "NORP" and cols.lower[start + 1] in ROLE_WORDS):
            start += 1  # "shot by cinematographer A", "distributed by both A and B", "by Nigerian filmmaker A"
        owner = name_run(doc, start, allow_connectors=False, max_len=4) if start < len(doc) else None
        if owner is not None and owner[0] == start and owner[1] + 2 < len(doc) and doc[owner[1]].text in ("'s", "’s"):
            k = owner[1] + 1  # "directed by Park's mentor, Carl Young": the name after the description
            while k < len(doc) and (cols.text[k].islower() or cols.text[k] == "-") and k - owner[1] <= 5:
                k += 1  # ("A's then-husband, B")
            if k + 1 < len(doc) and cols.text[k] == "," and cols.text[k + 1][:1].isupper():
                start = k + 1
        if start < len(doc) and cols.lower[start] in ("her", "his", "their", "its"):
            k = start + 1  # "directed by her granddaughter, B", "by his longtime collaborator B"
            while k < len(doc) and (cols.text[k].islower() or cols.text[k] == "-") and k - start <= 4:
                k += 1
            k += k + 1 < len(doc) and cols.text[k] == ","
            if k < len(doc) and cols.text[k][:1].isupper() and cols.lemma[k - 1 - (cols.text[k - 1] == ",")] in \
                    described_people():
                start = k
        people = [r for r in people_list(doc, start) if not (r[1] < len(doc) and cols.lower[r[1]] in GROUP_NOUNS)]
        if not people:
            continue  # ("by the Lidd sisters": the parse reads a family's members)
        rels = [rel]
        if tok.i >= 2 and cols.lower[tok.i - 1] in ("and", "&", "/") and cols.lower[tok.i - 2] in words:
            rels.insert(0, words[cols.lower[tok.i - 2]])  # "written and directed by A"
        film = None
        if last is not None and last[0] <= tok.i and doc[last[0]].sent.start == cols.sent_start[tok.i] and all(
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
    cols = columns(doc)
    sent = doc[i].sent
    first = sent.start
    if cols.lower[first] in ("both", "also"):
        first += 1
    if cols.lower[first] not in words:
        return False
    for t in doc[first:i]:
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in words:
            return False
    return True


SOURCE_VERBS = frozenset({"base", "adapt", "inspire", "draw", "derive"})  # "based on", "adapted from" a source


def _film_for_by(doc: Doc, i: int, after: int, words: dict[str, str]):
    cols = columns(doc)
    sent = doc[i].sent
    if _opening_clause(doc, i, words):
        j = after
        while j < sent.end:
            if cols.text[j] == ",":
                q = j + 1 + (j + 2 < sent.end and cols.text[j + 1] in ('"', "“", "‘"))  # (', "Title" stars ...')
                run = name_run(doc, q) if q < sent.end else None
                if run and run[0] == q:
                    nxt = doc[q]
                    if nxt.lower_ in words:  # another participle of the same clause
                        j += 1
                        continue
                    lex = lexicon()
                    if cols.lemma[j - 1] in lex.kin_spouse | lex.kin_sibling | lex.kin_relatives | PERSON_NOUNS \
                            and cols.text[j - 1].islower() or run[1] < sent.end and cols.lower[run[1]] == "as":
                        j += 1  # "..., with her husband, B, as a lineman": who B is, not the film
                        continue
                    return run
            j += 1
        if not any(cols.pos[x] in ("VERB", "AUX") and cols.tag[x] != "VBN" for x in range(sent.start, sent.end)):
            return "focus"  # a credit line's fragment, "Released by Studio.": the film the text is on
        return None
    # "Title, directed by A" / "Title (directed by A)" / "Title was directed by A"
    k = i - 1
    relative = False  # "Title, which was directed by A": "which" points at a thing, not a person
    finite = False  # "..., the movie was then directed by A": a clause of its own, no apposition
    while k > sent.start and cols.lower[k] in ("was", "is", "were", "be", "been", "being", "will", "has", "had",
                                               "also", "and", "are", "originally", "to", "later", "then",
                                               "which", "that", "jointly", "both", "co") \
            or cols.text[k] in ("'s", "’s") and cols.pos[k] == "AUX" \
            or cols.lower[k] in words and cols.lower[k + 1] in ("and", "&", "/") and cols.text[k - 1] == ",":
        # ("It's edited by A"; "Title, written and directed by A": the first participle too)
        relative = relative or cols.lower[k] == "which"
        finite = finite or cols.lower[k] in ("was", "is", "were", "are", "will", "has", "had")
        k -= 1
    if k > sent.start + 1 and cols.text[k] in ('"', "”", "’", "'") and cols.text[k - 1] == ",":
        k -= 1  # '"Title," directed by A': the comma inside the quotes
    if k > sent.start and cols.text[k] == ",":
        # "Title, which runs 83 minutes, was produced by A": step back over the relative clause
        j = k - 1
        while j > sent.start and not (cols.lower[j] in ("which", "that") and cols.text[j - 1] == ","):
            j -= 1
        if j > sent.start and cols.lower[j] in ("which", "that") and j < k - 1:
            k = j - 1
            relative = True
    if k >= sent.start and cols.text[k] == ")":  # "Title (2012) was directed by A"
        while k > sent.start and cols.text[k] != "(":
            k -= 1
        k -= 1
    if k >= sent.start and cols.text[k] in (",", "("):
        k -= 1
        if k > sent.start + 2 and cols.text[k] == ")" and cols.text[k - 2] == "(" and cols.like_num[k - 1]:
            k -= 3  # "Title II (1975), helmed by A"
    stacked, noun_k = 0, k  # "Title (2008), the first Studio production, a 1970s farce shot by A": two appositions
    while k > sent.start + 2 and cols.text[k].islower() and stacked < 2 and (
            cols.lemma[k] in FILM_NOUNS or stacked and cols.lemma[k] in ("production", "debut", "hit", "release")):
        # "Title, a thriller written by A" / "Title, a 2019 drama directed by A": the title before the apposition
        stacked += 1
        j = k - 1
        while j > sent.start and (cols.text[j].islower() or cols.like_num[j] or cols.text[j] == "-"
                                  or cols.text[j + 1] == "-" and not doc[j].whitespace_
                                  or cols.text[j][:1].isupper() and cols.lower[j - 1] in ("a", "an")
                                  or cols.text[j][:1].isupper() and cols.text[j - 1][:1].isupper()
                                  and cols.lower[j - 2] in ("a", "an")) \
                and cols.text[j] not in (",", "("):
            j -= 1  # (also "a Warsaw-set family saga", "a Gilded Age drama")
        while stacked > 1 and j > sent.start and k - j < 7 and cols.text[j] not in (",", "(") \
                and cols.pos[j] not in ("VERB", "AUX", "ADP"):
            j -= 1  # ("the first Studio production": names inside the outer apposition)
        q = j
        if cols.text[j] in ('"', "”", "’") and j - 1 > sent.start and cols.text[j - 1] == ",":
            j -= 1  # '"Title," a thriller toplined by A'
        if cols.text[j] == "," and j > sent.start and cols.lower[q + 1] in ("a", "an", "the"):
            end = j
            if cols.text[end - 1] == ")":  # "Title (dir. A), a saga written by B"
                end = next((p for p in range(end - 2, max(sent.start, end - 10), -1) if cols.text[p] == "("), end)
            run = name_run(doc, end - 1)
            j = end
            if run is not None and run[1] == j and not (run[0] > 0 and doc[run[0] - 1].lower_ in ("by", "and", "&")) \
                    and not (finite and cols.lower[q + 1] == "the"):
                return run  # (not "Produced by A and B, the picture is lit by C", "In 1987, the movie is lit by C")
            k = j - 1
            continue
        break
    k = noun_k if stacked else k
    definite = k >= sent.start and cols.text[k].islower() and cols.lemma[k] in FILM_NOUNS and any(
        cols.lower[d] in ("the", "this") and all(t.text.islower() or t.text == "-" for t in doc[d + 1:k])
        for d in range(max(sent.start, k - 3), k))  # "The disaster epic, directed by A"
    if k >= sent.start and (cols.lower[k] in ANAPHORS or definite):
        if cols.lower[k] in ("sequel", "prequel") and k > sent.start and cols.text[k - 1][:1].isupper():
            return None  # "The Title sequel is being written by A": a film not yet named
        return "focus"
    if k == sent.start and cols.tag[k] == "RB" and (cols.lower[k].endswith("ly") or cols.lower[k] in ("also", "then")):
        return "focus"  # "Originally released by Studio.": the film the text is on, not a title "Originally"
    run = name_run(doc, k) if k >= sent.start else None
    if k >= sent.start and (run is None or run[1] != k + 1 or run[0] == k and (cols.text[k] in ROMAN
                                                                               or cols.like_num[k])):
        run = title_span(doc, k, forward=False)  # ("the sequel, Title II (1975), helmed by A": all of it)
    if run and run[0] >= sent.start + 4 and doc[run[0] - 1].lower_ == "to" and doc[run[0] - 2].lower_ in (
            "sequel", "prequel", "follow-up", "spinoff"):
        # "Title 2, the sequel to Title, was directed by A": the sequel is the subject
        j = run[0] - 3
        while j > sent.start and cols.text[j] != ",":
            j -= 1
        outer = name_run(doc, j - 1) if j > sent.start and cols.text[j] == "," else None
        if outer is not None and outer[1] == j:
            return outer
        return None
    if run and run[1] == k + 1 and any(t.is_alpha and t.text[0].isupper() for t in doc[run[0]:run[1]]):
        if run[1] - run[0] == 1 and cols.tag[run[0]] == "PRP":
            return "subject"  # "They were produced by A": whatever the parse makes "they", no title
        before = doc[run[0] - 1] if run[0] > sent.start else None
        if before is not None and before.lower_ in ("a", "an") and doc[run[1] - 1].lower_ in ANAPHORS:
            return "subject"  # "Title is an HBO Film directed by A": a brand, not the title
        place = doc[run[0]].ent_type_ in ("GPE", "LOC", "FAC") and before is not None and before.pos_ == "ADP"
        quoted = before is not None and before.text in ('"', "“") and cols.text[run[1]] in (",", '"', "”")
        if not relative and not quoted and (place or doc[run[0]].ent_type_ in ("NORP", "DATE", "TIME", "PERSON")) \
                or doc[run[0]].tag_ == "VBG":
            return "subject"  # "... in Paris, produced by A": a place is no film
        if run[0] - 1 >= sent.start and (doc[run[0] - 1].lower_ in ("by", "starring", "featuring", "with", "and")
                                         or doc[run[0] - 1].lower_ in words):
            return "subject"  # the end of another list ("starring A was ..."), not a film
        j = run[0] - 1
        while j > sent.start + 1 and run[0] - j <= 9 and (cols.text[j].islower() or cols.text[j][:1].isupper()
                                                        or cols.text[j] == ":") and cols.lower[j] not in ("on", "from"):
            j -= 1  # (back over "the cult video game Other:")
        if j > sent.start and cols.lower[j] in ("on", "from") and cols.lemma[j - 1] in SOURCE_VERBS:
            return "subject"  # "Title, a picture based on the game Other, produced by A": the film, not its source
        return run
    return "subject"


def title_list(doc: Doc, i: int, limit: int = 20) -> list[tuple[int, int, str | None]]:
    """Titles listed from token ``i`` on: "X (1999), Y and Z (2004)" → (start, end, year)."""
    cols = columns(doc)
    out: list[tuple[int, int, str | None]] = []
    sent_end = cols.sent_end[i] if i < len(doc) else len(doc)
    while sent_end < len(doc) and cols.lower[sent_end - 1] in (",", "and", "or"):
        sent_end = cols.sent_end[sent_end]  # the parser cut a list in two ("A (2016) and | B 2 (2019)")
    j = i
    while j < sent_end and len(out) < limit:
        if out and cols.lower[j] in ("the", "a", "an", "his", "her", "their"):
            # "..., and the Oscar-nominated 'Title'": words before a quoted title are no part of it
            q = next((k for k in range(j + 1, min(j + 6, sent_end)) if cols.text[k] in ("'", "‘", "“", '"')), None)
            if q is not None and all(t.is_alpha or t.text == "-" for t in doc[j + 1:q]):
                j = q
        while j < sent_end and cols.text[j] in ('"', "'", "“", "‘", "’", "”"):
            j += 1
        if j >= sent_end:
            break
        if out and cols.lower[j] in ("the", "a", "an", "his", "her", "their") and cols.lower[j - 1] in ("and", "or"):
            # "... and the Sundance drama Title": a description, then the title
            d = next((k for k in range(j + 1, min(j + 5, sent_end - 1)) if cols.text[k].islower()
                      and cols.lemma[k] in FILM_NOUNS and cols.text[k + 1][:1].isupper()), None)
            if d is not None and all(t.is_alpha or t.text == "-" for t in doc[j + 1:d]):
                j = d + 1
        if out and j + 2 < sent_end and cols.lower[j] in ("its", "their") \
                and cols.lemma[j + 1] in ("sequel", "prequel", "follow-up", "remake"):
            j += 2  # "X (1986) and its sequel, Y": the list goes on
            while j < sent_end and cols.text[j] in (",", '"', "'", "“", "‘"):
                j += 1
        span = title_span(doc, j)
        if span is None or span[0] != j or any(t.like_num and len(t.text) > 4 for t in doc[span[0]:span[1]]):
            break  # (not "IMDb ID 0004319")
        if out and span[1] < sent_end and cols.text[span[1]] in ("'s", "’s"):
            break  # '"Title," A's hushed drama': whose film it is, not a second title
        end = span[1]
        for k in range(j + 1, end - 1):  # "Title and the Sundance drama Title", "X and The Y": two items
            if cols.lower[k] == "and" and (cols.lower[k + 1] in ("the", "a", "an") and any(
                    t.text.islower() and t.lemma_.lower() in FILM_NOUNS for t in doc[k + 2:min(k + 6, sent_end)])
                                           or cols.text[k + 1] in ("The", "A", "An") and k + 2 < end):
                end = k
                break
        year = None
        k = end
        while k < sent_end and cols.text[k] in ('"', "'", "”", "’", ","):
            k += 1
            if cols.text[k - 1] == ",":
                k -= 1
                break
        if k + 2 < sent_end and cols.text[k] == "(" and cols.text[k + 2] == ")" and cols.like_num[k + 1] \
                and len(cols.text[k + 1]) == 4:
            year = cols.text[k + 1]
            k += 3
            if k < sent_end and cols.text[k] == "(":  # "Title (1976) (for which he won ...)"
                close = next((c for c in range(k, min(k + 25, sent_end)) if cols.text[c] == ")"), None)
                k = close + 1 if close is not None else k
        out.append((span[0], end, year))
        j = k
        comma = j < sent_end and cols.text[j] == ","
        if comma:
            j += 1
            while j < sent_end and cols.text[j] in ("’", "”", "'", '"'):
                j += 1  # "‘Title,’ and ...": the closing quote after the comma
        if j < sent_end and cols.lower[j] in ("and", "or", "&"):
            j += 1
        elif j < sent_end and out and not comma:
            break
    return out


STAR_LINE_WORDS = frozenset({"stars", "co-stars", "costars", "plays", "starred", "played", "appears", "appeared",
                             "acted", "acts", "star", "co-star", "costar", "toplines", "toplined", "headlines",
                             "headlined", "fronts", "fronted"})
PLURAL_STAR = frozenset({"star", "co-star", "costar"})  # "A and B star.": the verb after two names


def person_star_lines(doc: Doc):
    """Yield (person run, trigger index, film run or None) for 'A stars in Title', 'A ('X') co-stars
    as a rival' and 'A plays a rival' (no film named: the film in focus)."""
    cols = columns(doc)
    for tok in tokens_among(doc, STAR_LINE_WORDS):
        if tok.i + 1 >= len(doc):
            continue
        film = None
        if cols.lower[tok.i + 1] == "in":
            if tok.i + 2 >= len(doc):
                continue
            j = tok.i + 2
            if cols.lower[j] in ("the", "this", "a"):
                n = j + 1  # "the film", "the 1956 film", "the 1984 horror movie"
                while n < min(len(doc), j + 5) and (cols.like_num[n] or cols.text[n][:1].islower()) \
                        and cols.lower[n] not in ("film", "movie"):
                    n += 1
                if n < len(doc) and cols.lower[n] in ("film", "movie"):
                    j = n + 1
                    if j >= len(doc) or not cols.text[j][:1].isupper():
                        film = "focus"  # "A played in the movie"
            if film is None:
                film = title_span(doc, j) if j < len(doc) and cols.text[j][:1].isupper() else None
                if film is None or film[0] != j:
                    continue
        elif tok.lower_ in PLURAL_STAR:
            after = cols.lower[tok.i + 1]
            if not (after in (".", ";", "opposite", "alongside") or after == "," and tok.i + 2 < len(doc)
                    and cols.lower[tok.i + 2] in ("with", "while", "alongside")) or tok.i < 4 \
                    or cols.lower[tok.i - 1] in ("the", "a", "its", "his", "her", "their"):
                continue  # "A and B star.", "A and B star, with a score by C"
        elif tok.lower_ == "plays" and named_part(doc, tok.i + 1) is not None:
            pass  # "A plays Skerrow Ambley, a ...": the parser may make the part the subject of what follows
        elif tok.lower_ not in ("stars", "co-stars", "costars", "plays", "toplines", "headlines", "fronts") or \
                cols.lower[tok.i + 1] not in ("as", "opposite", "alongside", "a", "an", "the", "one", ".") or \
                tok.lower_ in ("toplines", "headlines", "fronts") and cols.lower[tok.i + 1] not in ("as", "opposite"):
            continue  # ("A toplines as a sheriff"; "A fronts the band" is no part)
        k = tok.i - 1
        if k >= 1 and cols.text[k] == "-" and cols.lower[k - 1] == "co":
            k -= 2
        if k >= 0 and cols.text[k] == ")":
            while k >= 0 and cols.text[k] != "(":
                k -= 1
            k -= 1
        if k > 0 and cols.text[k] == ",":  # "A, born in 1897, stars in", "A, 45, stars in"
            j = next((j for j in range(k - 1, max(cols.sent_start[tok.i], k - 10) - 1, -1) if cols.text[j] == ","),
                     None)
            k = j - 1 if j is not None else -1
        if k < 0:
            continue
        run = name_run(doc, k, allow_connectors=False, max_len=4)
        if run is not None and run[1] - run[0] >= 3 and cols.lower[run[0]] in PERSON_NOUNS:
            run = (run[0] + 1, run[1])  # "Newcomer A plays X": the name only
        if tok.lower_ in PLURAL_STAR:
            if not run or run[1] != k + 1 or run[0] < 3 or cols.lower[run[0] - 1] != "and":
                continue
            first = name_run(doc, run[0] - 2, allow_connectors=False, max_len=4)  # "A and B star."
            if first is None or first[1] != run[0] - 1 or first[1] - first[0] < 2 or run[1] - run[0] < 2:
                continue
            listed = [first, run]
            while listed[0][0] >= 3 and cols.text[listed[0][0] - 1] == ",":  # "A, B and C star."
                more = name_run(doc, listed[0][0] - 2, allow_connectors=False, max_len=4)
                if more is None or more[1] != listed[0][0] - 1 or more[1] - more[0] < 2:
                    break
                listed.insert(0, more)
            for named in listed:
                yield named, tok.i, film
        elif run and any(cols.lower[j] in lexicon().person_titles and cols.lower[j] not in PERSON_NOUNS
                         for j in (run[0], run[0] - 1) if j >= cols.sent_start[run[0]]):
            continue  # "Composer A plays the theme on cello": a musician, no part
        elif run and run[1] == k + 1 and run[1] - run[0] >= 2 and (
                doc[run[0]].ent_type_ == "PERSON" or (film not in (None, "focus") and tok.lower_ in ("stars", "starred")
                                                      or cols.lower[tok.i + 1] in ("opposite", "alongside", "as"))
                and doc[run[0]].ent_type_ in ("ORG", "") and all(t.is_title for t in doc[run[0]:run[1]])):
            yield run, tok.i, film  # the small model often tags "A stars in" as an organisation
        else:
            continue
        if cols.lower[tok.i + 1] == "opposite":  # "A co-stars opposite newcomer B": B too
            j = tok.i + 2
            while j < min(len(doc), tok.i + 5) and cols.text[j].islower():
                j += 1
            other = name_run(doc, j, allow_connectors=False, max_len=4) if j < len(doc) else None
            if other is not None and other[0] == j and other[1] - other[0] >= 2 and cols.ent[j] in ("PERSON", ""):
                yield other, tok.i, film


def named_part(doc: Doc, i: int) -> tuple[int, int] | None:
    """The part a name run from token ``i`` gives ("plays Skerrow Ambley, a ferry pilot"): a run of at most
    four capitalised words that ends its clause; None otherwise (not "plays Skerrow's brother")."""
    cols = columns(doc)
    if i >= len(doc) or not cols.text[i][:1].isupper():
        return None
    run = name_run(doc, i, allow_connectors=False, max_len=4)
    if run is None or run[0] != i or run[1] >= len(doc) or cols.text[run[1]] not in (",", ".", ";", ":"):
        return None
    return run


PLAYED = {"played", "portrayed", "essayed", "voiced"}


def played_by_brackets(doc: Doc):
    """Yield (character run, person run, trigger index) for 'Name (played by A)' / 'Name, played by A,'."""
    cols = columns(doc)
    for tok in tokens_among(doc, PLAYED):
        by = tok.i + 1  # "played with icy charm by A"
        while by < min(len(doc) - 1, tok.i + 5) and cols.text[by].islower() and cols.lower[by] != "by":
            by += 1
        if by + 1 >= len(doc) or cols.lower[by] != "by":
            continue
        k = tok.i - 1
        if k >= 2 and cols.text[k].islower() and cols.text[k] not in ("(", ","):
            # "Ines, the widowed hotel-keeper played by A": a description between the name and "played"
            d = k
            while d > max(0, k - 8) and cols.text[d] not in (",", "(", ")", ";", ".") and not cols.is_space[d]:
                d -= 1  # (also "a Montreal bagwoman")
            if cols.text[d] == "," and cols.lower[d + 1] in ("the", "a", "an", "his", "her", "their"):
                k = d
        if k >= 0 and cols.text[k] in ("(", ","):
            k -= 1
        else:
            continue
        char = name_run(doc, k, allow_connectors=False, max_len=5) if k >= 0 else None
        j = by + 1
        while j < len(doc) - 1 and cols.text[j].islower() and cols.lower[j] in PERSON_NOUNS | {"newcomer", "veteran"}:
            j += 1  # "played by newcomer A"
        people = people_list(doc, j, limit=3)
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
    cols = columns(doc)
    for tok in tokens_among(doc, PAIR_FORMS):
        first = PAIR_FORMS.get(tok.lower_)
        if tok.lower_ == "executive" and tok.i + 1 < len(doc):
            first = CREW_FORMS.get(cols.lower[tok.i + 1])  # "executive produce"
        if first is None or tok.i + 3 >= len(doc) or (tok.i > 0 and cols.lower[tok.i - 1] in PAIR_FORMS):
            continue
        rels, j = [first], tok.i + 1 + (tok.lower_ == "executive")
        if first == "P161":
            if cols.lower[j] != "in":
                continue
            j += 1  # "star in and executive produce Title"
        while j + 1 < len(doc) and cols.text[j] in (",", "and", "&") and (
                cols.lower[j + 1] in CREW_FORMS or cols.lower[j + 1] in ("and", "executive")):
            j += 1
            if cols.lower[j] == "and":
                continue
            if cols.lower[j] == "executive":
                if j + 1 >= len(doc) or cols.lower[j + 1] not in CREW_FORMS:
                    break
                j += 1
            rels.append(CREW_FORMS[cols.lower[j]])
            j += 1
        if len(rels) < 2 or j >= len(doc) or cols.lower[j] == "by":
            continue
        while j < len(doc) and cols.lower[j] in ("the", "new", "upcoming", "film", "movie", "feature"):
            j += 1
        brand = name_run(doc, j) if j < len(doc) else None
        if brand is not None and brand[0] == j and brand[1] < len(doc) and doc[brand[1]].lower_ in ("film", "movie"):
            j = brand[1] + 1  # "the HBO film 'Title'"
        while j < len(doc) and cols.text[j] in ("'", "‘", "“", '"'):
            j += 1
        run = title_span(doc, j) if j < len(doc) and cols.text[j][:1].isupper() else None
        if run is not None and run[0] == j:
            yield list(dict.fromkeys(rels)), tok.i, run
