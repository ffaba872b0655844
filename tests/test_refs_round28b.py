"""Round 28b's references classes (issue #14, blind round on real public pages): a compound word's hyphen in a law's
title printed as a space, a law's name in lower case after a guiding or detailing cue. Literal cases written for this
file (no sentence of the round's pages) and look-alikes. docs/quality.md "Round 28b (blind, real public pages):
references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references

VAT = "Luật Thuế giá trị gia tăng"
SOE = "Luật Doanh nghiệp nhà nước"
LAND = "Luật Đất đai"


def _ids(text, lang):
    return [(r.id, r.relation) for r in find_references(text, lang=lang, published="2005-06-01")]


@pytest.mark.parametrize("text, lang, expected", [
    # the table writes the compound with its hyphen ("Value-Added", "State-owned"); a page may print a space
    ("Enterprises must declare under the Law on Value Added Tax.", "en", [(VAT, "cites")]),
    ("The Value Added Tax Law sets a rate of 10 percent.", "en", [(VAT, "cites")]),
    ("The Law on State owned Enterprises was adopted in 2003.", "en", [(SOE, "cites")]),
    # controls: the hyphen as the table writes it still reads; the tax alone names no law
    ("Enterprises must declare under the Law on Value-Added Tax.", "en", [(VAT, "cites")]),
    ("The value added tax on rice is 5 percent.", "en", []),
])
def test_a_titles_hyphen_printed_as_a_space(text, lang, expected):
    assert _ids(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a text guiding or detailing how a law is carried out names that one law, not a field, in lower case too
    ("Circular No. 12/2004/TT-BTC guiding the implementation of the value added tax law for exporters.", "en",
     [("12/2004/TT-BTC", "cites"), (VAT, "guides")]),
    ("Circular No. 12/2004/TT-BTC guiding the application of the law on value added tax to banks.", "en",
     [("12/2004/TT-BTC", "cites"), (VAT, "guides")]),
    ("Decree No. 43/2014/ND-CP detailing the implementation of the land law was issued.", "en",
     [("43/2014/NĐ-CP", "cites"), (LAND, "guides")]),
    ("Thông tư số 12/2004/TT-BTC hướng dẫn thi hành luật thuế giá trị gia tăng đối với hàng xuất khẩu.", "vi",
     [("12/2004/TT-BTC", "cites"), (VAT, "guides")]),
    ("Nghị định số 43/2014/NĐ-CP quy định chi tiết thi hành luật đất đai.", "vi",
     [("43/2014/NĐ-CP", "cites"), (LAND, "guides")]),
    # look-alikes: a field of law or a subject in lower case without the cue stays none
    ("Firms must observe the land law and the rules on taxes.", "en", []),
    ("The value added tax law is a subject taught at the academy.", "en", []),
    ("Cán bộ phải nắm vững pháp luật thuế giá trị gia tăng.", "vi", []),
    ("Hướng dẫn thi hành pháp luật đất đai là việc của các sở.", "vi", []),
])
def test_a_lower_case_law_after_a_guiding_cue(text, lang, expected):
    assert _ids(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the guiding verbs' other objects: how a law is applied, detailed provisions a decree makes
    ("Circular No. 49/1999/TT-BTC guiding the application of the Law on Value-Added Tax to leasing.", "en",
     [("49/1999/TT-BTC", "cites"), (VAT, "guides")]),
    ("Decree No. 79/2000/ND-CP making detailed provisions for implementation of the Land Law.", "en",
     [("79/2000/NĐ-CP", "cites"), (LAND, "guides")]),
    # controls: the application or the making of something else is no guiding
    ("The provinces report on the application of the Land Law.", "en", [(LAND, "cites")]),
])
def test_guiding_the_application_and_making_detailed_provisions(text, lang, expected):
    assert _ids(text, lang) == expected


def _issued(text, lang):
    return [(r.id, r.issued) for r in find_references(text, lang=lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # a decree by number and year only (its symbol implied by the type and the Government), dated by an issuing verb
    # and the day opening the sentence, as a full symbol is
    ("Le 3 mars 2021, le gouvernement a publié le décret No18/2021 sur les marchés publics.", "fr",
     [("18/2021/NĐ-CP", "2021-03-03")]),
    ("On March 3, 2021, the Government issued Decree No. 18/2021 on public procurement.", "en",
     [("18/2021/NĐ-CP", "2021-03-03")]),
    ("Ngày 3/3/2021, Chính phủ ban hành Nghị định số 18/2021 về đấu thầu.", "vi", [("18/2021/NĐ-CP", "2021-03-03")]),
    # look-alikes: a day of another year, or no issuing verb, dates nothing
    ("Le 3 mars 2022, le gouvernement a publié le décret No18/2021 sur les marchés publics.", "fr",
     [("18/2021/NĐ-CP", None)]),
    ("Le 3 mars 2021, la province a débattu du décret No18/2021 sur les marchés publics.", "fr",
     [("18/2021/NĐ-CP", None)]),
    ("On March 3, 2021, the province discussed Decree No. 18/2021 on public procurement.", "en",
     [("18/2021/NĐ-CP", None)]),
])
def test_a_decree_by_number_and_year_dated_by_the_sentences_opening_day(text, lang, expected):
    assert _issued(text, lang) == expected
