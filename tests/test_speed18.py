"""Issue 18's eighteenth speed pass: each change gives what the code before it gave (README, "Processing speed").

- the stories' word shingles against the plain ``\\w\\w+`` tokens and each 1-3-gram joined from its tokens (the
  guard of any later change to ``word_shingles``; the pass tried one and took it back: no gain measured);
- the reflow's open words read once as a set (``config.get_set``), following a user's settings file;
- the province finder's two patterns of list joiners built by one builder, the same strings as before.
"""
from __future__ import annotations

import importlib
import re

import pytest

from nlp import config, provinces, stories
from nlp.fold import fold

reflow = importlib.import_module("extract.reflow")  # the package's name ``reflow`` is its function

# vi, en, fr, sv; one-letter words, digits, underscores, marks, runs of spaces and line breaks; 0 to 4 tokens
SHINGLE_TEXTS = [
    "", "a", "ab", "ab cd", "ab cd ef", "ab cd ef gh", "x y z", "a bc d ef g",
    "Ủy ban nhân dân tỉnh Lào Cai giao Sở Tài chính chủ trì, trước ngày 15/12/2025.",
    "The Ministry of Finance shall report by 30 June 2026; 2026-2030 plan_b __ _x 9 99 1.5",
    "Le ministère  des Finances\n\nrendra compte d'ici fin 2025 — l’État, 3 000 000 €.",
    "Regeringen ger Länsstyrelsen i uppdrag att redovisa senast den 1 mars 2026.",
]


def _plain_shingles(folded: str) -> list[str]:
    tokens = re.findall(r"\w\w+", folded)
    return [*tokens, *(" ".join(tokens[i:i + 2]) for i in range(len(tokens) - 1)),
            *(" ".join(tokens[i:i + 3]) for i in range(len(tokens) - 2))]


@pytest.mark.parametrize("text", SHINGLE_TEXTS)
def test_word_shingles_are_the_plain_ones(text):
    for written in (text, fold(text)):
        assert stories._TOKEN.findall(written) == re.findall(r"\w\w+", written)
        assert stories.word_shingles(written) == _plain_shingles(written)


@pytest.mark.parametrize("line, open_", [
    ("the report was sent to the", True), ("Ủy ban giao cho các", True), ("le rapport est transmis à la", True),
    ("Regeringen ger uppdrag till", True), ("The", True), ("Region A", False), ("Appendix I", False),
    ("the report is done.", False), ("", False), ("   ", False), ("FOR", True), ("theory", False),
])
def test_open_line_ends(line, open_):
    assert reflow._ends_open(line) is open_


def test_open_words_set_follows_the_settings(tmp_path):
    assert config.get_set("text", "reflow_open_words") == frozenset(config.get_list("text", "reflow_open_words"))
    user = tmp_path / "user.cfg"
    user.write_text("[text]\nreflow_open_words = towards\n", encoding="utf-8")
    try:
        config.use_config(user)
        assert config.get_set("text", "reflow_open_words") == frozenset({"towards"})
        assert reflow._ends_open("walking towards") and not reflow._ends_open("the report went to the")
    finally:
        config.use_config(None)
    assert "the" in config.get_set("text", "reflow_open_words")


def test_list_joiner_patterns_are_the_former_ones():
    """The patterns as the two functions built them each on its own before the shared builder."""
    words = provinces.optional_words("list_joiners")
    assert words
    alternation = provinces._alt(re.escape(w) for w in words)
    assert provinces._list_separator().pattern == rf"[,;]|(?<!\w)(?:{alternation})(?!\w)"
    joiner = provinces._alt(r"\s+".join(re.escape(w) for w in fold(word).split()) for word in words)
    assert provinces._list_gap().pattern == rf"\s*[,;]\s*(?:{joiner}\s+)?|\s+{joiner}\s+"
