"""Round 18b (blind, real public pages), English: amending phrases with a noun ("provides amendments and
supplements to a number of articles of …"), "revised" as a verb, and a list whose items a participle describes.
Literal cases written for this file (no sentence of the round's pages) and look-alikes.
README "Round 18b (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


@pytest.mark.parametrize("text, expected", [
    ("The new decree makes amendments to a number of articles of the Government’s Decree No. 52/2021/ND-CP.",
     [("52/2021/NĐ-CP", "amends")]),
    ("It provides amendments and supplements to some articles of Decree No. 15/2018/ND-CP prescribing food "
     "safety and Decree No. 77/2016/ND-CP prescribing trade conditions.",
     [("15/2018/NĐ-CP", "amends"), ("77/2016/NĐ-CP", "amends")]),
    ("Decree No. 77/2016/ND-CP sets the conditions. Decree No. 8/2018/ND-CP later revised Decree No. 77.",
     [("77/2016/NĐ-CP", "cites"), ("8/2018/NĐ-CP", "cites"), ("77/2016/NĐ-CP", "amends")]),
    # look-alikes: "revised" as an adjective, a guidance phrase reaching "articles of", a list broken by a sentence
    ("The National Assembly adopted the revised Law on Bidding No. 22/2023/QH15.", [("22/2023/QH15", "cites")]),
    ("It gives guidance for implementation of a number of articles of the Law on Investment No. 61/2020/QH14.",
     [("61/2020/QH14", "cites")]),
    ("It amends Decree No. 15/2018/ND-CP prescribing food safety. Decree No. 77/2016/ND-CP stays in force.",
     [("15/2018/NĐ-CP", "amends"), ("77/2016/NĐ-CP", "cites")]),
])
def test_english_amending_phrases(text, expected):
    assert [(r.id, r.relation) for r in find_references(text, lang="en", published=None)] == expected
