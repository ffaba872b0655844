"""extract/assign/bodies.json: the roles bodies play in assigning name bodies and kinds of the agency table, and
the word of address before a person after an authority's direction ('đồng chí') is a filler of its language's
cues.json, not a word in code."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.assign import cues as cue_data
from extract.assign import common
from extract.assign.cues import lower_for_matching
from nlp.agencies import agencies, is_provincial

BODIES = json.loads((Path(common.__file__).with_name("bodies.json")).read_text(encoding="utf-8"))
ID_LISTS = ["authorities", "persons", "national_authorities", "asking_authorities"]


@pytest.mark.parametrize("key", ID_LISTS)
def test_every_role_names_bodies_of_the_table(key):
    assert BODIES[key] and set(BODIES[key]) <= set(agencies())


def test_every_asking_kind_is_a_kind_of_the_table():
    assert BODIES["asking_kinds"] and set(BODIES["asking_kinds"]) <= {a.kind for a in agencies().values()}


def test_the_persons_and_national_authorities_assign():
    assert set(BODIES["persons"]) <= set(BODIES["national_authorities"]) <= set(BODIES["authorities"])


def test_a_province_acts_through_a_provincial_body_that_asks():
    body = BODIES["province_acts_through"]
    assert is_provincial(body) and body in BODIES["asking_authorities"]


@pytest.mark.parametrize("key", ["authorities", "persons", "national_authorities", "asking_authorities"])
def test_the_extractor_reads_the_roles_from_data(key):
    read = {"authorities": common.AUTHORITIES, "persons": common.PERSONS,
            "national_authorities": common.NATIONAL_AUTHORITIES, "asking_authorities": common.ASKING_AUTHORITIES}
    assert read[key] == frozenset(BODIES[key])


@pytest.mark.parametrize("lang,before,expected", [
    ("vi", "Thực hiện chỉ đạo của đồng chí ", True),
    ("vi", "Thực hiện kết luận của đồng chí ", True),
    ("vi", "Thực hiện chỉ đạo của ", True),
    # a word of address of its own language only
    ("en", "Following the direction of đồng chí ", False),
    ("fr", "Suivant les instructions du đồng chí ", False),
])
def test_a_word_of_address_after_an_authoritys_direction(lang, before, expected):
    assert bool(cue_data.cues(lang).authority_of.search(lower_for_matching(before))) is expected
