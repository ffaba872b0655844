"""Issue 18's fast paths, each compared with the plain path it replaces on real text (the seeds and
the dev articles when present): the same values, not only the same answers."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer

from nlp import stories
from nlp.fold import fold
from tests.conftest import DEV_ARTICLES
from tests.research_helpers import ingest_process_and_refresh_stories, stories_rebuilt_from_nothing
from tests.speed_cases import real_texts

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
# the dev articles beside the checkout, when present: without them (a fresh machine) the texts are the
# repository's own gold texts and seeds, fewer of them
DEV_PRESENT = DEV_ARTICLES.exists()


# short words (under the n-gram sizes), runs of spaces and line breaks, digits, one-letter tokens, an empty text
EDGE_TEXTS = ["", "a", "ab abc abcd abcde", "  Nghị   định\n\n98/2018/NĐ-CP  ngày 5.7.2018 ",
              "Coopératives — kooperativ; co-operatives!", "x y z w", "ĐẢNG\tủy  tỉnh"]


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_word_shingles_are_scikit_learns(text):
    plain = HashingVectorizer(ngram_range=(1, 3), preprocessor=fold).build_analyzer()
    assert stories.word_shingles(fold(text)) == plain(text)


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_char_ngrams_are_scikit_learns(text):
    plain = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), preprocessor=fold).build_analyzer()
    assert stories.char_wb_ngrams(fold(text)) == plain(text)


def _plain_near_duplicates(texts):
    hashed = HashingVectorizer(ngram_range=(1, 3), n_features=2**20, alternate_sign=False, norm=None,
                               preprocessor=fold).transform(texts)
    return stories._cosine(TfidfTransformer(sublinear_tf=True).fit_transform(hashed))


def _plain_cognates(texts):
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True, preprocessor=fold)
    return stories._cosine(vectorizer.fit_transform(texts))


def test_story_voices_equal_scikit_learns_on_real_text():
    texts = real_texts(60) + EDGE_TEXTS[1:]
    for text in texts:
        assert stories.word_shingles(fold(text)) == HashingVectorizer(ngram_range=(1, 3), preprocessor=fold).build_analyzer()(text)
    # the same floats, not close ones: the stories are clustered from these scores
    assert np.array_equal(stories.near_duplicate_similarity(texts), _plain_near_duplicates(texts))
    assert np.array_equal(stories.cognate_similarity(texts), _plain_cognates(texts))
    # a second call answers from the per-word cache
    assert np.array_equal(stories.cognate_similarity(texts[::-1]), _plain_cognates(texts[::-1]))


def _every_text() -> list[str]:
    """The texts of every gold file of every stage (those in ../shared when present), the seeds and
    the dev articles."""
    from extract.stages import registered
    from vnpolicy.evaluate import gold_text, load_gold

    texts = [gold_text(gold) for entry in registered() for _path, gold in load_gold(entry.name)]
    return [t for t in texts if t] + real_texts(60)


def test_overall_language_is_detects_on_every_gold_text():
    from nlp import langid, languages

    from nlp import config

    expected = tuple(languages.expected())
    share = config.get_float("langid", "document_marker_share")
    least = config.get_int("langid", "document_marker_min_letters")
    by_letters = 0
    for text in _every_text():
        sample = langid.document_sample([p for p in text.split("\n") if p.strip()])
        full = langid.detect(sample, expected).language
        assert langid.overall_language(sample, expected) == full, sample[:200]
        letters = langid._letters(sample)
        by_letters += letters >= least and \
            len(langid._marker_class(langid.marker_letters("vi")).findall(sample.lower())) >= share * letters
    assert by_letters >= (20 if DEV_PRESENT else 1)  # the fast path is taken: Vietnamese texts are told by their letters


@pytest.mark.parametrize("text,language", [
    ("Bộ Tài chính đề xuất sửa đổi Nghị định 98/2018/NĐ-CP về phát triển hợp tác xã nông nghiệp.", "vi"),
    # Vietnamese names in English, French and Swedish prose: their letters are too few to decide
    ("Prime Minister Phạm Minh Chính met the heads of the agricultural cooperatives in Hà Nội on Monday "
     "to discuss how the amended cooperative law will be carried out and what the provinces must report.", "en"),
    # dense names: langdetect itself reads this English as Vietnamese, and the letters must agree
    ("Prime Minister Phạm Minh Chính met Nguyễn Thị Thanh Nhàn and Đỗ Đức Duy in Hà Nội on Monday "
     "to discuss the cooperative law and the budget of the province of Thừa Thiên Huế.", "vi"),
    ("Le Premier ministre Phạm Minh Chính a rencontré les coopératives de Đồng Tháp et de Hậu Giang "
     "pour parler de la nouvelle loi sur les coopératives agricoles.", "fr"),
    ("Regeringen i Hà Nội har beslutat att kooperativen i Đồng Nai ska få stöd från staten under året.", "sv"),
    ("Hà Nội, Đà Nẵng", "und"),  # too few letters to tell: unknown, however Vietnamese its letters
    ("Ủy ban nhân dân tỉnh Đồng Tháp", "vi"),  # a short sample is weighed, not told by its letters
])
def test_overall_language_literal_cases(text, language):
    from nlp import langid, languages

    expected = tuple(languages.expected())
    assert langid.overall_language(text, expected) == langid.detect(text, expected).language == language


def test_number_patterns_find_what_they_found_without_the_digit_lookahead():
    """The figures' number patterns begin with a lookahead of a digit (one test where none is):
    the same matches as the patterns without it, by search from every end and by match at every
    digit, on real text and on look-alikes (codes glued to numbers, words ending in digits)."""
    import re

    from extract.figures import grammar, numbers

    def plain(pattern: re.Pattern, ahead: str = "(?=\\d)") -> re.Pattern:
        assert pattern.pattern.startswith(ahead)
        return re.compile(pattern.pattern[len(ahead):], pattern.flags)

    look_alikes = "VND3.2 trillion, RM42, Rs20 m2 C67 H5N1 or19.6 percent plus de625.000 hectares 3 066,5 1.500.000 ١٢٣ km2"
    texts = real_texts(60) + [look_alikes]
    for fast in (numbers.NUMBER_RE, numbers.NUMBER_NO_SPACE_RE, grammar._AFTER_WORD_RE):
        slow = plain(fast)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
            digits = [m.start() for m in re.finditer(r"\d", text)]
            assert [bool(fast.match(text, p)) and fast.match(text, p).span() for p in digits] == \
                [bool(slow.match(text, p)) and slow.match(text, p).span() for p in digits]
    assert numbers.NUMBER_RE.search(look_alikes).group() == "3.2"


def test_cognate_vectors_are_tfidf_vectorizers_element_by_element():
    """The same sparse matrix as scikit-learn's TfidfVectorizer: the same columns in the same order
    within each row (the order a row's products are summed in), the same floats."""
    texts = real_texts(60) + EDGE_TEXTS[1:]
    for chosen in (texts, texts[::-1][:7], texts[-3:]):
        plain = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True,
                                preprocessor=fold).fit_transform(chosen)
        fast = stories.cognate_vectors([fold(t) for t in chosen])
        assert fast.shape == plain.shape and fast.dtype == plain.dtype
        assert np.array_equal(fast.indptr, plain.indptr)
        assert np.array_equal(fast.indices, plain.indices)
        assert np.array_equal(fast.data, plain.data)


def _plain_similarity(docs, settings):
    """nlp.stories.similarity as it was before the cognate voice was skipped: the n-grams computed
    whenever two cognate languages share the block."""
    texts = [d.text for d in docs]
    languages = np.array([d.language for d in docs])
    same_language = languages[:, None] == languages[None, :]
    near = _plain_near_duplicates(texts) / settings.near_duplicate
    facts, sizes = stories.fact_similarity(docs)
    cross = facts / settings.cross_language
    cognate_rows = np.isin(languages, settings.cognate_languages)
    if len(set(languages[cognate_rows].tolist())) > 1:
        index = np.flatnonzero(cognate_rows)
        cognates = _plain_cognates([texts[i] for i in index])
        both = np.ix_(index, index)
        cross[both] = np.maximum(cross[both], np.sqrt(facts[both] * cognates) / settings.cognate)
    enough = sizes >= settings.min_features
    cross = np.where(enough[:, None] & enough[None, :], cross, 0.0)
    score = np.where(same_language, near, cross)
    days = np.array([stories._days(d.published) if d.published else np.nan for d in docs], dtype=float)
    score[np.abs(days[:, None] - days[None, :]) > settings.max_days] = 0.0
    np.fill_diagonal(score, 1.0)
    return score


