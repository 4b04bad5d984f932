"""Find the names in a Doc, and the ones that are film titles.

spaCy's small English model tags many film titles as PERSON, GPE or nothing at all, so titles
are found from the surface instead: quotation marks, a film noun before the name ("the sequel
Night Ferry"), a year beside it ("Title (2020)", "2012's Title"), a sequel number ("Title 2"),
and a crew noun after it ("Title director ..."). Relation rules add more evidence later (the
subject of "stars" is a film), and one decision is made per document.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .lexicon import CONNECTORS, FUNCTION_WORDS, ORDINALS, ROMAN, lexicon

QUOTE_PAIRS = [("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("’", "’"), ("«", "»")]
CALENDAR = frozenset("january february march april may june july august september october november december "
                     "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
                     "saturday sunday today tomorrow tonight yesterday".split())
SUBTITLE_WORDS = frozenset({"Part", "Chapter", "Episode", "Volume", "Vol", "Vol.", "Book"})
CREDIT_WORDS = frozenset("directed written produced edited composed distributed starring featuring co-starring "
                         "starred".split())
UNITS = {"years", "weeks", "days", "months", "hours", "minutes", "times", "episodes", "seasons", "films", "movies"}
YEAR = re.compile(r"^(18[89]\d|19\d\d|20\d\d)$")
_QUOTED = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))(?P<q>[“‘\"'’«])(?P<t>[A-Z0-9][^“”‘’\"«»\n]{0,100}?)[,.!?]?(?P<c>[”’\"'»])"
    r"(?=[\s,.;:!?)\]—–-]|$)")


@dataclass
class Title:
    start: int  # token offsets (end exclusive)
    end: int
    reason: str
    year: str | None = None
    strength: float = 1.0
    extra: dict = field(default_factory=dict)


def lowers(doc: Doc) -> list[str]:
    """Every token's lower-case text, computed once per Doc: the surface rules scan for trigger
    words, and making a Token object for every position of every scan was most of their cost."""
    cache = doc.user_data.get("filmkg_lowers")
    if cache is None or len(cache) != len(doc):
        cache = doc.user_data["filmkg_lowers"] = [t.lower_ for t in doc]
    return cache


def tokens_among(doc: Doc, words) -> Iterator[Token]:
    """The tokens whose lower-case text is one of ``words``, in order."""
    return (doc[i] for i, w in enumerate(lowers(doc)) if w in words)


def is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or t[0].isdigit()) and tok.pos_ not in ("PUNCT", "SYM")


TITLE_FUNCTION = frozenset("without with in on of the to be from at for and is it a an by into upon under over "
                           "after before who what where when".split())


def is_headline(sent) -> bool:
    """Title Case lines ("Editor Reunites With Director For ...") join everything: no connectors there."""
    cache = sent.doc.user_data.setdefault("filmkg_headline", {})
    if sent.start not in cache:
        words = [t for t in sent if t.is_alpha and t.lower_ not in FUNCTION_WORDS]
        cache[sent.start] = len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)
    return cache[sent.start]


def _gap(doc: Doc, lo: int, hi: int, sent) -> bool:
    """May the tokens doc[lo:hi] sit between two parts of one name?"""
    n = hi - lo
    if n < 1 or n > 2:
        return False
    toks = doc[lo:hi]
    if toks[0].lower_ == "for" and n == 2 and toks[1].lower_ in ("a", "an", "the"):
        return True
    for t in toks:
        title_word = t.text[:1].isupper() and t.lower_ in TITLE_FUNCTION and not t.is_sent_start
        if not (t.lower_ in CONNECTORS or title_word):
            return False
    if doc[lo - 1].like_num:  # "Title 3 for Studio"
        return False
    nxt = doc[hi] if hi < sent.end else None
    if nxt is None:
        return False
    only_of = all(t.lower_ in ("of", "the", "de", "da", "von", "van", "der", "del", "la", "le", "du") for t in toks)
    if not only_of and nxt.ent_iob_ == "B" and nxt.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False  # "writing Title for Studio", "Title on Service"
    return True


def _inner_possessive(doc: Doc, start: int, k: int, limit: int) -> bool:
    """Is doc[k] the "'s" inside a name that opens with an article ("The Lamplighter's Daughter")?
    No person's name opens with "The", so the possessive belongs to the title."""
    return doc[k].text in ("'s", "’s") and doc[start].text in ("The", "A", "An") and k + 1 < limit \
        and doc[k + 1].text[:1].isupper()


