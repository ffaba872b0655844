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