def test_story_scores_equal_the_plain_ones_with_and_without_the_cognate_voice(monkeypatch):
    """The seeds (English, French, Swedish, Vietnamese) as story documents in blocks where the
    cognate voice is needed (two languages share a fact, in time) and where it is not (no shared
    fact, dated too far apart, too few facts): the scores are the plain ones, and the character
    n-grams are computed only in the first."""
    settings = stories.StorySettings.from_config()
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))}
    lang = {"000": "en", "001": "en", "002": "fr", "003": "sv", "004": "vi"}
    decree = dict(references=["98/2018/ND-CP"], figures=[15.0, 2.5], provinces=["01"])
    other = dict(references=["45/2019/QH14"], figures=[7.0, 3.0], provinces=["79"])

    def block(facts_of, dates):
        return [stories.StoryDocument(id=i + 1, language=lang[key], text=seeds[key], published=dates[i], **facts_of[i])
                for i, key in enumerate(sorted(seeds))]

    computed = []
    plain = stories.cognate_vectors  # the n-grams of the block's cognate texts (cognate_scores_of_pairs)
    monkeypatch.setattr(stories, "cognate_vectors", lambda texts: computed.append(len(texts)) or plain(texts))
    same_day = ["2025-03-01"] * 5
    apart = ["2025-03-01", "2025-03-02", "2025-06-01", "2025-09-01", None]  # en, en, fr, sv, vi
    no_years = [stories.StoryDocument(1, "en", "The cooperatives of the province met the ministry.", None, **decree),
                stories.StoryDocument(2, "fr", "Les coopératives de la province ont rencontré le ministère.", None, **other),
                stories.StoryDocument(3, "vi", seeds["004"], None, **decree)]
    cases = [
        (block([decree, other, decree, other, decree], same_day), True),  # en and fr share the decree, in time
        (block([decree, other, decree, other, decree], [None] * 5), True),  # undated: never apart
        (block([decree, other, decree, other, decree], apart), False),  # each cognate pair dated too far apart
        (no_years, False),  # English and French share no fact
        (no_years[:1] + [stories.StoryDocument(2, "fr", no_years[1].text, None, **decree)] + no_years[2:], True),
    ]
    for docs, needed in cases:
        computed.clear()
        assert np.array_equal(stories.similarity(docs, settings), _plain_similarity(docs, settings))
        assert bool(computed) == needed


def test_main_text_on_the_tree_itself_is_bare_extractions():
    """extract.fast.trafilatura.main_text (no copy of the tree) gives the text of trafilatura's own
    bare_extraction on a copy, or None where it gives up, on the saved pages, pages built from the
    seeds and dev articles, and pages it refuses (no text, a fragment)."""
    import trafilatura

    from bench.bench_processing import realistic_pages
    from extract.fast.trafilatura import load_html, main_text

    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "pages").glob("*.html"))]
    pages += [page for _, page in realistic_pages(16, seed=7)]
    pages += ["<html><body><p>x</p></body></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>",
              "<html><head><title>t</title></head><body><table><tr><td>" + "Một ô bảng dài. " * 30 + "</td></tr></table></body></html>"]
    for url in (None, "https://news.example.invalid/a/1.html"):
        for page in pages:
            plain = trafilatura.bare_extraction(load_html(page), url=url, with_metadata=False,
                                                include_comments=False, include_tables=True)
            assert main_text(load_html(page), url) == (plain.text if plain is not None else None)


def test_kept_shingles_give_the_stories_of_a_rebuild_and_are_worked_out_once(tmp_path, monkeypatch):
    """A corpus of one block (the seeds and real Vietnamese articles), processed in two runs: the
    second run works out the shingles of its new documents only (a reprocessed one's again), and
    the story ids equal those of a rebuild from nothing. In blocks of 6, only the documents of a
    month's last block keep theirs."""
    from corpus import open_db
    from corpus import process as processing
    from corpus import stories as corpus_stories
    from nlp import config

    monkeypatch.setattr(processing, "AFTER_PROCESSING", [])  # refreshed here, to count the work of each run
    worked_out = []
    plain_rows = stories.shingle_rows
    monkeypatch.setattr(stories, "shingle_rows", lambda texts: worked_out.append(len(texts)) or plain_rows(texts))
    articles = sorted(DEV_ARTICLES.glob("baomoi_*.txt"))[:10] if DEV_ARTICLES.exists() else []

    def run(db, files: list, name: str) -> dict[int, int]:
        return ingest_process_and_refresh_stories(db, tmp_path / name, files, before_refresh=worked_out.clear)

    db = open_db(tmp_path / "runs.db")
    first = sorted(SAMPLE.glob("*.txt")) + articles[:7]
    run(db, first, "run1")
    assert worked_out == [len(first)]
    assert db.execute(f"select count(*) from {corpus_stories.SHINGLES}").fetchone()[0] == len(first)
    reprint = ("a_reprint.txt", (articles[0] if articles else first[0]).read_text(encoding="utf-8") + "\nNguồn: tổng hợp.")
    second = articles[7:] + [reprint]
    run(db, second, "run2")
    assert worked_out == [len(second)]  # the documents of the first run are not read again
    incremental = dict(db.execute("select id, story_id from documents").fetchall())
    by_url = dict(db.execute("select url, id from documents").fetchall())
    reprinted = next(i for u, i in by_url.items() if u.endswith("a_reprint.txt"))
    original = next(i for u, i in by_url.items() if u.endswith((articles[0] if articles else first[0]).name))
    assert incremental[reprinted] == incremental[original]

    assert stories_rebuilt_from_nothing(db) == incremental  # the same corpus, its stories rebuilt from nothing

    # blocks of 6 (a corpus past one block is clustered month by month): only a month's last block,
    # not full yet, keeps its shingles, once the corpus outgrows one block and in the runs after
    plain_get_int = config.get_int
    monkeypatch.setattr(config, "get_int", lambda section, key: 6 if (section, key) == ("stories", "block_size")
                        else plain_get_int(section, key))
    small = open_db(tmp_path / "blocks.db")
    run(small, first[:5], "run3")
    assert worked_out == [5] and len(small.execute(f"select * from {corpus_stories.SHINGLES}").fetchall()) == 5
    for name, files in (("run4", first[5:9]), ("run5", first[9:] + second)):
        run(small, files, name)
        ids_by_month = {}
        for document_id, month in small.execute(f"select id, {corpus_stories._MONTH} from documents order by id"):
            ids_by_month.setdefault(month, []).append(document_id)
        open_blocks = {i for ids in ids_by_month.values() for block in corpus_stories.month_blocks(ids, 6)
                       if len(block) < 6 for i in block}
        every_id = {i for ids in ids_by_month.values() for i in ids}
        # a corpus of one block keeps all (without the dev articles the seeds and a reprint are one block)
        kept = open_blocks if len(every_id) > 6 else every_id
        assert kept and {row[0] for row in small.execute(f"select document_id from {corpus_stories.SHINGLES}")} == kept


def _plain_agency_rows() -> list[dict]:
    """The rows of the ``agencies`` table worked out from the gazetteer as before the fingerprint."""
    from nlp.agencies import agencies, provincial_rows, split_id

    rows = [agency.as_row() for agency in agencies().values()] + provincial_rows()
    for row in rows:
        row["base_id"], row["province_code"] = split_id(row["id"])
    return rows


