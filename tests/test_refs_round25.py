"""Round 25 (blind, real public pages), Vietnamese, English and French: French law titles the list lacked (`la loi
sur l'entrée, la sortie, le transit et le séjour des étrangers`, `la loi sur l'investissement direct étranger`), the
French participle `amendant` as an amending cue, and a two-word type word with its second word in lower case as a
repeat (`this Official letter`). Literal cases written for this file (no sentence of the round's pages) and
look-alikes. docs/quality.md "Round 25 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _found(text, lang, published="2021-07-24"):
    return [(r.text, r.id, r.relation) for r in find_references(text, lang=lang, published=published)]


ENTRY_LAW = "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam"


@pytest.mark.parametrize("text, lang, expected", [
    ("La loi sur l'entrée, la sortie, le transit et le séjour des étrangers au Vietnam s'applique.", "fr",
     [("loi sur l'entrée, la sortie, le transit et le séjour des étrangers au Vietnam", ENTRY_LAW, "cites")]),
    ("Selon la loi sur l’entrée, la sortie, le transit et le séjour des étrangers, le visa est valable.", "fr",
     [("loi sur l’entrée, la sortie, le transit et le séjour des étrangers", ENTRY_LAW, "cites")]),
    ("La loi sur l'investissement direct étranger est entrée en vigueur le 1er juillet.", "fr",
     [("loi sur l'investissement direct étranger", "Luật Đầu tư nước ngoài tại Việt Nam", "cites")]),
    ("Les investisseurs suivent la loi sur les investissements directs étrangers.", "fr",
     [("loi sur les investissements directs étrangers", "Luật Đầu tư nước ngoài tại Việt Nam", "cites")]),
    # controls, found before: the list's own spellings in French and English
    ("La loi sur l'entrée, la sortie, le transit et la résidence des étrangers au Vietnam s'applique.", "fr",
     [("loi sur l'entrée, la sortie, le transit et la résidence des étrangers au Vietnam", ENTRY_LAW, "cites")]),
    ("The Law on Foreign Investment in Vietnam applies.", "en",
     [("Law on Foreign Investment in Vietnam", "Luật Đầu tư nước ngoài tại Việt Nam", "cites")]),
    # look-alikes: the stay of foreigners and direct foreign investment without the law's word stay none
    ("Le séjour des étrangers au Vietnam est réglementé.", "fr", []),
    ("L'investissement direct étranger a augmenté de 10 %.", "fr", []),
])
def test_french_law_titles_the_list_lacked(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le décret amendant le décret n° 98/2018/ND-CP entre en vigueur.", "fr",
     [("décret n° 98/2018/ND-CP", "98/2018/NĐ-CP", "amends")]),
    ("La loi 51/2019/QH14 amendant la loi sur l'entrée, la sortie, le transit et le séjour des étrangers au Vietnam.",
     "fr", [("loi 51/2019/QH14", "51/2019/QH14", "cites"),
            ("loi sur l'entrée, la sortie, le transit et le séjour des étrangers au Vietnam", ENTRY_LAW, "amends")]),
    # controls, the same relation before: the French 'modifiant', the English 'amending', the Vietnamese 'sửa đổi'
    ("Le décret modifiant le décret n° 98/2018/ND-CP entre en vigueur.", "fr",
     [("décret n° 98/2018/ND-CP", "98/2018/NĐ-CP", "amends")]),
    ("The Decree amending Decree No. 98/2018/ND-CP takes effect.", "en",
     [("Decree No. 98/2018/ND-CP", "98/2018/NĐ-CP", "amends")]),
    ("Nghị định sửa đổi Nghị định số 98/2018/NĐ-CP có hiệu lực.", "vi",
     [("Nghị định số 98/2018/NĐ-CP", "98/2018/NĐ-CP", "amends")]),
    # look-alike: the participle 'amendée' after the document is no cue before another
    ("Le décret n° 98/2018/ND-CP, amendé en 2020, s'applique.", "fr",
     [("décret n° 98/2018/ND-CP", "98/2018/NĐ-CP", "cites")]),
])
def test_the_french_participle_amendant_amends(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Official letter No. 6519/VPCP-KGVX dated July 11th, 2018 was sent. According to this Official letter, "
     "staff rest on Monday.", "en",
     [("Official letter No. 6519/VPCP-KGVX", "6519/VPCP-KGVX", "cites"),
      ("this Official letter", "6519/VPCP-KGVX", "cites")]),
    ("Official Dispatch No. 1234/BTC-TCT was sent. The Official dispatch asks for reports.", "en",
     [("Official Dispatch No. 1234/BTC-TCT", "1234/BTC-TCT", "cites"),
      ("The Official dispatch", "1234/BTC-TCT", "cites")]),
    # controls, found before: the capitalised type word, and the Vietnamese repeat
    ("Official Letter No. 6519/VPCP-KGVX was sent. According to this Official Letter, staff rest.", "en",
     [("Official Letter No. 6519/VPCP-KGVX", "6519/VPCP-KGVX", "cites"),
      ("this Official Letter", "6519/VPCP-KGVX", "cites")]),
    ("Công văn số 6519/VPCP-KGVX đã được gửi. Theo Công văn này, cán bộ được nghỉ.", "vi",
     [("Công văn số 6519/VPCP-KGVX", "6519/VPCP-KGVX", "cites"), ("Công văn này", "6519/VPCP-KGVX", "cites")]),
    # look-alike: no numbered letter named before, no repeat
    ("The Ministry will send an Official letter. According to this Official letter, staff rest.", "en", []),
])
def test_a_type_word_with_its_second_word_in_lower_case_repeats(text, lang, expected):
    assert _found(text, lang, "2018-07-20") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("La Loi foncière, adoptée par l'Assemblée nationale en janvier 2024, change les règles.", "fr",
     [("Loi foncière", "Luật Đất đai", "Luật Đất đai 2024")]),
    ("La Loi foncière (amendée), adoptée par l’Assemblée nationale en janvier 2024, change les règles.", "fr",
     [("Loi foncière", "Luật Đất đai", "Luật Đất đai 2024")]),
    ("The Land Law, adopted by the National Assembly in January 2024, changes the rules.", "en",
     [("Land Law", "Luật Đất đai", "Luật Đất đai 2024")]),
    ("The Land Law (amended), adopted by the National Assembly in January 2024, changes the rules.", "en",
     [("Land Law", "Luật Đất đai", "Luật Đất đai 2024")]),
    ("Luật Đất đai được Quốc hội thông qua vào tháng 1 năm 2024 thay đổi nhiều quy định.", "vi",
     [("Luật Đất đai", "Luật Đất đai", "Luật Đất đai 2024")]),
    # controls, resolved before: the year alone after the cue
    ("The Land Law, adopted by the National Assembly in 2024, changes the rules.", "en",
     [("Land Law", "Luật Đất đai", "Luật Đất đai 2024")]),
    ("Luật Đất đai được Quốc hội thông qua vào năm 2024 thay đổi nhiều quy định.", "vi",
     [("Luật Đất đai", "Luật Đất đai", "Luật Đất đai 2024")]),
    # look-alike: a draft under debate with the revised mark stays unresolved
    ("Le projet de Loi foncière (amendée) est débattu.", "fr", [("Loi foncière", "Luật Đất đai", None)]),
])
def test_the_adoption_month_and_year_after_a_year_less_name(text, lang, expected):
    refs = find_references(text, lang=lang, published=None)
    assert [(r.text, r.id, r.resolved) for r in refs] == expected


@pytest.mark.parametrize("text, expected", [
    ("The National Assembly adopted the Law No. 27/2023/QH15 on Housing (“Housing Law 2023”) dated 27 November 2023.",
     [("Law No. 27/2023/QH15", "2023-11-27"), ("Housing Law 2023", None)]),
    ("The Government issued Decree No. 15/2022/ND-CP on tax administration (\"Decree 15\") dated 28 January 2022.",
     [("Decree No. 15/2022/ND-CP", "2022-01-28"), ("Decree 15", None)]),
    # control, dated before: no short name between the title and its day
    ("The National Assembly adopted the Law No. 27/2023/QH15 on Housing dated 27 November 2023.",
     [("Law No. 27/2023/QH15", "2023-11-27")]),
    # look-alike: a day of another year after the short name is not the decree's
    ("The Government issued Decree No. 15/2022/ND-CP on tax administration (“Decree 15”) dated 28 January 2021.",
     [("Decree No. 15/2022/ND-CP", None), ("Decree 15", None)]),
])
def test_the_issue_day_after_a_title_and_its_defined_short_name(text, expected):
    refs = find_references(text, lang="en", published="2024-02-01")
    assert [(r.text, r.issued) for r in refs] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The law, superseding the Law on Enterprises 2014 (68/2014/QH13), takes effect.", "en",
     [("Law on Enterprises 2014", "Luật Doanh nghiệp 2014", "replaces"), ("68/2014/QH13", "68/2014/QH13", "replaces")]),
    ("Luật này thay thế Luật Doanh nghiệp 2014 (68/2014/QH13) kể từ ngày 01/01/2021.", "vi",
     [("Luật Doanh nghiệp 2014", "Luật Doanh nghiệp 2014", "replaces"), ("68/2014/QH13", "68/2014/QH13", "replaces")]),
    ("La loi remplace la loi sur les entreprises de 2014 (68/2014/QH13).", "fr",
     [("loi sur les entreprises de 2014", "Luật Doanh nghiệp 2014", "replaces"),
      ("68/2014/QH13", "68/2014/QH13", "replaces")]),
    # control: with no cue before the name, both cite, as before
    ("Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính (Luật số 67/2020/QH14).",
     "vi", [("Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính",
             "Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính", "cites"),
            ("Luật số 67/2020/QH14", "67/2020/QH14", "cites")]),
    # look-alike: a law's number in brackets after another kind of document keeps its own relation
    ("The law replaces Decree No. 1/2020/ND-CP (Law No. 45/2013/QH13 applies).", "en",
     [("Decree No. 1/2020/ND-CP", "1/2020/NĐ-CP", "replaces"), ("Law No. 45/2013/QH13", "45/2013/QH13", "cites")]),
])
def test_a_laws_number_in_brackets_takes_its_names_relation(text, lang, expected):
    assert _found(text, lang, "2020-08-01") == expected
