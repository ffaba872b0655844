"""The reference stage's data carries its own examples: every pattern matches its examples, every
example is matched by its pattern, and the tables are well-formed."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from extract.refs import find_references, grammar, tables

SYMBOLS = tables.symbols()["patterns"]


@pytest.mark.parametrize("pattern", SYMBOLS, ids=[p["name"] for p in SYMBOLS])
def test_every_symbol_pattern_matches_each_of_its_examples(pattern):
    regex = grammar.build(pattern["regex"])
    assert pattern["examples"], "a pattern without examples cannot be checked"
    for example in pattern["examples"]:
        assert regex.fullmatch(example), f"{pattern['name']} does not match its example {example!r}"


@pytest.mark.parametrize("lookalike", tables.symbols()["lookalikes"])
def test_no_symbol_pattern_matches_a_lookalike(lookalike):
    for name, _shape, regex in grammar.symbol_patterns():
        assert not regex.search(lookalike), f"{name} matches the look-alike {lookalike!r}"


@pytest.mark.parametrize("row", tables.doc_types(), ids=lambda r: r.code)
def test_every_document_type_example_gets_its_type(row):
    refs = find_references(row.example)
    assert len(refs) == 1 and refs[0].type == row.type and refs[0].text == row.example


@pytest.mark.parametrize("lang", tables.LANGUAGES)
def test_every_date_pattern_matches_its_examples(lang):
    months = tables.dates()[lang].get("months", {})
    month_alt = grammar.alt(k.lower() for k in months) if months else r"\d{1,2}"
    for spec in tables.dates()[lang]["patterns"]:
        regex = re.compile(spec["regex"].replace("{months}", month_alt), re.IGNORECASE)
        for example in spec["examples"]:
            assert regex.fullmatch(example), f"{lang}: {spec['regex']!r} does not match {example!r}"


@pytest.mark.parametrize("lang", tables.LANGUAGES)
def test_every_day_month_pattern_matches_its_examples_and_no_full_date(lang):
    months = tables.dates()[lang].get("months", {})
    month_alt = grammar.alt(k.lower() for k in months) if months else r"\d{1,2}"
    for spec in tables.dates()[lang].get("day_month_patterns", []):
        regex = re.compile(spec["regex"].replace("{months}", month_alt), re.IGNORECASE)
        for example in spec["examples"]:
            assert regex.fullmatch(example), f"{lang}: {spec['regex']!r} does not match {example!r}"
            # where the text goes on into a full date of the language, it is no date without a year
            fulls = [re.compile(f["regex"].replace("{months}", month_alt), re.IGNORECASE)
                     for f in tables.dates()[lang]["patterns"]]
            continued = [example + tail for tail in (" 2017", ", 2017", "/2017", "-2017", " năm 2017")
                         if any(f.fullmatch(example + tail) for f in fulls)]
            assert continued, f"{lang}: {example!r} continues into no full date"
            assert not any(regex.match(c) for c in continued), example


@pytest.mark.parametrize("lang", tables.LANGUAGES)
def test_every_relation_cue_gives_its_relation_on_its_example(lang):
    for row in tables.relations()[lang]:
        refs = find_references(row["example"])
        assert refs, f"no reference in the example {row['example']!r}"
        assert refs[-1].relation == row["relation"], f"{lang}: {row['example']!r} gave {refs[-1].relation}"


@pytest.mark.parametrize("lang", tables.LANGUAGES)
def test_every_language_has_the_same_files(lang):
    for name in ("types.csv", "markers.txt", "dates.json", "relations.csv", "repeats.txt", "issuers.csv", "law_titles.csv",
                 "grammar.json", "relation_fillers.txt", "relations_after.csv"):
        assert (tables.LANG / lang / name).exists(), f"{lang} lacks {name}"
    assert {w.type for w in tables.type_words() if w.language == lang} >= {
        "decree", "resolution", "decision", "directive", "circular", "notice", "conclusion", "law", "code"}


def test_issuers_are_unique_per_family_and_named_in_four_languages():
    keys = Counter((i.family, i.code) for i in tables.issuers())
    assert [k for k, n in keys.items() if n > 1] == []
    for issuer in tables.issuers():
        assert set(issuer.names) == set(tables.LANGUAGES), issuer.code
    codes = {i.code for i in tables.issuers()}
    assert {"CP", "TTg", "VPCP", "QH", "UBTVQH", "BTC", "BKHĐT", "BNNPTNT", "BCT", "TW", "UBND", "HĐND"} <= codes


def test_issuers_cover_every_ministry_symbol_of_the_reference_lists():
    import csv
    from pathlib import Path

    reference = Path(__file__).resolve().parents[1].parent / "shared" / "reference"
    if not reference.exists():
        pytest.skip("shared reference lists not present")
    codes = {i.code for i in tables.issuers()}
    for name in ("ministries_2021_2025.csv", "ministries_2025.csv"):
        with (reference / name).open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                assert row["doc_symbol_abbrev"] in codes, row


def test_law_titles_are_many_unique_and_multilingual():
    laws = tables.law_titles()
    assert len(laws) >= 80
    assert len({l.title_vi for l in laws}) == len(laws)
    for law in laws:
        assert set(law.names) == set(tables.LANGUAGES), law.title_vi
        assert law.type in ("law", "code", "ordinance", "resolution")  # resolutions of the National Assembly by name


@pytest.mark.parametrize("law", tables.law_titles(), ids=lambda l: l.title_vi)
def test_every_law_spelling_is_found_with_its_year(law):
    # a year in which the table has the law amending it and no version of its own means that amending law
    # ("Luật Xây dựng 2020", round 18c), and one in which only the version adopted the year before took effect
    # means that version ("Luật Đất đai 2014", the open classes after round 23b): such a law is tried with another year
    from extract.refs import tables

    def took_effect_only(y):
        return any(v.year == y - 1 and (v.in_force or "")[:4] == str(y) for v in tables.law_versions().get(law.title_vi, []))

    year = next(y for y in (2020, 2009, 1999, 2011) if tables.version_of_year(law.title_vi, y) is not None
                or (tables.version_of_year(f"Luật sửa đổi, bổ sung một số điều của {law.title_vi}", y) is None
                    and not took_effect_only(y)))
    for lang, spellings in law.names.items():
        for spelling in spellings:
            text = f"{spelling[0].upper()}{spelling[1:]} {year}"
            refs = find_references(text)
            assert [r.id for r in refs] == [f"{law.title_vi} {year}"], f"{lang}: {text!r} gave {[r.id for r in refs]}"


def test_alternations_refuse_to_be_empty():
    with pytest.raises(ValueError):
        grammar.alt([])


@pytest.mark.parametrize("text", ["Luật Đất đai năm 2013", "LUẬT ĐẤT ĐAI", "İstanbul Ǆ ﬁ Luật", "Ωμέγα Luật"])
def test_fast_fold_is_fold_for_latin_and_keeps_offsets(text):
    from nlp.fold import fold

    folded = grammar.fast_fold(text)
    assert len(folded) == len(text)
    assert all(a == b for a, b in zip(folded, fold(text)) if a.isascii() and b.isascii())


def test_trie_matches_exactly_its_words():
    words = ["luat dat dai", "luat dau tu", "luat dau tu cong"]
    regex = re.compile(f"(?:{grammar.trie(words)})$")
    for w in words:
        assert regex.match(w)
    assert not regex.match("luat dau") and not regex.match("luat dat")


SHORT_WORDS = [w for w in tables.type_words()
               if w.type not in ("law", "code", "plan", "guidance", "regulation") and not w.word.isupper()]


@pytest.mark.parametrize("word", SHORT_WORDS, ids=lambda w: f"{w.language}:{w.word}")
def test_every_type_word_names_its_type_in_a_short_repeat(word):
    example = next(t.example for t in tables.doc_types() if t.type == word.type)
    number = re.match(r"\d+", example).group().lstrip("0")
    refs = find_references(f"{example} was issued. {word.word} {number} applies.")
    assert len(refs) == 2, f"{word.word!r} {number} was not resolved to {example}"
    assert refs[1].id == refs[0].id and refs[1].resolved_from == refs[0].start and refs[1].type == word.type


@pytest.mark.parametrize("row", tables.implied_symbols(), ids=lambda r: r["example"])
def test_every_implied_symbol_gives_its_example_id(row):
    refs = find_references(row["example"])
    assert [r.id for r in refs] == [row["id"]]
