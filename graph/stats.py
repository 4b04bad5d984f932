"""Counts that summarise a store: articles, entities by class, facts by relation, top people."""
from __future__ import annotations

import json

from ontology import FILM, relation_for_property

_TYPES = """SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t . FILTER(STRSTARTS(STR(?t), STR(film:)))
  FILTER(?t NOT IN (film:Evidence, film:Article)) } GROUP BY ?t ORDER BY DESC(?n)"""
# Extracted facts only: not the provenance graph, not what `filmkg infer` derived.
_FACTS = """SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?p), STR(film:)))
  FILTER(?g != ?prov && ?g != ?inferred) } GROUP BY ?p ORDER BY DESC(?n)"""
_HEDGED = """SELECT (COUNT(*) AS ?n) WHERE { ?ev film:status "hedged" }"""
_ARTICLES = """SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a film:Article }"""
_PEOPLE = """SELECT ?label (COUNT(DISTINCT ?f) AS ?films) WHERE {
  ?f ?role ?p . ?p a film:Person ; rdfs:label ?label . ?f a film:Film .
} GROUP BY ?p ?label ORDER BY DESC(?films) ?label LIMIT 10"""


def store_stats(store) -> dict:
    from ontology import INFERRED_GRAPH, PROVENANCE_GRAPH

    rels = relation_for_property()
    facts = {}
    evidence_props = {FILM[x] for x in ("sentence", "startChar", "endChar", "method", "confidence",
                                        "status", "asOf", "article", "contentHash", "extractorVersion")}
    for p, n in store.query(_FACTS, bindings={"prov": PROVENANCE_GRAPH, "inferred": INFERRED_GRAPH}).rows:
        if p in evidence_props:
            continue
        facts[f"{p.split('#')[-1]} ({rels.get(p, '-')})"] = int(n)
    return {
        "articles": int(store.query(_ARTICLES).rows[0][0]),
        "entities": {t.split("#")[-1]: int(n) for t, n in store.query(_TYPES).rows},
        "facts": facts,
        "hedged_claims": int(store.query(_HEDGED).rows[0][0]),
        "most_connected_people": [(str(label), int(n)) for label, n in store.query(_PEOPLE).rows],
    }


def _table(title: str, rows: list[tuple]) -> list[str]:
    if not rows:
        return [title, "  (none)"]
    width = max(len(str(k)) for k, _ in rows)
    return [title] + [f"  {str(k):<{width}}  {v:>6}" for k, v in rows]


def render_stats(data: dict, fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps(data, indent=2)
    lines = [f"articles: {data['articles']}", ""]
    lines += _table("entities", list(data["entities"].items())) + [""]
    lines += _table("facts", list(data["facts"].items()))
    lines += [f"  hedged claims (evidence only): {data['hedged_claims']}", ""]
    lines += _table("most connected people (films)", data["most_connected_people"])
    return "\n".join(lines)
