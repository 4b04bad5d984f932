"""Learn the weights of film salience (``extractors/rules/salience.py``) from gold-annotated sets.

    python tools/train_focus.py TRAIN_SET [TRAIN_SET ...] [--test SET ...] [--loso] [--write]

Each set is a directory in the layout of ../shared/eval/SCHEMA.md. Only use sets you may learn from:
articles written for the project, never an evaluation set. Every phrase the extractor resolves to
a film by salience ("it", "the film", "the thriller") is one example: its candidates are the films
named before it, and a candidate is right when the gold holds, for that film, a fact the phrase
gave (the relation and the other side). Phrases with no right candidate, or only right ones, teach
nothing. The model is a conditional logit over each phrase's candidates.

``--test`` and ``--loso`` print how often the hand-set and the learned weights choose a right film;
``--write`` stores the learned weights in ``extractors/patterns/focus.json``.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_pairs import norm  # noqa: E402

from extractors.model import Article  # noqa: E402
from extractors.pipeline import Extractor  # noqa: E402
from extractors.rules import salience  # noqa: E402

L2 = 1.0


def examples(ex: Extractor, set_dir: Path) -> list[tuple[list[dict], list[int], tuple]]:
    """(features per candidate, indices of the right candidates, (the choice, its keys)) for each phrase of
    a set that teaches."""
    out = []
    for line in (set_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        text = (set_dir / "articles" / f"{g['article']}.txt").read_text(encoding="utf-8")
        salience.RECORD = []
        ex.extract(Article(text=text, source=g["article"]))
        rec, salience.RECORD = salience.RECORD, None
        index = defaultdict(set)
        for e in g["entities"]:
            for n in (e["label"], *e["aliases"]):
                index[norm(n)].add(e["label"])
        gold = {(t["s"], t["p"], t["o"]) for t in g["triples"]}
        choices = {r["tok"]: r for r in rec if "feats" in r}  # the last choice at a phrase is the one kept
        uses = defaultdict(list)
        for r in rec:
            if "feats" not in r:
                uses[r["tok"]].append(r)
        for tok, choice in choices.items():
            if tok not in uses or len(choice["feats"]) < 2:
                continue
            keys = sorted(choice["feats"])
            right = []
            for n, k in enumerate(keys):
                films = set().union(*(index.get(norm(t), set()) for t in choice["films"][k]))
                for u in uses[tok]:
                    others = {u["other"]} if u["relation"] == "P577" else index.get(norm(u["other"]), set())
                    pairs = [(f, o) if u["side"] == "subject" else (o, f) for f in films for o in others]
                    if any((s, u["relation"], o) in gold for s, o in pairs):
                        right.append(n)
                        break
            if 0 < len(right) < len(keys):
                out.append(([choice["feats"][k] for k in keys], right, (choice, keys)))
    return out


def fit(data, names: list[str], l2: float = L2) -> np.ndarray:
    """Weights maximising the probability of the right candidates, with an L2 penalty."""
    mats = [(np.array([[fs.get(f, 0.0) for f in names] for fs in feats]), right) for feats, right, _ in data]

    prior = np.array([salience.HAND.get(f, 0.0) for f in names])  # what the data does not speak to stays as set

    def loss(w):
        total, grad = 0.5 * l2 * (w - prior) @ (w - prior), l2 * (w - prior)
        for x, right in mats:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            pr = p[right].sum()
            total -= np.log(max(pr, 1e-12))
            q = np.zeros_like(p)
            q[right] = p[right] / max(pr, 1e-12)
            grad = grad - (q - p) @ x
        return total, grad

    return minimize(loss, prior, jac=True, method="L-BFGS-B").x


def accuracy(data, w: dict[str, float]) -> tuple[int, int]:
    """(phrases resolved to a right film, phrases)."""
    ok = 0
    for feats, right, _ in data:
        score = [sum(w.get(f, 0.0) * v for f, v in fs.items()) for fs in feats]
        ok += int(np.argmax(score)) in right  # (ties: the earliest key; the extractor takes the latest named)
    return ok, len(data)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("train", nargs="+", type=Path)
    ap.add_argument("--test", nargs="*", type=Path, default=[])
    ap.add_argument("--loso", action="store_true", help="leave each training set out once")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--l2", type=float, default=L2, help="pull of the hand-set weights (default %(default)s)")
    args = ap.parse_args(argv)
    ex = Extractor()
    salience.WEIGHTS = Path("/nonexistent")  # features are read with the hand weights deciding
    salience.weights.cache_clear()
    sets = {p.name: examples(ex, p) for p in [*args.train, *args.test]}
    names = sorted({f for data in sets.values() for feats, _, _ in data for fs in feats for f in fs})
    train = [x for p in args.train for x in sets[p.name]]
    print(f"{len(train)} phrases to learn from, {len(names)} features", file=sys.stderr)
    if args.loso:
        tot = np.zeros(4, int)
        for p in args.train:
            rest = [x for q in args.train if q != p for x in sets[q.name]]
            w = dict(zip(names, fit(rest, names, args.l2)))
            h, n = accuracy(sets[p.name], salience.HAND)
            learned, _ = accuracy(sets[p.name], w)
            tot += (h, learned, n, 0)
            print(f"{p.name}: hand {h}/{n}, learned {learned}/{n}")
        print(f"all: hand {tot[0]}/{tot[2]}, learned {tot[1]}/{tot[2]}")
    w = dict(zip(names, fit(train, names, args.l2)))
    for p in args.test:
        print(f"{p.name}: hand {accuracy(sets[p.name], salience.HAND)}, learned {accuracy(sets[p.name], w)}")
    for f in sorted(w, key=lambda f: -abs(w[f])):
        print(f"  {f:24} {w[f]:+.2f}", file=sys.stderr)
    if args.write:
        out = Path(__file__).resolve().parents[1] / "extractors" / "patterns" / "focus.json"
        out.write_text(json.dumps({"weights": {f: round(v, 4) for f, v in sorted(w.items())}}, indent=1) + "\n")
        print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
