"""The fast paths of text processing give exactly what their plain versions give.

Folding, lowering and the gazetteer matcher are rewritten for speed (translate tables, a trie of
names); each is checked here against the straightforward version it replaced, on tricky characters
and on real text (the seeds, and the dev articles when present).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.assign.cues import _PUNCT, lower_for_matching
from nlp import agencies
from nlp.fold import _fold_char, fold

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
DEV = ROOT.parent / "shared" / "dev" / "baomoi"


def _texts() -> list[str]:
    paths = sorted(SAMPLE.glob("*.txt")) + (sorted(DEV.glob("*.txt"))[:40] if DEV.exists() else [])
    return [p.read_text(encoding="utf-8") for p in paths]


TRICKY = [
    "Nghị định số 98/2018/NĐ-CP của Chính phủ",  # Vietnamese letters, đ without decomposition
    "İstanbul ΣΟΦΟΣ straße ẞ ǅ ﬁ",  # letters whose lower case is longer, or differs in context
    "Ærø Øresund Łódź ð",  # letters folded by the project's own table
    "e\u0301 a\u0300 combining marks, \u00a0no-break space, ‘quotes’ – dashes —",  # marks and punctuation
    "中华人民共和国 😀 ١٢٣",  # scripts without case
]


def _plain_lower(text: str) -> str:
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text.translate(_PUNCT))


@pytest.mark.parametrize("text", TRICKY)
def test_fold_matches_per_character_folding(text):
    # the translate table gives what folding each character alone gives, at the same length
    assert fold(text) == "".join(_fold_char(c) for c in text)
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("text", TRICKY)
def test_lower_for_matching_matches_per_character_lowering(text):
    # one character for one: "İ" (lowered to two characters) stays, "Σ" lowers alone, never in context
    assert lower_for_matching(text) == _plain_lower(text)
    assert len(lower_for_matching(text)) == len(text)


def test_fold_and_lower_on_real_text():
    for text in _texts():
        assert fold(text) == "".join(_fold_char(c) for c in text)
        assert lower_for_matching(text) == _plain_lower(text)


def _alternation_matcher() -> re.Pattern:
    """The gazetteer's names as a plain longest-first alternation: what the trie replaced."""
    _, names, *_ = agencies._matchers()
    patterns = ["".join(agencies._name_units(name)) for name in names]
    return re.compile(r"(?<!\w)" + agencies._alternation(patterns) + r"(?!\w)")


