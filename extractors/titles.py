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

from .columns import columns, doc_text
from .lexicon import CONNECTORS, FUNCTION_WORDS, ORDINALS, ROMAN, is_common_noun, is_given_name, lexicon

QUOTE_PAIRS = [("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("’", "’"), ("«", "»")]
OPEN_QUOTES = frozenset({'"', "“", "'", "‘"})  # a quote mark that may open a title
CLOSE_QUOTES = frozenset({'"', "”", "’", "'"})  # ... and one that may close it
MONTHS = frozenset("january february march april may june july august september october november december".split())
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?")  # "10:05", "9.30pm": a live blog's or a video's time
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight".split())
CALENDAR = MONTHS | DAYS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec yesterday".split())
SUBTITLE_WORDS = frozenset({"Part", "Chapter", "Episode", "Volume", "Vol", "Vol.", "Book"})
CREDIT_WORDS = frozenset("directed written produced edited composed distributed starring featuring co-starring "
                         "starred".split())
FILM_ADJECTIVES = frozenset({"animated", "upcoming", "forthcoming"})
PART_VERBS = frozenset({"play", "portray", "voice", "essay", "star", "appear", "reprise"})
DESCRIBED_FILM_NOUNS = frozenset({"hit", "smash", "original", "tentpole", "flop", "sleeper", "darling", "favourite",
                                  "favorite", "breakout", "debut"})
UNITS = {"years", "weeks", "days", "months", "hours", "minutes", "times", "episodes", "seasons", "films", "movies"}
YEAR = re.compile(r"^(18[89]\d|19\d\d|20\d\d)$")
# (not the apostrophe of a decade: "Revives '90s Saga 'Title'")
_QUOTED = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))(?P<q>[“‘\"'’«])(?P<t>(?!\d0s\b)[A-Z0-9][^“”‘’\"«»\n]{0,100}?)[,.!?]?(?P<c>[”’\"'»])"
    r"(?=[\s,.;:!?)\]—–-]|$)")


@dataclass
class Title:
    start: int  # token offsets (end exclusive)
    end: int
    reason: str
    year: str | None = None
    strength: float = 1.0
    extra: dict = field(default_factory=dict)


def tokens_among(doc: Doc, words) -> Iterator[Token]:
    """The tokens whose lower-case text is one of ``words``, in order."""
    return (doc[i] for i in columns(doc).where(words))


def is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or t[0].isdigit()) and tok.pos_ not in ("PUNCT", "SYM")


TITLE_FUNCTION = frozenset("without with in on of the to be from at for and is it a an by into upon under over "
                           "after before who what where when".split())


def headline_at(doc: Doc, i: int) -> bool:
    """Is token ``i`` in a Title Case line ("Editor Reunites With Director For ...")? Such lines join
    everything, so names there take no connectors. Computed once per sentence."""
    cols = columns(doc)
    start = cols.sent_start[i]
    cache = doc.user_data.setdefault("filmkg_headline", {})
    if start not in cache:
        words = [k for k in range(start, cols.sent_end[i]) if cols.is_alpha[k] and cols.lower[k] not in FUNCTION_WORDS]
        end = cols.sent_end[i]
        prose = cols.text[end - 1] == "." and any(cols.pos[k] in ("AUX", "VERB") and cols.text[k].islower()
                                                  for k in range(start, end))  # "Producers are A for B Pictures."
        cache[start] = not prose and len(words) >= 4 \
            and sum(cols.text[k][0].isupper() for k in words) >= 0.8 * len(words)
    return cache[start]


def _gap(cols, lo: int, hi: int, sent_end: int) -> bool:
    """May the tokens lo:hi sit between two parts of one name?"""
    n = hi - lo
    if n < 1 or n > 2:
        return False
    lower, text = cols.lower, cols.text
    if lower[lo] == "for" and n == 2 and lower[lo + 1] in ("a", "an", "the"):
        return True
    for k in range(lo, hi):
        title_word = text[k][:1].isupper() and lower[k] in TITLE_FUNCTION and cols.sent_start[k] != k
        versus = n == 1 and text[k] in ("vs.", "vs", "x", "v.")  # "Ghoul vs. Ghoul", "Ghoul x Robot"
        if not (lower[k] in CONNECTORS or title_word or versus):
            return False
    if cols.like_num[lo - 1]:  # "Title 3 for Studio"
        return False
    if hi >= sent_end:
        return False
    only_of = all(lower[k] in ("of", "the", "de", "da", "von", "van", "der", "del", "la", "le", "du")
                  for k in range(lo, hi))
    if not only_of and cols.ent_iob[hi] == "B" and cols.ent[hi] in ("PERSON", "ORG", "GPE", "NORP"):
        return False  # "writing Title for Studio", "Title on Service"
    return True


def named_after_noun(doc: Doc, i: int, max_len: int = 10) -> tuple[int, int] | None:
    """The title that starts at ``i`` right after the noun that introduces it ("the video game
    Lockkeeper's Log", "the stage play Supper at Dusk", "provisionally titled Winter at the
    Weir"): capitalised words, the small words between them and a possessive inside, up to the
    first word that can be no part of a title. None when ``i`` opens no capitalised word."""
    cols = columns(doc)
    n, end_limit = len(doc), cols.sent_end[i] if i < len(doc) else i
    if i >= n or not (cols.text[i][:1].isupper() or cols.text[i][:1].isdigit()):
        return None
    end = k = i + 1
    while k < end_limit and k - i < max_len:
        word = cols.text[k]
        if word[:1].isupper() and cols.is_alpha[k] or cols.like_num[k] and cols.text[k - 1][:1].isupper():
            end = k = k + 1
        elif word in ("'s", "’s") and k + 1 < end_limit and cols.text[k + 1][:1].isupper():
            k += 1  # "Lockkeeper's Log"
        elif word in ("-", ":") and not cols.space[k - 1] or word == ":":
            k += 1
        elif cols.lower[k] in TITLE_SMALL and cols.lower[k] not in ("and", "or", "but", "is", "be"):
            if cols.lower[k] == "by" or k + 1 < end_limit and cols.ent_iob[k + 1] == "B" \
                    and cols.ent[k + 1] in ("PERSON", "DATE", "GPE", "ORG"):
                break  # "X by A", "X in 2019", "X for Studio"
            k += 1
        else:
            break
    return (i, end) if end > i else None


def inner_possessive(doc: Doc, start: int, k: int, limit: int) -> bool:
    """Is doc[k] the "'s" inside a name that opens with an article ("The Lamplighter's Daughter")?
    No person's name opens with "The", so the possessive belongs to the title."""
    cols = columns(doc)
    if k + 1 >= limit or not cols.text[k + 1][:1].isupper():
        return False
    subtitle = ":" in cols.text[start:k]  # "Title: Crows' Gate", "Title: The Miller's Son"
    if cols.lower[k - 1] in lexicon().org_suffixes:
        return False  # "The Bellmoor Company's Title": a company owns the title
    return cols.text[k] in ("'s", "’s") and (cols.text[start] in ("The", "A", "An") or subtitle) \
        or cols.text[k] in ("'", "’") and (subtitle or cols.text[start] in ("The", "A", "An")) \
        and cols.lower[k - 1].endswith("s")  # "The Smugglers' Widow"


def _possessive_opening(doc: Doc, k: int, lo: int, hi: int) -> int | None:
    """Where a title opens when doc[k] is the possessive inside it ("The Warden's Niece" read
    back from "Niece"): the article a few capitalised words before it, else None."""
    cols = columns(doc)
    if cols.text[k] not in ("'s", "’s", "'", "’"):
        return None
    j = k - 1
    while j > lo and k - j < 3 and cols.text[j][:1].isupper() and cols.text[j] not in ("The", "A", "An"):
        j -= 1
    if j >= lo and j < k - 1 and cols.text[j] in ("The", "A", "An") and inner_possessive(doc, j, k, hi):
        return j
    return None


def _owner_opening(doc: Doc, start: int, lo: int, hi: int, long_enough: bool) -> tuple[int, bool] | None:
    """Where a name read back to ``start`` opens when a possessive comes right before it, and whether to
    stop there: at the article of "The Smugglers' Widow" read back from "Widow" (read on), at the lone
    first name of "Ada's Big Day" read back from "Day" (stop); None when it is no title's possessive."""
    owner = _possessive_opening(doc, start - 1, lo, hi)
    if owner is not None:
        return owner, False
    if start - 2 >= lo and (long_enough or numbered_owner(doc, start - 2)) and first_name_opening(doc, start - 2):
        return start - 2, True
    return None


def numbered_owner(doc: Doc, k: int) -> bool:
    """Does the text number a title that opens with doc[k]'s possessive ("Calder's Run II", "Ada's Day 2")?
    Then "Calder's Run" is one title wherever it stands: no one numbers a person's film that way."""
    cols = columns(doc)
    owners = doc.user_data.get("filmkg_numbered_owners")
    if owners is None:
        numbered, owned = set(), {}
        for j in cols.where(("'s", "’s")):
            if j < 1 or j + 1 >= len(doc):
                continue
            owned.setdefault(cols.text[j - 1], set()).add(cols.text[j + 1])
            q = j + 1
            while q < len(doc) and q - j <= 5 and cols.is_title[q] and cols.is_alpha[q]:
                q += 1
            if q > j + 1 and q < len(doc) and (cols.text[q] in ROMAN and cols.text[q] != "I" or
                                               cols.text[q].isdigit() and 2 <= int(cols.text[q]) <= 12):
                numbered.add(cols.text[j - 1])
        # ("Studio's Tarn 2 ... Studio's Gorse Quay": an owner of two things is a studio or a person)
        owners = doc.user_data["filmkg_numbered_owners"] = {o for o in numbered if len(owned[o]) == 1}
    return cols.text[k] in owners


def first_name_opening(doc: Doc, k: int) -> bool:
    """Is doc[k] a lone first name with a possessive after it that opens a title ("Ada's Big Day")? Only
    when no one of the text bears that first name: "Ada Munk ... Ada's Big Day" is Ada Munk's film."""
    cols = columns(doc)
    if cols.text[k + 1] not in ("'s", "’s") or not (cols.is_title[k] and cols.is_alpha[k]) \
            or k > cols.sent_start[k] and (
                cols.is_title[k - 1] and cols.is_alpha[k - 1] or cols.text[k - 1] in ("'s", "’s")):
        return False
    if numbered_owner(doc, k):
        return True
    if not is_given_name(cols.lower[k]):
        return False
    return not any(j + 1 < len(doc) and cols.text[j] == cols.text[k] and cols.is_title[j + 1] and cols.is_alpha[j + 1]
                   for j in cols.where(cols.lower[k]))  # (a full name "Ada Munk" anywhere)


def _named_so_elsewhere(cols, p: int) -> bool:
    """Does the text write doc[p] doc[p + 1] together again, away from a sentence start ("'Parallel Run'
    at 25 ... Parallel Run 2 arrived")? Then the sentence's first word is part of the name."""
    return p + 1 < len(cols.text) and any(
        j != p and cols.sent_start[j] != j and j + 1 < len(cols.text) and cols.text[j] == cols.text[p]
        and cols.text[j + 1] == cols.text[p + 1] for j in cols.where(cols.lower[p]))


