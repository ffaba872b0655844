"""Classes left open after round 22b (references, not blind): name-shaped short forms a text defines, a bare type
word pointing back, damaged symbols, relations. Literal cases written for this file (no sentence of the rounds'
pages) and look-alikes. README "Open classes after round 22b (references, not blind)"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _readings(text, lang, published=None):
    return [(r.text, r.id, r.resolved) for r in find_references(text, lang=lang, published=published)]


# class 1: a short name a text defines in brackets with its year after it ("(“LOI 2020”)") is that law's version,
# and the short name alone later ("the LOI") the law without a year, resolved to the version the definition names,
# as eyecite reads a defined short form; the definition may follow the law's name with its year or its number
@pytest.mark.parametrize("text, lang, short_name, law", [
    ("Some contents of Law on Investment No. 61/2020/QH14 (“LOI 2020”) were adjusted. Investors must now follow "
     "the LOI when they register a project.", "en", "LOI", "Luật Đầu tư"),
    ("The Law on Investment 2020 (“LOI 2020”) took effect on 1 January 2021. The sector was added to the LOI.",
     "en", "LOI", "Luật Đầu tư"),
    ("Certaines dispositions de la loi sur l'investissement n° 61/2020/QH14 (« LI 2020 ») ont été modifiées. "
     "Les investisseurs doivent respecter la LI.", "fr", "LI", "Luật Đầu tư"),
    ("Luật Đất đai số 31/2024/QH15 (“LĐĐ 2024”) có hiệu lực từ ngày 01/8/2024. Theo LĐĐ, người sử dụng đất có "
     "quyền chuyển nhượng.", "vi", "LĐĐ", "Luật Đất đai"),
])
def test_a_short_name_defined_with_its_year_after_it(text, lang, short_name, law):
    readings = _readings(text, lang, "2025-03-01")
    year = [r for r in readings if r[0].startswith(short_name + " ")]
    bare = [r for r in readings if r[0] == short_name]
    defined = year[0][1]
    assert defined.startswith(law + " ") and year[0][2] == defined
    assert bare == [(short_name, law, defined)]


# look-alikes: one capital before the year is a word and a year ("(Law 2020)"), a short name without a law's
# letter defines no law ("(“VAT 2020”)"), and a short name the text never uses again defines nothing
@pytest.mark.parametrize("text, lang, alias", [
    ("The Law on Investment 2020 (Law 2020) took effect. Law applies to every investor.", "en", "Law"),
    ("The Law on Value-Added Tax 2008 (“VAT 2008”) took effect. The VAT applies to every sale.", "en", "VAT"),
    ("La loi sur l'investissement n° 61/2020/QH14 (« LI 2020 ») a été modifiée.", "fr", "LI"),
])
def test_no_short_name_without_two_capitals_a_law_letter_or_a_use(text, lang, alias):
    assert not [r for r in _readings(text, lang, "2025-03-01") if r[0] == alias]


# class 2: the type word alone, capitalised, as the subject of a sentence saying what the document says or when it
# takes effect ("Công điện nêu:", "(ngày Nghị định có hiệu lực)") is the document of that type named before it
# (rule (1) of "One rule for short forms"; English "The Decree provides" was already read, French "ce décret" in a
# press item stays out by the golds' convention)
@pytest.mark.parametrize("text, word, expected", [
    ("Thủ tướng vừa ký Công điện số 87/CĐ-TTg ngày 05/9/2024 về khắc phục hậu quả bão.\nCông điện nêu: các bộ phải "
     "hoàn thành trước ngày 30/9.", "Công điện", "87/CĐ-TTg"),
    ("Chính phủ ban hành Nghị định 73/2024/NĐ-CP về tiền lương. Nghị định có hiệu lực từ ngày 01/7/2024.",
     "Nghị định", "73/2024/NĐ-CP"),
    ("Bộ Tài chính ban hành Thông tư 12/2025/TT-BTC ngày 10/3/2025; mức phí mới áp dụng từ ngày 25/4/2025 (ngày "
     "Thông tư có hiệu lực).", "Thông tư", "12/2025/TT-BTC"),
    # two decrees, the later one named as the object of the first ("sửa đổi … của Nghị định 10/2022"): the first
    ("Chính phủ ban hành Nghị định 51/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 10/2022/NĐ-CP. Ô tô điện "
     "được miễn phí từ ngày 01/3/2025 (ngày Nghị định có hiệu lực).", "Nghị định", "51/2025/NĐ-CP"),
])
def test_a_type_word_alone_as_a_sentence_subject(text, word, expected):
    assert [r.id for r in find_references(text, lang="vi") if r.text == word] == [expected]


# look-alikes: a future or generic decree ("ban hành Nghị định quy định chi tiết"), a type word in lower case, a verb
# outside the list, and no document of that type named before it
@pytest.mark.parametrize("text, word", [
    ("Chính phủ sẽ ban hành Nghị định 73/2024/NĐ-CP. Sau đó Bộ trình Chính phủ ban hành Nghị định quy định chi tiết.",
     "Nghị định"),
    ("Chính phủ ban hành Nghị định 73/2024/NĐ-CP. Kể từ ngày nghị định có hiệu lực, mức lương mới được áp dụng.",
     "nghị định"),
    ("Chính phủ ban hành Nghị định 73/2024/NĐ-CP. Nghị định là văn bản dưới luật.", "Nghị định"),
    ("Bộ Tài chính ban hành Thông tư 12/2025/TT-BTC.\nCông điện nêu: các bộ phải hoàn thành.", "Công điện"),
])
def test_no_type_word_alone_without_its_cue_or_document(text, word):
    assert not [r for r in find_references(text, lang="vi") if r.text == word]


# class 2: inside the quoted clause of the document a text amends ("… as follows: “…"), its own "this Decree" is the
# amended document (the one of that type named last before the quote), not the amending text; after the quote
# closes, the amending text again
@pytest.mark.parametrize("text, lang, inside, after", [
    ("No. 239/2025/ND-CP\nHanoi, September 03, 2025\nDECREE\nArticle 1. To amend Decree No. 31/2021/ND-CP dated March "
     "26, 2021\n1. To amend Clause 7 of Article 2 as follows:\n“7. Dossier means a dossier as prescribed in Article 6 "
     "of this Decree.”\nArticle 2. This Decree takes effect on the signing date.", "en",
     ("this Decree", "31/2021/NĐ-CP"), ("This Decree", "239/2025/NĐ-CP")),
    ("Số: 51/2025/NĐ-CP\nHà Nội, ngày 01 tháng 3 năm 2025\nNGHỊ ĐỊNH\nĐiều 1. Sửa đổi điểm c khoản 5 Điều 8 Nghị định "
     "số 10/2022/NĐ-CP như sau:\n“c) Trong vòng 3 năm kể từ ngày Nghị định này có hiệu lực thi hành: nộp lệ phí.”\n"
     "Điều 2. Nghị định này có hiệu lực từ ngày ký.", "vi",
     ("Nghị định này", "10/2022/NĐ-CP"), ("Nghị định này", "51/2025/NĐ-CP")),
    ("N° 20/2025/TT-BTC\nHanoï, le 3 septembre 2025\nCIRCULAIRE\nArticle 1. L'article 2 de la circulaire n° "
     "15/2022/TT-BTC est modifié comme suit :\n« 2. Le dossier prévu à l'article 6 de la présente circulaire est "
     "déposé. »\nArticle 2. La présente circulaire entre en vigueur.", "fr",
     ("la présente circulaire", "15/2022/TT-BTC"), ("La présente circulaire", "20/2025/TT-BTC")),
])
def test_this_decree_inside_the_quoted_clause_of_the_amended_document(text, lang, inside, after):
    readings = [(r.text, r.id) for r in find_references(text, lang=lang)]
    assert inside in readings and after in readings


# class 3: damaged symbols read when the rest makes the id certain. A type code lost in a symbol without a year
# ("15/-TTg") takes the code of the type word before it, or in a header of the title heading under it, as round
# 21b's "09/2022/-CP" did with a year
@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tướng ký Công điện số 15/-TTg ngày 03/3/2024 về phòng, chống dịch.", "vi", "15/CĐ-TTg"),
    ("Số: 15/-TTg\nHà Nội, ngày 03 tháng 3 năm 2024\nCÔNG ĐIỆN\nVề phòng, chống dịch", "vi", "15/CĐ-TTg"),
    ("The Prime Minister signed Official Dispatch No. 15/-TTg on March 3, 2024.", "en", "15/CĐ-TTg"),
    ("Le Premier ministre a signé la dépêche officielle n° 15/-TTg le 3 mars 2024.", "fr", "15/CĐ-TTg"),
])
def test_a_type_code_lost_in_a_symbol_without_a_year(text, lang, expected):
    assert [r.id for r in find_references(text, lang=lang)] == [expected]


# a lost issuer ("09/2022/NĐ-") is the one issuer of the code's type (a decree is the Government's,
# implied_symbols.csv), when the type word before it is of that type
@pytest.mark.parametrize("text, lang, expected", [
    ("Căn cứ Nghị định số 09/2022/NĐ- ngày 12/01/2022 của Chính phủ;", "vi", "9/2022/NĐ-CP"),
    ("Pursuant to Decree No. 09/2022/ND- dated January 12, 2022;", "en", "9/2022/NĐ-CP"),
    ("Conformément au décret n° 09/2022/ND- du 12 janvier 2022,", "fr", "9/2022/NĐ-CP"),
    ("Med stöd av dekret nr 09/2022/ND- av den 12 januari 2022", "sv", "9/2022/NĐ-CP"),
])
def test_a_lost_issuer_of_a_type_with_one_issuer(text, lang, expected):
    assert [r.id for r in find_references(text, lang=lang)] == [expected]


# look-alikes: a type with many issuers ("Quyết định 12/2020/QĐ-"), a type word of another type, no type word,
# a type without one state code ("Quy chế số 15/-TTg"); an issuer after a space is the whole symbol
@pytest.mark.parametrize("text, lang, expected", [
    ("Căn cứ Quyết định số 12/2020/QĐ- ngày 12/01/2020;", "vi", []),
    ("Căn cứ Thông tư số 09/2022/NĐ- ngày 12/01/2022;", "vi", []),
    ("Xem điểm 09/2022/NĐ- trong bảng.", "vi", []),
    ("Ban hành kèm theo Quy chế số 15/-TTg.", "vi", []),
    ("Căn cứ Nghị định số 81/2015/NĐ- CP ngày 12/01/2015;", "vi", ["81/2015/NĐ-CP"]),
])
def test_no_damaged_symbol_without_a_certain_reading(text, lang, expected):
    assert [r.id for r in find_references(text, lang=lang)] == expected


def _relation(text, lang, name):
    return [r.relation for r in find_references(text, lang=lang, published="2020-06-01") if r.text == name]


# class 4: the replaced thing described in a few words after 'previous' / 'former' / 'ancien' / 'trước đây', its
# name in brackets after it, is what the cue replaces (relation_fillers.txt)
@pytest.mark.parametrize("text, lang, name", [
    ("The Labor Code 2019 replaces the previous labor regime (‘Labor Code 2012’) from 2021.", "en", "Labor Code 2012"),
    ("The new decree replaces the former registration rules (Decree No. 78/2015/ND-CP).", "en",
     "Decree No. 78/2015/ND-CP"),
    ("Le Code du travail de 2019 remplace l'ancien régime du travail (« Code du travail de 2012 ») dès 2021.", "fr",
     "Code du travail de 2012"),
    ("Bộ luật Lao động 2019 thay thế chế độ lao động trước đây (Bộ luật Lao động 2012) từ năm 2021.", "vi",
     "Bộ luật Lao động 2012"),
])
def test_replaces_a_described_document_named_in_brackets(text, lang, name):
    assert _relation(text, lang, name) == ["replaces"]


# look-alikes: another verb than a cue; words other than a bracket between the description and the name
@pytest.mark.parametrize("text, lang, name", [
    ("The Labor Code 2019 praises the previous labor regime (‘Labor Code 2012’).", "en", "Labor Code 2012"),
    ("The Labor Code 2019 replaces the previous labor regime, which followed the Labor Code 2012.", "en",
     "Labor Code 2012"),
    ("Bộ luật Lao động 2019 khác chế độ lao động trước đây (Bộ luật Lao động 2012).", "vi", "Bộ luật Lao động 2012"),
])
def test_no_replacing_without_the_cue_and_the_bracket(text, lang, name):
    assert _relation(text, lang, name) == ["cites"]


# class 4: what a law leaves to be detailed, 'quy định chi tiết trong Luật …', is guided (vi relations.csv)
@pytest.mark.parametrize("text, expected", [
    ("Các địa phương phải ban hành đầy đủ các nội dung được giao quy định chi tiết trong Luật Đất đai 2024.", "guides"),
    ("Các địa phương phải ban hành văn bản quy định chi tiết Luật Đất đai 2024.", "guides"),
    ("Các địa phương đã nêu nhiều ý kiến trong Luật Đất đai 2024.", "cites"),
])
def test_detailing_what_is_in_a_law(text, expected):
    assert _relation(text, "vi", "Luật Đất đai 2024") == [expected]
