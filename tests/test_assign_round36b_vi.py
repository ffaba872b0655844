"""Round 36b (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2021-04-29")


# a bare continuation opening with 'xây dựng kế hoạch' / 'phối hợp với' right after a body's item, in its paragraph:
# that body's own row with its own date (the lead's ruling of stop 41, stop 42), the item keeping its own date;
# the partners after 'phối hợp với' stay coordinate rows
@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh giao Sở Y tế khẩn trương rà soát số ca bệnh. Xây dựng kế hoạch tiêm chủng trước ngày "
     "30/6/2021.", "vi", [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", "2021-06-30")]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế khẩn trương rà soát số ca bệnh. Phối hợp với Sở Tài chính và UBND các huyện "
     "rà soát nhu cầu.", "vi",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None), ("DOF", "coordinate", "PPC", None),
      ("DPC", "coordinate", "PPC", None)]),
    ("The provincial People's Committee assigned the Department of Health to review the cases. Develop a plan for "
     "vaccination before June 30, 2021.", "en",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", "2021-06-30")]),
    ("The provincial People's Committee assigned the Department of Health to review the cases. Coordinate with the "
     "Department of Finance to review the needs.", "en",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None), ("DOF", "coordinate", "PPC", None)]),
    ("Le Comité populaire provincial a chargé le Service de la santé d'examiner les cas. Élaborer un plan de "
     "vaccination avant le 30 juin 2021.", "fr",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", "2021-06-30")]),
    ("Le Comité populaire provincial a chargé le Service de la santé d'examiner les cas. Se coordonner avec le "
     "Service des finances pour examiner les besoins.", "fr",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None), ("DOF", "coordinate", "PPC", None)]),
    # look-alikes: the same words on a line of their own (a paragraph break, stop 42), as a copula's subject (a
    # statement about the work), and a sentence whose own subject is named
    ("Chủ tịch UBND tỉnh giao Sở Y tế khẩn trương rà soát số ca bệnh.\nXây dựng kế hoạch tiêm chủng cho trẻ em.",
     "vi", [("DOH", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế khẩn trương rà soát số ca bệnh. Xây dựng kế hoạch là nhiệm vụ trọng tâm của "
     "năm.", "vi", [("DOH", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế khẩn trương rà soát số ca bệnh. Sở Tài chính xây dựng kế hoạch bố trí kinh "
     "phí.", "vi", [("DOH", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None)]),
    ("The provincial People's Committee assigned the Department of Health to review the cases.\nDevelop a plan for "
     "vaccination of children.", "en", [("DOH", "assignee", "PPC", None)]),
])
def test_a_plan_or_a_partner_continuing_an_item_is_its_bodys_row(text, lang, expected):
    assert _rows(text, lang) == expected


# a body conveying an authority's direction in the assigning sentence itself: the direction's owner asks, not the
# office that conveys it (round 28 read the next sentence's request so)
@pytest.mark.parametrize("text, lang, expected", [
    ("Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến chỉ đạo của Thủ tướng Phạm Minh Chính giao Bộ Y tế nắm "
     "chắc tình hình.", "vi", [("MOH", "assignee", "PM", None)]),
    ("Văn phòng Chính phủ vừa có Thông báo kết luận của Thủ tướng Chính phủ giao Bộ Y tế nắm chắc tình hình.", "vi",
     [("MOH", "assignee", "PM", None)]),
    ("The Government Office has issued a document conveying the direction of Prime Minister Pham Minh Chinh "
     "assigning the Ministry of Health to closely monitor the situation.", "en", [("MOH", "assignee", "PM", None)]),
    ("Le Bureau du gouvernement a transmis les instructions du Premier ministre Pham Minh Chinh chargeant le "
     "ministère de la Santé de suivre la situation.", "fr", [("MOH", "assignee", "PM", None)]),
    # look-alikes: the office asking in its own name, the direction named after the request (its ground, not its
    # owner asking), a letter's subject before a request of the office's own
    ("Văn phòng Chính phủ đề nghị Bộ Y tế nắm chắc tình hình theo ý kiến chỉ đạo của Thủ tướng.", "vi",
     [("MOH", "assignee", "OOG", None)]),
    ("Văn phòng Chính phủ có văn bản gửi Bộ Tài chính về ý kiến của Thủ tướng, đề nghị Bộ Y tế báo cáo.", "vi",
     [("MOH", "assignee", "OOG", None)]),
    ("The Government Office asked the Ministry of Health to monitor the situation, following the direction of the "
     "Prime Minister.", "en", [("MOH", "assignee", "OOG", None)]),
    ("Le Bureau du gouvernement a demandé au ministère de la Santé de suivre la situation.", "fr",
     [("MOH", "assignee", "OOG", None)]),
])
def test_the_owner_of_a_conveyed_direction_asks(text, lang, expected):
    assert _rows(text, lang) == expected


# the Fatherland Front's standing board (its central committee's, or a province's) is the Front: VFF, VFF@NN
@pytest.mark.parametrize("text, lang, expected", [
    ("Phó Thủ tướng giao Bộ Y tế chủ trì, phối hợp với Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam "
     "theo chức năng, nhiệm vụ tổ chức thực hiện.", "vi", [("MOH", "lead", "DPM", None), ("VFF", "coordinate", "DPM", None)]),
    ("UBND tỉnh Quảng Ninh giao Sở Y tế chủ trì, phối hợp với Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh tổ chức "
     "thực hiện.", "vi", [("DOH@22", "lead", "PPC@22", None), ("VFF@22", "coordinate", "PPC@22", None)]),
    ("The Deputy Prime Minister assigned the Ministry of Health to take the lead and coordinate with the Standing "
     "Board of the Vietnam Fatherland Front Central Committee in implementing it.", "en",
     [("MOH", "lead", "DPM", None), ("VFF", "coordinate", "DPM", None)]),
    ("Le vice-Premier ministre a chargé le ministère de la Santé de se coordonner avec le Présidium du Comité central "
     "du Front de la Patrie du Vietnam pour la mise en œuvre.", "fr",
     [("MOH", "assignee", "DPM", None), ("VFF", "coordinate", "DPM", None)]),
    # look-alike: the board reporting what it did is no row
    ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam đã tổ chức hội nghị tổng kết.", "vi", []),
])
def test_the_fronts_standing_board_is_the_front(text, lang, expected):
    assert _rows(text, lang) == expected


# 'giao' right before a union's capitalised name ('Liên hiệp', 'Liên minh', 'Liên đoàn') is the assigning verb, not the
# compound 'giao liên' (liaison): the union outside the table leads, the body it coordinates with is a coordinate row
# with the task's day (stop 43's ruling B); Vietnamese only (the compound is Vietnamese)
@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh giao Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì, phối hợp với Sở Khoa học và Công "
     "nghệ triển khai giải thưởng, báo cáo UBND tỉnh trước ngày 30/10/2020.", [("DOST", "coordinate", "PPC", "2020-10-30")]),
    ("Chủ tịch UBND tỉnh giao Liên đoàn Lao động tỉnh chủ trì, phối hợp với Sở Tài chính triển khai.",
     [("DOF", "coordinate", "PPC", None)]),
    # look-alikes: the liaison compound itself, and 'giao thông' (traffic) before a department's own sentence
    ("Lực lượng giao liên phối hợp với Sở Tài chính triển khai.", []),
    ("Các công trình giao thông, thủy lợi bị hư hỏng. Sở Tài chính phối hợp kiểm tra.", [("DOF", "assignee", None, None)]),
])
def test_assigning_a_union_is_no_liaison_compound(text, expected):
    assert _rows(text, "vi") == expected


# a line printed twice in a row (a photo's alt text and its caption) names a stock photo's place: the province it
# names does not place the text's bodies; the province the text credits itself to does
_CAPTION = {
    "vi": ("UBND tỉnh vừa ban hành văn bản về công tác bảo đảm an ninh trật tự.\n{photo}"
           "Theo đó, UBND tỉnh giao các sở, ban, ngành và UBND các huyện, thị xã, thành phố triển khai quyết liệt các "
           "giải pháp.\n{source}", "Cán bộ Công an tỉnh Nghệ An tuần tra trên biển.\n",
           "Nguồn: Cổng thông tin điện tử Thanh Hóa"),
    "en": ("The provincial People's Committee has issued a document on security and order.\n{photo}"
           "Accordingly, the provincial People's Committee assigned departments and district People's Committees to "
           "implement the measures.\n{source}", "Officers of the Nghe An Border Guard patrol the sea.\n",
           "Source: Thanh Hoa Portal"),
    "fr": ("Le Comité populaire provincial a publié un document sur la sécurité.\n{photo}"
           "Par conséquent, le Comité populaire provincial a chargé le Service de la santé de mettre en œuvre les "
           "mesures.\n{source}", "Des gardes-frontières de Nghe An patrouillent en mer.\n", "Source : Portail de Thanh Hoa"),
}


@pytest.mark.parametrize("lang, photos, source, expected", [
    ("vi", 2, True, [("DEPARTMENTS@38", "assignee", "PPC@38", None), ("DPC@38", "assignee", "PPC@38", None)]),
    ("en", 2, True, [("DEPARTMENTS@38", "assignee", "PPC@38", None), ("DPC@38", "assignee", "PPC@38", None)]),
    ("fr", 2, True, [("DOH@38", "assignee", "PPC@38", None)]),
    # look-alikes: the caption printed once is a line of the text, its province the only one named; doubled with no
    # other province named, no province is known (no suffix)
    ("vi", 1, False, [("DEPARTMENTS@40", "assignee", "PPC@40", None), ("DPC@40", "assignee", "PPC@40", None)]),
    ("vi", 2, False, [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
])
def test_a_doubled_caption_line_places_no_body(lang, photos, source, expected):
    template, photo, credit = _CAPTION[lang]
    text = template.format(photo=photo * photos, source=credit if source else "")
    assert _rows(text.strip(), lang) == expected
