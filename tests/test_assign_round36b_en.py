"""Round 36b's error classes of English assignments (docs/quality.md "Round 36b (blind, real public pages):
assignments en"), fixed as general rules. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2024-01-04")
_merged = rows_reader(published="2025-12-18")


@pytest.mark.parametrize("text, expected", [
    # the class: the district level written with `townships` (thị xã) among the committees' levels
    ("The Binh Duong provincial People's Committee has ordered the People's Committees of districts, townships, and "
     "cities to review labour contracts.",
     [("DPC@74", "assignee", "PPC@74", None)]),
    ("The Binh Duong People's Committee has directed the sectors to act. The Department of Labour, Invalids and Social "
     "Affairs, the People’s Committee of districts, townships and cities have been ordered to review wage payments.",
     [("DEPARTMENTS@74", "assignee", "PPC@74", None), ("DOLISA@74", "assignee", "PPC@74", None),
      ("DPC@74", "assignee", "PPC@74", None)]),
    ("The Binh Duong People's Committee asked the People's Committees of districts and townships to report.",
     [("DPC@74", "assignee", "PPC@74", None)]),
    # look-alikes: townships named as places, and the known level list, stay as they were
    ("The Binh Duong People's Committee asked the Department of Construction to inspect projects in districts, "
     "townships and cities.",
     [("DOC@74", "assignee", "PPC@74", None)]),
    ("The Binh Duong People's Committee asked the People's Committees of districts, towns and cities to report.",
     [("DPC@74", "assignee", "PPC@74", None)]),
])
def test_district_committees_with_townships(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: the two-level government's commune committees written `ward and commune authorities`
    ("The Hanoi People's Committee instructed departments and ward and commune authorities to carry out Plan No. 350.",
     [("DEPARTMENTS@01", "assignee", "PPC@01", None), ("CPC@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee asked commune and ward authorities to review the list of poor households.",
     [("CPC@01", "assignee", "PPC@01", None)]),
    # look-alike: the authorities told as places of an event, no body asked
    ("The Hanoi People's Committee said the festival was held in ward and commune halls.", []),
])
def test_ward_and_commune_authorities(text, expected):
    assert _merged(text, "en") == expected


_old = rows_reader(published="2015-05-05")


@pytest.mark.parametrize("text, expected", [
    # the class: the committee for ethnic minority affairs named with `Government` before it (CEMA, not GOV)
    ("Deputy Prime Minister Vu Duc Dam urged the Government Committee for Ethnic Affairs to complete a report on "
     "ethnic policies.",
     [("CEMA", "assignee", "DPM", None)]),
    ("The Prime Minister asked the Government Committee for Ethnic Minority Affairs to review the policies.",
     [("CEMA", "assignee", "PM", None)]),
    # look-alikes: the Government itself asked stays GOV; the committee's usual name stays CEMA
    ("The Prime Minister asked the Government to review the policies.", [("GOV", "assignee", "PM", None)]),
    ("The Prime Minister asked the Committee for Ethnic Affairs to review the policies.",
     [("CEMA", "assignee", "PM", None)]),
])
def test_the_government_committee_for_ethnic_affairs(text, expected):
    assert _old(text, "en") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the class: a reporting clause inverted after what was said names its speaker after the verb: no body asked
    ("en", "Deputy Prime Minister Vu Duc Dam chaired the meeting. The ministries should provide the committee with "
           "updated data, requested the Deputy PM, urging close cooperation.",
     [("MINISTRIES", "assignee", "DPM", None)]),
    ("en", "Deputy Prime Minister Vu Duc Dam chaired the meeting. Priority should be given to poor communes, urged the "
           "Deputy PM.", []),
    ("en", "The Prime Minister chaired the meeting. Localities must speed up disbursement, stressed the Prime Minister.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le vice-Premier ministre Vu Duc Dam a présidé la réunion. Le comité doit aussi dresser une liste des "
           "priorités d'investissement, a exhorté le vice-Premier ministre, appelant à une coopération active.", []),
    # look-alikes: the body asked after the verb with its task after it; a speaker's inset before the request
    ("en", "Deputy Prime Minister Vu Duc Dam chaired the meeting. He urged the Government Committee for Ethnic Affairs "
           "to complete a report.",
     [("CEMA", "assignee", "DPM", None)]),
    ("en", "The Deputy PM chaired the meeting. Funds must be allocated soon, requested the Deputy PM, asking the "
           "Ministry of Finance to review the plan.",
     [("MOF", "assignee", "DPM", None)]),
    ("fr", "Le plan est prêt, a déclaré le vice-Premier ministre, qui a exhorté le ministère des Finances à l'examiner.",
     [("MOF", "assignee", "DPM", None)]),
])
def test_the_speaker_of_an_inverted_reporting_clause(lang, text, expected):
    assert _old(text, lang) == expected


_merged_july = rows_reader(published="2025-07-15")


@pytest.mark.parametrize("text, expected", [
    # the class: a capitalised common noun right after an assigning verb names again the body named before
    ("The Chairman of the Da Nang People's Committee worked with the Department of Science and Technology on July 14 "
     "and requested the Department to complete its organisational structure.",
     [("DOST@48", "assignee", "PPC@48", None)]),
    ("The Chairman of the Da Nang People's Committee worked with the Department of Finance. He asked the Department "
     "to review the remaining tasks.",
     [("DOF@48", "assignee", "PPC@48", None)]),
    # look-alikes: a name after the verb, the noun going on into a name, the noun as a mere mention
    ("The Chairman of the Da Nang People's Committee worked with the Department of Finance and asked the Department "
     "of Construction to review the projects.",
     [("DOC@48", "assignee", "PPC@48", None)]),
    ("The Chairman of the Da Nang People's Committee worked with the Department of Finance and praised the Department "
     "for its results.", []),
])
def test_a_capitalised_noun_after_an_assigning_verb_names_the_body_again(text, expected):
    assert _merged_july(text, "en") == expected


_dates = rows_reader("agency_id", "deadline", "deadline_qualifier", published="2024-01-04")


@pytest.mark.parametrize("lang, text, expected", [
    # the class: the year-end period (or peak, season, holidays) is a window of the year's last weeks, no due year
    ("en", "The Binh Duong People's Committee directed relevant sectors to minimise work stoppages during the year-end "
           "period.", [("DEPARTMENTS@74", None, None)]),
    ("en", "The Binh Duong People's Committee asked the Department of Industry and Trade to stabilise prices during the "
           "year-end holidays.", [("DOIT@74", None, None)]),
    # look-alikes: the year's end as a due date stays one; the French and Vietnamese windows give none
    ("en", "The Binh Duong People's Committee asked the Department of Finance to finish the review by the year-end.",
     [("DOF@74", "2024", "by")]),
    ("en", "The Binh Duong People's Committee asked the Department of Finance to finish the review by the end of the "
           "year.", [("DOF@74", "2024", "by")]),
    ("fr", "Le Comité populaire de la province de Binh Duong a demandé aux services compétents de réduire les arrêts "
           "de travail pendant la période de fin d'année.", [("DEPARTMENTS@74", None, None)]),
    ("vi", "UBND tỉnh Bình Dương yêu cầu các sở, ngành hạn chế ngừng việc trong dịp cuối năm.",
     [("DEPARTMENTS@74", None, None)]),
])
def test_the_year_end_period_is_no_deadline(lang, text, expected):
    assert _dates(text, lang) == expected
