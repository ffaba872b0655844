"""Round 36's error classes of English assignments (docs/quality.md "Round 36 (blind, real public pages): assignments
en"), fixed as general rules: a plural subject pronoun and a modal or an asking passive opening a sentence (`They
should recommend … . They have been asked to coordinate with …`) carries on the request the sentence before made of
bodies: no second row (the English convention), its partners asked by that request's asker, chained over pronouns (en;
French gives its round-32 form rows, now chained over pronouns too); a province's department that a national
body asks in a text whose only province is a wire's dateline (`Hanoi (VNA) - The Ministry of Industry and Trade …`) is
every province's (en, fr, vi); a noun of tasks given to bodies (`assigning tasks to departments, branches, People's
Committees of districts, agencies and units to …`) asks them where items outside the table close the addressees before
their infinitive, and a province's `People's Committees of localities` are its districts (en); the Government's
agencies asked (`all relevant Government agencies`, `les organismes gouvernementaux concernés`, `các cơ quan thuộc Chính
phủ`) are the ministries and agencies as a whole (en, fr, vi). The French and Vietnamese forms checked with each class. New sentences written for these
tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2021-01-19")
_dated = rows_reader(published="2025-03-05")


@pytest.mark.parametrize("lang, text, expected", [
    # the class: "They" and a modal or an asking passive on the line after a request: no second row (the English
    # press convention), but its partners are asked by the request's asker
    ("en", "The Ministry of Industry and Trade issued a directive on Tet goods.\nThe Departments of Industry and Trade "
           "have been ordered to review the supply of rice.\nThey have been asked to coordinate with the Departments "
           "of Agriculture and Rural Development to watch the weather.",
     [("DOIT", "assignee", "MOIT", None), ("DARD", "coordinate", "MOIT", None)]),
    # a pronoun right after a pronoun's line stands for the same bodies
    ("en", "The Ministry of Industry and Trade issued a directive on Tet goods.\nThe Departments of Industry and Trade "
           "have been ordered to review the supply of rice.\nThey should report the stocks.\nThey have been asked to "
           "coordinate with the Departments of Agriculture and Rural Development to watch the weather.",
     [("DOIT", "assignee", "MOIT", None), ("DARD", "coordinate", "MOIT", None)]),
    # look-alikes: "They will" tells a plan (its partners none); the restated task's date still goes to the request
    ("en", "The Ministry of Industry and Trade issued a directive on Tet goods.\nThe Departments of Industry and Trade "
           "have been ordered to review the supply of rice.\nThey will hold a meeting with the Departments of "
           "Agriculture and Rural Development next week.",
     [("DOIT", "assignee", "MOIT", None)]),
    ("en", "The Ministry of Construction asked provinces to publish material prices. They must also report the results "
           "to the Ministry of Construction. These reports must be sent before June 30, 2021.",
     [("PROVINCES", "assignee", "MOC", "2021-06-30")]),
    ("en", "The Minister of Industry and Trade met the Departments of Industry and Trade last week. They should "
           "coordinate with the Departments of Agriculture and Rural Development to watch the weather.", []),
    # French (round 32's form) gives the pronoun its rows; a pronoun after a pronoun now too (it gave two rows)
    ("fr", "Le ministère de la Santé a demandé aux comités populaires des provinces de superviser les travaux. Ils "
           "doivent veiller à la sécurité. Ils doivent aussi informer la population.",
     [("PROVINCES", "assignee", "MOH", None), ("PROVINCES", "assignee", "MOH", None),
      ("PROVINCES", "assignee", "MOH", None)]),
])
def test_a_plural_subject_pronoun_carries_the_request_on(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the class: a wire's dateline is the only province; a national body asks the provinces' departments
    ("en", "Hanoi (VNA) - The Ministry of Industry and Trade has asked the Departments of Industry and Trade to "
           "review the supply of rice before Tet.",
     [("DOIT", "assignee", "MOIT", None)]),
    ("en", "Prices of Tet goods kept stable\nThe ministry has issued a directive on Tet goods.\nHanoi (VNA) - The "
           "Ministry of Industry and Trade has issued a directive on Tet goods.\nThe Departments of Industry and Trade "
           "nationwide have been ordered to review the supply of rice.\nThey have been asked to coordinate with the "
           "Departments of Agriculture and Rural Development to watch the weather.",
     [("DOIT", "assignee", "MOIT", None), ("DARD", "coordinate", "MOIT", None)]),
    ("en", "Hanoi (VNA) - The Prime Minister has asked the People's Committees of districts to inspect the dykes.",
     [("DPC", "assignee", "PM", None)]),
    ("vi", "Hà Nội (TTXVN) - Bộ Nông nghiệp và Phát triển nông thôn yêu cầu Sở Nông nghiệp và Phát triển nông thôn "
           "kiểm tra đê điều.",
     [("DARD", "assignee", "MARD", None)]),
    ("fr", "Hanoi (VNA) - Le Premier ministre a demandé aux services provinciaux de l'agriculture et du développement "
           "rural de surveiller les digues.",
     [("DARD", "assignee", "PM", None)]),
    # look-alikes: the city's own committee asks (round 18b); the department named with its province; another
    # province named in the text
    ("en", "Hanoi (VNA) - The municipal People's Committee has asked the Department of Health to inspect food safety.",
     [("DOH@01", "assignee", "PPC@01", None)]),
    ("fr", "Hanoi, 22 mai (VNA) - Le Comité populaire de la ville a demandé aux autorités locales de nettoyer les rues.",
     [("DPC@01", "assignee", "PPC@01", None)]),
    ("en", "Hanoi (VNA) - The Ministry of Health has asked the Hanoi Department of Health to inspect food safety.",
     [("DOH@01", "assignee", "MOH", None)]),
    ("en", "Hanoi (VNA) - The Ministry of Health has asked the Department of Health of Nghe An province to inspect "
           "food safety.",
     [("DOH@40", "assignee", "MOH", None)]),
])
def test_a_wires_dateline_is_not_the_province_of_a_national_request(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the class: a noun of tasks given to bodies, items outside the table closing the addressees before their infinitive
    ("en", "The Quang Ninh Provincial People's Committee issued a plan on tourism, assigning tasks to departments, "
           "branches, People's Committees of districts, agencies and units to strictly implement the plan.",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
    ("en", "The Quang Ninh Provincial People's Committee issued a plan on tourism, assigning tasks to departments, "
           "branches and relevant units to review the prices of services.",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None)]),
    # a province's "People's Committees of localities" are its districts (before July 2025)
    ("en", "The Quang Ninh Provincial People's Committee issued a plan on tourism. In particular, assigning tasks to "
           "departments, branches, People's Committees of localities, agencies and units to thoroughly grasp the plan.",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
    ("en", "The Quang Ninh Provincial People's Committee requested People's Committees of localities to review the "
           "prices of services.",
     [("DPC@22", "assignee", "PPC@22", None)]),
    # look-alikes: the tasks stated elsewhere (a colon, no infinitive); the Prime Minister's localities are the provinces
    ("en", "The Quang Ninh Provincial People's Committee issued a plan on tourism, assigning tasks to departments, "
           "branches, agencies and units:", []),
    ("en", "The Quang Ninh Provincial People's Committee issued a plan on tourism, assigning tasks to departments, "
           "branches and units in the plan.", []),
    ("en", "The Prime Minister asked the People's Committees of localities to review the prices of services.",
     [("PROVINCES", "assignee", "PM", None)]),
    # French and Vietnamese read these forms already
    ("fr", "Le Comité populaire de la province de Quang Ninh a demandé aux comités populaires des localités d'examiner "
           "les prix des services.",
     [("DPC@22", "assignee", "PPC@22", None)]),
    ("vi", "UBND tỉnh Quảng Ninh giao nhiệm vụ cho các sở, ngành, UBND các địa phương, cơ quan, đơn vị quán triệt kế "
           "hoạch.",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
])
def test_tasks_given_to_addressees_closed_by_items_outside_the_table(lang, text, expected):
    assert _dated(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the class: the Government's agencies asked are the ministries and agencies as a whole, not the Government
    ("en", "The Prime Minister asked all relevant Government agencies to start an inspection of fire prevention work.",
     [("MINISTRIES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a demandé à tous les organismes gouvernementaux concernés de lancer une inspection de la "
           "prévention des incendies.",
     [("MINISTRIES", "assignee", "PM", None)]),
    ("vi", "Thủ tướng yêu cầu các cơ quan thuộc Chính phủ tiến hành kiểm tra công tác phòng cháy, chữa cháy.",
     [("MINISTRIES", "assignee", "PM", None)]),
    # look-alikes: the Government itself asks, or is asked; the agencies praising
    ("en", "The Government asked the Ministry of Finance to cut the fees for fire inspections.",
     [("MOF", "assignee", "GOV", None)]),
    ("en", "The Prime Minister asked the Government to review the fire prevention law.", [("GOV", "assignee", "PM", None)]),
    ("en", "Government agencies praised the fire prevention campaign last year.", []),
])
def test_the_governments_agencies_are_the_ministries(lang, text, expected):
    assert _rows(text, lang) == expected