LOOK_ALIKES = [
    "bo tai chinh va bo ke hoach va dau tu",  # two names in a row
    "bo tai chinhx bo y te",  # a name glued to a letter is not a name; the next one is
    "uy ban nhan dan tinh - thanh pho ha noi",  # a dash between words
    "bo  tai\nchinh",  # any run of spaces between words
    "ministry of finance of vietnam ministry of",  # a longer name over a shorter one, a truncated one
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_trie_finds_what_the_alternation_finds(text):
    by_name, *_ = agencies._matchers()
    expected = [(m.span(), m.group()) for m in _alternation_matcher().finditer(text)]
    assert [(m.span(), m.group()) for m in by_name.finditer(text)] == expected


def test_trie_finds_what_the_alternation_finds_on_real_text():
    by_name, *_ = agencies._matchers()
    plain = _alternation_matcher()
    found = 0
    for text in _texts():
        folded = agencies.fold_for_matching(text)
        expected = [(m.span(), m.group()) for m in plain.finditer(folded)]
        assert [(m.span(), m.group()) for m in by_name.finditer(folded)] == expected
        found += len(expected)
    assert found > 20  # the texts do name bodies: the comparison is not between two empty lists


# texts that exercise langdetect's text preparation: URLs and e-mail addresses, runs of spaces,
# capitalised words (no n-grams), non-Latin scripts (Latin dropped), combining marks (re-composed)
DETECTOR_TEXTS = [
    "Nghị định số 98/2018/NĐ-CP về chính sách khuyến khích phát triển hợp tác trong sản xuất",  # Vietnamese
    "The Ministry of Finance   shall guide   the implementation, see https://mof.gov.vn/x?a=1 or info@mof.gov.vn",  # URL, e-mail, spaces
    "Le GOUVERNEMENT a adopté le DÉCRET relatif aux coopératives agricoles de la province",  # capitalised words
    "Regeringen har beslutat att kooperativen ska få stöd under året",  # Swedish
    "中华人民共和国政府 and a little English inside Chinese text 政府工作报告",  # Latin dropped when rare
    "Vie\u0302\u0323t Nam ho\u031b\u0323p ta\u0301c xa\u0303",  # decomposed Vietnamese marks
    "ab",  # too short for most n-grams
    "   ",  # nothing to detect: langdetect raises
]


def _langdetect_answer(detector) -> list[tuple[str, float]] | str:
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except Exception as exc:  # langdetect's own "no features" error must be the same too
        return type(exc).__name__


@pytest.mark.parametrize("text", DETECTOR_TEXTS)
@pytest.mark.parametrize("languages", [None, ("vi", "en", "fr", "sv")])
def test_detector_gives_langdetects_own_probabilities(text, languages):
    from nlp.fast import langdetect as fast_langdetect

    factory = fast_langdetect.factory(languages)
    plain, fast = factory.create(), fast_langdetect.FastDetector(factory)
    for detector in (plain, fast):
        detector.append(text)
    # the same n-grams in the same order, so the same seeded trials and the same floats
    assert fast._extract_ngrams.__func__ is not plain._extract_ngrams.__func__
    assert _langdetect_answer(fast) == _langdetect_answer(plain)


def test_detector_matches_langdetect_on_real_paragraphs():
    from nlp.fast import langdetect as fast_langdetect

    paragraphs = [p for text in _texts() for p in text.split("\n") if p.strip()][:300]
    for languages, limit, trials in ((None, None, None), (("vi", "en", "fr", "sv"), 250, 3)):
        factory = fast_langdetect.factory(languages)
        for paragraph in paragraphs:
            plain, fast = factory.create(), fast_langdetect.FastDetector(factory)
            for detector in (plain, fast):
                if limit:
                    detector.set_max_text_length(limit)
                if trials:
                    detector.n_trial = trials
                detector.append(paragraph)
            assert _langdetect_answer(fast) == _langdetect_answer(plain), paragraph


# (pattern, flags, the characters a match starts with, or None when they cannot be listed)
FIRST_CHARACTER_CASES = [
    (r"(?<!\w)(?:Decree|Nghị\s+định)\s+\d+", 0, {"D", "N"}),  # a lookbehind is skipped, an alternation joined
    (r"(?:the\s+)?Decree", 0, {"t", "D"}),  # an optional group adds what may follow it
    (r"[a-c]x|y+z", 0, {"a", "b", "c", "y"}),  # a class spelled out, a repeat read for its first item
    (r"\bNo\.", 0, {"N"}),  # a word boundary is zero width
    (r"(?i)decree", 0, None),  # case-insensitive inline: no list (and nothing may precede the flag)
    (r"decree", re.IGNORECASE, {"d"}),  # case-insensitive by flag: the lookahead is compiled case-insensitive too
    (r"x|(?i:decree)", 0, None),  # a case-insensitive group inside a case-sensitive pattern
    (r"\d+/NĐ-CP", 0, None),  # a class of categories (\d) is not spelled out
    (r"[^a]b", 0, None),  # a negated class
    (r"a?", 0, None),  # a pattern that matches the empty string matches everywhere
    (r"(a)\1", 0, {"a"}),  # a back-reference after the first character does not matter
]


@pytest.mark.parametrize("pattern,flags,expected", FIRST_CHARACTER_CASES)
def test_first_characters(pattern, flags, expected):
    from nlp.fast.sre import first_characters

    assert first_characters(pattern, flags) == expected


def test_scanners_find_what_plain_patterns_find():
    from extract.refs import grammar
    from nlp.regex import scanner

    texts = _texts() + [  # repeats and short references in the four languages
        "Nghị định này quy định; Decree 98 and the said Decision, ce décret, ledit arrêté, beslutet och dekretet.",
        "Theo Nghị định số 98/2018 và Quyết định 1234 năm 2020, Circular 15 of 2019 requires; décret 45 de 2021.",
    ]
    for fast in (grammar.short_pattern(), grammar.repeat_pattern()):
        assert fast.pattern.startswith("(?=[")  # the lookahead is there: the comparison is not with itself
        plain = re.compile(fast.pattern[fast.pattern.index("])(?:") + 5 : -1], fast.flags)
        found = 0
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == expected
            found += len(expected)
        assert found >= 4
    assert scanner("abc").findall("xabcabc") == ["abc", "abc"]


SENTENCE_TEXTS = [
    "Hello!!! World?! Yes. (Paren.) \"Quoted.\" Next",  # runs of punctuation, quotes and brackets after a period
    "Nghị định số 98/2018/NĐ-CP. Bộ Tài chính chủ trì…",  # Vietnamese with a symbol and an ellipsis
    "1. 2. 3. a) b)",  # list markers
    "...!!",  # punctuation only
    "no boundary at all",  # one sentence
]


@pytest.mark.parametrize("lang", ["vi", "en", "fr", "sv", "xx"])
def test_sentencizer_gives_spacys_boundaries(lang):
    from spacy.pipeline import Sentencizer

    from nlp import segment
    from nlp.fast.spacy import ArraySentencizer

    nlp = segment.pipeline(lang)
    fast, plain = nlp.get_pipe("sentencizer"), Sentencizer()
    assert isinstance(fast, ArraySentencizer)
    for text in SENTENCE_TEXTS + _texts():
        doc = nlp.make_doc(text)
        assert fast.predict([doc]) == plain.predict([doc]), text


@pytest.mark.parametrize("lang", ["en", "fr", "sv", "xx"])
def test_tokenizer_without_whitespace_cases_makes_spacys_tokens(lang):
    import spacy

    from nlp import segment

    fast, plain = segment.pipeline(lang).tokenizer, spacy.blank(lang).tokenizer
    assert len(fast.rules) < len(plain.rules)  # the whitespace cases are gone: not a comparison with itself
    texts = _texts() + [
        "a\n\nb \n x\t\ty",  # paragraph breaks, tabs, runs of spaces
        "x \xa0 y",  # a no-break space keeps its own special case (it has a norm)
        "U.S. and (:) :) don't 10a.m.",  # special cases that stay
    ]
    for text in texts * 2:  # twice: the second time from the cache
        tokens = [(t.text, t.idx, t.whitespace_, t.norm_) for t in fast(text)]
        assert tokens == [(t.text, t.idx, t.whitespace_, t.norm_) for t in plain(text)], text


def test_document_to_dict_matches_asdict_and_linear_sentence_search():
    import dataclasses

    import extract

    for text in _texts()[:12]:
        doc = extract.document(text)
        out = doc.to_dict()
        for kind in ("references", "figures", "assignments"):
            facts = doc.facts.get(kind, [])
            expected = [dict(dataclasses.asdict(f), sentence=doc.sentence_of(f.start, f.end)) for f in facts]
            assert out[kind] == expected
    # sentences out of order: the linear search answers, as before
    shuffled = extract.document("Bộ Tài chính chủ trì. Decree No. 98/2018/ND-CP applies.", lang="en")
    shuffled.sentences.reverse()
    assert [r["sentence"] for r in shuffled.to_dict()["references"]] == [
        shuffled.sentence_of(r.start, r.end) for r in shuffled.references
    ]


@pytest.mark.parametrize("lang", ["vi", "fr", "sv"])
def test_marker_letters_counted_as_one_by_one(lang):
    from nlp import langid

    markers = langid.marker_letters(lang)
    assert markers
    for text in _texts():
        lowered = text.lower()
        assert len(langid._marker_class(markers).findall(lowered)) == sum(1 for c in lowered if c in markers)


@pytest.mark.parametrize("text", TRICKY)
def test_refs_fast_fold_matches_its_sparse_table(text):
    from extract.refs import grammar

    assert grammar.fast_fold(text) == text.translate(grammar._FOLD_TABLE)


# pages whose metadata trafilatura finds by its fallbacks: no meta tags, a relative or protocol-relative
# canonical link, a JSON-LD headline only, no date anywhere, a title in the <title> element only
METADATA_PAGES = [
    # no meta tags at all: the title from <h1>/<title>, no URL, the date from the text
    "<html><head><title>Quyết định phê duyệt | Báo Tỉnh</title></head><body><article><h1>Quyết định phê duyệt đề án</h1>"
    "<p>Ngày 12/3/2024, UBND tỉnh ban hành Quyết định số 45/QĐ-UBND phê duyệt đề án phát triển hợp tác xã.</p>"
    "<p>Sở Nông nghiệp chủ trì, phối hợp với các sở, ngành triển khai thực hiện đề án trong năm 2024.</p></article></body></html>",
    # a relative canonical link made absolute from og:url; the date from JSON-LD
    '<html><head><link rel="canonical" href="/a/1.html"><meta property="og:url" content="https://tinh.example.vn/x.html">'
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"The Ministry of Finance guides Decree 98","datePublished":"2023-05-04"}</script>'
    "</head><body><main><p>The Ministry of Finance issued guidance on Decree No. 98/2018/ND-CP on agricultural cooperatives.</p>"
    "<p>Provinces must report on the implementation before the end of the year, the ministry said.</p></main></body></html>",
    # a protocol-relative canonical link; no date anywhere
    '<html><head><link rel="canonical" href="//example.fr/article"><meta name="title" content="Le gouvernement adopte le décret">'
    "</head><body><div class='content'><p>Le gouvernement a adopté le décret relatif aux coopératives agricoles de la province.</p>"
    "<p>Le ministère des Finances publiera une circulaire d'application avant la fin de l'année prochaine.</p></div></body></html>",
    # twitter:url and an article:published_time in the head; comments that are left out of the text
    '<html><head><meta name="twitter:url" content="https://regeringen.example.se/a"><meta property="article:published_time" content="2022-11-30">'
    "</head><body><article><p>Regeringen har beslutat att kooperativen ska få stöd under året, enligt ett nytt beslut.</p>"
    "<p>Länsstyrelsen ska följa upp hur stödet används och rapportera till regeringen senast i december.</p></article>"
    "<div class='comments'><p>En läsare skrev en kommentar om beslutet här nedan i kommentarsfältet.</p></div></body></html>",
]


