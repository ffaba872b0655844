"""A province's chapter of the Vietnam Fatherland Front is ``VFF@NN`` (issue #13, the lead's convention settled in
round 29, docs/quality.md "Two conventions settled (assignments, not blind)" part 2): the chapter takes its province's
code like every body of one province (CONTRACTS.md "Provincial bodies"), ``VFF`` alone stays the central committee.
The province named right after the Front's name (``Ủy ban MTTQ tỉnh Quảng Ninh``, ``the Vietnam Fatherland Front
Committee of Quang Ninh province``, ``Vietnam Fatherland Front – HCMC``, ``… de la province de Quang Ninh``), else a
chapter word with it (``Mặt trận Tổ quốc tỉnh``, ``the provincial Fatherland Front Committee``, ``le Front de la Patrie
provincial``: nlp/lang/<code>/agencies.json ``provincial_chapter_words``) and the province the text is about. New
sentences written for these tests, one literal case a line."""
import pytest

from nlp.agencies import agency, is_provincial
from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-05-10")


@pytest.mark.parametrize("text, lang, expected", [
    # the province named right after the chapter's name
    ("Ủy ban MTTQ tỉnh Quảng Ninh chủ trì tổ chức hội nghị lấy ý kiến nhân dân.", "vi", [("VFF@22", "lead", None)]),
    ("UBND tỉnh Quảng Ninh giao Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh phối hợp tuyên truyền.", "vi",
     [("VFF@22", "assignee", "PPC@22")]),
    ("The Vietnam Fatherland Front Committee of Quang Ninh province is tasked with mobilising donations.", "en",
     [("VFF@22", "assignee", None)]),
    ("The city asked the Vietnam Fatherland Front – HCMC to mobilise donations for flood victims.", "en",
     [("VFF@79", "assignee", None)]),
    ("Le Comité populaire de Quang Ninh a demandé au Comité du Front de la Patrie du Vietnam de la province de Quang "
     "Ninh de mobiliser les dons.", "fr", [("VFF@22", "assignee", "PPC@22")]),
    # a chapter word with the Front's name: the province the text is about
    ("UBND tỉnh Quảng Ninh đề nghị Mặt trận Tổ quốc tỉnh vận động nhân dân ủng hộ.", "vi",
     [("VFF@22", "assignee", "PPC@22")]),
    ("UBND tỉnh Quảng Ninh đề nghị MTTQ tỉnh vận động nhân dân ủng hộ đồng bào bị lũ.", "vi",
     [("VFF@22", "assignee", "PPC@22")]),
    ("UBND tỉnh Quảng Ninh giao Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.", "vi",
     [("VFF@22", "assignee", "PPC@22")]),
    ("The Quang Ninh People's Committee asked the provincial Fatherland Front Committee to mobilise donations.", "en",
     [("VFF@22", "assignee", "PPC@22")]),
    ("Le Comité populaire de Quang Ninh a demandé au Front de la Patrie provincial de mobiliser les dons.", "fr",
     [("VFF@22", "assignee", "PPC@22")]),
    # look-alikes: the central committee, and the Front at every level, stay VFF
    ("Thủ tướng đề nghị Ủy ban Trung ương MTTQ Việt Nam vận động nhân dân ủng hộ.", "vi", [("VFF", "assignee", "PM")]),
    ("Thủ tướng đề nghị MTTQ các cấp vận động nhân dân ủng hộ đồng bào.", "vi", [("VFF", "assignee", "PM")]),
    ("The Prime Minister asked the Vietnam Fatherland Front Central Committee to mobilise donations.", "en",
     [("VFF", "assignee", "PM")]),
    ("Le Premier ministre a demandé au Comité central du Front de la Patrie du Vietnam de mobiliser les dons.", "fr",
     [("VFF", "assignee", "PM")]),
    # look-alike: a province named in the sentence but not with the Front's name gives the central committee nothing
    ("Thủ tướng đề nghị Mặt trận Tổ quốc Việt Nam hỗ trợ tỉnh Quảng Ninh khắc phục hậu quả bão.", "vi",
     [("VFF", "assignee", "PM")]),
])
def test_a_provinces_chapter_of_the_fatherland_front(text, lang, expected):
    assert _rows(text, lang) == expected


def test_the_chapter_is_a_provincial_body_and_the_central_committee_is_not():
    assert is_provincial("VFF@22") and not is_provincial("VFF")
    assert agency("VFF@22").name("vi").endswith("tỉnh Quảng Ninh")
    assert agency("VFF").kind == "mass_organisation"
