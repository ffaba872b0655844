"""Self-tests of the per-language figure data: same files everywhere, every word carried by an
example, every example read as it says (both directions, reporters-db style)."""
from __future__ import annotations

import json
import re

import pytest

from extract.figures import find_figures
from extract.figures.lexicon import FILES, LANG_DIR, LANGUAGES, alternation, lexicon
from extract.figures.numbers import read_number

ALL_FILES = (*FILES, "examples", "words")


def load(lang: str, name: str) -> dict:
    return json.loads((LANG_DIR / lang / f"{name}.json").read_text(encoding="utf-8"))


def examples(lang: str) -> list[dict]:
    return load(lang, "examples")["examples"]


def data_words(lang: str) -> list[tuple[str, str]]:
    """(kind, word) for every word the grammar matches as a pattern."""
    scales, qualifiers, ranges, units = (load(lang, n) for n in ("scales", "qualifiers", "ranges", "units"))
    words = [("scale", w) for entry in scales["scales"] for w in entry["words"] + entry.get("glued", [])]
    words += [("qualifier", w) for side in ("before", "after") for ws in qualifiers.get(side, {}).values() for w in ws]
    words += [("range", w) for w in ranges["open"] + ranges["join"] + list(ranges.get("join_needs_open", {})) + ranges.get("alternative", [])]
    words += [("percent", w) for w in units["percent"]]
    words += [("currency", w) for ws in units["currencies"].values() for w in ws]
    words += [("currency prefix", w) for ws in units.get("currency_prefix", {}).values() for w in ws]
    return words


def test_every_language_has_the_same_files():
    assert set(LANGUAGES) == {"vi", "en", "fr", "sv"}
    for lang in LANGUAGES:
        present = {p.stem for p in (LANG_DIR / lang).glob("*.json")}
        assert present == set(ALL_FILES), lang


@pytest.mark.parametrize("name", FILES)
def test_files_have_the_same_keys_in_every_language(name):
    keys = {lang: set(load(lang, name)) - {"_comment"} for lang in LANGUAGES}
    required = set.intersection(*keys.values())
    assert required, name
    for lang, present in keys.items():
        assert required <= present, (lang, name)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_data_word_has_an_example(lang):
    texts = [e["text"] for e in examples(lang)]
    missing = []
    for kind, word in data_words(lang):
        pattern = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W_])" if word[-1:].isalnum() else re.escape(word),
                             0 if kind in ("scale", "currency", "currency prefix") else re.IGNORECASE)
        if not any(pattern.search(t) for t in texts):
            missing.append(f"{kind} {word!r}")
    assert not missing, f"{lang}: no example for " + ", ".join(missing)


@pytest.mark.parametrize("lang,example", [(lang, e) for lang in LANGUAGES for e in examples(lang)],
                         ids=lambda v: v if isinstance(v, str) else v["text"])
def test_every_example_is_read_as_it_says(lang, example):
    got = find_figures(example["text"], lang)
    assert len(got) == len(example["figures"]), (example["text"], got)
    for figure, expected in zip(got, example["figures"]):
        for field, value in expected.items():
            actual = getattr(figure, field)
            if isinstance(value, (int, float)) and actual is not None:
                assert actual == pytest.approx(value), (example["text"], field)
            else:
                assert actual == value, (example["text"], field)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_number_examples_read_under_the_language_convention(lang):
    data = load(lang, "numbers")
    convention = lexicon(lang).convention
    for example in data["examples"]:
        value, _reading = read_number(example["text"], convention)
        assert float(value) == pytest.approx(example["value"]), example


def test_scale_factors_are_powers_of_a_thousand():
    # and ten thousand: Vietnamese 'vạn' (39 vạn tấn = 390,000 tonnes) counts in myriads
    for lang in LANGUAGES:
        for entry in load(lang, "scales")["scales"]:
            assert entry["factor"] in (1e3, 1e4, 1e6, 1e9, 1e12, 1e15), (lang, entry)


def test_qualifier_names_are_the_contract_ones():
    allowed = {"more_than", "at_least", "about", "nearly", "up_to", "less_than"}
    for lang in LANGUAGES:
        data = load(lang, "qualifiers")
        assert set(data["before"]) <= allowed and set(data.get("after", {})) <= allowed, lang


def test_alternation_refuses_an_empty_list():
    with pytest.raises(ValueError):
        alternation([])
    assert re.fullmatch(alternation(["tỷ", "nghìn tỷ"]), "nghìn tỷ")