def name_run(doc: Doc, i: int, allow_connectors: bool = True, max_len: int = 12) -> tuple[int, int] | None:
    """The run of capitalised words around token ``i``.

    Inner lower-case words ("of the", "on a") and capitalised function words mid-sentence
    ("Without", "To") are allowed between capitalised words, except in Title Case headlines.
    """
    cols = columns(doc)
    if i < 0 or i >= len(doc) or not _name_at(cols, i):
        return None
    text = cols.text
    sent_start, sent_end = cols.sent_start[i], cols.sent_end[i]
    connectors = allow_connectors and not headline_at(doc, i)
    start = i
    while start - 1 >= sent_start and i - start < max_len:
        p = start - 1
        if YEAR.match(text[p]):
            break
        elsewhere = cols.sent_start[p] == p and cols.is_title[p] and cols.is_alpha[p] and _named_so_elsewhere(cols, p)
        if (_name_at(cols, p) or elsewhere) and not (cols.sent_start[p] == p and cols.pos[p] not in ("PROPN", "NUM")
                                                    and cols.lower[p] not in ("the", "a", "an") and not elsewhere):
            start -= 1
            continue
        opening = _owner_opening(doc, start, sent_start, sent_end, i - start >= 1) if start - 2 >= sent_start else None
        if opening is not None:
            start, done = opening
            if done:
                break
            continue
        if text[p] == "-" and not cols.space[p] and start - 2 >= sent_start and not cols.space[start - 2] \
                and text[start - 2][:1].isupper() and cols.is_alpha[start - 2] and text[start][:1].isupper():
            start -= 2  # "Spider-Man", "Okafor-Lind"
            continue
        if hyphen_given_name(cols, p - 2) and p - 2 >= sent_start:
            start = p - 2  # "Ji-won Seo" read back from "Seo"
            continue
        if connectors:
            done = False
            for width in (1, 2):
                lo = start - width
                if lo - 1 >= sent_start and _name_at(cols, lo - 1) and _gap(cols, lo, start, sent_end) \
                        and text[lo - 1] not in ("'s", "’s"):
                    start = lo - 1
                    done = True
                    break
            if done:
                continue
        break
    # "Title: Part Two": a numbered subtitle belongs to the title before the colon
    if start - 2 >= sent_start and text[start - 1] == ":" and text[start] in SUBTITLE_WORDS \
            and _name_at(cols, start - 2):
        before = name_run(doc, start - 2, allow_connectors=allow_connectors, max_len=max_len)
        if before is not None and before[1] == start - 1:
            start = before[0]
    # "It's Always Raining Here": a title that opens with "It's"
    if start - 2 >= sent_start and text[start - 1] in ("'s", "’s") and text[start - 2] == "It":
        start -= 2
    # "The"/"A" opening a title belongs to it.
    if start - 1 >= sent_start and text[start - 1] in ("The", "A", "An") and start - 1 == sent_start:
        start -= 1
    end = i + 1
    while end < sent_end and end - start < max_len:
        if YEAR.match(text[end]) and end > i:
            break
        if _name_at(cols, end):
            end += 1
            continue
        if inner_possessive(doc, start, end, sent_end) and cols.is_alpha[end + 1]:
            end += 2
            continue
        if text[end] == "-" and not cols.space[end - 1] and not cols.space[end] and end + 1 < sent_end \
                and text[end + 1][:1].isupper() and cols.is_alpha[end + 1] and text[end - 1][:1].isupper():
            end += 2  # "Okafor-Lind", "Ji-won": one name the tokenizer split at its hyphen
            continue
        if text[end] == "-" and hyphen_given_name(cols, end - 1) and end + 1 < sent_end:
            end += 2  # "Ji-won Seo": a given name with a lower-case second syllable
            continue
        if connectors:
            done = False
            for width in (1, 2):
                hi = end + width
                if hi < sent_end and _name_at(cols, hi) and _gap(cols, end, hi, sent_end):
                    end = hi + 1
                    done = True
                    break
            if done:
                continue
            if cols.lower[end] in ("and", "&") and end + 1 < sent_end and _name_at(cols, end + 1) \
                    and any(text[k] == ":" for k in range(start, end)):
                end += 2  # "Title: The Rise and Fall of ..." (after a colon, "and" stays inside)
                continue
        if text[end] in (":", "–", "—") and end + 1 < sent_end and _name_at(cols, end + 1) \
                and text[end + 1][0].isupper() and (text[end] == ":" or any(text[k] == ":"
                                                                            for k in range(start, end))):
            end += 2  # "Title: Subtitle", "Title: Part One – Part Two"
            continue
        break
    # Trim connectors at the edges.
    while end - 1 > start and (cols.lower[end - 1] in FUNCTION_WORDS or cols.text[end - 1] == ":"):
        end -= 1
    return start, end


def hyphen_given_name(cols, k: int) -> bool:
    """Tokens k..k+2 are a given name like "Ji-won" or "Hyun-woo" (split by the tokenizer at its hyphen),
    next to a surname: "Ji-won Seo", or surname first, "Kim Dae-ho"."""
    text, n = cols.text, len(cols.text)
    if not (k >= 0 and k + 2 < n and text[k + 1] == "-" and not cols.space[k] and not cols.space[k + 1]
            and text[k][:1].isupper() and cols.is_alpha[k] and len(text[k]) <= 5
            and text[k + 2].islower() and cols.is_alpha[k + 2] and len(text[k + 2]) <= 5
            and cols.ent[k] not in ("GPE", "NORP", "LOC")
            and not text[k + 2].endswith("ed") and text[k + 2] not in ("born", "set", "made", "run", "led", "era",
                                                                       "like")):
        return False
    if k + 3 < n and not cols.space[k + 2] and cols.is_alpha[k + 3]:
        return False  # the word goes on
    surname_after = k + 3 < n and cols.space[k + 2] and text[k + 3][:1].isupper() and cols.is_alpha[k + 3]
    surname_before = k >= 1 and text[k - 1][:1].isupper() and cols.is_alpha[k - 1] and cols.space[k - 1]
    return surname_after or surname_before


TIME_WORDS = frozenset("on since until till by last next this every each from before after early late".split())


def _calendar_name(tok: Token) -> bool:
    """A month or weekday that opens a name: "Sunday People", "June Park" (not "on Sunday", "June 8")."""
    return _calendar_at(columns(tok.doc), tok.i)


def _calendar_at(cols, i: int) -> bool:
    if cols.lower[i] not in CALENDAR or not cols.text[i][:1].isupper():
        return False
    if i >= 2 and cols.is_title[i - 1] and cols.pos[i - 1] in ("PROPN", "ADJ") and cols.lower[i - 1] not in CALENDAR \
            and cols.lower[i - 2] not in ("on", "in", "of", "since", "until", "by") \
            and (i + 1 >= len(cols.text) or not cols.like_num[i + 1]):
        return True  # a month that ends a name: "The Hunt for Red October" (not "on Friday", "June 8")
    if i + 1 >= len(cols.text):
        return False
    j = i + 1
    return cols.text[j][:1].isupper() and cols.is_alpha[j] and cols.ent[j] not in ("DATE", "TIME") \
        and cols.lower[j] not in CALENDAR and (i == 0 or cols.lower[i - 1] not in TIME_WORDS)


def _person_words(cols) -> set[str]:
    """The capitalised words NER tags PERSON anywhere in the text, or that follow a given name there
    ("Selma Noon", NER's facility) (cached per Doc)."""
    words = cols._memo.get("person_words")
    if words is None:
        text = cols.text
        words = cols._memo["person_words"] = {
            text[k] for k in range(len(text)) if text[k][:1].isupper() and (
                cols.ent[k] == "PERSON" or k > 0 and cols.is_title[k - 1] and is_given_name(cols.lower[k - 1]))}
    return words


def _named_date(cols, i: int) -> bool:
    """NER's date that is a name: no number in it, a capitalised proper noun at ``i`` ("Jan-Pieter van Doorn",
    dated for the "Jan" in it), or a word NER calls part of a person's name elsewhere in the text (a surname
    such as "Decade", which the tagger reads as a span of time)."""
    if not cols.text[i][:1].isupper():
        return False
    if cols.pos[i] != "PROPN":
        return cols.text[i] in _person_words(cols) and cols.lower[i].rstrip(".") not in CALENDAR
    a = i
    while a > 0 and cols.ent[a - 1] == "DATE" and cols.ent_iob[a] == "I":
        a -= 1
    b = i + 1
    while b < len(cols.text) and cols.ent[b] == "DATE" and cols.ent_iob[b] == "I":
        b += 1
    return not any(cols.like_num[k] for k in range(a, b)) and any(
        cols.pos[k] == "PROPN" and cols.lower[k].rstrip(".") not in CALENDAR for k in range(a, b))


def _name_at(cols, i: int) -> bool:
    """May token ``i`` be part of a capitalised name?"""
    text = cols.text[i]
    if cols.is_punct[i] or cols.is_space[i] or cols.like_url[i]:
        return False
    if cols.ent[i] in ("DATE", "TIME") and not cols.like_num[i] and not _calendar_at(cols, i) \
            and not _named_date(cols, i):
        return False  # "on June 8"
    if text in ("'s", "’s", "'", "’"):
        return False
    if cols.like_num[i] and not (cols.is_alpha[i] and text[:1].isupper()):  # ("The Ninth Orchard", "Seven")
        return cols.pos[i] in ("NUM", "PROPN") and len(text) <= 4
    if text in ROMAN:
        return True
    if not text[0].isupper():
        return False
    if cols.lower[i] in CREDIT_WORDS and not (i > 0 and cols.text[i - 1] in OPEN_QUOTES):
        return False  # "Featuring A", "A Jr. Directed and written by ...": a credit, not a name
    pos = cols.pos[i]
    if cols.is_upper[i] and len(text) > 1 and pos not in ("PROPN", "NOUN", "NUM"):
        return False  # "WITH", "AND" in all-caps text
    if cols.tag[i] == "VBG" and cols.sent_start[i] != i and i > 0 and text[:1].isupper() and \
            (cols.text[i - 1][:1].isupper() or cols.text[i - 1] == ":"):
        return True  # "Nightfall Rising", "Burning Skies"
    return pos in ("PROPN", "NOUN", "ADJ", "NUM", "X") or (pos == "DET" and text in ("The", "A", "An"))


# (with the small words of the languages whose titles English articles keep untranslated:
# "Noche de Humo", "La Casa del Río")
TITLE_SMALL = frozenset("of the a an and in on at to for from with without into upon or nor but is be "
                        "vs de du des da di del della la le les el los las".split())
TITLE_INNER_PUNCT = {"-", "–", ":", "&", "!", "?"}  # quote marks end a title: 'A' and 'B' are two
_STOP_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")


