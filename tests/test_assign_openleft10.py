"""Round 28's and 28b's left classes of assignments (docs/quality.md "Round 28's left classes (assignments, not
blind)"), fixed as general rules, data first: a determiner a typo writes twice (``đề nghị các các ngành, địa
phương``, ``the the``, ``aux aux``) is read as one (grammar.json ``doubled_determiners``,
extractor._without_doubled_determiners); the bare ``departments`` a list names beside the province's localities take
the asking province's code (extractor._listed_localities_code); an assigning participle right after a clause about a
thing, no body or document named before it, asks no one (grammar.json ``thing_clause_participles``,
frames._participle_after_a_things_clause). New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they are."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")


@pytest.mark.parametrize("text, lang, expected", [
    ("Phó Chủ tịch UBND tỉnh đề nghị các các ngành, địa phương tiếp tục rà soát các khu dân cư ven sông.", "vi",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh yêu cầu các các sở, ngành khẩn trương kiểm tra các công trình thủy lợi.", "vi",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("The Prime Minister requested the the Ministry of Finance to review the fees.", "en", [("MOF", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux aux ministères de réviser les frais.", "fr", [("MINISTRIES", "assignee", "PM")]),
    # look-alikes: the determiner written once, as before
    ("Phó Chủ tịch UBND tỉnh đề nghị các ngành, địa phương tiếp tục rà soát các khu dân cư ven sông.", "vi",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("The Prime Minister requested the Ministry of Finance to review the fees.", "en", [("MOF", "assignee", "PM")]),
])
def test_a_determiner_written_twice_is_read_once(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Lang Son Provincial People's Committee issued Directive No. 15 on August 3, urging all localities, "
     "departments, and units across the province to inspect the dikes.",
     [("CPC@20", "assignee", "PPC@20"), ("DEPARTMENTS@20", "assignee", "PPC@20")]),
    ("The Lang Son Provincial People's Committee requested localities and departments to inspect the dikes.",
     [("CPC@20", "assignee", "PPC@20"), ("DEPARTMENTS@20", "assignee", "PPC@20")]),
    ("The Lang Son Provincial People's Committee requested departments, localities and units to inspect the dikes.",
     [("DEPARTMENTS@20", "assignee", "PPC@20"), ("CPC@20", "assignee", "PPC@20")]),
    ("The Lang Son Provincial People's Committee issued a directive, urging all departments and localities to inspect "
     "the dikes.", [("DEPARTMENTS@20", "assignee", "PPC@20"), ("CPC@20", "assignee", "PPC@20")]),
    # look-alikes: the departments named as a collective of the table were placed before; a ministry's localities
    # are the provinces, its departments no province's (a text naming no provincial body: its own departments)
    ("The Lang Son Provincial People's Committee requested departments, branches and localities to inspect the dikes.",
     [("DEPARTMENTS@20", "assignee", "PPC@20"), ("CPC@20", "assignee", "PPC@20")]),
    ("The Ministry of Construction requested localities to inspect the dikes.", [("PROVINCES", "assignee", "MOC")]),
    ("The Ministry of Construction requested departments and localities to inspect the dikes.",
     [("PROVINCES", "assignee", "MOC")]),
])
def test_departments_listed_with_the_provinces_localities_are_its_own(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("In the context of climate change, floods are becoming more frequent and severe, requiring all levels and "
     "branches to move from response to prevention.", "en", []),
    ("Cyber risks keep growing, urging localities and departments to protect their data.", "en", []),
    ("Les risques deviennent de plus en plus complexes, exigeant des ministères et des localités de passer à une "
     "gestion proactive.", "fr", []),
    # look-alikes: a document or a body before the participle asks
    ("Dispatch No. 12 was issued on June 3, 2025, requiring the People's Committees of provinces to review dikes.", "en",
     [("PROVINCES", "assignee", None)]),
    ("The Prime Minister signed a dispatch on storms, requiring the Ministry of Finance to speed up disbursement.", "en",
     [("MOF", "assignee", "PM")]),
    ("Le Premier ministre a signé la dépêche n° 12, demandant aux ministères de réagir à la tempête.", "fr",
     [("MINISTRIES", "assignee", "PM")]),
])
def test_a_participle_after_a_things_clause_asks_no_one(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Provincial People's Committee of Lang Son issued a directive on land use. The Department of Natural Resources "
     "and Environment urges the district People's Committees; compiles the results and reports to the Provincial "
     "People's Committee before May 29, 2025.", [("DONRE@20", "assignee", "PPC@20")]),
    # look-alikes: the urged bodies asked by the department where no report goes up in its next item
    ("The Provincial People's Committee of Lang Son issued a directive on land use. The Department of Natural Resources "
     "and Environment urges the district People's Committees to report before May 29, 2025.",
     [("DPC@20", "assignee", "DONRE@20")]),
    ("The Provincial People's Committee of Lang Son issued a directive on land use. The Department of Natural Resources "
     "and Environment urges the district People's Committees; compiles the results and sends them to the Department "
     "of Finance.", [("DPC@20", "assignee", "DONRE@20")]),
])
def test_an_urging_department_that_reports_up_in_its_next_item(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Provincial People's Committee of Lang Son issued a plan on dikes. Under the plan, the district People's "
     "Committees will compile the lists of damaged dikes.", [("DPC@20", "assignee", "PPC@20")]),
    ("The official dispatch requires the Department of Transport to preside over the inspection. Meanwhile, the "
     "Provincial Police will focus on checking overloaded trucks.", [("DOT", "lead", None), ("PPS", "assignee", None)]),
    # look-alikes: a future with no plan retold and no letter's direction before it is a report
    ("The Provincial People's Committee of Lang Son met on Monday. The Provincial Police will focus on checking "
     "overloaded trucks.", []),
    ("The Provincial People's Committee of Lang Son met on Monday. Meanwhile, the Provincial Police will focus on "
     "checking overloaded trucks.", []),
])
def test_a_body_with_a_plain_future_in_a_retold_plan_or_after_a_letter(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh chủ trì cuộc họp. Các xã giáp ranh với địa bàn tỉnh Bình Định (cũ) sẽ chịu tác động lớn. Do "
     "đó, Chủ tịch UBND tỉnh đề nghị các ngành, địa phương rà soát phương án.", "vi", [("DEPARTMENTS", "assignee", "PPC")]),
    # look-alike: the province named as it is places the text's bodies, as before
    ("Chủ tịch UBND tỉnh chủ trì cuộc họp. Các xã giáp ranh với địa bàn tỉnh Bình Định sẽ chịu tác động lớn. Do đó, Chủ "
     "tịch UBND tỉnh đề nghị các ngành, địa phương rà soát phương án.", "vi", [("DEPARTMENTS@52", "assignee", "PPC@52")]),
])
def test_a_former_province_named_as_a_place_is_not_the_articles(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ho Chi Minh City Party Committee issued Directive No. 22 in 2023. The directive asks that HCMC People's "
     "Committee direct the People's Committees of all districts and Thu Duc City to adopt measures.",
     [("PPC@79", "assignee", None), ("DPC@79", "assignee", None)]),
    ("The Ho Chi Minh City Party Committee issued Directive No. 22 in 2023. The directive asks that HCMC People's "
     "Committee direct all state departments, agencies, and the People's Committees of all districts and Thu Duc City "
     "to adopt measures.", [("PPC@79", "assignee", None), ("DEPARTMENTS@79", "assignee", None), ("DPC@79", "assignee", None)]),
    # look-alike: the districts' committees alone, read before
    ("The Ho Chi Minh City Party Committee issued Directive No. 22 in 2023. The directive asks that HCMC People's "
     "Committee direct the People's Committees of all districts to adopt measures.",
     [("PPC@79", "assignee", None), ("DPC@79", "assignee", None)]),
])
def test_a_town_named_after_the_district_committees(text, expected):
    assert _rows(text, "en") == expected
