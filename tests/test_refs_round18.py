"""Round 18 (blind, real public pages), English and Vietnamese: the error classes the first run showed that the
fixes cover, with literal cases written for this file (no sentence of the round's pages) and look-alikes.
README "Round 18 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references

AMENDING_ENTERPRISES = "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp"
AMENDING_VIOLATIONS = "Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính"
AMENDING_GOVERNMENT = ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và "
                       "Luật Tổ chức chính quyền địa phương")


# an English amending law's short title, the verb right before the law it amends ("Law Amending Law on …",
# "the Law amending the Law on …"): one law, whose amended laws are no references of their own
@pytest.mark.parametrize("text, expected", [
    ("Law Amending Law on Organization of the Government and Law on Organization of Local Administration\n",
     [(AMENDING_GOVERNMENT, "cites")]),
    ("The Law amending the Law on Enterprises takes effect on July 1.", [(AMENDING_ENTERPRISES, "cites")]),
    # look-alike: a verb of a sentence, the law amended is the reference
    ("The Government amends the Law on Enterprises every decade.", [("Luật Doanh nghiệp", "amends")]),
])
def test_an_english_amending_law_by_its_short_title(text, expected):
    assert [(r.id, r.relation) for r in find_references(text, lang="en", published=None)] == expected


# a legislature's number run into a legal database's next label ("…/QH14Signer:", "…/QH14Loại văn bản")
@pytest.mark.parametrize("text, lang, expected", [
    ("Official number:59/2020/QH14Signer:Nguyen Thi Kim Ngan", "en", ["59/2020/QH14"]),
    ("Số hiệu:45/2019/QH14Loại văn bản:Luật", "vi", ["45/2019/QH14"]),
    # control: the number standing alone
    ("Official number: 59/2020/QH14 Signer: Nguyen Thi Kim Ngan", "en", ["59/2020/QH14"]),
    # look-alike: lower-case letters glued to the digits are no label; no symbol
    ("Code 59/2020/QH14abc is a product key.", "en", []),
])
def test_an_assembly_number_glued_to_the_next_label(text, lang, expected):
    assert [r.id for r in find_references(text, lang=lang, published=None)] == expected


# "which was enacted (by the National Assembly) in (November) 2019" after a year-less name gives its version,
# the name's alias in brackets between; the "new" code's later mentions are that version too
@pytest.mark.parametrize("text, expected", [
    ("The existing Labour Code which was enacted in 2012 stays in force.", ["Bộ luật Lao động 2012"]),
    ("The new Investment Law (\"New Investment Law\"), which was enacted by the National Assembly in June 2020, "
     "applies next year. The New Investment Law removes several sectors.",
     ["Luật Đầu tư 2020", "Luật Đầu tư 2020", "Luật Đầu tư 2020"]),
    # look-alike: "enacted" without a year names no version
    ("The Labour Code, which was enacted in good faith, protects workers.", [None]),
])
def test_an_english_enactment_year_after_a_yearless_name(text, expected):
    assert [r.resolved for r in find_references(text, lang="en", published=None)] == expected


# on an undated text, "the new … Law" is the latest version of it the text names with its year
@pytest.mark.parametrize("text, expected", [
    ("The 2020 Law on Enterprises and the 2014 Law on Enterprises differ. The new Law on Enterprises simplifies "
     "registration.", ["Luật Doanh nghiệp 2020", "Luật Doanh nghiệp 2014", "Luật Doanh nghiệp 2020"]),
    # look-alike: without "new" the year-less name is the nearest version named before it
    ("The 2020 Law on Enterprises and the 2014 Law on Enterprises differ. The Law on Enterprises simplifies "
     "registration.", ["Luật Doanh nghiệp 2020", "Luật Doanh nghiệp 2014", "Luật Doanh nghiệp 2014"]),
])
def test_the_new_law_on_an_undated_text(text, expected):
    assert [r.resolved for r in find_references(text, lang="en", published=None)] == expected


# a law's own number in brackets right after its year-less name gives the version (the number's year), not the
# year of the page that reports it
@pytest.mark.parametrize("text, lang, expected", [
    ("Năm 2020, Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính "
     "(Luật số 67/2020/QH14).", "vi", [AMENDING_VIOLATIONS + " 2020", None]),
    ("The National Assembly approved the Law amending a number of articles of the Law on Handling of "
     "Administrative Violations (Law No. 67/2020/QH14).", "en",
     [AMENDING_VIOLATIONS + " 2020", None]),
    # look-alike: a decree's number in brackets is no version of the law
    ("Các quy định của Luật Xử lý vi phạm hành chính (Nghị định số 118/2021/NĐ-CP) được áp dụng.", "vi",
     ["Luật Xử lý vi phạm hành chính 2012", None]),
])
def test_a_law_number_in_brackets_after_a_yearless_name(text, lang, expected):
    refs = find_references(text, lang=lang, published="2022-08-01")
    assert [r.resolved if not r.number else None for r in refs] == expected


# an undated text is no older than the latest year it writes: a year-less name with no version named in the
# text is the version in force at that year's start ("… có hiệu lực từ ngày 01/01/2018 … Hiến pháp": 2013)
@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ luật có hiệu lực thi hành kể từ ngày 01/01/2018, cụ thể hóa các quy định của Hiến pháp.", "vi",
     ["Hiến pháp 2013"]),
    ("The rules in force since 1 January 2016 implement the Constitution.", "en", ["Hiến pháp 2013"]),
    # look-alike: no year written, nothing to date the text: unresolved
    ("Bộ luật cụ thể hóa các quy định của Hiến pháp.", "vi", [None]),
    # look-alike: a law adopted later in that year is not yet in force at its start (a bill debated that year)
    ("Năm 2019, đại biểu thảo luận Luật Xuất cảnh, nhập cảnh của công dân Việt Nam tại hội trường.", "vi", [None]),
])
def test_a_yearless_name_on_an_undated_text(text, lang, expected):
    assert [r.resolved for r in find_references(text, lang=lang, published=None)] == expected
