"""Issue #13, the Vietnamese assignment classes that round 18d (5 real public pages, blind, a fourth batch after
rounds 18 to 18c's fixes; README "Round 18d (blind, real public pages): assignments vi") showed. New sentences
written for these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ a leaders' request with an adverb before its verb


@pytest.mark.parametrize("text, expected", [
    ("Lãnh đạo thành phố cũng giao Sở Y tế kiểm tra các cơ sở khám chữa bệnh.",
     [("DOH", "assignee", "PPC", None, None)]),
    ("Lãnh đạo tỉnh cũng yêu cầu Sở Tài chính rà soát các khoản chi.", [("DOF", "assignee", "PPC", None, None)]),
    ("Lãnh đạo TP khẩn trương giao Sở Xây dựng kiểm tra các công trình.", [("DOC", "assignee", "PPC", None, None)]),
    # look-alikes: without the adverb as before; a request to the leaders tasks nobody
    ("Lãnh đạo thành phố giao Sở Y tế kiểm tra các cơ sở khám chữa bệnh.", [("DOH", "assignee", "PPC", None, None)]),
    ("Sở Y tế cũng đề nghị lãnh đạo tỉnh quan tâm bố trí kinh phí.", []),
])
def test_leaders_asking_with_an_adverb_before_the_verb(text, expected):
    assert rows(text) == expected