def _title_ok(tok: Token) -> bool:
    if tok.lower_ in CREDIT_WORDS and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("is", "was", "were", "are"):
        return False  # "Title is Written by A": the credit, capitalised or not, is no part of the title
    if tok.text in ("'s", "’s"):  # "It's Always ...", "Let's ...": a contraction, not a possessive owner
        return tok.i > 0 and tok.doc[tok.i - 1].text in ("It", "Let", "That", "What", "Here", "There", "Who")
    if tok.ent_type_ in _STOP_ENTS and not YEAR.match(tok.text) and not tok.text[:1].isupper():
        return False
    if tok.text == "I" and tok.tag_ == "PRP" and tok.i + 1 < len(tok.doc) \
            and tok.doc[tok.i + 1].pos_ in ("VERB", "AUX"):
        return False  # "after Jo left I had to ...": the speaker, not a numbered title
    if tok.text[:1].isupper() or tok.text[:1].isdigit():
        # NER dates many titles ("The Long Autumn"); a month or a weekday is still no part of one
        return tok.ent_type_ not in ("DATE", "TIME") or tok.like_num or tok.lower_ not in CALENDAR \
            or _calendar_name(tok)
    if tok.lower_ == "for":  # "Requiem for a Dream", but "Title for Studio" and "Title for A" are two names
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and (nxt.lower_ in ("a", "an", "the") or nxt.is_title and not nxt.ent_type_
                                    and nxt.lower_ not in lexicon().org_suffixes and tok.i > 0
                                    and tok.doc[tok.i - 1].is_title)  # "... for Life"
    if tok.text in ("vs.", "v.", "x") and 0 < tok.i < len(tok.doc) - 1:  # "Ghoul vs. Ghoul", "Ghoul x Robot"
        return tok.doc[tok.i - 1].text[:1].isupper() and tok.doc[tok.i + 1].text[:1].isupper()
    return tok.lower_ in TITLE_SMALL or tok.text in TITLE_INNER_PUNCT


def _named_surname(cols, k: int) -> bool:
    """Is doc[k] the surname of someone the text names in full ("Ivo Lenz ... replaced Lenz for")?"""
    return cols.is_title[k] and any(j > 0 and j != k and is_given_name(cols.lower[j - 1]) and cols.is_title[j - 1]
                                    and cols.text[j] == cols.text[k] for j in cols.where(cols.lower[k]))


def _full_name_at(cols, k: int) -> bool:
    """Does doc[k] end a first name and surname ("A B in Title (2008)") whose surname the text uses
    alone elsewhere ("... B said")? NER often tags neither as a person."""
    return k >= 1 and cols.is_title[k] and cols.is_title[k - 1] and is_given_name(cols.lower[k - 1]) \
        and (k < 2 or not cols.is_title[k - 2]) \
        and any(j != k and not cols.is_title[j - 1] for j in cols.where(cols.lower[k])
                if j > 0 and cols.text[j] == cols.text[k])


def _subject_phrase(cols, end: int) -> bool:
    """Is the name ending at ``end`` a sentence's subject ("Under Tarn (2009), which A wrote, is ...",
    "Into Dust (2012) follows ..."), so a preposition opening it is the title's own first word?"""
    k = end + 3 if end + 2 < len(cols.text) and cols.text[end] == "(" and YEAR.match(cols.text[end + 1]) \
        and cols.text[end + 2] == ")" else end
    if k < len(cols.text) and cols.tag[k] in ("VBZ", "VBD") and cols.dep[k] == "ROOT":
        return True
    return k + 1 < len(cols.text) and cols.text[k] == "," and cols.lower[k + 1] in ("which", "who")


def title_span(doc: Doc, i: int, forward: bool = True, stop: int | None = None,
               max_len: int = 14) -> tuple[int, int] | None:
    """A title read from the surface, from token ``i`` forward (or backward): capitalised words and
    the small words between them ("Time of the Wolves", "The Bell Rings at Dawn", "Stand-In")."""
    cols = columns(doc)
    sent = doc[i].sent
    lo_limit, hi_limit = sent.start, min(sent.end, stop if stop is not None else sent.end)
    if not (lo_limit <= i < hi_limit):
        return None
    quoted = i > 0 and cols.text[i - 1] in OPEN_QUOTES and cols.text[i][:1].isupper()
    if not _title_ok(doc[i]) and not quoted and not (forward and cols.text[i].isdigit() and i + 1 < hi_limit
                                                     and cols.is_title[i + 1]
                                                     and cols.ent[i + 1] not in ("DATE", "TIME")):
        return None  # (a number opens "40 Nights Adrift" or "9000 Leagues to Home")
    if not forward and YEAR.match(cols.text[i]) and i > lo_limit \
            and cols.lower[i - 1] in ("in", "since", "until", "by") and cols.text[i - 1].islower():
        return None  # "opened with Title in 1989 and ran ...": the year is when, not part of the name
    start = end = i
    if forward:
        end = i + 1
        while end < hi_limit and end - start < max_len and (_title_ok(doc[end])
                                                            or inner_possessive(doc, start, end, hi_limit)) \
                and not YEAR.match(cols.text[end]):
            if cols.lower[end] == "by" and end + 2 < hi_limit and cols.is_title[end + 1] and cols.is_title[end + 2] \
                    and cols.pos[end + 1] == cols.pos[end + 2] == "PROPN" and end - start >= 1:
                break  # "the graphic novel X by Kenji Morioka": the author is no part of the title
            if cols.lower[end] in ("and", "with", "by", "from", "in", "at", "on", "for") and end + 1 < hi_limit \
                    and cols.ent_iob[end + 1] == "B" and cols.ent[end + 1] in ("PERSON", "ORG", "GPE", "DATE") \
                    and not (cols.lower[end] == "from" and cols.ent[end + 1] == "GPE"):
                break  # "Title with A Person", "Title for Studio"; but "Flight from Place" is one title
            if cols.lower[end] == "from" and end + 1 < hi_limit and cols.text[end + 1] in ("The", "A", "An"):
                break  # "Title from The Book": a title writes its inner article in lower case
            if cols.lower[end] in ("with", "for", "by", "alongside") and cols.pos[end] == "ADP" \
                    and cols.head[end] < start and end + 1 < hi_limit and cols.text[end + 1][:1].isupper():
                break  # "co-directed Title with A B": the phrase hangs on the verb, not on the title
            if cols.lower[end] == "and" and end + 2 < hi_limit and cols.is_title[end + 1] and cols.is_title[end + 2] \
                    and sum(t.is_title for t in doc[start:end]) >= 2:
                break  # "X Y and Z W": two titles ("Romeo and Juliet", "Harry Potter and the ..." stay one)
            if cols.lower[end] == "and" and end + 1 < hi_limit and cols.text[end + 1][:1].isupper() and end > start \
                    and (cols.text[end - 1] in ROMAN or cols.text[end - 1].isdigit() and len(cols.text[end - 1]) <= 2):
                break  # "Title II and Title: Part", "Title 2 and Other": a sequel's number ends its title
            if cols.lower[end] == "and" and end + 1 < hi_limit and cols.lower[end + 1] in ("the", "a", "an") and any(
                    t.text.islower() and t.lemma_.lower() in lexicon().film_nouns for t in doc[end + 2:min(
                        end + 6, hi_limit)]):
                break  # "X and the Sundance drama Y": two titles, each with its description
            end += 1
    else:
        end = i + 1
        while start - 1 >= lo_limit and end - start < max_len:
            opening = _owner_opening(doc, start, lo_limit, hi_limit, end - start >= 2)
            if opening is not None:
                start, done = opening
                if done:
                    break
                continue
            if not _title_ok(doc[start - 1]) or YEAR.match(cols.text[start - 1]):
                break
            if cols.lower[start - 1] == "and" and start - 2 >= lo_limit and (
                    cols.text[start - 2] in ROMAN or cols.text[start - 2].isdigit() and len(cols.text[start - 2]) <= 2):
                break  # "Title II and Title: Part (2012)": the number ends the title before "and"
            if cols.lower[start - 1] in ("and", "with", "by", "from", "in", "on", "for") \
                    and start - 2 >= lo_limit and (cols.ent[start - 2] in ("PERSON", "ORG")
                                                   and cols.ent_iob[start - 1] != "I"
                                                   or cols.lower[start - 1] in ("in", "for", "with", "by")
                                                   and (_named_surname(cols, start - 2)
                                                        or _full_name_at(cols, start - 2))):
                break  # "cast A Person in Title (1974)", "replaced Lenz for Title (1980)": the name before
                # "in" is no part of the title ("X at Y (2017)" is one: a place in the title, as NER tags it or not)
            start -= 1
    if start == sent.start and start + 1 < end and cols.pos[start] in ("VERB", "ADP", "ADV", "SCONJ") \
            and (cols.lower[start + 1] in TITLE_SMALL or cols.lower[start] in TITLE_FUNCTION) \
            and not _subject_phrase(cols, end):
        start += 1  # "For Title (2022), ...", "Following on Title": the sentence's first word is no part of it
    # Trim small words and punctuation off the edges; a title starts with a capital.
    while start < end and (cols.lower[start] in TITLE_SMALL and not cols.text[start][:1].isupper()
                           or cols.text[start] in TITLE_INNER_PUNCT):
        start += 1
    while end > start and (cols.lower[end - 1] in TITLE_SMALL and not cols.text[end - 1][:1].isupper()
                           or cols.text[end - 1] in TITLE_INNER_PUNCT - {"!", "?"}):
        end -= 1
    if start >= end or not (cols.text[start][:1].isupper() or cols.text[start][:1].isdigit()):
        return None
    if not any(t.is_alpha for t in doc[start:end]):
        return None
    return start, end


