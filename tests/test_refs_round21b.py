"""Round 21b (blind, real public pages), Vietnamese, English and French: the review of how a text was carried out and
the time it was carried out (cites), English guidance on the implementation of a law (guides), and the other classes of
the round. Literal cases written for this file (no sentence of the round's pages) and look-alikes. README "Round 21b
(blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _refs(text, lang, *fields, published="2023-06-01"):
    return [tuple(getattr(r, f) for f in fields) for r in find_references(text, lang=lang, published=published)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Hội nghị tổng kết việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", "vi", [("5-CT/TW", "cites")]),
    ("Bộ Tư pháp tổng kết thi hành Luật Xây dựng năm 2014 trên cả nước.", "vi", [("Luật Xây dựng 2014", "cites")]),
    ("Tỉnh đánh giá tình hình thực hiện Nghị quyết số 12/NQ-CP của Chính phủ.", "vi", [("12/NQ-CP", "cites")]),
    ("Sau 10 năm tổ chức thi hành Luật Xây dựng năm 2014, ngành đạt nhiều kết quả.", "vi",
     [("Luật Xây dựng 2014", "cites")]),
    ("The ministry completed a review of the implementation of Directive No. 05-CT/TW.", "en", [("5-CT/TW", "cites")]),
    ("During the implementation of the 2014 Construction Law, many circulars were issued.", "en",
     [("Luật Xây dựng 2014", "cites")]),
    ("Le ministère a présenté le bilan de la mise en œuvre de la directive n°05-CT/TW.", "fr", [("5-CT/TW", "cites")]),
    # look-alikes: carrying a text out, without a review or a period, implements
    ("Tỉnh tổ chức thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", "vi", [("5-CT/TW", "implements")]),
    ("The province is in charge of the implementation of Directive No. 05-CT/TW.", "en", [("5-CT/TW", "implements")]),
])
def test_review_or_time_of_implementation_cites(text, lang, expected):
    assert _refs(text, lang, "id", "relation") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The decree provides detailed guidance on the implementation of certain provisions of the 2014 Construction Law.",
     "en", [("Luật Xây dựng 2014", "guides")]),
    ("Decree No. 15/2021/ND-CP detailing implementation of several articles of the 2014 Construction Law.", "en",
     [("15/2021/NĐ-CP", "cites"), ("Luật Xây dựng 2014", "guides")]),
    ("Nghị định số 15/2021/NĐ-CP hướng dẫn thi hành một số điều của Luật Xây dựng năm 2014.", "vi",
     [("15/2021/NĐ-CP", "cites"), ("Luật Xây dựng 2014", "guides")]),
    # look-alike: guidance on something else before the law's own implementation
    ("The province needs guidance on land prices for the implementation of the 2014 Construction Law.", "en",
     [("Luật Xây dựng 2014", "implements")]),
])
def test_guidance_on_the_implementation_guides(text, lang, expected):
    assert _refs(text, lang, "id", "relation") == expected


HEADER = "BỘ TƯ PHÁP\n__________\n{marker} 15/2021/TT-BTP\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" \
         "____________\nHà Nội, ngày 09 tháng 3 năm 2021\nTHÔNG TƯ\n"


@pytest.mark.parametrize("text, lang, expected", [
    ("Ngày 9/3 năm 2021 Bộ Tư pháp đã ban hành Thông tư 15/2021/TT-BTP về hộ tịch.", "vi",
     [("15/2021/TT-BTP", "2021-03-09")]),
    ("Sáng 9-3 năm 2021, Bộ Tư pháp ban hành Thông tư số 15/2021/TT-BTP.", "vi", [("15/2021/TT-BTP", "2021-03-09")]),
    (HEADER.format(marker="Số"), "vi", [("15/2021/TT-BTP", "2021-03-09")]),
    (HEADER.format(marker="Số:"), "vi", [("15/2021/TT-BTP", "2021-03-09")]),
    ("MINISTRY OF JUSTICE\nNo. 15/2021/TT-BTP\nHanoi, March 9, 2021\nCIRCULAR\n", "en", [("15/2021/TT-BTP", "2021-03-09")]),
    # look-alikes: a fraction before 'năm' without a day word, a body line opening with 'Số' and a later date
    ("Tỷ lệ 9/3 năm 2021 tăng; Thông tư 15/2021/TT-BTP được áp dụng.", "vi", [("15/2021/TT-BTP", None)]),
    ("Báo cáo nêu rõ\nSố 15/2021/TT-BTP nói trên được sửa, Hà Nội, ngày 09 tháng 3 năm 2021 họp.", "vi",
     [("15/2021/TT-BTP", None)]),
])
def test_vietnamese_day_month_nam_year_and_header_without_colon(text, lang, expected):
    assert _refs(text, lang, "id", "issued", published="2021-06-01") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("GOVERNMENT\nNo. 36-CP\nHanoi, May 2, 1994\nDECREE ON THE ORGANISATION OF MINISTRIES\nArticle 1\n"
     "This Decree applies to ministries. They are subject to this Decree.", "en",
     [("36-CP", "1994-05-02"), ("36-CP", None), ("36-CP", None)]),
    ("CHÍNH PHỦ\nSố: 36-CP\nHà Nội, ngày 02 tháng 5 năm 1994\nNGHỊ ĐỊNH\nVỀ TỔ CHỨC CÁC BỘ\n"
     "Điều 1. Nghị định này áp dụng đối với các bộ.", "vi", [("36-CP", "1994-05-02"), ("36-CP", None)]),
    # look-alike: the title heading of another type: 'This Decree' then names no document of the text
    ("GOVERNMENT\nNo. 36-CP\nHanoi, May 2, 1994\nRESOLUTION ON MINISTRIES\nArticle 1\nThis Decree applies.", "en",
     [("36-CP", "1994-05-02")]),
])
def test_own_repeats_of_an_old_symbol_take_the_title_headings_type(text, lang, expected):
    assert _refs(text, lang, "id", "issued", published="1994-06-01") == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    ("Căn cứ Luật Đầu tư nước ngoài tại Việt Nam ngày 29 tháng 12 năm 1987;", "vi", "1989-01-01",
     [("Luật Đầu tư nước ngoài tại Việt Nam 1987", "1987-12-29")]),
    ("Pursuant to the Law on Foreign Investment in Vietnam dated 29 December 1987 and the Law on Amendment of and "
     "Addition to a Number of Articles of the Law on Foreign Investment in Vietnam dated 30 June 1990;", "en",
     "1991-01-01", [("Luật Đầu tư nước ngoài tại Việt Nam 1987", "1987-12-29"),
                    ("Luật sửa đổi, bổ sung một số điều của Luật Đầu tư nước ngoài tại Việt Nam 1990", "1990-06-30")]),
    ("La loi sur les investissements étrangers au Vietnam de 1987 a ouvert le pays.", "fr", "1990-01-01",
     [("Luật Đầu tư nước ngoài tại Việt Nam 1987", None)]),
    ("La loi sur les logements de 2023 entre en vigueur. La loi sur les affaires immobilières de 2023 aussi.", "fr",
     "2024-09", [("Luật Nhà ở 2023", None), ("Luật Kinh doanh bất động sản 2023", None)]),
    # look-alikes: foreign investment as a subject, and the Law on Investment itself
    ("Foreign investment in Vietnam grew under the Law on Investment.", "en", "2019-01-01", [("Luật Đầu tư", None)]),
])
def test_law_titles_of_the_round(text, lang, published, expected):
    assert _refs(text, lang, "id", "issued", published=published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Il s'agit de la loi modifiant et complétant certains articles de la loi sur l'organisation de l'Assemblée "
     "nationale, de la loi sur l'organisation du gouvernement et de la loi sur l'organisation des collectivités "
     "locales.", "fr", ["Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội", "Luật Tổ chức Chính phủ",
                        "Luật Tổ chức chính quyền địa phương"]),
    ("Ce sont la loi modifiant plusieurs articles de la loi sur l'organisation de l'AN, de la loi sur l'organisation "
     "du gouvernement.", "fr", ["Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội", "Luật Tổ chức Chính phủ"]),
    # look-alikes: an amending law the table knows with its whole list keeps it
    ("La loi modifiant et complétant certains articles de la loi sur l'organisation du gouvernement et de la loi sur "
     "l'organisation des collectivités locales est adoptée.", "fr",
     ["Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"]),
    ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương được thông "
     "qua.", "vi", ["Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"]),
])
def test_amending_list_stops_where_the_table_knows_the_amending_law(text, lang, expected):
    assert [i for (i,) in _refs(text, lang, "id", published="2025-03")] == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    ("La Loi foncière (amendée) récemment adoptée par l’Assemblée nationale protège les usagers.", "fr", "2024-02",
     "Luật Đất đai 2024"),
    ("The Land Law (amended) recently adopted by the National Assembly protects land users.", "en", "2024-02",
     "Luật Đất đai 2024"),
    ("Luật Đất đai (sửa đổi) vừa được Quốc hội thông qua bảo vệ người sử dụng đất.", "vi", "2024-02", "Luật Đất đai 2024"),
    # look-alike: a month before the revised law's adoption: the bill under debate, no version
    ("La Loi foncière (amendée) est débattue par l’Assemblée nationale.", "fr", "2023-10", None),
])
def test_revised_name_on_a_page_dated_by_its_month_is_the_law_just_adopted(text, lang, published, expected):
    assert _refs(text, lang, "resolved", published=published) == [(expected,)]


@pytest.mark.parametrize("text, expected", [
    ("La loi foncière, la loi sur les logements et la loi sur les affaires immobilières, adoptées par l’Assemblée "
     "nationale, protègent les acheteurs.", ["Luật Đất đai 2024", "Luật Nhà ở 2023", "Luật Kinh doanh bất động sản 2023"]),
    ("La loi sur les logements et la loi sur les affaires immobilières, récemment adoptées, entrent en vigueur.",
     ["Luật Nhà ở 2023", "Luật Kinh doanh bất động sản 2023"]),
    # look-alike: no participle after the list: the versions in force
    ("La loi foncière, la loi sur le logement et la loi sur les activités immobilières restent en vigueur.",
     ["Luật Đất đai 2013", "Luật Nhà ở 2014", "Luật Kinh doanh bất động sản 2014"]),
])
def test_french_plural_participle_after_a_list_reports_each_law_just_adopted(text, expected):
    assert [r for (r,) in _refs(text, "fr", "resolved", published="2024-02")] == expected
