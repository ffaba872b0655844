"""Round 22b (blind, real public pages), Vietnamese, English and French: the province of a People's Committee's or
Council's document named by the place of its own header (`Số: 97/NQ-HĐND | Hà Giang, ngày …`) or written with its
designator after the document in a legal database's related list (`Quyết định 672/QĐ-UBND phê duyệt … huyện Sơn Động,
tỉnh Bắc Giang`); a law's number written with hyphens (`N° 13-1999-QH10`); the French `loi sur les entreprises
publiques`; a type-word repeat in a consolidated text (`Số: 1/VBHN-BNV`, `Nghị định này`). Literal cases written for
this file (no sentence of the round's pages) and look-alikes. README "Round 22b (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _ids(text, lang):
    return [r.id for r in find_references(text, lang=lang, published="2024-07-10")]


# two provinces named elsewhere in each text: "the only province the text names" decides nothing
OTHERS = {"vi": "Đoàn công tác của tỉnh Nghệ An và thành phố Hải Phòng đã làm việc.",
          "en": "Delegations of Nghe An province and Hai Phong city attended.",
          "fr": "Des délégations de la province de Nghe An et de la ville de Hai Phong étaient présentes."}


@pytest.mark.parametrize("text, lang, expected", [
    ("- 1Quyết định 15/QĐ-UBND phê duyệt điều chỉnh Kế hoạch sử dụng đất năm 2023 huyện Lục Nam, tỉnh Bắc Giang\n", "vi",
     ["15/QĐ-UBND@24"]),
    ("- 2Nghị quyết 31/NQ-HĐND năm 2023 thông qua Kế hoạch đầu tư công (2021-2025) thành phố Đà Nẵng\n", "vi",
     ["31/NQ-HĐND@48"]),
    ("Decision 15/QD-UBND approving the adjusted land use plan for 2023 of Luc Nam district, Bac Giang province.\n", "en",
     ["15/QĐ-UBND@24"]),
    ("La décision 15/QD-UBND approuvant le plan d'utilisation des terres du district de Luc Nam, province de Bac Giang.\n",
     "fr", ["15/QĐ-UBND@24"]),
    # look-alikes: the province without its designator, or after another document, names none
    ("- 1Quyết định 15/QĐ-UBND phê duyệt điều chỉnh Kế hoạch sử dụng đất của Lục Nam, Bắc Giang\n", "vi", ["15/QĐ-UBND"]),
    ("Quyết định 15/QĐ-UBND căn cứ Nghị định 9/2020/NĐ-CP về hỗ trợ thành phố Đà Nẵng.\n", "vi",
     ["15/QĐ-UBND", "9/2020/NĐ-CP"]),
    ("Decision 15/QD-UBND under Decree 9/2020/ND-CP on support for Da Nang City.\n", "en", ["15/QĐ-UBND", "9/2020/NĐ-CP"]),
    ("- 3Nghị quyết 31/NQ-HĐND năm 2023 về chủ trương hợp nhất tỉnh Bắc Giang và tỉnh Bắc Ninh\n", "vi", ["31/NQ-HĐND"]),
    ("Resolution 31/NQ-HDND of 2023 on merging Bac Giang province and Bac Ninh province.\n", "en", ["31/NQ-HĐND"]),
])
def test_province_written_with_its_designator_after_a_local_document(text, lang, expected):
    assert _ids(text + OTHERS[lang], lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 45/NQ-HĐND | Lào Cai, ngày 12 tháng 3 năm 2024 |\n"
     "VỀ VIỆC THÔNG QUA KẾ HOẠCH ĐẦU TƯ CÔNG\n", "vi", [("45/NQ-HĐND@10", "2024-03-12")]),
    ("THE PEOPLE'S COUNCIL\nNo. 45/NQ-HDND | Lao Cai, March 12, 2024 |\nRESOLUTION ON THE PUBLIC INVESTMENT PLAN\n", "en",
     [("45/NQ-HĐND@10", "2024-03-12")]),
    # look-alike: a capital that is no province's name names none
    ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 45/NQ-HĐND | Tam Kỳ, ngày 12 tháng 3 năm 2024 |\n"
     "VỀ VIỆC THÔNG QUA KẾ HOẠCH ĐẦU TƯ CÔNG\n", "vi", [("45/NQ-HĐND", "2024-03-12")]),
])
def test_province_of_a_local_text_named_by_its_header_place(text, lang, expected):
    refs = find_references(text + OTHERS[lang], lang=lang, published="2024-07-10")
    assert [(r.id, r.issued) for r in refs] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("La loi sur les entreprises N° 60-2005-QH11 du 29 novembre 2005 a unifié le régime.", "fr",
     [("60/2005/QH11", "2005-11-29")]),
    ("The Law on Enterprises No. 60-2005-QH11 of November 29, 2005 unified the regime.", "en",
     [("60/2005/QH11", "2005-11-29")]),
    ("Luật Doanh nghiệp số 60-2005-QH11 ngày 29/11/2005 đã thống nhất chế độ.", "vi", [("60/2005/QH11", "2005-11-29")]),
    # look-alikes: a page's lower-case slug, a range of years, the Assembly's code without its legislature
    ("Voir la page luat-doanh-nghiep-60-2005-qh11 du site.", "fr", []),
    ("Le plan 2021-2025-QH de la province.", "fr", []),
])
def test_law_number_written_with_hyphens(text, lang, expected):
    refs = find_references(text, lang=lang, published="2008-01-01")
    assert [(r.id, r.issued) for r in refs] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Les entreprises publiques étaient régies par la Loi sur les entreprises publiques.", "fr",
     [("Luật Doanh nghiệp nhà nước", "Luật Doanh nghiệp nhà nước 2003")]),
    ("State enterprises were governed by the Law on State Enterprises.", "en",
     [("Luật Doanh nghiệp nhà nước", "Luật Doanh nghiệp nhà nước 2003")]),
    # look-alike: the Enterprise Law itself
    ("Les sociétés étaient régies par la loi sur les entreprises.", "fr", [("Luật Doanh nghiệp", "Luật Doanh nghiệp 2005")]),
])
def test_french_state_enterprise_law(text, lang, expected):
    refs = find_references(text, lang=lang, published="2008-01-01")
    assert [(r.id, r.resolved) for r in refs] == expected


CONSOLIDATED = {
    "vi": ("BỘ TƯ PHÁP\nSố: 5/VBHN-BTP\nHà Nội, ngày 2 tháng 3 năm 2021\nTHÔNG TƯ\nVỀ CÔNG CHỨNG\n"
           "Thông tư số 1/2019/TT-BTP ngày 3 tháng 1 năm 2019 của Bộ Tư pháp về công chứng, được sửa đổi, bổ sung bởi:\n"
           "Thông tư số 2/2020/TT-BTP ngày 4 tháng 2 năm 2020 sửa đổi, bổ sung một số điều của Thông tư số 1/2019/TT-BTP.\n"
           "Điều 1. Thông tư này quy định về công chứng.", "Thông tư này"),
    "en": ("MINISTRY OF JUSTICE\nNo. 5/VBHN-BTP\nHanoi, March 2, 2021\nCIRCULAR ON NOTARIZATION\n"
           "Circular No. 1/2019/TT-BTP dated January 3, 2019 of the Ministry of Justice on notarization, amended by:\n"
           "Circular No. 2/2020/TT-BTP dated February 4, 2020 amending Circular No. 1/2019/TT-BTP.\n"
           "Article 1. This Circular provides for notarization.", "This Circular"),
    "fr": ("MINISTÈRE DE LA JUSTICE\nN° 5/VBHN-BTP\nHanoï, le 2 mars 2021\nCIRCULAIRE SUR LE NOTARIAT\n"
           "Circulaire n° 1/2019/TT-BTP du 3 janvier 2019 du ministère de la Justice sur le notariat, modifiée par :\n"
           "Circulaire n° 2/2020/TT-BTP du 4 février 2020 modifiant la circulaire n° 1/2019/TT-BTP.\n"
           "Article 1. La présente circulaire régit le notariat.", "présente circulaire"),
}


@pytest.mark.parametrize("lang", ["vi", "en", "fr"])
def test_repeat_in_a_consolidated_text_is_the_document_it_consolidates(lang):
    text, repeat = CONSOLIDATED[lang]
    refs = find_references(text, lang=lang, published="2021-03-02")
    assert [r.id for r in refs if repeat in r.text] == ["1/2019/TT-BTP"]


@pytest.mark.parametrize("lang", ["vi", "en", "fr"])
def test_repeat_without_a_consolidated_header_stays_the_amending_document(lang):
    # look-alike: the same head without the consolidated text's own header: the document that amends (round 8's rule)
    text, repeat = CONSOLIDATED[lang]
    text = text.split("\n", 4)[4]
    refs = find_references(text, lang=lang, published="2021-03-02")
    assert [r.id for r in refs if repeat in r.text] == ["2/2020/TT-BTP"]


def test_header_place_outweighs_the_provinces_a_title_names():
    # a database's title naming two provinces, then the header of one of them: the header's place decides
    text = ("Nghị quyết 31/NQ-HĐND năm 2023 về chủ trương hợp nhất tỉnh Bắc Giang và tỉnh Bắc Ninh\n"
            "Số: 31/NQ-HĐND |\nBắc Ninh, ngày 5 tháng 4 năm 2023 |\nNGHỊ QUYẾT\n")
    refs = find_references(text, lang="vi", published="2023-04-05")
    assert [r.id for r in refs] == ["31/NQ-HĐND@27", "31/NQ-HĐND@27"]