# pages for the branches of trafilatura's load_html: an XML declaration with an encoding (parsed from
# bytes), a doctype line, a fragment that is no whole document, form elements in any case
LOADING_PAGES = [
    '<?xml version="1.0" encoding="utf-8"?>\n<html><head><title>Nghị quyết</title></head><body><article>'
    "<p>Hội đồng nhân dân tỉnh thông qua Nghị quyết về phát triển kinh tế tập thể giai đoạn 2021-2025.</p>"
    "<p>Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện nghị quyết này trên địa bàn toàn tỉnh.</p></article></body></html>",
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html><body><main>"
    "<p>The Government adopted a resolution on the development of the collective economy in 2021-2025.</p>"
    "<p>Ministries and provinces shall implement it and report the results every year to the Prime Minister.</p></main>"
    "<FORM action='/s'><LABEL>Search</LABEL><INPUT name='q' value='x'><SELECT><option>a</option></SELECT><TextArea>t</TextArea></FORM>"
    "</body></html>",
    "<div><p>Un fragment sans document autour, qui n'est pas une page entière et que trafilatura refuse.</p></div>",
    # a self-closing <html/> and control characters XML cannot hold (trafilatura removes them)
    "<!DOCTYPE html>\n<html lang='sv'/>\n<body><article><p>Regeringen\x0b har beslutat\x01 om stöd\ufffe till kooperativen i hela landet.</p>"
    "<p>Länsstyrelsen ska följa upp hur stödet används och rapportera till regeringen i december.</p></article></body></html>",
    # the same without them: the repair steps after the removal
    "<!DOCTYPE html>\n<html lang='sv'/>\n<body><article><p>Regeringen har beslutat om stöd till kooperativen i hela landet.</p>"
    "<p>Länsstyrelsen ska följa upp hur stödet används och rapportera till regeringen i december.</p></article></body></html>",
]