def test_agencies_refresh_skipped_by_fingerprint_keeps_the_plain_rows(tmp_path):
    from corpus import open_db
    from corpus.agencies import FINGERPRINT_TABLE, agency_rows, refresh_agencies

    plain = _plain_agency_rows()
    assert agency_rows() == plain
    db = open_db(tmp_path / "corpus.db")

    def stored() -> list[dict]:
        return [dict(r) for r in db.query("select * from agencies order by id")]

    expected = sorted(plain, key=lambda r: r["id"])
    assert refresh_agencies(db) == len(plain)
    assert [{k: r[k] for k in plain[0]} for r in stored()] == expected
    changes = db.conn.total_changes
    assert refresh_agencies(db) == len(plain)
    assert db.conn.total_changes == changes  # unchanged gazetteer: nothing written
    # a body removed by hand is put back; a body added by hand is removed
    db.execute("delete from agencies where id = 'MPI'")
    assert refresh_agencies(db) == len(plain)
    db.execute("insert into agencies (id, name_en) values ('GONE', 'a body the gazetteer dropped')")
    assert refresh_agencies(db) == len(plain)
    assert [{k: r[k] for k in plain[0]} for r in stored()] == expected
    # another gazetteer's fingerprint: every row is compared again and an edited one rewritten
    db.execute("update agencies set name_en = 'edited' where id = 'MOF'")
    db.execute(f"update [{FINGERPRINT_TABLE}] set fingerprint = 'other'")
    assert refresh_agencies(db) == len(plain)
    assert [{k: r[k] for k in plain[0]} for r in stored()] == expected
    db.conn.close()


def test_deadlines_tried_only_where_a_qualifier_is_written_are_the_plain_finditers():
    """``DeadlineGrammar.find`` tries its patterns only where its qualifier scan found a qualifier: the
    same deadlines as every pattern's own scan, on every gold text, the seeds and the dev articles, in
    each language's grammar, over the whole text and over a middle part."""
    from dataclasses import replace

    from extract.assign.deadlines import grammar
    from nlp.agencies import fold_for_matching

    texts = [fold_for_matching(t) for t in _every_text()] + [
        "chậm nhất trước ngày 30/6/2025 và trước  ngày\n15 tháng 7", "by June 30, 2025; no later than 2025-07-01",
        "avant le 30 juin 2025, d'ici fin 2025", "senast den 30 juni 2025", ""]
    met = 0
    for lang in ("vi", "en", "fr", "sv"):
        fast = grammar(lang)
        assert fast.starts is not None
        plain = replace(fast, starts=None)
        for text in texts:
            middle = (len(text) // 3, 2 * len(text) // 3)
            for start, end in ((0, None), middle):
                found = fast.find(text, start, end, own_date="2024")
                assert found == plain.find(text, start, end, own_date="2024")
                met += len(found)
    assert met > 50  # the texts have deadlines for the comparison to mean something


def test_one_lookahead_per_date_pattern_tells_where_a_date_is_written():
    """``_dates_at`` asks the issue-date patterns only where their joined lookaheads match: at every word
    of every gold text, the seeds and the dev articles, and at look-alikes, they match exactly where one
    of the patterns does."""
    import re

    from extract.refs import extractor, grammar

    joined = extractor._any_date_at()
    assert joined is not None
    words = re.compile(r"(?<!\w)(?=[^\W_])(?:\d{1,2}(?!\d)|[^\W\d_]+)|\(")
    texts = _every_text() + ["ngày 29 tháng 11 năm 2013", "(ngày 9/5/2017)", "of November 29, 2013", "dated 5.7.2018",
                             "du 29 novembre 2013", "den 29 november 2013", "(29 novembre 2013)", "ngày 5/7-2018", "on 31/2/2019"]
    dated = 0
    for text in texts:
        for m in words.finditer(text):
            plain = any(pattern.match(text, m.start()) for _lang, pattern, _months in grammar.date_patterns())
            assert bool(joined.match(text, m.start())) == plain, text[m.start() : m.start() + 60]
            dated += plain
    assert dated > (300 if DEV_PRESENT else 100)


@pytest.mark.parametrize("text", [
    "Luật số 57/2024 sửa đổi",  # Vietnamese, capitalised
    "theo luật 57/2024,",  # in lower case
    "la Loi N°57/2024 du",  # French, its number marker
    "LOI n° 57/2024",  # in capitals
    "Law No. 57/2024 on",  # English
    "LAW 57/2024",  # English in capitals
    "lagen nr 57/2024",  # Swedish
    "Lagen (57/2024)",  # no reference: a parenthesis between
    "Luật 57",  # no reference: a law's number alone
    "Laws 5/2019/QH14",  # no short reference: a full symbol follows
    "plus de lois 12/2020.",  # French plural
    "Ļuật 57/2024",  # a look-alike first letter (L with cedilla): no match either way
    "",  # an empty text
])
def test_law_short_with_first_letters_finds_the_plain_patterns_matches(text):
    from extract.refs import extractor, grammar

    plain = grammar.law_short_pattern()
    fast = extractor._with_first_letters(plain)
    assert fast is not plain  # the lookahead is put in front
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_law_short_with_first_letters_on_every_gold_text():
    from extract.refs import extractor, grammar

    plain = grammar.law_short_pattern()
    fast = extractor._with_first_letters(plain)
    for text in _every_text():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("pattern,flags,prefixes", [
    (r"(?<!\w)(?:Decree|Nghị\s+định|Circular)\s+\d+", 0, {"Dec", "Ngh", "Cir"}),
    (r"(?:[Tt]he|[Tt]his)\s+Decree", 0, {"The", "the", "Thi", "thi"}),
    (r"ab?c", 0, {"ac", "abc"}),  # an optional letter: both ways
    (r"a+bc", 0, {"a"}),  # what follows a repeat is not known
    (r"(?=x)ab|\bcd", 0, {"ab", "cd"}),  # zero-width assertions add no letter
    (r"Luật|luật", re.IGNORECASE, {"Luậ", "luậ"}),  # a case-insensitive pattern: letters in any case
    (r"a(?i:b)", 0, None),  # a case-insensitive group in a case-sensitive pattern
    (r"\w+ decree", 0, None),  # a class: nothing to spell out
    (r"x?", 0, None),  # may match the empty string
    (r"(?i)abc", 0, None),  # a global inline flag
])
def test_first_prefixes_literal_cases(pattern, flags, prefixes):
    from nlp.fast.sre import first_prefixes

    assert first_prefixes(pattern, flags, 3) == prefixes


@pytest.mark.parametrize("pattern,text", [
    (r"(?<!\w)(?:Decree|Decision)\s+\d+", "Decree 15 and Decision 7; aDecree 9, Decree  12"),
    (r"(?<=(?<!\w)la)décision \d+|(?<!\w)décision \d+", "ladécision 53 et la décision 54, décision 5"),
    (r"the decree|decree \d", "THE DECREE 5 and the decree 6"),  # case-insensitive (flags below)
    (r"ab|b", "abab b"),  # a match inside a candidate's span (none here: finditer skips past the end)
    (r"a(?=a)", "aaaa"),  # overlapping openings
    (r"x?", "xx yx"),  # may match empty: the plain finditer
    (r"Nghị\s+định(?:\s+số)?\s+\d+", ""),
])
def test_finditer_by_openings_is_the_patterns_own(pattern, text):
    from nlp import regex

    compiled = re.compile(pattern, re.IGNORECASE if pattern.startswith("the") else 0)
    for pos in range(len(text) + 1):
        assert [(m.span(), m.groups()) for m in regex.finditer(compiled, text, pos)] == \
            [(m.span(), m.groups()) for m in compiled.finditer(text, pos)]


def test_short_and_repeat_scans_by_openings_on_every_gold_text():
    """``_shorts`` scans the short-reference and repeat patterns only where one of their openings is
    written (nlp.regex.finditer): the same matches as each pattern's own finditer on every gold text,
    the seeds and the dev articles; the patterns' openings can be listed, so the fast path is taken."""
    from extract.refs import grammar
    from nlp import regex

    patterns = [grammar.short_pattern(), grammar.repeat_pattern(), grammar.repeat_pattern_any_case()]
    assert grammar.short_pattern() is patterns[0]  # built once, not at every page
    assert all(regex.opening_finder(p) is not None for p in patterns[:2])
    met = 0
    for text in _every_text():
        for pattern in patterns:
            fast = [(m.span(), m.groupdict()) for m in regex.finditer(pattern, text)]
            assert fast == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            met += len(fast)
    assert met > (200 if DEV_PRESENT else 20)


def test_near_duplicate_scores_within_languages_are_the_whole_products():
    """The shingle cosines worked out language by language equal those of the whole block's product,
    float for float, on the real texts given several languages in turn (0 between languages)."""
    from sklearn.feature_extraction.text import TfidfTransformer

    texts = real_texts(60) + EDGE_TEXTS[1:]
    weighted = TfidfTransformer(sublinear_tf=True).fit_transform(stories.hashed_shingles([fold(t) for t in texts]))
    whole = stories._cosine(weighted)
    for labels in (["vi"] * len(texts), [("vi", "en", "vi", "fr", "sv")[i % 5] for i in range(len(texts))],
                   [str(i % 2) for i in range(len(texts))], [str(i) for i in range(len(texts))]):
        languages = np.array(labels)
        same = languages[:, None] == languages[None, :]
        fast = stories.near_duplicate_within_languages(weighted, languages)
        assert np.array_equal(fast[same], whole[same])
        assert not fast[~same].any()
    assert (whole[~np.eye(len(texts), dtype=bool)] > 0).any()  # the texts share shingles: the scores mean something


def _page_of(body: str, head: str = "") -> str:
    """A whole page around ``body``, with an article long enough for trafilatura to keep."""
    article = "".join(f"<p>Đoạn {n} của bài: Bộ Tài chính hướng dẫn hợp tác xã về khoản hỗ trợ năm 2025 cho các tỉnh.</p>"
                      for n in range(8))
    return (f"<html><head><title>Trang</title>{head}</head><body><main><h1>Tiêu đề</h1>"
            f"<article>{article}</article>{body}</main></body></html>")


# what the raw-tree prunes look for, and look-alikes they must leave
PRUNE_LOOK_ALIKES = [
    _page_of('<div id="infinite-scroll"><p>Bài tiếp theo một.</p></div><section class="a infinitescroll"><p>Hai.</p></section>'),
    _page_of('<aside class="infinite-scroll"><h1>Giữ: có h1</h1><div class="mvp-post-add-box"><h1>Bỏ</h1></div></aside>'),
    _page_of('<div class="infinite-scroll"><div class="infinite-scroll"><p>lồng nhau</p></div><h1>x</h1></div>'),
    _page_of('<section id="mvp-post-add-wrap"><h1>Bài nối</h1><p>bỏ</p></section><div class="mvp-post-add-boxes">x</div>'),
    _page_of('<div class="elementor-widget elementor-share-buttons"><a href="#">Chia sẻ</a></div>'
             '<aside class="elementor-share">giữ</aside><span class="elementor-share-buttons">span</span>'),
    _page_of('<div id="comments"><p>Bình luận một.</p></div><div id="Comment-box">hai</div><div class="commentary">giữ</div>'
             '<div id="commentary">giữ</div><div class="x article-comments">bỏ</div><details id="comol">bỏ</details>'),
    _page_of('<ul id="comments"><li>bỏ</li></ul><ol class="commentlist"><li>bỏ</li></ol><ul id="disqus_thread"><li>giữ</li></ul>'
             '<div id="disqus_thread">bỏ</div><div id="dsq-comments">bỏ</div><ol class="post-comments"><li>bỏ</li></ol>'
             '<ul class="list comments"><li>giữ: not at the start</li></ul><div id="x-comments">giữ</div>'),
    _page_of('<div class="comments"><div id="comments"><ul class="comment"><li>lồng</li></ul></div></div>'),
    # html2txt's cleaning: footers by the first of class and id as written, cookie banners in any case
    _page_of('<div class="x" id="footer">giữ?</div><div id="site-footer" class="x">bỏ</div><div class="Footer">giữ</div>'
             '<div class="footer-links">bỏ</div><p class="Cookie-Banner">bỏ</p><span id="onetrustX">bỏ</span>'
             '<fencedframe>x</fencedframe><template><p>t</p></template><svg><text>s</text></svg><aside>bên</aside>'
             '<footer><div class="footer"><script>var a;</script></div></footer><style>p{}</style>'),
    # a forum thread: its comment containers are the posts, not pruned
    _page_of('<div class="comments"><p>Bài viết một của diễn đàn, khá dài để được giữ lại trong văn bản.</p></div>',
             head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting"}</script>'),
    # too little text for the main extractor, the article in JSON-LD: the baseline rescue
    "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"articleBody\": \""
    + "Nội dung đầy đủ của bài viết về nghị định mới. " * 20 + "\"}</script></head><body><p>Một dòng ngắn.</p></body></html>",
    # a short article in a page of much other text: the retry in recall mode beside justext's
    "<html><body><article><p>" + "Bài ngắn về nghị định mới. " * 12 + "</p></article>"
    + "".join(f"<div class='sidebar'><p>{'Tin khác số ' + str(n) + ' rất dài. ' * 12}</p></div>" for n in range(30))
    + "</body></html>",
]


@functools.lru_cache(maxsize=1)
def _test_pages() -> tuple[str, ...]:
    from bench.bench_processing import realistic_pages

    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "pages").glob("*.html"))]
    return tuple(pages + [page for _, page in realistic_pages(16, seed=7)] + PRUNE_LOOK_ALIKES)


