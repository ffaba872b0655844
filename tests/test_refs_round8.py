"""Round 8 (blind, real public pages): the error classes the first run showed, as rules with literal
cases written for this file (no sentence of the round's pages), in the languages where the class
exists, with look-alikes that must stay out. README "Round 8 (blind, real public pages): references vi, en"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def refs(text, **kw):
    return [(r.id, r.relation) for r in find_references(text, **kw)]


# a legal text's own type word with a demonstrative is the document its header numbers, in any case,
# not the document of that type its preamble names last
@pytest.mark.parametrize("text, repeat, expected", [
    ("Số: 17/2021/QĐ-UBND\n| Nghệ An, ngày 5 tháng 3 năm 2021 |\nCăn cứ Quyết định số 45/2019/QĐ-TTg ngày 2/1/2019 "
     "của Thủ tướng Chính phủ;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.",
     "Quyết định này", "17/2021/QĐ-UBND@40"),
    ("Số: 311-CP\nHà Nội, ngày 2 tháng 10 năm 1979\nCăn cứ Quyết định số 88-CP ngày 4/4/1978;\n"
     "Các Bộ trưởng chịu trách nhiệm thi hành quyết định này.", "quyết định này", "311-CP"),
    ("Số: 21/2016/NĐ-CP\nHà Nội, ngày 31 tháng 3 năm 2016\nCăn cứ Nghị định số 12/2010/NĐ-CP ngày 1/2/2010;\n"
     "Nghị định này có hiệu lực từ ngày 15 tháng 5 năm 2016.", "Nghị định này", "21/2016/NĐ-CP"),
    ("No.: 21/2016/ND-CP\nHanoi, March 31, 2016\nPursuant to Decree No. 12/2010/ND-CP of February 1, 2010;\n"
     "This Decree takes effect on May 15, 2016.", "This Decree", "21/2016/NĐ-CP"),
    ("N° : 21/2016/ND-CP\nHanoï, le 31 mars 2016\nVu le décret n° 12/2010/ND-CP du 1er février 2010;\n"
     "Le présent décret entre en vigueur le 15 mai 2016.", "présent décret", "21/2016/NĐ-CP"),
])
def test_a_legal_texts_own_document_repeated(text, repeat, expected):
    found = [r for r in find_references(text) if repeat in r.text]
    assert [r.id for r in found] == [expected]


@pytest.mark.parametrize("text, repeat, expected", [
    # look-alikes: a press text has no header: the repeat is the decision named last; a lower-case
    # "quyết định này" there is no document; a repeat of another type keeps the last of its type
    ("Ngày 2/1/2019, Thủ tướng ban hành Quyết định số 45/2019/QĐ-TTg. Quyết định này có hiệu lực ngay.",
     "Quyết định này", ["45/2019/QĐ-TTg"]),
    ("Ông cho biết quyết định này gây nhiều tranh cãi trong dư luận.", "quyết định này", []),
    ("Số: 17/2021/QĐ-UBND\n| Nghệ An, ngày 5 tháng 3 năm 2021 |\nCăn cứ Nghị định số 12/2010/NĐ-CP ngày 1/2/2010;\n"
     "Các nội dung khác thực hiện theo Nghị định này.", "Nghị định này", ["12/2010/NĐ-CP"]),
    ("No.: 21/2016/ND-CP\nHanoi, March 31, 2016\nThe decree of the committee was read out.", "decree", []),
])
def test_an_own_document_look_alikes(text, repeat, expected):
    assert [r.id for r in find_references(text) if repeat in r.text] == expected


# one law amending several, each written with its number: one amending law whose id lists them
# ("Luật A, Luật B và Luật C"), and each number a law amended
def test_an_amending_law_of_several_numbered_laws():
    text = ("Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 21/2017/QH14, "
            "Luật Đầu tư số 61/2020/QH14, Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14.")
    got = refs(text, published="2024-06-29")
    assert got[0] == ("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và "
                      "Luật Đầu tư theo phương thức đối tác công tư", "cites")
    assert got[1:] == [("21/2017/QH14", "amends"), ("61/2020/QH14", "amends"), ("64/2020/QH14", "amends")]
    # passed on the text's day: the version adopted that year
    assert find_references(text, published="2024-06-29")[0].resolved.endswith(" 2024")


def test_an_amending_law_then_an_unrelated_numbered_law_is_not_listed():
    text = ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 45/2013/QH13. Luật Nhà ở số 65/2014/QH13 "
            "vẫn còn hiệu lực.")
    assert refs(text)[0] == ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai", "cites")


# a law cited as a basis is in force, not a draft, even with "(sửa đổi)" after its name
@pytest.mark.parametrize("text, published, resolved", [
    ("Căn cứ vào Điều 12 của Luật Đất đai (sửa đổi);", "1994-03-01", "Luật Đất đai 1993"),
    ("Căn cứ Luật Nhà ở (sửa đổi);", "2016-03-01", "Luật Nhà ở 2014"),
    ("Pursuant to the Housing Law (amended);", "2016-03-01", "Luật Nhà ở 2014"),
    # look-alikes: a bill debated, and "(sửa đổi)" outside a basis clause, stay drafts
    ("Quốc hội thảo luận dự án Luật Đất đai (sửa đổi).", "2023-06-01", None),
    ("Các đại biểu góp ý Luật Nhà ở (sửa đổi) tại tổ.", "2023-06-01", None),
])
def test_a_basis_is_no_draft(text, published, resolved):
    assert [r.resolved for r in find_references(text, published=published)] == [resolved]


# a revised name ("(amended)", "(sửa đổi)") whose version was adopted within the year before the text
# is that law (the press reports it taking effect), not a draft
@pytest.mark.parametrize("text, resolved", [
    ("Luật Nhà ở (sửa đổi) có hiệu lực từ ngày 1/8/2024.", "Luật Nhà ở 2023"),
    ("The Housing Law (amended) takes effect from August 1, 2024.", "Luật Nhà ở 2023"),
    ("La loi sur le logement (modifiée) entre en vigueur le 1er août 2024.", "Luật Nhà ở 2023"),
])
def test_a_recently_adopted_revised_law(text, resolved):
    assert [r.resolved for r in find_references(text, published="2024-08-01")] == [resolved]


def test_a_revised_name_long_after_the_last_version_stays_a_draft():
    assert [r.resolved for r in find_references("Luật Nhà ở (sửa đổi) đang được lấy ý kiến.",
                                                published="2022-10-01")] == [None]


# adoption days given by the Standing Committee, or with the State's name after the body
@pytest.mark.parametrize("text, issued, resolved", [
    ("Pháp lệnh này sửa đổi Pháp lệnh Quản lý thị trường đã được Ủy ban thường vụ Quốc hội thông qua ngày 8 tháng 3 năm 2016.",
     "2016-03-08", "Pháp lệnh Quản lý thị trường 2016"),
    ("Luật này sửa đổi Luật Đất đai đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam thông qua ngày 29 tháng 11 năm 2013.",
     "2013-11-29", "Luật Đất đai 2013"),
    ("the Land Law, which was passed by the National Assembly on November 29, 2013", "2013-11-29", "Luật Đất đai 2013"),
])
def test_an_adoption_day_by_the_standing_committee_or_the_state(text, issued, resolved):
    law = next(r for r in find_references(text, published="2020-01-01") if r.resolved == resolved)
    assert law.issued == issued


# relations: "quy định chi tiết một số điều và biện pháp thi hành" guides; an issuer's possessive
# between a cue and its document
@pytest.mark.parametrize("text, expected", [
    ("Nghị định số 15/2018/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật An toàn thực phẩm",
     [("15/2018/NĐ-CP", "cites"), ("Luật An toàn thực phẩm", "guides")]),
    ("Decree No. 15/2018/ND-CP replaces the Government's Decree No. 38/2012/ND-CP.",
     [("15/2018/NĐ-CP", "cites"), ("38/2012/NĐ-CP", "replaces")]),
    ("Förordning nr 15/2018/ND-CP ersätter regeringens förordning nr 38/2012/ND-CP.",
     [("15/2018/NĐ-CP", "cites"), ("38/2012/NĐ-CP", "replaces")]),
    # look-alike: a possessive with no cue before it stays a citation
    ("The Government's Decree No. 38/2012/ND-CP was discussed.", [("38/2012/NĐ-CP", "cites")]),
])
def test_relations_of_round_8(text, expected):
    assert refs(text) == expected


# English renderings of an amending law ("sửa đổi, bổ sung"), its id the amending law's, not the amended one's
@pytest.mark.parametrize("text, expected", [
    ("the Law on revision and supplementation to a number of articles of the Law on Enterprises",
     "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp"),
    ("the Law on amendments and supplementation to a number of articles of the Housing Law",
     "Luật sửa đổi, bổ sung một số điều của Luật Nhà ở"),
    ("the Law amending and supplementing some articles of the Land Law", "Luật sửa đổi, bổ sung một số điều của Luật Đất đai"),
])
def test_english_amending_law_renderings(text, expected):
    assert [r.id for r in find_references(text)] == [expected]


def test_an_english_revision_of_a_law_without_articles_is_the_law():
    # look-alike: "the revised Land Law" names the law, no amending law
    assert [r.id for r in find_references("the revised Land Law")] == ["Luật Đất đai"]


# the law table's new titles, in the four languages
@pytest.mark.parametrize("text, expected", [
    ("Luật Phòng thủ dân sự 2023", "Luật Phòng thủ dân sự 2023"),
    ("the 2023 Law on Civil Defence", "Luật Phòng thủ dân sự 2023"),
    ("la loi sur la défense civile de 2023", "Luật Phòng thủ dân sự 2023"),
    ("2023 års lag om civilförsvar", "Luật Phòng thủ dân sự 2023"),
    ("Pháp lệnh Phòng, chống lụt, bão năm 1993", "Pháp lệnh Phòng, chống lụt, bão 1993"),
    ("the Law on Prevention and Control of Harmful Effects of Alcoholic Beverages 2019",
     "Luật Phòng, chống tác hại của rượu, bia 2019"),
])
def test_new_titles(text, expected):
    assert [r.id for r in find_references(text)] == [expected]


# a type-word repeat right after a document named as replaced or amended means the one that replaces or
# amends it, not the object named last
@pytest.mark.parametrize("text, expected", [
    ("Nghị định số 15/2018/NĐ-CP thay thế Nghị định số 38/2012/NĐ-CP. Nghị định này quy định về an toàn thực phẩm.",
     "15/2018/NĐ-CP"),
    ("Decree No. 15/2018/ND-CP replaces Decree No. 38/2012/ND-CP. Under this Decree, importers must register.",
     "15/2018/NĐ-CP"),
    # (French "Ce décret fixe les règles." in prose is no reference since round 17c: tests/test_refs_round17c.py)
    ("Nghị định số 154/2020/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP. Nghị định này có hiệu lực từ 1/1/2021.",
     "154/2020/NĐ-CP"),
    # look-alikes: a document only cited or guided keeps the rule of the last one named; with no
    # other document of the type, the replaced one
    ("Nghị định số 15/2018/NĐ-CP hướng dẫn Nghị định số 38/2012/NĐ-CP. Nghị định này quy định chi tiết.", "38/2012/NĐ-CP"),
    ("Thông tư số 12/2020/TT-BTC thay thế Nghị định số 38/2012/NĐ-CP. Nghị định này đã hết hiệu lực.", "38/2012/NĐ-CP"),
])
def test_a_repeat_after_a_replaced_document(text, expected):
    repeat = [r for r in find_references(text) if r.number is not None and "/" not in r.text]
    assert [r.id for r in repeat] == [expected]


# English titles with or without the article after "Law on" / "Ordinance on"
@pytest.mark.parametrize("text, expected", [
    ("the Law on the Export and Import Tax", ["Luật Thuế xuất khẩu, thuế nhập khẩu"]),
    ("the Law on Capital 2012", ["Luật Thủ đô 2012"]),
    ("the Law on the Organization of the Government of 2015", ["Luật Tổ chức Chính phủ 2015"]),
    # look-alike: "This Law on the use of land" names no title
    ("This Law on the use of land", []),
])
def test_english_titles_with_or_without_the_article(text, expected):
    assert [r.id for r in find_references(text)] == expected


# the issue date before a law's title when its number follows the title
@pytest.mark.parametrize("text, issued", [
    ("On 14 June 2019, the National Assembly passed the Law on Prevention and Control of Harmful Effects of "
     "Alcoholic Beverages No. 44/2019/QH14.", "2019-06-14"),
    ("Ngày 14/6/2019, Quốc hội thông qua Luật Phòng, chống tác hại của rượu, bia số 44/2019/QH14.", "2019-06-14"),
    ("Den 14 juni 2019 antog nationalförsamlingen lagen nr 44/2019/QH14.", "2019-06-14"),
    # look-alike: a date with no verb of issue between
    ("Ngày 14/6/2019, ông nói về Luật Phòng, chống tác hại của rượu, bia số 44/2019/QH14.", None),
])
def test_a_date_before_a_title_with_its_number(text, issued):
    assert [r.issued for r in find_references(text)] == [issued]


# a law reported passed on a day written without its year before the verb: issued that day of the
# text's year ("Sáng 28/6, … Quốc hội đã thông qua Luật …"), the text published within days
@pytest.mark.parametrize("text, published, issued", [
    ("Chiều 14/11, với 450 đại biểu tán thành, Quốc hội đã biểu quyết thông qua Luật Căn cước.", "2023-11-15", "2023-11-14"),
    ("On November 28, the National Assembly passed the Housing Law (amended).", "2023-11-28", "2023-11-28"),
    ("Le 28 novembre, l'Assemblée nationale a adopté la loi sur le logement (modifiée).", "2023-11-28", "2023-11-28"),
    # look-alikes: a bill debated that day; a text published months later; a day after the text's date
    ("Sáng 28/6, Quốc hội thảo luận dự án Luật Thủ đô (sửa đổi).", "2024-06-28", None),
    ("Sáng 28/6, Quốc hội thông qua Luật Thủ đô (sửa đổi).", "2024-09-01", None),
    ("Sáng 30/6, Quốc hội thông qua Luật Thủ đô (sửa đổi).", "2024-06-28", None),
])
def test_a_law_passed_on_a_day_without_its_year(text, published, issued):
    assert [r.issued for r in find_references(text, published=published)] == [issued]


# round 8b: a loose name of an amended law with its year is the revised law of that year when the
# table has it, else the law amending it adopted that year
@pytest.mark.parametrize("text, expected", [
    ("Luật Quảng cáo sửa đổi 2025 có hiệu lực từ ngày 1/1/2026.", "Luật sửa đổi, bổ sung một số điều của Luật Quảng cáo 2025"),
    ("Luật Ban hành văn bản quy phạm pháp luật sửa đổi năm 2002", "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật 2002"),
    # look-alikes: a version of that year in the table is the revised law itself; no year, no amending law
    ("Luật Đất đai sửa đổi 2024 có hiệu lực từ ngày 1/8/2024.", "Luật Đất đai 2024"),
    ("Luật Đất đai sửa đổi đang được lấy ý kiến.", "Luật Đất đai"),
])
def test_a_loose_name_of_an_amended_law_with_its_year(text, expected):
    assert [r.id for r in find_references(text)] == [expected]


# a year-less name after the law it replaces means the law that replaces it, not the replaced one
@pytest.mark.parametrize("text, published, resolved", [
    ("Luật Nghĩa vụ quân sự 2015 thay thế Luật Nghĩa vụ quân sự 1981. Luật Nghĩa vụ quân sự quy định thời gian tại ngũ.",
     "2016-01-01", "Luật Nghĩa vụ quân sự 2015"),
    ("The 2014 Housing Law replaces the 2005 Housing Law. Under the Housing Law, foreigners may buy homes.",
     "2015-08-01", "Luật Nhà ở 2014"),
    # look-alike: a law only cited keeps the rule of the nearest earlier mention
    ("Luật Nhà ở 2014 dẫn chiếu Luật Nhà ở 2005. Luật Nhà ở quy định điều kiện.", "2015-08-01", "Luật Nhà ở 2005"),
])
def test_a_year_less_name_after_a_replaced_law(text, published, resolved):
    last = find_references(text, published=published)[-1]
    assert last.resolved == resolved


# a law name in lower case is a name when its year follows, except in "pháp luật …" and plurals
@pytest.mark.parametrize("text, expected", [
    ("Theo luật nghĩa vụ quân sự năm 2015, thời gian tại ngũ là 24 tháng.", ["Luật Nghĩa vụ quân sự 2015"]),
    ("theo luật đất đai 2013", ["Luật Đất đai 2013"]),
    ("Theo pháp luật đất đai năm 2013, người sử dụng đất", []),
    ("các luật đất đai năm 2013 và 2024", []),
    ("theo luật đất đai hiện hành", []),
])
def test_a_lower_case_law_name_with_its_year(text, expected):
    assert [r.id for r in find_references(text)] == expected


# a passive replacement: the document after "bị thay thế bởi" replaces, it is not replaced
@pytest.mark.parametrize("text, expected", [
    ("Nghị định số 57/2009/NĐ-CP bị thay thế bởi Nghị định số 129/2015/NĐ-CP.",
     [("57/2009/NĐ-CP", "cites"), ("129/2015/NĐ-CP", "cites")]),
    ("Văn bản hết hiệu lực: được thay thế bằng Thông tư số 12/2020/TT-BTC.", [("12/2020/TT-BTC", "cites")]),
    # look-alike: the active form replaces
    ("Nghị định số 129/2015/NĐ-CP thay thế Nghị định số 57/2009/NĐ-CP.",
     [("129/2015/NĐ-CP", "cites"), ("57/2009/NĐ-CP", "replaces")]),
])
def test_a_passive_replacement(text, expected):
    assert refs(text) == expected


# English: an amending law of two laws written "Law on Amendments to the Law on … and the Law on …",
# local government as "Local Administration"; the issuer's possessive without "the"
@pytest.mark.parametrize("text, expected", [
    ("Pursuant to the Law on Amendments to the Law on Government Organization and the Law on Local Government Organization dated November 22, 2019;",
     [("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", "cites")]),
    ("the Law on Organization of Local Administration", [("Luật Tổ chức chính quyền địa phương", "cites")]),
    ("a Decree providing amendments to Government’s Decree No. 95/2021/ND-CP", [("95/2021/NĐ-CP", "amends")]),
    ("Pursuant to the Law on Pricing dated June 20, 2012;", [("Luật Giá 2012", "cites")]),
])
def test_english_round_8b_forms(text, expected):
    assert [(r.id.removesuffix(" 2019"), r.relation) for r in find_references(text)] == expected


# a year-less name followed by kinds of documents in lower case is a kind itself, no reference
@pytest.mark.parametrize("text, expected", [
    ("Văn bản do Quốc hội ban hành: Hiến pháp, luật, nghị quyết.", []),
    ("the Constitution, laws and resolutions of the National Assembly", []),
    ("la Constitution, les lois et les décrets", []),
    ("författningen, lagar och förordningar", []),
    # look-alikes: a named law after the comma, or a year, keeps the reference
    ("Căn cứ Hiến pháp, Luật Đất đai;", ["Hiến pháp", "Luật Đất đai"]),
    ("Hiến pháp năm 2013, luật, nghị quyết", ["Hiến pháp 2013"]),
])
def test_kinds_of_documents_are_no_reference(text, expected):
    assert [r.id for r in find_references(text)] == expected
