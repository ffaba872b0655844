"""Issue #13, the Vietnamese assignment classes that round 25b (7 real public pages, blind, after round 25's fixes;
docs/quality.md "Round 25b (blind, real public pages): assignments vi") showed. New sentences written for these tests
(not the pages' sentences), one literal case a line, with the look-alikes that must stay out: a provincial chairman
on the line under a higher body's requesting colon with the manner adverb ``trực tiếp`` before his directing verb
(``Thủ tướng Chính phủ yêu cầu:`` / ``Chủ tịch UBND tỉnh … trực tiếp chỉ đạo …``: cues.json ``adverbs``); named bodies
opening a clause after ``, trong đó`` in a request to the departments (``… quyết tâm thực hiện, trong đó Sở Y tế, Sở
Xây dựng chuẩn bị …``: cues.json ``clause_conjunctions``). The English case is the same request, which English reads
already (guard)."""
from __future__ import annotations

import pytest

from tests.assign_cases import found

# ------------------------------------------------------------------ a chairman under a requesting colon, `trực tiếp`


@pytest.mark.parametrize("text, lang, expected", [
    # fails without the fix: no row (the adverb hid the directing verb the colon's request makes a task)
    ("Thủ tướng Chính phủ yêu cầu:\n\nChủ tịch UBND tỉnh Điện Biên trực tiếp chỉ đạo các lực lượng tìm kiếm người "
     "mất tích.", "vi", [("PPC@11", "assignee", "PM")]),
    ("Thủ tướng Chính phủ yêu cầu:\n\nChủ tịch Ủy ban nhân dân tỉnh Lai Châu trực tiếp chỉ đạo, huy động lực lượng "
     "khắc phục sạt lở.", "vi", [("PPC@12", "assignee", "PM")]),
    # held: the same line with an adverb read before
    ("Thủ tướng Chính phủ yêu cầu:\n\nChủ tịch UBND tỉnh Điện Biên khẩn trương chỉ đạo các lực lượng tìm kiếm người "
     "mất tích.", "vi", [("PPC@11", "assignee", "PM")]),
    # look-alike: the chairman directing on his own (no colon above) asks the department, he is not tasked
    ("Chủ tịch UBND tỉnh Điện Biên trực tiếp chỉ đạo Sở Y tế hỗ trợ thuốc cho người dân.", "vi",
     [("DOH@11", "assignee", "PPC@11")]),
    # held in English
    ("The Prime Minister requested:\n\nThe Chairman of the Dien Bien Provincial People's Committee directly direct "
     "forces to search for the missing.", "en", [("PPC@11", "assignee", "PM")]),
])
def test_chairman_under_a_requesting_colon_with_a_manner_adverb(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ named bodies after `, trong đó`


@pytest.mark.parametrize("text, lang, expected", [
    # fails without the fix: only the departments as a whole
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu các sở, ngành tập trung thực hiện, trong đó Sở Y tế, Sở Xây dựng chuẩn bị "
     "sẵn sàng phương án.", "vi",
     [("DEPARTMENTS@40", "assignee", "PPC@40"), ("DOH@40", "assignee", "PPC@40"), ("DOC@40", "assignee", "PPC@40")]),
    # fails without the fix; a department's name with a capital inside it
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu các sở, ngành quyết tâm thực hiện, trong đó Sở Nông nghiệp và Môi Trường "
     "chuẩn bị sẵn sàng công tác thu hồi đất.", "vi",
     [("DEPARTMENTS@40", "assignee", "PPC@40"), ("DAE@40", "assignee", "PPC@40")]),
    # held: a new sentence opened by `Trong đó,`
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu các sở, ngành tập trung thực hiện. Trong đó, Sở Y tế chuẩn bị sẵn sàng "
     "phương án.", "vi", [("DEPARTMENTS@40", "assignee", "PPC@40"), ("DOH@40", "assignee", "PPC@40")]),
    # look-alikes: a share of a figure, what a department manages, no request
    ("UBND tỉnh Nghệ An đã giải ngân 500 tỷ đồng, trong đó Sở Xây dựng đã giải ngân 200 tỷ đồng.", "vi", []),
    ("Tỉnh Nghệ An có 20 dự án chậm tiến độ, trong đó Sở Xây dựng quản lý 5 dự án.", "vi", []),
])
def test_named_bodies_after_trong_do(text, lang, expected):
    assert found(text, lang) == expected