def name_run(doc: Doc, i: int, allow_connectors: bool = True, max_len: int = 12) -> tuple[int, int] | None:
    """The run of capitalised words around token ``i``.

    Inner lower-case words ("of the", "on a") and capitalised function words mid-sentence
    ("Without", "To") are allowed between capitalised words, except in Title Case headlines.
    """
    if i < 0 or i >= len(doc) or not _name_token(doc[i]):
        return None
    sent = doc[i].sent
    connectors = allow_connectors and not is_headline(sent)
    start = i
    while start - 1 >= sent.start and i - start < max_len:
        prev = doc[start - 1]
        if YEAR.match(prev.text):
            break
        if _name_token(prev) and not (prev.is_sent_start and prev.pos_ not in ("PROPN", "NUM")
                                      and prev.lower_ not in ("the", "a", "an")):
            start -= 1
            continue
        if prev.text in ("'s", "’s") and start - 2 >= sent.start and doc[start].text[:1].isupper():
            k = start - 2  # "The Lamplighter's Daughter" read back from "Daughter"
            while k > sent.start and doc[k].text[:1].isupper() and doc[k].text not in ("The", "A", "An") \
                    and start - k < 4:
                k -= 1
            if doc[k].text in ("The", "A", "An") and k < start - 2:
                start = k
                continue
        if prev.text == "-" and not prev.whitespace_ and start - 2 >= sent.start and not doc[start - 2].whitespace_ \
                and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha and doc[start].text[:1].isupper():
            start -= 2  # "Spider-Man", "Okafor-Lind"
            continue
        if connectors:
            done = False
            for width in (1, 2):
                lo = start - width
                if lo - 1 >= sent.start and _name_token(doc[lo - 1]) and _gap(doc, lo, start, sent) \
                        and doc[lo - 1].text not in ("'s", "’s"):
                    start = lo - 1
                    done = True
                    break
            if done:
                continue
        break
    # "Title: Part Two": a numbered subtitle belongs to the title before the colon
    if start - 2 >= sent.start and doc[start - 1].text == ":" and doc[start].text in SUBTITLE_WORDS \
            and _name_token(doc[start - 2]):
        before = name_run(doc, start - 2, allow_connectors=allow_connectors, max_len=max_len)
        if before is not None and before[1] == start - 1:
            start = before[0]
    # "It's Always Raining Here": a title that opens with "It's"
    if start - 2 >= sent.start and doc[start - 1].text in ("'s", "’s") and doc[start - 2].text == "It":
        start -= 2
    # "The"/"A" opening a title belongs to it.
    if start - 1 >= sent.start and doc[start - 1].text in ("The", "A", "An") and doc[start - 1].i == sent.start:
        start -= 1
    end = i + 1
    while end < sent.end and end - start < max_len:
        nxt = doc[end]
        if YEAR.match(nxt.text) and end > i:
            break
        if _name_token(nxt):
            end += 1
            continue
        if _inner_possessive(doc, start, end, sent.end) and doc[end + 1].is_alpha:
            end += 2
            continue
        if nxt.text == "-" and not doc[end - 1].whitespace_ and not nxt.whitespace_ and end + 1 < sent.end \
                and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha and doc[end - 1].text[:1].isupper():
            end += 2  # "Okafor-Lind", "Ji-won": one name the tokenizer split at its hyphen
            continue
        if connectors:
            done = False
            for width in (1, 2):
                hi = end + width
                if hi < sent.end and _name_token(doc[hi]) and _gap(doc, end, hi, sent):
                    end = hi + 1
                    done = True
                    break
            if done:
                continue
            if nxt.lower_ in ("and", "&") and end + 1 < sent.end and _name_token(doc[end + 1]) \
                    and any(doc[k].text == ":" for k in range(start, end)):
                end += 2  # "Title: The Rise and Fall of ..." (after a colon, "and" stays inside)
                continue
        if nxt.text in (":", "–", "—") and end + 1 < sent.end and _name_token(doc[end + 1]) \
                and doc[end + 1].text[0].isupper() and (nxt.text == ":" or any(doc[k].text == ":"
                                                                                for k in range(start, end))):
            end += 2  # "Title: Subtitle", "Title: Part One – Part Two"
            continue
        break
    # Trim connectors at the edges.
    while end - 1 > start and (doc[end - 1].lower_ in FUNCTION_WORDS or doc[end - 1].text == ":"):
        end -= 1
    return start, end


