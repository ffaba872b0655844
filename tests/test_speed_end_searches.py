"""Issue 18's fifteenth pass: searches done once where they were done again, or only where they can match, each
compared with the plain way on literal texts in the languages where the class exists and on real text: the cue
patterns anchored at the end of the words before a body (``cues.EndAnchoredSearch``, each search kept for the words
as written), the names next to a province's name tried only where one opens (``agencies._bodies_next_to_a_province_
name``), the plurals that open a list of ministries read once per language (``frames``), and whole-text scans of
patterns opening with a lookbehind tried only where their openings are written (the references' law lists under one
head word, laws with their day inside, type words carried to a later number; the assignments' bare levels)."""
from __future__ import annotations

import re
from dataclasses import fields

import pytest

import extract
from extract.assign import cues as assign_cues
from extract.assign import frames, mentions
from extract.refs import extractor as refs_extractor
from extract.refs.stage import stage as refs_stage
from nlp import agencies
from nlp.regex import finditer as regex_finditer
from tests.speed_cases import assignments_of as _assignments, real_texts

LANGS = ["vi", "en", "fr", "sv"]


def _end_anchored_fields(c) -> list[str]:
    return [f.name for f in fields(c) if isinstance(getattr(c, f.name), assign_cues.EndAnchoredSearch)]


@pytest.mark.parametrize("lang", LANGS)
def test_the_end_anchored_patterns_are_the_ones_kept(lang):
    c = assign_cues.cues(lang)
    kept = _end_anchored_fields(c)
    assert {"assign_before", "not_subject_before", "coordinate_before"} <= set(kept)
    for f in fields(c):
        value = getattr(c, f.name)
        if isinstance(value, re.Pattern):  # not kept: not anchored at its end
            assert not value.pattern.endswith("$") or value.pattern.endswith("\\$"), f.name
    for name in kept:
        assert getattr(c, name).pattern.endswith("$")


# words before a body: an assigning verb, a complement's word, a partner's cue, none of them, in four languages
BEFORE = [
    ("vi", "ủy ban nhân dân tỉnh giao "), ("vi", "theo báo cáo của "), ("vi", "chủ trì, phối hợp với "),
    ("vi", "ngày 10-11, "), ("vi", "thủ tướng yêu cầu các "), ("vi", "đề nghị "),
    ("en", "the prime minister asked the "), ("en", "according to a report of the "), ("en", "in coordination with the "),
    ("en", "on monday, "), ("en", "he urged "),
    ("fr", "le premier ministre a demandé au "), ("fr", "selon le rapport du "), ("fr", "en coordination avec le "),
    ("fr", "lundi, "),
    ("sv", "premiärministern bad "), ("sv", "enligt en rapport från "), ("sv", "i samarbete med "), ("sv", "på måndag "),
]


def _span(m):
    return None if m is None else (m.span(), m.groupdict())


@pytest.mark.parametrize("lang, before", BEFORE)
def test_a_kept_search_is_the_patterns_own(lang, before):
    c = assign_cues.cues(lang)
    for name in _end_anchored_fields(c):
        kept = getattr(c, name)
        plain = kept._pattern
        assert _span(kept.search(before)) == _span(plain.search(before)), name
        assert _span(kept.search(before)) == _span(plain.search(before)), name  # read again: the kept answer
        # a search with bounds is the pattern's own, not kept
        assert _span(kept.search(before, 1)) == _span(plain.search(before, 1)), name
        assert _span(kept.search(before, 0, len(before) - 1)) == _span(plain.search(before, 0, len(before) - 1)), name


def test_the_kept_searches_find_cues_in_the_literal_words():
    found = {(lang, name) for lang, before in BEFORE for name in ("assign_before", "not_subject_before",
                                                                  "coordinate_before")
             if getattr(assign_cues.cues(lang), name).search(before)}
    assert {lang for lang, _ in found} == set(LANGS)  # a cue is kept in each language, not only no-matches
    assert {name for _, name in found} == {"assign_before", "not_subject_before", "coordinate_before"}


def test_the_kept_searches_drop_all_past_their_bound(monkeypatch):
    kept = assign_cues.EndAnchoredSearch(re.compile(r"giao\s+$"))
    monkeypatch.setattr(assign_cues.EndAnchoredSearch, "KEPT", 3)
    words = [f"{n} giao " for n in range(7)] + ["không "]
    assert [_span(kept.search(w)) for w in words] == [_span(re.search(r"giao\s+$", w)) for w in words]
    assert len(kept._found) <= 3
    assert kept.pattern == r"giao\s+$" and kept.flags == re.compile(r"giao\s+$").flags  # the pattern's own


