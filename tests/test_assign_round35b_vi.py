"""Round 35b (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2021-04-29")


# a department's field name broken over a hard-wrapped line inside the list after the departments' plural: the name
# reads on over the break, and the names after it still share the plural
@pytest.mark.parametrize("text, expected", [
    ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Kế hoạch\nvà Đầu tư, Tư pháp, Y tế; Chủ tịch UBND các huyện "
     "chịu trách nhiệm thi hành Quyết định này.",
     [("DPI", "assignee", None), ("DOJ", "assignee", None), ("DOH", "assignee", None), ("DPC", "assignee", None)]),
    ("UBND tỉnh giao các Sở: Nông nghiệp\nvà Phát triển nông thôn, Tài chính phối hợp kiểm tra các dự án.",
     [("DARD", "assignee", "PPC"), ("DOF", "assignee", "PPC")]),
    # look-alikes: a name broken before a lower-case word (its lines joined before), a whole name at the line's end
    # with the next line a sentence of its own, a name that is whole on its line
    ("UBND tỉnh giao các sở Xây dựng, Giao thông\nvận tải kiểm tra các công trình.",
     [("DOC", "assignee", "PPC"), ("DOT", "assignee", "PPC")]),
    ("UBND tỉnh yêu cầu các Sở: Y tế, Tài chính\nKiểm tra các dự án ngay.",
     [("DOH", "assignee", "PPC"), ("DOF", "assignee", "PPC")]),
    ("UBND tỉnh giao các Sở: Y tế, Giáo dục và Đào tạo kiểm tra\ncác trường học.",
     [("DOH", "assignee", "PPC"), ("DOET", "assignee", "PPC")]),
])
def test_a_field_name_broken_over_a_line_reads_on(text, expected):
    assert _rows(text, "vi") == expected


# a passive's agent inside the passive: the body is tasked as by the agentless passive, the agent asks
@pytest.mark.parametrize("text, lang, expected", [
    ("Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì, phối hợp Sở Văn hóa và Thể thao xây dựng "
     "kế hoạch.", "vi", [("DIC", "lead", "PPC"), ("DOCST", "coordinate", "PPC")]),
    ("Sở Y tế được UBND tỉnh giao kiểm tra các cơ sở kinh doanh thực phẩm.", "vi", [("DOH", "assignee", "PPC")]),
    ("Sở Y tế được Chủ tịch UBND tỉnh yêu cầu báo cáo kết quả.", "vi", [("DOH", "assignee", "PPC")]),
    ("The Department of Health was assigned by the provincial People's Committee to inspect the food stalls.", "en",
     [("DOH", "assignee", "PPC")]),
    ("The Department of Construction was assigned by the Prime Minister to preside over the review.", "en",
     [("DOC", "lead", "PM")]),
    ("Le Service de la santé a été chargé par le Comité populaire provincial d'inspecter les cantines.", "fr",
     [("DOH", "assignee", "PPC")]),
    # look-alikes: an agent with no task cue after it (praise, help), an agent that asks no one (a partner department)
    ("Sở Y tế được UBND tỉnh khen thưởng vì thành tích phòng chống dịch.", "vi", []),
    ("Sở Y tế được Sở Tài chính hỗ trợ kinh phí mua sắm thiết bị.", "vi", []),
    ("The Department of Health was praised by the provincial People's Committee for its work.", "en", []),
    ("Le Service de la santé a été félicité par le Comité populaire provincial pour son travail.", "fr", []),
])
def test_a_passives_agent_inside_it_asks(text, lang, expected):
    assert _rows(text, lang) == expected


# "các sở, ban ngành liên quan" (no comma between 'ban' and 'ngành') is the departments' name whole, and the list
# goes on after it
@pytest.mark.parametrize("text, expected", [
    ("Sở Xây dựng chủ trì, phối hợp Sở Tài chính, các sở, ban ngành liên quan, ủy ban nhân dân các huyện, thành phố xây "
     "dựng kế hoạch.",
     [("DOC", "lead", None), ("DOF", "coordinate", None), ("DEPARTMENTS", "coordinate", None),
      ("DPC", "coordinate", None)]),
    ("UBND tỉnh yêu cầu các sở, ban ngành có liên quan, UBND các huyện xây dựng kế hoạch.",
     [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    # look-alike: the forms read before
    ("UBND tỉnh yêu cầu các sở, ban ngành, UBND các huyện xây dựng kế hoạch.",
     [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
])
def test_departments_with_ban_nganh_unbroken_and_related(text, expected):
    assert _rows(text, "vi") == expected


# "các bộ, ngành, cơ quan, địa phương" in a central text: the ministries and agencies, then the provinces
@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng Chính phủ yêu cầu các bộ, ngành, cơ quan, địa phương chuẩn bị sẵn sàng vận hành bộ máy mới.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng Chính phủ yêu cầu các bộ, ngành, cơ quan và địa phương khẩn trương rà soát thủ tục hành chính.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: a province's own departments and bare localities (no row for them), the agencies alone
    ("UBND tỉnh yêu cầu các sở, ngành, cơ quan, địa phương chuẩn bị sẵn sàng.", [("DEPARTMENTS", "assignee", "PPC")]),
    ("Thủ tướng yêu cầu các bộ, ngành, cơ quan liên quan khẩn trương hoàn thành.", [("MINISTRIES", "assignee", "PM")]),
    # the central agencies named whole ("cơ quan trung ương"), the localities after them still the provinces
    ("Liên minh Hợp tác xã Việt Nam cần phối hợp chặt chẽ với các bộ, ngành, cơ quan trung ương và các địa phương trong "
     "việc thực hiện vai trò của mình.", [("VCA", "assignee", None), ("MINISTRIES", "coordinate", None),
                                         ("PROVINCES", "coordinate", None)]),
])
def test_ministries_sectors_and_agencies_before_localities(text, expected):
    assert _rows(text, "vi") == expected
