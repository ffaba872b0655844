"""Round 22's left classes (references, not blind): how an undated text dates itself for a year-less law name,
and further classes. Literal cases written for this file (no sentence of the round's pages) and look-alikes.
README "Round 22's left classes (references, not blind)"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _resolved(text, lang, law_id):
    return [r.resolved for r in find_references(text, lang=lang, published=None) if r.id == law_id]


# an undated text is no older than the latest issue day of a document it cites: the Land Law it names without a
# year after a document of October 2024 is the 2024 law (in force from 1/8/2024), not the 2013 one that the start
# of the year gave; a cited document of January 2024 keeps the 2013 law, and a deadline's day is no issue day
@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Xây dựng vừa ban hành Quyết định số 812/QĐ-BXD ngày 14/10/2024 hướng dẫn thi hành Luật Đất đai.", "vi",
     "Luật Đất đai 2024"),
    ("The ministry issued Decision No. 812/QD-BXD dated October 14, 2024 guiding the Land Law.", "en",
     "Luật Đất đai 2024"),
    ("Le ministère a publié la décision n°812/QD-BXD du 14 octobre 2024 sur l'application de la loi foncière.", "fr",
     "Luật Đất đai 2024"),
    ("Ministeriet utfärdade beslut nr 812/QD-BXD den 14 oktober 2024 om tillämpningen av jordlagen.", "sv",
     "Luật Đất đai 2024"),
    # look-alikes: a document of January 2024 (the 2024 law not yet in force); a deadline, no issue day
    ("Bộ Xây dựng vừa ban hành Quyết định số 812/QĐ-BXD ngày 14/01/2024 hướng dẫn thi hành Luật Đất đai.", "vi",
     "Luật Đất đai 2013"),
    ("The ministry issued Decision No. 812/QD-BXD dated January 14, 2024 guiding the Land Law.", "en",
     "Luật Đất đai 2013"),
    ("Các tỉnh phải hoàn thành việc ban hành văn bản hướng dẫn Luật Đất đai trước ngày 31/10/2024.", "vi",
     "Luật Đất đai 2013"),
])
def test_an_undated_text_is_no_older_than_the_documents_it_cites(text, lang, expected):
    assert _resolved(text, lang, "Luật Đất đai") == [expected]


# a law the undated text calls revised ("(modifiée)", "(sửa đổi)", "(amended)") whose new version the table adopted
# within a year before the earliest day the text can be of is that version, no draft under debate
@pytest.mark.parametrize("text, lang, expected", [
    ("Le président a promulgué la Loi sur l'organisation des tribunaux populaires (modifiée), qui entrera en "
     "vigueur en 2025.", "fr", ["Luật Tổ chức Tòa án nhân dân 2024"]),
    ("The President promulgated the Law on Organization of People's Courts (amended), taking effect in 2025.", "en",
     ["Luật Tổ chức Tòa án nhân dân 2024"]),
    ("Chủ tịch nước công bố Luật Tổ chức Tòa án nhân dân (sửa đổi), có hiệu lực từ năm 2025.", "vi",
     ["Luật Tổ chức Tòa án nhân dân 2024"]),
    # look-alike: a text of years later (its latest year 2027) debating a further revision: a draft, unresolved
    ("Năm 2027, Quốc hội thảo luận dự án Luật Tổ chức Tòa án nhân dân (sửa đổi).", "vi", [None]),
])
def test_an_undated_text_names_a_law_revised_within_the_year(text, lang, expected):
    assert _resolved(text, lang, "Luật Tổ chức Tòa án nhân dân") == expected
