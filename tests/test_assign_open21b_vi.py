"""Issue #13, Vietnamese assignment classes still open after round 21 (README "Open classes after round 21
(assignments)", `#### vi`), read from round 21's misses. New sentences written for these tests (not the pages'
sentences), one literal case a line, with the look-alikes that must stay out; English and French cases where the
class exists there."""
from __future__ import annotations

import pytest

from nlp.provinces import find_outlet_provinces
from tests.assign_cases import found


# ------------------------------------------------------------------ the province named only by the outlet's tag


@pytest.mark.parametrize("text, lang, expected", [
    ("(Baocaobang.vn) - Chủ tịch UBND tỉnh vừa giao các sở, ngành rà soát các công trình thủy lợi.", "vi",
     [("DEPARTMENTS@04", "assignee", "PPC@04")]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở.\nNguồn: baolongan.com.vn", "vi",
     [("DOH@80", "assignee", "PPC@80")]),
    ("(tintuc.travinh.gov.vn) The Provincial People's Committee requested the Department of Health to inspect the "
     "clinics.", "en", [("DOH@84", "assignee", "PPC@84")]),
    ("(Baothanhhoa.vn) - Le Comité populaire provincial a demandé au Service de la santé d'inspecter les cliniques.",
     "fr", [("DOH@38", "assignee", "PPC@38")]),
    # a province the text names is its own, before the outlet's
    ("(Baocaobang.vn) - Chủ tịch UBND tỉnh Lạng Sơn giao Sở Y tế kiểm tra các cơ sở.", "vi",
     [("DOH@20", "assignee", "PPC@20")]),
    # look-alikes: a national outlet, an e-mail address and a photo credit name no province
    ("(Chinhphu.vn) - Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở.", "vi", [("DOH", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở, phản ánh gửi về hopthu@travinh.gov.vn.", "vi",
     [("DOH", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở. Ảnh: travinh.gov.vn", "vi", [("DOH", "assignee", "PPC")]),
])
def test_the_outlet_credited_in_the_text_names_the_province(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, codes", [
    ("(Vinhlong.gov.vn) - Chủ tịch", ["86"]),
    ("(en.sonla.gov.vn) On the afternoon", ["14"]),
    ("Source : https://baophuyen.vn/xa-hoi/202505/", ["54"]),
    ("Theo baoquangninh.com.vn, tỉnh", ["22"]),
    ("(baria-vungtau.gov.vn)", ["77"]),
    # look-alikes: no province's name as the label, an address not credited
    ("(Baodautu.vn) - Bộ Tài chính", []),
    ("(VOV.VN) - Thủ tướng", []),
    ("Xem thêm tại vinhlong.gov.vn", []),
    ("Liên hệ: vanphong@vinhlong.gov.vn", []),
])
def test_outlet_provinces_finder(text, codes):
    assert [p.code for p in find_outlet_provinces(text)] == codes


# ------------------------------------------------------------------ "sở ngành" without a comma


@pytest.mark.parametrize("text, expected", [
    ("Quảng Bình yêu cầu loạt sở ngành rà soát các dự án chậm tiến độ.", [("DEPARTMENTS@44", "assignee", "PPC@44")]),
    ("UBND tỉnh Đồng Nai yêu cầu sở ngành liên quan khẩn trương rà soát.", [("DEPARTMENTS@75", "assignee", "PPC@75")]),
    ("UBND tỉnh Bình Phước giao sở ban ngành rà soát các dự án.", [("DEPARTMENTS@70", "assignee", "PPC@70")]),
    # look-alike: the departments' leaders attending are asked nothing
    ("Lãnh đạo sở ngành đã dự họp với UBND tỉnh Đồng Nai.", []),
])
def test_departments_written_without_a_comma(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ a headline after the site's chrome lines


@pytest.mark.parametrize("text, lang, expected", [
    ("Tin tức nhà đất\nĐang tải dữ liệu...\n\nBộ Y tế đề nghị UBND các tỉnh báo cáo kết quả tiêm chủng\n\n"
     "Ngày 3/3, Bộ Y tế đề nghị UBND các tỉnh, thành phố báo cáo kết quả tiêm chủng trong năm 2021.", "vi",
     [("PROVINCES", "assignee", "MOH")]),
    ("Bộ Y tế đề nghị UBND các tỉnh báo cáo kết quả tiêm chủng\n"
     "Ngày 3/3, Bộ Y tế đề nghị UBND các tỉnh, thành phố báo cáo kết quả tiêm chủng trong năm 2021.", "vi",
     [("PROVINCES", "assignee", "MOH")]),
    ("Real estate news\nLoading...\n\nMinistry of Health asks provincial People's Committees to report vaccination "
     "results\n\nOn March 3, the Ministry of Health asked the provincial People's Committees to report the vaccination "
     "results of 2021.", "en", [("PROVINCES", "assignee", "MOH")]),
    # look-alikes: a headline whose request the lead does not give again keeps its row; two requests in the body stay two
    ("Bộ Y tế đề nghị UBND các tỉnh báo cáo kết quả tiêm chủng\n"
     "Ngày 3/3, Bộ Y tế tổ chức hội nghị trực tuyến về công tác tiêm chủng trong năm 2021.", "vi",
     [("PROVINCES", "assignee", "MOH")]),
    ("Ngày 3/3, Bộ Y tế đề nghị UBND các tỉnh, thành phố báo cáo kết quả tiêm chủng trong năm 2021. Bộ Y tế đề nghị "
     "UBND các tỉnh kiểm tra các điểm tiêm.", "vi", [("PROVINCES", "assignee", "MOH"), ("PROVINCES", "assignee", "MOH")]),
])
def test_a_headline_the_lead_asks_again_gives_no_row(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a working group's title after the asker's name


@pytest.mark.parametrize("text, lang, expected", [
    ("Phó Thủ tướng Lê Văn Thành, Tổ trưởng Tổ công tác Chính phủ yêu cầu Bộ Giao thông vận tải rà soát các dự án.",
     "vi", [("MOT", "assignee", "DPM")]),
    ("Bộ trưởng Bộ Tài chính, Tổ trưởng Tổ công tác của Thủ tướng yêu cầu Bộ Xây dựng báo cáo kết quả.", "vi",
     [("MOC", "assignee", "MOF")]),
    ("Deputy Prime Minister Tran Hong Ha, head of the Government working group, asked the Ministry of Transport to "
     "review the projects.", "en", [("MOT", "assignee", "DPM")]),
    ("Le vice-Premier ministre Tran Hong Ha, chef du groupe de travail du gouvernement, a demandé au ministère des "
     "Transports d'examiner les projets.", "fr", [("MOT", "assignee", "DPM")]),
    # look-alikes: the Government itself asking stays the Government
    ("Chính phủ yêu cầu Bộ Giao thông vận tải rà soát các dự án.", "vi", [("MOT", "assignee", "GOV")]),
    ("The Government asked the Ministry of Transport to review the projects.", "en", [("MOT", "assignee", "GOV")]),
])
def test_a_working_groups_title_after_the_askers_name(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a subjectless request after a request


@pytest.mark.parametrize("text, expected", [
    ("Bộ Y tế đề nghị UBND các tỉnh báo cáo kết quả tiêm chủng trong năm 2021.\n\nĐề nghị UBND các tỉnh gửi báo cáo "
     "về Bộ Y tế trước ngày 30/3/2022.", [("PROVINCES", "assignee", "MOH"), ("PROVINCES", "assignee", "MOH")]),
    ("Bộ Công Thương đề nghị Sở Công Thương Hà Nội kiểm tra các cửa hàng. Đề nghị Sở Công Thương Hà Nội báo cáo kết "
     "quả trước ngày 15/5.", [("DOIT@01", "assignee", "MOIT"), ("DOIT@01", "assignee", "MOIT")]),
    # look-alike: a subjectless request after a sentence with no request keeps no asker
    ("Bộ Y tế tổ chức hội nghị về tiêm chủng. Đề nghị UBND các tỉnh gửi báo cáo về Bộ Y tế trước ngày 30/3/2022.",
     [("PROVINCES", "assignee", None)]),
])
def test_a_subjectless_request_goes_on_with_the_asker_before(text, expected):
    assert found(text, "vi") == expected
