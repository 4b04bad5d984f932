"""SPARQL for people and programs: saved queries, bound parameters, result formats, inference.

Values are *bound*, never pasted: each ``--param name=value`` becomes an RDF term (an IRI, a
number or a string), serialised with full escaping into a ``VALUES`` block placed at the start
of the query's WHERE group. The query text the user wrote is not edited, and a value such as
``x" } ; DROP ALL #`` stays one string literal. Because the block sits *inside* the WHERE
group, FILTERs there see the parameter (as with pre-bound variables), and the same text runs on
the embedded store and on any SPARQL 1.1 endpoint.

Default-graph policy: queries see the union of every graph (all articles, the provenance graph
and, after ``filmkg infer``, the inferred graph); ``graph=IRI`` restricts the default graph to
one named graph (e.g. one article's). ``GRAPH ?g { … }`` still reaches each named graph.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from extractors.errors import QueryError
from ontology import INFERRED_GRAPH, PREFIXES, PROVENANCE_GRAPH

from .store import Results, Store

QUERIES_DIR = Path(__file__).parent / "queries"
FORMATS = ("table", "csv", "tsv", "json")
_IRI_BAD = re.compile(r'[<>"{}|^`\\\x00-\x20]')


# ---------------------------------------------------------------- saved queries

@dataclass
class SavedQuery:
    """A query in ``graph/queries/NAME.rq`` and what its comment header says about it."""

    name: str
    path: Path
    summary: str
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)  # name → help
    example: str = ""

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def _parse_header(name: str, path: Path) -> SavedQuery:
    """Read the leading ``#`` comment block: first line the summary, ``@param NAME: help``
    lines, an ``@example`` line, anything else the description."""
    summary, desc, params, example = "", [], {}, ""
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        s = s.lstrip("#").strip()
        if m := re.match(r"@param\s+(\w+)\s*:?\s*(.*)", s):
            params[m.group(1)] = m.group(2)
        elif m := re.match(r"@example\s*:?\s*(.*)", s):
            example = m.group(1)
        elif not summary:
            summary = s
        elif s:
            desc.append(s)
    return SavedQuery(name, path, summary, " ".join(desc), params, example)


def list_saved(directory: Path = QUERIES_DIR) -> list[SavedQuery]:
    """Every saved query, by name."""
    return [_parse_header(p.stem, p) for p in sorted(directory.glob("*.rq"))]


def load_saved(name: str, directory: Path = QUERIES_DIR) -> SavedQuery:
    path = directory / f"{name}.rq"
    if not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        names = ", ".join(q.name for q in list_saved(directory))
        raise QueryError(f"{name}: no such saved query (saved queries: {names})")
    return _parse_header(name, path)


def render_list(queries: Iterable[SavedQuery]) -> str:
    out = []
    for q in queries:
        out.append(f"{q.name}: {q.summary}")
        for p, h in q.params.items():
            out.append(f"    --param {p}=…  {h}")
        if q.example:
            out.append(f"    e.g. {q.example}")
    return "\n".join(out)


# ---------------------------------------------------------------- parameters

_INT = re.compile(r"[+-]?\d+")
_DEC = re.compile(r"[+-]?(\d+\.\d*|\.\d+)")


def typed_value(value: str) -> Node:
    """A command-line value as an RDF term.

    ``<http://…>`` is an IRI, ``film:Film`` a known prefixed name, ``"…"`` a string (forcing a
    string for something that looks like a number), ``42`` an xsd:integer, ``4.5`` an
    xsd:decimal, anything else a plain string.

    >>> typed_value("<https://example.org/x>")
    rdflib.term.URIRef('https://example.org/x')
    >>> typed_value("1999").n3()
    '"1999"^^<http://www.w3.org/2001/XMLSchema#integer>'
    >>> typed_value('"1999"').n3()
    '"1999"'
    """
    if len(value) >= 2 and value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
        if not iri or _IRI_BAD.search(iri):
            raise QueryError(f"{value}: not a valid IRI")
        return URIRef(iri)
    if m := re.fullmatch(r"([A-Za-z][\w-]*):([\w.-]+)", value):
        if m.group(1) in PREFIXES:
            return URIRef(PREFIXES[m.group(1)] + m.group(2))
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return Literal(value[1:-1])
    if _INT.fullmatch(value):
        return Literal(int(value))
    if _DEC.fullmatch(value):
        return Literal(Decimal(value), datatype=XSD.decimal)
    return Literal(value)


def parse_params(items: Iterable[str]) -> dict[str, Node]:
    """``["name=value", …]`` → ``{"name": term}``."""
    out: dict[str, Node] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"--param {item}: expected NAME=VALUE with NAME a SPARQL variable name")
        out[name] = typed_value(value)
    return out


def _as_term(value) -> Node:
    if isinstance(value, Node):
        return value
    if isinstance(value, str):
        return typed_value(value) if value.startswith("<") else Literal(value)
    return Literal(value)


def term_sparql(term: Node) -> str:
    """A term in SPARQL syntax, escaped so that no value can end its literal or IRI."""
    if isinstance(term, URIRef):
        if _IRI_BAD.search(str(term)):
            raise QueryError(f"{term}: not a valid IRI")
        return f"<{term}>"
    if isinstance(term, BNode):
        raise QueryError("blank nodes cannot be bound as parameters")
    if isinstance(term, Literal):
        text = str(term)
        esc = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
        body = "".join(esc.get(c, c if ord(c) >= 0x20 and c != "\x7f" else f"\\u{ord(c):04X}") for c in text)
        if term.language:
            if not re.fullmatch(r"[A-Za-z]+(-[A-Za-z0-9]+)*", term.language):
                raise QueryError(f"{term.language}: not a language tag")
            return f'"{body}"@{term.language}'
        if term.datatype and term.datatype != XSD.string:
            return f'"{body}"^^{term_sparql(URIRef(term.datatype))}'
        return f'"{body}"'
    raise QueryError(f"cannot bind {term!r}")


# ---------------------------------------------------------------- binding

def _scan(text: str):
    """Yield ``(index, char)`` for the characters of ``text`` outside strings, IRIs and comments."""
    i, n = 0, len(text)
    iri = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c in "\"'":
            q3 = c * 3
            if text.startswith(q3, i):
                j = i + 3
                while j < n and not text.startswith(q3, j):
                    j += 2 if text[j] == "\\" else 1
                i = j + 3
            else:
                j = i + 1
                while j < n and text[j] != c and text[j] != "\n":
                    j += 2 if text[j] == "\\" else 1
                i = j + 1
            continue
        if c == "<" and (m := iri.match(text, i)):
            i = m.end()
            continue
        yield i, c
        i += 1


def _match(code: str, start: int) -> int:
    depth = 0
    for j in range(start, len(code)):
        depth += {"{": 1, "}": -1}.get(code[j], 0)
        if depth == 0:
            return j
    return -1


def _where_groups(text: str) -> list[tuple[int, int, bool]]:
    """Offsets of the ``{`` and matching ``}`` of the query's WHERE group and of every
    sub-SELECT's, with whether the group is a bare sub-SELECT; empty when there is none."""
    chars = list(_scan(text))
    code = "".join(c for _, c in chars)
    out = []
    for form in re.finditer(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", code, re.I):
        k = form.end()
        if form.group(1).upper() == "CONSTRUCT" and code[k:].lstrip().startswith("{"):
            k = _match(code, code.index("{", k)) + 1  # skip the template
            if k == 0:
                continue
        start = code.find("{", k)
        if start < 0 or (form.group(1).upper() == "DESCRIBE" and not re.match(r"[^{]*\bWHERE\s*$", code[k:start],
                                                                              re.I | re.S)):
            continue
        close = _match(code, start)
        if close < 0:
            continue
        sub = re.match(r"\s*SELECT\b", code[start + 1:], re.I) is not None
        out.append((chars[start][0], chars[close][0], sub))
    return out


def bind(sparql: str, bindings: Mapping[str, object] | None) -> str:
    """The query with ``bindings`` as a VALUES block at the start of its WHERE group and of
    every sub-SELECT's WHERE group, so that each parameter has its value throughout.

    >>> bind('SELECT ?f WHERE { ?f film:releaseYear ?y FILTER(?y > ?after) }', {"after": "x"})
    'SELECT ?f WHERE { VALUES (?after) { ("x") } ?f film:releaseYear ?y FILTER(?y > ?after) }'
    """
    if not bindings:
        return sparql
    names = list(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"{name}: not a SPARQL variable name")
    values = (f"VALUES ({' '.join('?' + n for n in names)}) "
              f"{{ ({' '.join(term_sparql(_as_term(bindings[n])) for n in names)}) }}")
    groups = _where_groups(sparql)
    if not groups:  # no WHERE group (DESCRIBE <x>): the trailing VALUES clause of SPARQL 1.1
        return sparql + "\n" + values
    edits: list[tuple[int, str]] = []
    for open_, close, subselect in groups:
        if subselect:
            edits += [(open_ + 1, f" {values} {{"), (close, "} ")]
        else:
            edits.append((open_ + 1, f" {values}"))
    for pos, ins in sorted(edits, key=lambda e: e[0], reverse=True):
        sparql = sparql[:pos] + ins + sparql[pos:]
    return sparql


# ---------------------------------------------------------------- running

def _one_line_error(message: str, sparql: str) -> str:
    """The parser's message on one line, its position as 'line L, column C'."""
    msg = " ".join(message.split())
    msg = re.sub(r"^(bad SPARQL( update)?|query failed):\s*", "", msg)
    m = re.search(r"error at (\d+):(\d+):\s*(.*)", msg)
    if not m:
        return f"bad SPARQL: {msg}"
    line, col, detail = int(m.group(1)), int(m.group(2)), m.group(3)
    if "Prefix not found" in detail:
        lines = sparql.splitlines() or [""]
        before = lines[min(line, len(lines)) - 1][: max(col - 1, 0)]
        pm = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", before)
        name = (pm.group(1) or "") if pm else "?"
        detail = f"unknown prefix {name}: (declare it with PREFIX; built in: {', '.join(PREFIXES)})"
    elif detail.startswith("expected one of"):
        options = [o.strip() for o in detail[len("expected one of"):].split(",") if o.strip()]
        if len(options) > 10 or any(len(o) > 24 for o in options):
            short = [o for o in options if len(o) <= 24 and "[" not in o][:10]
            detail = "expected one of " + ", ".join(short) + ", …"
    return f"bad SPARQL at line {line}, column {col}: {detail}"


def run(store: Store, sparql: str, params: Mapping[str, object] | None = None,
        graph: str | None = None) -> Results:
    """Run ``sparql`` on ``store`` with ``params`` bound; errors become one-line QueryErrors."""
    text = bind(sparql, params)
    try:
        return store.query(text, graph=graph)
    except QueryError as exc:
        if "error at" in str(exc):
            raise QueryError(_one_line_error(str(exc), sparql)) from None
        raise


def run_saved(store: Store, name: str, graph: str | None = None, **params) -> Results:
    """Run a saved query by name, checking its declared parameters."""
    q = load_saved(name)
    check_params(q, params)
    return run(store, q.text, params, graph=graph)


def check_params(q: SavedQuery, params: Mapping[str, object]) -> None:
    missing = [p for p, h in q.params.items() if p not in params and not h.startswith("(optional")]
    unknown = [p for p in params if p not in q.params]
    if missing:
        raise QueryError(f"{q.name}: missing " + ", ".join(f"--param {p}=…" for p in missing)
                         + f" ({'; '.join(f'{p}: {q.params[p]}' for p in missing)})")
    if unknown:
        raise QueryError(f"{q.name}: unknown parameter {', '.join(unknown)} "
                         f"(it takes: {', '.join(q.params) or 'none'})")


def resolve_query(query: str | None, file: str | None = None) -> tuple[str, SavedQuery | None]:
    """The SPARQL text for a ``query`` argument (text or saved name) or ``file``."""
    if file is not None:
        try:
            return Path(file).read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{file}: cannot read query: {exc}") from None
    if not query or not query.strip():
        raise QueryError("no query given (SPARQL text, -f FILE, or a saved query name; see --list)")
    if re.fullmatch(r"[\w-]+", query.strip()):
        q = load_saved(query.strip())
        return q.text, q
    return query, None


# ---------------------------------------------------------------- formatting

def _cell(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        s = str(term)
        for pre, ns in PREFIXES.items():
            if s.startswith(ns) and re.fullmatch(r"[\w./-]*", s[len(ns):]):
                return f"{pre}:{s[len(ns):]}"
        return f"<{s}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def format_results(res: Results, fmt: str = "table") -> str:
    """SELECT results as a table, CSV, TSV or SPARQL 1.1 results JSON; ASK as true/false;
    CONSTRUCT/DESCRIBE as Turtle (N-Triples for csv/tsv, JSON-LD for json)."""
    if fmt not in FORMATS:
        raise QueryError(f"{fmt}: unknown format (use {', '.join(FORMATS)})")
    if res.boolean is not None:
        return json.dumps({"head": {}, "boolean": res.boolean}) if fmt == "json" else str(res.boolean).lower()
    if res.triples is not None:
        from rdflib import Graph

        g = Graph()
        for pre, ns in PREFIXES.items():
            g.bind(pre, ns)
        for t in res.triples:
            g.add(t)
        rd = {"table": "turtle", "csv": "nt", "tsv": "nt", "json": "json-ld"}[fmt]
        return g.serialize(format=rd).rstrip("\n")
    if fmt == "json":
        doc = {"head": {"vars": res.vars},
               "results": {"bindings": [{v: _json_term(t) for v, t in zip(res.vars, row, strict=True) if t is not None}
                                        for row in res.rows]}}
        return json.dumps(doc, indent=2, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(res.vars)
        for row in res.rows:
            w.writerow(["" if t is None else str(t) for t in row])
        return buf.getvalue().rstrip("\r\n")
    if fmt == "tsv":
        lines = ["\t".join("?" + v for v in res.vars)]
        for row in res.rows:
            lines.append("\t".join("" if t is None else _tsv(t) for t in row))
        return "\n".join(lines)
    rows = [[_cell(t).replace("\n", " ") for t in row] for row in res.rows]
    widths = [min(60, max([len(v)] + [len(r[i]) for r in rows])) for i, v in enumerate(res.vars)]

    def line(cells):
        fitted = (c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(cells, widths, strict=True))
        return "  ".join(c.ljust(w) for c, w in zip(fitted, widths, strict=True)).rstrip()

    out = [line(res.vars), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' * (len(rows) != 1)})")
    return "\n".join(out)


def _tsv(term: Node) -> str:
    if isinstance(term, Literal):
        return term_sparql(term).replace("\t", "\\t")
    return term_sparql(term) if isinstance(term, URIRef) else f"_:{term}"


# ---------------------------------------------------------------- inference

_INFER_INPUT = """
SELECT ?s ?p ?o WHERE {
  GRAPH ?g { ?s ?p ?o }
  FILTER(?g NOT IN (?prov, ?inferred))
  FILTER(?p = rdf:type || (STRSTARTS(STR(?p), STR(film:)) && isIRI(?o)))
  FILTER NOT EXISTS { ?s a film:Evidence }
}"""


def infer(store: Store) -> int:
    """Materialise what the ontology implies (inverse and symmetric relations, class
    membership) into the inferred graph, replacing what an earlier run put there.

    OWL-RL (owlrl) runs over the union of the article graphs plus ontology/film.ttl; only the
    triples that are new, whose predicate is a filmkg relation between resources or that type a
    node with a filmkg class, are stored. Returns how many were stored."""
    import owlrl
    from rdflib import Graph
    from rdflib.namespace import RDF

    from ontology import FILM, ontology_graph

    facts = run(store, _INFER_INPUT, {"prov": PROVENANCE_GRAPH, "inferred": INFERRED_GRAPH})
    g = Graph()
    for t in ontology_graph():
        g.add(t)
    base = set()
    for s, p, o in facts.rows:
        g.add((s, p, o))
        base.add((s, p, o))
    onto = set(ontology_graph())
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(g)
    film = str(FILM)
    skip = {FILM.Evidence, FILM.Article}
    new = []
    for s, p, o in g:
        if (s, p, o) in base or (s, p, o) in onto or not isinstance(s, URIRef) or not isinstance(o, URIRef):
            continue
        if str(s).startswith(film):  # statements about the vocabulary itself
            continue
        if p == RDF.type:
            if str(o).startswith(film) and o not in skip:
                new.append((s, p, o))
        elif str(p).startswith(film):
            new.append((s, p, o))
    remove_inferred(store)
    gi = INFERRED_GRAPH.n3()
    for i in range(0, len(new), 2000):
        chunk = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in sorted(new[i:i + 2000]))
        store.update(f"INSERT DATA {{ GRAPH {gi} {{\n{chunk}\n}} }}")
    return len(new)


def remove_inferred(store: Store) -> int:
    """Drop the inferred graph, returning the store to what was extracted. Returns the triples removed."""
    res = run(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": INFERRED_GRAPH})
    n = int(res.rows[0][0]) if res.rows else 0
    store.update(f"DROP SILENT GRAPH {INFERRED_GRAPH.n3()}")
    return n
