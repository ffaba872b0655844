"""Round 39b (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2021-12-10")


# a lead cue before a task verb opening with 'tiếp' ('làm đầu mối tiếp nhận hồ sơ', 'chủ trì tiếp nhận', 'chủ trì tiếp
# tục …'): the compound is the task, not the bare 'tiếp' of a reception ('chủ trì tiếp công dân', 'chủ trì tiếp đoàn'),
# which lead_not_before lists as chairing; English and French write the meeting as a whole phrase (no such clash)
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao Sở Tài chính rà soát các dự án. Sở Kế hoạch và Đầu tư làm đầu mối tiếp nhận thông tin, hướng dẫn "
     "các nhà đầu tư hoàn thiện hồ sơ.",
     [("DOF", "assignee", "PPC", None), ("DPI", "lead", "PPC", None)]),
    ("UBND tỉnh giao Sở Xây dựng chủ trì tiếp nhận hồ sơ đề nghị điều chỉnh quy hoạch của các doanh nghiệp.",
     [("DOC", "lead", "PPC", None)]),
    ("Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì tiếp thu ý kiến góp ý, hoàn thiện dự thảo đề án.",
     [("DOHA", "lead", "PPC", None)]),
    ("UBND tỉnh giao Sở Y tế tiếp tục chủ trì tiếp tục theo dõi tình hình dịch bệnh trên địa bàn.",
     [("DOH", "lead", "PPC", None)]),
    ("UBND tỉnh giao Sở Xây dựng là đầu mối tiếp nhận phản ánh của người dân về nhà ở xã hội.",
     [("DOC", "lead", "PPC", None)]),
    # look-alikes: the reception itself chaired ('chủ trì tiếp công dân', 'chủ trì tiếp đoàn công tác') is no task led
    ("Sáng nay, Giám đốc Sở Tài chính chủ trì tiếp công dân định kỳ tại trụ sở.", []),
    ("Sở Ngoại vụ chủ trì tiếp đoàn công tác của tỉnh bạn.", []),
])
def test_lead_cue_before_a_compound_with_tiep(text, expected):
    assert _rows(text, "vi") == expected


# 'Tham mưu …' opening a sentence with no subject, right after a body's item in its paragraph: that body's own row
# (stop 41's ruling a, a bare task verb continuing an item), as 'Rà soát …', 'Đồng thời, tham mưu …' already were;
# French 'Conseiller le Comité populaire …' the same; English 'Advise …' after an item dates that item instead (round
# 20 en's reading, tests/test_assign_round20_en.py, kept: the lead's call whether stop 42's own-row rule reaches it)
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh giao Sở Tài chính rà soát các dự án đầu tư công. Tham mưu UBND tỉnh điều chuyển vốn của các dự án chậm "
     "giải ngân.", "vi", [("DOF", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Kế hoạch và Đầu tư xây dựng tài liệu xúc tiến đầu tư. Sở Tài nguyên và Môi trường chịu trách "
     "nhiệm phối hợp với các sở, ngành rà soát danh mục dự án cần thu hồi đất. Tham mưu UBND tỉnh thu hồi đất của các "
     "tổ chức sử dụng đất không đúng mục đích.", "vi",
     [("DPI", "assignee", "PPC", None), ("DONRE", "assignee", "PPC", None), ("DEPARTMENTS", "coordinate", "PPC", None),
      ("DONRE", "assignee", "PPC", None)]),
    ("Le Comité populaire provincial a chargé le Service des finances d'examiner les projets d'investissement public. "
     "Conseiller le Comité populaire provincial sur le transfert des capitaux des projets lents.", "fr",
     [("DOF", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None)]),
    # look-alikes: a chief of staff's title opening the sentence ('Tham mưu trưởng …'), the advice as a noun with a
    # copula, and a new paragraph (a line break ends the item: no row, stop 42)
    ("UBND tỉnh giao Sở Tài chính rà soát các dự án đầu tư công. Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh cho biết lực "
     "lượng đã sẵn sàng.", "vi", [("DOF", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Tài chính rà soát các dự án đầu tư công. Tham mưu kịp thời là yêu cầu bắt buộc.", "vi",
     [("DOF", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Tài chính rà soát các dự án đầu tư công.\nTham mưu UBND tỉnh điều chuyển vốn của các dự án.",
     "vi", [("DOF", "assignee", "PPC", None)]),
    ("The provincial People's Committee assigned the Department of Finance to review the projects. Advisers said the "
     "capital would be transferred.", "en", [("DOF", "assignee", "PPC", None)]),
    ("Le Comité populaire provincial a chargé le Service des finances d'examiner les projets. Conseiller du président, M. "
     "Nam a déclaré que les capitaux seraient transférés.", "fr", [("DOF", "assignee", "PPC", None)]),
])
def test_bare_advice_continuing_an_item(text, lang, expected):
    assert _rows(text, lang) == expected


# a bare continuation whose task names the province's bare localities as its recipients ('… giao về cho các địa
# phương quản lý'): in a province's direction they are no body of the table (the rounds' reading since 27b), so they
# end no item and the continuation stays the item's body's row; English reads a province's 'localities' as its
# districts (a body), which still end the item, as any body named does
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh giao Sở Tài nguyên và Môi trường rà soát quỹ đất của các dự án chậm triển khai. Tham mưu UBND tỉnh thu "
     "hồi đất sử dụng không hiệu quả để giao về cho các địa phương quản lý.", "vi",
     [("DONRE", "assignee", "PPC", None), ("DONRE", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh yêu cầu Sở Tài chính kiểm kê các cơ sở nhà, đất dôi dư. Rà soát, đề xuất phương án bàn giao "
     "cho các địa phương sử dụng.", "vi", [("DOF", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None)]),
    # look-alikes: the Prime Minister's localities are the provinces, a body: the item ends (no continuation row); a
    # province's district committees named in the continuation end it as well
    ("Thủ tướng giao Bộ Tài chính rà soát tài sản công dôi dư. Tham mưu Chính phủ xử lý tài sản để giao về cho các địa "
     "phương quản lý.", "vi", [("MOF", "assignee", "PM", None)]),
    ("UBND tỉnh giao Sở Tài nguyên và Môi trường rà soát quỹ đất. Tham mưu UBND tỉnh thu hồi đất để giao về cho UBND "
     "các huyện quản lý.", "vi", [("DONRE", "assignee", "PPC", None)]),
    ("The provincial People's Committee assigned the Department of Natural Resources and Environment to review the "
     "land fund. Advise the provincial People's Committee on reclaiming unused land to hand it over to localities.",
     "en", [("DONRE", "assignee", "PPC", None)]),
])
def test_continuation_naming_a_provinces_bare_localities(text, lang, expected):
    assert _rows(text, lang) == expected