def test_raw_tree_prunes_in_python_find_what_trafilaturas_expressions_find():
    """Each raw-tree prune of extract.fast.trafilatura finds the elements its trafilatura expression
    finds, the same elements in the same order, on the tree as the prunes before left it, on the
    saved page, benchmark pages and look-alikes of every clause; the digest of the expressions is
    the one the prunes were written against (otherwise trafilatura's own prune runs)."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes

    from extract.fast import trafilatura as fast

    assert fast.PRUNE_IN_PYTHON
    found = 0
    for page in _test_pages():
        tree = fast.load_html(page)
        for find, expression in fast.RAW_TREE_PRUNES:
            mine = find(tree)
            assert mine == expression(tree)
            found += len(mine)
            prune_unwanted_nodes(tree, [expression])
    assert found >= 30  # the pages hold what the prunes remove


def test_page_text_is_html2txts():
    """The page's text as trafilatura's html2txt gives it (its cleaning done in Python), on the saved
    page, benchmark pages and look-alikes, the tree left as it was; the cleaning finds the elements
    of trafilatura's expression, in the same order."""
    from lxml.html import tostring
    from trafilatura import html2txt
    from trafilatura.settings import BASIC_CLEAN_XPATH

    from extract.fast import trafilatura as fast

    found = 0
    for page in _test_pages():
        tree = fast.load_html(page)
        before = tostring(tree)
        assert fast.page_text(tree) == html2txt(tree)
        assert tostring(tree) == before
        for part in (tree.find(".//body"), tree):
            assert fast.basic_clean_matches(part) == BASIC_CLEAN_XPATH(part)
            found += len(BASIC_CLEAN_XPATH(part))
    assert found > 100


def test_sequence_with_python_prunes_gives_bare_extractions_text(monkeypatch):
    """main_text's sequence (the raw-tree prunes in Python, then trafilatura's steps) gives the text
    of bare_extraction on the look-alike pages, its baseline rescue and recall retry included."""
    import trafilatura

    from extract.fast import trafilatura as fast

    taken = []
    for name in ("baseline", "try_justext_once", "try_justext", "justext_rescue", "trafilatura_sequence"):
        plain = getattr(fast, name)
        monkeypatch.setattr(fast, name, lambda *a, _plain=plain, _name=name, **k: taken.append(_name) or _plain(*a, **k))
    for url in (None, "https://news.example.invalid/a/1.html"):
        for page in PRUNE_LOOK_ALIKES:
            plain = trafilatura.bare_extraction(fast.load_html(page), url=url, with_metadata=False,
                                                include_comments=False, include_tables=True)
            assert fast.main_text(fast.load_html(page), url) == (plain.text if plain is not None else None)
    assert "baseline" in taken and "try_justext_once" in taken
    # the steps in Python were taken (justext's too, with each paragraph's text worked out once)
    assert "justext_rescue" not in taken and "trafilatura_sequence" not in taken and "try_justext" not in taken


