"""Issue #13, round 8's error classes (blind round ``vi:heldout8`` on real public pages, two thirds of them
provincial): the short and bare forms of the district committees, a province's units inside a list of its
bodies, a paragraph going on with a request ("Song song đó, …"), the provincial committee as the text's
authority where a national one is only cited, the committee issuing a document (not tasked), a province's
localities after its departments, the ministries a colon lists bare ("Bộ trưởng các Bộ: Quốc phòng, …"), a
range of places between a body and its cue. New sentences written for these tests, one literal case a line,
in each language where the class exists, with the look-alikes that must stay out (or in)."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ forms of the district committees


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh yêu cầu UBND các huyện, thành, thị rà soát danh sách hộ nghèo.", "vi",
     [("DPC", "assignee", "PPC")]),
    ("UBND tỉnh giao UBND huyện, thị xã, thành phố kiểm tra các công trình thủy lợi.", "vi",
     [("DPC", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh yêu cầu Ủy ban nhân dân các huyện, thị xã, thành phố Huế và các Sở, ban, ngành tổ chức trực Tết.", "vi",
     [("DPC@46", "assignee", "PPC@46"), ("DEPARTMENTS@46", "assignee", "PPC@46")]),
    # a province's units between its bodies do not break the list
    ("UBND tỉnh yêu cầu các sở, ban, ngành, đơn vị cấp tỉnh, UBND các huyện, thành, thị bố trí lịch trực.", "vi",
     [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    # one named district's committee is a district-level committee (round 11's reading; round 8 had left it out)
    ("UBND tỉnh giao UBND huyện Cam Lâm kiểm tra các công trình thủy lợi.", "vi", [("DPC@56", "assignee", "PPC@56")]),
])
def test_forms_of_the_district_committees(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a paragraph going on with the request


@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu Sở Y tế triển khai tiêm vắc xin.\n\nSong song đó, Sở Giáo dục và Đào tạo tổ chức "
     "tuyên truyền trong trường học.", "vi",
     [("DOH", "assignee", "PPC"), ("DOET", "assignee", "PPC")]),
    # the paragraph goes on with the committee's request where the Prime Minister is only cited
    ("Chủ tịch UBND tỉnh yêu cầu Sở Y tế triển khai Công điện của Thủ tướng Chính phủ.\n\nSong song đó, Sở Y tế, "
     "UBND các huyện, thị xã, thành phố tổ chức các đoàn kiểm tra.", "vi",
     [("DOH", "assignee", "PPC"), ("DOH", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    # look-alike: a department that reports is no task
    ("Chủ tịch UBND tỉnh yêu cầu Sở Y tế triển khai tiêm vắc xin.\n\nSong song đó, Sở Giáo dục và Đào tạo cho biết "
     "đã tuyên truyền trong trường học.", "vi",
     [("DOH", "assignee", "PPC")]),
])
def test_a_paragraph_goes_on_with_the_request(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the provincial committee as the authority


@pytest.mark.parametrize("text, lang, expected", [
    # the Prime Minister is only cited (his telegram) and sent reports: the committee asks, its plain-verb
    # paragraphs go on with its request
    ("Thực hiện Công điện số 12/CĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các sở, ban, ngành trực Tết.\n\n"
     "Công an tỉnh chủ trì bảo đảm trật tự an toàn xã hội.\n\nSở Tài chính tổng hợp, báo cáo Thủ tướng Chính phủ.", "vi",
     [("DEPARTMENTS", "assignee", "PPC"), ("PPS", "lead", "PPC"), ("DOF", "assignee", "PPC")]),
    # look-alike: where the Prime Minister directs, he stays the authority
    ("Thủ tướng Chính phủ yêu cầu các bộ, ngành trực Tết.\n\nBộ Công an chủ trì bảo đảm trật tự an toàn xã hội.", "vi",
     [("MINISTRIES", "assignee", "PM"), ("MPS", "lead", "PM")]),
    # round 8b: the letter as the subject of the request ("Công văn yêu cầu …") stands for its issuer
    ("Chủ tịch UBND tỉnh vừa ban hành Công văn số 31/UBND-KTN yêu cầu Sở Y tế kiểm tra các phòng khám.\n\n"
     "Công văn yêu cầu chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo phòng y tế kiểm tra.", "vi",
     [("DOH", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
])
def test_the_provincial_committee_directs_where_a_national_authority_is_only_cited(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the committee issuing a document


@pytest.mark.parametrize("text, lang, expected", [
    ("Ngày 12/3/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về phòng, chống thiên tai.", "vi", []),
    # in a text that directs, too
    ("Phó Chủ tịch UBND tỉnh giao Sở Tư pháp rà soát thủ tục chứng thực.\nNgày 12/3/2024, UBND tỉnh ban hành Kế hoạch "
     "số 45/KH-UBND về phòng, chống thiên tai.", "vi",
     [("DOJ", "assignee", "PPC")]),
    ("Ngày 12/3/2024, UBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND về phòng, chống thiên tai.", "vi", []),
    # look-alike: the committee issues and assigns: the department is tasked
    ("Ngày 12/3/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND, giao Sở Nông nghiệp và Môi trường chủ trì thực hiện.", "vi",
     [("DAE", "lead", "PPC")]),
    # look-alike: a department issuing guidance in a directive is still tasked
    ("Chủ tịch UBND tỉnh kết luận như sau:\n- Sở Xây dựng ban hành hướng dẫn về giá vật liệu.", "vi",
     [("DOC", "assignee", "PPC")]),
    # the same in the other languages (these held before round 8 as well: guards of the rule, not its evidence)
    ("The Deputy Prime Minister assigned the Ministry of Justice to review the procedures. On 12 March 2024, the "
     "provincial People's Committee issued Plan No. 45 on disaster prevention.", "en", [("MOJ", "assignee", "DPM")]),
    ("Le vice-Premier ministre a chargé le ministère de la Justice de revoir les procédures. Le 12 mars 2024, le Comité "
     "populaire provincial a publié le plan n° 45 sur la prévention des catastrophes.", "fr", [("MOJ", "assignee", "DPM")]),
    ("Vice premiärministern gav justitieministeriet i uppdrag att se över rutinerna. Den 12 mars 2024 utfärdade "
     "provinsens folkkommitté plan nr 45 om katastrofskydd.", "sv", [("MOJ", "assignee", "DPM")]),
])
def test_the_provincial_committee_issuing_a_document_is_not_tasked(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a province's localities


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh yêu cầu các sở, ban, ngành và các địa phương tăng cường kiểm tra an toàn thực phẩm.", "vi",
     [("DEPARTMENTS", "assignee", "PPC")]),
    # look-alike: the ministries and the localities of the Prime Minister's request are the provinces
    ("Thủ tướng yêu cầu các bộ, ngành và các địa phương tăng cường kiểm tra an toàn thực phẩm.", "vi",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
])
def test_a_provinces_localities_after_its_departments_are_not_the_provinces(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ ministries a colon lists bare


@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tướng chỉ đạo ứng phó mưa lũ.\n\nBộ trưởng các Bộ: Tài chính, Xây dựng, Công Thương chủ động bố trí nguồn lực.", "vi",
     [("MOF", "assignee", "PM"), ("MOC", "assignee", "PM"), ("MOIT", "assignee", "PM")]),
    # the chairmen after the party secretaries go on with the list
    ("Thủ tướng chỉ đạo ứng phó mưa lũ.\n\nBộ trưởng các Bộ: Y tế, Giáo dục và Đào tạo; Bí thư, Chủ tịch UBND các tỉnh, "
     "thành phố tập trung khắc phục hậu quả.", "vi",
     [("MOH", "assignee", "PM"), ("MOET", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alike: a colon before the task, no names: all the ministries
    ("Thủ tướng yêu cầu các bộ: khẩn trương rà soát danh mục dự án.", "vi", [("MINISTRIES", "assignee", "PM")]),
])
def test_ministries_listed_bare_after_a_colon(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a range of places before the cue


@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tướng chỉ đạo ứng phó bão.\n\nChủ tịch UBND các tỉnh, thành phố từ Thanh Hóa đến Quảng Ngãi khẩn trương sơ "
     "tán người dân.", "vi",
     [("PROVINCES", "assignee", "PM")]),
    # look-alike: a range of time before a past verb is a report
    ("Bộ Xây dựng từ năm 2020 đến nay đã cấp 300 giấy phép.", "vi", []),
])
def test_a_range_of_places_between_a_body_and_its_cue(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a person asked to direct (round 8b)


@pytest.mark.parametrize("text, lang, expected", [
    # a Deputy Prime Minister with a name of three words and an adverb before the verb of directing: a person, no body
    ("Thủ tướng phân công Phó Thủ tướng Lê Minh Khái trực tiếp chỉ đạo việc hoàn thiện hai dự thảo.", "vi", []),
    # look-alike: the body the person is to direct is tasked
    ("Thủ tướng phân công Phó Thủ tướng Lê Minh Khái trực tiếp chỉ đạo Bộ Tài chính hoàn thiện dự thảo.", "vi",
     [("MOF", "assignee", "DPM")]),
])
def test_a_person_asked_to_direct_is_not_tasked(text, lang, expected):
    assert found(text, lang) == expected
