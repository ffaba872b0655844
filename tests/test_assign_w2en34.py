"""Round 34's English open classes of assignments (docs/quality.md "Round 34's English open classes (assignments, not
blind)"), fixed as general rules, with the same class in Vietnamese and French where it exists: a subject list closed by
names outside the table before a passive or modal (`…, the Police of districts, and Thu Duc City are instructed to`);
a district's committee directing counted communes in its own sentence (`directs the People's Committees of 4 communes
…`: the district asks them); a subjectless `Coordinate with …` line in its own paragraph after a closed item (no partner
row, stop 41's ruling); a date one line after a direction's item laid out a line an item under a colon (not the item's,
the lead's call of stop 42). New sentences written for these tests, one literal case a line, with look-alikes."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-04-10")


@pytest.mark.parametrize("lang, text, expected", [
    # the list's bodies of the table are tasked, the names outside it after them close the subject
    ("en", "The Da Nang People's Committee issued a plan on dengue. The Department of Health, the Department of "
           "Education and Training, the Police of wards, and Hoa Vang Sports Center are instructed to clean the schools.",
     [("DOH@48", "assignee", "PPC@48", None), ("DOET@48", "assignee", "PPC@48", None)]),
    ("en", "The Da Nang People's Committee issued a plan on dengue. The Department of Health, the Son Tra Market "
           "Board, and the Han River Port Authority must clean the markets.",
     [("DOH@48", "assignee", "PPC@48", None)]),
    # look-alikes: no cue after the names (praised); a single capitalised word is no name read past
    ("en", "The Da Nang People's Committee issued a plan on dengue. The Department of Health, the Department of "
           "Education and Training, and the Hoa Vang Sports Center were praised for the campaign.", []),
    ("en", "The Da Nang People's Committee issued a plan on dengue. The Department of Health, the Department of "
           "Education and Training, and the Police are instructed to clean the schools.", []),
])
def test_subject_list_closed_by_names_outside_the_table(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a subjectless partner line in its own paragraph after a closed item: no row (stop 41's ruling, stop 42's break)
    ("en", "The Prime Minister requests:\nThe Minister of Health directs hospitals to finish the review before May 20, "
           "2025.\nCoordinate with the Ministry of Finance to ensure funding for the review.",
     [("MOH", "assignee", "PM", "2025-05-20")]),
    ("vi", "Thủ tướng yêu cầu:\nBộ Y tế chỉ đạo các bệnh viện hoàn thành rà soát trước ngày 20/5/2025.\n"
           "Phối hợp với Bộ Tài chính bảo đảm kinh phí rà soát.",
     [("MOH", "assignee", "PM", "2025-05-20")]),
    ("fr", "Le Premier ministre demande :\nLe ministre de la Santé continue de diriger les hôpitaux pour achever "
           "l'examen avant le 20 mai 2025.\n\nCoordonner avec le ministère des Finances pour assurer le financement.",
     [("MOH", "assignee", "PM", "2025-05-20")]),
    # look-alikes: the same paragraph; an opener word; a heading's colon before the line
    ("en", "The Prime Minister requests:\nThe Minister of Health directs hospitals to finish the review before May 20, "
           "2025. Coordinate with the Ministry of Finance to ensure funding for the review.",
     [("MOH", "assignee", "PM", "2025-05-20"), ("MOF", "coordinate", "PM", None)]),
    ("en", "The Prime Minister requests:\nThe Minister of Health directs hospitals to finish the review before May 20, "
           "2025.\nAt the same time, coordinate with the Ministry of Finance to ensure funding for the review.",
     [("MOH", "assignee", "PM", "2025-05-20"), ("MOF", "coordinate", "PM", None)]),
    ("vi", "Thủ tướng yêu cầu:\n1. Bộ Giáo dục và Đào tạo:\n- Chủ trì, phối hợp với Bộ Tài chính bảo đảm kinh phí rà soát.",
     [("MOET", "assignee", "PM", None), ("MOF", "coordinate", "PM", None)]),
])
def test_own_paragraph_partner_line_after_a_closed_item(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a direction's items a line each under a colon: the next line's date is not the item's (the lead's call, stop 42)
    ("en", "The Prime Minister requests:\nChairmen of People's Committees of provinces continue to direct the review of "
           "school buildings.\nMore efforts are needed to repair the classrooms, completing in June 2025.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre demande :\nLes présidents des comités populaires des provinces continuent de diriger "
           "l'examen des écoles.\nDes efforts sont nécessaires pour réparer les classes, en terminant en juin 2025.",
     [("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: the same paragraph; a press story's next paragraph after its request
    ("en", "The Prime Minister requests:\nChairmen of People's Committees of provinces continue to direct the review of "
           "school buildings. More efforts are needed to repair the classrooms, completing in June 2025.",
     [("PROVINCES", "assignee", "PM", "2025-06")]),
    ("en", "The Quang Tri People's Committee requested localities to evacuate the coastal households.\nThe evacuation "
           "must be completed by May 28, 2025.",
     [("DPC@45", "assignee", "PPC@45", "2025-05-28")]),
])
def test_no_date_across_a_line_after_a_directions_item(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a direction and its support after a comma: the localities are the directed bodies with their task (vi
    # verbs_run_after_cue; en `direct and support` is read since round 34's fixes)
    ("vi", "Thủ tướng yêu cầu Bộ trưởng Bộ Y tế tiếp tục chỉ đạo, hỗ trợ các địa phương đẩy nhanh tiến độ tiêm chủng, "
           "hoàn thành trước ngày 31/5/2025.",
     [("MOH", "assignee", "PM", "2025-05-31"), ("PROVINCES", "assignee", "PM", "2025-05-31")]),
    # look-alikes: support alone is no direction; a verb run not led by a direction
    ("vi", "Thủ tướng yêu cầu Bộ trưởng Bộ Y tế hỗ trợ các địa phương đẩy nhanh tiến độ tiêm chủng.",
     [("MOH", "assignee", "PM", None)]),
    ("vi", "Thủ tướng yêu cầu Bộ Y tế tăng cường, hỗ trợ các địa phương về kinh phí.",
     [("MOH", "assignee", "PM", None)]),
])
def test_direct_and_support_after_a_comma(lang, text, expected):
    assert _rows(text, lang) == expected
