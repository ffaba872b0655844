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


# --- implementation frames: the issuer looked for only where a frame can be found ------------------------------------

from extract.assign import askers, extractor  # noqa: E402
from extract.assign.askers import Found, after_co_subjects, at_clause_start, legal_issuer, without_head_title  # noqa: E402
import re  # noqa: E402


def _plain_implementation_frame(group, sentence, lowered, c, index, articles, mentions):
    """``implementation_frame`` as it was before the pass: the issuer looked for first, for every group."""
    issuer = legal_issuer(mentions, group.start)
    if issuer in {m.agency_id for m in group.mentions}:
        return None
    before = without_head_title(lowered[sentence.start : group.start], c)
    after = lowered[group.end : sentence.end]
    if c.not_subject_before.search(before) or c.negation_after.match(after):
        return None
    clause = c.implementation_clause.search(lowered, group.end, sentence.end) if c.implementation_clause else None
    between = lowered[group.end : clause.start()] if clause else ""
    if clause and not c.assign_before.search(before) and not c.reporting.search(between):
        return Found(group, "assignee", "implementation", clause.group(0), clause.start(), index, extra={"issuer": issuer})
    if (any(start <= group.start < end for start, end in articles)
            and at_clause_start(c.fillers_at_end.sub("", before), c) and re.match(r"^(?:\s*,|\s+\w)", after)):
        return Found(group, "assignee", "implementation", "", after_co_subjects(lowered, group.end, c), index,
                     extra={"issuer": issuer})
    return None


IMPLEMENTATION_TEXTS = [
    ("vi", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nQUYẾT ĐỊNH\nĐiều 1. Phê duyệt kế hoạch.\nĐiều 2. Tổ chức thực hiện\n"
           "Sở Tài chính, Sở Xây dựng, UBND các huyện và Chủ tịch UBND tỉnh chịu trách nhiệm thi hành Quyết định này."),
    ("vi", "THỦ TƯỚNG CHÍNH PHỦ\nĐiều 3. Tổ chức thực hiện\n1. Bộ Y tế, Bộ Tài chính triển khai đề án.\n"
           "2. Chính phủ dành thời gian chỉ đạo."),
    ("vi", "Sở Y tế cho biết Sở Tài chính chịu trách nhiệm thi hành Quyết định này."),  # a reported clause: no frame
    ("vi", "Bộ Y tế và Bộ Công Thương họp bàn về giá thuốc trong tuần qua."),  # no clause, no article: the gate closes
    ("en", "THE PRIME MINISTER\nDECISION\nArticle 3. Implementation\nThe Ministry of Finance, the Ministry of Health and "
           "the People's Committees of provinces shall be responsible for implementing this Decision."),
    ("en", "The Ministry of Health met the Ministry of Finance on Monday to discuss drug prices."),
    ("fr", "LE PREMIER MINISTRE\nArticle 3. Le ministère des Finances et le ministère de la Santé sont chargés de "
           "l'exécution de la présente décision."),
    ("fr", "Le ministère de la Santé a rencontré le ministère des Finances lundi."),
    ("sv", "PREMIÄRMINISTERN\nArtikel 3. Finansministeriet och hälsoministeriet ansvarar för genomförandet av detta beslut."),
    ("sv", "Hälsoministeriet träffade finansministeriet på måndagen."),
    ("und", "THE PRIME MINISTER\nArticle 3. Implementation\nThe Ministry of Finance shall be responsible for implementing "
            "this Decision."),
]


@pytest.mark.parametrize("lang, text", IMPLEMENTATION_TEXTS)
def test_implementation_frame_gate_is_the_plain_reading(lang, text, monkeypatch):
    gated = _assignments(text, lang, None)
    monkeypatch.setattr(extractor, "implementation_frame", _plain_implementation_frame)
    assert gated == _assignments(text, lang, None)


def test_implementation_frames_are_found_in_the_cases():
    """The cases hold frames the gate lets through (a look-alike where it must let the reader run)."""
    rows = [r for lang, text in IMPLEMENTATION_TEXTS for r in _assignments(text, lang, None)]
    assert any(r["role"] == "assignee" for r in rows)
    assert askers.implementation_frame is extractor.implementation_frame


# --- the sentence loop of the frames: a sentence naming no body is passed over ----------------------------------------

class _NeverEmpty(list):
    """A list that is never false: the sentence gate opened (every sentence read as before the pass)."""

    def __bool__(self):
        return True


