"""Round 35b's error classes of English assignments (docs/quality.md "Round 35b (blind, real public pages):
assignments en"), fixed as general rules: a province's chapter of the Fatherland Front written with the province's name
and a chapter's head word before the organisation's name (`the Hanoi committee of the Vietnam Fatherland Front`); the
Government named as the issuer of decrees (`requiring government decrees`), no body asked and no asker; a bare level
after a place's preposition, a capitalised place and `and` among an assigning verb's addressees (`the party chiefs in
Thu Duc City and districts`), the place's second name; a committee head's title with the committee's bare name (`the
Chairman of the People's Committee assigned …`), the committee whose chairman was named before (en, fr, vi). The French
and Vietnamese forms checked with each class. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2023-01-13")
_dated = rows_reader(published="2025-05-05")


@pytest.mark.parametrize("text, expected", [
    # the class: the province's name and the chapter's head word before the Front's name
    ("The Da Nang People's Committee asked the Da Nang committee of the Vietnam Fatherland Front to mobilise donations "
     "for poor households.",
     [("VFF@48", "assignee", "PPC@48", None)]),
    ("The Hanoi People's Committee issued a decision. The municipal People's Committee proposed the Hanoi committee of "
     "the Vietnam Fatherland Front and mass organisations to supervise the review of poor households.",
     [("VFF@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee asked the Hanoi chapter of the Vietnam Fatherland Front to supervise the review.",
     [("VFF@01", "assignee", "PPC@01", None)]),
    # look-alikes: the same chapter telling what it did; the chapter named after the Front's name (read before)
    ("The Da Nang People's Committee said the Da Nang committee of the Vietnam Fatherland Front held a meeting on the "
     "donations.", []),
    ("The Da Nang People's Committee asked the Vietnam Fatherland Front Committee of Da Nang to mobilise donations.",
     [("VFF@48", "assignee", "PPC@48", None)]),
])
def test_a_provinces_chapter_named_with_its_province_and_head_word_before(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the class: the Government as the issuer of decrees is no body asked, nor the ministries' asker
    ("en", "Prime Minister Pham Minh Chinh has signed a document. For procedures requiring government decrees, "
           "ministries must submit them to the Ministry of Justice for review by May 10.",
     [("MINISTRIES", "assignee", "PM", "2025-05-10")]),
    ("en", "The Prime Minister asked ministries to draft the Government decree on fees for public services.",
     [("MINISTRIES", "assignee", "PM", None)]),
    # look-alikes: the Government asked stays a row; French and Vietnamese name the decrees' issuer after them
    ("en", "The Prime Minister asked the Government Office to issue a decision on the fees by May 10.",
     [("OOG", "assignee", "PM", "2025-05-10")]),
    ("fr", "Le Premier ministre a demandé aux ministères de soumettre les décrets du gouvernement au ministère de la "
           "Justice avant le 10 mai.",
     [("MINISTRIES", "assignee", "PM", "2025-05-10")]),
    ("vi", "Thủ tướng Chính phủ yêu cầu các bộ gửi dự thảo nghị định của Chính phủ tới Bộ Tư pháp thẩm định trước ngày "
           "10/5/2025.",
     [("MINISTRIES", "assignee", "PM", "2025-05-10")]),
])
def test_the_government_as_the_issuer_of_decrees(lang, text, expected):
    assert _dated(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the class: a bare level joined to a capitalised place after a place's preposition is the second place
    ("Chairman of the Ho Chi Minh City People's Committee Phan Van Mai has signed an official letter. The Chairman "
     "proposed the party chiefs in Thu Duc City and districts to pay attention to directing site clearance.", []),
    ("The Hai Phong People's Committee asked the Party secretaries at Thuy Nguyen City and districts to check the "
     "dykes.", []),
    # look-alikes: a board outside the table and the districts, or a board's name with "of": the districts are asked
    ("The Ho Chi Minh City People's Committee asked the Urban Railway Management Board and districts to speed up "
     "site clearance.",
     [("DPC@79", "assignee", "PPC@79", None)]),
    ("The Ho Chi Minh City People's Committee asked the Management Board of Thu Duc City and districts to speed up "
     "site clearance.",
     [("DPC@79", "assignee", "PPC@79", None)]),
])
def test_a_bare_level_after_a_place_and_its_conjunction_is_a_place(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the class: a committee head's title with the committee's bare name stands for the committee whose chairman the
    # text named before (the table holds no bare "People's Committee")
    ("en", "Chairman of the Ho Chi Minh City People's Committee Phan Van Mai has signed an official letter. "
           "Particularly, the Chairman of the People's Committee assigned the Director of the Department of Planning "
           "and Investment to monitor the progress.",
     [("DPI@79", "assignee", "PPC@79", None)]),
    ("fr", "Le président du Comité populaire de Hô Chi Minh-Ville, Phan Van Mai, a signé une lettre officielle. En "
           "particulier, le président du Comité populaire a chargé le Service du plan et de l'investissement de suivre "
           "les progrès.",
     [("DPI@79", "assignee", "PPC@79", None)]),
    ("vi", "Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi vừa ký văn bản. Đặc biệt, Chủ tịch UBND giao Giám đốc Sở Kế hoạch "
           "và Đầu tư thường xuyên theo dõi tiến độ.",
     [("DPI@79", "assignee", "PPC@79", None)]),
    # look-alikes: the committee named with its city after the title (read before); no committee's chairman named
    ("en", "Prime Minister Pham Minh Chinh chaired the meeting. The Chairman of the People's Committee of Hanoi asked "
           "the Department of Construction to inspect the road.",
     [("DOC@01", "assignee", "PPC@01", None)]),
    ("en", "The Department of Finance held a meeting on the road. The Chairman of the People's Committee asked the "
           "Department of Construction to inspect the road.",
     [("DOC", "assignee", None, None)]),
])
def test_a_committee_heads_title_with_the_bare_committee_name(lang, text, expected):
    assert _rows(text, lang) == expected
