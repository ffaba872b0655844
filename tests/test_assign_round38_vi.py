"""Round 38 (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2022-07-15")


# a count of centrally-run cities or provinces right after the asking verb, its members named in a parenthesis (no
# committee words before the count: grammar's counted_collectives_before_names, count_alone), each name its city's
# committee, the counted collective no body of its own; the glued designator `TPHCM` read as the city
# (designated_city_glued_openers); a ministry's verb closed by a comma (`Bộ Công an đã chỉ đạo, …`, after a short
# opening too) reports the direction: the subject after it is asked by that ministry
@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Tư pháp yêu cầu 3 thành phố trực thuộc Trung ương (Hải Phòng, Đà Nẵng, Cần Thơ) rà soát các thủ tục trước "
     "ngày 30/9.", "vi",
     [("PPC@31", "assignee", "MOJ", "2022-09-30"), ("PPC@48", "assignee", "MOJ", "2022-09-30"),
      ("PPC@92", "assignee", "MOJ", "2022-09-30")]),
    ("Bộ Xây dựng đề nghị 2 tỉnh (Lào Cai, Yên Bái) khẩn trương sửa chữa các tuyến đường.", "vi",
     [("PPC@10", "assignee", "MOC", None), ("PPC@15", "assignee", "MOC", None)]),
    ("Gần đây, Bộ Tư pháp đã chỉ đạo, 3 thành phố trực thuộc Trung ương (Hải Phòng, TPHCM, Cần Thơ) sẽ phải rà soát "
     "các thủ tục trước ngày 30/9.", "vi",
     [("PPC@31", "assignee", "MOJ", "2022-09-30"), ("PPC@79", "assignee", "MOJ", "2022-09-30"),
      ("PPC@92", "assignee", "MOJ", "2022-09-30")]),
    ("Bộ Tư pháp yêu cầu Cần Thơ, TPHCM rà soát các thủ tục trước ngày 30/9.", "vi",
     [("PPC@92", "assignee", "MOJ", "2022-09-30"), ("PPC@79", "assignee", "MOJ", "2022-09-30")]),
    ("Bộ Tư pháp đã chỉ đạo, UBND các tỉnh phải rà soát các thủ tục trước ngày 30/9.", "vi",
     [("PROVINCES", "assignee", "MOJ", "2022-09-30")]),
    ("The Ministry of Justice asked three centrally-run cities (Hai Phong, Da Nang, Can Tho) to review the procedures "
     "before September 30.", "en",
     [("PPC@31", "assignee", "MOJ", "2022-09-30"), ("PPC@48", "assignee", "MOJ", "2022-09-30"),
      ("PPC@92", "assignee", "MOJ", "2022-09-30")]),
    ("Le ministère de la Justice a demandé à trois villes relevant du pouvoir central (Hai Phong, Da Nang, Cân Tho) "
     "de revoir les procédures avant le 30 septembre.", "fr",
     [("PPC@31", "assignee", "MOJ", "2022-09-30"), ("PPC@48", "assignee", "MOJ", "2022-09-30"),
      ("PPC@92", "assignee", "MOJ", "2022-09-30")]),
    # look-alikes: the counted cities as a place of what was done, a body's comma after a reporting verb (no
    # direction: no asker), a plan told in the future with no obligation (no cue)
    ("Bộ Tư pháp cho biết 3 thành phố trực thuộc Trung ương (Hải Phòng, Đà Nẵng, Cần Thơ) đã rà soát xong các thủ "
     "tục.", "vi", []),
    ("Bộ Tư pháp cho biết, UBND các tỉnh phải rà soát các thủ tục trước ngày 30/9.", "vi",
     [("PROVINCES", "assignee", None, "2022-09-30")]),
    ("UBND các tỉnh sẽ tổ chức hội nghị trong tháng 9/2022.", "vi", []),
    ("The Ministry of Justice said three centrally-run cities (Hai Phong, Da Nang, Can Tho) reviewed the procedures "
     "last year.", "en", []),
])
def test_counted_cities_named_in_a_parenthesis_and_a_directing_comma(text, lang, expected):
    assert _rows(text, lang) == expected


# a headline that names the city by its glued designator (`TPHCM chỉ đạo Sở … `) sums up the lead's direction: the
# city's committee asks in both, so the headline's row goes (extractor._without_restated_headline, now that the
# glued name is the city); a headline the lead does not repeat keeps its row
@pytest.mark.parametrize("text, expected", [
    ("TPHCM chỉ đạo Sở Y tế kiểm tra các bệnh viện\n\nUBND TPHCM vừa chỉ đạo Sở Y tế tăng cường kiểm tra, giám sát "
     "hoạt động của các bệnh viện trên địa bàn thành phố.",
     [("DOH@79", "assignee", "PPC@79", None)]),
    ("TPHCM chỉ đạo Sở Y tế kiểm tra các bệnh viện\n\nUBND TPHCM vừa chỉ đạo Sở Xây dựng tăng cường kiểm tra các "
     "công trình trên địa bàn thành phố.",
     [("DOH@79", "assignee", "PPC@79", None), ("DOC@79", "assignee", "PPC@79", None)]),
])
def test_a_headline_naming_the_city_glued_is_restated_by_its_lead(text, expected):
    assert _rows(text, "vi") == expected


# a time window set off by commas after a short opening (`Theo đó, trong thời gian từ … tới ngày 15/3/2023, …`)
# opens the subject's clause as a deadline's phrase does (grammar's clause_window_frames); the window dates no task
# (a campaign's window); look-alikes: the work told as done, a window ending `tới nay` (a report), no body after it
@pytest.mark.parametrize("text, expected", [
    ("Theo đó, trong thời gian từ đầu tháng 1/2023 tới ngày 15/3/2023, Công an tỉnh Ninh Bình bố trí lực lượng "
     "thường xuyên kiểm tra giao thông.", [("PPS@37", "assignee", None, None)]),
    ("Theo kế hoạch của tỉnh Ninh Bình, từ ngày 1/2 đến ngày 15/3, Sở Giao thông vận tải tăng cường kiểm tra các "
     "bến xe.", [("DOT@37", "assignee", None, None)]),
    ("Theo đó, trong thời gian từ đầu tháng 1/2023 tới ngày 15/3/2023, Công an tỉnh Ninh Bình đã bố trí lực lượng "
     "kiểm tra giao thông.", []),
    ("Theo đó, trong thời gian từ đầu tháng 1/2023 tới nay, Công an tỉnh Ninh Bình đã kiểm tra 120 phương tiện.", []),
    ("Theo kế hoạch, trong thời gian từ khi phát động phong trào tới ngày 15/3/2023, người dân tham gia giao thông "
     "cần chấp hành.", []),
])
def test_a_time_window_between_commas_opens_the_subjects_clause(text, expected):
    assert _rows(text, "vi") == expected