TIME_WORDS = frozenset("on since until till by last next this every each from before after early late".split())


def _calendar_name(tok: Token) -> bool:
    """A month or weekday that opens a name: "Sunday People", "June Park" (not "on Sunday", "June 8")."""
    doc = tok.doc
    if tok.lower_ not in CALENDAR or not tok.text[:1].isupper() or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return nxt.text[:1].isupper() and nxt.is_alpha and nxt.ent_type_ not in ("DATE", "TIME") \
        and nxt.lower_ not in CALENDAR and (prev is None or prev.lower_ not in TIME_WORDS)


def _name_token(tok: Token) -> bool:
    if tok.is_punct or tok.is_space or tok.like_url:
        return False
    if tok.ent_type_ in ("DATE", "TIME") and not tok.like_num and not _calendar_name(tok):
        return False  # "on June 8"
    if tok.text in ("'s", "’s", "'", "’"):
        return False
    if tok.like_num and not (tok.is_alpha and tok.text[:1].isupper()):  # ("The Ninth Orchard", "Seven")
        return tok.pos_ in ("NUM", "PROPN") and len(tok.text) <= 4
    if tok.text in ROMAN:
        return True
    if not tok.text[0].isupper():
        return False
    if tok.lower_ in CREDIT_WORDS and not (tok.i > 0 and tok.doc[tok.i - 1].text in ('"', "“", "'", "‘")):
        return False  # "Featuring A", "A Jr. Directed and written by ...": a credit, not a name
    if tok.is_upper and len(tok.text) > 1 and tok.pos_ not in ("PROPN", "NOUN", "NUM"):
        return False  # "WITH", "AND" in all-caps text
    if tok.tag_ == "VBG" and not tok.is_sent_start and tok.i > 0 and tok.text[:1].isupper() and \
            (tok.doc[tok.i - 1].text[:1].isupper() or tok.doc[tok.i - 1].text == ":"):
        return True  # "Nightfall Rising", "Burning Skies"
    return tok.pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "X") or (tok.pos_ == "DET" and tok.text in ("The", "A", "An"))


TITLE_SMALL = frozenset("of the a an and in on at to for from with without into upon or nor but is be "
                        "vs".split())
TITLE_INNER_PUNCT = {"-", "–", ":", "&", "!", "?"}  # quote marks end a title: 'A' and 'B' are two
_STOP_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")


def _title_ok(tok: Token) -> bool:
    if tok.lower_ in CREDIT_WORDS and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("is", "was", "were", "are"):
        return False  # "Title is Written by A": the credit, capitalised or not, is no part of the title
    if tok.text in ("'s", "’s"):  # "It's Always ...", "Let's ...": a contraction, not a possessive owner
        return tok.i > 0 and tok.doc[tok.i - 1].text in ("It", "Let", "That", "What", "Here", "There", "Who")
    if tok.ent_type_ in _STOP_ENTS and not YEAR.match(tok.text) and not tok.text[:1].isupper():
        return False
    if tok.text[:1].isupper() or tok.text[:1].isdigit():
        # NER dates many titles ("The Long Autumn"); a month or a weekday is still no part of one
        return tok.ent_type_ not in ("DATE", "TIME") or tok.like_num or tok.lower_ not in CALENDAR \
            or _calendar_name(tok)
    if tok.lower_ == "for":  # "Requiem for a Dream", but "Title for Studio" and "Title for A" are two names
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and (nxt.lower_ in ("a", "an", "the") or nxt.is_title and not nxt.ent_type_
                                    and nxt.lower_ not in lexicon().org_suffixes and tok.i > 0
                                    and tok.doc[tok.i - 1].is_title)  # "... for Life"
    return tok.lower_ in TITLE_SMALL or tok.text in TITLE_INNER_PUNCT