# readability's look-alikes: unlikely candidates by class, by id, by both joined (and an empty class
# beside a short id), rescued by an ok-maybe word, in capitals, nested, on the body itself; links inside
# several candidates; a body holding an aside or a figure (justext asked beside readability)
READABILITY_LOOK_ALIKES = [
    _page_of('<div class="sidebar"><p>Tin bên lề một, đủ dài để được chấm điểm như một đoạn văn.</p></div>'
             '<div id="footer-nav">chân</div><div class="x" id="menu">menu</div><div class="" id="m">m</div>'
             '<div class="sidebar-content"><p>giữ: ok-maybe content</p></div><div class="MENU">hoa</div>'
             '<div class="" id="">rỗng</div><div class=" " id="a">cách</div><span id="a-d-break">x</span>'
             '<div class="comment"><div class="popup"><p>lồng nhau</p></div></div>'),
    _page_of("<div class='related'><p>" + "".join(f"<a href='/{n}'>Liên kết số {n} của bài liên quan</a>, "
                                                  for n in range(12)) + "</p><p>Đoạn văn có liên kết <a href='/x'>đây</a>, "
             "và thêm chữ để đủ dài cho việc chấm điểm, với dấu phẩy, nữa.</p></div>"),
    "<html><body class='sidebar'><div id='header'><p>Đầu trang, một đoạn đủ dài để được chấm điểm ở đây.</p></div>"
    "<td>Ô bảng đủ dài để được chấm điểm như một đoạn văn, với vài dấu phẩy, ở đây.</td>"
    "<pre>Mã nguồn đủ dài để được chấm điểm như một đoạn văn trong trang này.</pre></body></html>",
    "<html><body><article><h1>Tiêu đề</h1><p>" + "Bài viết về nghị định mới của Chính phủ. " * 15 + "</p>"
    "<aside><p>" + "Hộp bên trong bài. " * 10 + "</p></aside><figure><img src='a.jpg'><figcaption>Ảnh</figcaption>"
    "</figure><p>" + "Đoạn thứ hai của bài viết, khá dài. " * 12 + "</p></article></body></html>",
    "<html><body><div><p>" + "Đoạn văn ngắn trong trang. " * 3 + "</p><footer><p>" + "Chân trang dài. " * 20
    + "</p></footer><nav><a href='/'>Trang chủ</a></nav></div></body></html>",
]


def test_readability_in_steps_is_trafilaturas(monkeypatch):
    """extract.fast.trafilatura's readability (unlikely candidates among the elements with a class or
    an id, each link's text length worked out once while paragraphs are scored) drops the elements
    and gives the paragraph scores and the summary of trafilatura's fork, and the main extractor
    compared with it (the cleaned tree before conversion made again only where justext reads it)
    gives ``_extract_and_compare``'s body and text, justext given the same tree, in the balanced and
    the recall focus, on the saved page, benchmark pages and look-alikes, the justext branch reached;
    the digest of the functions is the one they were written against."""
    from copy import copy

    from lxml.etree import tostring
    from trafilatura import external
    from trafilatura.core import _extract_and_compare, _prepare_tree
    from trafilatura.readability_lxml import Document
    from trafilatura.settings import DEFAULT_CONFIG, Extractor

    from extract.fast import trafilatura as fast

    assert fast.READABILITY_IN_STEPS
    given: dict[str, list[bytes]] = {"mine": [], "plain": []}
    for module, name, side in ((fast, "_justext_rescue", "mine"), (external, "justext_rescue", "plain")):
        rescue = getattr(module, name)
        monkeypatch.setattr(module, name, lambda tree, options, _rescue=rescue, _side=side:
                            given[_side].append(tostring(tree)) or _rescue(tree, options))
    dropped = scored = 0
    for page in _test_pages() + tuple(READABILITY_LOOK_ALIKES):
        tree = fast.load_html(page)
        fast.raw_tree_prune(tree, forum=False)
        mine, plain = fast._Readability(copy(tree)), Document(copy(tree))
        for document in (mine, plain):
            document.remove_unlikely_candidates()
            document.transform_misused_divs_into_paragraphs()
        assert tostring(mine.doc) == tostring(plain.doc)
        dropped += len(tree.xpath("//*")) - len(mine.doc.xpath("//*"))
        mine_scores, plain_scores = mine.score_paragraphs(), plain.score_paragraphs()
        assert [(mine.doc.getroottree().getpath(e), c.score) for e, c in mine_scores.items()] == \
            [(plain.doc.getroottree().getpath(e), c.score) for e, c in plain_scores.items()]
        scored += sum(c.score != 0 for c in mine_scores.values())
        assert fast._Readability(copy(tree)).summary() == Document(copy(tree)).summary()
        for focus in ("balanced", "recall"):
            options = Extractor(config=DEFAULT_CONFIG, output_format="python", comments=False, tables=True)
            options.focus = focus
            body, text = fast._prepared_and_compared(tree, options, None)
            plain_body, plain_text = _extract_and_compare(*_prepare_tree(tree, options, None), tree, options)
            assert text == plain_text
            assert tostring(body) == tostring(plain_body)
            assert given["mine"] == given["plain"]
    assert given["mine"] and dropped > 100 and scored > 50

def test_province_rows_kept_are_the_gazetteers_and_follow_a_reload():
    """``corpus.provinces.province_rows`` keeps the rows while the gazetteer's tables stay loaded:
    the rows ``to_row`` gives, copies a caller may change, and worked out again once the tables are
    loaded anew."""
    from corpus import provinces as corpus_provinces
    from nlp import provinces as gazetteer

    def plain() -> list[dict]:
        return [p.to_row() for scheme in gazetteer.SCHEMES for p in gazetteer.provinces(scheme).values()]

    rows = corpus_provinces.province_rows()
    assert rows == plain() and len(rows) > 60
    rows[0]["name_vi"] = "changed by a caller"
    assert corpus_provinces.province_rows() == plain()
    gazetteer.provinces.cache_clear()
    reloaded = gazetteer.provinces("2025")
    assert corpus_provinces.province_rows() == plain()
    assert corpus_provinces._ROWS[0][0] is reloaded


@pytest.mark.parametrize("lang", ["vi", "en", "fr", "sv", "xx"])
def test_punctuation_membership_by_search_is_numpys_isin(lang):
    """The sentencizer's test of which tokens are one of its ``punct_chars`` (``_members``, a search in
    the sorted marks) gives ``np.isin``'s booleans on the tokens of real text and of values below,
    between and above the marks."""
    from spacy.attrs import ORTH

    from nlp import segment
    from nlp.fast.spacy import _members

    nlp = segment.pipeline(lang)
    marks = nlp.get_pipe("sentencizer")._punct_orths(nlp.vocab)
    arrays = [nlp.make_doc(text).to_array([ORTH]) for text in real_texts(60) + EDGE_TEXTS[1:]]
    arrays.append(np.array([0, marks[0], marks[0] - 1, marks[0] + 1, marks[-1], marks[-1] + 1, 2**64 - 1,
                            *marks[::7]], dtype="uint64"))
    hits = 0
    for values in arrays:
        expected = np.isin(values, marks)
        assert _members(values, marks).tolist() == expected.tolist()
        hits += int(expected.sum())
    assert hits > len(arrays)  # the texts hold punctuation marks: a test that can fail either way


