"""Round 38b (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it (they read it already: checked here so they stay so)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2020-03-14")


# the labour department (and ministry) written with a comma in place of the hyphen ('Sở Lao động, Thương binh và Xã
# hội'): the same body as written with the hyphen, a list going on after it
@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát các chính sách. Sở Lao động, Thương binh và Xã hội rà soát, "
     "tham mưu UBND tỉnh chỉ đạo thực hiện các chính sách hỗ trợ người lao động.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DOLISA", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Tài chính, Sở Lao động, Thương binh và Xã hội, Sở Y tế rà soát chính sách hỗ trợ.",
     [("DOF", "assignee", "PPC", None), ("DOLISA", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Lao động, Thương binh và Xã hội chủ trì, phối hợp với Sở Y tế rà soát chính sách hỗ trợ.",
     [("DOLISA", "lead", "PPC", None), ("DOH", "coordinate", "PPC", None)]),
    ("Thủ tướng giao Bộ Lao động, Thương binh và Xã hội chủ trì rà soát chính sách hỗ trợ người lao động.",
     [("MOLISA", "lead", "PM", None)]),
    ("The Prime Minister assigned the Ministry of Labour, Invalids and Social Affairs to review the support policies.",
     [("MOLISA", "assignee", "PM", None)]),
    # look-alike: the department's short name 'Sở Lao động' alone in a list is no name of the table (as before)
    ("UBND tỉnh giao Sở Lao động, Sở Y tế rà soát chính sách hỗ trợ.", [("DOH", "assignee", "PPC", None)]),
])
def test_labour_department_written_with_a_comma(text, expected):
    lang = "en" if text.startswith("The ") else "vi"
    assert _rows(text, lang) == expected


# 'gởi' (the southern spelling of 'gửi', to send) before a letter's addressees: they are asked as after 'gửi'; and the
# district-level units listed bare with 'thị' for 'thị xã' ('các huyện, thị, thành phố') are the district committees
@pytest.mark.parametrize("text, expected", [
    ("Phó Chủ tịch UBND tỉnh vừa ký văn bản gởi các Sở Nội vụ, Tài chính và UBND các huyện yêu cầu rà soát việc bố "
     "trí giáo viên mầm non.",
     [("DOHA", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh đã có văn bản gởi Sở Y tế yêu cầu kiểm tra các bếp ăn tập thể.",
     [("DOH", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu các huyện, thị, thành phố rà soát việc bố trí giáo viên mầm non.",
     [("DPC", "assignee", "PPC", None)]),
    ("Phó Chủ tịch UBND tỉnh vừa ký văn bản gởi các Sở Nội vụ, Giáo dục & Đào tạo và các huyện, thị, thành phố yêu "
     "cầu rà soát việc bố trí giáo viên.",
     [("DOHA", "assignee", "PPC", None), ("DOET", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    # look-alikes: what a body sends is no request of its addressee ('gởi báo cáo về'), a letter sent up to the Prime
    # Minister asks no one
    ("Sở Y tế gởi báo cáo về UBND tỉnh trước ngày 15/4/2020.", []),
    ("UBND tỉnh đã có văn bản gởi Thủ tướng Chính phủ xin chủ trương hỗ trợ giáo viên.", []),
])
def test_letter_sent_with_the_southern_spelling_and_bare_town_level(text, expected):
    assert _rows(text, "vi") == expected


# 'UBND các địa phương' in a province's sentence opened by a fronted phrase naming a central body as its source
# ('Thực hiện công điện hỏa tốc của Thủ tướng Chính phủ, UBND tỉnh … chỉ đạo … UBND các địa phương …'): the province's
# district committees, as after 'Thực hiện chỉ đạo của …' (round 27b); English and French read it so already
@pytest.mark.parametrize("text, lang, expected", [
    ("Thực hiện công điện hỏa tốc của Thủ tướng Chính phủ, UBND tỉnh vừa có văn bản chỉ đạo các sở, ngành và UBND các "
     "địa phương tiếp tục triển khai các biện pháp phòng chống hạn hán.", "vi",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu UBND các địa phương tiếp tục "
     "triển khai các biện pháp.", "vi", [("DPC", "assignee", "PPC", None)]),
    ("Thực hiện công văn của Bộ Y tế, UBND tỉnh yêu cầu các sở, ngành, UBND các địa phương tăng cường kiểm tra an toàn "
     "thực phẩm.", "vi", [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("In implementation of the Prime Minister's dispatch, the provincial People's Committee directed departments and "
     "the People's Committees of localities to continue the measures.", "en",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("En application du télégramme du Premier ministre, le Comité populaire provincial a demandé aux comités "
     "populaires des localités de poursuivre les mesures.", "fr", [("DPC", "assignee", "PPC", None)]),
    # look-alikes: a ministry asking after the fronted phrase (the localities are no province's districts), bare
    # localities of a province (no body of the table), the Prime Minister asking the provinces after it
    ("Thực hiện công điện của Thủ tướng, Bộ Y tế yêu cầu UBND các địa phương tiếp tục triển khai các biện pháp.",
     "vi", []),
    ("Thực hiện công điện của Thủ tướng, UBND tỉnh chỉ đạo các địa phương tiếp tục triển khai các biện pháp.",
     "vi", []),
    ("Thực hiện công điện của Thủ tướng, UBND các tỉnh phải triển khai ngay các biện pháp phòng chống hạn hán.",
     "vi", [("PROVINCES", "assignee", "PM", None)]),
])
def test_localities_committees_after_a_fronted_central_source(text, lang, expected):
    assert _rows(text, lang) == expected


# the Government's leader who alone asked before (the Deputy Prime Minister, the Prime Minister) asks the national
# bodies a later sentence tasks without an asker, where only the headline names the Government ('Chính phủ yêu cầu
# …'): not the Government (English and French read it so already)
@pytest.mark.parametrize("text, lang, expected", [
    ("Chính phủ yêu cầu bình ổn giá thịt lợn\nPhó Thủ tướng giao Bộ NNPTNT chủ trì đánh giá tình hình cung cầu.\n"
     "Các Bộ phải có kịch bản ổn định giá cả. Tổng cục Thống kê chủ trì đánh giá tác động của giá thịt lợn.", "vi",
     [("MARD", "lead", "DPM", None), ("MINISTRIES", "assignee", "DPM", None), ("GSO", "lead", "DPM", None)]),
    ("Chính phủ yêu cầu bình ổn giá thịt lợn\nThủ tướng giao Bộ Công Thương chủ trì đánh giá tình hình cung cầu.\n"
     "Các địa phương phải có kịch bản ổn định giá cả.", "vi",
     [("MOIT", "lead", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("Government asks to stabilise pork prices\nDeputy Prime Minister Vuong Dinh Hue assigned the Ministry of "
     "Agriculture and Rural Development to assess the supply of pork.\nMinistries must have scenarios to stabilise "
     "prices.", "en", [("MARD", "assignee", "DPM", None), ("MINISTRIES", "assignee", "DPM", None)]),
    ("Le gouvernement demande de stabiliser les prix du porc\nLe vice-Premier ministre Vuong Dinh Hue a chargé le "
     "ministère de l'Agriculture et du Développement rural d'évaluer l'offre de porc.\nLes ministères doivent avoir "
     "des scénarios pour stabiliser les prix.", "fr",
     [("MARD", "assignee", "DPM", None), ("MINISTRIES", "assignee", "DPM", None)]),
    # look-alikes: the Government itself asking in the body keeps the Government; a ministry's statement is no task
    ("Chính phủ yêu cầu bình ổn giá thịt lợn\nChính phủ giao Bộ Công Thương chủ trì đánh giá tình hình cung cầu.\n"
     "Các Bộ phải có kịch bản ổn định giá cả.", "vi",
     [("MOIT", "lead", "GOV", None), ("MINISTRIES", "assignee", "GOV", None)]),
    ("Chính phủ yêu cầu bình ổn giá thịt lợn\nPhó Thủ tướng giao Bộ NNPTNT chủ trì đánh giá tình hình cung cầu.\n"
     "Bộ Tài chính cho biết sẽ có kịch bản ổn định giá cả.", "vi", [("MARD", "lead", "DPM", None)]),
])
def test_government_leader_asks_after_a_headline_naming_the_government(text, lang, expected):
    assert _rows(text, lang) == expected


# a page's headline printed again lower down, word for word on a line of its own (a photo's title under the lead):
# the province named bare as its subject, asked by no one, is still the headline summing the story up, no row (round
# 34b's rule for the headline at the top)
@pytest.mark.parametrize("text, lang, expected", [
    ("Hà Tĩnh chủ động ứng phó nguy cơ hạn hán\nChủ tịch UBND tỉnh Hà Tĩnh chỉ đạo các địa phương bố trí đủ người để "
     "mở nước, nhận nước kịp thời.\nTheo dự báo, nguy cơ hạn hán kéo dài trong nhiều tháng tới.\nHà Tĩnh chủ động ứng "
     "phó nguy cơ hạn hán\nTrước mắt, các địa phương bố trí đủ người.", "vi", []),
    ("Ha Tinh proactively responds to drought\nThe Chairman of Ha Tinh Provincial People's Committee directed "
     "localities to arrange enough staff to open water in time.\nAccording to the forecast, the drought may last for "
     "months.\nHa Tinh proactively responds to drought\nLocalities arrange enough staff.", "en",
     [("DPC@42", "assignee", "PPC@42", None)]),
    # look-alike: a line with no stop lower down that is no headline printed again keeps its request
    ("Hà Tĩnh chủ động ứng phó nguy cơ hạn hán\nChủ tịch UBND tỉnh Hà Tĩnh chỉ đạo các địa phương bố trí đủ người để "
     "mở nước, nhận nước kịp thời.\nTheo dự báo, nguy cơ hạn hán kéo dài trong nhiều tháng tới.\nChủ tịch UBND tỉnh "
     "yêu cầu Sở Nông nghiệp và Phát triển nông thôn chủ động ứng phó nguy cơ hạn hán\nTrước mắt, các địa phương bố "
     "trí đủ người.", "vi", [("DARD@42", "assignee", "PPC@42", None)]),
])
def test_headline_printed_again_below_the_lead(text, lang, expected):
    assert _rows(text, lang) == expected
