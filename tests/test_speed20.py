"""Issue 18's twentieth speed pass: the mention readers' patterns built once a language (``extract/assign/mentions.py``)
are the patterns the readers built at each call before, and the readers read the language's grammar through
``language_grammar`` (the same data in vi/en/fr/sv; the fallback's, not an error, in a language with no grammar file)."""
from __future__ import annotations

import re

import pytest

from extract.assign import mentions
from extract.assign.common import phrases
from extract.assign.cues import LANG_DIR, cues, grammar, language_grammar, phrase
from extract.models import Sentence
from nlp import languages

KNOWN = ("vi", "en", "fr", "sv")
UNDETERMINED = ("und", "de", "zz")
ALL = KNOWN + UNDETERMINED


def _data(lang: str) -> dict:
    """The plain read the readers did before (the fallback's for a language with no grammar file)."""
    return grammar(lang if (LANG_DIR / lang / "grammar.json").exists() else languages.fallback())


def test_undetermined_languages_have_no_grammar_file():
    assert all(not (LANG_DIR / lang / "grammar.json").exists() for lang in UNDETERMINED)
    with pytest.raises(FileNotFoundError):
        grammar("und")


@pytest.mark.parametrize("lang", ALL)
def test_language_grammar_is_the_plain_read(lang):
    assert language_grammar(lang) == _data(lang)
    if lang in KNOWN:
        assert language_grammar(lang) is grammar(lang)


# the plain builds, as the readers wrote them at each call before this pass
def _plain_phrases(lang, key):
    names = _data(lang).get(key) or []
    if not names:
        return None
    return re.compile(rf"(?<![\w'])(?:{'|'.join(sorted((phrase(n) for n in names), key=len, reverse=True))})(?![\w'])")


def _plain_heads(lang, heads_key, after, prefix_key):
    words = _data(lang)
    heads, prefix = words.get(heads_key) or [], words.get(prefix_key)
    if not heads or not prefix:
        return None
    return (re.compile(rf"(?<![\w'])(?:{phrases(heads)}){after}"), prefix,
            [a + " " for a in words.get("articles") or []])