def title_span(doc: Doc, i: int, forward: bool = True, stop: int | None = None,
               max_len: int = 14) -> tuple[int, int] | None:
    """A title read from the surface, from token ``i`` forward (or backward): capitalised words and
    the small words between them ("Time of the Wolves", "The Bell Rings at Dawn", "Stand-In")."""
    sent = doc[i].sent
    lo_limit, hi_limit = sent.start, min(sent.end, stop if stop is not None else sent.end)
    if not (lo_limit <= i < hi_limit):
        return None
    quoted = i > 0 and doc[i - 1].text in ("‘", "“", '"', "'") and doc[i].text[:1].isupper()
    if not _title_ok(doc[i]) and not quoted and not (forward and doc[i].text.isdigit() and i + 1 < hi_limit
                                                     and doc[i + 1].is_title
                                                     and doc[i + 1].ent_type_ not in ("DATE", "TIME")):
        return None  # (a number opens "40 Nights Adrift" or "9000 Leagues to Home")
    start = end = i
    if forward:
        end = i + 1
        while end < hi_limit and end - start < max_len and (_title_ok(doc[end])
                                                            or _inner_possessive(doc, start, end, hi_limit)) \
                and not YEAR.match(doc[end].text):
            if doc[end].lower_ in ("and", "with", "by", "from", "in", "at", "on", "for") and end + 1 < hi_limit \
                    and doc[end + 1].ent_iob_ == "B" and doc[end + 1].ent_type_ in ("PERSON", "ORG", "GPE", "DATE"):
                break  # "Title with A Person", "Title for Studio"
            if doc[end].lower_ == "and" and end + 2 < hi_limit and doc[end + 1].is_title and doc[end + 2].is_title \
                    and sum(t.is_title for t in doc[start:end]) >= 2:
                break  # "X Y and Z W": two titles ("Romeo and Juliet", "Harry Potter and the ..." stay one)
            if doc[end].lower_ == "and" and end + 1 < hi_limit and doc[end + 1].lower_ in ("the", "a", "an") and any(
                    t.text.islower() and t.lemma_.lower() in lexicon().film_nouns for t in doc[end + 2:min(
                        end + 6, hi_limit)]):
                break  # "X and the Sundance drama Y": two titles, each with its description
            end += 1
    else:
        end = i + 1
        while start - 1 >= lo_limit and end - start < max_len and _title_ok(doc[start - 1]) \
                and not YEAR.match(doc[start - 1].text):
            if doc[start - 1].lower_ in ("and", "with", "by", "from", "in", "at", "on", "for") \
                    and start - 2 >= lo_limit and doc[start - 2].ent_type_ in ("PERSON", "ORG") \
                    and doc[start - 1].ent_iob_ != "I":
                break  # "cast A Person in Title (1974)": the name before "in" is no part of the title
            start -= 1
    if start == sent.start and start + 1 < end and doc[start].pos_ in ("VERB", "ADP", "ADV", "SCONJ") \
            and (doc[start + 1].lower_ in TITLE_SMALL or doc[start].lower_ in TITLE_FUNCTION):
        start += 1  # "For Title (2022), ...", "Following on Title": the sentence's first word is no part of it
    # Trim small words and punctuation off the edges; a title starts with a capital.
    while start < end and (doc[start].lower_ in TITLE_SMALL and not doc[start].text[:1].isupper()
                           or doc[start].text in TITLE_INNER_PUNCT):
        start += 1
    while end > start and (doc[end - 1].lower_ in TITLE_SMALL and not doc[end - 1].text[:1].isupper()
                           or doc[end - 1].text in TITLE_INNER_PUNCT - {"!", "?"}):
        end -= 1
    if start >= end or not (doc[start].text[:1].isupper() or doc[start].text[:1].isdigit()):
        return None
    if not any(t.is_alpha for t in doc[start:end]):
        return None
    return start, end


def quoted_titles(doc: Doc) -> list[Title]:
    """Quoted, title-cased strings: 'Title', “Title”, ‘Title,’ (punctuation inside quotes dropped)."""
    out = []
    for m in _QUOTED.finditer(doc.text):
        q, c = m.group("q"), m.group("c")
        if (q, c) not in QUOTE_PAIRS and not (q in "‘’'" and c in "’'"):
            continue
        text = m.group("t").rstrip(" ,.")
        words = [w for w in re.findall(r"[\w'’:-]+", text)]
        if not words or len(words) > 14:
            continue
        content = [w for w in words if w.lower() not in FUNCTION_WORDS]
        caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
        if not content or caps / len(content) < 0.6:
            continue
        s = m.start("t")
        span = doc.char_span(s, s + len(text), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append(Title(span.start, span.end, "quoted", strength=1.0))
    return out


def _film_noun_form(w: str, nouns) -> bool:
    return w in nouns or w.endswith("s") and w[:-1] in nouns


RELEASE_NOUNS = frozenset({"premiere", "release", "opening", "bow", "debut", "rollout", "trailer", "teaser", "poster",
                           "footage", "screening", "sequel", "remake", "reboot"})


def name_end(doc: Doc, i: int) -> Token:
    """The last token of the name run starting at ``i``."""
    run = name_run(doc, i, allow_connectors=False, max_len=4)
    return doc[run[1] - 1] if run else doc[i]


def _apposed_name(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """'Title, the Studio thriller in which ...': the name before ", the ... <film noun>", read from the
    surface; the noun must head its phrase (not "A, the film's director", "A, a documentary maker")."""
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "VERB", "AUX") or nxt.tag_ == "POS") \
            and not (nxt.ent_type_ == "PERSON" and reduced_relative(name_end(doc, nxt.i))):
        return None  # (", the film was shot by A": a new clause's subject, not an apposition)
    k = noun.i - 1
    while k > noun.sent.start and noun.i - k <= 5 and doc[k].lower_ not in ("the", "a", "an"):
        if doc[k].is_punct and doc[k].text not in ("-",) or doc[k].pos_ in ("VERB", "AUX", "ADP"):
            return None
        k -= 1
    if k - 2 < noun.sent.start or doc[k].lower_ not in ("the", "a", "an") or doc[k - 1].text != ",":
        return None
    run = title_span(doc, k - 2, forward=False)
    if run is None or run[1] != k - 1 or doc[run[0]].ent_type_ in ("GPE", "NORP", "DATE") \
            or doc[run[1] - 1].lower_ in lexicon().org_suffixes:
        return None
    return run


