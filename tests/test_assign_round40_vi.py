"""Round 40 (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2021-12-10")
_dated = rows_reader("agency_id", "deadline", "deadline_qualifier", published="2019-04-12")


# a subject list on its own line under a dispatch's cue, opening with 'phân công, bố trí' / 'phân công lực lượng' /
# 'phân công cán bộ' (to allot staff: the bodies' own task), not the assigning 'phân công X làm …' whose subject asks
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh Bình Phước yêu cầu.\n\nSở Y tế và Công an tỉnh phân công, bố trí cán bộ trực trong các ngày nghỉ lễ.",
     [("DOH@70", "assignee", "PPC@70", None), ("PPS@70", "assignee", "PPC@70", None)]),
    ("UBND tỉnh Bình Phước yêu cầu:\n\nSở Công Thương và UBND các huyện phân công lực lượng kiểm tra thị trường.",
     [("DOIT@70", "assignee", "PPC@70", None), ("DPC@70", "assignee", "PPC@70", None)]),
    ("UBND tỉnh Bình Phước yêu cầu.\n\nSở Xây dựng phân công cán bộ theo dõi các công trình.",
     [("DOC@70", "assignee", "PPC@70", None)]),
    # look-alikes: the assigning verb itself ('Sở … phân công Thanh tra Sở …': a department's own unit asked, no body
    # of the table), a report of what was done, the province assigning
    ("Sở Giao thông vận tải phân công Thanh tra Sở kiểm tra các bến xe.", []),
    ("Giám đốc Sở Y tế cho biết, Sở Y tế đã phân công, bố trí cán bộ trực.", []),
    ("UBND tỉnh Bình Phước phân công Sở Xây dựng kiểm tra các công trình.", [("DOC@70", "assignee", "PPC@70", None)]),
])
def test_staff_allotted_by_listed_bodies(text, expected):
    assert _rows(text, "vi") == expected


# a province's traffic safety board (outside the table) inside an addressee list does not end it: the bodies after
# it are asked too (as 'Ban Quản lý dự án tỉnh' already was); English and French the same
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh Gia Lai yêu cầu: Sở Giao thông vận tải, Ban An toàn giao thông tỉnh và UBND các huyện bố trí lực "
     "lượng trực.", "vi", [("DOT@64", "assignee", "PPC@64", None), ("DPC@64", "assignee", "PPC@64", None)]),
    ("UBND tỉnh Gia Lai yêu cầu Công an tỉnh, Ban ATGT tỉnh và Sở Y tế tăng cường tuần tra.", "vi",
     [("PPS@64", "assignee", "PPC@64", None), ("DOH@64", "assignee", "PPC@64", None)]),
    ("The Gia Lai Provincial People's Committee requested the Department of Transport, the Provincial Traffic Safety "
     "Committee and district People's Committees to arrange forces on duty.", "en",
     [("DOT@64", "assignee", "PPC@64", None), ("DPC@64", "assignee", "PPC@64", None)]),
    ("Le Comité populaire de la province de Gia Lai a demandé au Service des transports, au Comité provincial de la "
     "sécurité routière et aux comités populaires des districts d'organiser des permanences.", "fr",
     [("DOT@64", "assignee", "PPC@64", None), ("DPC@64", "assignee", "PPC@64", None)]),
    # look-alikes: the board as a subject outside the table
    ("Ban An toàn giao thông tỉnh phối hợp với Công an tỉnh kiểm tra nồng độ cồn.", "vi", []),
    ("The Provincial Traffic Safety Committee coordinated with the provincial police to check drivers.", "en", []),
])
def test_traffic_safety_board_inside_a_list(text, lang, expected):
    assert _rows(text, lang) == expected


# 'Kịp thời …' (promptly …) opening a sentence with no subject right after an item: the item's bodies' own row (stop
# 41's ruling a; a list mixing table bodies and others: the table bodies', stop 42); English 'Promptly …' the same
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện và các đơn vị đóng quân trên địa bàn rà soát "
     "các khu dân cư. Kịp thời triển khai công tác khắc phục hậu quả sau mưa lũ.", "vi",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None),
      ("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Y tế rà soát các cơ sở khám bệnh. Kịp thời báo cáo UBND tỉnh kết quả.", "vi",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None)]),
    ("The provincial People's Committee requested the Department of Health to review the facilities. Promptly report "
     "the results to the committee.", "en", [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None)]),
    # look-alikes: a copula, a line break (a paragraph break: no row), English 'Promptly after …' (a time phrase)
    ("UBND tỉnh giao Sở Y tế rà soát các cơ sở khám bệnh. Kịp thời là yêu cầu hàng đầu.", "vi",
     [("DOH", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Y tế rà soát các cơ sở khám bệnh.\nKịp thời báo cáo UBND tỉnh kết quả.", "vi",
     [("DOH", "assignee", "PPC", None)]),
    ("The provincial People's Committee requested the Department of Health to review the facilities. Promptly after "
     "the storm, residents returned home.", "en", [("DOH", "assignee", "PPC", None)]),
])
def test_bare_promptly_continuing_an_item(text, lang, expected):
    assert _rows(text, lang) == expected


# a topic or reason phrase between an asking verb and its addressees ('yêu cầu đối với khu vực …, chính quyền các địa
# phương …', 'lưu ý do …, các địa phương …'): the addressees are asked
@pytest.mark.parametrize("text, expected", [
    ("Phó Thủ tướng yêu cầu đối với khu vực xảy ra sạt lở đất, lũ quét, chính quyền các địa phương huy động lực "
     "lượng hỗ trợ người dân di dời.", [("PROVINCES", "assignee", "DPM", None)]),
    ("Phó Thủ tướng lưu ý do mùa mưa bão còn diễn biến phức tạp, các địa phương rà soát phương án sơ tán.",
     [("PROVINCES", "assignee", "DPM", None)]),
    ("Chủ tịch UBND tỉnh yêu cầu riêng đối với công trình đang thi công dở dang, Sở Xây dựng kiểm tra an toàn.",
     [("DOC", "assignee", "PPC", None)]),
    # look-alikes: the bodies as the topic ('đối với các bộ, ngành, việc …': no body asked to act), a reason phrase
    # before a subject outside the table
    ("Thủ tướng yêu cầu đối với các bộ, ngành, việc giải ngân phải được đẩy nhanh.", []),
    ("Bộ Y tế yêu cầu vì sức khỏe người dân, các cơ sở y tế phải bảo đảm đủ thuốc.", []),
    # a report up after the topic phrase ('…, báo cáo Thủ tướng …'): the recipient is no addressee, and the item before
    # takes no date from it
    ("Thủ tướng yêu cầu Bộ Nội vụ giải quyết ngay biên chế giáo viên. Thủ tướng yêu cầu đối với vấn đề vượt thẩm quyền, "
     "báo cáo Thủ tướng Chính phủ quyết định, chậm nhất trước ngày 10/10/2018.", [("MOHA", "assignee", "PM", None)]),
])
def test_topic_phrase_between_cue_and_addressees(text, expected):
    assert _rows(text, "vi") == expected


# a year inside a description of what may happen ('các xã có khả năng đạt chuẩn … trong năm 2020', 'communes likely
# to meet … in 2020', 'susceptibles d'atteindre … en 2020') is a forecast's, no due date: the item's own completion
# dates it, or nothing
@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh giao Sở Tài chính chủ trì rà soát, lựa chọn các xã có khả năng đạt chuẩn nông thôn mới trong "
     "năm 2020. Hoàn thành, trình UBND tỉnh trước ngày 20/4/2019.", "vi", [("DOF", "2019-04-20", "before")]),
    ("The provincial chairman assigned the Department of Finance to review communes likely to meet the new rural "
     "standards in 2020.", "en", [("DOF", None, None)]),
    ("Le président du Comité populaire provincial a chargé le Service des finances d'examiner les communes "
     "susceptibles d'atteindre les normes en 2020.", "fr", [("DOF", None, None)]),
    # look-alikes: the task's own year, and a completion in its own clause after the description
    ("Chủ tịch UBND tỉnh giao Sở Tài chính rà soát các dự án trong năm 2020.", "vi", [("DOF", "2020", "in")]),
    ("Chủ tịch UBND tỉnh giao Sở Tài chính chủ trì rà soát các xã có khả năng đạt chuẩn nông thôn mới, hoàn thành "
     "trong năm 2020.", "vi", [("DOF", "2020", "in")]),
    ("Le président du Comité populaire provincial a chargé le Service des finances d'examiner les communes en 2020.",
     "fr", [("DOF", "2020", "in")]),
])
def test_forecast_year_is_no_deadline(text, lang, expected):
    assert _dated(text, lang) == expected
