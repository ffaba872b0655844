"""Round 34b (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire."""
from __future__ import annotations

import pytest

from nlp.provinces import find_provinces
from tests.assign_cases import rows, rows_reader

_rows = rows_reader(published="2025-03-01")
_led = rows_reader("agency_id", "role", published="2025-03-01")


# an author's byline under the last sentence (a given name that is also a province's: Hà Nam, Thái Bình, Long An)
# is no province of the article; a province's name as the title or a heading still is
@pytest.mark.parametrize("text, codes", [
    ("Tin tức\n\nUBND tỉnh yêu cầu Sở Y tế kiểm tra an toàn thực phẩm.\n\nHà Nam\n", []),
    ("Tin tức\n\nUBND tỉnh yêu cầu Sở Y tế kiểm tra an toàn thực phẩm.\n\nLong An\n\n.\n.\n", []),
    ("Tin tức\n\nUBND tỉnh yêu cầu các sở kiểm tra.\n\nThái Bình\n\n5/5 - (1 bình chọn)", []),
    # look-alikes: the title, a heading above sentences, a province named in a sentence
    ("Hà Nam\nUBND tỉnh yêu cầu Sở Y tế kiểm tra an toàn thực phẩm.", ["35"]),
    ("Tin tức.\n\nLong An\n\nUBND tỉnh yêu cầu Sở Y tế kiểm tra an toàn thực phẩm trên địa bàn toàn tỉnh ngay.", ["80"]),
    ("Tin tức\n\nUBND tỉnh Thái Bình yêu cầu các sở kiểm tra.\n", ["34"]),
])
def test_a_byline_under_the_last_sentence_names_no_province(text, codes):
    assert [p.code for p in find_provinces(text, "vi")] == codes


@pytest.mark.parametrize("text, expected", [
    ("Thứ Hai, 12/05/2025\n\nUBND tỉnh yêu cầu Sở Y tế kiểm tra các bếp ăn tập thể.\n\nHà Nam\n",
     [("DOH", "assignee", "PPC", None, None)]),
    # look-alike: the province named in the text keeps its code
    ("Thứ Hai, 12/05/2025\n\nUBND tỉnh Hà Nam yêu cầu Sở Y tế kiểm tra các bếp ăn tập thể.\n",
     [("DOH@35", "assignee", "PPC@35", None, None)]),
])
def test_a_byline_gives_the_departments_no_province(text, expected):
    assert rows(text) == expected


# a clause modal between a continuation opener and its verb: still the item's bodies' task
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh yêu cầu Sở Xây dựng, UBND các huyện kiểm tra các công trình. Đồng thời phải xây dựng phương án xử lý.",
     [("DOC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None),
      ("DOC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Tài chính rà soát dự toán. Đồng thời cần hoàn thành báo cáo trước ngày 20/6/2025.",
     [("DOF", "assignee", "PPC", None), ("DOF", "assignee", "PPC", "2025-06-20")]),
    # look-alikes: a subject of its own after the opener, a reported statement
    ("UBND tỉnh yêu cầu Sở Xây dựng kiểm tra các công trình. Đồng thời, các doanh nghiệp phải hoàn thành hồ sơ.",
     [("DOC", "assignee", "PPC", None)]),
])
def test_a_continuation_with_a_modal_is_the_items_task(text, expected):
    assert _rows(text, "vi") == expected


# a passive's agent word before a body whose lead cue follows: the body leads the work told before the agent word
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao các nhiệm vụ: lập quy hoạch đô thị do Sở Xây dựng chủ trì, chuyển đổi số do Sở Khoa học và Công "
     "nghệ chủ trì.", [("DOC", "lead"), ("DOST", "lead")]),
    ("Đề án gồm ba phần: hạ tầng do Sở Giao thông vận tải chủ trì, nhân lực do Sở Nội vụ chủ trì thực hiện.",
     [("DOT", "lead"), ("DOHA", "lead")]),
    ("Nội dung đào tạo nghề do Sở Lao động - Thương binh và Xã hội chủ trì.", [("DOLISA", "lead")]),
    # look-alikes: a meeting's chair, a statement of how the led work stands, an issuer
    ("Hội nghị do Phó Chủ tịch UBND tỉnh chủ trì. Buổi làm việc do Sở Y tế chủ trì, có đại diện các huyện.", []),
    ("Nhiều thông tư do Bộ Tài chính chủ trì còn chậm được ban hành.", []),
    ("Các dự án do Sở Giao thông vận tải chủ trì đã hoàn thành.", []),
    ("Văn bản do Sở Tư pháp ban hành đã được gửi các huyện.", []),
    ("Do Sở Y tế chủ trì, phối hợp với các huyện.", []),
])
def test_a_passive_agent_before_its_lead_cue_leads_the_work(text, expected):
    assert _led(text, "vi") == expected