def test_invalid_xml_characters_are_trafilaturas():
    # the characters looked for before the page is repaired are those trafilatura's regex removes
    from trafilatura.utils import INVALID_XML_CHARS

    from extract.fast.trafilatura import INVALID_XML

    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert "".join(INVALID_XML_CHARS.findall(everything)) == INVALID_XML


def test_html_parser_gives_lxml_html_element_classes():
    # the parser with the lookup in C makes the very classes lxml.html's Python lookup makes
    import lxml.html

    from extract.fast.trafilatura import load_html

    for page in LOADING_PAGES[:2] + METADATA_PAGES:
        html = page.split("\n", 1)[1] if page.startswith("<?xml") else page
        expected = [(e.tag, type(e)) for e in lxml.html.fromstring(html).iter()]
        got = [(e.tag, type(e)) for e in load_html(html).iter()]
        assert got == expected
    classes = {type(e).__name__ for e in load_html(LOADING_PAGES[1]).iter()}
    assert {"FormElement", "InputElement", "SelectElement", "TextareaElement", "LabelElement", "HtmlElement"} <= classes


def test_html_metadata_is_what_bare_extraction_with_metadata_finds():
    """extract_html skips the metadata a document does not keep: title, date, canonical URL and
    text stay those of trafilatura's own ``bare_extraction(with_metadata=True)``."""
    import trafilatura

    from bench.bench_processing import realistic_pages
    from extract import InputError
    from extract.html import extract_html

    pages = METADATA_PAGES + LOADING_PAGES + [page for _, page in realistic_pages(12, seed=5)]
    for url in (None, "https://news.example.invalid/a/1.html"):
        for page in pages:
            full = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False, include_tables=True)
            if full is None:  # trafilatura refuses the page: so does extract_html, with a reason
                with pytest.raises(InputError):
                    extract_html(page, url=url)
                continue
            mine = extract_html(page, url=url)
            assert mine.text == full.text.strip()
            assert (mine.title, mine.canonical_url) == (full.title or None, full.url or url)
            if full.date:  # where trafilatura finds no date, extract_html asks htmldate itself
                assert mine.published == full.date


