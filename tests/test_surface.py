"""``extractors.surface``: readers of the token surface, for sentences the parser gets wrong."""
from __future__ import annotations

import pytest

from extractors.surface import named_part, person_star_lines


@pytest.fixture(scope="module")
def parse(extractor):
    def run(text: str):
        with extractor.nlp.select_pipes(disable=["filmkg_titles", "filmkg_relations"]):
            return extractor.nlp(text)
    return run


@pytest.mark.parametrize("text, part", [
    ("Mildred Quillane plays Skerrow Ambley, a night nurse who hears footsteps.", "Skerrow Ambley"),
    ("Mildred Quillane plays Oxley.", "Oxley"),
    ("Mildred Quillane plays Skerrow's brother, a night nurse.", None),  # a part described, not named
    ("Mildred Quillane plays Skerrow Ambley and his twin.", None),  # the name does not end the clause
])
def test_named_part(parse, text, part):
    doc = parse(text)
    i = next(t.i for t in doc if t.text == "plays") + 1
    run = named_part(doc, i)
    assert (doc[run[0]:run[1]].text if run else None) == part


@pytest.mark.parametrize("text, actor", [
    # whatever the parser makes of the part ("Skerrow Ambley" as the subject of a later verb)
    ("Mildred Quillane plays Skerrow Ambley, a night nurse, and the sound alone would justify a ticket.",
     "Mildred Quillane"),
    ("Newcomer Cuthbert Quillane plays Skerrow Ambley, a night nurse.", "Cuthbert Quillane"),  # the name only
])
def test_person_star_lines_reads_a_named_part(parse, text, actor):
    doc = parse(text)
    found = [doc[run[0]:run[1]].text for run, i, film in person_star_lines(doc) if doc[i].text == "plays"]
    assert found == [actor]
