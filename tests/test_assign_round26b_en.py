"""Round 26b's error classes of English assignments (docs/quality.md "Round 26b (blind, real public pages): assignments
en"), fixed as general rules, data first: the commune-level committees and authorities named `at ward and commune
levels` (en agencies.csv CPC), a province's `local governments` as its localities (en grammar.json
localities_of_a_province), a subject's `is to`, `is the focal point for`, `are assigned specific` and `is assigned the
task of` (cues.json subject_strong), `coordinate closely with` (coordinate), `issued an urgent directive to`
(assign_before), `functional agencies` opening a list (list_skips) and `socio-political organizations at the provincial level` inside one, and a body outside the table
named by its head word (`Land Development Center`: en grammar.json outside_lead_heads): its partners give no row
(frames._lead_outside_the_table_named), its proposal to the committee asks no one (frames._proposal_to_a_superior);
the committees of several units named before one plural level word (`the People's Committees of Ninh Kieu, Tan An, …
wards`: en grammar.json named_district.plural_level_ids, mentions._units_listed_by_name).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    ("The Hanoi People's Committee has instructed local authorities at ward and commune levels to continue the "
     "campaign against dengue.", "en", [("CPC@01", "assignee", "PPC@01")]),
    ("The Hanoi People's Committee has instructed departments and branches to act. People's Committees at ward and "
     "commune levels are required to implement the plan.", "en",
     [("DEPARTMENTS@01", "assignee", "PPC@01"), ("CPC@01", "assignee", "PPC@01")]),
    # read before: the commune level first (the alias `People's Committees at the commune`), and `of communes and wards`
    ("The Provincial People's Committee requested People's Committees at the commune and ward levels to review the "
     "land records.", "en", [("CPC", "assignee", "PPC")]),
    ("The Hanoi People's Committee has instructed the People's Committees of communes and wards to continue the "
     "campaign against dengue.", "en", [("CPC@01", "assignee", "PPC@01")]),
    # look-alike: the levels of the Party, no body
    ("The Hanoi People's Committee held a meeting with Party committees at ward and commune levels.", "en", []),
])
def test_commune_level_bodies_named_at_ward_and_commune_levels(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Provincial People's Committee requested the Department of Education and Training to coordinate with local "
     "governments to instruct schools.", "en", [("DOET", "assignee", "PPC"), ("DPC", "coordinate", "PPC")]),
    ("The Hanoi People's Committee has instructed local authorities at ward and commune levels to act. The Department "
     "of Education and Training must coordinate with local governments to instruct schools.", "en",
     [("CPC@01", "assignee", "PPC@01"), ("DOET@01", "assignee", "PPC@01"), ("CPC@01", "coordinate", "PPC@01")]),
    # read before: `local authorities` in the same frame
    ("The Provincial People's Committee requested the Department of Education and Training to coordinate with local "
     "authorities to instruct schools.", "en", [("DOET", "assignee", "PPC"), ("DPC", "coordinate", "PPC")]),
    # look-alike: in the Prime Minister's text the local governments are the provinces
    ("The Prime Minister requested the Ministry of Education and Training to coordinate with local governments to "
     "instruct schools.", "en", [("MOET", "assignee", "PM"), ("PROVINCES", "coordinate", "PM")]),
])
def test_a_provinces_local_governments_are_its_localities(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Prime Minister requested Lai Chau to act quickly. Lai Chau Province is to directly oversee the search for "
     "the missing workers.", "en", [("PPC@12", "assignee", "PM"), ("PPC@12", "assignee", "PM")]),
    ("The Chairman of the Can Tho City People's Committee assigned the Department of Construction to review the roads. "
     "The Department of Health is the focal point for receiving reports on the epidemic.", "en",
     # the focal point leads (the lead's call of stop 48, as Vietnamese `làm đầu mối`; round 26b read it assignee)
     [("DOC@92", "assignee", "PPC@92"), ("DOH@92", "lead", "PPC@92")]),
    ("The Chairman of the Can Tho City People's Committee assigned the Department of Construction to review the roads. "
     "The Department of Health is to receive the reports.", "en",
     [("DOC@92", "assignee", "PPC@92"), ("DOH@92", "assignee", "PPC@92")]),
    # read before: `is tasked with`, and French `est chargé de`
    ("The Chairman of the Can Tho City People's Committee assigned the Department of Construction to review the roads. "
     "The Department of Health is tasked with receiving the reports.", "en",
     [("DOC@92", "assignee", "PPC@92"), ("DOH@92", "assignee", "PPC@92")]),
    ("Le président du Comité populaire de la ville de Can Tho a chargé le Service de la construction d'examiner les "
     "routes. Le Service de la santé est chargé de recevoir les rapports.", "fr",
     [("DOC@92", "assignee", "PPC@92"), ("DOH@92", "assignee", "PPC@92")]),
    # look-alikes: a project or an aim that `is to` be done, no body
    ("The Prime Minister requested Lai Chau to act quickly. The project is to be completed in 2026.", "en",
     [("PPC@12", "assignee", "PM")]),
    ("The Prime Minister requested Lai Chau to act quickly. The aim is to build the road.", "en",
     [("PPC@12", "assignee", "PM")]),
])
def test_a_subject_that_is_to_act_or_is_the_focal_point(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Prime Minister requested that the Chairman of Lai Chau Province's People's Committee coordinate closely with "
     "the Chairman of Nghe An Province's People's Committee to direct the rescue.", "en",
     [("PPC@12", "assignee", "PM"), ("PPC@40", "coordinate", "PM")]),
    ("The Prime Minister issued an urgent directive to ministries, agencies, and local authorities to focus efforts on "
     "the aftermath of the landslide.", "en", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("On August 9, the People's Committee of Gia Lai province requested functional agencies, communes and wards to "
     "remove the bottlenecks in site clearance.", "en", [("CPC@52", "assignee", "PPC@52")]),
    # read before: `coordinate with`, `issued an official dispatch to`, and the French `se coordonner étroitement avec`
    ("The Prime Minister requested that the Chairman of Lai Chau Province's People's Committee coordinate with the "
     "Chairman of Nghe An Province's People's Committee to direct the rescue.", "en",
     [("PPC@12", "assignee", "PM"), ("PPC@40", "coordinate", "PM")]),
    ("The Prime Minister issued an official dispatch to ministries and agencies to focus efforts on the aftermath of "
     "the landslide.", "en", [("MINISTRIES", "assignee", "PM")]),
    # look-alike: a directive cited, no one asked
    ("The Prime Minister's urgent directive was read at the meeting of ministries and agencies.", "en", []),
])
def test_closely_an_urgent_directive_and_functional_agencies(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Vice Chairman of the HCMC People’s Committee has directed Binh Duong Land Development Center, its affiliated "
     "branches to coordinate closely with local authorities to complete land clearance.", "en", []),
    ("The Dong Nai Provincial Land Development Center is tasked with coordinating with local authorities to manage "
     "compensation.", "en", []),
    # kept: the partner of a body of the table, and of districts named by their names alone
    ("The Vice Chairman of the HCMC People’s Committee has directed the Department of Finance to coordinate closely "
     "with local authorities to complete land clearance.", "en",
     [("DOF@79", "assignee", "PPC@79"), ("DPC@79", "coordinate", "PPC@79")]),
    ("Dong Anh and Gia Lam have been assigned to work with the Hanoi Department of Home Affairs to finalise the "
     "proposal.", "en", [("DOHA@01", "coordinate", None)]),
])
def test_the_partners_of_a_lead_outside_the_table(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman of the People's Committee of Ca Mau province requested departments, branches, sectors, and "
     "socio-political organizations at the provincial level; People's Committees of districts and cities of Ca Mau to "
     "urgently complete the plan.", "en", [("DEPARTMENTS@96", "assignee", "PPC@96"), ("DPC@96", "assignee", "PPC@96")]),
    ("The Chairman of the People's Committee of Quang Ngai province requested heads of departments, agencies, "
     "socio-political organizations of the province, chairmen of People's Committees of districts, towns and cities to "
     "review the plan.", "en", [("DEPARTMENTS@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51")]),
    # read before: the list without the organizations
    ("The Chairman of the People's Committee of Ca Mau province requested departments, branches, sectors; People's "
     "Committees of districts and cities of Ca Mau to urgently complete the plan.", "en",
     [("DEPARTMENTS@96", "assignee", "PPC@96"), ("DPC@96", "assignee", "PPC@96")]),
    # look-alike: the organizations alone are no body
    ("The Chairman of the People's Committee of Ca Mau province requested socio-political organizations at the "
     "provincial level to join the campaign.", "en", []),
])
def test_socio_political_organizations_inside_a_list(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Dong Nai Province’s Land Development Center proposed that the provincial People’s Committee authorize its "
     "branches to survey the land.", "en", []),
    # read before: a department's proposal to its committee (round 10)
    ("The Department of Finance proposed that the provincial People’s Committee authorize its branches to survey the "
     "land.", "en", []),
    # look-alike: the Prime Minister's proposal to the committee asks it
    ("The Prime Minister proposed that the provincial People’s Committee authorize its branches to survey the land.",
     "en", [("PPC", "assignee", "PM")]),
])
def test_a_proposal_of_a_body_outside_the_table_to_the_committee(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Hanoi People's Committee issued the plan. Relevant departments are assigned specific roles in dengue "
     "prevention.", "en", [("DEPARTMENTS@01", "assignee", "PPC@01")]),
    ("The Provincial People's Committee issued the plan. The Department of Finance is assigned the task of balancing "
     "the budget.", "en", [("DOF", "assignee", "PPC")]),
    # read before: `are assigned to`
    ("The Hanoi People's Committee issued the plan. Relevant departments are assigned to review the plan.", "en",
     [("DEPARTMENTS@01", "assignee", "PPC@01")]),
    # look-alike: things assigned, no body
    ("The land plots are assigned specific codes by the Department of Finance.", "en", []),
])
def test_a_body_assigned_specific_roles_or_the_task_of(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman of the Can Tho City People's Committee assigned the Department of Construction to review the roads. "
     "Assign the People's Committees of Ninh Kieu, Tan An, Cai Khe, An Binh, Binh Thuy wards to survey the flooding.",
     "en", [("DOC@92", "assignee", "PPC@92")] + [("CPC@92", "assignee", "PPC@92")] * 5),
    ("The Chairman of the Hanoi People's Committee assigned the People's Committees of Dong Anh, Gia Lam and Me Linh "
     "districts to finalise the proposal.", "en", [("DPC@01", "assignee", "PPC@01")] * 3),
    # read before: one unit named, and the level's plural with no names
    ("The Chairman of the Can Tho City People's Committee assigned the People's Committee of Ninh Kieu ward to survey "
     "the flooding.", "en", [("CPC@92", "assignee", "PPC@92")]),
    ("The Chairman of the Can Tho City People's Committee assigned the People's Committees of communes and wards to "
     "survey the flooding.", "en", [("CPC@92", "assignee", "PPC@92")]),
    # look-alikes: the committees visited, and wards named as places with no committee
    ("The Chairman of the Can Tho City People's Committee visited the People's Committees of Ninh Kieu and Tan An "
     "wards.", "en", []),
    ("The Chairman of the Can Tho City People's Committee said the roads in Ninh Kieu and Tan An wards must be "
     "repaired.", "en", []),
])
def test_the_committees_of_units_listed_by_name(text, lang, expected):
    assert found(text, lang) == expected
