"""Round 20's open items and earlier rounds' (references, not blind; README "Round 20, references: open items (not
blind)"): a list of numbers after one type word, each with its marker and year and no symbol (fr `résolutions
gouvernementales no2 de 2019 et no35 de 2016`, en `Decrees No. 15 of 2018 and No. 35 of 2016`, vi `Nghị quyết số 02 năm
2019 và số 35 năm 2016 của Chính phủ`), the issuer as a French adjective after the type word (`gouvernementales`), the
Government's resolutions by number and year without the year in their id (CONTRACTS: `2/NQ-CP`); one rule for short
forms (a short name defined after a law by its number, `(“LOE”)`, is the law at each use; a type-word repeat after a
defined short form is the document); the typo `quy phạm phát luật`; an issue date after a numbered document's title
opened by `dated` / `daté du`; en `on (the) amendments to` opening a numbered law's own title. Literal cases written
for this file (no sentence of the rounds' pages) and look-alikes."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _refs(text, lang, *fields, published="2019-12-20"):
    return [tuple(getattr(r, f) for f in fields) for r in find_references(text, lang=lang, published=published)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Premier ministre a salué la mise en œuvre des résolutions gouvernementales no2 de 2019 et no35 de 2016 sur "
     "le climat des affaires.", "fr", [("2/NQ-CP", 2019), ("35/NQ-CP", 2016)]),
    ("La résolution gouvernementale n°19 de 2017 a réduit les procédures.", "fr", [("19/NQ-CP", 2017)]),
    ("Les ministères appliquent la résolution no35 de 2016 et no19 de 2017 du Gouvernement.", "fr",
     [("35/NQ-CP", 2016), ("19/NQ-CP", 2017)]),
    ("Les décrets no15 de 2018 et no35 de 2016 fixent les conditions.", "fr",
     [("15/2018/NĐ-CP", 2018), ("35/2016/NĐ-CP", 2016)]),
    ("Ministries apply the Government's Decrees No. 15 of 2018 and No. 35 of 2016 on investment.", "en",
     [("15/2018/NĐ-CP", 2018), ("35/2016/NĐ-CP", 2016)]),
    ("Các bộ triển khai Nghị quyết số 02 năm 2019 và số 35 năm 2016 của Chính phủ.", "vi",
     [("2/NQ-CP", 2019), ("35/NQ-CP", 2016)]),
    ("Chính phủ đã ban hành Nghị quyết 19/2017 của Chính phủ về môi trường kinh doanh.", "vi", [("19/NQ-CP", 2017)]),
    # look-alikes: without a year, or without an issuer a number implies, no symbol; a number without its marker
    # after the conjunction is no item
    ("Les résolutions gouvernementales no2 et no35 ont été évoquées.", "fr", []),
    ("Les décisions no2 de 2019 et no35 de 2016 ont été évoquées.", "fr", []),
    ("La résolution no2 de 2019 du Gouvernement, et 35 entreprises ont répondu.", "fr", [("2/NQ-CP", 2019)]),
    ("Les ministères gouvernementaux no2 et no5 de 2019 ont répondu.", "fr", []),
])
def test_numbers_listed_after_one_type_word_with_their_years(text, lang, expected):
    assert _refs(text, lang, "id", "year") == expected


# One rule for short forms (README "Round 20, references: open items"): a short name a text defines for a document is
# that document at each use; a type word repeating a numbered document (`the Resolution`, `the Decree`) is that
# document (rounds 5, 8, 10, 12); a short name defined after a law by its number, in quotes or not, names the law
# without a year, resolved to the version the number gives (round 15's `“IP Law”`, round 19b's `(“LOE”)`).
@pytest.mark.parametrize("text, lang, expected", [
    ("The Law on Enterprises No. 59/2020/QH14 (“LOE”) was adopted. Under the LOE, firms may register online.", "en",
     [("59/2020/QH14", "59/2020/QH14"), ("Luật Doanh nghiệp", "Luật Doanh nghiệp 2020"),
      ("Luật Doanh nghiệp", "Luật Doanh nghiệp 2020")]),
    ("La loi sur les entreprises n°59/2020/QH14 (« LOE ») est entrée en vigueur. Selon la LOE, les sociétés "
     "s’enregistrent en ligne.", "fr",
     [("59/2020/QH14", "59/2020/QH14"), ("Luật Doanh nghiệp", "Luật Doanh nghiệp 2020"),
      ("Luật Doanh nghiệp", "Luật Doanh nghiệp 2020")]),
    ("Luật Doanh nghiệp số 59/2020/QH14 (\"LDN\") được thông qua. Theo LDN, doanh nghiệp đăng ký trực tuyến.", "vi",
     [("59/2020/QH14", "59/2020/QH14"), ("Luật Doanh nghiệp", "Luật Doanh nghiệp 2020"),
      ("Luật Doanh nghiệp", "Luật Doanh nghiệp 2020")]),
    # look-alikes: a short name never used again, one without a law's letter, one after a decree define no law
    ("The Law on Enterprises No. 59/2020/QH14 (“LOE”) was adopted on June 17, 2020.", "en",
     [("59/2020/QH14", "59/2020/QH14")]),
    ("The Law on Enterprises No. 59/2020/QH14 (“PPP”) was adopted. The PPP applies.", "en",
     [("59/2020/QH14", "59/2020/QH14")]),
    ("Decree No. 15/2018/ND-CP (“LD”) was issued. The LD applies.", "en", [("15/2018/NĐ-CP", "15/2018/NĐ-CP")]),
])
def test_short_name_defined_after_a_law_by_its_number(text, lang, expected):
    assert _refs(text, lang, "id", "resolved", published="2020-12-20") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Government adopted Resolution No. 19/NQ-CP (below referred to as Resolution No. 19). The implementation of "
     "the Resolution has reaped results.", ["19/NQ-CP", "19/NQ-CP", "19/NQ-CP"]),
    # look-alike: a plural type word repeats nothing
    ("The Government adopted Resolution No. 19/NQ-CP. The Resolutions of the plenum were discussed.", ["19/NQ-CP"]),
])
def test_type_word_repeat_after_a_defined_short_form_is_the_document(text, expected):
    assert [i for (i,) in _refs(text, "en", "id")] == expected


@pytest.mark.parametrize("text, expected", [
    # the press's and provinces' frequent typo 'phát luật' for 'pháp luật' in the Law on legal documents' name
    ("Căn cứ Luật Ban hành văn bản quy phạm phát luật ngày 19 tháng 02 năm 2025;",
     [("Luật Ban hành văn bản quy phạm pháp luật 2025", "2025-02-19")]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm phát luật ngày 25 tháng 6 năm 2025;",
     [("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật 2025", "2025-06-25")]),
    # look-alike: the words in running text, no law's name
    ("Tỉnh rà soát các văn bản quy phạm phát luật do địa phương ban hành năm 2025.", []),
])
def test_vietnamese_law_on_legal_documents_with_the_typo_phat_luat(text, expected):
    assert _refs(text, "vi", "id", "issued", published="2025-07-21") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Pursuant to the Law No. 35/2018/QH14 on amendments to the Law on Planning dated November 20, 2018;", "en",
     [("35/2018/QH14", "2018-11-20")]),
    ("Pursuant to Decree No. 12/2015/ND-CP on guidelines for tax laws dated February 12, 2015;", "en",
     [("12/2015/NĐ-CP", "2015-02-12")]),
    ("Vu le décret n°12/2015/ND-CP portant sur les impôts, daté du 12 février 2015 ;", "fr",
     [("12/2015/NĐ-CP", "2015-02-12")]),
    # look-alikes: a day of another year, a number or a clause end inside the title, no cue word: no issue date
    ("Pursuant to Decree No. 12/2015/ND-CP on guidelines for tax laws dated February 12, 2016;", "en",
     [("12/2015/NĐ-CP", None)]),
    ("Pursuant to Decree No. 12/2015/ND-CP on guidelines for Article 5 of tax laws dated February 12, 2015;", "en",
     [("12/2015/NĐ-CP", None)]),
    ("Decree No. 12/2015/ND-CP guides tax laws. The report dated February 12, 2015 says so.", "en",
     [("12/2015/NĐ-CP", None)]),
    ("Decree No. 12/2015/ND-CP on guidelines for tax laws took effect on February 12, 2015.", "en",
     [("12/2015/NĐ-CP", None)]),
])
def test_issue_date_after_a_numbered_documents_title(text, lang, expected):
    assert _refs(text, lang, "id", "issued") == expected


@pytest.mark.parametrize("text, expected", [
    # 'on (the) amendments to' after a law cited by its number opens that law's own title (round 15b's rule for
    # 'amending … a number of articles of'): the law it names there is no reference of its own
    ("Pursuant to the Law No. 21/2012/QH13 on the amendments to the Law on Tax Administration;",
     [("21/2012/QH13", "cites")]),
    ("Pursuant to the Law No. 35/2018/QH14 on amendments and supplements to the Law on Planning;",
     [("35/2018/QH14", "cites")]),
    # look-alike: the enacting sentence's object is a reference
    ("The Law No. 35/2018/QH14 makes amendments to the Law on Planning.",
     [("35/2018/QH14", "cites"), ("Luật Quy hoạch", "amends")]),
])
def test_english_on_amendments_to_opens_a_numbered_laws_title(text, expected):
    assert _refs(text, "en", "id", "relation") == expected