def cue_titles(doc: Doc) -> list[Title]:
    lex = lexicon()
    out = []
    names = ("titled", "entitled", "called", "dubbed", "named", "(")
    parts = ("role", "roles", "part", "parts", "cameo")
    makers = {k for k, v in lex.role_nouns.items() if v.split("+")[0] in ("P57", "P58", "P162")} | {"filmmaker"}
    for i, low in enumerate(lowers(doc)):
        if not (low in names or low in parts or low in makers or _film_noun_form(low, lex.film_nouns)
                or YEAR.match(low) or low in ("'s", "’s") or low in RELEASE_NOUNS or low == "into"):
            continue  # none of the cues below can start here
        tok = doc[i]
        # "forty minutes into Title": a review's way of placing a scene
        if low == "into":
            if i > 0 and doc[i - 1].lemma_.lower() in ("minute", "hour", "way", "halfway") and i + 1 < len(doc):
                j = i + 1
                owner = name_run(doc, j, allow_connectors=False, max_len=3)
                if owner and owner[1] + 1 < len(doc) and doc[owner[1]].text in ("'s", "’s"):
                    j = owner[1] + 1  # "minutes into A's Title"
                run = title_span(doc, j) if is_cap(doc[j]) else None
                if run and run[0] == j:
                    out.append(Title(run[0], run[1], "after 'minutes into'", strength=0.9))
            continue
        # "set a March premiere for Title", "the release of Title"
        if low in RELEASE_NOUNS:
            if tok.pos_ == "NOUN" and i + 2 < len(doc) and doc[i + 1].lower_ in ("for", "of") \
                    and is_cap(doc[i + 2]) and not is_headline(tok.sent):
                run = title_span(doc, i + 2)
                if run and run[0] == i + 2 and doc[run[0]].ent_type_ not in ("PERSON", "GPE", "LOC", "NORP", "DATE"):
                    out.append(Title(run[0], run[1], f"after '{low} {doc[i + 1].lower_}'", strength=0.8))
        # "director A's Title": what a film-maker owns, named by a title right after the possessive
        if low in makers:
            run = name_run(doc, i + 1, allow_connectors=False, max_len=4) if i + 1 < len(doc) else None
            j = run[1] if run and run[0] in (i, i + 1) and run[1] > i + 1 else None
            if j is not None and j + 1 < len(doc) and doc[j].text in ("'s", "’s") and is_cap(doc[j + 1]):
                title = title_span(doc, j + 1) if not is_headline(tok.sent) else name_run(doc, j + 1)
                if title and title[0] == j + 1 and doc[title[0]].ent_type_ not in ("PERSON", "GPE", "NORP", "DATE") \
                        and not (title[1] < len(doc) and doc[title[1]].pos_ == "NOUN"):  # "A's Times piece"
                    out.append(Title(title[0], title[1], f"after '{low} A's'", strength=0.9))
            continue
        # "a main role in Title", "a cameo in Title": whatever the parser made of the title's words
        if low in parts and i + 2 < len(doc) and doc[i + 1].lower_ == "in" and is_cap(doc[i + 2]) \
                and not is_headline(tok.sent):
            run = title_span(doc, i + 2)
            if run and run[0] == i + 2 and doc[run[0]].ent_type_ not in ("PERSON", "GPE", "LOC", "NORP", "DATE"):
                out.append(Title(run[0], run[1], f"after '{low} in'", strength=0.9))
            continue
        # "Title, a 1944 film directed by ...": a film noun in apposition to a name
        if tok.lemma_.lower() in lex.film_nouns and tok.pos_ == "NOUN" and tok.dep_ == "appos" \
                and tok.head.pos_ == "PROPN" and tok.head.i < tok.i \
                and any(c.dep_ == "det" for c in tok.children):
            comma = tok.left_edge.i - 1
            run = title_span(doc, comma - 1, forward=False) if comma > tok.sent.start and doc[comma].text == "," \
                else None
            if run and run[1] == comma and doc[run[0]].ent_type_ not in ("PERSON", "ORG", "GPE") \
                    and run[0] <= tok.head.i < run[1]:
                out.append(Title(run[0], run[1], "apposition", year=_year_before(doc, tok.i), strength=0.9))
            elif tok.text.islower() and tok.tag_ == "NN":  # a name NER took for a person or company
                surface = _apposed_name(doc, tok)
                if surface is not None:
                    out.append(Title(*surface, "apposition", year=_year_before(doc, tok.i), strength=0.9))
        elif tok.lemma_.lower() in lex.film_nouns and tok.text.islower() and tok.tag_ == "NN":
            surface = _apposed_name(doc, tok)  # the parser hung the apposition elsewhere
            if surface is not None:
                out.append(Title(*surface, "apposition", year=_year_before(doc, tok.i), strength=0.9))
        # "the film Title", "the sequel Title", "short feature Title"
        if tok.lemma_.lower() in lex.film_nouns and tok.pos_ == "NOUN" and tok.i + 1 < len(doc) \
                and not tok.text[0].isupper():
            j = tok.i + 1
            if doc[j].text in (",", ":") and j + 1 < len(doc):
                j += 1
            if not is_cap(doc[j]):
                continue
            run = title_span(doc, j) if not is_headline(doc[j].sent) else name_run(doc, j)
            last = doc[run[1] - 1] if run else None
            if last is not None and (last.lower_ in lex.org_suffixes or reduced_relative(last)):
                run = None  # "the thriller Studio Films is producing": a clause about the thriller
            if run and run[0] >= j and is_cap(doc[run[0]]) and doc[run[0]].ent_type_ not in ("DATE", "TIME"):
                year = _year_before(doc, tok.i)
                out.append(Title(run[0], run[1], f"after '{low}'", year=year, strength=0.9))
        # "titled Title", "a film called Title"
        if low in ("titled", "entitled", "called", "dubbed", "named") and tok.i + 1 < len(doc) and \
                any(t.lemma_.lower() in lex.film_nouns for t in doc[max(tok.sent.start, tok.i - 4):tok.i]):
            j = tok.i + 1
            while j < len(doc) and doc[j].text in ('"', "'", "“", "‘"):
                j += 1
            run = name_run(doc, j) if j < len(doc) else None
            if run and run[0] == j:
                out.append(Title(run[0], run[1], f"after '{low}'", strength=1.0))
        # "Title (2020)"
        if tok.text == "(" and tok.i + 2 < len(doc) and YEAR.match(doc[tok.i + 1].text) and doc[tok.i + 2].text == ")":
            run = title_span(doc, tok.i - 1, forward=False) if tok.i > doc[tok.i].sent.start else None
            if run and run[1] == tok.i:
                out.append(Title(run[0], run[1], "year in brackets", year=doc[tok.i + 1].text, strength=0.9))
        # "Quill's The Quiet Coast": a name after a possessive that opens with an article is a title
        if tok.text in ("'s", "’s") and tok.i + 2 < len(doc) and tok.i > 0 and doc[tok.i - 1].text[:1].isupper() \
                and doc[tok.i + 1].text in ("The", "A", "An") and doc[tok.i + 2].text[:1].isupper() \
                and not doc[tok.i + 1].is_sent_start:
            run = name_run(doc, tok.i + 1)
            if run and run[0] == tok.i + 1 and run[1] - run[0] >= 2:
                out.append(Title(run[0], run[1], "after a possessive", strength=0.8))
        # "2012's Title", "Quill's 2017 Title"
        if YEAR.match(tok.text) and tok.i + 1 < len(doc):
            j = tok.i + 1
            if doc[j].text in ("'s", "’s") and j + 1 < len(doc):
                j += 1
            elif tok.i > 0 and doc[tok.i - 1].text in ("'s", "’s"):
                pass
            else:
                continue
            run = name_run(doc, j)
            if run and run[0] == j:
                out.append(Title(run[0], run[1], "year before", year=tok.text, strength=0.9))
    return out


