"""Error classes fixed on real Vietnamese press, checked over the unannotated dev articles when they are
present (never copied into the repository): each test says what must not come back."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

import extract

DEV = Path(__file__).parents[1].parent / "shared" / "dev"

pytestmark = pytest.mark.skipif(not DEV.exists(), reason="dev articles not present")


@lru_cache(maxsize=1)
def documents():
    return [extract.document(p.read_text(encoding="utf-8"), lang="vi") for p in sorted(DEV.rglob("*.txt"))]


def test_no_month_and_year_is_a_figure():
    # "tháng 3.2017" is a month, not the number 3.2017
    for doc in documents():
        for f in doc.figures:
            before = doc.text[max(0, f.start - 8):f.start]
            assert not (re.search(r"tháng\s*$", before, re.I) and re.fullmatch(r"\d{1,2}[.,]\d{4}", f.text)), f.text


def test_numbers_listed_after_a_cue_are_not_figures():
    # "số 5, 6, 7 đảm bảo": the 7 is a number of a list of named things
    for doc in documents():
        for f in doc.figures:
            before = doc.text[max(0, f.start - 30):f.start]
            assert not re.search(r"(?:số|Điều|khoản|Phát điện)\s+\d+(?:\s*,\s*\d+)*\s*(?:,|và)\s*$", before), (f.text, before)


def test_a_comparison_with_so_voi_has_no_bound():
    # "cao hơn 300 đồng/kg so với tháng trước" is a difference, not "more than 300"
    for doc in documents():
        for f in doc.figures:
            if re.match(r"(?:cao|thấp|nhiều|ít|lớn|nhỏ) hơn", f.text) and re.match(r"\s*so với", doc.text[f.end:f.end + 12]):
                assert f.qualifier is None, f.text


def test_deadlines_come_from_the_task_not_from_far_later_sentences():
    # a one-paragraph press article: a date a thousand characters after the body is not its deadline
    from extract.assign.deadlines import find_deadlines, text_date
    from nlp.agencies import fold_for_matching

    for doc in documents():
        folded = fold_for_matching(doc.text)
        # a day without a year reads with the year the extractor gives it (the text's own date)
        year = (doc.published or text_date(doc.text, "vi") or "")[:4] or None
        for a in doc.assignments:
            if a.deadline is None:
                continue
            first = find_deadlines(folded, "vi", a.end, len(doc.text), year)
            assert first and first[0].start - a.end < 1500, (a.agency_id, a.deadline)