ASSIGNING = [
    ("Thủ tướng yêu cầu Bộ Tài chính, Bộ Xây dựng phối hợp với UBND các tỉnh hoàn thành trước ngày 30/6. Theo báo cáo "
     "của Bộ Y tế, Bộ Nội vụ chủ trì rà soát.", "vi"),
    ("The Prime Minister asked the Ministry of Finance to coordinate with the Ministry of Construction. According to "
     "a report of the Ministry of Health, the Ministry of Home Affairs will review the plan.", "en"),
    ("Le Premier ministre a demandé au ministère des Finances de coordonner avec le ministère de la Construction. Selon "
     "le rapport du ministère de la Santé, le ministère de l'Intérieur doit examiner le plan.", "fr"),
    ("Premiärministern bad finansministeriet att samordna med byggministeriet. Enligt en rapport från "
     "hälsoministeriet ska inrikesministeriet granska planen.", "sv"),
]


def test_the_same_assignments_with_the_searches_kept_and_searched_each_time(monkeypatch):
    texts = ASSIGNING + [(t, None) for t in real_texts()]
    calls, kept_search = [], assign_cues.EndAnchoredSearch.search

    def counted(self, text, *bounds, **named):
        calls.append((id(self), text, bounds, tuple(named.items())))
        return kept_search(self, text, *bounds, **named)

    monkeypatch.setattr(assign_cues.EndAnchoredSearch, "search", counted)
    assign_cues._compiled_cues.cache_clear()
    fast = _assignments(texts)
    monkeypatch.undo()
    try:
        monkeypatch.setattr(assign_cues, "_with_end_searches_kept", lambda built: built)
        assign_cues._compiled_cues.cache_clear()
        plain = _assignments(texts)
    finally:
        monkeypatch.undo()
        assign_cues._compiled_cues.cache_clear()
    assert fast == plain
    assert len(calls) > len(set(calls))  # the same words searched again by the same pattern: the kept answer read
    assert all(rows for rows in fast[: len(ASSIGNING)])


# a province's name next to words that alone name no body (en: "the Hanoi Police Department", "agencies and units of
# Bac Lieu province"; fr: "la police de Hanoi"), with look-alikes (the words alone, inside a longer word, capitals)
NEXT_TO_PROVINCE = [
    "The Hanoi Police Department arrested two people, and Ho Chi Minh City Police said the police arrived late.",
    "The agencies and units of Bac Lieu province must report; agencies and units elsewhere, the policeman, Policey.",
    "The Provincial Police of Quang Ninh and the Department of Public Security of Da Nang met the Police.",
    "La police de Hanoi a arrêté deux personnes ; la police est arrivée, la policière de Hue aussi.",
    "Công an tỉnh Quảng Ninh và Police Hà Nội.",
]


def test_the_names_next_to_a_province_are_found_where_one_opens(monkeypatch):
    texts = NEXT_TO_PROVINCE + real_texts()
    fast = [agencies.find_mentions(t) for t in texts]
    plain_finditer = []

    def plain(pattern, text, pos=0):
        plain_finditer.append(pattern)
        return pattern.finditer(text, pos)

    monkeypatch.setattr(agencies, "regex_finditer", plain)
    assert [agencies.find_mentions(t) for t in texts] == fast
    assert plain_finditer
    found = {m.agency_id for ms in fast[: len(NEXT_TO_PROVINCE)] for m in ms}
    assert {"PPS", "DEPARTMENTS"} <= found  # the rule found its bodies in the literal texts


@pytest.mark.parametrize("lang", LANGS)
def test_the_plurals_read_once_are_the_grammars(lang):
    lowered = [assign_cues.lower_for_matching(w) for w in assign_cues.grammar(lang).get("elliptic_after_plural") or []]
    assert list(frames._plurals_opening_ministries(lang)) == lowered
    assert frames._plurals_closed_by_colon(lang) == {re.sub(r"\s+:", ":", w) for w in lowered}


PLURAL_LISTS = [
    ("The Prime Minister asked the ministries of Health and Finance; Education and Training to report.", "en"),
    ("The Government assigned ministries: Education and Training, Health, Construction to review the plan.", "en"),
    ("The Deputy Prime Minister asked the Ministers of Finance and Construction to submit the draft.", "en"),
]


def test_the_same_assignments_with_the_plurals_read_once(monkeypatch):
    fast = _assignments(PLURAL_LISTS)

    def plain(lang):
        return tuple(assign_cues.lower_for_matching(w) for w in assign_cues.grammar(lang).get("elliptic_after_plural") or [])

    monkeypatch.setattr(frames, "_plurals_opening_ministries", plain)
    monkeypatch.setattr(frames, "_plurals_closed_by_colon", lambda lang: {re.sub(r"\s+:", ":", w) for w in plain(lang)})
    assert _assignments(PLURAL_LISTS) == fast
    assert sum(len(rows) for rows in fast) >= 4  # the lists' bare names tasked too