def quoted_titles(doc: Doc) -> list[Title]:
    """Quoted, title-cased strings: 'Title', “Title”, ‘Title,’ (punctuation inside quotes dropped)."""
    out = []
    for m in _QUOTED.finditer(doc_text(doc)):
        q, c = m.group("q"), m.group("c")
        if (q, c) not in QUOTE_PAIRS and not (q in "‘’'" and c in "’'"):
            continue
        text = m.group("t").rstrip(" ,.")
        words = [w for w in re.findall(r"[\w'’:-]+", text)]
        if not words or len(words) > 14:
            continue
        content = [w for w in words if w.lower() not in FUNCTION_WORDS]
        caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
        if not content or (caps / len(content) < 0.6 and not _sentence_case_foreign(words)) \
                or any(w in _LOWER_PRONOUNS for w in content):
            continue  # (title case capitalises pronouns: '"Forget it, Sam"' is something said)
        s = m.start("t")
        span = doc.char_span(s, s + len(text), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if _pull_quote(doc, span, m.end()) or _nickname(doc, span) or _spoken_word(doc, span, m.group("t")):
            continue
        out.append(Title(span.start, span.end, "quoted", year=_described_year(doc, span.start), strength=1.0))
    return out


_FOREIGN_SMALL = frozenset("y el los las del al tu su sus mi un una et le les du des au aux il lo gli della di e "
                           "und der die das ein eine och".split())


def _sentence_case_foreign(words: list[str]) -> bool:
    """'"El perro sin casa"', '"La nuit est longue"': titles in Spanish, French, Italian or German capitalise only
    their first word; a short quote that opens with a capital and holds their small words is one."""
    return 2 <= len(words) <= 6 and words[0][:1].isupper() and any(w.lower() in _FOREIGN_SMALL for w in words) \
        and all(w.isalpha() for w in words)


_LOWER_PRONOUNS = frozenset("i me my you your he him his she her it its we us our they them their".split())

SPEECH_VERBS = frozenset("say says said add adds added quip quips quipped joke jokes joked laugh laughs laughed "
                         "shrug shrugs shrugged".split())


def _spoken_word(doc: Doc, span, quoted: str) -> bool:
    """'"Nepotism," A says, deadpan.': one common word quoted, its comma inside, then a speaker and a
    verb of saying, is something said, not a title."""
    inside = doc_text(doc)[span.end_char:span.end_char + 1]
    if len(span) != 1 or not (quoted.rstrip().endswith((",", "!", "?")) or inside in (",", "!", "?")) \
            or not is_common_noun(span[0].lower_):
        return False
    cols = columns(doc)
    after = cols.lower[span.end + 1:span.end + 6]
    return any(w in SPEECH_VERBS for w in after)


def _nickname(doc: Doc, span) -> bool:
    """Ruben "Sparks" Ortega: one quoted word between a first name and a surname is a nickname."""
    cols = columns(doc)
    lo, hi = span.start - 2, span.end + 1  # the words before the opening and after the closing quote
    if len(span) != 1 or lo < 0 or hi >= len(doc) or headline_at(doc, span.start) and not is_given_name(cols.lower[lo]):
        return False  # (a headline capitalises every word: there a first name must open the three)
    return all(cols.pos[k] == "PROPN" and cols.is_title[k] and (cols.is_alpha[k] or _INITIALS.fullmatch(cols.text[k]))
               for k in (lo, hi))  # (also 'T.J. "Tank" Quorn')


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


_SPEAKERS = frozenset("i we you he she they".split())


def _pull_quote(doc: Doc, span, end_char: int) -> bool:
    """A headline that opens on someone's words: "'We Cut the Whole Act': A on Editing X". A quote before a
    colon at the head of a headline, with a pronoun and a finite verb of its own, is speech, not a title."""
    text = doc_text(doc)
    if span.start > 2 or not text[end_char:end_char + 1] == ":" or not headline_at(doc, span.start):
        return False
    cols = columns(doc)
    return any(cols.lower[k] in _SPEAKERS for k in range(span.start, span.end)) and any(
        cols.tag[k] in ("VBD", "VBZ", "VBP", "MD") for k in range(span.start, span.end))


def _film_noun_form(w: str, nouns) -> bool:
    return w in nouns or w.endswith("s") and w[:-1] in nouns


RELEASE_NOUNS = frozenset({"premiere", "release", "opening", "bow", "debut", "rollout", "trailer", "teaser", "poster",
                           "footage", "screening", "sequel", "remake", "reboot", "shoot", "reshoots", "filming"})
# "a trilogy that began with X and continued with Y"
SERIES_STEPS = frozenset({"begin", "start", "continue", "end", "conclude", "close", "kick"})


def noun_after(cols, end: int, nouns, dets=("a", "an", "the"), reach: int = 5) -> tuple[int, int] | None:
    """'"Title," a 2016 romantic drama', 'X, a slim 1990s novel': past the quote marks and comma after
    a name ending at ``end``, a description: a determiner, then within ``reach`` words (no comma) a
    lower-case noun of ``nouns``. Its (determiner, noun) positions, or None."""
    n, k = len(cols.text), end
    while k < n and k - end < 3 and cols.text[k] in (",", '"', "”", "’", "'"):
        k += 1
    if k == end or k + 1 >= n or cols.lower[k] not in dets:
        return None
    for j in range(k + 1, min(k + 1 + reach, cols.sent_end[k])):
        if cols.text[j] in (",", ".", ";"):
            return None
        if cols.lemma[j] in nouns and cols.text[j].islower():
            return k, j
    return None


def name_end(doc: Doc, i: int) -> Token:
    """The last token of the name run starting at ``i``."""
    run = name_run(doc, i, allow_connectors=False, max_len=4)
    return doc[run[1] - 1] if run else doc[i]


def before_year(cols, k: int, quoted: bool = False) -> int:
    """``k`` stepped back over a bracketed year ending there ("Title (2022)" → Title's last token), and with
    ``quoted`` over a closing quote too ('"Title" (2022)')."""
    if k >= 3 and cols.text[k] == ")" and YEAR.match(cols.text[k - 1]) and cols.text[k - 2] == "(":
        k -= 3
    if quoted and k > 0 and cols.text[k] in CLOSE_QUOTES:
        k -= 1
    return k


def apposed_name(doc: Doc, noun: Token, participle: bool = False) -> tuple[int, int] | None:
    """'Title, the Studio thriller in which ...': the name before ", the ... <film noun>", read from the
    surface; the noun must head its phrase (not "A, the film's director", "A, a documentary maker").
    ``participle``: the noun may go on with one ("Title (1995), a drama starring A")."""
    cols = columns(doc)
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "VERB", "AUX") or nxt.tag_ == "POS") \
            and not (nxt.ent_type_ == "PERSON" and reduced_relative(name_end(doc, nxt.i))) \
            and not (participle and nxt.tag_ in ("VBG", "VBN")):
        return None  # (", the film was shot by A": a new clause's subject, not an apposition)
    k, whose = noun.i - 1, None
    dets = ("the", "a", "an", "her", "his", "their")  # "Title, her 2019 debut"
    while k > cols.sent_start[noun.i] and noun.i - k <= 5 + 2 * cols.text[k:noun.i].count("-") \
            and cols.lower[k] not in dets:
        if cols.is_punct[k] and cols.text[k] not in ("-",) or cols.pos[k] in ("VERB", "AUX", "ADP") \
                and "-" not in (cols.text[k - 1], cols.text[k + 1]):  # (but "a Lisbon-set two-hander")
            return None
        whose = k if cols.lower[k] == "whose" else whose
        k -= 1
    if k - 2 < cols.sent_start[noun.i] or cols.lower[k] not in dets or cols.text[k - 1] != ",":
        return None
    if whose is not None and any(cols.lemma[x] in lexicon().person_nouns or cols.lemma[x] in lexicon().role_nouns
                                 for x in range(k + 1, whose)):
        return None  # "A, the filmmaker whose 2019 debut ...": the noun is the relative clause's; A is the filmmaker
    last = before_year(cols, k - 2) if participle else k - 2  # "Title (1995), a drama starring A"
    run = title_span(doc, last, forward=False)
    if run is None or run[1] != last + 1 or doc[run[0]].ent_type_ in ("GPE", "NORP", "DATE") \
            or doc[run[1] - 1].lower_ in lexicon().org_suffixes:
        return None
    return run


def _from_maker(doc: Doc, i: int) -> tuple[int, int] | None:
    """'Title, from British-Ghanaian writer-director A, is ...': the name opening the sentence."""
    cols = columns(doc)
    k = i - 1
    while k > cols.sent_start[i] and i - k < 6 and cols.lower[k] != "from" \
            and (cols.text[k].islower() or cols.ent[k] == "NORP" or "-" in cols.text[k - 1:k + 2]):
        k -= 1  # "from veteran Danish director", "from British-Ghanaian writer-director"
    if cols.lower[k] != "from" or k < 2 or cols.text[k - 1] != ",":
        return None
    run = title_span(doc, k - 2, forward=False)
    if run is None or run[1] != k - 1 or run[0] != cols.sent_start[i] \
            or cols.ent[run[0]] in ("PERSON", "NORP", "DATE"):
        return None  # (a one-word title is often tagged a place)
    return run


