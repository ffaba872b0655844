"""Issue 18's fourteenth pass: work of the assignments' step done once where it was done again, each compared with the
plain way on literal texts in the languages where the class exists and on real text: the search of a head's title at
the end of the words before a body (``frames.without_head_title``, kept for the words as written), and the counts of
provinces (``mentions._province_counts``) built where a count is matched, not for every sentence."""
from __future__ import annotations


import pytest

from extract.assign import cues as assign_cues
from extract.assign import frames, mentions
from tests.speed_cases import assignments_of as _assignments, real_texts




def _plain_without_head_title(before: str, c) -> str:
    if c.head_title_at_end is None:
        return before
    m = c.head_title_at_end.search(before)
    return before[: m.start()] + " " if m else before


# words before a body ending with a head's title (the title dropped, a space kept), with one elsewhere, with none
TITLED = [
    ("vi", "ủy ban nhân dân tỉnh giao giám đốc "), ("vi", "giám đốc sở y tế cho biết, chủ tịch "),
    ("vi", "yêu cầu các bộ trưởng "), ("vi", "ngày 10-11, ubnd tỉnh yêu cầu "),
    ("en", "the prime minister asked the directors of the "), ("en", "the minister of "), ("en", "it asked the "),
    ("fr", "le premier ministre a demandé au directeur du "), ("fr", "la présidente de la "), ("fr", "il a demandé au "),
    ("sv", "regeringen gav chefen för "), ("sv", "regeringen gav "),
]


@pytest.mark.parametrize("lang, before", TITLED)
def test_the_title_dropped_once_is_the_plain_search(lang, before):
    c = assign_cues.cues(lang)
    assert frames.without_head_title(before, c) == _plain_without_head_title(before, c)
    # read again (the memo's answer): the same
    assert frames.without_head_title(before, c) == _plain_without_head_title(before, c)


def test_a_title_is_dropped_in_the_literal_texts():
    dropped = [before for lang, before in TITLED
               if frames.without_head_title(before, assign_cues.cues(lang)) != before]
    assert len(dropped) >= 3  # the memo is exercised on words that lose their title, not only on unchanged ones


COUNTED = [
    ("Le Premier ministre a demandé aux provinces de Quang Binh et de Soc Trang de renforcer les digues. Il a également "
     "demandé aux comités populaires de ces deux localités de gérer les évacuations.", "fr"),
    ("Le Premier ministre a exhorté cinq provinces du delta du Mékong à élaborer des plans. Les travaux ont lieu dans "
     "les provinces de Hau Giang, Tra Vinh, Ben Tre, Long An et Tien Giang.", "fr"),
    ("The Prime Minister asked the provinces of Quang Binh and Quang Tri to reinforce dykes, and asked the People's "
     "Committees of the two provinces to evacuate residents.", "en"),
    ("Thủ tướng yêu cầu UBND các tỉnh Quảng Bình, Quảng Trị chủ động sơ tán dân. Thủ tướng yêu cầu hai tỉnh báo cáo "
     "kết quả.", "vi"),
    ("Premiärministern bad provinserna Quang Binh och Quang Tri att förstärka vallarna.", "sv"),
]


def test_the_same_assignments_with_the_title_kept_and_the_counts_where_matched(monkeypatch):
    texts = COUNTED + [(t, None) for t in real_texts()]
    fast = _assignments(texts)
    counts_read = []
    plain_counts = mentions._province_counts

    def counted(lang):
        counts_read.append(lang)
        return plain_counts(lang)

    monkeypatch.setattr(mentions, "_province_counts", counted)
    monkeypatch.setattr(frames, "without_head_title", _plain_without_head_title)
    for module in ("askers", "extractor", "mentions", "task_deadlines"):
        mod = __import__(f"extract.assign.{module}", fromlist=["x"])
        if hasattr(mod, "without_head_title"):
            monkeypatch.setattr(mod, "without_head_title", _plain_without_head_title)
    plain = _assignments(texts)
    assert fast == plain
    assert counts_read  # a count was matched in the literal texts, the counts read there
    assert any(rows for rows in fast)