def test_case_insensitive_lookahead_takes_what_its_letters_match():
    # a scanner of a case-insensitive pattern puts a case-insensitive class of its first letters in
    # front: on every code point, the class matches where one of the letters matches
    from extract.figures.lexicon import lexicon
    from nlp.fast.sre import first_characters

    letters: set[str] = set()
    for lang in ("vi", "en", "fr", "sv"):
        lex = lexicon(lang)
        for tail in (lex.cue_before_re, lex.qualifier_before_re, lex.range_open_re, lex.month_before_re):
            letters |= first_characters(tail.regex.pattern[tail.regex.pattern.index("])(?:") + 5 : -1], tail.flags) or set()
    letters |= set("kKsSiIßKſİı")  # letters with unusual case partners (Kelvin sign, long s, dotted I)
    assert len(letters) > 30
    each = re.compile("(?:" + "|".join(re.escape(c) for c in letters) + ")", re.IGNORECASE)
    joined = re.compile("[" + "".join(re.escape(c) for c in sorted(letters)) + "]", re.IGNORECASE)
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert [m.start() for m in joined.finditer(everything)] == [m.start() for m in each.finditer(everything)]


TAIL_WINDOWS = [
    "được ban hành ngày",  # a one-word cue at the end
    "theo Điều   ",  # spaces after the phrase
    "đến hết\nngày ",  # a line break inside the window
    "trong vòng  khoảng",  # two spaces between words of the window
    "(ngày",  # the phrase glued to a bracket: its run starts before it
    "vào tháng",  # fewer runs than the longest phrase has words
    "",  # an empty window
    "as of the end of",  # English words of several phrases
    "Article",  # a window of one word
]