def cue_titles(doc: Doc) -> list[Title]:
    cols = columns(doc)
    lex = lexicon()
    out = []
    names = ("titled", "entitled", "called", "dubbed", "named", "retitled", "(", "title")
    parts = ("role", "roles", "part", "parts", "cameo")
    makers = {k for k, v in lex.role_nouns.items() if v.split("+")[0] in ("P57", "P58", "P162")} | {"filmmaker"}
    for i in cols.select(lambda low: low in names or low in parts or low in makers
                         or _film_noun_form(low, lex.film_nouns) or YEAR.match(low) or low in ("'s", "’s")
                         or low in RELEASE_NOUNS or low in ("into", "with")
                         or low in DESCRIBED_FILM_NOUNS or low in FILM_ADJECTIVES
                         or low == "debut"):  # no cue below can start elsewhere
        low = cols.lower[i]
        tok = doc[i]
        # "a trilogy that began with Title in 2018 and continued with Title": a series' films, in order
        if low == "with":
            if i > 0 and cols.lemma[i - 1] in SERIES_STEPS and i + 1 < len(doc) and is_cap(doc[i + 1]) and any(
                    cols.lower[k] in lex.series_nouns for k in range(cols.sent_start[i], i)):
                run = title_span(doc, i + 1)
                if run and run[0] == i + 1 and doc[run[0]].ent_type_ not in ("GPE", "DATE") \
                        and not (run[1] < len(doc) and cols.text[run[1]] in ("'s", "’s")):  # (whatever NER says)
                    year = cols.text[run[1] + 1] if run[1] + 1 < len(doc) and cols.lower[run[1]] == "in" \
                        and YEAR.match(cols.text[run[1] + 1]) else None
                    out.append(Title(run[0], run[1], "a series' step", year=year, strength=0.9))
            continue
        # "the animated Title, which ...", "the upcoming Title": an adjective only a film (or a show) takes
        if low in FILM_ADJECTIVES and i > 0 and cols.lower[i - 1] in ("the", "its", "their", "her", "his") \
                and i + 1 < len(doc) and is_cap(doc[i + 1]) and not headline_at(doc, i):
            run = title_span(doc, i + 1)
            if run and run[0] == i + 1 and cols.ent[i + 1] not in ("PERSON", "GPE", "LOC", "NORP", "DATE") \
                    and not (run[1] < len(doc) and cols.pos[run[1]] == "NOUN"):  # ("the upcoming Studio slate")
                out.append(Title(run[0], run[1], f"after 'the {low}'", strength=0.9))
            continue
        # "forty minutes into Title": a review's way of placing a scene
        if low == "into":
            if i > 0 and cols.lemma[i - 1] in ("minute", "hour", "way", "halfway") and i + 1 < len(doc):
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
            if tok.pos_ == "NOUN" and i + 2 < len(doc) and cols.lower[i + 1] in ("for", "of") \
                    and is_cap(doc[i + 2]) and not headline_at(doc, tok.i):
                run = title_span(doc, i + 2)
                if run and run[0] == i + 2 and doc[run[0]].ent_type_ not in ("PERSON", "GPE", "LOC", "NORP", "DATE"):
                    out.append(Title(run[0], run[1], f"after '{low} {cols.lower[i + 1]}'", strength=0.8))
        # "director A's Title": what a film-maker owns, named by a title right after the possessive
        if low in makers:
            run = name_run(doc, i + 1, allow_connectors=False, max_len=4) if i + 1 < len(doc) else None
            j = run[1] if run and run[0] in (i, i + 1) and run[1] > i + 1 else None
            if j is not None and j + 1 < len(doc) and cols.text[j] in ("'s", "’s") and is_cap(doc[j + 1]):
                title = title_span(doc, j + 1) if not headline_at(doc, tok.i) else name_run(doc, j + 1)
                if title and title[0] == j + 1 and doc[title[0]].ent_type_ not in ("PERSON", "GPE", "NORP", "DATE") \
                        and not (title[1] < len(doc) and doc[title[1]].pos_ == "NOUN"):  # "A's Times piece"
                    out.append(Title(title[0], title[1], f"after '{low} A's'", strength=0.9))
            opener = _from_maker(doc, i)
            if opener is not None:
                out.append(Title(*opener, f"before ', from {low}'", strength=0.8))
            continue
        # "a main role in Title", "a cameo in Title": whatever the parser made of the title's words
        if low in parts and i + 2 < len(doc) and cols.lower[i + 1] == "in" and is_cap(doc[i + 2]) \
                and not headline_at(doc, tok.i):
            run = title_span(doc, i + 2)
            titular = i > 0 and cols.lower[i - 1] == "title"  # "the title role in Name": a film named for its hero
            if run and run[0] == i + 2 and (titular or doc[run[0]].ent_type_ not in ("PERSON", "GPE", "LOC", "NORP",
                                                                                     "DATE")):
                out.append(Title(run[0], run[1], f"after '{low} in'", strength=0.9))
            continue
        # "Title, a 1944 film directed by ...": a film noun in apposition to a name
        if tok.lemma_.lower() in lex.film_nouns and tok.pos_ == "NOUN" and tok.dep_ == "appos" \
                and tok.head.pos_ == "PROPN" and tok.head.i < tok.i \
                and any(c.dep_ == "det" for c in tok.children):
            comma = tok.left_edge.i - 1
            run = title_span(doc, comma - 1, forward=False) \
                if comma > cols.sent_start[tok.i] and cols.text[comma] == "," else None
            if run and run[1] == comma and doc[run[0]].ent_type_ not in ("PERSON", "ORG", "GPE") \
                    and run[0] <= tok.head.i < run[1]:
                out.append(Title(run[0], run[1], "apposition", year=_year_before(doc, tok.i), strength=0.9))
            elif tok.text.islower() and tok.tag_ == "NN":  # a name NER took for a person or company
                surface = apposed_name(doc, tok)
                if surface is not None:
                    out.append(Title(*surface, "apposition", year=_year_before(doc, tok.i), strength=0.9))
        elif (tok.lemma_.lower() in lex.film_nouns or low == "debut") and tok.text.islower() and tok.tag_ == "NN":
            surface = apposed_name(doc, tok)  # the parser hung the apposition elsewhere
            if surface is not None:
                out.append(Title(*surface, "apposition", year=_year_before(doc, tok.i), strength=0.9))
        # "the film Title", "the sequel Title", "short feature Title"; "his 2018 fantasy hit Title", "the 2016
        # original, Title" (a hit or an original with a year or a genre before it)
        described = low in DESCRIBED_FILM_NOUNS and i > 0 and (
            YEAR.match(cols.text[i - 1]) or cols.lemma[i - 1] in lex.film_nouns  # (the tagger's verb "hit")
            or cols.lower[i - 1] in lex.festivals  # "the Sundance darling Title"
            or any(  # "last year's surprise hit Title" (the tagger's verb "hit" too)
                cols.lower[k] in ("year", "summer", "season") and cols.text[k + 1] in ("'s", "’s")
                for k in range(max(0, i - 4), i - 1))
            or tok.pos_ in ("NOUN", "ADJ") and any(YEAR.match(cols.text[k]) for k in range(max(0, i - 3), i))
            or tok.pos_ in ("NOUN", "ADJ") and any(  # "his 2019 word-of-mouth hit": hyphenated words between
                YEAR.match(cols.text[k]) and "-" in cols.text[k + 1:i] and all(
                    cols.text[x] == "-" or cols.text[x].islower() and cols.is_alpha[x] for x in range(k + 1, i))
                for k in range(max(0, i - 7), i - 3)))
        if (tok.lemma_.lower() in lex.film_nouns and tok.pos_ == "NOUN" or described) and tok.i + 1 < len(doc) \
                and not tok.text[0].isupper():
            j = tok.i + 1
            if cols.text[j] in (",", ":") and j + 1 < len(doc):
                j += 1
            if not is_cap(doc[j]):
                continue
            run = title_span(doc, j) if not headline_at(doc, j) else name_run(doc, j)
            last = doc[run[1] - 1] if run else None
            if last is not None and (last.lower_ in lex.org_suffixes or reduced_relative(last)):
                run = None  # "the thriller Studio Films is producing": a clause about the thriller
            if run and j > tok.i + 1 and cols.text[j - 1] == "," and last.dep_ in ("nsubj", "nsubjpass") \
                    and last.head.i >= run[1] and last.head.pos_ in ("VERB", "AUX"):
                run = None  # "what she made of the film, Rose Vale paused": a new clause's subject
            if run and j == tok.i + 1 and tok.tag_ == "NNS" and run[1] < len(doc) \
                    and cols.tag[run[1]] in ("VBD", "VBN", "VBZ", "VBP") and "by" not in cols.lower[run[1]:run[1] + 3] \
                    and not any(cols.lower[x] in ("and", ",") for x in range(*run)):
                run = None  # "both features A directed before": a relative clause, A its subject
            if run and j > tok.i + 1 and cols.text[j - 1] == "," and run[1] < len(doc) \
                    and cols.text[run[1]] in ("'s", "’s"):
                run = None  # "after its 1979 release, A's thriller ...": an owner opening the main clause
            compared = j > tok.i + 1 and cols.text[j - 1] == "," and tok.dep_ == "pobj" \
                and tok.head.lower_ in ("like", "unlike", "than", "after", "before")
            if run and run[0] >= j and is_cap(doc[run[0]]) and doc[run[0]].ent_type_ not in ("DATE", "TIME"):
                # ("Like the 2012 film, Title adapts ...": a comparison; the year is the other film's)
                year = None if compared else _year_before(doc, tok.i)
                out.append(Title(run[0], run[1], f"after '{low}'", year=year, strength=0.9))
        # "developed under the title Title", "its working title, Title"
        if low == "title" and tok.i >= 1 and cols.lower[tok.i - 1] in ("the", "working", "its", "new", "final") \
                and tok.i + 1 < len(doc) and not headline_at(doc, tok.i):
            j = tok.i + 1 + (cols.text[tok.i + 1] in (",", ":"))
            j += j < len(doc) and cols.text[j] in OPEN_QUOTES
            run = name_run(doc, j) if j < len(doc) and is_cap(doc[j]) else None
            if run and run[0] == j and doc[j].ent_type_ not in ("PERSON", "DATE", "GPE", "NORP"):
                out.append(Title(run[0], run[1], "after 'the title'", strength=0.9))
            continue
        # "titled Title", "a film called Title"
        # ("retitled Title for the screen": a work given a new name, whatever noun it hangs on)
        if low in ("titled", "entitled", "called", "dubbed", "named", "retitled") and tok.i + 1 < len(doc) and (
                low == "retitled" and tok.head.lemma_.lower() not in lex.work_nouns
                or any(t.lemma_.lower() in lex.film_nouns or t.lower_ == "version"  # "the new version, titled X"
                       for t in doc[max(cols.sent_start[tok.i], tok.i - 4):tok.i])
                or any(c.dep_ == "nsubjpass" and (c.lemma_.lower() in lex.film_nouns or c.lower_ == "finale")
                       for c in tok.children)):  # "The finale to the series X, which ran ..., is titled Y"
            j = tok.i + 1
            while j < len(doc) and cols.text[j] in ('"', "'", "“", "‘"):
                j += 1
            run = name_run(doc, j) if j < len(doc) else None
            longer = named_after_noun(doc, j) if run else None  # "titled Winter at the Weir"
            if longer is not None and run[0] == j and longer[1] > run[1] and (
                    longer[1] >= len(doc) or cols.is_punct[longer[1]]):
                run = longer
            if run and run[0] == j:
                out.append(Title(run[0], run[1], f"after '{low}'", strength=1.0))
        # "Title (2020)"
        if tok.text == "(" and tok.i + 2 < len(doc) and YEAR.match(cols.text[tok.i + 1]) \
                and cols.text[tok.i + 2] == ")":
            last = tok.i - 1
            if last > cols.sent_start[tok.i] and cols.text[last] in CLOSE_QUOTES:
                last -= 1  # '"Title" (2020)'
            run = title_span(doc, last, forward=False) if last >= cols.sent_start[tok.i] else None
            if run and run[0] >= 3 and cols.text[run[0] - 1] in ("'s", "’s"):
                owner = title_span(doc, run[0] - 2, forward=False)
                if owner and owner[1] == run[0] - 1 and cols.text[owner[0]] in ("The", "A", "An"):
                    run = (owner[0], run[1])  # "The Ferryman's Daughter (2023)": no person owns it
            if run:
                run = _owner_cut(doc, _and_owned(doc, run))
                # ("Brockhurst's The Harbour Hours (1968)": the director's, not the title's)
            cut = next((j for j in range(run[0] + 1, min(run[0] + 4, run[1] - 1)) if cols.lower[j] == "in"),
                       None) if run and run[0] > 0 else None
            k = run[0] - 1 if cut is not None else 0
            if cut is not None and (cols.lemma[k] in PART_VERBS or cols.lower[k] == "as" or (
                    cols.pos[k] in ("NOUN", "ADJ") and cols.text[k].islower() and cols.lemma[k] not in
                    lexicon().film_nouns and any(cols.lemma[j] in PART_VERBS or cols.lower[j] == "as"
                                                 for j in range(max(0, k - 3), k)))):
                run = (cut + 1, run[1])  # "played the sorceress X in Title (2003)": a part, then its film
            if not run or run[1] != last + 1 or run[0] > 0 and cols.lower[run[0] - 1] in FOREIGN_SMALL:
                # "the border western Lobos del río (2015)", "Lo X di Nuova Roma (1982)"
                run = foreign_title_before(cols, last) or (run if run and run[1] == last + 1 else None)
            colon = next((j for j in range(run[0] + 1, run[1] - 1) if cols.text[j] == ":"), None) if run else None
            if colon is not None and _date_label(cols, min(run[0], cols.sent_start[run[0]]), colon):
                run = (colon + 1, run[1])  # a listing's "July 1: Title (2012)"
            if run and run[1] == last + 1:
                out.append(Title(and_the_opening(cols, run[0]), run[1], "year in brackets", year=cols.text[tok.i + 1],
                                 strength=0.9))
        # "Quill's The Quiet Coast": a name after a possessive that opens with an article is a title
        if tok.text in ("'s", "’s") and tok.i + 2 < len(doc) and tok.i > 0 and cols.text[tok.i - 1][:1].isupper() \
                and cols.text[tok.i + 1] in ("The", "A", "An") and cols.text[tok.i + 2][:1].isupper() \
                and not doc[tok.i + 1].is_sent_start:
            run = name_run(doc, tok.i + 1)
            if run and run[0] == tok.i + 1 and run[1] - run[0] >= 2:
                out.append(Title(run[0], run[1], "after a possessive", strength=0.8))
        # "2012's Title", "Quill's 2017 Title"
        if YEAR.match(tok.text) and tok.i + 1 < len(doc):
            j = tok.i + 1
            if cols.text[j] in ("'s", "’s") and j + 1 < len(doc):
                j += 1 + (j + 2 < len(doc) and cols.text[j + 1] in OPEN_QUOTES)  # 2017's "Title"
            elif tok.i > 0 and cols.text[tok.i - 1] in ("'s", "’s"):
                pass
            else:
                continue
            run = name_run(doc, j)
            place = run is not None and run[1] - run[0] == 1 and cols.ent[j] in ("NORP", "GPE", "LANGUAGE") \
                and run[1] < len(doc) and cols.text[run[1]].islower()  # "A's 1982 Swedish chiller"
            if run and run[0] == j and not place and not (run[1] + 1 < len(doc) and cols.text[run[1]] == "-"
                                                          and cols.text[run[1] + 1].islower()):  # "Mumbai-set"
                out.append(Title(run[0], run[1], "year before", year=tok.text, strength=0.9))
    return out


