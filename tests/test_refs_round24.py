"""Round 24 (blind, real public pages), Vietnamese, English and French: a short form defined for a numbered
document after the issue day it is dated by (`Thông tư 78/2021/TT-BTC ngày 17/09/2021 (“Thông Tư 78”)`), and a
defined short form read once, with its quotes (`(“Decree 76”)`). Literal cases written for this file (no sentence
of the round's pages) and look-alikes. README "Round 24 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _found(text, lang):
    return [(r.text, r.id) for r in find_references(text, lang=lang, published="2022-03-01")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Tài chính ban hành Thông tư 80/2021/TT-BTC ngày 29/09/2021 (“Thông Tư 80”). Theo Điều 5 Thông Tư 80, "
     "người nộp thuế khai bổ sung.", "vi",
     [("Thông tư 80/2021/TT-BTC", "80/2021/TT-BTC"), ("“Thông Tư 80”", "80/2021/TT-BTC"),
      ("Thông Tư 80", "80/2021/TT-BTC")]),
    ("Chính phủ ban hành Nghị định số 15/2022/NĐ-CP ngày 28 tháng 01 năm 2022 (“NĐ15”). NĐ15 giảm thuế.", "vi",
     [("Nghị định số 15/2022/NĐ-CP", "15/2022/NĐ-CP"), ("“NĐ15”", "15/2022/NĐ-CP"), ("NĐ15", "15/2022/NĐ-CP")]),
    ("The Government issued Decree No. 15/2022/ND-CP dated 28 January 2022 (“D15”). D15 reduces the tax.", "en",
     [("Decree No. 15/2022/ND-CP", "15/2022/NĐ-CP"), ("“D15”", "15/2022/NĐ-CP"), ("D15", "15/2022/NĐ-CP")]),
    ("Le gouvernement a publié le décret n° 15/2022/ND-CP du 28 janvier 2022 (« D15 »). Le D15 réduit la taxe.", "fr",
     [("décret n° 15/2022/ND-CP", "15/2022/NĐ-CP"), ("« D15 »", "15/2022/NĐ-CP"), ("D15", "15/2022/NĐ-CP")]),
    # look-alike: a day of taking effect between the document and the brackets opens no definition
    ("Bộ Tài chính ban hành Thông tư 80/2021/TT-BTC có hiệu lực từ ngày 01/01/2022 (“Thông Tư 80”). Theo Thông Tư "
     "80, người nộp thuế khai bổ sung.", "vi", [("Thông tư 80/2021/TT-BTC", "80/2021/TT-BTC")]),
])
def test_a_short_form_defined_after_the_issue_day(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Government issued Decree No. 35/2022/ND-CP (“Decree 35”) on industrial parks. Decree 35 applies.", "en",
     [("Decree No. 35/2022/ND-CP", "35/2022/NĐ-CP"), ("“Decree 35”", "35/2022/NĐ-CP"), ("Decree 35", "35/2022/NĐ-CP")]),
    ("Chính phủ ban hành Nghị định 35/2022/NĐ-CP (“Nghị định 35”) về khu công nghiệp. Nghị định 35 áp dụng.", "vi",
     [("Nghị định 35/2022/NĐ-CP", "35/2022/NĐ-CP"), ("“Nghị định 35”", "35/2022/NĐ-CP"),
      ("Nghị định 35", "35/2022/NĐ-CP")]),
    ("Le gouvernement a publié le décret 35/2022/ND-CP (« décret 35 ») sur les zones industrielles. Le décret 35 "
     "s'applique.", "fr",
     [("décret 35/2022/ND-CP", "35/2022/NĐ-CP"), ("« décret 35 »", "35/2022/NĐ-CP"), ("décret 35", "35/2022/NĐ-CP")]),
    # control: a short form of another document inside the quotes stays
    ("Decree No. 35/2022/ND-CP replaces Decree No. 82/2018/ND-CP (“Decree 82”). Decree 82 ends.", "en",
     [("Decree No. 35/2022/ND-CP", "35/2022/NĐ-CP"), ("Decree No. 82/2018/ND-CP", "82/2018/NĐ-CP"),
      ("“Decree 82”", "82/2018/NĐ-CP"), ("Decree 82", "82/2018/NĐ-CP")]),
])
def test_a_defined_short_form_is_one_mention_with_its_quotes(text, lang, expected):
    assert _found(text, lang) == expected


def _relations(text, lang):
    return [(r.id, r.relation) for r in find_references(text, lang=lang, published="2022-03-01")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Decree No. 23/2021/ND-CP, which took effect on 1 June 2021, replaced Decree No. 52/2014/ND-CP.", "en",
     [("23/2021/NĐ-CP", "cites"), ("52/2014/NĐ-CP", "replaces")]),
    ("Le décret n° 23/2021/ND-CP, entré en vigueur le 1er juin 2021, a remplacé le décret n° 52/2014/ND-CP.", "fr",
     [("23/2021/NĐ-CP", "cites"), ("52/2014/NĐ-CP", "replaces")]),
    ("Nghị định số 23/2021/NĐ-CP có hiệu lực từ ngày 01/6/2021 và đã thay thế Nghị định số 52/2014/NĐ-CP.", "vi",
     [("23/2021/NĐ-CP", "cites"), ("52/2014/NĐ-CP", "replaces")]),
    # look-alikes: 'replaced by' / 'remplacé par' names the replacing document
    ("Decree No. 52/2014/ND-CP was replaced by Decree No. 23/2021/ND-CP.", "en",
     [("52/2014/NĐ-CP", "cites"), ("23/2021/NĐ-CP", "cites")]),
    ("Le décret n° 52/2014/ND-CP a été remplacé par le décret n° 23/2021/ND-CP.", "fr",
     [("52/2014/NĐ-CP", "cites"), ("23/2021/NĐ-CP", "cites")]),
])
def test_the_past_tense_of_replacing(text, lang, expected):
    assert _relations(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Government issued Decree No. 31/2021/ND-CP providing detailed regulations for implementation of the Law on "
     "Investment 2020.", "en", [("31/2021/NĐ-CP", "cites"), ("Luật Đầu tư 2020", "guides")]),
    ("Decree No. 23/2021/ND-CP provides detailed guidance for Articles 37.3 and 39 of Law No. 38/2013/QH13.", "en",
     [("23/2021/NĐ-CP", "cites"), ("38/2013/QH13", "guides")]),
    ("Nghị định số 23/2021/NĐ-CP quy định chi tiết khoản 3 Điều 37 và Điều 39 của Luật Việc làm số 38/2013/QH13.", "vi",
     [("23/2021/NĐ-CP", "cites"), ("38/2013/QH13", "guides")]),
    # look-alikes: the implementation alone still implements; an article cited without a detailing cue cites
    ("The Ministry is responsible for the implementation of Decree No. 31/2021/ND-CP.", "en",
     [("31/2021/NĐ-CP", "implements")]),
    ("Theo quy định tại Điều 37 của Luật Việc làm số 38/2013/QH13.", "vi", [("38/2013/QH13", "cites")]),
])
def test_detailed_rules_for_a_law_or_its_articles_guide_it(text, lang, expected):
    assert _relations(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Selon l'article 5 du Code de travail de 2019, le salarié a droit au repos.", "fr", ["Bộ luật Lao động 2019"]),
    ("les dispositions du Code de travail pour les travailleurs étrangers", "fr", ["Bộ luật Lao động"]),
    # look-alike: a work contract is no code
    ("Il a signé un contrat de travail de deux ans.", "fr", []),
])
def test_the_french_labour_code_written_code_de_travail(text, lang, expected):
    assert [r.id for r in find_references(text, lang=lang, published="2022-03-01")] == expected
