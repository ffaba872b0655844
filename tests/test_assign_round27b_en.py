"""Round 27b's error classes of English assignments (docs/quality.md "Round 27b (blind, real public pages): assignments
en"), fixed as general rules, data first: an English paragraph tipped to Vietnamese by the names of the provinces it
lists is weighed again without its capitalised words (nlp.langid._weighed_without_names); the chairmen of the committees
`in` a list of provinces, and the list's plural word after its last name before the verb cue (en grammar.json
committees_of_listed_provinces, plural_after_listed_provinces; mentions._bare_province_at,
without_plural_after_listed_provinces); `sending urgent instructions to` (cues.json assign_before); `will collaborate
with` (coordinate); a waiting clause opening the sentence, its bodies not the source of the task (grammar.json
purpose_clause_openers, frames._purpose_clause_closed); a province's own body does not direct its committee (frames);
`… there must be a document … before <date>` dates the tasks just before it (deadlines.json
deadline_sentence_openers). New sentences written for these tests, one literal case a line, with the look-alikes
that must stay as they were."""
from __future__ import annotations

import pytest

from nlp import langid
from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # an English paragraph that lists provinces with their Vietnamese letters is English
    ("The Prime Minister has called on provinces and cities to urgently repair the houses damaged by the floods, so that "
     "the residents have a stable shelter for the new year and the traditional festival.\n"
     "Chairmen of people's committees in Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa "
     "and Lâm Đồng provinces must develop and approve specific plans.", ["en", "en"]),
    ("Le Premier ministre a demandé aux provinces et aux villes de réparer d'urgence les maisons endommagées par les "
     "inondations, afin que les habitants aient un abri stable pour la nouvelle année.\n"
     "Les présidents des comités populaires de Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk et "
     "Khánh Hòa doivent élaborer des plans précis.", ["fr", "fr"]),
    # look-alikes: a Vietnamese quotation inside an English page stays Vietnamese, as an English line in a Vietnamese one
    ("The Prime Minister asked ministries to act quickly on the plan for the new year.\n"
     "Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan khẩn trương triển khai thực hiện.", ["en", "vi"]),
    ("Thủ tướng yêu cầu các bộ, ngành khẩn trương triển khai kế hoạch trong năm mới.\n"
     "The Prime Minister asked ministries to act quickly on the plan for the new year.\n"
     "Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan.", ["vi", "en", "vi"]),
])
def test_a_paragraph_is_weighed_without_the_names_it_lists(text, expected):
    assert langid.detect_document(text).paragraphs == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Prime Minister Phạm Minh Chính signed the document on Wednesday.\n"
     "Chairmen of people's committees in Hà Tĩnh, Huế, Đà Nẵng and Khánh Hòa provinces must develop specific plans.",
     "en", [("PPC@42", "assignee", "PM"), ("PPC@46", "assignee", "PM"), ("PPC@48", "assignee", "PM"),
            ("PPC@56", "assignee", "PM")]),
    ("The Prime Minister signed the dispatch. Chairmen of people's committees in Binh Duong, Dong Nai and Long An "
     "provinces must complete the plan.", "en",
     [("PPC@74", "assignee", "PM"), ("PPC@75", "assignee", "PM"), ("PPC@80", "assignee", "PM")]),
    ("The Prime Minister signed the dispatch. Ha Tinh and Hue provinces are required to develop plans.", "en",
     [("PPC@42", "assignee", "PM"), ("PPC@46", "assignee", "PM")]),
    ("The Prime Minister asked chairmen of people's committees in Ha Tinh, Quang Tri and Hue provinces to develop "
     "plans.", "en", [("PPC@42", "assignee", "PM"), ("PPC@45", "assignee", "PM"), ("PPC@46", "assignee", "PM")]),
    # read before: after an asking verb, and the committees `of` the provinces
    ("The Prime Minister asked Ha Tinh and Hue provinces to develop plans.", "en",
     [("PPC@42", "assignee", "PM"), ("PPC@46", "assignee", "PM")]),
    ("The Prime Minister signed the dispatch. The People's Committees of Binh Duong, Dong Nai and Long An must "
     "complete the plan.", "en",
     [("PPC@74", "assignee", "PM"), ("PPC@75", "assignee", "PM"), ("PPC@80", "assignee", "PM")]),
    # look-alikes: the provinces as places, a report of work done
    ("The Prime Minister signed the dispatch. Binh Duong and Dong Nai provinces have completed the plan.", "en", []),
    ("The Prime Minister visited factories in Binh Duong and Dong Nai provinces.", "en", []),
])
def test_committees_of_a_list_of_provinces_with_the_plural_after_the_last_name(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On November 17, the Prime Minister signed a telegram, sending urgent instructions to Khanh Hoa and relevant "
     "ministries to respond to the landslide.", "en",
     [("PPC@56", "assignee", "PM"), ("MINISTRIES", "assignee", "PM")]),
    ("The Prime Minister issued a dispatch, sending instructions to the Ministry of Health to supply medicines.", "en",
     [("MOH", "assignee", "PM")]),
    # read before
    ("The Prime Minister sent instructions to the Ministry of Health on the outbreak.", "en", [("MOH", "assignee", "PM")]),
])
def test_sending_instructions_to_bodies_asks_them(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Ho Chi Minh City People's Committee requested the Department of Construction to take the lead in drafting a "
     "proposal. The Department "
     "of Construction will collaborate with the People's Committees of communes and wards to assess personnel needs.",
     "en", [("DOC@79", "lead", "PPC@79"), ("DOC@79", "assignee", "PPC@79"), ("CPC@79", "coordinate", "PPC@79")]),
    ("The Hanoi People's Committee asked the Department of Finance to collaborate with the Department of Home Affairs "
     "on the plan.", "en", [("DOF@01", "assignee", "PPC@01"), ("DOHA@01", "coordinate", "PPC@01")]),
    # look-alike: a later step of the task, its partners no partners of the task (round 17b's gold)
    ("The Hanoi People's Committee assigned the Department of Home Affairs to finalise the proposal documents and "
     "collaborate with ministries and agencies for appraisal.", "en", [("DOHA@01", "assignee", "PPC@01")]),
])
def test_a_body_that_will_collaborate_with_partners(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Ho Chi Minh City People's Committee issued a document. While waiting for instructions from the Ministry of "
     "Construction, the Ho Chi Minh City Department of Construction was assigned to propose solutions.", "en",
     [("DOC@79", "assignee", "PPC@79")]),
    ("The Hanoi People's Committee issued a plan. While awaiting guidance from the Ministry of Finance, the Department "
     "of Finance must review the fees.", "en", [("DOF@01", "assignee", "PPC@01")]),
    # look-alike: a fronted phrase naming the source of the task keeps it as the asker (round 23b)
    ("Following the instructions of the Ministry of Construction, the Ho Chi Minh City Department of Construction "
     "must review the plans.", "en", [("DOC@79", "assignee", "MOC")]),
])
def test_a_waiting_clause_opening_the_sentence(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Dak Lak Provincial People's Committee assigned the Department of Home Affairs to advise on documents "
     "directing the Provincial People's Committee to implement the plan.", "en", [("DOHA@66", "assignee", "PPC@66")]),
    # look-alikes: a ministry directs a province's committee; an issuer's documents direct its own department
    ("The Prime Minister asked the Ministry of Home Affairs to direct the Provincial People's Committee of Ha Tinh to "
     "review the plan.", "en", [("MOHA", "assignee", "PM"), ("PPC@42", "assignee", "PM")]),
    ("The Ministry of Health has issued documents directing the Department of Health to inspect hospitals.", "en",
     [("DOH", "assignee", "MOH")]),
])
def test_a_provinces_own_body_does_not_direct_its_committee(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On July 10, the Deputy Prime Minister assigned the Ministry of Construction and the Ministry of Agriculture and "
     "Environment to study the province's recommendations.\nIn which, it ensures the delegation of authority to "
     "localities; at the same time, there must be a document guiding and responding to localities before July 30, 2025.",
     "en", [("MOC", "2025-07-30", "before"), ("MAE", "2025-07-30", "before")]),
    ("The Deputy Prime Minister assigned the Ministry of Finance to review the fees. There must be a report to the "
     "Government before August 15, 2025.", "en", [("MOF", "2025-08-15", "before")]),
    # look-alike: the document's date is no task's where no task stands before it
    ("The province held a meeting on land prices. There must be a document guiding localities before July 30, 2025.",
     "en", []),
])
def test_a_sentence_saying_a_document_must_exist_by_a_date(text, lang, expected):
    assert dated(text, lang) == expected