def copula_titles(doc: Doc) -> list[Title]:
    """'Title is a 1994 American thriller film': the subject of a film-noun predicate."""
    cols = columns(doc)
    lex = lexicon()
    out = []
    for i in cols.select(lambda low: _film_noun_form(low, lex.film_nouns)):
        tok = doc[i]
        if tok.dep_ in ("amod", "compound") and tok.head.dep_ == "attr" and tok.head.pos_ == "NOUN" \
                and tok.i - 1 >= 0 and cols.lower[tok.i - 1] in ("a", "an") and tok.head.i == tok.i + 1 \
                and tok.i + 2 < len(doc) and cols.pos[tok.i + 2] == "ADP" \
                and cols.lower[tok.i + 1] not in lex.role_nouns:  # (not "A is a film director")
            tok = tok.head  # "Title is a prequel set on a ferry": the parser made "set" the noun
            if tok.lemma_.lower() in lex.film_nouns:
                continue
        elif tok.dep_ != "attr" or tok.lemma_.lower() not in lex.film_nouns:
            continue
        if tok.head.lemma_ != "be":
            continue
        year = next((c.text for c in tok.subtree if YEAR.match(c.text) and c.i < tok.i), None)
        if year is None and tok.i + 2 < len(doc) and cols.lower[tok.i + 1] == "from" \
                and YEAR.match(cols.text[tok.i + 2]):
            year = cols.text[tok.i + 2]  # "a film from 1956"
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            # "It's Always Raining Here is a 1961 film", "I, Golem is a 2014 film": the parse derails
            run = _whole_subject(doc, doc[cols.sent_start[tok.i]], tok.head)
            if run is not None and run[1] - run[0] >= 2 and (doc[run[0] + 1].text in ("'s", "’s", ",")
                                                             or sum(cols.is_title[k] for k in range(*run)) >= 2):
                out.append(Title(run[0], run[1], "is a film", year=year, strength=1.0))
            continue
        if any(t.text == "," or t.dep_ == "attr" for t in doc[tok.head.i + 1:tok.left_edge.i]):
            continue  # "A was the producer of X, a film ...": the film noun belongs to X, not to A
        if subj.lower_ in PRONOUN_WORDS or subj.lower_ in ORDINALS or subj.lower_ in ("first", "last", "next"):
            continue  # "Her newest one is a third feature, Title", "Fifth was the Studio release Title"
        run = _whole_subject(doc, subj, tok.head)
        first = cols.sent_start[tok.i]
        if run is None and first + 1 < subj.i and cols.text[first + 1] in (",", "'s", "’s"):
            run = _whole_subject(doc, doc[first], tok.head)  # "I, Golem is ...": the parse splits the title
        if run is None:
            run = title_span(doc, subj.left_edge.i, stop=tok.head.i)
        if run is None or not (run[0] <= subj.i < run[1]):
            run = name_run(doc, subj.i)
        if run is None:
            continue
        out.append(Title(run[0], run[1], "is a film", year=year, strength=1.0))
    return out


PRONOUN_WORDS = frozenset({"it", "this", "that", "there", "here", "which", "what", "he", "she", "they", "we", "you",
                           "i", "one", "who", "everything", "nothing", "something"})


def surface_copula_titles(doc: Doc) -> list[Title]:
    """'Quick refresher: Hollowmere is the studio's adaptation of ...', read from the words where the parser
    loses the copula: a capitalised name, "is"/"was", then only small words up to a film noun that heads
    its phrase (not "the film's star")."""
    cols = columns(doc)
    lex = lexicon()
    out = []
    for i in cols.select(lambda low: low in ("is", "was")):
        k = i + 1
        while k < min(len(doc), i + 6) and (cols.text[k].islower() and cols.pos[k] in ("DET", "ADJ", "NOUN", "NUM")
                                            and cols.lemma[k] not in lex.film_nouns or cols.tag[k] == "POS"):
            k += 1
        if k >= len(doc) - 1 or k == i + 1 or cols.lemma[k] not in lex.film_nouns or not cols.text[k].islower() \
                or cols.pos[k + 1] in ("NOUN", "PROPN") or cols.tag[k + 1] == "POS" \
                or cols.lower[i + 1] not in ("a", "an", "the") and cols.tag[i + 2] != "POS":
            continue
        run = title_span(doc, i - 1, forward=False) if i >= 1 else None
        if run is None or run[1] != i or not (run[0] == cols.sent_start[i] or cols.text[run[0] - 1] in (":", "—")) \
                or cols.ent[run[0]] in ("PERSON", "NORP", "DATE", "ORG") or cols.lower[run[1] - 1] in lex.org_suffixes \
                or run[1] - run[0] == 1 and cols.lower[run[0]] in PRONOUN_WORDS:
            continue  # (not "It is the fourth feature she has shot")
        out.append(Title(run[0], run[1], "is a film (words)", strength=0.8))
    return out


def _whole_subject(doc: Doc, subj: Token, verb: Token) -> tuple[int, int] | None:
    """'I, Robot is a 2004 film', "Sam's Back is a 2007 film": a sentence-opening subject
    is a title as a whole when every word of it is capitalised or small."""
    cols = columns(doc)
    sent = subj.sent
    if subj.left_edge.i != sent.start or verb.i - sent.start > 12:
        return None
    end = verb.i
    while end > sent.start and cols.is_punct[end - 1] and cols.text[end - 1] != "!":
        end -= 1
    words = doc[sent.start:end]
    if len(words) < 1 or not words[0].text[:1].isupper():
        return None
    for t in words:
        if t.is_alpha and not (t.text[0].isupper() or t.lower_ in TITLE_SMALL):
            return None
        if t.text == "(":
            return None
    owner = next((k for k in range(sent.start + 2, end - 1) if cols.text[k] in ("'s", "’s")), None)
    if owner is not None and cols.ent[owner - 1] == "PERSON" and cols.ent[sent.start] == "PERSON":
        return owner + 1, end  # "Ivo Lenz's Gorse Quay is a 2019 film": the person's, not the title's
    return sent.start, end


OWNER_WORDS = frozenset({"his", "her", "their", "its", "whose", "'s", "’s", "'", "’", "the", "a"})


def _described_year(doc: Doc, i: int) -> str | None:
    """The year of a quoted title from the description right before it: 'his 2016 best picture winner
    "Title"', 'whose 2024 storm-chaser "Title"' (an owner or an article, the year, then only lower-case
    words); None when anything else stands between."""
    cols = columns(doc)
    k = i - 1
    if k < 2 or cols.text[k] not in OPEN_QUOTES:
        return None
    k -= 1
    words = 0
    while k > cols.sent_start[i] and words < 6 and (cols.text[k].islower() and cols.is_alpha[k]
                                                    and cols.pos[k] not in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ")
                                                    or cols.text[k] == "-"):  # (not "the 2023 sequel to "X"")
        k -= 1
        words += 1
    if words == 0 or not YEAR.match(cols.text[k]) or k < 1 or cols.lower[k - 1] not in OWNER_WORDS:
        return None
    return cols.text[k]


def _year_before(doc: Doc, i: int) -> str | None:
    cols = columns(doc)
    for k in range(i - 1, max(i - 4, cols.sent_start[i] - 1), -1):
        if YEAR.match(cols.text[k]):
            return cols.text[k]
        if cols.is_punct[k]:
            break
    return None


_NUMBERED = re.compile(r"^(.*?\S)\s+(?:Part\s+)?(\d{1,2}|II|III|IV|V|VI|VII|VIII|IX|X)"
                       r"(?:(?:\s*[:–—]|\s+-)\s+[A-Z0-9].*)?$")


def sequel_number(text: str) -> tuple[str, int] | None:
    """``"Title 2"`` → ``("Title", 2)``; also "Title II", "Part N" and a subtitle after the number
    ("Title II: Subtitle")."""
    m = _NUMBERED.match(text)
    if not m:
        return None
    n = int(m.group(2)) if m.group(2).isdigit() else ROMAN[m.group(2)]
    return (m.group(1), n) if 2 <= n <= 12 and not YEAR.match(m.group(2)) else None


FORMAT_NOUNS = frozenset({"home", "footage", "stock", "camera", "cameras", "reel", "reels", "format", "film", "mm"})


def numbered_titles(doc: Doc) -> list[Title]:
    cols = columns(doc)
    out = []
    for i in cols.select(lambda low: low.isdigit() or low.upper() in ROMAN):
        tok = doc[i]
        if (tok.like_num and tok.text.isdigit() and 2 <= int(tok.text) <= 12) or tok.text in ROMAN:
            if tok.i == 0 or not is_cap(doc[tok.i - 1]) or cols.like_num[tok.i - 1]:
                continue
            if tok.i + 1 < len(doc) and cols.lower[tok.i + 1] in UNITS:
                continue
            if cols.lower[tok.i - 1] == "war" and cols.ent[tok.i] == "EVENT":
                continue  # "a World War II drama": a war, numbered
            if tok.i + 1 < len(doc) and cols.lower[tok.i + 1] in FORMAT_NOUNS:
                continue  # "old Super 8 home movies", "on Super 16 stock": a film gauge
            run = name_run(doc, tok.i - 1, max_len=6) or _dated_base(cols, tok.i)
            if run and run[1] in (tok.i, tok.i + 1) and (doc[run[0]].pos_ in ("PROPN", "NOUN", "ADJ", "DET")
                                                         or _named_so_elsewhere(cols, run[0])):
                start = _owner_cut(doc, (and_the_opening(cols, run[0]), tok.i))[0]
                out.append(Title(start, tok.i + 1, "sequel number", strength=0.8))
    return out


