"""Round 32's Vietnamese open classes (assignments, not blind; issue #13, stop 40): the classes rounds 32 and 32b vi left
open, fixed as classes in every language where they are written, and the blind annotators' readings the lead confirmed,
each checked with new sentences (none of the pages') and look-alikes that must keep the old reading.

1. A province named right after a named unit (``Huyện Tân Hưng, tỉnh Long An …``, ``Tan Hung district, Long An
   province …``) only says where the unit is: no row of the province's committee
   (``mentions.without_provinces_placing_units``).
2. A pronoun with the given name alone before an emphasis (``Ông Tuấn nhấn mạnh, …``): the body whose post the text named
   right before the one full name ending with that given name (``askers._body_of_one_person_with_given_name``).
3. ``có kế hoạch`` after collective subjects opening their clause in a directive text (``Các tỉnh, thành phố … có kế
   hoạch tổ chức chiến dịch …`` in a dispatch): their duty (cues.json's optional ``collective_subject_weak``); a single
   body's plan, a past plan and a plan reported in a text that directs no one stay out.
4. The readings the lead confirmed in stop 40 (docs/quality.md's conventions list), which the extractor already gives:
   a subjectless continuation after a body outside the table, a ministry's earlier letter cited with its topic and
   its time limit, a chairman's window naming no body, a bare sector of a national text.
"""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-05-10")


@pytest.mark.parametrize("text, lang, expected", [
    # 1. the province places the named unit before it: no task of the province's committee
    # (the district itself, opening its clause with a strong cue, is its committee, as in English: the lead's call of
    # stop 40, read since stop 41, tests/test_assign_left33vien.py)
    ("Chỉ thị về chuyển đổi số cấp xã. Huyện Tân Hưng, tỉnh Long An phải đẩy mạnh chuyển đổi số trong năm nay.", "vi",
     [("DPC@80", "assignee", None)]),
    # (the bracketed province and the town after the fronted direction's committee are read since stop 42:
    # tests/test_assign_left34vien.py; no row of the province's committee, still)
    ("Công văn số 12/UBND về cải cách hành chính. Huyện Đắk Glong (tỉnh Đắk Nông) cần rà soát thủ tục hành chính.", "vi",
     [("DPC@67", "assignee", None)]),
    ("Thực hiện chỉ đạo của UBND tỉnh, thị xã Kiến Tường, tỉnh Long An cần đẩy mạnh cải cách hành chính.", "vi",
     [("DPC@80", "assignee", "PPC@80")]),
    ("The directive on digital transformation. Tan Hung district, Long An province must step up digital "
     "transformation this year.", "en", [("DPC@80", "assignee", None)]),
    ("The directive on digital transformation. The People's Committee of Tan Hung district, Long An province must step "
     "up digital transformation this year.", "en", [("DPC@80", "assignee", None)]),
    # look-alikes: the unit's committee named in full; the province as a subject of its own; two bodies asked
    ("Chỉ thị về chuyển đổi số cấp xã. UBND huyện Tân Hưng, tỉnh Long An phải đẩy mạnh chuyển đổi số trong năm nay.",
     "vi", [("DPC@80", "assignee", None)]),
    ("Chỉ thị về chuyển đổi số cấp xã. Tỉnh Long An phải đẩy mạnh chuyển đổi số trong năm nay.", "vi",
     [("PPC@80", "assignee", None)]),
    ("Công văn yêu cầu huyện Tân Hưng và tỉnh Long An phải đẩy mạnh chuyển đổi số trong năm nay.", "vi",
     [("DPC@80", "assignee", None), ("PPC@80", "assignee", None)]),
    ("The directive on digital transformation. Long An province must step up digital transformation this year.", "en",
     [("PPC@80", "assignee", None)]),
    ("Le document exige. Le Comité populaire du district de Tan Hung, province de Long An, doit intensifier la "
     "transformation numérique.", "fr", [("DPC@80", "assignee", None)]),
])
def test_province_placing_a_named_unit_is_no_body(text, lang, expected):
    assert _rows(text, lang) == expected


