"""graph.validate: SHACL shapes over the store."""
from __future__ import annotations

from conftest import make_extraction, run_cli
from rdflib import Graph
from rdflib.namespace import SH

from graph.ingest import ingest, write_extraction
from graph.store import open_store
from graph.validate import shapes_graph, validate
from ontology import FILM, SHAPES_TTL

HL = "<https://w3id.org/filmkg/id/film/harbor-lights>"
OREN = "<https://w3id.org/filmkg/id/person/oren-vasquell>"
TEXT = "Harbor Lights (2019) stars Oren Vasquell and Tilda Brask. Marla Quenby directed it."


def clean_store():
    store = open_store("memory:")
    write_extraction(store, make_extraction(TEXT, "/news/a.txt", hedged_last=True))
    write_extraction(store, make_extraction("The Salt Road stars Oren Vasquell.", "/news/b.txt",
                                            people=("Oren Vasquell",), film="The Salt Road", year="2021"))
    return store


def test_every_class_has_a_shape_with_one_label():
    shapes = shapes_graph()
    targets = set(shapes.objects(None, SH.targetClass))
    for cls in ("Film", "Person", "Character", "Series", "Organization", "Work", "TVSeries", "Article", "Evidence"):
        assert FILM[cls] in targets, cls
    assert SHAPES_TTL.exists()
    Graph().parse(SHAPES_TTL)  # valid Turtle


def test_clean_graph_validates():
    with clean_store() as store:
        assert validate(store) == []


def test_broken_graph_is_reported():
    with clean_store() as store:
        store.update(f"""INSERT DATA {{ GRAPH <urn:test:broken> {{
            {HL} film:castMember <https://w3id.org/filmkg/id/film/the-salt-road> .
            <https://w3id.org/filmkg/id/person/tilda-brask> rdfs:label "Tilda B." .
            {OREN} film:spouse <https://w3id.org/filmkg/id/person/tilda-brask> .
        }} }}""")
        lines = validate(store)
    text = "\n".join(lines)
    assert all("\n" not in line for line in lines)
    # castMember pointing at a film: focus node, its label, the path, the message
    assert any('film/harbor-lights "Harbor Lights"' in line and "film:castMember" in line
               and "film:Person" in line for line in lines), text
    # two labels
    assert any("person/tilda-brask" in line and "rdfs:label" in line and "one rdfs:label" in line
               for line in lines), text
    # a fact without evidence (the spouse triple, and the bad castMember triple)
    assert any("person/oren-vasquell" in line and "film:spouse" in line and "no film:Evidence" in line
               for line in lines), text
    assert any("film:castMember" in line and "no film:Evidence" in line for line in lines), text


def test_evidence_and_article_shapes():
    with clean_store() as store:
        store.update("""DELETE { GRAPH ?g { ?ev film:method ?m } } WHERE { GRAPH ?g { ?ev film:method ?m } } ;
                        DELETE { GRAPH ?p { ?a film:contentHash ?h } } WHERE { GRAPH ?p { ?a film:contentHash ?h } }""")
        lines = validate(store)
    assert any("evidence needs one method" in line for line in lines), lines
    assert any("one content hash" in line for line in lines), lines


def test_wrong_subject_type_is_reported():
    with clean_store() as store:
        store.update(f"""INSERT DATA {{ GRAPH <urn:test:broken> {{
            {OREN} film:director {OREN} .
            <urn:filmkg:evidence:x:1> a film:Evidence ; rdf:subject {OREN} ; rdf:predicate film:director ;
               rdf:object {OREN} ; film:sentence "x" ; film:method "m" ; film:confidence 0.5 ;
               film:status "stated" ; film:article <https://w3id.org/filmkg/article/none> . }} }}""")
        lines = validate(store)
    assert any("subject of film:director must be a film:Film" in line for line in lines), lines
    assert any("one article, a film:Article" in line for line in lines), lines


def test_examples_graph_validates(extractor, examples_dir):
    with open_store("memory:") as store:
        ingest(store, [str(examples_dir)], progress=False)
        assert validate(store) == []


def test_cli_validate_exit_status(tmp_store):
    with clean_store() as mem:
        import io

        buf = io.BytesIO()
        mem.export(buf, "nquads")
    with open_store(str(tmp_store)) as disk:
        disk.load(buf.getvalue(), "nquads")
    ok = run_cli("validate", "--store", str(tmp_store))
    assert ok.returncode == 0, ok.stderr
    assert "0 violations" in ok.stdout
    with open_store(str(tmp_store)) as disk:
        disk.update(f"INSERT DATA {{ GRAPH <urn:test:b> {{ {HL} rdfs:label \"Second label\" }} }}")
    bad = run_cli("validate", "--store", str(tmp_store), "--limit", "1")
    assert bad.returncode == 1
    assert "rdfs:label" in bad.stdout and "Traceback" not in bad.stderr
