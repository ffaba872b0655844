"""Round 26b's left classes of assignments (docs/quality.md "Round 26b, assignments en after the fixes" and "vi after
the fixes", their "Left" paragraphs; issue #13), fixed in the data and code named in each test. New sentences written
for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader("agency_id", "role", "assigned_by")


@pytest.mark.parametrize("text, lang, expected", [
    # a province's name right before "Police Department" / "Police" (nlp/lang/en/agencies.json
    # bodies_next_to_province_name, names_after; nlp.agencies._bodies_next_to_a_province_name): its police
    ("The Hanoi City People's Committee asked the Hanoi Police Department to ensure security.", "en",
     [("PPS@01", "assignee", "PPC@01")]),
    ("The Hanoi City People's Committee asked the Hanoi Police to ensure security.", "en",
     [("PPS@01", "assignee", "PPC@01")]),
    ("The Ho Chi Minh City People's Committee asked Ho Chi Minh City Police to ensure security.", "en",
     [("PPS@79", "assignee", "PPC@79")]),
    ("The Ho Chi Minh City People's Committee asked the Ho Chi Minh City Police Department to ensure security.", "en",
     [("PPS@79", "assignee", "PPC@79")]),
    ("The Da Nang City People's Committee requested the Da Nang Police to evacuate residents.", "en",
     [("PPS@48", "assignee", "PPC@48")]),
    # fr: "la police de Hanoi", the province after (names_before)
    ("Le Comité populaire de la ville de Hanoi a demandé à la police de Hanoi d'assurer la sécurité.", "fr",
     [("PPS@01", "assignee", "PPC@01")]),
    ("Le Comité populaire de la ville de Da Nang a demandé à la police de Da Nang d'évacuer les habitants.", "fr",
     [("PPS@48", "assignee", "PPC@48")]),
    # read already: the province's police named with its own words, in the three languages
    ("The Dong Nai Provincial People's Committee asked the Dong Nai Provincial Police to ensure security.", "en",
     [("PPS@75", "assignee", "PPC@75")]),
    ("UBND thành phố Hà Nội yêu cầu Công an thành phố Hà Nội bảo đảm an ninh.", "vi", [("PPS@01", "assignee", "PPC@01")]),
    ("Le Comité populaire de la province de Dong Nai a demandé à la police de la province de Dong Nai d'assurer la "
     "sécurité.", "fr", [("PPS@75", "assignee", "PPC@75")]),
    # look-alikes: the police with no province's name next to it, or a district's, or the ministry's department
    ("The Hanoi City People's Committee asked the Traffic Police Department to ensure security.", "en", []),
    ("The Hanoi City People's Committee asked the Dong Anh District Police to ensure security.", "en", []),
    ("The police arrived in Hanoi. Hanoi police said the road was closed.", "en", []),
    ("La police a arrêté deux suspects à Hanoi.", "fr", []),
    ("Le Comité populaire de la ville de Hanoi a demandé à la police de la circulation d'assurer la sécurité.", "fr", []),
])
def test_police_named_with_a_province(text, lang, expected):
    assert _rows(text, lang, "2025-10-01") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a province's agencies and units are its departments (the gold's convention, rounds 25 and 26b): "provincial"
    # before them (nlp/lang/en/agencies.csv DEPARTMENTS), or the province named after them (agencies.json
    # bodies_next_to_province_name, names_before)
    ("The Chairman of the Ca Mau Provincial People's Committee requested each provincial agency and unit to actively "
     "coordinate with the agency and unit of Bac Lieu province to review assets.", "en",
     [("DEPARTMENTS@96", "assignee", "PPC@96"), ("DEPARTMENTS@95", "coordinate", "PPC@96")]),
    ("The Ca Mau Provincial People's Committee requested provincial agencies and units to review assets.", "en",
     [("DEPARTMENTS@96", "assignee", "PPC@96")]),
    ("The Ca Mau Provincial People's Committee requested the agencies and units of Bac Lieu province to review "
     "assets.", "en", [("DEPARTMENTS@95", "assignee", "PPC@96")]),
    # the provincial committee named again after a sentence naming it with its province is that province's, though
    # the text's first line names another (nlp.agencies.localise)
    ("Preparing to welcome officials from Bac Lieu\nThe Chairman of the People's Committee of Ca Mau province has "
     "issued a document on public assets.\nFor public property, the Chairman of the provincial People's Committee "
     "requested each provincial agency and unit to coordinate with the agency and unit of Bac Lieu province to review "
     "assets.", "en", [("DEPARTMENTS@96", "assignee", "PPC@96"), ("DEPARTMENTS@95", "coordinate", "PPC@96")]),
    # look-alikes: bare agencies and units are no body of the table (rounds 10b, 15, 22b, 23)
    ("The Ca Mau Provincial People's Committee requested agencies and units to review assets.", "en", []),
    ("Agencies and units are required to consolidate the lists by June 15.", "en", []),
    ("The Ca Mau Provincial People's Committee requested agencies and units in the province to review assets.", "en", []),
])
def test_agencies_and_units_of_a_province(text, lang, expected):
    assert _rows(text, lang, "2025-03-01") == expected


_DISPATCH = "UBND TP Đà Nẵng có Công điện về mưa lớn. Các xã, phường chủ trì lập danh sách hộ dân có nhà bị thiệt hại. "


@pytest.mark.parametrize("text, expected", [
    # the same bodies' second task after a linking opener (vi cues.json continuation_openers) with a sentence that
    # tasks no one between (frames._same_body_goes_on): its own row with its own date, the earlier row keeping its own
    (_DISPATCH + "Các hộ nghèo có nhà hư hại để tập trung tham mưu UBND TP hỗ trợ. Cùng với đó, xã, phường huy động "
     "thêm nguồn lực, hoàn thành trước ngày 31-1-2026.",
     [("CPC@48", "lead", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", "2026-01-31")]),
    # (read already where the task's words differ)
    (_DISPATCH + "Các hộ nghèo được ưu tiên hỗ trợ. Đồng thời, xã, phường bố trí lực lượng sửa chữa nhà, hoàn thành "
     "trước ngày 20-12-2025.",
     [("CPC@48", "lead", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", "2025-12-20")]),
    # read already: right after the first task
    (_DISPATCH + "Cùng với đó, xã, phường huy động thêm nguồn lực, hoàn thành trước ngày 31-1-2026.",
     [("CPC@48", "lead", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", "2026-01-31")]),
    # look-alikes: what the communes did (no row, no date); another body tasked between (the opener goes on from it)
    (_DISPATCH + "Các hộ nghèo được ưu tiên hỗ trợ. Cùng với đó, xã, phường đã huy động thêm nguồn lực.",
     [("CPC@48", "lead", "PPC@48", None)]),
    ("UBND TP Đà Nẵng giao Sở Xây dựng chủ trì rà soát nhà ở.\n\nUBND TP đã ban hành nhiều văn bản chỉ đạo.\n\n"
     "Ngoài ra, Sở Xây dựng đang hướng dẫn các xã.", [("DOC@48", "lead", "PPC@48", None)]),
    (_DISPATCH + "Sở Xây dựng hướng dẫn các xã sửa chữa nhà. Cùng với đó, xã, phường huy động thêm nguồn lực, hoàn "
     "thành trước ngày 31-1-2026.", [("CPC@48", "lead", "PPC@48", None), ("DOC@48", "assignee", "PPC@48", None)]),
])
def test_second_task_of_the_same_bodies(text, expected):
    import extract
    from extract.assign import stage

    doc = extract.document_from_text(text, lang="vi", stages=[stage], published="2025-11-15")
    assert [(a.agency_id, a.role, a.assigned_by, a.deadline) for a in doc.assignments] == expected
