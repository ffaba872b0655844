"""Vietnamese classes of assignments left by round 27 (issue #13; docs/quality.md "Round 27, assignments vi after the
fixes (not blind)", "Later, not blind"). New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were; English and French cases where the class exists there."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader()


@pytest.mark.parametrize("text, lang, expected", [
    # the numbered document's issuer named in the sentence after the tasks asks them (vi grammar.json
    # document_issuer_links, as English and French read "of the" and "du")
    ("Đến 17 giờ ngày 3/11, ba huyện miền núi là Sơn Tây, Minh Long và Sơn Hà phải hoàn thành việc sơ tán dân. Đây là "
     "một trong những nội dung của văn bản hỏa tốc số 5508/UBND-NNTN của Ủy ban nhân dân tỉnh Quảng Ngãi gửi các địa "
     "phương trong tỉnh.", "vi",
     [("DPC@51", "assignee", "PPC@51", None), ("DPC@51", "assignee", "PPC@51", None), ("DPC@51", "assignee", "PPC@51", None)]),
    ("Hai xã Hải Hòa, Hải Tiến cần sơ tán dân trước khi bão đổ bộ. Đây là nội dung chỉ đạo tại văn bản hỏa tốc số "
     "4120/UBND-KT của UBND tỉnh Nghệ An.", "vi",
     [("CPC@40", "assignee", "PPC@40", None), ("CPC@40", "assignee", "PPC@40", None)]),
    # (stop 47, late39: the English case too is a committee each now, round 19's rule as the Vietnamese and French
    # cases read it; it read one collective row before)
    ("The districts of Son Tay and Minh Long must complete the evacuation. This is the content of Official Dispatch No. "
     "5508/UBND-NNTN of the People's Committee of Quang Ngai Province.", "en",
     [("DPC@51", "assignee", "PPC@51", None), ("DPC@51", "assignee", "PPC@51", None)]),
    # (stop 47, left39: two named districts opening the sentence are a committee each, round 19's rule as the
    # Vietnamese case above and round 38 fr's gold read it; the French case read one collective row before)
    ("Les districts de Son Tay et de Minh Long doivent achever l'évacuation. C'est le contenu de la dépêche officielle "
     "n° 5508/UBND-NNTN du Comité populaire de la province de Quang Ngai.", "fr",
     [("DPC@51", "assignee", "PPC@51", None), ("DPC@51", "assignee", "PPC@51", None)]),
    # look-alikes: a document of a ministry (no provincial committee) names no asker of the communes
    ("Hai xã Hải Hòa, Hải Tiến cần sơ tán dân theo văn bản số 12/BNNMT-ĐĐ của Bộ Nông nghiệp và Môi trường.", "vi",
     [("CPC", "assignee", None, None), ("CPC", "assignee", None, None)]),
])
def test_the_issuer_of_a_document_named_after_the_tasks_asks_them(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the first day written as a word in a French date (fr deadlines.json first_day)
    ("Le Premier ministre a demandé au ministère de la Construction d'achever la révision avant le premier mars 2020.",
     "fr", [("MOC", "assignee", "PM", "2020-03-01")]),
    # look-alikes: the figure still read, and "premier" before a noun, not a month, is no day
    ("Le Premier ministre a demandé au ministère de la Construction d'achever la révision avant le 1er mars 2020.",
     "fr", [("MOC", "assignee", "PM", "2020-03-01")]),
    ("Le Premier ministre a demandé au ministère de la Construction d'achever le premier rapport en mars 2020.",
     "fr", [("MOC", "assignee", "PM", "2020-03")]),
])
def test_the_first_day_written_as_a_word_is_the_first(text, lang, expected):
    assert _rows(text, lang) == expected