def copula_titles(doc: Doc) -> list[Title]:
    """'Title is a 1994 American thriller film': the subject of a film-noun predicate."""
    lex = lexicon()
    out = []
    for i, low in enumerate(lowers(doc)):
        if not _film_noun_form(low, lex.film_nouns):
            continue
        tok = doc[i]
        if tok.dep_ != "attr" or tok.lemma_.lower() not in lex.film_nouns or tok.head.lemma_ != "be":
            continue
        year = next((c.text for c in tok.subtree if YEAR.match(c.text) and c.i < tok.i), None)
        if year is None and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "from" \
                and YEAR.match(doc[tok.i + 2].text):
            year = doc[tok.i + 2].text  # "a film from 1956"
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            # "It's Always Raining Here is a 1961 film", "I, Golem is a 2014 film": the parse derails
            run = _whole_subject(doc, doc[tok.sent.start], tok.head)
            if run is not None and run[1] - run[0] >= 3 and doc[run[0] + 1].text in ("'s", "’s", ","):
                out.append(Title(run[0], run[1], "is a film", year=year, strength=1.0))
            continue
        if any(t.text == "," or t.dep_ == "attr" for t in doc[tok.head.i + 1:tok.left_edge.i]):
            continue  # "A was the producer of X, a film ...": the film noun belongs to X, not to A
        run = _whole_subject(doc, subj, tok.head)
        first = tok.sent.start
        if run is None and first + 1 < subj.i and doc[first + 1].text in (",", "'s", "’s"):
            run = _whole_subject(doc, doc[first], tok.head)  # "I, Golem is ...": the parse splits the title
        if run is None:
            run = title_span(doc, subj.left_edge.i, stop=tok.head.i)
        if run is None or not (run[0] <= subj.i < run[1]):
            run = name_run(doc, subj.i)
        if run is None:
            continue
        out.append(Title(run[0], run[1], "is a film", year=year, strength=1.0))
    return out