def test_tail_patterns_find_what_their_regex_finds():
    # a phrase that must end at the window's end is searched from the window's last runs only
    from extract.figures.lexicon import lexicon

    windows = list(TAIL_WINDOWS)
    for text in _texts():
        windows += [text[max(0, m.start() - width) : m.start()] for m in re.finditer(r"\d+", text) for width in (6, 30, 40)]
    found = 0
    for lang in ("vi", "en", "fr", "sv"):
        lex = lexicon(lang)
        for tail in (lex.cue_before_re, lex.qualifier_before_re, lex.range_open_re, lex.month_before_re):
            plain = re.compile(tail.regex.pattern[tail.regex.pattern.index("])(?:") + 5 : -1], tail.flags)
            for window in windows:
                expected = plain.search(window)
                got = tail.search(window)
                assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group())), (lang, window)
                found += expected is not None
    assert found > 50


def test_insert_rows_writes_what_sqlite_utils_insert_all_writes(tmp_path):
    # rows of facts written by one executemany: the same rows as sqlite-utils' insert_all(alter=True),
    # values converted alike (lists and dicts as JSON), a missing key as NULL, a new key as a new column
    import sqlite_utils

    from corpus.store import insert_rows

    db = sqlite_utils.Database(tmp_path / "rows.db")
    for name in ("fast", "plain"):
        db[name].create({"id": int, "document_id": int, "text": str, "value": float, "extra": str}, pk="id")
    batches = [
        [{"document_id": 1, "text": "2,8 nghìn tỷ đồng", "value": 2.8e12, "extra": ["a", "b"]},
         {"document_id": 1, "text": "45 miljoner", "value": 45000000, "extra": {"k": "ö"}},
         {"document_id": 2, "text": "15 %"}],  # a row without some keys
        [{"document_id": 3, "text": "Decree 98", "value": None, "flag": True}],  # a key the table lacks
        [],
    ]
    for rows in batches:
        insert_rows(db, "fast", rows)
        if rows:
            db["plain"].insert_all(rows, alter=True)
    assert set(db["fast"].columns_dict) == set(db["plain"].columns_dict)
    assert list(db["fast"].rows) == list(db["plain"].rows)
    assert len(list(db["fast"].rows)) == 4


def test_full_text_index_is_rewritten_only_when_the_indexed_text_changes(tmp_path):
    # a story id or a province set on a document leaves its full-text entry alone; a new text
    # replaces it (the old words are no longer found, the new ones are)
    from corpus import open_db
    from corpus.db import write_transaction
    from corpus.store import store_document

    db = open_db(tmp_path / "fts.db")
    db.execute("insert into pages (id, url) values (1, 'https://a.invalid/1')")
    with write_transaction(db):
        store_document(db, {"id": 1, "url": "https://a.invalid/1"},
                       {"text": "Hợp tác xã nông nghiệp", "language": "vi", "title": "Tiêu đề"}, province_code=None, version="v")
    statements: list[str] = []  # SQLite reports the full-text index's own writes to the trace too
    db.conn.set_trace_callback(statements.append)
    db.execute("update documents set story_id = 1, province_code = '01' where id = 1")
    assert statements and not [s for s in statements if "documents_fts" in s]
    db.execute("update documents set text_folded = 'ngan sach tinh' where id = 1")
    assert [s for s in statements if "documents_fts" in s]
    db.conn.set_trace_callback(None)
    found = {word: db.execute("select rowid from documents_fts where documents_fts match ?", [word]).fetchall()
             for word in ("ngan", "nong")}
    assert found == {"ngan": [(1,)], "nong": []}


