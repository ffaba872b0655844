"""Round 18c (blind, real public pages), English: a year opening the next line is no year of the law named at the
end of the line before it (a heading "2020 Investment Law" over "2020 Investment Law contains …"), and the
public-private partnership law written "the Law on Investment under public-private partnerships". Literal cases
written for this file (no sentence of the round's pages) and look-alikes. README "Round 18c (blind, real public
pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


@pytest.mark.parametrize("text, expected", [
    ("Notes on the Land Law\n2024 Land Law changes the rules on compensation.",
     [("Land Law", "Luật Đất đai"), ("2024 Land Law", "Luật Đất đai 2024")]),
    ("2014 Housing Law\n\n2014 Housing Law lets foreigners buy flats.",
     [("2014 Housing Law", "Luật Nhà ở 2014"), ("2014 Housing Law", "Luật Nhà ở 2014")]),
    # controls: a year after the name on its line, and after a joiner on the next line
    ("The Land Law 2024 changes the rules.", [("Land Law 2024", "Luật Đất đai 2024")]),
    ("It applies the Land Law of\n2013 to old cases.", [("Land Law of\n2013", "Luật Đất đai 2013")]),
])
def test_a_year_opening_the_next_line_is_not_the_names_year(text, expected):
    assert [(r.text, r.id) for r in find_references(text, lang="en", published="2024-09-01")] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Law on Investment under public-private partnerships (PPP) caps the State's share.",
     [("Law on Investment under public-private partnerships", "Luật Đầu tư theo phương thức đối tác công tư")]),
    ("Projects under the Law on Investment under Public-Private Partnership must be tendered.",
     [("Law on Investment under Public-Private Partnership", "Luật Đầu tư theo phương thức đối tác công tư")]),
    # look-alike: the investment law, then partnerships in prose
    ("Under the Law on Investment, public-private partnerships get incentives.", [("Law on Investment", "Luật Đầu tư")]),
])
def test_the_ppp_law_under_its_english_spelling(text, expected):
    assert [(r.text, r.id) for r in find_references(text, lang="en", published="2021-03-01")] == expected


@pytest.mark.parametrize("text, expected", [
    ("The 2020 Law on Amendments to Construction Law shortens permits.",
     [("2020 Law on Amendments to Construction Law", "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng 2020")]),
    ("The Law on Amendments to Land Law takes effect next year.",
     [("Law on Amendments to Land Law", "Luật sửa đổi, bổ sung một số điều của Luật Đất đai")]),
    # controls: the form with 'the', and a year opening the amended law's own name
    ("The Law on Amendments to the Land Law takes effect next year.",
     [("Law on Amendments to the Land Law", "Luật sửa đổi, bổ sung một số điều của Luật Đất đai")]),
    # look-alike: a year before the law amended, not before the amending law
    ("The amendments to the 2014 Housing Law were debated.", [("the 2014 Housing Law", "Luật Nhà ở 2014")]),
])
def test_an_english_amending_law_without_the_and_with_its_year_before(text, expected):
    assert [(r.text, r.id) for r in find_references(text, lang="en", published="2021-03-01")] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Construction Law 2020 simplifies building permits.", "en",
     [("Construction Law 2020", "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng 2020")]),
    ("Theo Luật Xây dựng 2020, chủ đầu tư được miễn giấy phép.", "vi",
     [("Luật Xây dựng 2020", "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng 2020")]),
    # look-alikes: a year the law has a version of stays that version; a year with neither stays as written
    ("Construction Law 2014 governs the project.", "en", [("Construction Law 2014", "Luật Xây dựng 2014")]),
    ("The Land Law 2013 applies.", "en", [("Land Law 2013", "Luật Đất đai 2013")]),
])
def test_a_year_with_no_version_but_an_amending_law_of_that_year(text, lang, expected):
    """The year as written vs the version meant: a law named with a year in which the table has no version of it but
    the law amending it (the Construction Law was amended, not re-enacted, in 2020)."""
    assert [(r.text, r.id) for r in find_references(text, lang=lang, published="2021-03-01")] == expected