# characters past the table's first 0x2500 code points (emoji, CJK, a lone surrogate, box drawing), letters
# whose lower case is two characters (İ) or that fold to a letter of their own (Đ, ß, ﬁ), quotes and dashes
PAST_THE_TABLE = "Đ\ud800 😀 中文 ﬁ ẞ ß İ Ǆ “x” ‘y’ – — … \u00a0\u2500\u24ff\u2501\U0010ffff"


def _char_tables():
    from extract.assign.cues import _LOWER
    from extract.refs.grammar import _FAST_FOLD
    from nlp.agencies import _FOLD_FOR_MATCHING
    from nlp.fold import _FOLD

    return {"fold": _FOLD, "refs fast_fold": _FAST_FOLD, "agencies fold_for_matching": _FOLD_FOR_MATCHING,
            "assignments lower_for_matching": _LOWER}


def _texts_around_the_array_length() -> list[str]:
    from nlp.fold import CharTable

    real = real_texts(60)
    joined = "\n".join(real)
    texts = real + [joined[:n] for n in (CharTable.ARRAY_FROM - 1, CharTable.ARRAY_FROM, CharTable.ARRAY_FROM + 1)]
    texts += [PAST_THE_TABLE * 20, ("Nghị định " + PAST_THE_TABLE) * 12, joined[:3000] + PAST_THE_TABLE, "x" * 400]
    return texts


@pytest.mark.parametrize("name", ["fold", "refs fast_fold", "agencies fold_for_matching", "assignments lower_for_matching"])
def test_char_table_by_array_is_str_translate_on_real_text(name):
    table = _char_tables()[name]
    table.translate("é")  # filled
    assert table._array is not None
    for text in _texts_around_the_array_length():
        expected = text.translate(table.table)  # the table as grown by the plain path's own characters
        if len(text) >= table.ARRAY_FROM:
            assert table._translate_array(text) == expected
        assert table.translate(text) == expected == text.translate(table.table)


@pytest.mark.parametrize("function,text", [
    (lambda ch: "ss" if ch == "ß" else ch.lower(), "Straße " * 60),  # a value of two characters in the table
    (lambda ch: "" if ch == "-" else ch, "a-b " * 100),  # a character dropped
    (lambda ch: "<smile>" if ch == "😀" else ch, "ok 😀 " * 80),  # past the table: decided when met
])
def test_char_table_keeps_str_translate_where_a_value_is_not_one_character(function, text):
    from nlp.fold import CharTable

    table = CharTable(function)
    assert table.translate(text) == "".join(function(ch) for ch in text)


@pytest.mark.parametrize("text", [
    "", "abc 123 _-", "Decree 98/2018/ND-CP " * 20, "Nghị định số 98/2018/NĐ-CP " * 3, ("Nghị định số 98/2018/NĐ-CP " * 10)[:199],
    ("Nghị định số 98/2018/NĐ-CP " * 10)[:200], ("Nghị định số 98/2018/NĐ-CP " * 10)[:201], PAST_THE_TABLE * 15,
    "½ ² Ⅻ ٣ ǅ ª º 中文 \ud800 " * 20,  # numbers that are not letters, letters of other kinds, a lone surrogate
])
def test_letter_count_is_sum_of_isalpha(text):
    from nlp import langid

    assert langid._letters(text) == sum(map(str.isalpha, text))


def test_letter_count_is_sum_of_isalpha_on_real_paragraphs():
    from nlp import langid

    texts = real_texts(60)
    for text in texts + [p for t in texts for p in t.split("\n")]:
        assert langid._letters(text) == sum(map(str.isalpha, text))


def _plain_fact_features(doc):
    """nlp.stories.fact_features as it was written before issue 18's sixth pass."""
    bag = {}

    def add(key):
        bag[key] = bag.get(key, 0.0) + 1.0

    for legal_id in doc.references:
        add(f"ref={legal_id}")
    for value in doc.figures:
        if value is not None and np.isfinite(value):
            add(f"fig={value:g}")
    for agency in doc.agencies:
        add(f"agency={agency}")
    for code in doc.provinces:
        add(f"province={code}")
    for m in stories._YEAR.finditer(doc.text):
        add(f"year={m.group(1)}")
        if m.group(2):
            add(f"year={m.group(2)}")
            add(f"period={m.group(1)}-{m.group(2)}")
    if doc.published:
        add(f"day={doc.published[:10]}")
    return {k: 1.0 + np.log(v) for k, v in bag.items()}


YEAR_TEXTS = ["", "2025", "năm 2025, giai đoạn 2026-2030 và 2026 – 2030", "12025 2025a 1.2025 3/2024 2024,5 19999",
              "1999—2000 (2019-20) 2020-2035-2040 ngày 1/7/2025 1920 2099 1899 2100", "Decree 98/2018/ND-CP in 2018."]


@pytest.mark.parametrize("text", YEAR_TEXTS)
def test_fact_features_are_the_plain_bags(text):
    doc = stories.StoryDocument(id=1, language="vi", text=text, published="2025-07-01T08:00:00+07:00",
                                references=["decree:98/2018", "decree:98/2018", "law:2023/17"],
                                figures=[1.0, 2.5, float("nan"), float("inf"), -float("inf"), None, 3, 10**15, -0.0, 0.0, 1e20, 2.5],
                                agencies=["MOF", "PPC@79", "MOF"], provinces=["79", "01"])
    got, expected = stories.fact_features(doc), _plain_fact_features(doc)
    assert list(got.items()) == list(expected.items())
    assert [type(v) for v in got.values()] == [type(v) for v in expected.values()]


def test_fact_features_are_the_plain_bags_on_real_text():
    for n, text in enumerate(real_texts(60)):
        doc = stories.StoryDocument(id=n, language="vi", text=text, published=None if n % 2 else "2024-01-02",
                                    figures=[float(n % 7)] * (n % 4))
        assert list(stories.fact_features(doc).items()) == list(_plain_fact_features(doc).items())


def test_province_finder_with_its_scanner_and_kept_marks_finds_the_plain_ones(monkeypatch):
    """The province finder's pattern behind a lookahead of its first letters (nlp.regex.scanner) and the
    marks of a word kept between calls: the same mentions as the plain pattern and marks, on real text
    read as Vietnamese and as a foreign language (where names may carry only some of their marks)."""
    import re as re_module

    from nlp import provinces

    texts = real_texts(60) + ["Tỉnh Vĩnh Long, TP. HCM, Hà Nội và thành phố Hồ Chí Minh; Ha Noi, Hanoï, Dà Nang, Tiên Giang",
                             "the province of Bà Rịa - Vũng Tàu, Ho Chi Minh City, Hue; provinsen Quảng Ninh"]
    fast = [(provinces.find_provinces(t, "vi"), provinces.find_provinces(t, "en")) for t in texts]
    scanned = provinces._regex()
    plain_marks = provinces._marks.__wrapped__
    assert scanned.pattern.startswith("(?=[")  # the scanner is in use
    monkeypatch.setattr(provinces, "_regex", lambda: re_module.compile(scanned.pattern[scanned.pattern.index("(?:") + 3:-2],
                                                                      re_module.VERBOSE))
    monkeypatch.setattr(provinces, "_marks", plain_marks)
    plain = [(provinces.find_provinces(t, "vi"), provinces.find_provinces(t, "en")) for t in texts]
    assert fast == plain
    # the two texts written here give mentions wherever the tests run; real texts add more where ../shared is present
    assert sum(len(a) + len(b) for a, b in plain[-2:]) > 10
    assert sum(len(a) + len(b) for a, b in plain) > 30


# words as scikit-learn's token pattern reads them: one-letter words, digits, underscores, marks that
# are no word character (a combining accent, ’), scripts without spaces, a word at each end
TOKEN_LOOK_ALIKES = ["a", "ab", "a b c", "x1 _ __ _y 9 99", "e\u0301te\u0301 café", "l’État d'art", "北京市 人民",
                     "ĐẢNG ủy—tỉnh", "  lead and trail  ", "a-b-cd e.f.gh", "½ ² Ⅻ ǅx", ""]