def _whole_subject(doc: Doc, subj: Token, verb: Token) -> tuple[int, int] | None:
    """'I, Robot is a 2004 film', "Sam's Back is a 2007 film": a sentence-opening subject
    is a title as a whole when every word of it is capitalised or small."""
    sent = subj.sent
    if subj.left_edge.i != sent.start or verb.i - sent.start > 12:
        return None
    end = verb.i
    while end > sent.start and doc[end - 1].is_punct and doc[end - 1].text != "!":
        end -= 1
    words = doc[sent.start:end]
    if len(words) < 1 or not words[0].text[:1].isupper():
        return None
    for t in words:
        if t.is_alpha and not (t.text[0].isupper() or t.lower_ in TITLE_SMALL):
            return None
        if t.text == "(":
            return None
    return sent.start, end


def _year_before(doc: Doc, i: int) -> str | None:
    for k in range(i - 1, max(i - 4, doc[i].sent.start - 1), -1):
        if YEAR.match(doc[k].text):
            return doc[k].text
        if doc[k].is_punct:
            break
    return None


def sequel_number(text: str) -> tuple[str, int] | None:
    """``"Title 2"`` → ``("Title", 2)``; also Roman numerals and "Part N"."""
    m = re.match(r"^(.*?\S)\s+(?:Part\s+)?(\d{1,2}|II|III|IV|V|VI|VII|VIII|IX|X)$", text)
    if not m:
        return None
    n = int(m.group(2)) if m.group(2).isdigit() else ROMAN[m.group(2)]
    return (m.group(1), n) if 2 <= n <= 12 and not YEAR.match(m.group(2)) else None


def numbered_titles(doc: Doc) -> list[Title]:
    out = []
    for i, low in enumerate(lowers(doc)):
        if not (low.isdigit() or low.upper() in ROMAN):
            continue
        tok = doc[i]
        if (tok.like_num and tok.text.isdigit() and 2 <= int(tok.text) <= 12) or tok.text in ROMAN:
            if tok.i == 0 or not is_cap(doc[tok.i - 1]) or doc[tok.i - 1].like_num:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in UNITS:
                continue
            run = name_run(doc, tok.i - 1, max_len=6)
            if run and run[1] in (tok.i, tok.i + 1) and doc[run[0]].pos_ in ("PROPN", "NOUN", "ADJ", "DET"):
                out.append(Title(run[0], tok.i + 1, "sequel number", strength=0.8))
    return out