def _plain_locality(lang):
    words = _data(lang).get("singular_locality_words") or []
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})(?![\w'])") if words else None


def _plain_links(lang):
    links = _data(lang).get("department_province_links")
    if links is None:
        return None
    return re.compile(rf"\s+(?:(?:{phrases(links)})\s+)?" if links else r"\s+")


def _same(cached, plain):
    if plain is None:
        return cached is None
    return cached is not None and (cached.pattern, cached.flags) == (plain.pattern, plain.flags)


PHRASE_KEYS = ("provincial_sector_names", "committees_at_all_levels", "provincial_local_committee_names", "no_such_key")
HEADS = (("department_list_heads", r"\s*:\s*", "department_name_prefix"),
         ("department_plural_heads", r"(?:\s*:\s*|\s+)(?=[^\W\d_])", "department_name_prefix"),
         ("listed_departments", r"(?:\s*:\s*|\s+)(?=[^\W\d_])", "department_name_prefix"))


@pytest.mark.parametrize("lang", ALL)
@pytest.mark.parametrize("key", PHRASE_KEYS)
def test_phrase_pattern_is_the_plain_build(lang, key):
    assert _same(mentions._grammar_phrases_pattern(lang, key), _plain_phrases(lang, key))
    assert mentions._grammar_phrases_pattern(lang, key) is mentions._grammar_phrases_pattern(lang, key)


@pytest.mark.parametrize("lang", ALL)
@pytest.mark.parametrize("heads_key, after, prefix_key", HEADS)
def test_department_heads_are_the_plain_build(lang, heads_key, after, prefix_key):
    cached, plain = mentions._department_heads_pattern(lang, heads_key, after, prefix_key), _plain_heads(lang, heads_key, after, prefix_key)
    if plain is None:
        assert cached is None
    else:
        assert _same(cached[0], plain[0]) and cached[1] == plain[1] and list(cached[2]) == plain[2]


@pytest.mark.parametrize("lang", ALL)
def test_locality_range_and_links_are_the_plain_builds(lang):
    assert _same(mentions._singular_locality_pattern(lang), _plain_locality(lang))
    assert _same(mentions._department_province_links(lang), _plain_links(lang))
    words = _data(lang).get("province_range_words") or []
    plain = re.compile(rf"\s+(?:{phrases(words)})\s") if words else None
    assert _same(mentions._province_range_pattern(lang), plain)


def test_some_lists_are_set_in_each_known_language():
    """The comparisons above must compare something: each build is set in at least one language."""
    assert any(_plain_phrases(lang, "committees_at_all_levels") for lang in KNOWN)
    assert any(_plain_heads(lang, *HEADS[0]) for lang in KNOWN)
    assert any(_plain_locality(lang) for lang in KNOWN)
    assert any(_data(lang).get("province_range_words") for lang in KNOWN)


# literal cases: the readers' answers against the plain reading
RANGE_CASES = [
    ("fr", "de Thanh Hoa à Quang Tri", 11),
    ("fr", "de Thanh Hoa et Quang Tri", 11),
    ("en", "from Thanh Hoa to Quang Tri", 13),
    ("en", "from Thanh Hoa and Quang Tri", 13),
    ("vi", "từ Thanh Hóa đến Quảng Trị", 12),
    ("vi", "từ Thanh Hóa và Quảng Trị", 12),
    ("sv", "från Thanh Hoa till Quang Tri", 13),
    ("und", "from Thanh Hoa to Quang Tri", 13),
    ("fr", "Thanh Hoa", 9),
]


@pytest.mark.parametrize("lang, text, position", RANGE_CASES)
def test_range_after_is_the_plain_reading(lang, text, position):
    lowered = text.lower()
    words = _data(lang).get("province_range_words") or []
    plain = bool(words and re.match(rf"\s+(?:{phrases(words)})\s", lowered[position : position + 12]))
    assert mentions._range_after(lowered, position, lang) is plain


AT_END_CASES = ["the deputy prime minister asked ", "the deputy prime minister asked", "yêu cầu  ", "giao cho các bộ ",
                "a demandé aux ", "uppdrog åt ", "the ministry said ", ""]


@pytest.mark.parametrize("lang", KNOWN)
@pytest.mark.parametrize("text", AT_END_CASES)
def test_cue_at_the_end_is_the_plain_search(lang, text):
    c = cues(lang)
    if not c.assign_anywhere:
        pytest.skip("no assign_anywhere cue")
    plain = re.search(rf"(?:{c.assign_anywhere.pattern})\s+\Z", text)
    cached = mentions._at_the_end(c.assign_anywhere.pattern).search(text)
    assert (cached and cached.span()) == (plain and plain.span())


def _sentences(text: str, lang: str) -> list[Sentence]:
    out, at = [], 0
    for piece in re.split(r"(?<=\.)\s+", text):
        start = text.index(piece, at)
        out.append(Sentence(start=start, end=start + len(piece), language=lang))
        at = start + len(piece)
    return out


PHRASE_TEXTS = [
    ("vi", "Giao UBND các cấp triển khai kế hoạch. Các sở, ngành phối hợp thực hiện."),
    ("en", "People's Committees at all levels must act. The provincial departments shall report."),
    ("fr", "Il a demandé aux comités populaires à tous les niveaux de agir. Les services provinciaux suivent."),
    ("sv", "Folkkommittéerna på alla nivåer ska agera. Provinsens avdelningar rapporterar."),
    ("und", "People's Committees at all levels must act."),
]


@pytest.mark.parametrize("lang, text", PHRASE_TEXTS)
@pytest.mark.parametrize("key", PHRASE_KEYS[:3])
def test_phrases_in_sentences_are_the_plain_reading(lang, text, key):
    from bisect import bisect_left
    from extract.assign.common import sentence_language

    lowered = text.lower()
    sentences = _sentences(text, lang)
    got = [(m.span(), i) for m, i in mentions._grammar_phrases_in_sentences(lowered, sentences, lang, key)]
    starts = [s.start for s in sentences]
    plain = []
    for code in sorted({sentence_language(s, lang) for s in sentences}):
        pattern = _plain_phrases(code, key)
        if pattern is None:
            continue
        for m in pattern.finditer(lowered):
            index = bisect_left(starts, m.start() + 1) - 1
            if index < 0 or m.start() >= sentences[index].end or sentence_language(sentences[index], lang) != code:
                continue
            plain.append((m.span(), index))
    assert got == plain


# bodies named again (the per-sentence check of each entry's openings now over the openings found in the text): the
# rows of literal texts, the same as integ before the pass gave them
from tests.assign_cases import rows_reader  # noqa: E402

_rows = rows_reader(published="2025-10-01")

NAMED_AGAIN_CASES = [
    ("en", "The Deputy Prime Minister asked the Ministry of Industry and Trade to review the plan. He also told the "
           "ministry to report before June 30, 2025.",
     [("MOIT", "assignee", "DPM", None), ("MOIT", "assignee", "DPM", "2025-06-30")]),
    ("en", "The Ministry of Finance was asked to draft the decree. The ministry was also instructed to submit it by "
           "December 15.", [("MOF", "assignee", None, None), ("MOF", "assignee", None, "2025-12-15")]),
    ("vi", "Thủ tướng giao Bộ Y tế chủ trì xây dựng đề án. Bộ cũng cần báo cáo kết quả trước ngày 30/6.",
     [("MOH", "lead", "PM", None), ("MOH", "assignee", "PM", "2025-06-30")]),
    ("vi", "Phó Thủ tướng yêu cầu Bộ Tài chính rà soát. Đồng thời, Bộ này xây dựng quy chế mới.",
     [("MOF", "assignee", "DPM", None), ("MOF", "assignee", "DPM", None)]),
    ("fr", "Le Premier ministre a demandé au ministère de la Santé de préparer un plan. Il a confié à ce dernier "
           "ministère la tâche de rendre compte.", [("MOH", "assignee", "PM", None), ("MOH", "assignee", "PM", None)]),
    ("sv", "Premiärministern gav hälsoministeriet i uppdrag att utarbeta en plan. Ministeriet ska också rapportera före "
           "den 30 juni.", [("MOH", "assignee", "PM", "2025-06-30")]),
    # look-alikes: no body named before, no word of the entries in the text
    ("en", "The provincial People's Committee of Long An must act. The weather was fine and nothing else happened.",
     [("PPC@80", "assignee", None, None)]),
    ("vi", "Trời hôm nay đẹp. Không có cơ quan nào được giao nhiệm vụ.", []),
]


@pytest.mark.parametrize("lang, text, rows", NAMED_AGAIN_CASES)
def test_bodies_named_again_rows(lang, text, rows):
    assert _rows(text, lang) == rows