def _dated_base(cols, i: int) -> tuple[int, int] | None:
    """The capitalised words before the number ``i`` when NER made them a date ("Mossrow 3" read as a
    day), if the text writes those words again elsewhere: the film the number follows."""
    k = i
    while k > cols.sent_start[i] and i - k < 5 and cols.is_title[k - 1] and cols.is_alpha[k - 1] \
            and cols.ent[k - 1] == "DATE" and cols.lower[k - 1] not in CALENDAR:
        k -= 1
    if k == i or k > cols.sent_start[i] and cols.is_title[k - 1]:
        return None  # (not "Red Gantry 2" with only "Gantry" a date: the name is longer)
    words = cols.lower[k:i]
    again = any(j != k and cols.lower[j:j + len(words)] == words and cols.text[j][:1].isupper()
                for j in cols.where(words[0]))
    return (k, i) if again else None


FOREIGN_SMALL = frozenset("de del della di da do du des la le les el los las lo il gli et à y e en con sin "
                          "und der die das im am nach von".split())
FOREIGN_ARTICLES = frozenset("la le les el los las lo il gli die der das".split())
ENGLISH_SMALL = frozenset("the of and in is was a an to for with by from on at as his her their its".split())


def foreign_title_before(cols, last: int) -> tuple[int, int] | None:
    """A title in sentence case, as French, Spanish or Italian write them ("Perros del norte", "Les Volets
    clos"), ending at ``last``: back over lower-case words to a capitalised one, the run holding a
    function word of those languages (or opening with one of their articles)."""
    k, lo = last, max(cols.sent_start[last], last - 6)
    while k > lo and cols.is_alpha[k - 1] and cols.lower[k - 1] not in ENGLISH_SMALL:
        k -= 1  # back over the words of the phrase, a capitalised place at its end too
    while k < last and not cols.text[k][:1].isupper():
        k += 1  # it opens with a capital ("the giallo Lo ...": not "giallo")
    if k == last or not cols.text[k][:1].isupper() or all(cols.text[j][:1].isupper() for j in range(k, last + 1)):
        return None  # (a run of capitals is read as a title already)
    words = cols.lower[k:last + 1]
    if not (any(w in FOREIGN_SMALL for w in words[1:]) or words[0] in FOREIGN_ARTICLES) \
            or any(w in ("the", "of", "and", "in", "is", "was", "a") for w in words):
        return None
    return k, last + 1


def and_the_opening(cols, start: int) -> int:
    """Where a dated or numbered title opens when a name and "and the" come before what was read
    ("Ada and the Glass Fox 2", "Ivo and the Moth (2019)"): a title shape, since a list of two
    things rarely gives the second a year or a number. ``start`` when the words before are not that."""
    k = start - 3
    if k < 0 or cols.lower[start - 2:start] != ["and", "the"] or not (cols.is_title[k] and cols.is_alpha[k]):
        return start
    if k > cols.sent_start[start] and cols.is_title[k - 1] and cols.is_alpha[k - 1]:
        k -= 1  # "Ivo Sand and the ..."
    if k > cols.sent_start[start] and (cols.is_title[k - 1] or cols.text[k - 1] in ("'s", "’s")) \
            or cols.ent[k] in ("ORG", "GPE", "NORP", "DATE") or cols.lower[k] in FUNCTION_WORDS:
        return start
    return k


def ordinal_titles(doc: Doc) -> list[Title]:
    """'a fourth Title movie': a film of its own, in the series named inside it."""
    lex = lexicon()
    out = []
    for tok in tokens_among(doc, ORDINALS):
        if tok.i + 2 < len(doc):
            quoted = doc[tok.i + 1].text in OPEN_QUOTES  # "Third 'Vantage' Movie"
            run = name_run(doc, tok.i + 1 + quoted, max_len=6)
            after = run[1] + (quoted and run[1] < len(doc) and doc[run[1]].text in CLOSE_QUOTES) if run else 0
            if run and run[0] == tok.i + 1 + quoted and after < len(doc) \
                    and doc[after].lemma_.lower() in lex.film_nouns and (after > run[1] or not quoted):
                out.append(Title(tok.i, after + 1, "ordinal film", strength=0.9,
                                 extra={"series": (run[0], run[1]), "n": ORDINALS[tok.lower_]}))
    return out


MAKING_VERBS = frozenset({"develop", "make", "finance", "acquire", "buy", "shoot", "film", "back"})


def reduced_relative(tok: Token) -> bool:
    """Is ``tok`` the subject of a clause that describes the noun before it, whose object it lacks
    ("the thriller [Studio is producing]", "the film [Ana Lind directed]")?"""
    crafts = {k for k, r in lexicon().verbs.items() if r not in ("P161", "P175", "P750")}
    doc = tok.doc
    cols = columns(doc)
    j = tok.i + 1  # a person or company: read from the surface, the parser often makes the name an apposition
    while j < len(doc) and cols.pos[j] == "AUX" and j - tok.i <= 3:
        j += 1
    verbs = crafts | MAKING_VERBS | ({"release", "distribute"} if tok.ent_type_ == "ORG" else set())
    if tok.ent_type_ in ("PERSON", "ORG") and j < len(doc) \
            and (cols.tag[j] == "VBD" or j > tok.i + 1 and (cols.tag[j] in ("VBG", "VBN")
                                                           or cols.tag[j] == "VB" and cols.tag[j - 1] == "MD")) \
            and cols.lemma[j] in verbs \
            and (j + 1 >= len(doc) or cols.pos[j + 1] not in ("DET", "PROPN", "PRON") and cols.lower[j + 1] != "by"):
        return True  # "the thriller A is directing for Studio", "the film A directed", "the sequel Studio will release"
    v = tok.head
    if tok.dep_ not in ("nsubj",) or v.i <= tok.i or v.dep_ not in ("relcl", "acl"):
        return False
    lemma = v.lemma_.lower()
    return (lemma in crafts or lemma in MAKING_VERBS) and not any(c.dep_ == "dobj" for c in v.children)


def review_titles(doc: Doc) -> list[Title]:
    """'Title Review: ...', 'Review: Title', "'Title' review": what a review is about is a film."""
    cols = columns(doc)
    out = []
    for tok in tokens_among(doc, ("review",)):
        i = tok.i
        quotes = ("'", "’", '"', "”", "‘", "“")
        ends = i + 1 < cols.sent_end[tok.i] and cols.text[i + 1] in (":", "–", "-", "—", "|") or (
            i > 0 and cols.text[i - 1] in quotes)  # "Title Review: ...", "'Title' review"
        generic = {"film", "movie", "tv", "book", "theater", "theatre", "album", "game", "concert", "festival"}
        lead = cols.span_text(cols.sent_start[tok.i], i).lower()
        if lead in lexicon().video_formats:  # "4K review: Title", "Blu-ray review: Title": a format, no title
            generic = generic | {cols.lower[i - 1]}
        if ends and i > 0 and (cols.text[i - 1] in quotes or is_cap(doc[i - 1])) and not (
                i - cols.sent_start[tok.i] <= 2 and cols.lower[i - 1] in generic):
            # the whole opening of the line before "Review" ("Title Review: ...", "'Title' Review")
            lo, hi = cols.sent_start[tok.i], i
            lo += cols.text[lo] in quotes
            hi -= cols.text[hi - 1] in quotes
            words = doc[lo:hi]
            if 0 < len(words) <= 8 and is_cap(words[0]) and all(
                    is_cap(t) or t.lower_ in TITLE_SMALL or t.text in TITLE_INNER_PUNCT for t in words):
                out.append(Title(lo, hi, "before 'review'", strength=0.8))
        else:
            # "Review: Title", "Film review: Title", "2) Review in brief: Title", "Capsule review: Title"
            colon = next((j for j in range(i + 1, min(i + 4, len(doc) - 1)) if cols.text[j] == ":"), None)
            opens = tok.is_sent_start or lead in lexicon().video_formats or i - cols.sent_start[tok.i] == 1 \
                and cols.lower[i - 1] in generic | {"quick", "capsule", "mini", "short"} \
                or i >= 2 and cols.text[i - 1] in (")", ".") \
                and cols.text[i - 2].isdigit() and cols.sent_start[tok.i] >= i - 2
            if colon is None or not opens or not all(cols.text[j].islower() for j in range(i + 1, colon)):
                continue
            run = name_run(doc, colon + 1, max_len=8)
            if run and run[0] == colon + 1:
                out.append(Title(run[0], run[1], "after 'review:'", strength=0.8))
    return out


BULLETS = frozenset({"-", "•", "*", "–", "—", "·", "▸", "►", "▪", "‣", "●", "■", "◆", "→"})
LIST_NOUNS = frozenset({"titles", "lineup", "line-up", "slate", "selection", "selections", "competition", "nominees",
                        "contenders", "projects", "list", "ranking"})


def item_start(cols, a: int, b: int) -> int | None:
    """The first token after a list item's marker on the line ``a``..``b`` ("- ", "• ", "4. ", "10) "),
    or None when the line opens with no marker. A number marks an item only below 1000 (not "2019.")."""
    if cols.text[a] in BULLETS:
        return a + 1
    if a + 2 < b and cols.like_num[a] and cols.text[a].isdigit() and len(cols.text[a]) <= 3 \
            and cols.text[a + 1] in (".", ")"):
        return a + 2
    return None
ITEM_ENDS = frozenset({",", "(", "–", "—", ":", ";", "by", "from", "."})


def list_titles(doc: Doc) -> list[Title]:
    """The names that open the items of a bulleted list of films ("Ten films will compete. Among
    them:" then "- Title, A's adaptation of ..."): an item's first name, up to a comma or bracket."""
    cols = columns(doc)
    lex = lexicon()
    out: list[Title] = []
    lines = text_lines(cols)
    intro_ok = False
    for n, (a, b) in enumerate(lines):
        j = item_start(cols, a, b)
        if j is None:
            intro_ok = any(cols.lower[k] in LIST_NOUNS or cols.lemma[k] in lex.film_nouns and cols.tag[k] == "NNS"
                           for k in range(a, b))  # "Ten films will compete", "the slate"
            continue
        neighbours = [ln for ln in lines[max(0, n - 1):n + 2] if ln != (a, b)]
        counted = j == a + 2 and any(item_start(cols, x, y) == x + 2 and abs(int(cols.text[x]) - int(cols.text[a])) == 1
                                     for x, y in neighbours)  # "3." next to "4.": a ranking
        if not (intro_ok or counted) or not any(item_start(cols, x, y) is not None for x, y in neighbours):
            continue  # a list of films, two items or more
        if j >= b or not cols.text[j][:1].isupper():
            continue
        k = j
        while k < b and cols.lower[k] not in ITEM_ENDS and k - j < 8:
            k += 1
        person = cols.ent[j] == "PERSON" and cols.ent[k - 1] == "PERSON" and not (
            cols.text[k] == "(" and any(cols.lower[x] in lex.org_suffixes and cols.text[x + 1] == ")"
                                        for x in range(k + 1, min(k + 6, b - 1))))  # "Name (Studio Films)": a film
        if j == a + 2 and (k >= b or cols.text[k] == "." or not intro_ok and cols.text[k] not in ("(", "-", "–", "—")
                           or not all(is_cap(doc[x]) or cols.lower[x] in TITLE_SMALL
                                      or cols.text[x] in TITLE_INNER_PUNCT for x in range(j, k))):
            continue  # numbered: "3. Title (Studio)", not "3. The crew returns." (a listicle's point)
        if k < b and cols.lower[k] in ITEM_ENDS and k > j and not person:
            out.append(Title(j, k, "list item", strength=0.9))
    return out