@pytest.mark.parametrize("text", TOKEN_LOOK_ALIKES)
def test_shingle_tokens_are_scikit_learns_token_pattern(text):
    plain = re.compile(HashingVectorizer().token_pattern)
    assert stories._TOKEN.findall(text) == plain.findall(text)
    assert stories._TOKEN.findall(fold(text)) == plain.findall(fold(text))


def test_shingle_tokens_are_scikit_learns_token_pattern_on_real_text():
    plain = re.compile(HashingVectorizer().token_pattern)
    for text in real_texts(60):
        assert stories._TOKEN.findall(fold(text)) == plain.findall(fold(text))
        assert stories._TOKEN.findall(text) == plain.findall(text)


def _weighted_shingles(texts):
    from sklearn.feature_extraction.text import TfidfTransformer

    return TfidfTransformer(sublinear_tf=True).fit_transform(stories.hashed_shingles([fold(t) for t in texts]))


def test_products_over_the_used_columns_are_the_whole_products():
    """The shingle products of a language's rows over only the columns they use equal those over all
    2**20 hashed columns, float for float: real texts in several groupings, one row, rows without a
    shingle (an empty text) and a block without any."""
    texts = real_texts(60) + EDGE_TEXTS
    weighted = _weighted_shingles(texts)
    for rows in (weighted, weighted[:1], weighted[::3], weighted[[len(texts) - 1]], weighted[[0, len(texts) - 1]]):
        compact = stories._used_columns_only(rows)
        assert compact.shape[1] == len(np.unique(rows.indices))
        assert np.array_equal((compact @ compact.T).toarray(), (rows @ rows.T).toarray())
    empty = _weighted_shingles(["", "a"])
    assert stories._used_columns_only(empty).shape == (2, 0)
    assert np.array_equal((stories._used_columns_only(empty) @ stories._used_columns_only(empty).T).toarray(), np.zeros((2, 2)))


def test_cognate_scores_of_the_scored_pairs_are_the_whole_blocks():
    """The character n-gram cosines of the texts in a scored pair equal those of the whole block's
    product (weights fitted on every text), float for float, whichever pairs are scored: one pair,
    pairs sharing a text, every pair, none but the diagonal's neighbours."""
    texts = real_texts(60)[:40] + EDGE_TEXTS[1:]
    whole = stories.cognate_similarity(texts)
    n = len(texts)
    patterns = []
    one = np.zeros((n, n), dtype=bool)
    one[2, 5] = one[5, 2] = True
    patterns.append(one)
    shared = one.copy()
    shared[5, n - 1] = shared[n - 1, 5] = True
    patterns.append(shared)
    patterns.append(~np.eye(n, dtype=bool))
    neighbours = np.zeros((n, n), dtype=bool)
    neighbours[np.arange(n - 1), np.arange(1, n)] = True
    patterns.append(neighbours | neighbours.T)
    for scored in patterns:
        scores, paired = stories.cognate_scores_of_pairs(texts, scored)
        assert np.array_equal(paired, np.flatnonzero(scored.any(axis=1)))
        assert np.array_equal(scores, whole[np.ix_(paired, paired)])


def test_pending_pages_by_the_version_index_are_the_plain_querys(tmp_path):
    """The pages to process, found through the index on process_version, are those of the plain
    condition, in the same order: versions unset, the current one, older and newer ones, one a
    prefix of the current one and one it is a prefix of, an empty one, a number, a blob, with
    statuses unset, ok, a redirect kept and errors; and through the index, not a scan of pages."""
    from corpus import open_db
    from corpus.process import pending_pages

    db = open_db(tmp_path / "pending.db")
    current = "vnpolicy-2.3+refs-7"
    versions = [None, current, "vnpolicy-2.2", "vnpolicy-2.4", "vnpolicy-2.3", current + "-x", "", 7, b"\x00v", current.upper()]
    statuses = [None, 200, 301, 399, 400, 404, 500]
    rows = [(n, f"https://example.invalid/{n}", v, s, b"x" * (n % 3) * 9000)
            for n, (v, s) in enumerate(((v, s) for v in versions for s in statuses), start=1)]
    with db.conn:
        db.conn.executemany("insert into pages (id, url, process_version, status, content) values (?, ?, ?, ?, ?)", rows)
    plain = [r[0] for r in db.execute("select id from pages where (status is null or status < 400) "
                                      "and (process_version is null or process_version != ?) order by id", [current])]
    assert pending_pages(db, current) == plain
    assert len(plain) == (len(versions) - 1) * 4  # every version but the current one, with the four statuses under 400
    assert pending_pages(db, "none of them") == [r[0] for r in rows if r[3] is None or r[3] < 400]
    assert pending_pages(db, current, reprocess=True) == [r[0] for r in rows if r[3] is None or r[3] < 400]
    plan = " ".join(r[3] for r in db.execute("explain query plan " + __import__("corpus.process", fromlist=["_PENDING"])._PENDING, [current, current]))
    assert "SCAN pages" not in plan and "idx_pages_process_version" in plan


def test_stale_documents_of_provinces_and_stories_are_read_from_the_index(tmp_path):
    """The documents the provinces must attribute again and the months the stories must cluster again
    are those of the plain queries (sorted by id as before), read from the index on (processed_at,
    published), not from every document's row: new documents, reprocessed ones (another processed_at,
    one moved to another month), one removed, one undated, a finder version changed, ids out of order."""
    from corpus import open_db, provinces, stories as corpus_stories

    db = open_db(tmp_path / "stale.db")
    ids = [7, 3, 12, 5, 9, 1, 20]
    with db.conn:
        db.conn.executemany("insert into pages (id, url) values (?, ?)", [(i, f"https://example.invalid/{i}") for i in ids])
        db.conn.executemany("insert into documents (id, page_id, text, processed_at, published) values (?, ?, ?, ?, ?)",
                            [(i, i, "Văn bản " * 400, f"2026-01-0{i % 9 + 1}T00:00:00", None if i == 9 else f"2025-0{i % 6 + 1}-01")
                             for i in ids])
        done = [(i, f"2026-01-0{i % 9 + 1}T00:00:00") for i in (7, 3, 5, 9, 1, 30)]  # 12 and 20 new, 30 removed
        db.conn.executemany("insert into document_provinces_done (document_id, processed_at, version) values (?, ?, ?)",
                            [(i, at, "old" if i == 1 else provinces.finder_version()) for i, at in done])
        db.conn.executemany("insert into stories_done (document_id, processed_at, month) values (?, ?, ?)",
                            [(i, at, "2024-12") for i, at in done])
        db.execute("update documents set processed_at = '2026-02-01T00:00:00', published = '2025-11-02' where id = 5")
    plain_stale = provinces._STALE + " order by d.id"
    version = provinces.finder_version()
    expected = [r[0] for r in db.execute(plain_stale, [version])]
    assert expected == [1, 5, 12, 20]
    assert sorted(r[0] for r in db.execute(provinces._STALE, [version])) == expected
    assert provinces.is_current(db) is False
    months = sorted(r[0] for r in db.execute(corpus_stories._STALE_MONTHS))
    assert months == ["2024-12", "2025-01", "2025-03", "2025-11"]  # 5 moved from 2024-12 to 2025-11; 12, 20 new; 30 gone
    for sql, args in ((provinces._STALE, [version]), (corpus_stories._STALE_MONTHS, [])):
        plan = [r[3] for r in db.execute("explain query plan " + sql, args)]
        assert "SCAN d" not in plan and any("COVERING INDEX idx_documents_processed_at_published" in step for step in plan), plan


# the relation cue before a reference (issue 18's ninth pass): both readers of it ask the same openings
RELATION_CUE_TEXTS = [
    ("vi", "Nghị định này thay thế Nghị định số 15/2018/NĐ-CP. Bộ Y tế sửa đổi, bổ sung một số điều của Thông tư số 10/2020/TT-BYT."),
    ("en", "This Decree replaces Decree No. 15/2018/ND-CP. The ministry amended Circular No. 10/2020/TT-BYT and implements Law No. 31/2024/QH15."),
    ("fr", "Le présent décret remplace le décret n° 15/2018/ND-CP et modifie la circulaire n° 10/2020/TT-BYT."),
    ("sv", "Förordningen ersätter dekret nr 15/2018/ND-CP och ändrar cirkulär nr 10/2020/TT-BYT."),
]


