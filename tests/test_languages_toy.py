"""A fifth language is added by adding folders only: tests/toy_language/ holds a tiny German in the
layout of the repository (nlp/lang/de/, extract/refs/lang/de/, extract/figures/lang/de/). The test
copies the real language folders to a temporary directory, adds the toy ones beside them, points the
discovery of each package at the copies and reads German text through segmentation, the gazetteers
of bodies and provinces, the reference grammar and the figures, with no line of code changed."""
from __future__ import annotations

import shutil

import pytest

from conftest import REPO
from extract.figures import grammar as figure_grammar
from extract.figures import lexicon, words
from extract.figures.grammar import find_figures
from extract.refs import extractor, tables
from extract.refs import grammar as reference_grammar
from extract.refs import find_references
from nlp import agencies, languages, provinces, segment

TOY = REPO / "tests" / "toy_language"
# the folders a language takes, each read by one package
LANGUAGE_FOLDERS = {"nlp/lang": (languages, "LANG_DIR"), "extract/refs/lang": (tables, "LANG"),
                    "extract/figures/lang": (lexicon, "LANG_DIR")}
# the modules whose cached data depend on the languages
CACHED = (languages, agencies, provinces, segment, tables, reference_grammar, extractor, lexicon, figure_grammar, words)


def _clear_caches() -> None:
    for module in CACHED:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    reference_grammar._written.clear()  # the spellings the law-title pattern saw, filled again with it


@pytest.fixture(scope="module")
def german(tmp_path_factory):
    """The four languages and the toy German, read from a temporary copy of the language folders."""
    root = tmp_path_factory.mktemp("languages")
    patch = pytest.MonkeyPatch()
    for folder, (module, attribute) in LANGUAGE_FOLDERS.items():
        shutil.copytree(REPO / folder, root / folder)
        shutil.copytree(TOY / folder / "de", root / folder / "de")
        patch.setattr(module, attribute, root / folder)
    _clear_caches()
    yield root
    patch.undo()
    _clear_caches()


def test_the_toy_language_has_a_folder_in_every_place_a_language_takes():
    assert sorted(str(p.parent.relative_to(TOY)) for p in TOY.glob("**/de")) == sorted(LANGUAGE_FOLDERS)


def test_without_its_folders_german_reads_as_the_fallback_language():
    # the control: before the folders are added, "Abs." ends a sentence and "2,5" is no decimal
    assert "de" not in languages.codes()
    assert len(segment.sentences("Gemäß Anl. 3 gilt das Dekret. Es gilt ab heute.", ["de"])) == 3
    assert [f.value for f in find_figures("rund 2,5 Millionen Euro", "de")] != [2500000.0]


def test_the_folders_add_the_language(german):
    assert languages.codes() == ("vi", "en", "fr", "sv", "de")
    assert languages.cognates() == ("en", "fr", "sv", "de") and languages.fallback() == "en"


def test_sentences_follow_its_abbreviations(german):
    sentences = segment.sentences("Gemäß Anl. 3 gilt das Dekret. Es gilt ab heute.", ["de"])
    assert [(s.start, s.end, s.language) for s in sentences] == [(0, 29, "de"), (30, 47, "de")]


def test_bodies_and_provinces_are_named_and_found_in_it(german):
    assert agencies.lookup("Finanzministerium").id == "MOF" and agencies.lookup("Ministerium der Finanzen").id == "MOF"
    assert agencies.agency("MOF").name("de") == "Finanzministerium"
    # the agencies table gains the column name_de from the registry
    assert agencies.agency("MOF").as_row()["name_de"] == "Finanzministerium"
    # a provincial body: its kind's name joined to the province's by the language's template
    assert agencies.agency("DOF@22").name("de") == "Finanzamt von Quang Ninh"
    assert [(m.text, m.agency_id) for m in agencies.find_mentions("Das Finanzministerium und die Bundesregierung")] == [
        ("Finanzministerium", "MOF"), ("Bundesregierung", "GOV")]
    found = provinces.find_provinces("in der Provinz Quang Ninh", "de")
    assert [(p.text, p.code, p.designated) for p in found] == [("Provinz Quang Ninh", "22", True)]
    assert provinces.provinces("2025")["22"].name("de") == "Quang Ninh"
    # a street named after a province is no province (province_patterns.json street_before)
    assert [p.start for p in provinces.find_provinces("Die Straße Hanoi ist lang. Hanoi wächst.", "de")] == [27]


def test_references_are_read_with_its_words(german):
    text = "Das Dekret Nr. 98/2018/NĐ-CP vom 5. Juli 2018 ersetzt das Bodengesetz von 2013. Das Dekret gilt."
    refs = find_references(text, lang="de")
    assert [(r.text, r.id, r.type, r.issued, r.relation) for r in refs] == [
        ("Dekret Nr. 98/2018/NĐ-CP", "98/2018/NĐ-CP", "decree", "2018-07-05", "cites"),
        ("Bodengesetz von 2013", "Luật Đất đai 2013", "law", None, "replaces"),
        ("Das Dekret", "98/2018/NĐ-CP", "decree", None, "cites"),
    ]
    # a short reference with its year after the language's word (grammar.json short_year_words)
    later = find_references("Das Dekret Nr. 98/2018/NĐ-CP gilt. Später ersetzt Dekret 98 von 2018 alles.", lang="de")
    assert [(r.text, r.id, r.resolved_from) for r in later][1:] == [("Dekret 98 von 2018", "98/2018/NĐ-CP", 4)]
    # a law's name needs its capital (grammar.json law_titles_capitalised)
    assert find_references("das bodengesetz von 2013", lang="de") == []


def test_figures_are_read_with_its_numbers(german):
    [figure] = find_figures("Die Regierung gibt rund 2,5 Millionen Euro aus.", "de")
    assert (figure.text, figure.value, figure.currency, figure.qualifier, figure.reading) == (
        "rund 2,5 Millionen Euro", 2500000.0, "EUR", "about", "comma_decimal")
    [area] = find_figures("Nach Artikel 3 sind es mehr als 35.000 Hektar.", "de")
    assert (area.value, area.unit, area.qualifier) == (35000.0, "Hektar", "more_than")