def text_lines(cols) -> list[tuple[int, int]]:
    """(first, end) token of each non-blank line (read once per Doc: several layouts ask; do not change it)."""
    out = cols._memo.get("lines")
    if out is None:
        out, start = [], 0
        for i, w in enumerate(cols.text + ["\n"]):
            if "\n" in w:
                if start < i:
                    out.append((start, i))
                start = i + 1
        cols._memo["lines"] = out
    return out


def heading_line_title(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    """The title of a roundup's section heading "Title (Service, Oct. 3)", "2. Title (2019, dir. A)":
    a line holding only a Title Case name and a bracket that closes it, the bracket naming a year,
    a date or an outlet; None for any other line."""
    cols = columns(doc)
    j = a
    if j + 1 < b and cols.like_num[j] and cols.text[j + 1] in (".", ")") or cols.text[j] in BULLETS:
        j = item_start(cols, a, b) or j + 2  # "7.", "▸ "
    colon = next((x for x in range(j + 1, min(b, j + 8)) if cols.text[x] == ":"), None)
    if colon is not None and _date_label(cols, j, colon):
        j = colon + 1  # a listing's "July 1: Title (2012)", "Friday, 9 p.m.: Title", "8.00pm, Channel: Title"
    elif j + 1 < b and CLOCK.fullmatch(cols.text[j]):
        j += 1  # a video's chapter "02:15 Title (2004)"
    dash = next((x for x in range(j + 2, b - 1) if cols.text[x] in ("—", "–", "-") and cols.text[x - 1] == ")"), None)
    if dash is not None and b - dash <= 6 and "(" not in cols.text[dash:b]:
        b = dash  # "Title (2008) — the sequel"
    if b - j > 24 or cols.text[b - 1] != ")" or j >= b or not is_cap(doc[j]):
        return None
    k = j
    while k < b and cols.text[k] != "(":
        if not (is_cap(doc[k]) or cols.lower[k] in TITLE_SMALL or cols.text[k] in TITLE_INNER_PUNCT | {"'s", "’s"}):
            return None
        k += 1
    inside = range(k + 1, b - 1)
    if k == j or k >= b - 2 or k - j > 10 or any(cols.text[x] in ("(", ")") for x in inside):
        return None
    dated = any(YEAR.match(cols.text[x]) or cols.lower[x].rstrip(".") in CALENDAR for x in inside)
    # "4. Title (Studio)": a numbered line whose bracket is a name (the distributor, the outlet)
    named = j == a + 2 and 0 < len(inside) <= 5 and is_cap(doc[inside[0]]) and all(
        is_cap(doc[x]) or cols.lower[x] in TITLE_SMALL or cols.text[x] in TITLE_INNER_PUNCT for x in inside)
    formats = lexicon().video_formats  # a home-video column's "TITLE (4K UHD, Blu-ray)", "Title (Studio, DVD)"
    on_disc = any(cols.lower[x] in formats or cols.lower[x] + " " + cols.lower[x + 1] in formats
                  or "".join(cols.lower[x:x + 3]) == "blu-ray" for x in inside)
    shouting = all(cols.text[x].isupper() for x in range(j, k) if cols.text[x].isalpha()) and any(
        cols.text[x].isalpha() and len(cols.text[x]) > 1 for x in range(j, k))  # "TITLE 17 (Service)": a caps heading
    boxed = shouting and 0 < len(inside) <= 6 and is_cap(doc[inside[0]])
    return (j, k) if dated or named or on_disc or boxed else None


WEEKDAYS_ETC = DAYS | {"a.m.", "p.m.", "am", "pm"}


def _date_label(cols, a: int, b: int) -> bool:
    """Do tokens ``a``..``b`` name a day or an hour ("July 1", "Leaving July 30", "Friday, 9 p.m.",
    "8.00pm, Vintage Nine"), as a listing's label before a colon does? (Not "July Bride": a month without its
    day opens titles.)"""
    return any(cols.lower[x] in WEEKDAYS_ETC and (x + 1 == b or cols.text[x + 1] == "," or cols.like_num[x + 1])
               or x == a and CLOCK.fullmatch(cols.text[x])
               or cols.lower[x].rstrip(".") in MONTHS and x + 1 < b and cols.like_num[x + 1]
               for x in range(a, b))  # (not "The Monday Set 3: Part": a weekday inside a name)


def heading_titles(doc: Doc) -> list[Title]:
    """The titles of a roundup's section headings ("Title (Service, Oct. 3)" over a paragraph about
    it): two such headings or more, so that one dated line alone is not taken for a list."""
    cols = columns(doc)
    lines = text_lines(cols)
    found = [(heading_line_title(doc, a, b), b) for a, b in lines[1:]]  # (not the headline)
    found = [(t, b) for t, b in found if t is not None]
    if len(found) < 2:
        return []
    cols_text = cols.text
    out = []
    for (s, e), _ in found:
        year = next((cols_text[x] for x in range(e + 1, len(cols_text)) if YEAR.match(cols_text[x])
                     or cols_text[x] == ")"), None)  # "Title (2014)", "Title (2019, dir. A)"
        out.append(Title(s, e, "section heading", year=year if year != ")" else None, strength=1.0))
    return out


# The shoot and its phases: "photography started on Title", "filming on Title wraps", "began shooting Title"
# (a trade report's way of naming the film being made).
SHOOT_NOUNS = frozenset({"photography", "filming", "shooting", "production", "cameras", "lensing"})
SHOOT_VERBS = frozenset({"begin", "start", "wrap", "commence", "resume", "finish", "roll", "complete", "halt"})


def shoot_titles(doc: Doc) -> list[Title]:
    """Titles the shoot is on: "photography started on Title", "production on Title", "began filming Title"."""
    cols = columns(doc)
    out = []
    for i in cols.where(("on", "filming", "shooting")):
        j = i + 1
        if j >= len(doc) or not is_cap(doc[j]) or headline_at(doc, i):
            continue
        if cols.lower[i] == "on":
            window = range(max(cols.sent_start[i], i - 4), i)
            if not (any(cols.lower[k] in SHOOT_NOUNS for k in window)
                    and (cols.lower[i - 1] in SHOOT_NOUNS or any(cols.lemma[k] in SHOOT_VERBS for k in window))):
                continue  # "production on Title", "filming has wrapped on Title"
        elif not (i > 0 and cols.lemma[i - 1] in SHOOT_VERBS and cols.tag[i] == "VBG"):
            continue  # "began shooting Title" (not "Shooting Stars")
        run = title_span(doc, j)
        if run and run[0] == j and cols.ent[j] not in ("NORP", "DATE", "TIME") \
                and not (run[1] < len(doc) and cols.text[run[1]] in ("'s", "’s")):  # (NER's place or person
            # is no evidence against the cue: it tags many titles so)
            out.append(Title(run[0], run[1], f"after '{cols.lower[i - 1]} {cols.lower[i]}'", strength=0.8))
    return out


def _and_owned(doc: Doc, run: tuple[int, int]) -> tuple[int, int]:
    """'A's Ysbel and Oswy (1967)': after a possessive, a title of two names joined by "and" is one title
    (a list of films would not share one owner's "'s" and one year)."""
    cols = columns(doc)
    k = run[0] - 1
    if k < 3 or cols.lower[k] not in ("and", "&") or not cols.text[k - 1][:1].isupper():
        return run
    j = k - 1
    while j > 0 and k - j <= 3 and cols.text[j][:1].isupper() and cols.text[j - 1] not in ("'s", "’s"):
        j -= 1
    if cols.text[j - 1] in ("'s", "’s") and cols.text[j][:1].isupper() and cols.pos[j - 2] == "PROPN":
        return (j, run[1])
    return run


def _owner_cut(doc: Doc, run: tuple[int, int]) -> tuple[int, int]:
    """The title in a run that opens with a person's possessive ("Brockhurst's The Harbour Hours",
    "Brockhurst's Night Ferry" where the text names a Paolo Brockhurst): what follows the "'s". A possessive
    that opens a title of its own ("The Ferryman's Daughter", "Jennifer's Body", a one-word rest) stays."""
    cols = columns(doc)
    p = next((j for j in range(run[0] + 1, min(run[0] + 4, run[1] - 1)) if cols.text[j] in ("'s", "’s")), None)
    if p is None or cols.text[run[0]] in ("The", "A", "An"):
        return run
    if cols.text[p + 1] in ("The", "A", "An"):
        return (p + 1, run[1])
    if run[1] - p - 1 < 2:
        return run
    owner = cols.lower[p - 1]
    named = any(len(e) >= 2 and e.end != p and doc[e.end - 1].lower_ == owner and (
        e.label_ == "PERSON" or is_given_name(doc[e.start].lower_)) for e in doc.ents)  # (NER calls many people ORG)
    word = cols.text[p - 1]
    alone = run[0] == p - 1 and any(  # "Studio's Title 2" where the text also writes "Studio, which ...": an owner
        cols.text[k] == word and k != p - 1 and k + 1 < len(doc) and cols.text[k + 1] in (",", ".", ";")
        for k in cols.where((word.lower(),)))
    return (p + 1, run[1]) if named or alone else run


def find_titles(doc: Doc) -> list[Title]:
    """Every title candidate in the document, strongest reasons first."""
    from .capitals import caps_titles, kit_titles  # (they read this module's spans)
    from .subtitles import colon_titles

    titles = quoted_titles(doc) + copula_titles(doc) + ordinal_titles(doc) + cue_titles(doc) \
        + numbered_titles(doc) + review_titles(doc) + list_titles(doc) + surface_copula_titles(doc) \
        + heading_titles(doc) + shoot_titles(doc) + caps_titles(doc) + kit_titles(doc) + colon_titles(doc)
    return [_with_main_title(doc, t) for t in titles]


def _with_main_title(doc: Doc, t: Title) -> Title:
    """'Saltmarsh: The Reckoning is ...': a subtitle after a capitalised word and a colon at the start of a
    sentence is the second half of one title (not after a credit label: "Director: A")."""
    cols = columns(doc)
    k = t.start - 1
    if k < 1 or cols.text[k] != ":" or cols.text[t.start] not in ("The", "A", "An") and not cols.like_num[t.start]:
        return t
    head = title_span(doc, k - 1, forward=False)
    if head is None or head[1] != k or head[0] != cols.sent_start[k] and cols.text[head[0] - 1] not in ("\n", "\n\n") \
            or doc[head[0]:head[1]].text.lower() in lexicon().credit_labels or head[1] - head[0] > 4:
        return t
    return Title(head[0], t.end, t.reason, year=t.year, strength=t.strength, extra=t.extra)