LED = "Phó Chủ tịch UBND huyện Tân Hưng, tỉnh Long An Lê Minh Tuấn chủ trì hội nghị sơ kết cải cách hành chính. "


@pytest.mark.parametrize("text, lang, expected", [
    # 2. the given name alone after the pronoun, the full name posted once before
    (LED + "Ông Tuấn nhấn mạnh, các xã, thị trấn cần khẩn trương rà soát thủ tục hành chính.", "vi",
     [("CPC@80", "assignee", "DPC@80")]),
    ("Giám đốc Sở Y tế tỉnh Long An Nguyễn Thị Thanh Hà dự hội nghị phòng chống dịch. Bà Hà nhấn mạnh, để kiểm soát "
     "dịch, UBND các xã cần tăng cường giám sát.", "vi", [("CPC@80", "assignee", "DOH@80")]),
    # look-alikes: two persons share the given name; the full name given no post; another given name
    (LED + "Ông Trần Văn Tuấn, người dân xã Hưng Hà, phát biểu ý kiến. Ông Tuấn nhấn mạnh, các xã, thị trấn cần khẩn "
     "trương rà soát thủ tục hành chính.", "vi", [("CPC@80", "assignee", None)]),
    ("Ông Lê Minh Tuấn cho biết năm nay còn nhiều việc. Ông Tuấn nhấn mạnh, các xã, thị trấn cần khẩn trương rà soát "
     "thủ tục hành chính.", "vi", [("CPC", "assignee", None)]),
    (LED + "Ông Hùng nhấn mạnh, các xã, thị trấn cần khẩn trương rà soát thủ tục hành chính.", "vi",
     [("CPC@80", "assignee", None)]),
])
def test_given_name_alone_stresses_for_the_one_posted_person(text, lang, expected):
    assert _rows(text, lang) == expected


DISPATCH = "Thủ tướng Chính phủ ký Công điện số 23/CĐ-TTg yêu cầu Bộ Y tế đẩy nhanh tiêm chủng. "
DIRECTION = "Chủ tịch UBND tỉnh Long An yêu cầu Sở Y tế rà soát số trẻ chưa tiêm. "


