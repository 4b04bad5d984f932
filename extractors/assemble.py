"""From a Reader's raw facts to the Entities and Facts of an Extraction.

Types are checked against each relation's signature, groups ("the Pellicott brothers") become
their members, short names join the fullest name of the same person, and the same fact read
twice in one article is kept once (with its strongest evidence).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from . import pairs
from .columns import columns
from .lexicon import FUNCTION_WORDS, is_given_name, lexicon
from .mentions import RANKS, clean, norm_key, person_clusters
from .modality import PHRASE_METHODS, withdrawn
from .model import RELATIONS, SYMMETRIC, Entity, Fact
from .titles import OPEN_QUOTES

FILMISH = {"Film", "TVSeries"}
HEDGED_CONFIDENCE = 0.5


def _accepts(slot: str, typ: str | None) -> bool:
    if slot == "Film":
        return typ in FILMISH
    if slot == "Person" and typ == "Group":
        return True
    return typ == slot


def org_clusters(ms) -> dict[str, str]:
    """A company's short name ("Focus", "Kestrel Lane") is the one longer name of the text it opens
    ("Focus Features", "Kestrel Lane Pictures")."""
    keys = {m.key for m in ms.all if m.type == "Organization" and m.key}
    out = {}
    for k in keys:
        longer = [o for o in keys if o.startswith(k + " ")]
        if len(longer) == 1:
            out[k] = longer[0]
    return out


def _ordinal_names(ms) -> dict[str, str]:
    """"Title, the fourth X film", "the fourth X film, Title", "Title is the fourth X film": the ordinal
    phrase names Title (it is no film of its own there)."""
    ordinal = [m for m in ms.all if getattr(m, "series", None) is not None and m.type == "Film" and m.key]
    if not ordinal:
        return {}
    cols = columns(ms.doc)
    named = {m.start: m for m in ms.all if m.type == "Film" and m.series is None and m.key}
    ends = {m.end: m for m in named.values()}
    out = {}
    for m in ordinal:
        k = m.start - 1
        target = None
        if k >= 1 and cols.lower[k] in ("the", "a", "an"):
            if cols.text[k - 1] == ",":
                j = k - 1
                if j >= 3 and cols.text[j - 1] == ")" and cols.text[j - 3] == "(":
                    j -= 3  # "Title (2014), the third X film"
                target = ends.get(j)  # "Title, the fourth X film"
            elif cols.lemma[k - 1] == "be" and cols.dep[k - 1] in ("ROOT", "conj"):
                subj = next((c.i for c in ms.doc[k - 1].children if c.dep_ == "nsubj"), None)
                first = cols.sent_start[k] + (cols.text[cols.sent_start[k]] in OPEN_QUOTES)
                # ("Title is the fourth X film", '"Title," due in May, is ...': the sentence's subject)
                target = ends.get(k - 1) or (named.get(ms.by_token[subj].start) if subj in ms.by_token
                                             else named.get(first) if subj is None else None)
        if target is None and m.end + 1 < len(cols.text) and cols.text[m.end] == ",":
            target = named.get(m.end + 1)  # "the fourth X film, Title"
        if target is not None and target.key != m.key:
            out[m.key] = target.key
    return out


_ARTICLES = frozenset("the el la los las le les il lo der die das".split())


def film_clusters(ms) -> dict[str, str]:
    """A film named by its subtitle alone ("First Light") is the one "Title: Subtitle" of the text
    ("Hollow Tide: First Light")."""
    full = {m.key: text for m in ms.all if m.type == "Film" and m.key
            for text in [clean(m.text)] if ":" in text}  # (a colon that cleaning drops is no subtitle's)
    by_sub: dict[str, set[str]] = defaultdict(set)
    for k, text in full.items():
        sub = norm_key(text.split(":", 1)[1])
        by_sub[sub].add(k)
        words = sub.split()
        words = words[1:] if words and words[0] in ("the", "a", "an") else words
        if len(words) >= 3 and words[0] not in FUNCTION_WORDS and words[1] in FUNCTION_WORDS:
            by_sub[words[0]].add(k)  # "Lament" for "Title: The Lament of Wolves and Crows"
    out = _ordinal_names(ms)
    family = getattr(ms, "family_rest", {})  # "Accord" for "The Vantage Accord"
    keys = {m.key for m in ms.all if m.type == "Film"}
    by_last: dict[str, set[str]] = defaultdict(set)
    for k in keys:  # "Tamsk" for "La Noche Tamsk": an article, a word, the name's last word
        words = (k or "").split()
        if len(words) == 3 and words[0] in _ARTICLES:
            by_last[words[-1]].add(k)
    for m in ms.all:
        if m.type == "Film" and m.key and m.key not in full and len(by_sub.get(m.key, ())) == 1:
            out[m.key] = next(iter(by_sub[m.key]))
        elif m.type == "Film" and m.key and " " not in m.key and len(by_last.get(m.key, ())) == 1:
            out[m.key] = next(iter(by_last[m.key]))
        elif m.type == "Film" and family.get(m.key) in keys and family[m.key] != m.key:
            out[m.key] = family[m.key]
    return out


def character_clusters(ms) -> dict[str, str]:
    """A part's shorter names to its fullest one: "Trew" and "Quillon Trew" to "Captain Quillon Trew", when
    exactly one part of the text is named so."""
    chars = {m.key for m in ms.all if m.type == "Character"}
    full = [k for k in chars if len(k.split()) >= 2]
    out = {}
    for k in chars:
        words = k.split()
        cands = {f for f in full if f != k and f.endswith(" " + k)}  # the surname, or the name after a rank
        if not cands and len(words) == 1:
            cands = {f for f in full if f.split()[0] == k or len(f.split()) >= 3 and f.split()[1] == k
                     and f.split()[0].rstrip(".") in RANKS}  # "Quillon" of "Quillon Trew", "Captain Quillon Trew"
        if len(cands) == 1:
            out[k] = cands.pop()
    return out


def _company_short_names(ms, cols) -> None:
    """'Halberd produced both films' in a text that names Halberd Entertainment: the one company whose
    name opens with the word, not a person (unless a person of the text has it as a surname)."""
    suffixes = lexicon().org_suffixes
    companies = {m.key for m in ms.all if m.type == "Organization" and m.key and len(m.key.split()) >= 2
                 and cols.lower[m.end - 1] in suffixes}
    surnames = {m.key.split()[-1] for m in ms.all if m.type == "Person" and m.key and len(m.key.split()) >= 2}
    for m in ms.all:
        if m.type == "Person" and m.key and " " not in m.key and m.key not in surnames \
                and cols.ent[m.start] != "PERSON" and m.fixed is None:
            if len([c for c in companies if c.startswith(m.key + " ")]) == 1:
                m.type = "Organization"


def _film_labels(ms) -> dict[str, str]:
    """A film's label: its name as the text writes it, in the case of running text where the text also
    has it so, else a title in capitals title-cased ("THE GLASS FERRY" → "The Glass Ferry")."""
    from .capitals import title_case

    out: dict[str, str] = {}
    for m in ms.all:
        if m.type == "Film" and m.key:
            text = clean(m.text)
            old = out.get(m.key)
            if old is None or old.isupper() and not text.isupper():
                out[m.key] = text
    return {k: title_case(v) if v.isupper() and sum(c.isalpha() for c in v) >= 4 else v for k, v in out.items()}


def org_labels(ms) -> dict[str, str]:
    return {m.key: clean(m.text) for m in ms.all if m.type == "Organization" and m.key}


def _shared_surnames(ms) -> None:
    """'brothers Hal and Teddy Okoro': a first name joined to a full name shares its surname."""
    doc = ms.doc
    cols = columns(doc)
    for m in ms.people():
        if " " in m.key or getattr(m, "full", None) or m.end + 1 >= len(doc) or cols.lower[m.end] != "and":
            continue
        nxt = ms.by_token.get(m.end + 1)
        if nxt is not None and nxt.start == m.end + 1 and nxt.type == "Person" and len(nxt.text.split()) == 2 \
                and (cols.ent[m.start] in ("PERSON", "", "NORP") or cols.ent[m.start] == "ORG"
                     and is_given_name(cols.lower[nxt.start]) or cols.ent[m.start] == "GPE"
                     and is_given_name(cols.lower[nxt.start]) and is_given_name(cols.lower[m.start])) and not any(
                    p.key.split()[-1] == m.key for p in ms.people() if " " in p.key):
            m.full = f"{clean(m.text)} {clean(nxt.text).split()[-1]}"


def _drop_parts_kin(facts: dict, names: dict) -> None:
    """'A plays Esko Dunn, Osk's estranged half-brother': kin between parts of a story is no fact about
    people. A side named as a part (the part's full name, or the surname of a part named in full)
    takes the family fact out."""
    parts = [v["label"].split() for v in names.values() if v["type"] == "Character"]
    full = {" ".join(w).lower() for w in parts}
    surnames = {w[-1].lower() for w in parts if len(w) >= 2}

    def a_part(key: str) -> bool:
        label = names.get(key, {}).get("label", "")
        return label.lower() in full or " " not in label and label.lower() in surnames

    for k in [k for k, f in facts.items() if f.relation in ("P3373", "P26")]:
        if a_part(facts[k].subject) or a_part(facts[k].object):
            del facts[k]


def _sequels_share_series(facts: dict) -> None:
    """A film that follows a film of a series is in the series too ("the Title trilogy ... Other
    Title followed in 2007"), and so is the film a series film follows: one step each way, for
    films no series fact names."""
    series = defaultdict(set)
    for (s, rel, o), f in facts.items():
        if rel == "P179" and not f.hedged:
            series[s].add(o)
    for (s, rel, o), f in list(facts.items()):
        if rel != "P155" or f.hedged:
            continue
        for a, b in ((s, o), (o, s)):
            if series.get(b) and not series.get(a):
                for group in sorted(series[b]):
                    facts.setdefault((a, "P179", group), Fact(a, "P179", group, f.sentence, f.start, f.end,
                                                              "series", round(min(f.confidence, 0.6), 3)))


def assemble(reader, modality):
    doc = reader.doc
    cols = columns(doc)
    ms = reader.m
    _shared_surnames(ms)
    _company_short_names(ms, cols)
    clusters = person_clusters(ms)
    orgs, org_label = org_clusters(ms), org_labels(ms)
    films = film_clusters(ms)
    film_label = _film_labels(ms)
    parts = character_clusters(ms)
    people_by_surname = defaultdict(set)
    for m in ms.people():
        full = getattr(m, "full", None)  # "his brother Rafe" → "Rafe Pellicott"
        canon = norm_key(full) if full else clusters.get(m.key, m.key)
        if len(canon.split()) >= 2:
            people_by_surname[canon.split()[-1]].add(canon)

    names: dict[str, dict] = {}  # entity key → {"type", "label", "aliases", "spans", "year"}
    memo: dict[int, list[str]] = {}  # a mention's keys, registered once (most mentions side many facts)

    def entity_key(m) -> list[str]:
        keys = memo.get(id(m))
        if keys is None:
            keys = memo[id(m)] = _entity_key(m)
        return keys

    def _entity_key(m) -> list[str]:
        if getattr(m, "type", None) == "Group":
            members = people_by_surname.get(norm_key(m.group), set())
            return [f"Person:{c}" for c in sorted(members)] if members else []
        typ = m.type
        if typ == "Person":
            full = getattr(m, "full", None)
            canon = norm_key(full) if full else clusters.get(m.key, m.key)
            key = f"Person:{canon}"
            rec = names.setdefault(key, {"type": "Person", "label": full or clean(m.text), "aliases": set(),
                                         "spans": set(), "year": None})
            text = clean(m.text)
            if len(text) > len(rec["label"]):
                rec["aliases"].add(rec["label"])
                rec["label"] = text
            elif text != rec["label"]:
                rec["aliases"].add(text)
            rec["spans"].add(cols.char_span(m.start, m.end))
            return [key]
        canon = orgs.get(m.key, m.key) if typ == "Organization" else films.get(m.key, m.key) if typ == "Film" \
            else parts.get(m.key, m.key) if typ == "Character" else m.key
        key = f"{typ}:{canon}"
        label = org_label.get(canon, clean(m.text)) if typ == "Organization" else \
            film_label.get(canon, clean(m.text)) if typ == "Film" else clean(m.text)
        rec = names.setdefault(key, {"type": typ, "label": label, "aliases": set(), "spans": set(),
                                     "year": None})
        if len(label) > len(rec["label"]) and typ in ("Organization", "Film", "Character"):
            rec["aliases"].add(rec["label"])  # "Focus" before "Focus Features": the full name labels it
            rec["label"] = label
        words = label.split()
        if typ == "Character" and len(words) >= 3 and words[0].lower().rstrip(".") in RANKS | {"dr", "sheriff"}:
            rec["aliases"].add(" ".join(words[1:]))  # "Detective Ada Crane" is also "Ada Crane"
        if typ == "Series" and getattr(m, "series_noun", None) and not label.lower().endswith(m.series_noun):
            rec["aliases"].add(f"{label} {m.series_noun}")  # "Ironbridge" is also "Ironbridge trilogy"
        rec["spans"].add(cols.char_span(m.start, m.end))
        if typ == "Film" and m.year:
            rec["year"] = m.year
        if clean(m.text) != rec["label"]:
            rec["aliases"].add(clean(m.text))
        return [key]

    for m in ms.people():  # register every person first: a group expands to people named anywhere
        entity_key(m)
    facts: dict[tuple, Fact] = {}
    shot: dict[tuple, bool] = {}  # P344 -> read from "shoot" alone?
    for r in reader.raw:
        if r.relation == "P162" and getattr(r.object, "type", None) == "Organization":
            r.relation = "P272"  # "Studio is producing Title", "produced by Studio Films": a production company
        s_slot, o_slot = RELATIONS[r.relation]
        if not _accepts(s_slot, getattr(r.subject, "type", None)):
            continue
        if o_slot == "Year":
            o_keys = [r.object] if isinstance(r.object, str) else []
        else:
            if isinstance(r.object, str) or not (_accepts(o_slot, r.object.type)
                                                 or r.method == "remake" and r.object.type == "Film"):
                continue  # (a remake is based on a film: the one work that is a film too)
            o_keys = entity_key(r.object)
        s_keys = entity_key(r.subject)
        sides = [doc[x.start] for x in (r.subject, r.object) if not isinstance(x, str)]
        mood = modality(r.trigger, sides, r.method)
        people = {w for x in (r.subject, r.object) if getattr(x, "type", None) == "Person" for w in x.text.split()}
        if mood == "negated" or people and r.method not in PHRASE_METHODS and withdrawn(r.trigger, people):
            continue
        text, start_char, end_char = cols.sentence(r.trigger.i)
        for s in s_keys:
            for o in o_keys:
                if s == o:
                    continue
                if r.relation in SYMMETRIC and o < s:
                    s, o = o, s
                hedged = mood == "hedged"
                conf = r.confidence * (HEDGED_CONFIDENCE if hedged else 1.0)
                key = (s, r.relation, o)
                if r.relation == "P344":
                    shot[key] = shot.get(key, True) and r.trigger.lemma_ == "shoot"
                old = facts.get(key)
                if old is not None and (not old.hedged or hedged) and old.confidence >= conf:
                    continue
                facts[key] = Fact(subject=s, relation=r.relation, object=o, sentence=text,
                                  start=start_char, end=end_char, method=r.method,
                                  confidence=round(conf, 3), hedged=hedged)
    _sequels_share_series(facts)
    _drop_makers_shooting(facts, shot)
    # Siblings named together as "the X brothers".
    for i, surname in reader.groups.items():
        if cols.lower[i] in ("brothers", "sisters", "siblings", "twins"):
            members = sorted(people_by_surname.get(norm_key(surname), set()))
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    s, o = f"Person:{members[a]}", f"Person:{members[b]}"
                    if s in names and o in names and (s, "P3373", o) not in facts:
                        sent = doc[i].sent
                        facts[(s, "P3373", o)] = Fact(s, "P3373", o, sent.text.strip(), sent.start_char,
                                                      sent.end_char, "kin", 0.7)
    _learned(reader, entity_key, names, facts, modality)
    _drop_parts_kin(facts, names)
    _drop_festival_firms(facts, names)
    _makers_not_releasers(facts, names)
    used = {f.subject for f in facts.values()} | {f.object for f in facts.values()}
    entities = [Entity(key=k, label=v["label"], type=v["type"], aliases=tuple(sorted(v["aliases"] - {v["label"]})),
                       year=v["year"], spans=tuple(sorted(v["spans"])))
                for k, v in names.items() if k in used]
    return entities, list(facts.values())


def _drop_makers_shooting(facts: dict, shot: dict) -> None:
    """"A shot it" names the cinematographer, unless A directs or acts in it: a director or an actor
    shoots a film ("A shot it in 70mm", "B shot the picture after dark") without lighting it."""
    for key in [k for k, alone in shot.items() if alone and k in facts]:
        film, _, person = key
        if any((film, rel, person) in facts for rel in ("P57", "P161")):
            del facts[key]


def _same_series(a: str, b: str) -> bool:
    """Are two film keys one title and its numbered sequel ("Film:night ledger", "Film:night ledger 2")?"""
    a, b = a.split(":", 1)[-1], b.split(":", 1)[-1]
    short, long_ = sorted((a, b), key=len)
    rest = long_[len(short):].strip()
    return long_.startswith(short + " ") and (rest.isdigit() or rest in ("ii", "iii", "iv", "v"))


def _drop_festival_firms(facts: dict, names: dict) -> None:
    """A festival shows films; it neither releases nor produces them ("premieres at the Quorn Film Festival")."""
    festivals = set(lexicon().festivals)
    for key, f in list(facts.items()):
        if f.relation in ("P750", "P272"):
            words = names.get(f.object, {}).get("label", "").lower().split()
            if words and (words[-1] in ("festival", "fest", "biennale") or words[0] in festivals):
                del facts[key]


def _makers_not_releasers(facts: dict, names: dict) -> None:
    """"Studio's Title" names who made it when the company is an animation house ("Quorn Animation's Title") or
    when the text says another company released it ("Studio's Title, released by Other"): its production
    company, not its distributor."""
    released: dict[str, set[str]] = defaultdict(set)  # film -> who a verb says released it
    for f in facts.values():
        if f.relation == "P750" and f.method in ("by", "verb"):
            released[f.subject].add(f.object)
    for key, f in list(facts.items()):
        if f.relation != "P750" or f.method != "company":
            continue
        words = names.get(f.object, {}).get("label", "").lower().split()
        if "animation" in words or released.get(f.subject, set()) - {f.object}:
            del facts[key]
            facts.setdefault((f.subject, "P272", f.object), replace(f, relation="P272"))


def _own_clause(doc, film, person) -> bool:
    """Is the film the subject of a clause the person is not in ("Title was a hit, and the job goes to A")?"""
    root = doc[film.start:film.end].root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    inside = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    return person.start not in inside


def _learned(reader, entity_key, names, facts, modality) -> None:
    """Facts the learned reader (``pairs.py``) is confident of, between names the rules left alone."""
    doc, cols = reader.doc, columns(reader.doc)
    placed = []
    for m in reader.m.all:
        typ = "Person" if m.type == "Group" else m.type
        if typ == "Film" and m.in_parens_of is not None:
            continue  # "editor A ('X', 'Y') re-teams with director B": A's bracketed filmography, read by its rule
        if typ in ("Film", "Person", "Character", "Organization", "Series", "Work"):
            placed += [pairs.Placed(k, typ, m.start, m.end) for k in entity_key(m)]
    if pairs.RECORD is not None:  # training: every pair, so the model learns from what the rules read too
        cands = pairs.candidates(doc, placed, facts.values())
        pairs.RECORD.append({"doc": doc, "candidates": cands, "names": names, "facts": dict(facts)})
    wanted = pairs.enabled()
    if not wanted:
        return
    cands = pairs.candidates(doc, placed, facts.values(), frozenset(wanted.values()),
                             skip={(s, o) for s, _, o in facts})
    # "Title (2019) was a hit, and the chair on Title 2 goes to A": a rule gave A the sequel; the learned reader,
    # which cannot tell an original from its sequel, gives A the same credit on no other film of the series there
    placed = {(f.relation, f.object, f.start): f.subject for f in facts.values()}
    for c, rel, p in pairs.predict(cands, set(facts)):
        other = placed.get((rel, c.object.key, cols.sentence(c.subject.start)[1]))
        if other is not None and _same_series(other, c.subject.key) and _own_clause(doc, c.subject, c.object):
            continue
        a, b = doc[c.subject.start:c.subject.end].root, doc[c.object.start:c.object.end].root
        above_b = {t.i for t in b.ancestors}
        trigger = next((t for t in a.ancestors if t.i in above_b), None) or b  # the word joining the two names
        sides = [doc[c.subject.start], doc[c.object.start]]
        mood = modality(trigger, sides, "learned")
        if mood == "negated":
            continue
        people = {w for x in (c.subject, c.object) if x.type == "Person" for w in doc[x.start:x.end].text.split()}
        if people and withdrawn(trigger, people):
            continue
        text, start_char, end_char = cols.sentence(trigger.i)
        hedged = mood == "hedged"
        facts[(c.subject.key, rel, c.object.key)] = Fact(
            subject=c.subject.key, relation=rel, object=c.object.key, sentence=text, start=start_char,
            end=end_char, method="learned", confidence=round(p * 0.8 * (HEDGED_CONFIDENCE if hedged else 1.0), 3),
            hedged=hedged)
