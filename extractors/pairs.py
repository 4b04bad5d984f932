"""A learned reader for the pairs the rules leave alone.

The rules read the constructions they were written for and nothing else; on articles nobody tuned
them on they miss about half of the stated facts, and in half of those misses both names stand in
one sentence. This module scores every such pair of named mentions in a sentence with a small
logistic model per relation (weights in ``patterns/pairs.json``, trained by
``tools/train_pairs.py`` on invented articles written for the project) and adds the facts it is
confident of. Its features are the parse between the two names and the words around them,
never the names themselves, so what it learned carries over to names it has not seen.

A fact it adds carries ``method="learned"`` and the model's probability, scaled down, as its
confidence; modality is read as for any rule. It only adds facts between two names the rules
related in no way, and only for the relations the weights file gives a threshold: those where, left
out of training one invented set at a time, it was at least as precise as the rules (which ones,
and the figures, are with ``DEFAULT_RELATIONS`` in ``tools/train_pairs.py``).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from .columns import columns
from .model import RELATIONS

WEIGHTS = Path(__file__).parent / "patterns" / "pairs.json"
# Relations between two named things; years and the sequel order are left to the rules.
PAIR_RELATIONS = {r: slots for r, slots in RELATIONS.items() if r not in ("P577", "P155", "P26", "P3373")}
TYPE_PAIRS = frozenset(PAIR_RELATIONS.values())
MAX_GAP = 12  # tokens between two names read word by word
RECORD: list | None = None  # set to a list by tools/train_pairs.py: every Doc's candidates land there


@dataclass(frozen=True)
class Placed:
    """One named mention of an entity: its key, type and tokens [start, end)."""

    key: str
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Candidate:
    """An ordered pair of mentions in one sentence, with the features the model reads."""

    subject: Placed
    object: Placed
    sentence: int  # token index where the sentence starts
    features: tuple[str, ...]


def _word(t: Token, s0: int) -> str:
    """A token as the model sees it: its lemma, or its class for names, numbers and capitalised words
    inside a sentence (``s0``: where the sentence starts), so no name ever becomes a feature."""
    if t.pos_ in ("PROPN", "NUM") or t.text[:1].isupper() and t.i > s0:
        return t.pos_
    return t.lemma_.lower()


def features(doc: Doc, a: Placed, b: Placed, rule_rels: dict, roles: dict, sent: tuple[int, int]) -> tuple[str, ...]:
    """What the model reads about the pair (a, b): path, words between, context, rule facts."""
    s0, s1 = sent

    def _w(t: Token) -> str:
        return _word(t, s0)

    ha, hb = doc[a.start:a.end].root, doc[b.start:b.end].root
    out = [f"ord={'ab' if a.start < b.start else 'ba'}", f"adep={ha.dep_}", f"bdep={hb.dep_}"]
    up_a = [ha, *ha.ancestors]
    up_b = [hb, *hb.ancestors]
    on_b = {t.i: n for n, t in enumerate(up_b)}
    k = next((n for n, t in enumerate(up_a) if t.i in on_b), None)
    if k is not None:
        lca = up_a[k]
        pa, pb = up_a[:k], up_b[:on_b[lca.i]]
        mid = "X" if lca.i in (ha.i, hb.i) else _w(lca)
        steps = [f"{t.dep_}^" for t in pa] + [mid] + [f"v{t.dep_}" for t in reversed(pb)]
        if len(steps) <= 7:
            out.append("path=" + "|".join(steps))
        out.append(f"plen={min(len(steps), 8)}")
        out.append(f"lca={mid}")
        out += [f"pw={_w(t)}" for t in (*pa[1:], *pb[1:])]
    else:
        out.append("nopath")
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    gap = hi - lo
    out.append(f"gap={gap if gap < 4 else '4-7' if gap < 8 else '8+'}")
    if 0 < gap <= MAX_GAP:
        words = [_w(t) for t in doc[lo:hi]]
        out += [f"bw={w}" for w in set(words)]
        out.append(f"bf={words[0]}")
        out.append(f"bl={words[-1]}")
    for tag, p in (("a", a), ("b", b)):
        for d, i in ((-1, p.start - 1), (-2, p.start - 2), (1, p.end)):
            out.append(f"{tag}{d:+d}={_w(doc[i]) if s0 <= i < s1 else '<s>'}")
    for tag, p, h in (("a", a, ha), ("b", b, hb)):
        if h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "agent", "appos", "attr", "conj"):
            gov = h.head.head if h.dep_ == "pobj" or h.dep_ == "conj" else h.head
            out.append(f"{tag}gov={h.dep_}:{_w(gov)}")
        out += [f"{tag}role={r}" for r in roles.get(p.key, ())]
    for r in rule_rels.get((a.key, b.key), ()):
        out.append(f"rule={r}")
    for r in rule_rels.get(a.key, ()):
        out.append(f"a_has={r}")
    for r in rule_rels.get(b.key, ()):
        out.append(f"b_has={r}")
    return tuple(out)


def candidates(doc: Doc, placed: list[Placed], facts, type_pairs=TYPE_PAIRS, skip=frozenset()) -> list[Candidate]:
    """Every ordered pair of mentions of two entities in one sentence whose types one of ``type_pairs``
    joins, except the (subject, object) pairs in ``skip``."""
    cols = columns(doc)
    rule_rels: dict = {}
    for f in facts:
        rule_rels.setdefault((f.subject, f.object), set()).add(f.relation)
        rule_rels.setdefault(f.subject, set()).add(f.relation)
        rule_rels.setdefault(f.object, set()).add("~" + f.relation)
    by_sent: dict[int, list[Placed]] = {}
    for p in placed:
        by_sent.setdefault(cols.sent_start[p.start], []).append(p)
    roles: dict[str, set] | None = None  # read once, for the first pair: most sentences have none
    out = []
    for s0, ps in by_sent.items():
        sent = (s0, cols.sent_end[s0])
        for a in ps:
            for b in ps:
                if a.key == b.key or (a.type, b.type) not in type_pairs or (a.key, b.key) in skip \
                        or not (a.end <= b.start or b.end <= a.start):
                    continue
                if roles is None:
                    roles = _roles(doc, placed)
                out.append(Candidate(a, b, s0, features(doc, a, b, rule_rels, roles, sent)))
    return out


def _roles(doc: Doc, placed: list[Placed]) -> dict[str, set]:
    """"composer A", "A, the film's editor": what the text calls each one, anywhere."""
    roles: dict[str, set] = {}
    for p in placed:
        before = doc[p.start - 1] if p.start > 0 else None
        if before is not None and before.pos_ == "NOUN" and before.text.islower():
            roles.setdefault(p.key, set()).add(before.lemma_.lower())
        root = doc[p.start:p.end].root
        roles.setdefault(p.key, set()).update(c.lemma_.lower() for c in root.children
                                               if c.dep_ == "appos" and c.pos_ == "NOUN")
    return roles


def enabled() -> dict[str, tuple[str, str]]:
    """The relations the model may add (those with weights and a threshold of at most 1), with their slots."""
    m = model()
    return {r: PAIR_RELATIONS[r] for r in m["weights"] if m["threshold"].get(r, 1.1) <= 1.0}


@lru_cache(maxsize=1)
def model() -> dict:
    """The trained weights: {"bias": {rel: b}, "weights": {rel: {feature: w}}, "threshold": {rel: p}}."""
    if not WEIGHTS.exists():
        return {"bias": {}, "weights": {}, "threshold": {}}
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def score(c: Candidate, relation: str, m: dict | None = None) -> float:
    """The model's probability that the pair states ``relation``."""
    m = m or model()
    w = m["weights"].get(relation)
    if w is None:
        return 0.0
    z = m["bias"][relation] + sum(w.get(f, 0.0) for f in c.features)
    return 1.0 / (1.0 + math.exp(-z))


def predict(cands: list[Candidate], known: set) -> list[tuple[Candidate, str, float]]:
    """(candidate, relation, probability) for each pair and relation the model is confident of
    and the rules did not already state; one per (subject, relation, object)."""
    m = model()
    best: dict[tuple, tuple[Candidate, str, float]] = {}
    related = {(s, o) for s, _, o in known}
    for c in cands:
        if (c.subject.key, c.object.key) in related:
            continue  # the rules read this pair already: "written by A" is not also "directed by A"
        for rel, slots in PAIR_RELATIONS.items():
            if slots != (c.subject.type, c.object.type):
                continue
            p = score(c, rel, m)
            if p >= m["threshold"].get(rel, 1.1):
                key = (c.subject.key, rel, c.object.key)
                if key not in best or best[key][2] < p:
                    best[key] = (c, rel, p)
    return list(best.values())
