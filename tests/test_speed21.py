"""Issue 18's twenty-first speed pass: structural cuts, the output unchanged. Each gate skips a reader's work where a
test built once from the same data the reader uses proves the reader can give nothing; these tests run the extractor
with each gate and with the gate opened (every entry, sentence or reader let through, as before the pass) on literal
texts in vi, en, fr, sv and an undetermined language, with and without the words the gate looks for, and look-alikes
where the gate must let the reader run."""
from __future__ import annotations

import dataclasses

import pytest

from extract.assign import mentions
from extract.assign.common import kind_of
from extract.assign.extractor import extract_assignments
from extract.models import Sentence
from nlp import segment
from nlp.agencies import Mention, split_id


def _sentences(text: str, lang: str) -> list[Sentence]:
    default = lang if lang in segment.SUPPORTED else "en"
    paragraphs = [default] * (text.count("\n") + 1)
    return [Sentence(s.start, s.end, s.language) for s in segment.sentences(text, paragraphs, default)]


def _assignments(text: str, lang: str, published: str | None = "2025-10-01") -> list[dict]:
    return [a.to_dict() for a in extract_assignments(text, lang, _sentences(text, lang), published)]


# --- the entries of ``bodies_named_again`` a body of the text stands for --------------------------------------------

def _every_entry(ordered):
    return lambda entry: True  # the gate opened: every entry searched, as before the pass


NAMED_AGAIN_TEXTS = [
    # with a body of the entries' kinds named before the words that name it again
    ("en", "The Deputy Prime Minister asked the Ministry of Industry and Trade to review the plan. He also told the "
           "ministry to report before June 30, 2025."),
    ("en", "The Ministry of Finance was asked to draft the decree. The ministry was also instructed to submit it by "
           "December 15."),
    ("vi", "Thủ tướng giao Bộ Y tế chủ trì xây dựng đề án. Bộ cũng cần báo cáo kết quả trước ngày 30/6."),
    ("vi", "Phó Thủ tướng yêu cầu Bộ Tài chính rà soát. Đồng thời, Bộ này xây dựng quy chế mới."),
    ("vi", "UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát. Đồng thời, Sở này xây dựng kế hoạch."),
    ("fr", "Le Premier ministre a demandé au ministère de la Santé de préparer un plan. Il a confié à ce dernier "
           "ministère la tâche de rendre compte."),
    ("sv", "Premiärministern gav hälsoministeriet i uppdrag att utarbeta en plan. Ministeriet ska också rapportera före "
           "den 30 juni."),
    # the words naming a body again with no body of their kinds named before: the gate closes the entry
    ("en", "The People's Committee of Long An province asked districts to act. The ministry was also instructed to "
           "report by December 15."),
    ("vi", "UBND tỉnh Long An yêu cầu các huyện khẩn trương thực hiện. Bộ cũng cần báo cáo trước ngày 30/6."),
    ("fr", "Le Comité populaire de la province de Long An a demandé aux districts d'agir. Ce dernier ministère doit "
           "rendre compte."),
    ("sv", "Folkkommittén i Long An-provinsen bad distrikten att agera. Ministeriet ska också rapportera före den 30 juni."),
    # look-alikes: a body of another kind before (a province's committee), then one of the entries' kinds after
    ("en", "The provincial People's Committee asked the Ministry of Health to act. The ministry was also told to report."),
    ("vi", "Trời hôm nay đẹp. Không có cơ quan nào được giao nhiệm vụ."),
    # an undetermined language: the fallback's data
    ("und", "The Prime Minister asked the Ministry of Health to prepare a plan. The ministry was also instructed to "
            "report by December 15."),
    ("und", "Nothing here names any body, only the ministry and the province in passing."),
]


@pytest.mark.parametrize("lang, text", NAMED_AGAIN_TEXTS)
def test_bodies_named_again_gate_is_the_ungated_reading(lang, text, monkeypatch):
    gated = _assignments(text, lang)
    monkeypatch.setattr(mentions, "_entries_standing_for", _every_entry)
    assert gated == _assignments(text, lang)


@pytest.mark.parametrize("lang", ["vi", "en", "fr", "sv"])
def test_standing_is_stands_for_of_some_body(lang):
    """The gate answers what ``any(_stands_for(entry, n) for n in ordered)`` answers, for every entry of the language
    and bodies of every kind (one at a time and together)."""
    bodies = [Mention(0, 3, "x", agency_id) for agency_id in
              ("MOH", "MOF", "PM", "DPM", "PPC@80", "DOF@80", "DPC@80", "CPC@80", "PROVINCES", "VFF@80", "GOV")]
    for entry in mentions._named_again_entries(lang):
        for ordered in [[], *[[b] for b in bodies], bodies]:
            assert mentions._entries_standing_for(ordered)(entry) == any(mentions._stands_for(entry, n) for n in ordered)


def test_the_gate_follows_the_data():
    """The gate reads each entry's kinds and ids as the data gives them when its entries are built: a kind added to
    a copy of an entry (as a helper adding it to grammar.json would) opens the gate for a body of that kind."""
    entry = mentions._named_again_entries("en")[0]
    committee = Mention(0, 3, "x", "PPC@80")
    assert kind_of(committee) not in entry.kinds
    assert not mentions._entries_standing_for([committee])(entry)
    widened = dataclasses.replace(entry, kinds=entry.kinds | {kind_of(committee)}, ids=frozenset())
    assert mentions._entries_standing_for([committee])(widened)
    narrowed = dataclasses.replace(widened, ids=frozenset({"DPC"}))
    assert not mentions._entries_standing_for([committee])(narrowed)
    assert mentions._entries_standing_for([committee])(dataclasses.replace(narrowed, ids=frozenset({split_id("PPC@80")[0]})))