# whole-text scans of patterns opening with a lookbehind, tried only where their openings are written: the law
# lists under one head word (vi, en, fr), a law with its day, its amending adjective or its year inside (fr), a type
# word carried to a later number (en, fr), the bare levels of bodies (vi)
REFERENCES = [
    ("Quốc hội thông qua ba luật gồm Đất đai 2024, Nhà ở và Kinh doanh bất động sản 2023.", "vi"),
    ("The passed laws were on Special Consumption Tax (amended); Corporate Income Tax and Value Added Tax.", "en"),
    ("Decision No. 12/2019 replaced the previous No. 110 of 2005 on fees.", "en"),
    ("Les projets de lois sur l'investissement et sur les entreprises ont été adoptés en 2005.", "fr"),
    ("La loi du 12 juin 2018 portant sur la cybersécurité s'applique ; la Loi du 3 mai 2019 aussi.", "fr"),
    ("L'arrêté N°42 datant de 2014, qui se substitue au précédent N°110 datant de 2005, est abrogé.", "fr"),
    ("Riksdagen antog lagarna om mark och bostäder 2024.", "sv"),
    ("La loi modificative 2025 sur la nationalité vietnamienne entre en vigueur ; la loi modifiée aussi.", "fr"),
    ("Les lois de 2014 sur l'investissement et les entreprises ont été remplacées ; la loi de finances aussi.", "fr"),
]


def _references(texts: list[tuple[str, str | None]]) -> list[list[dict]]:
    return [[r.to_dict() for r in (extract.document(t) if lang is None else
                                   extract.document_from_text(t, lang=lang, stages=[refs_stage])).references]
            for t, lang in texts]


def test_the_same_references_with_the_scans_where_openings_are_written(monkeypatch):
    texts = REFERENCES + [(t, None) for t in real_texts()]
    fast = _references(texts)
    monkeypatch.setattr(refs_extractor, "finditer", lambda pattern, text, pos=0: pattern.finditer(text, pos))
    monkeypatch.setattr(refs_extractor, "_with_first_letters", lambda pattern: pattern)
    assert _references(texts) == fast
    assert sum(1 for rows in fast[: len(REFERENCES)] if rows) >= 4  # the literal texts' references found


@pytest.mark.parametrize("lang", LANGS)
def test_the_scans_find_the_plain_matches(lang):
    """Each scan changed, on real text and on literal text holding its words: the same matches as the plain one."""
    from extract.refs import grammar as refs_grammar, tables

    texts = [t for t, _ in REFERENCES] + real_texts(20)
    patterns = [refs_grammar.carried_type_short_pattern()]
    spec = tables.grammar_words().get(lang, {}).get("law_day_inside")
    if spec:
        patterns.append(re.compile(rf"(?<!\w)(?:{spec['head']})\s+(?=\S)"))
    for key in ("law_amending_inside", "law_year_inside"):
        if tables.grammar_words().get(lang, {}).get(key):
            patterns.append(re.compile(tables.grammar_words()[lang][key]["pattern"]))
    if lang in refs_grammar.law_list_patterns():
        patterns.append(refs_grammar.law_list_patterns()[lang][0])
    seen = 0
    for pattern in patterns:
        for text in texts:
            plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in regex_finditer(pattern, text)] == plain
            assert [(m.span(), m.groupdict()) for m in refs_extractor._with_first_letters(pattern).finditer(text)] \
                == plain
            seen += len(plain)
    assert seen  # some match in each language's texts


LEVELS = [  # a level named by its word alone after an assigning verb, and look-alikes (an object, a partner)
    ("Ngày 5/11/2025, UBND tỉnh Khánh Hòa ban hành công điện. Tỉnh Khánh Hòa cũng yêu cầu cấp xã khẩn trương thông báo "
     "cho người dân.", "vi"),
    ("Ngày 5/11/2025, UBND tỉnh Khánh Hòa yêu cầu chính quyền cấp xã khẩn trương thông báo cho người dân.", "vi"),
    ("Ngày 5/11/2025, UBND tỉnh Khánh Hòa yêu cầu Sở Nội vụ kiện toàn chính quyền cấp xã trước ngày 10/11/2025.", "vi"),
    ("Ngày 5/11/2025, UBND tỉnh Khánh Hòa tổ chức hội nghị với lãnh đạo cấp huyện.", "vi"),
]


def test_the_same_bodies_with_the_levels_scanned_where_a_word_opens(monkeypatch):
    texts = LEVELS + [(t, None) for t in real_texts()]
    fast = _assignments(texts)
    monkeypatch.setattr(mentions, "regex_finditer", lambda pattern, text, pos=0: pattern.finditer(text, pos))
    assert _assignments(texts) == fast
    assert any(row["agency_id"].startswith("CPC") for rows in fast[:2] for row in rows)  # the levels found