@pytest.mark.parametrize("text, expected", [
    # 3. collectives' plan in a directive text: their duty
    (DISPATCH + "Các tỉnh, thành phố trực thuộc Trung ương có kế hoạch tổ chức chiến dịch tiêm vaccine phòng sởi.",
     [("MOH", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    (DIRECTION + "UBND các huyện, thị xã, thành phố có kế hoạch tổ chức tiêm vaccine cho trẻ em.",
     [("DOH@80", "assignee", "PPC@80"), ("DPC@80", "assignee", "PPC@80")]),
    # look-alikes: a plan reported in a text that directs no one, a past plan, a single body's plan, an opener of time
    ("Theo báo cáo của ngành y tế, các tỉnh, thành phố có kế hoạch tổ chức chiến dịch tiêm vaccine phòng sởi.", []),
    (DISPATCH + "Các tỉnh, thành phố đã có kế hoạch tổ chức chiến dịch tiêm vaccine.", [("MOH", "assignee", "PM")]),
    (DISPATCH + "UBND tỉnh Long An có kế hoạch tổ chức chiến dịch tiêm vaccine.", [("MOH", "assignee", "PM")]),
    (DIRECTION + "Sở Giáo dục và Đào tạo có kế hoạch tổ chức kỳ thi vào tháng 6.", [("DOH@80", "assignee", "PPC@80")]),
    (DISPATCH + "Hiện nay, các tỉnh, thành phố có kế hoạch tổ chức chiến dịch tiêm vaccine.", [("MOH", "assignee", "PM")]),
    (DISPATCH + "Các tỉnh, thành phố cho biết có kế hoạch tổ chức chiến dịch tiêm vaccine.", [("MOH", "assignee", "PM")]),
])
def test_collectives_plan_in_a_directive_text_is_their_duty(text, expected):
    assert _rows(text, "vi") == expected


_dated = rows_reader("agency_id", "assigned_by", "deadline", published="2025-05-10")


@pytest.mark.parametrize("text, lang, expected", [
    # 4. a subjectless continuation after a body outside the table (fuel stores): no row
    ("UBND tỉnh Thanh Hóa giao Sở Công Thương tăng cường kiểm tra thị trường xăng dầu. Các cửa hàng bán lẻ xăng dầu "
     "phải duy trì bán hàng liên tục. Đồng thời, chủ động theo dõi khu vực có nguy cơ thiếu hàng trước ngày 30/6/2025.",
     "vi", [("DOIT@38", "PPC@38", None)]),
    ("The Thanh Hoa Provincial People's Committee assigned the Department of Industry and Trade to step up inspections. "
     "Retail fuel stores must keep selling without interruption. At the same time, monitor areas at risk of shortages "
     "before June 30, 2025.", "en", [("DOIT@38", "PPC@38", None)]),
    ("Le Comité populaire de la province de Thanh Hoa a chargé le Service de l'industrie et du commerce de renforcer "
     "les inspections. Les stations-service doivent maintenir leurs ventes. Dans le même temps, surveiller les zones à "
     "risque de pénurie avant le 30 juin 2025.", "fr", [("DOIT@38", "PPC@38", None)]),
    # look-alike: the department's own continuation keeps its date
    ("UBND tỉnh Thanh Hóa giao Sở Công Thương tăng cường kiểm tra thị trường xăng dầu. Đồng thời, chủ động theo dõi khu "
     "vực có nguy cơ thiếu hàng trước ngày 30/6/2025.", "vi", [("DOIT@38", "PPC@38", "2025-06-30")]),
    # a ministry's earlier letter cited with its addressees, its topic and its time limit: no task
    ("Bộ Y tế vừa tổng kết công tác tiêm chủng năm 2024. Ngày 09/02/2025, Bộ Y tế đã có Công văn số 512/BYT-KH gửi UBND "
     "các tỉnh, thành phố về việc đánh giá công tác tiêm chủng, thời hạn gửi về Bộ Y tế trước ngày 20/02/2025.", "vi", []),
    # a chairman's window naming no body: the request before keeps no date
    ("UBND tỉnh Thanh Hóa ban hành văn bản chỉ đạo các sở, ngành khắc phục hậu quả thiên tai. Chủ tịch UBND tỉnh yêu cầu "
     "tập trung huy động lực lượng dọn dẹp trường lớp, hoàn thành trong tháng 8 năm 2025.", "vi",
     [("DEPARTMENTS@38", "PPC@38", None)]),
    ("The Thanh Hoa Provincial People's Committee directed departments to overcome the consequences of the disaster. "
     "The Chairman of the Provincial People's Committee requested mobilizing forces to clean schools, to be completed in "
     "August 2025.", "en", [("DEPARTMENTS@38", "PPC@38", None)]),
    # a bare sector of a national text is no body of the table
    ("Thủ tướng yêu cầu Bộ Y tế bảo đảm đủ vaccine. Ngành y tế cần đẩy nhanh tiến độ tiêm chủng, kết thúc chiến dịch "
     "trước ngày 31/3/2025.", "vi", [("MOH", "PM", None)]),
    ("The Prime Minister asked the Ministry of Health to ensure enough vaccines. The health sector must speed up "
     "vaccination and finish the campaign before March 31, 2025.", "en", [("MOH", "PM", None)]),
    ("Le Premier ministre a demandé au ministère de la Santé d'assurer les vaccins. Le secteur de la santé doit "
     "accélérer la vaccination avant le 31 mars 2025.", "fr", [("MOH", "PM", None)]),
])
def test_readings_confirmed_in_stop_40(text, lang, expected):
    assert _dated(text, lang) == expected
