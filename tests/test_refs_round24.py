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