def _without_lookahead(fast: re.Pattern) -> re.Pattern:
    """The pattern a scanner (or a hand-written first-character lookahead) was made from."""
    if fast.pattern.startswith("(?=\\d)"):
        return re.compile(fast.pattern[len("(?=\\d)"):], fast.flags)
    assert fast.pattern.startswith("(?=[")  # the lookahead is there: the comparison is not with itself
    return re.compile(fast.pattern[fast.pattern.index("])(?:") + 5 : -1], fast.flags)


def test_reference_scanners_find_what_plain_patterns_find():
    # symbol starts, URLs and law titles over whole texts; relation cues and type words before a
    # reference in the windows the extractor searches (a phrase ending at the window's end)
    from extract.refs import grammar
    from extract.refs.extractor import URL

    texts = _texts() + [
        "Theo Nghị định số 98/2018/NĐ-CP, xem https://chinhphu.vn/a?b=1 và WWW.Mof.gov.vn; Luật Đất đai 2024, Luật Hợp tác xã năm 2023.",
        "replacing Decree No. 15/2019/ND-CP; sửa đổi, bổ sung một số điều của Thông tư 10; ersätter förordningen (2018:1) 1.5-2 lần.",
    ]
    found = 0
    for fast, folded in ((grammar.SYMBOL_START, False), (URL, False), (grammar.law_title_pattern()[0], True)):
        plain = _without_lookahead(fast)
        for text in texts:
            subject = grammar.fast_fold(text) if folded else text
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(subject)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(subject)] == expected
            found += len(expected)
    for fast in (grammar.relation_pattern(), grammar.prefix_pattern()):
        plain = _without_lookahead(fast)
        for text in texts:
            for m in grammar.SYMBOL_START.finditer(text):
                for start in (max(0, m.start() - 120), max(0, m.start() - 80)):
                    got, expected = fast.search(text, start, m.start()), plain.search(text, start, m.start())
                    assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict()))
                    found += expected is not None
    assert found > 50


def test_search_ending_window_finds_what_a_forward_search_finds():
    # the relation cues before every symbol and capital of real texts in the four languages, in windows
    # of the extractor's width and narrower: the same match, span and groups, or none alike
    from extract.refs import grammar
    from extract.refs.extractor import RELATION_CUE_WINDOW
    from nlp.regex import search_ending_window

    texts = _texts() + [
        "thay thế Nghị định số 15/2019/NĐ-CP; sửa đổi, bổ sung một số điều của Thông tư số 10/2020/TT-BTC.",
        "replacing Decree No. 15/2019/ND-CP and amending Circular No. 10/2020/TT-BTC, guiding Law No. 31/2024/QH15.",
        "remplaçant le décret n° 15/2019/ND-CP ; modifiant la circulaire 10/2020/TT-BTC ; ersätter förordningen 2018:1.",
    ]
    pattern = grammar.relation_pattern()
    found = tried = 0
    for text in texts:
        for m in re.finditer(r"(?<!\w)(?:[A-ZĐ]|\d+/)", text):
            for width in (RELATION_CUE_WINDOW, 40):
                start = max(0, m.start() - width)
                got = search_ending_window(pattern, text, start, m.start())
                expected = pattern.search(text, start, m.start())
                assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict()))
                found += expected is not None
                tried += 1
    assert found >= 6 and tried > found * 5