# the two centrally-run cities' culture and sports departments (Hà Nội, TP.HCM) are the culture departments
@pytest.mark.parametrize("text, expected", [
    ("UBND thành phố giao Sở Văn hóa và Thể thao tổ chức giải chạy.", [("DOCST", "assignee")]),
    ("UBND thành phố giao Sở VH-TT chủ trì tổ chức lễ hội đường phố.", [("DOCST", "lead")]),
    # look-alike: the full department's short name still reads whole
    ("UBND tỉnh giao Sở VH-TT&DL chủ trì tổ chức lễ hội.", [("DOCST", "lead")]),
])
def test_the_culture_and_sports_department_is_the_culture_department(text, expected):
    assert _led(text, "vi") == expected


# "là cơ quan đầu mối," then its work: the focal body leads it
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh vừa có chỉ đạo về lễ khởi công. Sở Xây dựng là cơ quan đầu mối, hướng dẫn và chủ trì rà soát hồ sơ.",
     [("DOC", "lead")]),
    ("Sở Công Thương là cơ quan đầu mối, theo dõi việc cung ứng hàng hóa dịp Tết.", [("DOIT", "lead")]),
    # look-alike: a standing description of the body, no comma and task after it
    ("Sở Y tế là cơ quan đầu mối của tỉnh về phòng, chống dịch, đã tiếp nhận 300 ca bệnh.", []),
])
def test_the_focal_body_named_with_its_work_leads_it(text, expected):
    assert _led(text, "vi") == expected


# an apposition after a dash whose name holds the compound "phòng, chống": its comma does not close the aside
@pytest.mark.parametrize("text, expected", [
    ("Phó Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Môi trường - Cơ quan thường trực phòng, chống thiên tai tỉnh chủ trì "
     "theo dõi tình hình rét hại.", [("DAE", "lead")]),
    ("UBND tỉnh giao Sở Y tế, cơ quan thường trực Ban Chỉ đạo phòng, chống dịch bệnh tỉnh, chủ trì giám sát ổ dịch.",
     [("DOH", "lead")]),
    # look-alike: a comma that closes the aside, the partner after it
    ("UBND tỉnh giao Sở Y tế - cơ quan thường trực, phối hợp với Công an tỉnh kiểm tra.",
     [("DOH", "assignee"), ("PPS", "coordinate")]),
])
def test_the_comma_of_phong_chong_does_not_close_an_apposition(text, expected):
    assert _led(text, "vi") == expected


# "UBND các huyện, thị xã" (and "…, thị, thành phố") is the district-level committees' one name: the list goes on after
# it, its partners after "và" read too
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với UBND các huyện, thị xã và các sở, ngành liên quan rà soát dự toán.",
     [("DOF", "lead"), ("DPC", "coordinate"), ("DEPARTMENTS", "coordinate")]),
    ("UBND tỉnh yêu cầu UBND các huyện, thị, thành phố kiểm tra các công trình.", [("DPC", "assignee")]),
    # look-alike: the district committees reported, no task
    ("UBND các huyện, thị xã đã hoàn thành việc rà soát.", []),
])
def test_the_districts_and_towns_committees_are_one_name(text, expected):
    assert _led(text, "vi") == expected


@pytest.mark.parametrize("text", [
    "Căn cứ đề án do Sở Nội vụ chủ trì xây dựng, tỉnh sẽ sắp xếp lại các phòng.",
    "Thực hiện kế hoạch do Sở Y tế chủ trì, các trạm y tế tiêm vắc xin cho trẻ.",
])
def test_a_cited_source_led_by_a_body_is_no_task(text):
    assert _led(text, "vi") == []
