"""Round 37b's error classes of English assignments (docs/quality.md "Round 37b (blind, real public pages):
assignments en"), fixed as general rules. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_old = rows_reader(published="2017-03-01")
_merged = rows_reader(published="2025-08-01")


@pytest.mark.parametrize("text, expected", [
    # the class: Ho Chi Minh City written `HCM City`, its committee and its administration asking
    ("The HCM City People's Committee has asked the Department of Health to stock medicines.",
     [("DOH@79", "assignee", "PPC@79", None)]),
    ("The People's Committee of HCM City asked the Department of Transport to repair the roads.",
     [("DOT@79", "assignee", "PPC@79", None)]),
    ("The HCM City administration has asked local authorities to clean the markets.",
     [("DPC@79", "assignee", "PPC@79", None)]),
    # a city's (or province's) committee called its administration, bare, in a text that names the city
    ("The municipal administration has asked local authorities to inspect poultry trading in Ho Chi Minh City.",
     [("DPC@79", "assignee", "PPC@79", None)]),
    ("The provincial administration asked the Department of Health of Dong Nai to test the water.",
     [("DOH@75", "assignee", "PPC@75", None)]),
    # look-alikes: the full name as before; the administration praising a body asks nothing
    ("The Ho Chi Minh City People's Committee has asked the Department of Health to stock medicines.",
     [("DOH@79", "assignee", "PPC@79", None)]),
    ("The HCM City administration praised the Department of Health for its results.", []),
])
def test_hcm_city_and_the_administration_asking(text, expected):
    assert _old(text, "en") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the class: the provincial police written as the province's Department of Public Security (its name since 2025)
    ("en", "The Ninh Binh People's Committee issued a directive. The provincial Department of Public Security was "
           "assigned to seal the fishing vessels.",
     [("PPS@37", "assignee", "PPC@37", None)]),
    ("en", "The Ninh Binh People's Committee asked the provincial Department of Public Security to seal the fishing "
           "vessels.",
     [("PPS@37", "assignee", "PPC@37", None)]),
    ("fr", "Le Comité populaire de la province de Ninh Binh a demandé à la Direction provinciale de la Sécurité "
           "publique de sceller les navires de pêche.",
     [("PPS@37", "assignee", "PPC@37", None)]),
    # look-alikes: the ministry stays the ministry; the police's usual name stays the police
    ("en", "The Ninh Binh People's Committee asked the Ministry of Public Security to seal the fishing vessels.",
     [("MPS", "assignee", "PPC@37", None)]),
    ("en", "The Ninh Binh People's Committee asked the provincial police to seal the fishing vessels.",
     [("PPS@37", "assignee", "PPC@37", None)]),
])
def test_the_provincial_department_of_public_security(lang, text, expected):
    assert _merged(text, lang) == expected