def _ungated_mentions_inside(mentions, starts, sentence):
    return _NeverEmpty(_plain_mentions_inside(mentions, starts, sentence))


_plain_mentions_inside = extractor.mentions_inside

SENTENCE_TEXTS = [
    # a sentence opening with a date and naming no body first: the text's latest date is looked up there, in its
    # language, as before; then a body's sentence opening with an older date (a case's history, no task)
    ("vi", "Ngày 20/5/2016, trời mưa to ở nhiều nơi. Ngày 14/5/1999, Sở Địa chính đề nghị UBND huyện thu hồi đất. "
           "UBND tỉnh giao Sở Tài nguyên và Môi trường kiểm tra trước ngày 30/6/2016."),
    ("vi", "Thời tiết hôm nay đẹp. Nhiều người đi chơi. UBND tỉnh yêu cầu Sở Y tế báo cáo trước ngày 15/12."),
    ("en", "On May 20, 2016, heavy rain fell. On May 14, 1999, the Department of Land asked the district to act. The "
           "provincial People's Committee asked the Department of Health to report by June 30, 2016."),
    ("en", "It rained all day. Nobody was asked anything."),
    ("fr", "Le 20 mai 2016, il a plu. Le Premier ministre a demandé au ministère de la Santé de préparer un plan avant "
           "le 30 juin."),
    ("sv", "Den 20 maj 2016 regnade det. Premiärministern gav hälsoministeriet i uppdrag att utarbeta en plan före den "
           "30 juni."),
    # two languages: an English dated sentence with no body before Vietnamese ones
    ("vi", "On May 20, 2016, the weather was fine.\nNgày 14/5/1999, Sở Địa chính đề nghị UBND huyện thu hồi đất. "
           "UBND tỉnh giao Sở Xây dựng rà soát."),
    ("und", "On May 20, 2016, it rained. The Prime Minister asked the Ministry of Health to prepare a plan."),
]


@pytest.mark.parametrize("lang, text", SENTENCE_TEXTS)
@pytest.mark.parametrize("published", ["2025-10-01", None])
def test_sentence_gate_is_the_ungated_reading(lang, text, published, monkeypatch):
    gated = _assignments(text, lang, published)
    monkeypatch.setattr(extractor, "mentions_inside", _ungated_mentions_inside)
    assert gated == _assignments(text, lang, published)


def _history_fills(text, sentences, lang, monkeypatch, ungated):
    """The calls of ``recalls_history`` made while the text's latest date was not yet looked up, with what each left
    in the cache: the gate keeps them (the first sentence opening with a date fills it in its own language)."""
    plain = extractor.recalls_history
    fills = []

    def spy(folded, sentence, sentence_lang, latest):
        empty = not latest
        answer = plain(folded, sentence, sentence_lang, latest)
        if empty:
            fills.append((sentence.start, sentence_lang, list(latest), answer))
        return answer
    with monkeypatch.context() as patch:
        patch.setattr(extractor, "recalls_history", spy)
        if ungated:
            patch.setattr(extractor, "mentions_inside", _ungated_mentions_inside)
        rows = [a.to_dict() for a in extract_assignments(text, lang, sentences, None)]
    return fills, rows


@pytest.mark.parametrize("paragraph_languages, text", [
    (["en", "vi"], "On May 20, 2016, the weather was fine in the north.\nNgày 14/5/2012, Sở Địa chính đề nghị UBND huyện "
                   "thu hồi đất. UBND tỉnh giao Sở Xây dựng rà soát trước ngày 30/6/2016."),
    (["vi", "en"], "Ngày 20/5/2016, trời mưa to.\nOn May 14, 2012, the Department of Land asked the district to act. The "
                   "provincial People's Committee asked the Department of Health to report by June 30, 2016."),
    (["fr", "sv"], "Le 20 mai 2016, il a plu.\nDen 14 maj 2012 bad premiärministern hälsoministeriet att utarbeta en plan."),
])
def test_sentence_gate_keeps_the_latest_date_lookup(paragraph_languages, text, monkeypatch):
    sentences = [Sentence(s.start, s.end, s.language)
                 for s in segment.sentences(text, paragraph_languages, paragraph_languages[0])]
    gated = _history_fills(text, sentences, paragraph_languages[0], monkeypatch, ungated=False)
    ungated = _history_fills(text, sentences, paragraph_languages[0], monkeypatch, ungated=True)
    assert gated == ungated
    assert gated[0] and gated[0][0][0] == 0  # the first sentence, which names no body, filled the cache
