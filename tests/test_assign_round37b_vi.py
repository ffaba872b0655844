"""Round 37b (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2020-03-14")


# the collectives written with the press's short forms of 'trung ương' (T.Ư, TƯ, TW) and 'thành phố' (TP): the same
# bodies as written in full (MINISTRIES, PROVINCES), and the list going on after them
@pytest.mark.parametrize("text, expected", [
    ("Phó Thủ tướng yêu cầu các bộ, ngành T.Ư và các địa phương tăng cường kiểm tra hàng hóa.",
     [("MINISTRIES", "assignee", "DPM", None), ("PROVINCES", "assignee", "DPM", None)]),
    ("Phó Thủ tướng yêu cầu các bộ, ngành TW và các địa phương tăng cường kiểm tra hàng hóa.",
     [("MINISTRIES", "assignee", "DPM", None), ("PROVINCES", "assignee", "DPM", None)]),
    ("Thủ tướng yêu cầu các bộ tăng cường kiểm tra. Chủ tịch UBND các tỉnh, TP trực thuộc T.Ư phải trực tiếp chỉ "
     "đạo lực lượng chức năng.", [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("Thủ tướng yêu cầu các bộ tăng cường kiểm tra. Chủ tịch UBND các tỉnh, thành phố trực thuộc TƯ phải trực tiếp "
     "chỉ đạo lực lượng chức năng.", [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: the short forms naming no collective (a Party body's symbol, a city's own committee)
    ("Thủ tướng yêu cầu Ban Tuyên giáo T.Ư phối hợp tuyên truyền.", []),
    ("Thủ tướng yêu cầu UBND TP Hà Nội chỉ đạo lực lượng chức năng kiểm tra hàng hóa.",
     [("PPC@01", "assignee", "PM", None)]),
])
def test_collectives_written_with_short_forms_of_central_and_city(text, expected):
    assert _rows(text, "vi") == expected


# a bare continuation opening with 'thành lập' / 'kiện toàn' (establish, set up; créer, mettre en place) right after a
# body's item, in its paragraph: that body's own row with its own date (stop 41's ruling a, stop 42), the item keeping
# its own date
@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh giao UBND các huyện khẩn trương rà soát các cảng cá. Thành lập tổ công tác kiểm tra tàu cá "
     "trước ngày 30/6/2020.", "vi", [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", "2020-06-30")]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế khẩn trương rà soát các ca bệnh. Kiện toàn Ban chỉ đạo phòng, chống dịch của "
     "ngành.", "vi", [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None)]),
    ("The provincial People's Committee assigned the district People's Committees to review the fishing ports. "
     "Establish a working group to inspect fishing vessels before June 30, 2020.", "en",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", "2020-06-30")]),
    ("The provincial People's Committee assigned the district People's Committees to review the fishing ports. "
     "Set up a working group to inspect fishing vessels.", "en",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("Le Comité populaire provincial a chargé les comités populaires des districts d'examiner les ports de pêche. "
     "Créer un groupe de travail pour inspecter les navires avant le 30 juin 2020.", "fr",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", "2020-06-30")]),
    ("Le Comité populaire provincial a chargé les comités populaires des districts d'examiner les ports de pêche. "
     "Mettre en place un groupe de travail pour inspecter les navires.", "fr",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    # look-alikes: a founding told (a participle phrase with its year), the verb on a line of its own (a paragraph
    # break, stop 42), a founding in the past
    ("Chủ tịch UBND tỉnh giao UBND các huyện khẩn trương rà soát các cảng cá. Thành lập năm 2005, cảng cá Tam Quan có "
     "200 tàu.", "vi", [("DPC", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh giao UBND các huyện khẩn trương rà soát các cảng cá.\nThành lập tổ công tác kiểm tra tàu cá.",
     "vi", [("DPC", "assignee", "PPC", None)]),
    ("The provincial People's Committee assigned the district People's Committees to review the fishing ports. "
     "Set up in 2005, the port has 200 vessels.", "en", [("DPC", "assignee", "PPC", None)]),
    ("Le Comité populaire provincial a chargé les comités populaires des districts d'examiner les ports de pêche. "
     "Créé en 2005, le port compte 200 navires.", "fr", [("DPC", "assignee", "PPC", None)]),
])
def test_a_working_group_set_up_continuing_an_item_is_its_bodys_row(text, lang, expected):
    assert _rows(text, lang) == expected


# a head named by his title, the city's committee and his name, then 'vừa có ý kiến chỉ đạo, giao …', 'vừa chỉ đạo,
# giao …' (not the asking verb right after his name): the committee he heads asks (grammar's heads_named_by_name);
# English and French read the same forms already (checked, round 37b)
@pytest.mark.parametrize("text, lang, expected", [
    ("Phó Chủ tịch UBND thành phố Nguyễn Đức Thọ vừa có ý kiến chỉ đạo, giao UBND các quận, huyện khẩn trương thành "
     "lập các tổ quản lý cảng cá.", "vi", [("DPC", "assignee", "PPC", None)]),
    ("Chủ tịch UBND thành phố Trần Văn Nam vừa chỉ đạo, yêu cầu UBND các quận, huyện rà soát tàu cá.", "vi",
     [("DPC", "assignee", "PPC", None)]),
    ("Phó Chủ tịch UBND tỉnh Lê Văn Hùng vừa có văn bản chỉ đạo, giao Sở Y tế kiểm tra các cơ sở.", "vi",
     [("DOH", "assignee", "PPC", None)]),
    ("Vice Chairman of the city People's Committee Nguyen Duc Tho has just given instructions, asking the district "
     "People's Committees to set up fishing port management units.", "en", [("DPC", "assignee", "PPC", None)]),
    ("Le vice-président du Comité populaire municipal Nguyen Duc Tho a donné des instructions, chargeant les comités "
     "populaires des districts de créer des unités de gestion des ports de pêche.", "fr",
     [("DPC", "assignee", "PPC", None)]),
    # look-alikes: the city asking its own chairman (round 15b's), a head's direction with no body asked
    ("UBND thành phố Hà Nội yêu cầu Chủ tịch UBND TP Nguyễn Văn Bình chỉ đạo kiểm tra.", "vi", []),
    ("Phó Chủ tịch UBND thành phố Nguyễn Đức Thọ vừa có ý kiến chỉ đạo về công tác chống khai thác IUU.", "vi", []),
])
def test_a_head_named_with_his_city_then_a_direction_asks_for_its_committee(text, lang, expected):
    assert _rows(text, lang) == expected


# a letter's addressees with their task right after them and no request verb, the task opening with 'rà soát' or
# 'phối hợp với' (cues.json's addressee_task_after, beside nested_task_after's 'triển khai', 'thực hiện', round 32):
# the letter asks them; English and French have no letter-addressee reading at all (left, see docs/quality.md)
@pytest.mark.parametrize("text, expected", [
    ("Bộ trưởng Bộ Lao động - Thương binh và Xã hội đã có điện khẩn gửi Sở Lao động - Thương binh và Xã hội các địa "
     "phương phối hợp với các cơ quan chức năng rà soát số hộ nghèo.", [("DOLISA", "assignee", "MOLISA", None)]),
    ("Bộ Y tế đã có công văn gửi Sở Y tế các địa phương rà soát số ca bệnh sốt xuất huyết.",
     [("DOH", "assignee", "MOH", None)]),
    ("UBND tỉnh đã có công văn gửi Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện khẩn trương rà soát đàn "
     "lợn.", [("DARD", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    # look-alikes: what is sent to a body (a report), a letter's topic, a letter sent up
    ("UBND huyện đã gửi Sở Tài chính báo cáo kết quả rà soát.", []),
    ("UBND tỉnh đã có công văn gửi Sở Y tế về việc rà soát số ca bệnh.", []),
    ("UBND tỉnh đã có văn bản gửi Bộ Nông nghiệp và Phát triển nông thôn rà soát lại quy hoạch.", []),
    ("UBND tỉnh đã có văn bản gửi Bộ Nông nghiệp và Phát triển nông thôn triển khai lại quy hoạch.", []),
])
def test_a_letters_addressees_with_a_review_after_them_are_asked(text, expected):
    assert _rows(text, "vi") == expected


# a fronted 'Về phía X,' (en 'On the part of X,', fr 'Du côté de X,') before the authority's request: X is the topic
# the request is about, asked as 'Đối với X,' is (cues.json topic_openers)
@pytest.mark.parametrize("text, lang, expected", [
    ("Về phía UBND các tỉnh, thành phố trực thuộc trung ương, Thủ tướng giao nhiệm vụ chỉ đạo tổ chức thực hiện kỳ thi "
     "tại địa phương.", "vi", [("PROVINCES", "assignee", "PM", None)]),
    ("Về phía Bộ Y tế, Thủ tướng yêu cầu chuẩn bị nhân lực bảo đảm khám chữa bệnh cho thí sinh.", "vi",
     [("MOH", "assignee", "PM", None)]),
    ("On the part of the Ministry of Health, the Prime Minister requested preparing staff for the exam.", "en",
     [("MOH", "assignee", "PM", None)]),
    ("Du côté du ministère de la Santé, le Premier ministre a exhorté à accélérer les autorisations.", "fr",
     [("MOH", "assignee", "PM", None)]),
    # look-alikes: the topic's own report, a person speaking for the topic
    ("Về phía Bộ Y tế, Bộ trưởng cho biết đã chuẩn bị đủ nhân lực cho kỳ thi.", "vi", []),
    ("Về phía UBND tỉnh, ông Nguyễn Văn An cho biết tỉnh đã hoàn thành kế hoạch.", "vi", []),
    ("On the part of the Ministry of Health, the minister said enough staff had been prepared.", "en", []),
])
def test_a_fronted_on_the_part_of_topic_is_asked(text, lang, expected):
    assert _rows(text, lang) == expected
