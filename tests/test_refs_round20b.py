"""Round 20b (blind, real public pages), Vietnamese, English and French: English `implemented` (the past tense) as an
implementing cue, an issuer's possessive with a Party committee's tenure and the country's name between a cue and the
document, French `remplacera` (the future tense of replacing), the review of how a text was carried out (`l'examen de
la mise en œuvre de`: no relation), the issuer named between a French symbol and `en date du`, the day of a symbol implied by its number and issuer
(`la résolution n°10 du Bureau politique en date du …`), and the duty a
Vietnamese text carries out under a document (`thực hiện chế độ báo cáo theo quy định tại …`). Literal cases written
for this file (no sentence of the round's pages) and look-alikes. README "Round 20b (blind, real public pages):
references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _refs(text, lang, *fields):
    return [tuple(getattr(r, f) for f in fields) for r in find_references(text, lang=lang, published="2023-06-01")]


@pytest.mark.parametrize("text, expected", [
    ("The city has fully implemented Decree No. 12/2021/ND-CP on land prices.", [("12/2021/NĐ-CP", "implements")]),
    ("The board implemented the Politburo’s Resolution No. 29-NQ/TW in every district.", [("29-NQ/TW", "implements")]),
    ("The province implemented the 13th-tenure PCC’s Conclusion No. 14-KL/TW last year.", [("14-KL/TW", "implements")]),
    ("It is necessary to amend the Vietnam Law on Investment 2014 soon.", [("Luật Đầu tư 2014", "amends")]),
    # look-alikes: a document that implements another, named after 'implemented by'; a possessive with no cue
    ("The Land Law was implemented by Decree No. 43/2014/ND-CP.", [("Luật Đất đai", "cites"), ("43/2014/NĐ-CP", "cites")]),
    ("The Politburo’s Resolution No. 29-NQ/TW sets the goals.", [("29-NQ/TW", "cites")]),
    ("The Vietnam Law on Investment 2014 was a milestone.", [("Luật Đầu tư 2014", "cites")]),
])
def test_english_past_tense_cue_possessive_tenure_and_country_before_the_document(text, expected):
    assert _refs(text, "en", "id", "relation") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le nouveau décret remplacera le décret n° 57/2018/ND-CP l’an prochain.", [("57/2018/NĐ-CP", "replaces")]),
    ("Ces textes remplaceront la Directive 10-CT/TW du Bureau politique.", [("10-CT/TW", "replaces")]),
    ("Le Bureau politique a fait le bilan de la mise en œuvre de la résolution n°23-NQ/TW.", [("23-NQ/TW", "cites")]),
    ("Ils ont discuté de l’examen de la mise en œuvre du décret n° 98/2018/ND-CP.", [("98/2018/NĐ-CP", "cites")]),
    # controls: carrying a text out stays implements; a replaced text named first is no cue
    ("Les provinces poursuivent la mise en œuvre de la résolution n°23-NQ/TW.", [("23-NQ/TW", "implements")]),
    ("Le décret n° 57/2018/ND-CP sera remplacé.", [("57/2018/NĐ-CP", "cites")]),
])
def test_french_future_replacing_and_a_review_of_implementation(text, expected):
    assert _refs(text, "fr", "id", "relation") == expected


@pytest.mark.parametrize("text, expected", [
    ("La résolution n°39-NQ/TW du Bureau politique en date du 17 avril 2015 est appliquée.", [("39-NQ/TW", "2015-04-17")]),
    ("Le décret n° 15/2020/ND-CP du gouvernement du 3 février 2020 s’applique.", [("15/2020/NĐ-CP", "2020-02-03")]),
    # look-alikes: a day of another year than the symbol's after the issuer, and a meeting's day after other words
    ("Le décret n° 15/2020/ND-CP du gouvernement du 3 février 2019 s’applique.", [("15/2020/NĐ-CP", None)]),
    ("La résolution n°39-NQ/TW du Bureau politique, réunion du 17 avril 2015, est appliquée.", [("39-NQ/TW", None)]),
])
def test_french_issuer_between_the_symbol_and_its_day(text, expected):
    assert _refs(text, "fr", "id", "issued") == expected


@pytest.mark.parametrize("text, expected", [
    ("Sở Tài chính thực hiện chế độ báo cáo theo quy định tại Luật Ngân sách nhà nước.",
     [("Luật Ngân sách nhà nước", "implements")]),
    ("Doanh nghiệp thực hiện nghĩa vụ tài chính theo quy định tại Nghị định số 45/2014/NĐ-CP.",
     [("45/2014/NĐ-CP", "implements")]),
    # look-alikes: the same words without an implementing verb before them stay citations
    ("Chế độ báo cáo theo quy định tại Luật Ngân sách nhà nước được áp dụng.", [("Luật Ngân sách nhà nước", "cites")]),
    ("Bộ đã báo cáo theo quy định tại Nghị định số 40/2020/NĐ-CP.", [("40/2020/NĐ-CP", "cites")]),
])
def test_vietnamese_duty_carried_out_under_a_document(text, expected):
    assert _refs(text, "vi", "id", "relation") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("l’examen de la résolution n°10 du Bureau politique en date du 18 janvier 2002 est achevé.", "fr",
     [("10-NQ/TW", "2002-01-18")]),
    ("Thực hiện Nghị quyết 39 của Bộ Chính trị ngày 17/4/2015 về tinh giản biên chế.", "vi", [("39-NQ/TW", "2015-04-17")]),
    ("Resolution No. 15/2008 of the National Assembly dated May 29, 2008 applies.", "en", [("15/2008/QH12", "2008-05-29")]),
    # look-alikes: a day after other words, and a day of another year than the one written
    ("Nghị quyết 39 của Bộ Chính trị đã được triển khai từ ngày 17/4/2016.", "vi", [("39-NQ/TW", None)]),
    ("Resolution No. 15/2008 of the National Assembly dated May 29, 2009 applies.", "en", [("15/2008/QH12", None)]),
])
def test_a_symbol_implied_by_number_and_issuer_takes_its_day(text, lang, expected):
    assert [(r.id, r.issued) for r in find_references(text, lang=lang, published="2023-06-01")] == expected