def _relation_windows(text: str) -> list[int]:
    return sorted({m.start() for m in re.finditer(r"\w+", text)} | {len(text)})


@pytest.mark.parametrize("lang,text", RELATION_CUE_TEXTS)
def test_relation_cue_is_the_plain_search(lang, text):
    """The cached cue before an opening is the plain search of the window before it (span and group), at
    every word of literal sentences in the four languages and of the seed texts, asked twice."""
    from extract.refs import grammar
    from extract.refs.extractor import RELATION_CUE_WINDOW, _relation_cue

    pattern = grammar.relation_pattern()
    seeds = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "vnpolicy" / "data" / "sample").glob("*.txt"))]
    found = 0
    for sample, every in [(text, 1), *((seed, 4 * len(RELATION_CUE_TEXTS)) for seed in seeds)]:
        # the seeds' words shared out between the four cases: each case the fourth of every 16th word
        offset = [t for _, t in RELATION_CUE_TEXTS].index(text) * 4 if every > 1 else 0
        for end in _relation_windows(sample)[offset::every]:
            plain = pattern.search(sample, max(0, end - RELATION_CUE_WINDOW), end)
            for _ in range(2):
                cached = _relation_cue(pattern, sample, end)
                assert (cached is None) == (plain is None)
                if plain is not None:
                    assert cached.span() == plain.span() and cached.groupdict() == plain.groupdict()
                    found += sample is text
    assert found  # each sentence has a cue


def test_relation_cue_is_keyed_by_its_pattern():
    """A pattern built anew (data reloaded) gets its own answer, not the one cached for the old pattern."""
    from extract.refs.extractor import _relation_cue

    text = "the first one replaces "
    first, second = re.compile(r"replaces\s*\Z"), re.compile(r"amends\s*\Z")
    assert _relation_cue(first, text, len(text)).group().strip() == "replaces"
    assert _relation_cue(second, text, len(text)) is None


@pytest.mark.parametrize("lang,text", RELATION_CUE_TEXTS)
def test_relation_cue_searched_once_per_opening(lang, text, monkeypatch):
    """find_references searches the window before each opening once, though the resolution of the
    references and their relations both read it; the references are those of the plain searches."""
    from extract.refs import extractor

    real = extractor.search_ending_window  # the window's search (right to left first, then re's own)

    class Counting:
        def __init__(self):
            self.ends: list[int] = []

        def __call__(self, pattern, text, pos, end):
            self.ends.append(end)
            return real(pattern, text, pos, end)

    counting = Counting()
    extractor._relation_cue.cache_clear()
    plain = extractor.find_references(text, lang=lang)
    extractor._relation_cue.cache_clear()
    monkeypatch.setattr(extractor, "search_ending_window", counting)
    again = extractor.find_references(text, lang=lang)
    assert again == plain and plain
    assert counting.ends and len(counting.ends) == len(set(counting.ends))


@pytest.mark.parametrize("words", ["giao Bộ Tài chính", "chủ trì,  phối hợp", "requested   the Ministry", "l’a chargé de",
                                   "en collaboration avec", "ska i samråd med", "uppdrar åt — Verket", "(a) và/hoặc"])
def test_cached_cue_phrase_is_the_plain_one(words):
    """cues.phrase, cached, gives the regex of the words as built without the cache, and matches them."""
    from extract.assign.cues import lower_for_matching, phrase

    assert phrase(words) == phrase.__wrapped__(words) == phrase(words)
    assert re.fullmatch(phrase(words), " ".join(lower_for_matching(words).split()))


# issue 18's tenth pass: a body named again is searched only in the sentences where one of its entry's words opens
NAMED_AGAIN_TEXTS = [
    ("en", "The project falls to the Ministry of Construction. The Deputy Prime Minister told the ministry to speed it up. "
           "Work on the road began in May."),
    ("en", "The Deputy Prime Minister praised the Government Inspectorate. Rain fell all week. He asked the inspectorate to "
           "settle complaints within the year."),
    ("vi", "Chủ tịch UBND tỉnh giao Sở Y tế chủ trì kiểm tra các cơ sở. Bên cạnh đó, sở nói trên tổ chức tập huấn cho cán bộ. "
           "Trời mưa suốt tuần."),
    ("vi", "Thủ tướng yêu cầu Bộ Giao thông vận tải rà soát các dự án. Đồng thời, Bộ này chỉ đạo các chủ đầu tư đẩy nhanh tiến độ."),
    ("fr", "Le projet relève du ministère de la Construction. Le Premier ministre a confié à ce dernier ministère de préparer "
           "le chantier. Il a plu toute la semaine."),
    ("fr", "Le Premier ministre a demandé à Long An de renforcer les digues. Il a chargé la province de surveiller les crues. "
           "La saison des pluies commence."),
]


class _CountingPattern:
    """An entry's pattern that counts the sentences it is searched in (its own ``finditer``; the fixed phrases'
    whole-text scan, ``nlp.regex.finditer`` since the thirteenth speed pass, reads its source and flags and tries
    ``match``, uncounted)."""

    def __init__(self, pattern: re.Pattern, searched: list) -> None:
        self._real, self.searched = pattern, searched

    def finditer(self, *args):
        self.searched.append(args[1:])
        return self._real.finditer(*args)

    def __getattr__(self, name):  # ``pattern``, ``flags``, ``match``: the real pattern's
        return getattr(self._real, name)


def _entries_counting(monkeypatch, openings: bool) -> list:
    """The bodies-named-again entries with counting patterns, with their data's openings or without any."""
    import dataclasses

    from extract.assign import mentions

    original, searched = mentions._named_again_entries, []

    @functools.lru_cache(maxsize=None)
    def entries(lang):
        return tuple(dataclasses.replace(e, pattern=_CountingPattern(e.pattern, searched),
                                         noun_openings=e.noun_openings if openings else None) for e in original(lang))

    monkeypatch.setattr(mentions, "_named_again_entries", entries)
    # every entry searched whatever bodies the text names (the twenty-first pass's gate opened): the openings' own saving
    monkeypatch.setattr(mentions, "_entries_standing_for", lambda ordered: lambda entry: True)
    return searched


@pytest.mark.parametrize("lang,text", NAMED_AGAIN_TEXTS)
def test_bodies_named_again_searched_only_where_their_words_open(lang, text, monkeypatch):
    """The same assignments with and without the openings, a body named again among them; with them, the sentences
    that hold none of an entry's words are not searched (seen to fail without the openings: every sentence is)."""
    from tests.assign_cases import found

    searched = _entries_counting(monkeypatch, openings=False)
    plain, plain_searches = found(text, lang), len(searched)
    monkeypatch.undo()
    searched = _entries_counting(monkeypatch, openings=True)
    assert found(text, lang) == plain and plain
    assert 0 < len(searched) < plain_searches


@pytest.mark.parametrize("lang", ["vi", "en", "fr", "sv"])
def test_noun_openings_are_the_first_tokens_of_the_entrys_words(lang):
    """Read from grammar.json's words: every word opens with one of them; every entry of a language that has any
    carries them (Swedish has no entry)."""
    from extract.assign.cues import grammar, lower_for_matching
    from extract.assign.mentions import _named_again_entries, _noun_openings

    data = grammar(lang).get("bodies_named_again") or []
    assert len(_named_again_entries(lang)) == len(data)
    for entry, e in zip(_named_again_entries(lang), data):
        assert entry.noun_openings and all(lower_for_matching(w).split()[0] in entry.noun_openings for w in e["words"])
        assert all(re.fullmatch(r"\S+", o) for o in entry.noun_openings)
    assert _noun_openings(["Bộ này", " "]) is None and _noun_openings(["Sở này", "sở  nói trên"]) == ("sở",)