def ordinal_titles(doc: Doc) -> list[Title]:
    """'a fourth Title movie': a film of its own, in the series named inside it."""
    lex = lexicon()
    out = []
    for tok in tokens_among(doc, ORDINALS):
        if tok.i + 2 < len(doc):
            run = name_run(doc, tok.i + 1, max_len=6)
            if run and run[0] == tok.i + 1 and run[1] < len(doc) and doc[run[1]].lemma_.lower() in lex.film_nouns:
                out.append(Title(tok.i, run[1] + 1, "ordinal film", strength=0.9,
                                 extra={"series": (run[0], run[1]), "n": ORDINALS[tok.lower_]}))
    return out


MAKING_VERBS = frozenset({"develop", "make", "finance", "acquire", "buy", "shoot", "film", "back"})


def reduced_relative(tok: Token) -> bool:
    """Is ``tok`` the subject of a clause that describes the noun before it, whose object it lacks
    ("the thriller [Studio is producing]", "the film [Ana Lind directed]")?"""
    crafts = {k for k, r in lexicon().verbs.items() if r not in ("P161", "P175", "P750")}
    doc = tok.doc
    j = tok.i + 1  # a person or company: read from the surface, the parser often makes the name an apposition
    while j < len(doc) and doc[j].pos_ == "AUX" and j - tok.i <= 3:
        j += 1
    if tok.ent_type_ in ("PERSON", "ORG") and j < len(doc) \
            and (doc[j].tag_ == "VBD" or j > tok.i + 1 and doc[j].tag_ in ("VBG", "VBN")) \
            and doc[j].lemma_.lower() in crafts | MAKING_VERBS \
            and (j + 1 >= len(doc) or doc[j + 1].pos_ not in ("DET", "PROPN", "PRON") and doc[j + 1].lower_ != "by"):
        return True  # "the thriller A is directing for Studio", "the film A directed"
    v = tok.head
    if tok.dep_ not in ("nsubj",) or v.i <= tok.i or v.dep_ not in ("relcl", "acl"):
        return False
    lemma = v.lemma_.lower()
    return (lemma in crafts or lemma in MAKING_VERBS) and not any(c.dep_ == "dobj" for c in v.children)


def review_titles(doc: Doc) -> list[Title]:
    """'Title Review: ...', 'Review: Title', "'Title' review": what a review is about is a film."""
    out = []
    for tok in tokens_among(doc, ("review",)):
        i = tok.i
        quotes = ("'", "’", '"', "”", "‘", "“")
        ends = i + 1 < tok.sent.end and doc[i + 1].text in (":", "–", "-", "—", "|") or (
            i > 0 and doc[i - 1].text in quotes)  # "Title Review: ...", "'Title' review"
        generic = {"film", "movie", "tv", "book", "theater", "theatre", "album", "game", "concert", "festival"}
        if ends and i > 0 and (doc[i - 1].text in quotes or is_cap(doc[i - 1])) and not (
                i - tok.sent.start <= 2 and doc[i - 1].lower_ in generic):
            # the whole opening of the line before "Review" ("Title Review: ...", "'Title' Review")
            lo, hi = tok.sent.start, i
            lo += doc[lo].text in quotes
            hi -= doc[hi - 1].text in quotes
            words = doc[lo:hi]
            if 0 < len(words) <= 8 and is_cap(words[0]) and all(
                    is_cap(t) or t.lower_ in TITLE_SMALL or t.text in TITLE_INNER_PUNCT for t in words):
                out.append(Title(lo, hi, "before 'review'", strength=0.8))
        elif i + 2 < len(doc) and doc[i + 1].text == ":" and (tok.is_sent_start or i - tok.sent.start == 1
                                                              and doc[i - 1].lower_ in generic):
            run = name_run(doc, i + 2, max_len=8)
            if run and run[0] == i + 2:
                out.append(Title(run[0], run[1], "after 'review:'", strength=0.8))
    return out


def find_titles(doc: Doc) -> list[Title]:
    """Every title candidate in the document, strongest reasons first."""
    return quoted_titles(doc) + copula_titles(doc) + ordinal_titles(doc) + cue_titles(doc) + numbered_titles(doc) \
        + review_titles(doc)
